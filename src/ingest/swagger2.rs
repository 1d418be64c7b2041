//! Swagger 2.0 → OpenAPI 3.0.3, on the located tree: every converted node keeps the location
//! of the 2.0 node it came from, so findings on a converted spec still point into the file.
//!
//! Covered: host/basePath/schemes → servers; consumes/produces; body and formData parameters →
//! request bodies; `collectionFormat` → `style`/`explode`; response schemas, examples and
//! headers; definitions/parameters/responses/securityDefinitions → components; `$ref` rewriting;
//! `x-nullable`; `type: file`; string discriminators.

use super::codes;
use crate::diag::Diagnostic;
use crate::tree::{Entry, Map, Node, Value};

/// Converts a Swagger 2.0 document in place. Notes about lossy corners go to `diags`.
pub fn convert(doc: &mut Node, diags: &mut Vec<Diagnostic>) {
    let Some(old) = doc.as_map().cloned() else {
        return;
    };
    let at = doc.loc;
    let get = |k: &str| old.get(k).map(|e| &e.node);
    let mut out = Node::map(at);
    let ver_loc = old.get("swagger").map_or(at, |e| e.node.loc);
    out.insert("openapi", Node::string(ver_loc, "3.0.3"));
    for k in ["info", "externalDocs", "tags", "security"] {
        if let Some(e) = old.get(k) {
            out.as_map_mut().expect("map").insert(k.into(), e.clone());
        }
    }
    // servers
    let host = get("host").and_then(Node::as_text);
    let base_path = get("basePath").and_then(Node::as_text).unwrap_or("");
    let schemes: Vec<String> = get("schemes")
        .and_then(Node::as_seq)
        .map(|s| {
            s.iter()
                .filter_map(Node::as_text)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let server_loc = get("host").or(get("basePath")).map_or(at, |n| n.loc);
    let mut servers = Vec::new();
    match host {
        Some(h) => {
            let schemes = if schemes.is_empty() {
                vec!["https".to_string()]
            } else {
                schemes
            };
            for s in schemes {
                let mut srv = Node::map(server_loc);
                srv.insert(
                    "url",
                    Node::string(server_loc, format!("{s}://{h}{base_path}")),
                );
                servers.push(srv);
            }
        }
        None if !base_path.is_empty() => {
            let mut srv = Node::map(server_loc);
            srv.insert("url", Node::string(server_loc, base_path));
            servers.push(srv);
        }
        None => {}
    }
    if !servers.is_empty() {
        out.insert("servers", Node::new(server_loc, Value::Seq(servers.into())));
    }
    let consumes = mime_list(get("consumes"));
    let produces = mime_list(get("produces"));
    let global_params = get("parameters").cloned();
    let ctx = Ctx {
        consumes: &consumes,
        produces: &produces,
        global_params: global_params.as_ref(),
    };

    // paths
    if let Some(paths) = get("paths") {
        let mut new_paths = Node::map(paths.loc);
        if let Some(m) = paths.as_map() {
            for (p, e) in m {
                new_paths.as_map_mut().expect("map").insert(
                    p.clone(),
                    Entry {
                        key_loc: e.key_loc,
                        node: convert_path_item(&e.node, &ctx, diags),
                    },
                );
            }
        }
        out.insert("paths", new_paths);
    } else {
        out.insert("paths", Node::map(at));
    }

    // components
    let mut comps = Node::map(at);
    if let Some(defs) = get("definitions") {
        comps.insert("schemas", map_values(defs, convert_schema));
    }
    if let Some(params) = get("parameters") {
        let mut ps = Node::map(params.loc);
        if let Some(m) = params.as_map() {
            for (k, e) in m {
                let kind = e.node.get("in").and_then(Node::as_str);
                if matches!(kind, Some("body" | "formData")) {
                    continue; // inlined into request bodies where used
                }
                ps.as_map_mut().expect("map").insert(
                    k.clone(),
                    Entry {
                        key_loc: e.key_loc,
                        node: convert_parameter(&e.node, diags),
                    },
                );
            }
        }
        comps.insert("parameters", ps);
    }
    if let Some(resps) = get("responses") {
        comps.insert(
            "responses",
            map_values(resps, |r| convert_response(r, &produces)),
        );
    }
    if let Some(sec) = get("securityDefinitions") {
        comps.insert("securitySchemes", map_values(sec, convert_security_scheme));
    }
    if comps.as_map().is_some_and(|m| !m.is_empty()) {
        out.insert("components", comps);
    }
    for (k, e) in &old {
        if k.starts_with("x-") {
            out.as_map_mut().expect("map").insert(k.clone(), e.clone());
        }
    }
    rewrite_refs(&mut out);
    *doc = out;
}

struct Ctx<'a> {
    consumes: &'a [String],
    produces: &'a [String],
    global_params: Option<&'a Node>,
}

fn mime_list(n: Option<&Node>) -> Vec<String> {
    n.and_then(Node::as_seq)
        .map(|s| {
            s.iter()
                .filter_map(Node::as_text)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

fn map_values(n: &Node, mut f: impl FnMut(&Node) -> Node) -> Node {
    let mut out = Node::map(n.loc);
    if let Some(m) = n.as_map() {
        for (k, e) in m {
            out.as_map_mut().expect("map").insert(
                k.clone(),
                Entry {
                    key_loc: e.key_loc,
                    node: f(&e.node),
                },
            );
        }
    }
    out
}

const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch"];

fn convert_path_item(item: &Node, ctx: &Ctx<'_>, diags: &mut Vec<Diagnostic>) -> Node {
    let Some(m) = item.as_map() else {
        return item.clone();
    };
    let mut out = Node::map(item.loc);
    let path_params: Vec<Node> = m
        .get("parameters")
        .and_then(|e| e.node.as_seq())
        .map(<[Node]>::to_vec)
        .unwrap_or_default();
    for (k, e) in m {
        if METHODS.contains(&k.as_str()) {
            let op = convert_operation(&e.node, &path_params, ctx, diags);
            out.as_map_mut().expect("map").insert(
                k.clone(),
                Entry {
                    key_loc: e.key_loc,
                    node: op,
                },
            );
        } else if k == "parameters" {
            let kept: Vec<Node> = path_params
                .iter()
                .filter(|p| !is_body_like(p, ctx))
                .map(|p| convert_parameter(p, diags))
                .collect();
            if !kept.is_empty() {
                out.insert("parameters", Node::new(e.node.loc, Value::Seq(kept.into())));
            }
        } else {
            out.as_map_mut().expect("map").insert(k.clone(), e.clone());
        }
    }
    out
}

/// The parameter itself, or the global parameter a `$ref` names.
fn resolve_param<'n>(p: &'n Node, ctx: &Ctx<'n>) -> &'n Node {
    if let Some(r) = p.get("$ref").and_then(Node::as_str)
        && let Some(name) = r.strip_prefix("#/parameters/")
        && let Some(target) = ctx.global_params.and_then(|g| g.get(name))
    {
        return target;
    }
    p
}

fn is_body_like(p: &Node, ctx: &Ctx<'_>) -> bool {
    matches!(
        resolve_param(p, ctx).get("in").and_then(Node::as_str),
        Some("body" | "formData")
    )
}

fn convert_operation(
    op: &Node,
    path_params: &[Node],
    ctx: &Ctx<'_>,
    diags: &mut Vec<Diagnostic>,
) -> Node {
    let Some(m) = op.as_map() else {
        return op.clone();
    };
    let consumes = m
        .get("consumes")
        .map(|e| mime_list(Some(&e.node)))
        .unwrap_or_else(|| ctx.consumes.to_vec());
    let produces = m
        .get("produces")
        .map(|e| mime_list(Some(&e.node)))
        .unwrap_or_else(|| ctx.produces.to_vec());
    let mut out = Node::map(op.loc);
    let own: Vec<Node> = m
        .get("parameters")
        .and_then(|e| e.node.as_seq())
        .map(<[Node]>::to_vec)
        .unwrap_or_default();
    // Body-like parameters declared on the path item apply to this operation too.
    let mut body_like: Vec<Node> = path_params
        .iter()
        .filter(|p| is_body_like(p, ctx))
        .map(|p| resolve_param(p, ctx).clone())
        .collect();
    let mut params = Vec::new();
    for p in &own {
        if is_body_like(p, ctx) {
            body_like.push(resolve_param(p, ctx).clone());
        } else {
            params.push(convert_parameter(p, diags));
        }
    }
    for (k, e) in m {
        match k.as_str() {
            "consumes" | "produces" | "schemes" => {}
            "parameters" => {
                if !params.is_empty() {
                    out.insert(
                        "parameters",
                        Node::new(e.node.loc, Value::Seq(params.clone().into())),
                    );
                }
            }
            "responses" => {
                out.insert(
                    "responses",
                    map_values(&e.node, |r| convert_response(r, &produces)),
                );
            }
            _ => {
                out.as_map_mut().expect("map").insert(k.clone(), e.clone());
            }
        }
    }
    if let Some(body) = request_body(&body_like, &consumes) {
        out.insert("requestBody", body);
    }
    out
}

fn request_body(params: &[Node], consumes: &[String]) -> Option<Node> {
    let first = params.first()?;
    let at = first.loc;
    let mut body = Node::map(at);
    if let Some(b) = params
        .iter()
        .find(|p| p.get("in").and_then(Node::as_str) == Some("body"))
    {
        if let Some(d) = b.get("description") {
            body.insert("description", d.clone());
        }
        if let Some(r) = b.get("required") {
            body.insert("required", r.clone());
        }
        let schema = b
            .get("schema")
            .map(convert_schema)
            .unwrap_or_else(|| Node::map(at));
        let mimes = if consumes.is_empty() {
            vec!["application/json".to_string()]
        } else {
            consumes.to_vec()
        };
        let mut content = Node::map(at);
        for mt in mimes {
            let mut media = Node::map(at);
            media.insert("schema", schema.clone());
            content.insert(mt, media);
        }
        body.insert("content", content);
        if let Some(name) = b.get("name") {
            body.insert("x-codegen-request-body-name", name.clone());
        }
        return Some(body);
    }
    // formData → an object schema, one property per parameter.
    let has_file = params
        .iter()
        .any(|p| p.get("type").and_then(Node::as_str) == Some("file"));
    let mt = if has_file || consumes.iter().any(|c| c.starts_with("multipart/")) {
        "multipart/form-data"
    } else {
        "application/x-www-form-urlencoded"
    };
    let mut schema = Node::map(at);
    schema.insert("type", Node::string(at, "object"));
    let mut props = Node::map(at);
    let mut required = Vec::new();
    for p in params {
        let Some(name) = p.get("name").and_then(Node::as_text) else {
            continue;
        };
        let mut s = param_schema(p);
        if let Some(d) = p.get("description") {
            s.insert("description", d.clone());
        }
        props.insert(name.to_string(), s);
        if p.get("required").and_then(Node::as_bool) == Some(true) {
            required.push(Node::string(p.loc, name));
        }
    }
    schema.insert("properties", props);
    if !required.is_empty() {
        schema.insert("required", Node::new(at, Value::Seq(required.into())));
    }
    let mut media = Node::map(at);
    media.insert("schema", schema);
    let mut content = Node::map(at);
    content.insert(mt, media);
    body.insert("content", content);
    Some(body)
}

/// Keywords of a 2.0 non-body parameter / items / header that belong in its 3.0 schema.
const SCHEMA_KEYS: &[&str] = &[
    "type",
    "format",
    "items",
    "default",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "enum",
    "multipleOf",
];

fn param_schema(p: &Node) -> Node {
    let mut s = Node::map(p.loc);
    if let Some(m) = p.as_map() {
        for (k, e) in m {
            if !SCHEMA_KEYS.contains(&k.as_str()) {
                continue;
            }
            let node = if k == "items" {
                param_schema(&e.node)
            } else if k == "type" && e.node.as_str() == Some("file") {
                s.insert("format", Node::string(e.node.loc, "binary"));
                Node::string(e.node.loc, "string")
            } else {
                e.node.clone()
            };
            s.as_map_mut().expect("map").insert(
                k.clone(),
                Entry {
                    key_loc: e.key_loc,
                    node,
                },
            );
        }
    }
    s
}

fn convert_parameter(p: &Node, diags: &mut Vec<Diagnostic>) -> Node {
    if p.get("$ref").is_some() {
        return p.clone();
    }
    let Some(m) = p.as_map() else {
        return p.clone();
    };
    let mut out = Node::map(p.loc);
    for (k, e) in m {
        if SCHEMA_KEYS.contains(&k.as_str()) || k == "collectionFormat" {
            continue;
        }
        out.as_map_mut().expect("map").insert(k.clone(), e.clone());
    }
    out.insert("schema", param_schema(p));
    let location = p.get("in").and_then(Node::as_str).unwrap_or("query");
    if p.get("type").and_then(Node::as_str) == Some("array") {
        let cf = p.get("collectionFormat");
        let fmt = cf.and_then(Node::as_str).unwrap_or("csv");
        let at = cf.map_or(p.loc, |n| n.loc);
        let (style, explode) = match (fmt, location) {
            ("csv", "query" | "cookie") => ("form", false),
            ("csv", _) => ("simple", false),
            ("ssv", _) => ("spaceDelimited", false),
            ("pipes", _) => ("pipeDelimited", false),
            ("multi", _) => ("form", true),
            (other, _) => {
                diags.push(
                    codes::SWAGGER_CONVERSION
                        .diag(format!("`collectionFormat: {other}` has no OpenAPI 3 style; kept as `x-collectionFormat`"))
                        .at(at, "here"),
                );
                out.insert("x-collectionFormat", Node::string(at, other));
                ("form", false)
            }
        };
        out.insert("style", Node::string(at, style));
        out.insert("explode", Node::new(at, Value::Bool(explode)));
    }
    out
}

fn convert_response(r: &Node, produces: &[String]) -> Node {
    let Some(m) = r.as_map() else {
        return r.clone();
    };
    if m.contains_key("$ref") {
        return r.clone();
    }
    let mut out = Node::map(r.loc);
    let mimes = if produces.is_empty() {
        vec!["application/json".to_string()]
    } else {
        produces.to_vec()
    };
    let mut content = Node::map(r.loc);
    let schema = m.get("schema").map(|e| convert_schema(&e.node));
    let examples = m.get("examples").and_then(|e| e.node.as_map());
    let mut all_mimes = mimes.clone();
    if let Some(ex) = examples {
        for k in ex.keys() {
            if !all_mimes.iter().any(|x| x == k) {
                all_mimes.push(k.to_string());
            }
        }
    }
    if schema.is_some() || examples.is_some() {
        for mt in all_mimes {
            let mut media = Node::map(r.loc);
            if let Some(s) = &schema {
                media.insert("schema", s.clone());
            }
            if let Some(ex) = examples.and_then(|e| e.get(mt.as_str())) {
                media.insert("example", ex.node.clone());
            }
            content.insert(mt, media);
        }
    }
    for (k, e) in m {
        match k.as_str() {
            "schema" | "examples" => {}
            "headers" => {
                let hs = map_values(&e.node, |h| {
                    let mut out = Node::map(h.loc);
                    if let Some(d) = h.get("description") {
                        out.insert("description", d.clone());
                    }
                    out.insert("schema", param_schema(h));
                    out
                });
                out.insert("headers", hs);
            }
            _ => {
                out.as_map_mut().expect("map").insert(k.clone(), e.clone());
            }
        }
    }
    if !content.as_map().is_some_and(Map::is_empty) {
        out.insert("content", content);
    }
    if out.get("description").is_none() {
        out.insert("description", Node::string(r.loc, ""));
    }
    out
}

/// 2.0 schema → 3.0 schema: `x-nullable`, `type: file`, string discriminators, recursively.
fn convert_schema(s: &Node) -> Node {
    let mut s = s.clone();
    fix_schema(&mut s);
    s
}

fn fix_schema(s: &mut Node) {
    let Some(m) = s.as_map_mut() else {
        return;
    };
    if let Some(e) = m.shift_remove("x-nullable") {
        m.insert(
            "nullable".into(),
            Entry {
                key_loc: e.key_loc,
                node: e.node,
            },
        );
    }
    if let Some(e) = m.get_mut("type")
        && e.node.as_str() == Some("file")
    {
        let loc = e.node.loc;
        e.node = Node::string(loc, "string");
        m.insert(
            "format".into(),
            Entry {
                key_loc: loc,
                node: Node::string(loc, "binary"),
            },
        );
    }
    if let Some(e) = m.get_mut("discriminator")
        && let Some(name) = e.node.as_str().map(str::to_string)
    {
        let loc = e.node.loc;
        let mut d = Node::map(loc);
        d.insert("propertyName", Node::string(loc, name));
        e.node = d;
    }
    for (k, e) in m.iter_mut() {
        match k.as_str() {
            "properties" | "definitions" => {
                if let Some(pm) = e.node.as_map_mut() {
                    pm.values_mut().for_each(|x| fix_schema(&mut x.node));
                }
            }
            "items" | "additionalProperties" | "not" => fix_schema(&mut e.node),
            "allOf" | "anyOf" | "oneOf" => {
                if let Value::Seq(v) = &mut e.node.value {
                    v.iter_mut().for_each(fix_schema);
                }
            }
            _ => {}
        }
    }
}

fn convert_security_scheme(s: &Node) -> Node {
    let Some(m) = s.as_map() else {
        return s.clone();
    };
    let ty = m.get("type").and_then(|e| e.node.as_str()).unwrap_or("");
    let at = s.loc;
    let mut out = Node::map(at);
    match ty {
        "basic" => {
            out.insert("type", Node::string(at, "http"));
            out.insert("scheme", Node::string(at, "basic"));
        }
        "oauth2" => {
            out.insert("type", Node::string(at, "oauth2"));
            let flow = m.get("flow").and_then(|e| e.node.as_str()).unwrap_or("");
            let name = match flow {
                "implicit" => "implicit",
                "password" => "password",
                "application" => "clientCredentials",
                _ => "authorizationCode",
            };
            let mut f = Node::map(at);
            for k in ["authorizationUrl", "tokenUrl", "scopes"] {
                if let Some(e) = m.get(k) {
                    f.as_map_mut().expect("map").insert(k.into(), e.clone());
                }
            }
            if f.get("scopes").is_none() {
                f.insert("scopes", Node::map(at));
            }
            let mut flows = Node::map(at);
            flows.insert(name, f);
            out.insert("flows", flows);
        }
        _ => return s.clone(),
    }
    for (k, e) in m {
        if k == "description" || k.starts_with("x-") {
            out.as_map_mut().expect("map").insert(k.clone(), e.clone());
        }
    }
    out
}

/// `#/definitions/X` → `#/components/schemas/X`, and likewise for parameters and responses.
fn rewrite_refs(n: &mut Node) {
    match &mut n.value {
        Value::Map(m) => {
            for (k, e) in crate::tree::Map::make_mut(m).iter_mut() {
                if k == "$ref"
                    && let Value::String(r) = &mut e.node.value
                {
                    for (from, to) in [
                        ("#/definitions/", "#/components/schemas/"),
                        ("#/parameters/", "#/components/parameters/"),
                        ("#/responses/", "#/components/responses/"),
                    ] {
                        if let Some(rest) = r.strip_prefix(from) {
                            *r = compact_str::format_compact!("{to}{rest}");
                            break;
                        }
                    }
                } else if !k.starts_with("x-") && k != "example" && k != "examples" {
                    rewrite_refs(&mut e.node);
                }
            }
        }
        Value::Seq(s) => s.iter_mut().for_each(rewrite_refs),
        _ => {}
    }
}
