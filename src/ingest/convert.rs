//! Converting a document between OpenAPI 3.1 and 3.2 (`specforge extract --openapi`).
//!
//! 3.2 reads every 3.1 document with the same meaning, so going up changes the version and
//! nothing else. Going down, what 3.1 can say is rewritten to its 3.1 form (an `itemSchema` is
//! the `items` of an array `schema`, `dataValue` is `value`, a media type `$ref`'d from
//! `components.mediaTypes` is written out, an XML `nodeType: attribute` is `attribute: true`);
//! what it cannot (the `query` method, `additionalOperations`, `in: querystring`, nested tags,
//! the device flow, …) is kept under an `x-oas32-<field>` extension of the same object, with a
//! located diagnostic each, so the 3.1 document loses nothing and converting it back up
//! restores the 3.2 fields.
//!
//! The walk knows what each object is from the field it sits under (a Path Item under
//! `paths`, a Schema under `schema`, …), the way the specification's object tree defines it;
//! data (`example`, `default`, `enum`, extensions) is never touched.

use super::{SpecVersion, codes};
use crate::diag::Diagnostic;
use crate::tree::{Entry, Node, Value, pointer_join};

/// The version a document is converted to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// OpenAPI 3.1 (written as `3.1.1`).
    V31,
    /// OpenAPI 3.2 (written as `3.2.0`).
    V32,
}

impl Target {
    /// The target for `3.1` or `3.2`.
    pub fn parse(text: &str) -> Option<Target> {
        match text {
            "3.1" => Some(Target::V31),
            "3.2" => Some(Target::V32),
            _ => None,
        }
    }

    fn version(self) -> SpecVersion {
        match self {
            Target::V31 => SpecVersion::V31,
            Target::V32 => SpecVersion::V32,
        }
    }
}

/// The extension prefix under which a 3.2 field with no 3.1 form is kept.
const KEPT: &str = "x-oas32-";

/// What an object is, by where it sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Root,
    Components,
    PathItem,
    Operation,
    Parameter,
    RequestBody,
    Response,
    Header,
    MediaType,
    Encoding,
    Example,
    Link,
    Server,
    Tag,
    SecurityScheme,
    Flows,
    Schema,
    Discriminator,
    Xml,
    /// A map whose values have the role (`paths`, `properties`, `responses`).
    MapOf(&'static Role),
    /// A list whose items have the role (`parameters`, `allOf`, `servers`).
    ListOf(&'static Role),
    /// Not walked: data, extensions, anything unknown.
    Data,
}

const PATH_ITEM: Role = Role::PathItem;
const OPERATION: Role = Role::Operation;
const PARAMETER: Role = Role::Parameter;
const REQUEST_BODY: Role = Role::RequestBody;
const RESPONSE: Role = Role::Response;
const HEADER: Role = Role::Header;
const MEDIA_TYPE: Role = Role::MediaType;
const ENCODING: Role = Role::Encoding;
const EXAMPLE: Role = Role::Example;
const LINK: Role = Role::Link;
const SERVER: Role = Role::Server;
const TAG: Role = Role::Tag;
const SECURITY_SCHEME: Role = Role::SecurityScheme;
const SCHEMA: Role = Role::Schema;
const CALLBACK: Role = Role::MapOf(&PATH_ITEM);

/// The role of the child at `key` of an object with role `role`.
fn child(role: Role, key: &str) -> Role {
    if key.starts_with("x-") && !key.starts_with(KEPT) {
        return Role::Data;
    }
    let key = key.strip_prefix(KEPT).unwrap_or(key);
    match (role, key) {
        (Role::MapOf(r), _) => *r,
        (Role::ListOf(r), _) => *r,
        (Role::Root, "paths" | "webhooks") => Role::MapOf(&PATH_ITEM),
        (Role::Root, "components") => Role::Components,
        (Role::Root, "tags") => Role::ListOf(&TAG),
        (Role::Root | Role::PathItem | Role::Operation, "servers") => Role::ListOf(&SERVER),
        (Role::Components, "pathItems") => Role::MapOf(&PATH_ITEM),
        (Role::Components, "parameters") => Role::MapOf(&PARAMETER),
        (Role::Components, "requestBodies") => Role::MapOf(&REQUEST_BODY),
        (Role::Components, "responses") => Role::MapOf(&RESPONSE),
        (Role::Components, "headers") => Role::MapOf(&HEADER),
        (Role::Components, "schemas") => Role::MapOf(&SCHEMA),
        (Role::Components, "securitySchemes") => Role::MapOf(&SECURITY_SCHEME),
        (Role::Components, "examples") => Role::MapOf(&EXAMPLE),
        (Role::Components, "callbacks") => Role::MapOf(&CALLBACK),
        (Role::Components, "mediaTypes") => Role::MapOf(&MEDIA_TYPE),
        (Role::Components, "links") => Role::MapOf(&LINK),
        (Role::PathItem, "additionalOperations") => Role::MapOf(&OPERATION),
        (Role::PathItem, k) if crate::ingest::merge::METHODS.contains(&k) => Role::Operation,
        (Role::PathItem | Role::Operation, "parameters") => Role::ListOf(&PARAMETER),
        (Role::Operation, "requestBody") => Role::RequestBody,
        (Role::Operation, "responses") => Role::MapOf(&RESPONSE),
        (Role::Operation, "callbacks") => Role::MapOf(&CALLBACK),
        (
            Role::Parameter | Role::Header | Role::RequestBody | Role::Response | Role::Encoding,
            "content",
        ) => Role::MapOf(&MEDIA_TYPE),
        (Role::Response | Role::Encoding, "headers") => Role::MapOf(&HEADER),
        (Role::Response, "links") => Role::MapOf(&LINK),
        (Role::Parameter | Role::Header | Role::MediaType, "examples") => Role::MapOf(&EXAMPLE),
        (Role::Parameter | Role::Header | Role::MediaType, "schema") => Role::Schema,
        (Role::MediaType, "itemSchema") => Role::Schema,
        (Role::MediaType, "encoding") => Role::MapOf(&ENCODING),
        (Role::MediaType | Role::Encoding, "prefixEncoding") => Role::ListOf(&ENCODING),
        (Role::MediaType | Role::Encoding, "itemEncoding") => Role::Encoding,
        (Role::Link, "server") => Role::Server,
        (Role::SecurityScheme, "flows") => Role::Flows,
        (Role::Schema, "discriminator") => Role::Discriminator,
        (Role::Schema, "xml") => Role::Xml,
        (
            Role::Schema,
            "properties" | "patternProperties" | "$defs" | "definitions" | "dependentSchemas",
        ) => Role::MapOf(&SCHEMA),
        (
            Role::Schema,
            "items"
            | "additionalProperties"
            | "not"
            | "if"
            | "then"
            | "else"
            | "contains"
            | "propertyNames"
            | "unevaluatedItems"
            | "unevaluatedProperties"
            | "additionalItems"
            | "contentSchema",
        ) => Role::Schema,
        (Role::Schema, "allOf" | "anyOf" | "oneOf" | "prefixItems") => Role::ListOf(&SCHEMA),
        _ => Role::Data,
    }
}

/// Converts `doc` (written in `from`) to `to`. Returns the converted document and a
/// diagnostic for each construct that could only be kept as an extension; a 2.0 or 3.0
/// document is refused (its schemas are another JSON Schema dialect, which this does not
/// rewrite).
pub fn convert(
    doc: &Node,
    from: SpecVersion,
    to: Target,
) -> Result<(Node, Vec<Diagnostic>), Diagnostic> {
    if from < SpecVersion::V31 {
        let loc = doc
            .get("openapi")
            .or(doc.get("swagger"))
            .map_or(doc.loc, |n| n.loc);
        let mut refused = codes::NOT_CONVERTIBLE
            .diag(format!(
                "`--openapi` converts between 3.1 and 3.2; this document is OpenAPI {}",
                from.as_str()
            ))
            .at(loc, "declared here")
            .help("its schemas are the draft-4 dialect of 3.0, which a version change alone does not carry over");
        refused.severity = crate::diag::Severity::Error;
        return Err(refused);
    }
    let mut out = doc.clone();
    let mut cx = Cx {
        original: doc,
        down: to == Target::V31 && from >= SpecVersion::V32,
        up: to == Target::V32 && from < SpecVersion::V32,
        diags: Vec::new(),
    };
    if from != to.version() {
        let version = match to {
            Target::V31 => "3.1.1",
            Target::V32 => "3.2.0",
        };
        let loc = out.get("openapi").map_or(out.loc, |n| n.loc);
        out.insert("openapi", Node::string(loc, version));
    }
    walk(&mut out, Role::Root, &mut String::new(), &mut cx);
    Ok((out, cx.diags))
}

struct Cx<'a> {
    original: &'a Node,
    down: bool,
    up: bool,
    diags: Vec<Diagnostic>,
}

impl Cx<'_> {
    /// Keeps those of `fields` that `node` (at `ptr`) has as `x-oas32-<field>`, saying `why`
    /// in one diagnostic for the object.
    fn keep(&mut self, node: &mut Node, ptr: &str, fields: &[&str], why: &str) {
        let Some(m) = node.as_map_mut() else { return };
        let mut moved: Vec<(&str, crate::source::Loc)> = Vec::new();
        for field in fields {
            if let Some(e) = m.shift_remove(field) {
                moved.push((field, e.key_loc));
                m.insert(format!("{KEPT}{field}").into(), e);
            }
        }
        let Some(&(first, loc)) = moved.first() else {
            return;
        };
        let names: Vec<String> = moved.iter().map(|(f, _)| format!("`{f}`")).collect();
        let kept: Vec<String> = moved.iter().map(|(f, _)| format!("`{KEPT}{f}`")).collect();
        let mut d = codes::NOT_CONVERTIBLE
            .diag(format!(
                "{} {} no OpenAPI 3.1 form: {why}",
                names.join(", "),
                if moved.len() == 1 { "has" } else { "have" }
            ))
            .at(loc, "kept as an extension")
            .pointer(pointer_join(ptr, first))
            .help(format!(
                "kept as {}, which 3.1 tools ignore and `extract --openapi 3.2` restores",
                kept.join(", ")
            ));
        for (_, l) in &moved[1..] {
            d = d.also(*l, "also kept");
        }
        self.diags.push(d);
    }
}

fn walk(node: &mut Node, role: Role, ptr: &mut String, cx: &mut Cx<'_>) {
    if role == Role::Data {
        return;
    }
    if cx.down {
        down(node, role, ptr, cx);
    } else if cx.up {
        up(node, role);
    }
    match &mut node.value {
        Value::Map(m) => {
            let m = crate::tree::Map::make_mut(m);
            for (k, e) in m.iter_mut() {
                let r = child(role, k);
                if r == Role::Data {
                    continue;
                }
                let len = ptr.len();
                ptr.push('/');
                crate::tree::push_pointer_token(ptr, k);
                walk(&mut e.node, r, ptr, cx);
                ptr.truncate(len);
            }
        }
        Value::Seq(items) => {
            for (i, n) in items.iter_mut().enumerate() {
                let len = ptr.len();
                ptr.push('/');
                ptr.push_str(&i.to_string());
                walk(n, child(role, ""), ptr, cx);
                ptr.truncate(len);
            }
        }
        _ => {}
    }
}

/// 3.2 → 3.1 for one object.
fn down(node: &mut Node, role: Role, ptr: &str, cx: &mut Cx<'_>) {
    match role {
        Role::Root => {
            cx.keep(node, ptr, &["$self"],
                "3.1 has no field for a document's own URI (references in the extracted document are already resolved)",
            );
            if let Some(d) = node.get_mut("jsonSchemaDialect")
                && d.as_str()
                    .is_some_and(|s| s.starts_with("https://spec.openapis.org/oas/3.2/dialect"))
            {
                *d = Node::string(d.loc, "https://spec.openapis.org/oas/3.1/dialect/base");
            }
        }
        Role::Components => {
            // Every media type `$ref` is written out where it is used (below), so the
            // components it pointed at are no longer needed.
            if let Some(m) = node.as_map_mut() {
                m.shift_remove("mediaTypes");
            }
        }
        Role::PathItem => {
            cx.keep(
                node,
                ptr,
                &["query"],
                "3.1 has no QUERY method; the operation is not part of the 3.1 document",
            );
            cx.keep(
                node,
                ptr,
                &["additionalOperations"],
                "3.1 has only the fixed methods; these operations are not part of the 3.1 document",
            );
            keep_querystring(node, ptr, cx);
        }
        Role::Operation => keep_querystring(node, ptr, cx),
        Role::Parameter => {
            if node.get("in").and_then(Node::as_str) != Some("query") {
                cx.keep(
                    node,
                    ptr,
                    &["allowReserved"],
                    "3.1 allows reserved characters unencoded in query parameters only",
                );
            }
            if node.get("style").and_then(Node::as_str) == Some("cookie") {
                cx.keep(
                    node,
                    ptr,
                    &["style"],
                    "3.1 has no `cookie` style (cookies are `form`, percent-encoded)",
                );
            }
        }
        Role::MediaType => {
            // A media type from `components.mediaTypes` is written out in full.
            for _ in 0..8 {
                let Some(target) = node
                    .get("$ref")
                    .and_then(Node::as_str)
                    .filter(|r| r.starts_with("#/components/mediaTypes/"))
                    .and_then(|r| cx.original.pointer(&r[1..]))
                else {
                    break;
                };
                *node = target.clone();
            }
            if let Some(item) = node.get("itemSchema").cloned() {
                if node.get("schema").is_none() {
                    // A sequence is an array of its items (3.2 "Sequential Media Types").
                    let mut schema = Node::map(item.loc);
                    schema.insert("type", Node::string(item.loc, "array"));
                    schema.insert("items", item.clone());
                    if let Some(m) = node.as_map_mut() {
                        m.shift_remove("itemSchema");
                    }
                    node.insert("schema", schema);
                    node.insert(
                        format!("{KEPT}itemSchema"),
                        Node::new(item.loc, Value::Bool(true)),
                    );
                } else {
                    cx.keep(
                        node,
                        ptr,
                        &["itemSchema"],
                        "the media type also has a `schema` of the whole content",
                    );
                }
            }
            cx.keep(
                node,
                ptr,
                &["prefixEncoding", "itemEncoding"],
                "3.1 encodes multipart parts by name only",
            );
            cx.keep(
                node,
                ptr,
                &["description"],
                "3.1 media types have no description",
            );
        }
        Role::Encoding => cx.keep(
            node,
            ptr,
            &["encoding", "prefixEncoding", "itemEncoding"],
            "3.1 encodes only the parts of the top-level multipart body",
        ),
        Role::Response => {
            cx.keep(
                node,
                ptr,
                &["summary"],
                "3.1 responses have a description only",
            );
            if node.get("description").is_none()
                && node.as_map().is_some()
                && node.get("$ref").is_none()
            {
                // Required in 3.1, optional in 3.2.
                node.insert("description", Node::string(node.loc, ""));
            }
        }
        Role::Example => {
            let has_value = node.get("value").is_some();
            if !has_value
                && let Some(v) = node.as_map_mut().and_then(|m| m.shift_remove("dataValue"))
            {
                node.insert("value", v.node);
            }
            cx.keep(
                node,
                ptr,
                &["dataValue"],
                "the example already has a `value`",
            );
            cx.keep(
                node,
                ptr,
                &["serializedValue"],
                "3.1 examples have no serialized form",
            );
        }
        Role::Tag => {
            cx.keep(
                node,
                ptr,
                &["summary", "parent", "kind"],
                "3.1 tags are a flat list with a name and a description",
            );
        }
        Role::Server => cx.keep(node, ptr, &["name"], "3.1 servers have no name"),
        Role::SecurityScheme => {
            cx.keep(
                node,
                ptr,
                &["oauth2MetadataUrl", "deprecated"],
                "3.1 security schemes have no OAuth 2.0 metadata URL and cannot be deprecated",
            );
        }
        Role::Flows => cx.keep(
            node,
            ptr,
            &["deviceAuthorization"],
            "3.1 has no OAuth 2.0 device authorization flow",
        ),
        Role::Discriminator => cx.keep(
            node,
            ptr,
            &["defaultMapping"],
            "3.1 discriminators have no default",
        ),
        Role::Xml => {
            let node_type = node
                .get("nodeType")
                .and_then(Node::as_str)
                .map(str::to_string);
            match node_type.as_deref() {
                Some("attribute") => {
                    let loc = node.get("nodeType").map_or(node.loc, |n| n.loc);
                    if let Some(m) = node.as_map_mut() {
                        m.shift_remove("nodeType");
                    }
                    node.insert("attribute", Node::new(loc, Value::Bool(true)));
                }
                Some("element") => {
                    // An array's element node is 3.1's `wrapped`; anything else is one by
                    // default. The array-ness is the schema's, which holds this `xml`.
                    let loc = node.get("nodeType").map_or(node.loc, |n| n.loc);
                    if let Some(m) = node.as_map_mut() {
                        m.shift_remove("nodeType");
                    }
                    if ptr_schema_is_array(cx.original, ptr) {
                        node.insert("wrapped", Node::new(loc, Value::Bool(true)));
                    }
                }
                Some(_) => cx.keep(
                    node,
                    ptr,
                    &["nodeType"],
                    "3.1 XML has elements and attributes only",
                ),
                None => {}
            }
        }
        _ => {}
    }
}

/// Whether the schema holding the `xml` object at `xml_ptr` is an array.
fn ptr_schema_is_array(doc: &Node, xml_ptr: &str) -> bool {
    let schema = xml_ptr.strip_suffix("/xml").and_then(|p| doc.pointer(p));
    schema.and_then(|s| s.get("type")).is_some_and(|t| {
        t.as_str() == Some("array")
            || t.as_seq()
                .is_some_and(|s| s.iter().any(|x| x.as_str() == Some("array")))
    })
}

/// Moves the `in: querystring` parameters of a Path Item or Operation (by value or by
/// `$ref`) to `x-oas32-parameters`.
fn keep_querystring(node: &mut Node, ptr: &str, cx: &mut Cx<'_>) {
    let original = cx.original;
    let is_querystring = |p: &Node| {
        let target = p
            .get("$ref")
            .and_then(Node::as_str)
            .and_then(|r| r.strip_prefix('#'))
            .and_then(|r| original.pointer(r))
            .unwrap_or(p);
        target.get("in").and_then(Node::as_str) == Some("querystring")
    };
    let Some(params) = node.get("parameters").and_then(Node::as_seq) else {
        return;
    };
    if !params.iter().any(is_querystring) {
        return;
    }
    let (moved, kept): (Vec<Node>, Vec<Node>) = params.iter().cloned().partition(is_querystring);
    for p in &moved {
        cx.diags.push(
            codes::NOT_CONVERTIBLE
                .diag("an `in: querystring` parameter has no OpenAPI 3.1 form: 3.1 parameters are one query parameter each")
                .at(p.loc, "kept as an extension")
                .pointer(pointer_join(ptr, "parameters"))
                .help(format!(
                    "it is kept in `{KEPT}parameters`, which 3.1 tools ignore and `extract --openapi 3.2` restores"
                )),
        );
    }
    let loc = node.get("parameters").map_or(node.loc, |n| n.loc);
    node.insert("parameters", Node::new(loc, Value::finished_seq(kept)));
    node.insert(
        format!("{KEPT}parameters"),
        Node::new(loc, Value::finished_seq(moved)),
    );
}

/// 3.1 → 3.2 for one object: what `down` kept as an extension comes back.
fn up(node: &mut Node, role: Role) {
    let Some(m) = node.as_map_mut() else { return };
    let kept: Vec<String> = m
        .keys()
        .filter(|k| k.starts_with(KEPT))
        .map(|k| k.to_string())
        .collect();
    for k in kept {
        let Some(e) = m.shift_remove(&k) else {
            continue;
        };
        let field = &k[KEPT.len()..];
        match field {
            "itemSchema" if role == Role::MediaType && e.node.as_bool() == Some(true) => {
                // `schema: {type: array, items: X}` written for an `itemSchema: X`.
                if let Some(items) = m
                    .get("schema")
                    .filter(|s| s.node.as_map().is_some_and(|x| x.len() == 2))
                    .and_then(|s| s.node.get("items"))
                    .cloned()
                {
                    m.shift_remove("schema");
                    m.insert(
                        "itemSchema".into(),
                        Entry {
                            key_loc: e.key_loc,
                            node: items,
                        },
                    );
                }
            }
            "parameters" => {
                let moved = e.node.as_seq().unwrap_or(&[]).to_vec();
                let mut all = m
                    .get("parameters")
                    .and_then(|p| p.node.as_seq())
                    .unwrap_or(&[])
                    .to_vec();
                all.extend(moved);
                m.insert(
                    "parameters".into(),
                    Entry {
                        key_loc: e.key_loc,
                        node: Node::new(e.node.loc, Value::finished_seq(all)),
                    },
                );
            }
            _ => {
                m.insert(field.into(), e);
            }
        }
    }
}
