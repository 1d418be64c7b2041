//! The plan: what each operation is, as data over the type space's [`TypeId`]s, decided once
//! and rendered per target (the client, the server, any later one): its method name,
//! parameters, body, and the types of its documented answers. Nothing here is Rust syntax.
//!
//! An operation's answers split in two. Success statuses (`2xx`) become its `Ok` type: the body
//! type itself when there is one success status, else an enum `{Op}Response` with one variant
//! per status. Documented error statuses become the `E` of `runtime::Error<E>`: the API's error
//! body type when every error status shares it (the status is in `Error::Api`), else an enum
//! `{Op}Error`. Parameters that are required are arguments; optional ones are fields of a
//! `{Op}Params` struct with a `Default`, so adding an optional parameter to a spec does not
//! change a call.

use super::naming::{Names, camel_part, field, snake, upper_camel};
use super::typespace::{
    AnswerVariant, Builtin, Field, FormField, FormPart, ItemKind, ParamField, Type, TypeId,
    TypeSpace, View,
};
use crate::model::{ApiModel, MediaType, Operation, ParamLocation, Parameter, SchemaId};

/// How a body travels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BodyKind {
    /// JSON (`application/json` or a `+json` type), with its media type.
    Json(String),
    /// `application/x-www-form-urlencoded`, from a struct.
    Form,
    /// Text (`text/*`), as a string.
    Text(String),
    /// Anything else, as bytes with the media type.
    Bytes(String),
    /// `multipart/*`: the caller provides the whole body and its content type (boundary).
    Multipart,
}

/// A request body.
pub struct Body {
    /// How it is encoded.
    pub kind: BodyKind,
    /// Its type (a string for text, bytes, a raw body for multipart).
    pub ty: TypeId,
    /// Whether the spec requires it.
    pub required: bool,
    /// Its schema, if any.
    pub schema: Option<SchemaId>,
}

/// A parameter as an argument or a field.
pub struct Param {
    /// Its name in generated code (unique among the operation's arguments, or fields).
    pub name: String,
    /// Name on the wire.
    pub wire: String,
    /// Where it goes.
    pub location: ParamLocation,
    /// Style (`form`, `simple`, `deepObject`, …).
    pub style: String,
    /// Explode.
    pub explode: bool,
    /// Its type.
    pub ty: TypeId,
    /// Its schema, if declared.
    pub schema: Option<SchemaId>,
    /// Whether the spec requires it.
    pub required: bool,
    /// For a parameter given by `content`: how its media type writes the value.
    pub media: Option<ValueMedia>,
    /// `allowReserved`.
    pub allow_reserved: bool,
    /// Where the spec declares it (`None`: a template variable with no declaration).
    pub loc: Option<crate::source::Loc>,
}

/// A parameter's serialization, as the runtime's `Style` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WireStyle {
    /// `form`.
    Form,
    /// `spaceDelimited`.
    SpaceDelimited,
    /// `pipeDelimited`.
    PipeDelimited,
    /// `deepObject`.
    DeepObject,
    /// `simple`.
    Simple,
    /// `label`.
    Label,
    /// `matrix`.
    Matrix,
    /// 3.2's `cookie`.
    Cookie,
    /// `content: {application/json: …}`: JSON text in the place's default style.
    Json,
}

impl WireStyle {
    /// The runtime's name for it.
    pub fn variant(self) -> &'static str {
        match self {
            WireStyle::Form => "Form",
            WireStyle::SpaceDelimited => "SpaceDelimited",
            WireStyle::PipeDelimited => "PipeDelimited",
            WireStyle::DeepObject => "DeepObject",
            WireStyle::Simple => "Simple",
            WireStyle::Label => "Label",
            WireStyle::Matrix => "Matrix",
            WireStyle::Cookie => "Cookie",
            WireStyle::Json => "Json",
        }
    }
}

impl Param {
    /// How the parameter travels, and, when the spec's `style` is not one its location
    /// defines (`matrix` in a query, a misspelling), why the location's default is used.
    pub fn wire_style(&self) -> (WireStyle, Option<String>) {
        if self.media == Some(ValueMedia::Json) {
            return (WireStyle::Json, None);
        }
        let style = match self.style.as_str() {
            "form" => WireStyle::Form,
            "spaceDelimited" => WireStyle::SpaceDelimited,
            "pipeDelimited" => WireStyle::PipeDelimited,
            "deepObject" => WireStyle::DeepObject,
            "simple" => WireStyle::Simple,
            "label" => WireStyle::Label,
            "matrix" => WireStyle::Matrix,
            "cookie" => WireStyle::Cookie,
            _ => WireStyle::Json,
        };
        let (default, allowed): (WireStyle, &[WireStyle]) = match self.location {
            ParamLocation::Path => (
                WireStyle::Simple,
                &[WireStyle::Simple, WireStyle::Label, WireStyle::Matrix],
            ),
            ParamLocation::Query | ParamLocation::QueryString => (
                WireStyle::Form,
                &[
                    WireStyle::Form,
                    WireStyle::SpaceDelimited,
                    WireStyle::PipeDelimited,
                    WireStyle::DeepObject,
                ],
            ),
            ParamLocation::Header => (WireStyle::Simple, &[WireStyle::Simple]),
            ParamLocation::Cookie => (WireStyle::Form, &[WireStyle::Form, WireStyle::Cookie]),
        };
        if allowed.contains(&style) {
            return (style, None);
        }
        let why = format!(
            "`{}` parameter `{}` has `style: {}`, which OpenAPI does not define for {} \
             parameters; the generated client and server use `{}`",
            self.location.as_str(),
            self.wire,
            self.style,
            self.location.as_str(),
            match default {
                WireStyle::Simple => "simple",
                _ => "form",
            }
        );
        (default, Some(why))
    }
}

/// How a parameter's `content` media type writes its value (for 3.2's `querystring`, the
/// whole query string).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueMedia {
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `application/json` and `+json` types.
    Json,
    /// Anything else, as text.
    Text,
}

impl ValueMedia {
    /// The way `media_type` writes a value.
    pub fn of(media_type: &str) -> ValueMedia {
        let essence = crate::model::media_essence(media_type);
        if essence == "application/x-www-form-urlencoded" {
            ValueMedia::Form
        } else if essence == "application/json" || essence.ends_with("+json") {
            ValueMedia::Json
        } else {
            ValueMedia::Text
        }
    }

    /// The runtime's name for it (`Form`, `Json`, `Text`).
    pub fn variant(self) -> &'static str {
        match self {
            ValueMedia::Form => "Form",
            ValueMedia::Json => "Json",
            ValueMedia::Text => "Text",
        }
    }
}

/// One documented status.
pub struct Case {
    /// `200`, `4XX`, `default`.
    pub status: String,
    /// Variant name when the outcome is an enum.
    pub variant: String,
    /// The body: how it decodes, and its type; `None`: no body.
    pub body: Option<(BodyKind, TypeId)>,
    /// The body's media type as documented (empty without a body).
    pub media: String,
    /// The body's schema, if any.
    pub schema: Option<SchemaId>,
    /// When the body is a stream of items (the picked media type is sequential): the
    /// framing and the type of one item (a server replies with a stream of them).
    pub stream: Option<(Framing, TypeId)>,
}

/// The success or error side of an operation.
pub struct Outcome {
    /// The type (`()`, a body type, an `{Op}Response` enum, `Infallible`).
    pub ty: TypeId,
    /// Whether the side is an enum of statuses (`ty` is then that enum).
    pub is_enum: bool,
    /// The statuses on this side.
    pub cases: Vec<Case>,
}

/// The plan of one operation.
pub struct OpShape {
    /// Index in `ApiModel::operations`.
    pub index: usize,
    /// Method name (snake case, unique among the client's methods).
    pub method: String,
    /// The method that also returns the status and headers (`{method}_with_response`).
    pub with_response: String,
    /// Path template pieces: literal text and the argument that fills each `{name}`.
    pub path: Vec<PathPiece>,
    /// Path parameters, in template order.
    pub path_params: Vec<Param>,
    /// Required query/header/cookie parameters (arguments).
    pub required: Vec<Param>,
    /// Optional ones: the `{Op}Params` struct and its fields.
    pub optional: Option<(TypeId, Vec<Param>)>,
    /// The request body.
    pub body: Option<Body>,
    /// Success statuses.
    pub success: Outcome,
    /// Documented error statuses.
    pub error: Outcome,
    /// Every documented status in document order, with variant names unique in the operation
    /// (a server's reply enum).
    pub responses: Vec<Case>,
    /// The documented headers of its successes: a struct (`{Op}Headers`) of every header a
    /// success status documents, read by the client and set by the server.
    pub headers: Option<TypeId>,
    /// A success answered as a stream of items (server-sent events, JSON Lines), which the
    /// client offers as a method of its own.
    pub stream: Option<StreamPlan>,
    /// A success answered with bytes (a file, an image), which the client also offers read
    /// as it arrives.
    pub download: Option<DownloadPlan>,
}

/// A binary success read in chunks.
pub struct DownloadPlan {
    /// The client method that reads it (`{method}_download`).
    pub method: String,
    /// The success statuses with bytes (`None`: a range or `default`, so any 2xx).
    pub statuses: Option<Vec<u16>>,
    /// The media type asked for (`Accept`).
    pub media: String,
}

/// A streamed success response.
pub struct StreamPlan {
    /// The client method that reads it (`{method}_stream`).
    pub method: String,
    /// Its status (`200`).
    pub status: String,
    /// Its media type as documented (sent as `Accept`).
    pub media: String,
    /// How its items are framed.
    pub framing: Framing,
    /// The type of one item.
    pub item: TypeId,
}

/// How a stream's items are framed (the runtime's `stream::Framing`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Framing {
    /// Server-sent events whose `data` is the item (3.1 `schema` under `text/event-stream`).
    SseData,
    /// Server-sent events that are the items (3.2 `itemSchema`: `{data, event, id, retry}`).
    SseEvent,
    /// JSON Lines / NDJSON.
    JsonLines,
    /// JSON text sequences (RFC 7464).
    JsonSeq,
}

impl Framing {
    /// The runtime's variant name.
    pub fn variant(self) -> &'static str {
        match self {
            Framing::SseData => "SseData",
            Framing::SseEvent => "SseEvent",
            Framing::JsonLines => "JsonLines",
            Framing::JsonSeq => "JsonSeq",
        }
    }
}

/// The first documented success with a stream the runtime reads, and its item schema: 3.2's
/// `itemSchema`; else, for events, the `schema` of each event's data (as 3.1 documents write
/// it); else, for JSON Lines, an array `schema`'s items (a sequence is an array of its items),
/// or the `schema` itself when it is not an array (how 3.1 documents describe each line).
fn stream_of(m: &ApiModel, op: &Operation) -> Option<(String, String, Framing, Option<SchemaId>)> {
    op.responses
        .iter()
        .filter(|r| is_success(&r.status))
        .flat_map(|r| r.content.iter().map(move |mt| (r, mt)))
        .find_map(|(r, mt)| {
            let (framing, item) = stream_item(m, mt)?;
            Some((
                r.status.to_string(),
                mt.media_type.to_string(),
                framing,
                item,
            ))
        })
}

/// The type of one streamed item (a JSON value when its schema is not given).
fn item_type(types: &mut TypeSpace<'_>, item: Option<SchemaId>) -> TypeId {
    match item {
        Some(id) => types.type_of(id, View::Response),
        None => types.value(),
    }
}

/// How a media type's items are framed and the schema of one, for the sequential types the
/// runtime reads (not `multipart/*`).
fn stream_item(m: &ApiModel, mt: &MediaType) -> Option<(Framing, Option<SchemaId>)> {
    if !mt.is_sequential() {
        return None;
    }
    let essence = crate::model::media_essence(&mt.media_type);
    let sse = essence == "text/event-stream";
    let framing = if sse {
        if mt.item_schema.is_some() {
            Framing::SseEvent
        } else {
            Framing::SseData
        }
    } else if essence.ends_with("json-seq") {
        Framing::JsonSeq
    } else if essence.starts_with("multipart/") {
        return None;
    } else {
        Framing::JsonLines
    };
    let item = mt.item_schema.or_else(|| {
        let schema = mt.schema?;
        if sse {
            return Some(schema);
        }
        let resolved = m.resolve(schema);
        Some(
            resolved
                .items
                .filter(|_| resolved.prefix_items.is_empty())
                .unwrap_or(schema),
        )
    });
    Some((framing, item))
}

/// The `{Op}Form` struct of a `multipart/form-data` body whose schema is an object with
/// properties: one field per part, `format: binary` properties (and 3.1 `contentMediaType`
/// ones without `contentEncoding`) as files. Any other body stays a raw one the caller encodes.
fn form_type(
    types: &mut TypeSpace<'_>,
    op_type: &str,
    media: &str,
    schema: Option<SchemaId>,
) -> Option<TypeId> {
    let m = types.model();
    let s = m.resolve(schema?);
    let composed = !(s.all_of.is_empty() && s.any_of.is_empty() && s.one_of.is_empty());
    if crate::model::media_essence(media) != "multipart/form-data"
        || s.properties.is_empty()
        || composed
    {
        return None;
    }
    let mut names = Names::default();
    let mut fields = Vec::new();
    for (key, prop) in &s.properties {
        let wire = key.to_string();
        let p = m.resolve(prop.schema);
        let files = |id: SchemaId| {
            let b = m.resolve(id);
            is_binary(b) || b.items.is_some_and(|i| is_binary(m.resolve(i)))
        };
        let branches = if p.any_of.is_empty() {
            &p.one_of
        } else {
            &p.any_of
        };
        let (ty, part) = if is_binary(p) {
            (types.builtin(Builtin::File), FormPart::Files)
        } else if files(p.id) || !branches.is_empty() && branches.iter().all(|&b| files(b)) {
            // A list of files, or one file or several (OpenAI's image edits).
            let file = types.builtin(Builtin::File);
            (types.vec_of(file), FormPart::Files)
        } else {
            let t = types.type_of(prop.schema, View::Request);
            // An optional form field is an `Option` already: a null sends no part either.
            let t = match types.get(t) {
                Type::Option(inner) if !prop.required => *inner,
                _ => t,
            };
            (t, FormPart::Value)
        };
        let described = prop.description.as_deref().or(p.description.as_deref());
        let what = match (part, types.get(ty)) {
            (FormPart::Files, Type::Vec(_)) => " (files, a part each)",
            (FormPart::Files, _) => " (a file)",
            (FormPart::Value, _) => "",
        };
        let doc = match described {
            Some(d) => format!("`{wire}`{what}: {}", d.trim()),
            None => format!("`{wire}`{what}."),
        };
        fields.push(FormField {
            name: names.claim(&field(&wire)),
            wire: wire.clone(),
            doc,
            ty,
            required: prop.required,
            part,
        });
    }
    let name = types.claim(&format!("{op_type}Form"));
    let doc = "A `multipart/form-data` body: each field is one part, or one per file.".to_string();
    Some(types.add_item(name, doc, ItemKind::Form { fields }))
}

/// Whether a schema is a file's bytes: `format: binary`, or (3.1) a `contentMediaType`
/// without a `contentEncoding` that would make it text.
fn is_binary(s: &crate::model::Schema) -> bool {
    let has = |k: &str| s.unmodelled.iter().any(|u| u == k);
    s.format.as_deref() == Some("binary") || has("contentMediaType") && !has("contentEncoding")
}

/// A piece of a path template.
pub enum PathPiece {
    /// Literal text.
    Text(String),
    /// The path parameter at this index of `OpShape::path_params`.
    Param(usize),
}

/// Headers OpenAPI says to ignore as parameters: the client sets them itself.
const RESERVED_HEADERS: &[&str] = &["accept", "content-type", "authorization"];

/// How a media type's body travels, when it has one.
pub fn body_kind(media: &str) -> BodyKind {
    let essence = crate::model::media_essence(media);
    if essence == "application/json" || essence.ends_with("+json") || essence.ends_with("/json") {
        BodyKind::Json(media.to_string())
    } else if essence == "application/x-www-form-urlencoded" {
        BodyKind::Form
    } else if essence.starts_with("multipart/") {
        BodyKind::Multipart
    } else if essence.starts_with("text/") {
        BodyKind::Text(media.to_string())
    } else {
        BodyKind::Bytes(media.to_string())
    }
}

/// The media type to use of several: JSON first, then form, text, the first listed.
fn pick(content: &[MediaType]) -> Option<&MediaType> {
    let rank = |m: &MediaType| match body_kind(&m.media_type) {
        BodyKind::Json(_) => 0,
        BodyKind::Form => 1,
        BodyKind::Text(_) => 2,
        BodyKind::Multipart => 3,
        BodyKind::Bytes(_) => 4,
    };
    content.iter().min_by_key(|m| rank(m))
}

/// A variant name for a status: its reason phrase where there is a common one.
pub fn status_variant(status: &str) -> String {
    let name = match status {
        "200" => "Ok",
        "201" => "Created",
        "202" => "Accepted",
        "203" => "NonAuthoritativeInformation",
        "204" => "NoContent",
        "206" => "PartialContent",
        "207" => "MultiStatus",
        "301" => "MovedPermanently",
        "302" => "Found",
        "303" => "SeeOther",
        "304" => "NotModified",
        "307" => "TemporaryRedirect",
        "308" => "PermanentRedirect",
        "400" => "BadRequest",
        "401" => "Unauthorized",
        "402" => "PaymentRequired",
        "403" => "Forbidden",
        "404" => "NotFound",
        "405" => "MethodNotAllowed",
        "406" => "NotAcceptable",
        "408" => "RequestTimeout",
        "409" => "Conflict",
        "410" => "Gone",
        "412" => "PreconditionFailed",
        "413" => "PayloadTooLarge",
        "415" => "UnsupportedMediaType",
        "422" => "UnprocessableEntity",
        "423" => "Locked",
        "424" => "FailedDependency",
        "428" => "PreconditionRequired",
        "429" => "TooManyRequests",
        "500" => "InternalServerError",
        "501" => "NotImplemented",
        "502" => "BadGateway",
        "503" => "ServiceUnavailable",
        "504" => "GatewayTimeout",
        "default" => "Default",
        s if s.len() == 3 && s.ends_with("XX") => {
            return match &s[..1] {
                "1" => "Informational".into(),
                "2" => "Success".into(),
                "3" => "Redirection".into(),
                "4" => "ClientError".into(),
                "5" => "ServerError".into(),
                d => format!("Status{d}xx"),
            };
        }
        s => return format!("Status{}", camel_part(s)),
    };
    name.to_string()
}

/// `` `createOauthClient` (POST /oauth-clients) `` for doc comments.
pub(super) fn describe(op: &Operation) -> String {
    format!("`{}` ({} {})", op.name, op.method, op.path)
}

/// Whether a documented status is a success.
fn is_success(status: &str) -> bool {
    status.starts_with('2')
}

/// The security alternatives that apply to `op` (its own, else the document's).
pub fn security<'m>(m: &'m ApiModel, op: &'m Operation) -> Vec<Vec<&'m str>> {
    m.effective_security(op)
        .map(|alts| {
            alts.iter()
                .map(|req| req.keys().map(String::as_str).collect())
                .collect()
        })
        .unwrap_or_default()
}

/// Builds the shapes of every path operation (webhooks are the API calling out, not a
/// client method). `methods` holds names already taken on the client.
pub fn shapes(m: &ApiModel, types: &mut TypeSpace<'_>, methods: &mut Names) -> Vec<OpShape> {
    let mut headers = SharedHeaders::default();
    m.operations
        .iter()
        .enumerate()
        .filter(|(_, op)| !op.webhook)
        .map(|(index, op)| shape(types, methods, &mut headers, index, op))
        .collect()
}

/// Success-header structs made so far, by their fields: an operation documenting the same
/// headers as an earlier one (GitHub's `Link` on 180 lists) names that struct with an alias of
/// its own, so each operation keeps a stable `{Op}Headers` name without a struct per operation.
type SharedHeaders = std::collections::HashMap<Vec<Field>, TypeId>;

/// A parameter's type: a request's view of its schema, or a string where it has none.
fn param_type(types: &mut TypeSpace<'_>, schema: Option<SchemaId>) -> TypeId {
    match schema {
        Some(id) => types.type_of(id, View::Request),
        None => types.builtin(Builtin::String),
    }
}

/// A query/header/cookie parameter under the name `name`.
fn param(types: &mut TypeSpace<'_>, p: &Parameter, name: &str) -> Param {
    Param {
        name: name.to_string(),
        wire: p.name.clone(),
        location: p.location,
        style: p.style.clone(),
        explode: p.explode,
        ty: param_type(types, p.schema),
        schema: p.schema,
        required: p.required,
        media: p.media_type.as_deref().map(ValueMedia::of),
        allow_reserved: p.allow_reserved,
        loc: Some(p.loc),
    }
}

fn shape(
    types: &mut TypeSpace<'_>,
    methods: &mut Names,
    shared: &mut SharedHeaders,
    index: usize,
    op: &Operation,
) -> OpShape {
    let method = methods.claim(&super::naming::method(&op.name));
    // A keyword's escape (`into_`) is not doubled (`into__with_response` is not snake case).
    let with_response = methods.claim(&format!("{}_with_response", method.trim_end_matches('_')));
    let op_type = upper_camel(&op.name);
    // Argument names: `body` and `params` are the generator's own.
    let mut args = Names::default();
    args.claim("body");
    args.claim("params");
    args.claim("self_");
    args.claim("credentials");

    // Path: the template decides which arguments exist (a declared path parameter missing
    // from the template would be an unused argument; a template variable with no declaration
    // still needs a value).
    let mut path = Vec::new();
    let mut path_params = Vec::new();
    for piece in split_template(&op.path) {
        let var = match piece {
            Template::Text(t) => {
                path.push(PathPiece::Text(t.to_string()));
                continue;
            }
            Template::Var(v) => v,
        };
        let declared = op
            .parameters
            .iter()
            .find(|p| p.location == ParamLocation::Path && p.name == var);
        let ty = param_type(types, declared.and_then(|p| p.schema));
        path.push(PathPiece::Param(path_params.len()));
        path_params.push(Param {
            name: args.claim(&field(var)),
            wire: var.to_string(),
            location: ParamLocation::Path,
            style: declared.map_or_else(|| "simple".into(), |p| p.style.clone()),
            explode: declared.is_some_and(|p| p.explode),
            ty,
            schema: declared.and_then(|p| p.schema),
            required: true,
            media: declared
                .and_then(|p| p.media_type.as_deref())
                .map(ValueMedia::of),
            allow_reserved: false,
            loc: declared.map(|p| p.loc),
        });
    }

    let mut required = Vec::new();
    let mut optional = Vec::new();
    for p in &op.parameters {
        if p.location == ParamLocation::Path
            || p.location == ParamLocation::Header
                && RESERVED_HEADERS.contains(&p.name.to_ascii_lowercase().as_str())
        {
            continue;
        }
        if p.required {
            let name = args.claim(&field(&p.name));
            required.push(param(types, p, &name));
        } else {
            optional.push(p);
        }
    }
    let optional = (!optional.is_empty()).then(|| {
        let name = types.claim(&format!("{op_type}Params"));
        let mut fields = Names::default();
        let params: Vec<Param> = optional
            .iter()
            .map(|p| param(types, p, &fields.claim(&field(&p.name))))
            .collect();
        let item_fields = params
            .iter()
            .zip(&optional)
            .map(|(f, p)| ParamField {
                name: f.name.clone(),
                doc: format!(
                    "`{}` ({}){}",
                    p.name,
                    p.location.as_str(),
                    p.description
                        .as_deref()
                        .map(|d| format!(": {}", d.lines().next().unwrap_or("").trim()))
                        .unwrap_or_default()
                ),
                ty: f.ty,
            })
            .collect();
        let doc = format!(
            "Optional parameters of {}; all `None` by default.",
            describe(op)
        );
        let item = types.add_item(
            name,
            doc,
            ItemKind::Params {
                fields: item_fields,
            },
        );
        (item, params)
    });

    let body = op.request_body.as_ref().and_then(|b| {
        let media = pick(&b.content)?;
        let kind = body_kind(&media.media_type);
        let ty = match (&kind, media.schema) {
            // A request's view of the schema.
            (BodyKind::Json(_) | BodyKind::Form, Some(id)) => types.type_of(id, View::Request),
            (BodyKind::Json(_) | BodyKind::Form, None) => types.value(),
            (BodyKind::Text(_), _) => types.builtin(Builtin::String),
            (BodyKind::Bytes(_), _) => types.builtin(Builtin::Bytes),
            (BodyKind::Multipart, schema) => form_type(types, &op_type, &media.media_type, schema)
                .unwrap_or_else(|| types.builtin(Builtin::RawBody)),
        };
        Some(Body {
            kind,
            ty,
            required: b.required,
            schema: media.schema,
        })
    });

    let mut success = Vec::new();
    let mut errors = Vec::new();
    let mut responses = Vec::new();
    let mut replies = Names::default();
    let any_success = op.responses.iter().any(|r| is_success(&r.status));
    for r in &op.responses {
        let case = |types: &mut TypeSpace<'_>| {
            let body = pick(&r.content).map(|media| {
                let kind = body_kind(&media.media_type);
                let ty = match (&kind, media.schema) {
                    // A response's view of the schema.
                    (BodyKind::Json(_), Some(id)) => types.type_of(id, View::Response),
                    (BodyKind::Json(_), None) => types.value(),
                    (BodyKind::Text(_), _) => types.builtin(Builtin::String),
                    _ => types.builtin(Builtin::Bytes),
                };
                (kind, ty)
            });
            let media = pick(&r.content);
            let stream = media
                .and_then(|m| stream_item(types.model(), m))
                .map(|(framing, item)| (framing, item_type(types, item)));
            Case {
                status: r.status.to_string(),
                variant: status_variant(&r.status),
                body,
                media: media.map(|m| m.media_type.to_string()).unwrap_or_default(),
                schema: media.and_then(|m| m.schema),
                stream,
            }
        };
        // With no success status documented, `default` describes success too.
        if is_success(&r.status) || r.status == "default" && !any_success {
            success.push(case(types));
        }
        if !is_success(&r.status) {
            errors.push(case(types));
        }
        let mut c = case(types);
        c.variant = replies.claim(&c.variant);
        responses.push(c);
    }
    let headers = success_headers(types, shared, &op_type, op);
    let success = outcome(types, &op_type, "Response", success, op, true);
    let error = outcome(types, &op_type, "Error", errors, op, false);
    let stream = stream_of(types.model(), op).map(|(status, media, framing, item)| StreamPlan {
        method: methods.claim(&format!("{method}_stream")),
        status,
        media,
        framing,
        item: item_type(types, item),
    });
    let download = download_of(&success, methods, &method);
    OpShape {
        index,
        method,
        with_response,
        path,
        path_params,
        required,
        optional,
        body,
        success,
        error,
        responses,
        headers,
        stream,
        download,
    }
}

/// The download method of an operation whose successes include bytes, if any.
fn download_of(success: &Outcome, methods: &mut Names, method: &str) -> Option<DownloadPlan> {
    let binary: Vec<&Case> = success
        .cases
        .iter()
        .filter(|c| matches!(c.body, Some((BodyKind::Bytes(_), _))))
        .collect();
    let first = binary.first()?;
    let statuses = binary
        .iter()
        .map(|c| c.status.parse::<u16>().ok())
        .collect::<Option<Vec<u16>>>();
    Some(DownloadPlan {
        method: methods.claim(&format!("{method}_download")),
        statuses,
        media: first.media.clone(),
    })
}

/// Headers a response never documents for itself (OpenAPI: `Content-Type` is ignored).
const UNTYPED_HEADERS: &[&str] = &["content-type"];

/// The struct of the headers `op`'s successes document (`None` when they document none): one
/// optional field per header, required only when every success status requires it. Field
/// names are the header names as Rust fields, wire names lower-case (as HTTP/2 and the
/// runtime carry them).
fn success_headers(
    types: &mut TypeSpace<'_>,
    shared: &mut SharedHeaders,
    op_type: &str,
    op: &Operation,
) -> Option<TypeId> {
    let any_success = op.responses.iter().any(|r| is_success(&r.status));
    let successes: Vec<&crate::model::Response> = op
        .responses
        .iter()
        .filter(|r| is_success(&r.status) || r.status == "default" && !any_success)
        .collect();
    let mut fields: Vec<Field> = Vec::new();
    let mut names = Names::default();
    for h in successes.iter().flat_map(|r| &r.headers) {
        let wire = h.name.to_ascii_lowercase();
        if UNTYPED_HEADERS.contains(&wire.as_str()) || fields.iter().any(|f| f.wire == wire) {
            continue;
        }
        let required = successes.iter().all(|r| {
            r.headers
                .iter()
                .any(|o| o.required && o.name.eq_ignore_ascii_case(&h.name))
        });
        let ty = match h.schema {
            Some(id) => types.type_of(id, View::Response),
            None => types.builtin(Builtin::String),
        };
        let doc = match &h.description {
            Some(d) => format!("`{}`: {}", h.name, d.trim()),
            None => format!("`{}`.", h.name),
        };
        fields.push(Field {
            name: names.claim(&field(&h.name)),
            wire,
            ty,
            required,
            nullable: false,
            boxed: false,
            doc,
        });
    }
    if fields.is_empty() {
        return None;
    }
    let name = types.claim(&format!("{op_type}Headers"));
    if let Some(&target) = shared.get(&fields) {
        let doc = format!(
            "The documented headers of {}'s successful answers (the same as another operation's).",
            describe(op)
        );
        return Some(types.add_item(name, doc, ItemKind::Alias { target }));
    }
    let doc = format!(
        "The documented headers of {}'s successful answers.",
        describe(op)
    );
    let id = types.add_item(
        name,
        doc,
        ItemKind::Struct {
            fields: fields.clone(),
            additional: None,
        },
    );
    shared.insert(fields, id);
    Some(id)
}

/// One side's type: a single body type, `()`, `Infallible`, or an enum added to the types.
fn outcome(
    types: &mut TypeSpace<'_>,
    op_type: &str,
    suffix: &str,
    cases: Vec<Case>,
    op: &Operation,
    success: bool,
) -> Outcome {
    if cases.is_empty() {
        let ty = types.builtin(if success {
            Builtin::Unit
        } else {
            Builtin::Never
        });
        return Outcome {
            ty,
            is_enum: false,
            cases: Vec::new(),
        };
    }
    let first = cases[0].body.as_ref().map(|b| b.1);
    let all_same = cases.iter().all(|c| c.body.as_ref().map(|b| b.1) == first);
    // Errors keep their status in `Error::Api`, so one shared body type is enough; successes
    // need an enum as soon as there are two statuses, so a server can say which.
    if cases.len() == 1 || !success && all_same {
        let ty = first.unwrap_or_else(|| types.builtin(Builtin::Unit));
        return Outcome {
            ty,
            is_enum: false,
            cases,
        };
    }
    let name = types.claim(&format!("{op_type}{suffix}"));
    let mut variants = Names::default();
    let mut cases = cases;
    for c in &mut cases {
        c.variant = variants.claim(&c.variant);
    }
    let item_variants = cases
        .iter()
        .map(|c| AnswerVariant {
            name: c.variant.clone(),
            status: c.status.clone(),
            ty: c.body.as_ref().map(|b| b.1),
        })
        .collect();
    let doc = format!(
        "The documented {} of {}.",
        if success {
            "successful answers"
        } else {
            "error answers"
        },
        describe(op)
    );
    let ty = types.add_item(
        name,
        doc,
        ItemKind::Answers {
            variants: item_variants,
        },
    );
    Outcome {
        ty,
        is_enum: true,
        cases,
    }
}

/// A piece of a `{name}` template (a path or a server URL).
pub enum Template<'a> {
    /// Literal text.
    Text(&'a str),
    /// A variable's name.
    Var(&'a str),
}

/// Splits a template into literal text and variables; an unclosed `{` is literal text.
pub fn split_template(t: &str) -> Vec<Template<'_>> {
    let mut out = Vec::new();
    let mut rest = t;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        if open > 0 {
            out.push(Template::Text(&rest[..open]));
        }
        out.push(Template::Var(&rest[open + 1..close]));
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        out.push(Template::Text(rest));
    }
    out
}

/// The snake-case setter name for a security scheme (`with_admin_api_token`).
pub fn scheme_setter(scheme: &str) -> String {
    format!("with_{}", snake(scheme))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_read_as_words() {
        assert_eq!(status_variant("201"), "Created");
        assert_eq!(status_variant("4XX"), "ClientError");
        assert_eq!(status_variant("default"), "Default");
        assert_eq!(status_variant("299"), "Status299");
    }

    #[test]
    fn media_types_pick_json_first() {
        assert_eq!(
            body_kind("application/problem+json"),
            BodyKind::Json("application/problem+json".into())
        );
        assert_eq!(
            body_kind("text/plain; charset=utf-8"),
            BodyKind::Text("text/plain; charset=utf-8".into())
        );
        assert_eq!(body_kind("multipart/form-data"), BodyKind::Multipart);
        assert_eq!(
            body_kind("application/octet-stream"),
            BodyKind::Bytes("application/octet-stream".into())
        );
    }
}
