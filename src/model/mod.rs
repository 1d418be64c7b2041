//! The intermediate model: what lint and codegen both consume.
//!
//! One [`ApiModel`] per API: operations (method, path, parameters, request body, responses by
//! status, security, servers, examples from every source) and an arena of [`Schema`]s
//! addressed by [`SchemaId`], so recursive types are plain id cycles. Schemas read both the
//! 3.0 and the 3.1 dialect into one shape (a type set with `null` split out as `nullable`,
//! `const`, numeric exclusive bounds, boolean schemas, `prefixItems`, …) and carry a
//! [`Semantic`] kind when the data is more than JSON Schema says: a delimited set of enum
//! members, a timestamp with a concrete format, a number written as a string.
//! Every node keeps its source [`Loc`] and JSON pointer.

mod build;
mod dump;
mod example;
mod infer;
mod schema;
pub mod semantic;

pub use build::build;
pub use dump::dump;
pub use example::{Example, ExampleSource};
pub use schema::*;
pub use semantic::{Evidence, Semantic, TimestampFormat};

use crate::ingest::SpecVersion;
use crate::source::Loc;
use indexmap::IndexMap;

/// All APIs of a run.
#[derive(Debug, Default)]
pub struct Model {
    /// The APIs, in input order.
    pub apis: Vec<ApiModel>,
}

/// One API.
#[derive(Debug)]
pub struct ApiModel {
    /// Its name.
    pub name: String,
    /// `info.title`.
    pub title: String,
    /// `info.version`, exactly as written.
    pub version: String,
    /// The dialect of its (newest) source document.
    pub spec_version: SpecVersion,
    /// Servers, with variables.
    pub servers: Vec<Server>,
    /// Operations in document order (paths, then webhooks).
    pub operations: Vec<Operation>,
    /// Security schemes by name.
    pub security_schemes: IndexMap<String, SecurityScheme>,
    /// Document-level security (`None`: not given).
    pub security: Option<Vec<SecurityRequirement>>,
    /// The schema arena.
    pub schemas: Vec<Schema>,
    /// Named schemas (`components/schemas` or `definitions`) → id.
    pub named: IndexMap<String, SchemaId>,
    /// Schema resources, for `$dynamicRef` (empty unless the spec declares identifiers).
    pub resources: Resources,
}

/// Schema resources (JSON Schema 2020-12 §8.2.1) as far as `$dynamicRef` needs them.
#[derive(Debug, Clone, Default)]
pub struct Resources {
    /// Resource roots by pointer prefix: a schema belongs to the resource of the longest
    /// prefix of its pointer listed here (resource 0, the document, when none is).
    pub scopes: Vec<(String, u32)>,
    /// Per resource: `$dynamicAnchor` name → the schema declaring it.
    pub dynamic_anchors: Vec<Vec<(String, SchemaId)>>,
}

impl Resources {
    /// The resource a schema with this pointer belongs to.
    pub fn of(&self, pointer: &str) -> u32 {
        self.scopes
            .iter()
            .filter(|(p, _)| {
                pointer
                    .strip_prefix(p.as_str())
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
            })
            .max_by_key(|(p, _)| p.len())
            .map_or(0, |(_, r)| *r)
    }
}

impl ApiModel {
    /// The schema with this id.
    pub fn schema(&self, id: SchemaId) -> &Schema {
        &self.schemas[id.0 as usize]
    }

    /// Follows `$ref` aliases to the schema that holds the content.
    pub fn resolve(&self, mut id: SchemaId) -> &Schema {
        for _ in 0..64 {
            let s = self.schema(id);
            match s.reference {
                Some(t) if s.is_pure_ref() => id = t,
                _ => return s,
            }
        }
        self.schema(id)
    }

    /// The security requirement alternatives that apply to `op`: its own, else the API's
    /// (`None` when neither says anything; an empty list is explicit anonymous access).
    pub fn effective_security<'a>(
        &'a self,
        op: &'a Operation,
    ) -> Option<&'a Vec<SecurityRequirement>> {
        op.security.as_ref().or(self.security.as_ref())
    }
}

/// A server URL with its variables.
#[derive(Debug, Clone)]
pub struct Server {
    /// Its name (3.2), for tools that pick a server by name.
    pub name: Option<String>,
    /// The URL template, e.g. `https://{tenant}.api.identitynow.com/v3`.
    pub url: String,
    /// Description.
    pub description: Option<String>,
    /// Variables, in order.
    pub variables: IndexMap<String, ServerVariable>,
    /// Where.
    pub loc: Loc,
}

/// A server variable.
#[derive(Debug, Clone)]
pub struct ServerVariable {
    /// The default value.
    pub default: String,
    /// Allowed values, if restricted.
    pub allowed: Vec<String>,
    /// Description.
    pub description: Option<String>,
}

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ParamLocation {
    /// Path template.
    Path,
    /// Query string.
    Query,
    /// Header.
    Header,
    /// Cookie.
    Cookie,
    /// The whole query string as one value (3.2 `in: querystring`), serialized by its
    /// parameter's `content` media type.
    #[serde(rename = "querystring")]
    QueryString,
}

impl ParamLocation {
    /// The `in:` value: `path`, `query`, `header`, `cookie`, `querystring`.
    pub fn as_str(self) -> &'static str {
        match self {
            ParamLocation::Path => "path",
            ParamLocation::Query => "query",
            ParamLocation::Header => "header",
            ParamLocation::Cookie => "cookie",
            ParamLocation::QueryString => "querystring",
        }
    }
}

/// An HTTP method: one of the Path Item's fixed fields, or (OpenAPI 3.2) an entry of
/// `additionalOperations`, sent with exactly the capitalization written there.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HttpMethod {
    /// `get`.
    Get,
    /// `put`.
    Put,
    /// `post`.
    Post,
    /// `delete`.
    Delete,
    /// `options`.
    Options,
    /// `head`.
    Head,
    /// `patch`.
    Patch,
    /// `trace`.
    Trace,
    /// `query` (3.2): a safe, idempotent request with a body.
    Query,
    /// Any other method (`additionalOperations`), as written: `LINK`, `COPY`, `PURGE`.
    Other(Box<str>),
}

impl HttpMethod {
    /// The fixed fields in OpenAPI's order, the ones before `query` being every version's.
    pub const FIXED: [HttpMethod; 9] = [
        HttpMethod::Get,
        HttpMethod::Put,
        HttpMethod::Post,
        HttpMethod::Delete,
        HttpMethod::Options,
        HttpMethod::Head,
        HttpMethod::Patch,
        HttpMethod::Trace,
        HttpMethod::Query,
    ];

    /// The method a Path Item field names (`get` → GET); `None` for other fields.
    pub fn from_field(field: &str) -> Option<HttpMethod> {
        Self::FIXED.into_iter().find(|m| m.field() == Some(field))
    }

    /// The Path Item field that holds it (`get`); `None` for an `additionalOperations` one.
    pub fn field(&self) -> Option<&'static str> {
        Some(match self {
            HttpMethod::Get => "get",
            HttpMethod::Put => "put",
            HttpMethod::Post => "post",
            HttpMethod::Delete => "delete",
            HttpMethod::Options => "options",
            HttpMethod::Head => "head",
            HttpMethod::Patch => "patch",
            HttpMethod::Trace => "trace",
            HttpMethod::Query => "query",
            HttpMethod::Other(_) => return None,
        })
    }

    /// The method as sent on the wire: `GET`, `QUERY`, or an additional one as written.
    pub fn wire(&self) -> std::borrow::Cow<'_, str> {
        match self {
            HttpMethod::Other(m) => std::borrow::Cow::Borrowed(m),
            fixed => std::borrow::Cow::Owned(fixed.field().unwrap_or("").to_ascii_uppercase()),
        }
    }

    /// A lower-case spelling for names and messages (`get`, `query`, `link`).
    pub fn lower(&self) -> std::borrow::Cow<'_, str> {
        match self {
            HttpMethod::Other(m) => std::borrow::Cow::Owned(m.to_ascii_lowercase()),
            fixed => std::borrow::Cow::Borrowed(fixed.field().unwrap_or("")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::HttpMethod;

    /// Ingest walks path items by `merge::METHODS` (it runs before the model exists); the
    /// model's fixed methods are the same fields in the same order.
    #[test]
    fn fixed_methods_are_the_fields_ingest_walks() {
        let fields: Vec<&str> = HttpMethod::FIXED
            .iter()
            .filter_map(HttpMethod::field)
            .collect();
        assert_eq!(fields, crate::ingest::merge::METHODS);
    }
}

impl std::fmt::Display for HttpMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.wire())
    }
}

/// An operation.
#[derive(Debug, Clone)]
pub struct Operation {
    /// The method.
    pub method: HttpMethod,
    /// Path template (or webhook name).
    pub path: String,
    /// Whether this is a webhook (3.1) rather than a path operation.
    pub webhook: bool,
    /// `operationId`, if given.
    pub operation_id: Option<String>,
    /// A stable name: the operationId, or method + path when there is none.
    pub name: String,
    /// Summary.
    pub summary: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Tags.
    pub tags: Vec<String>,
    /// Deprecated.
    pub deprecated: bool,
    /// Parameters: path-item ones merged with the operation's (operation wins).
    pub parameters: Vec<Parameter>,
    /// The request body.
    pub request_body: Option<RequestBody>,
    /// Responses by status (`200`, `4XX`, `default`), in document order.
    pub responses: Vec<Response>,
    /// Security: `None` inherits the document's, `Some([])` means public.
    pub security: Option<Vec<SecurityRequirement>>,
    /// Servers overriding the document's.
    pub servers: Vec<Server>,
    /// Where (the method key).
    pub loc: Loc,
    /// JSON pointer of the operation object.
    pub pointer: String,
}

impl Operation {
    /// The `{name}` placeholders of the path template, in order; a placeholder may share a
    /// segment with text (`{sid}.json`).
    pub fn path_placeholders(&self) -> Vec<&str> {
        self.path
            .split('{')
            .skip(1)
            .filter_map(|s| s.split_once('}').map(|(name, _)| name))
            .collect()
    }
}

/// A parameter.
#[derive(Debug, Clone)]
pub struct Parameter {
    /// Name.
    pub name: String,
    /// Location.
    pub location: ParamLocation,
    /// Required (always true for path parameters).
    pub required: bool,
    /// Description.
    pub description: Option<String>,
    /// Schema.
    pub schema: Option<SchemaId>,
    /// The media type of a parameter given by `content` rather than `schema` (always so for
    /// `querystring`): its value is serialized as that media type.
    pub media_type: Option<crate::tree::Key>,
    /// Serialization style (`form`, `simple`, …); defaulted per location.
    pub style: String,
    /// Explode; defaulted per style.
    pub explode: bool,
    /// `allowReserved`: RFC 3986's reserved characters are sent unencoded.
    pub allow_reserved: bool,
    /// Deprecated.
    pub deprecated: bool,
    /// Examples given on the parameter.
    pub examples: Vec<Example>,
    /// Where.
    pub loc: Loc,
    /// JSON pointer.
    pub pointer: String,
}

/// A request body.
#[derive(Debug, Clone)]
pub struct RequestBody {
    /// Required.
    pub required: bool,
    /// Description.
    pub description: Option<String>,
    /// Content by media type.
    pub content: Vec<MediaType>,
    /// Where.
    pub loc: Loc,
    /// JSON pointer.
    pub pointer: String,
}

/// A response.
#[derive(Debug, Clone)]
pub struct Response {
    /// `200`, `4XX` or `default`.
    pub status: crate::tree::Key,
    /// Description.
    pub description: String,
    /// Content by media type.
    pub content: Vec<MediaType>,
    /// Headers.
    pub headers: Vec<Header>,
    /// Where (the status key).
    pub loc: Loc,
}

/// A response header.
#[derive(Debug, Clone)]
pub struct Header {
    /// Name.
    pub name: String,
    /// Description.
    pub description: Option<String>,
    /// Required.
    pub required: bool,
    /// Schema.
    pub schema: Option<SchemaId>,
    /// Where.
    pub loc: Loc,
}

/// A media type entry.
#[derive(Debug, Clone)]
pub struct MediaType {
    /// e.g. `application/json`.
    pub media_type: crate::tree::Key,
    /// Its schema: of the complete content.
    pub schema: Option<SchemaId>,
    /// The schema of each item of a sequential media type (3.2 `itemSchema`): an event of
    /// `text/event-stream`, a line of `application/jsonl`.
    pub item_schema: Option<SchemaId>,
    /// Examples, from the media type and from docs pages.
    pub examples: Vec<Example>,
    /// Where.
    pub loc: Loc,
}

impl MediaType {
    /// Whether this is a sequential media type (OpenAPI 3.2 section "Sequential Media
    /// Types"): a repeating structure with no envelope, such as `text/event-stream`,
    /// `application/jsonl`, `application/x-ndjson`, `application/json-seq` or `multipart/mixed`.
    pub fn is_sequential(&self) -> bool {
        is_sequential(&self.media_type)
    }
}

/// A media type's essence: `Application/JSON; charset=utf-8` → `application/json`.
pub fn media_essence(media_type: &str) -> String {
    media_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// Whether `media_type` names a sequential media type (see [`MediaType::is_sequential`]).
pub fn is_sequential(media_type: &str) -> bool {
    let essence = media_essence(media_type);
    matches!(
        essence.as_str(),
        "text/event-stream"
            | "application/jsonl"
            | "application/x-jsonlines"
            | "application/jsonlines"
            | "application/x-ndjson"
            | "application/ndjson"
    ) || essence.ends_with("-seq")
        || essence.starts_with("multipart/")
}

/// A security scheme.
#[derive(Debug, Clone)]
pub struct SecurityScheme {
    /// What kind.
    pub kind: SecurityKind,
    /// Description.
    pub description: Option<String>,
    /// Where.
    pub loc: Loc,
}

/// Kinds of security scheme.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum SecurityKind {
    /// An API key in a header, query parameter or cookie.
    ApiKey {
        /// The header/parameter/cookie name.
        name: String,
        /// Where it goes.
        location: ParamLocation,
    },
    /// HTTP authentication (`bearer`, `basic`, …).
    Http {
        /// The scheme, lower-case.
        scheme: String,
        /// Bearer format hint.
        bearer_format: Option<String>,
    },
    /// OAuth 2.0 (sent as a bearer token).
    OAuth2 {
        /// Flow names present.
        flows: Vec<String>,
    },
    /// OpenID Connect (sent as a bearer token).
    OpenIdConnect {
        /// Discovery URL.
        url: String,
    },
    /// Mutual TLS (3.1).
    MutualTls,
    /// Something else (kept so nothing is lost).
    Unknown {
        /// The `type` as written.
        declared: String,
    },
}

/// One alternative of a security requirement: scheme name → scopes, all needed together.
pub type SecurityRequirement = IndexMap<String, Vec<String>>;
