//! Building the model from the merged, located documents.

use super::infer;
use super::schema::*;
use super::*;
use crate::diag::{Diagnostic, Diagnostics};
use crate::ingest::codes;
use crate::ingest::refs::split_ref;
use crate::ingest::{Api, DocsOrigin, Workspace};
use crate::tree::{Node, Value, pointer_join};
use std::hash::BuildHasher as _;

/// Keywords of an older draft that a 2020-12 schema (OpenAPI 3.1) ignores, but that look as
/// if they constrain; each use is reported (SF008) so nothing is silently lost.
const SEMANTIC_UNMODELLED: &[&str] = &["dependencies", "additionalItems"];

/// Keywords an OpenAPI 3.0 schema keeps beside a `$ref`: annotations, and `nullable`, which
/// vendors write there to mean "or null" and which only widens. The rest is ignored, as OpenAPI
/// 3.0 (JSON Reference) says.
const KEPT_BESIDE_REF_30: &[&str] = &[
    "$ref",
    "$comment",
    "description",
    "summary",
    "title",
    "nullable",
    "readOnly",
    "writeOnly",
    "deprecated",
    "default",
    "example",
    "examples",
];

/// Keywords the model reads.
const MODELLED: &[&str] = &[
    "$ref",
    "type",
    "nullable",
    "title",
    "description",
    "summary",
    "enum",
    "const",
    "default",
    "format",
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "items",
    "prefixItems",
    "minItems",
    "maxItems",
    "uniqueItems",
    "properties",
    "required",
    "additionalProperties",
    "allOf",
    "anyOf",
    "oneOf",
    "not",
    "discriminator",
    "readOnly",
    "writeOnly",
    "deprecated",
    "example",
    "examples",
    "minProperties",
    "maxProperties",
    "minContains",
    "maxContains",
    "contains",
    "patternProperties",
    "propertyNames",
    "if",
    "then",
    "else",
    "dependentRequired",
    "dependentSchemas",
    "unevaluatedItems",
    "unevaluatedProperties",
    "$dynamicRef",
];

/// Builds the model of every API. Problems found on the way are returned as diagnostics.
pub fn build(ws: &Workspace) -> (Model, Diagnostics) {
    use rayon::prelude::*;
    let mut diags = Diagnostics::default();
    let mut model = Model::default();
    // APIs are independent: built in parallel, collected in order.
    let built: Vec<_> = ws
        .apis
        .par_iter()
        .map(|api| {
            let mut b = Builder::new(api);
            let m = b.build_api();
            (m, b.diags)
        })
        .collect();
    for (m, ds) in built {
        for d in ds {
            diags.push(d);
        }
        model.apis.push(m);
    }
    (model, diags)
}

struct Builder<'a> {
    api: &'a Api,
    doc: &'a Node,
    schemas: Vec<Schema>,
    /// Schemas by JSON pointer; the key is the schema's own `pointer`, hashed with `hasher`.
    by_pointer: hashbrown::HashTable<SchemaId>,
    hasher: foldhash::fast::RandomState,
    /// Schemas given a slot whose content is still to be filled in ([`Builder::drain`]).
    pending: Vec<(SchemaId, &'a Node)>,
    /// Pointers of bare `$ref`s → the schema their chain ends at.
    aliases: std::collections::HashMap<String, SchemaId>,
    /// Per slot: the schema being filled in when it was given (none for a root).
    discoverer: Vec<Option<SchemaId>>,
    /// The schema being filled in.
    filling: Option<SchemaId>,
    diags: Vec<Diagnostic>,
    /// Pointers of the examples ingest harvested from docs pages → where they came from.
    harvested: std::collections::HashMap<&'a str, DocsOrigin>,
}

fn text(n: Option<&Node>) -> Option<String> {
    n.and_then(Node::as_text).map(str::to_string)
}

fn u64_of(n: Option<&Node>) -> Option<u64> {
    n.and_then(Node::as_number)
        .and_then(|x| x.as_f64())
        .filter(|v| *v >= 0.0)
        .map(|v| v as u64)
}

fn f64_of(n: Option<&Node>) -> Option<f64> {
    n.and_then(Node::as_number).and_then(|x| x.as_f64())
}

impl<'a> Builder<'a> {
    fn new(api: &'a Api) -> Self {
        Builder {
            api,
            doc: &api.doc,
            schemas: Vec::new(),
            by_pointer: hashbrown::HashTable::new(),
            hasher: foldhash::fast::RandomState::default(),
            pending: Vec::new(),
            aliases: std::collections::HashMap::new(),
            discoverer: Vec::new(),
            filling: None,
            diags: Vec::new(),
            harvested: api
                .harvested
                .iter()
                .map(|h| (h.pointer.as_str(), h.origin))
                .collect(),
        }
    }

    fn build_api(&mut self) -> ApiModel {
        let doc = self.doc;
        // Named schemas first, so ids follow the components' order.
        let mut named = IndexMap::new();
        if let Some(m) = doc.pointer("/components/schemas").and_then(Node::as_map) {
            for (name, e) in m {
                let ptr = pointer_join("/components/schemas", name);
                let id =
                    self.root_schema(&ptr, &e.node, SchemaName::Component(name.as_str().into()));
                named.insert(name.to_string(), id);
            }
        }
        let servers = self.servers(doc.get("servers"));
        let security = doc.get("security").map(|s| self.security(s));
        let mut security_schemes = IndexMap::new();
        if let Some(m) = doc
            .pointer("/components/securitySchemes")
            .and_then(Node::as_map)
        {
            for (name, e) in m {
                let node = self.deref(&e.node, e.node.loc).map_or(&e.node, |(n, _)| n);
                security_schemes.insert(name.to_string(), security_scheme(node));
            }
        }
        let mut operations = Vec::new();
        for (section, webhook) in [("paths", false), ("webhooks", true)] {
            if let Some(m) = doc.get(section).and_then(Node::as_map) {
                for (path, e) in m {
                    let ptr = pointer_join(&format!("/{section}"), path);
                    self.path_item(path, &ptr, &e.node, webhook, &mut operations);
                }
            }
        }
        self.drain();
        let mut resources = self.resources();
        self.drain();
        let mut named = named;
        self.renumber(&mut operations, &mut named, &mut resources);
        // The pointer index holds the old numbers; nothing is looked up by pointer from here.
        self.by_pointer.clear();
        self.check_ref_cycles();
        self.collect_instances(&operations);
        for i in 0..self.schemas.len() {
            let hint = self.name_hint(SchemaId(i as u32));
            let s = &self.schemas[i];
            self.schemas[i].semantic = infer::infer(s, &hint).map(Box::new);
        }
        // The arena and operation list grew by doubling; give the slack back before linting
        // and generation, which is where the run peaks.
        operations.shrink_to_fit();
        self.schemas.shrink_to_fit();
        ApiModel {
            name: self.api.name.clone(),
            title: text(doc.pointer("/info/title")).unwrap_or_default(),
            version: text(doc.pointer("/info/version")).unwrap_or_default(),
            spec_version: self.api.version,
            servers,
            operations,
            security_schemes,
            security,
            schemas: std::mem::take(&mut self.schemas),
            named,
            resources,
        }
    }

    /// The API's schema resources, with each `$dynamicAnchor` as the schema it declares.
    fn resources(&mut self) -> Resources {
        let r = &self.api.resources;
        let mut out = Resources {
            scopes: r.scopes.clone(),
            dynamic_anchors: Vec::with_capacity(r.dynamic_anchors.len()),
        };
        for anchors in &r.dynamic_anchors {
            let mut ids = Vec::new();
            for (name, ptr) in anchors {
                if let Some(node) = self.doc.pointer(ptr) {
                    let parts = NameParts::new(
                        ptr.rsplit('/')
                            .next()
                            .map(crate::tree::unescape_pointer_token),
                    );
                    ids.push((
                        name.clone(),
                        self.root_schema(ptr, node, SchemaName::Inline(parts)),
                    ));
                }
            }
            out.dynamic_anchors.push(ids);
        }
        out
    }

    /// The name that says what a schema holds: the property name, or the component name.
    fn name_hint(&self, id: SchemaId) -> String {
        match &self.schemas[id.0 as usize].name {
            SchemaName::Component(n) => n.to_string(),
            SchemaName::Inline(parts) => parts.last().unwrap_or_default(),
        }
    }

    /// Follows a `$ref` chain of a non-schema object; returns the target and its pointer.
    fn deref(
        &mut self,
        node: &'a Node,
        at: crate::source::Loc,
    ) -> Option<(&'a Node, Option<String>)> {
        let mut cur = node;
        let mut ptr = None;
        let mut seen = Vec::new();
        while let Some(r) = cur.get("$ref").and_then(Node::as_str) {
            let (file, frag) = split_ref(r);
            if !file.is_empty() {
                return None; // unresolved external ref: reported by ingest
            }
            if seen.contains(&frag) {
                self.diags.push(
                    codes::REF_CYCLE
                        .diag(format!("`$ref: {r}` chain never reaches an object"))
                        .at(at, "this reference"),
                );
                return None;
            }
            seen.push(frag.clone());
            cur = self.doc.pointer(&frag)?;
            ptr = Some(frag);
        }
        Some((cur, ptr))
    }

    fn servers(&mut self, n: Option<&Node>) -> Vec<Server> {
        let mut out = Vec::new();
        for s in n.and_then(Node::as_seq).unwrap_or(&[]) {
            let Some(url) = text(s.get("url")) else {
                continue;
            };
            let mut variables = IndexMap::new();
            if let Some(m) = s.get("variables").and_then(Node::as_map) {
                for (k, e) in m {
                    variables.insert(
                        k.to_string(),
                        ServerVariable {
                            default: text(e.node.get("default")).unwrap_or_default(),
                            allowed: e
                                .node
                                .get("enum")
                                .and_then(Node::as_seq)
                                .map(|v| {
                                    v.iter()
                                        .filter_map(Node::as_text)
                                        .map(str::to_string)
                                        .collect()
                                })
                                .unwrap_or_default(),
                            description: text(e.node.get("description")),
                        },
                    );
                }
            }
            out.push(Server {
                name: text(s.get("name")),
                url,
                description: text(s.get("description")),
                variables,
                loc: s.loc,
            });
        }
        out
    }

    fn security(&self, n: &Node) -> Vec<SecurityRequirement> {
        n.as_seq()
            .unwrap_or(&[])
            .iter()
            .map(|req| {
                req.as_map()
                    .map(|m| {
                        m.iter()
                            .map(|(k, e)| {
                                let scopes = e
                                    .node
                                    .as_seq()
                                    .unwrap_or(&[])
                                    .iter()
                                    .filter_map(Node::as_text)
                                    .map(str::to_string)
                                    .collect();
                                (k.to_string(), scopes)
                            })
                            .collect()
                    })
                    .unwrap_or_default()
            })
            .collect()
    }

    fn path_item(
        &mut self,
        path: &str,
        ptr: &str,
        item: &'a Node,
        webhook: bool,
        ops: &mut Vec<Operation>,
    ) {
        let Some((item, item_ptr)) = self.deref(item, item.loc) else {
            return;
        };
        let item_ptr = item_ptr.unwrap_or_else(|| ptr.to_string());
        let Some(m) = item.as_map() else {
            self.diags.push(
                codes::SHAPE
                    .diag(format!(
                        "path item `{path}` must be a mapping, found {}",
                        item.kind_name()
                    ))
                    .at(item.loc, "here")
                    .pointer(ptr),
            );
            return;
        };
        let shared_servers = self.servers(item.get("servers"));
        let v32 = self.api.version.has_32();
        // The fixed method fields in document order, then (3.2) `additionalOperations`; one
        // there that a fixed field names is left to the structural check, which reports it.
        let mut methods: Vec<(HttpMethod, &'a crate::tree::Entry, String)> = m
            .iter()
            .filter_map(|(k, e)| {
                let method = HttpMethod::from_field(k)?;
                (v32 || method != HttpMethod::Query)
                    .then(|| (method, e, pointer_join(&item_ptr, k)))
            })
            .collect();
        if v32 && let Some(extra) = item.get("additionalOperations").and_then(Node::as_map) {
            let base = pointer_join(&item_ptr, "additionalOperations");
            for (k, e) in extra {
                // RFC 9110 section 5.6.2: a method is a token.
                let token = !k.is_empty()
                    && k.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
                if !token {
                    self.diags.push(
                        codes::SHAPE
                            .diag(format!(
                                "`additionalOperations` has `{k}`, which is not an HTTP method name"
                            ))
                            .at(e.key_loc, "not a method")
                            .help("a method is a token: letters, digits and `!#$%&'*+-.^_`|~`, no spaces")
                            .pointer(pointer_join(&base, k)),
                    );
                    continue;
                }
                if HttpMethod::from_field(&k.to_ascii_lowercase()).is_none() {
                    methods.push((
                        HttpMethod::Other(k.as_str().into()),
                        e,
                        pointer_join(&base, k),
                    ));
                }
            }
        }
        for (method, e, op_ptr) in methods {
            let op_node = &e.node;
            let operation_id = text(op_node.get("operationId"));
            let name = operation_id
                .clone()
                .unwrap_or_else(|| format!("{} {path}", method.lower()));
            let mut parameters: Vec<Parameter> = Vec::new();
            for (src, base) in [
                (item.get("parameters"), &item_ptr),
                (op_node.get("parameters"), &op_ptr),
            ] {
                let base = pointer_join(base, "parameters");
                for (i, p) in src.and_then(Node::as_seq).unwrap_or(&[]).iter().enumerate() {
                    let pptr = format!("{base}/{i}");
                    if let Some(param) = self.parameter(p, &pptr, &name) {
                        // Operation-level parameters override path-level ones.
                        parameters
                            .retain(|x| !(x.name == param.name && x.location == param.location));
                        parameters.push(param);
                    }
                }
            }
            let request_body = op_node
                .get("requestBody")
                .and_then(|b| self.request_body(b, &pointer_join(&op_ptr, "requestBody"), &name));
            let mut responses = Vec::new();
            if let Some(rm) = op_node.get("responses").and_then(Node::as_map) {
                for (status, re) in rm {
                    if status.starts_with("x-") {
                        continue;
                    }
                    let rptr = pointer_join(&pointer_join(&op_ptr, "responses"), status);
                    if let Some(r) = self.response(status, re, &rptr, &name) {
                        responses.push(r);
                    }
                }
            }
            parameters.shrink_to_fit();
            responses.shrink_to_fit();
            let mut servers = self.servers(op_node.get("servers"));
            if servers.is_empty() {
                servers = shared_servers.clone();
            }
            ops.push(Operation {
                method,
                path: path.to_string(),
                webhook,
                operation_id,
                name,
                summary: text(op_node.get("summary")),
                description: text(op_node.get("description")),
                tags: op_node
                    .get("tags")
                    .and_then(Node::as_seq)
                    .unwrap_or(&[])
                    .iter()
                    .filter_map(Node::as_text)
                    .map(str::to_string)
                    .collect(),
                deprecated: op_node.get("deprecated").and_then(Node::as_bool) == Some(true),
                parameters,
                request_body,
                responses,
                security: op_node.get("security").map(|s| self.security(s)),
                servers,
                loc: e.key_loc,
                pointer: op_ptr,
            });
        }
    }

    fn parameter(&mut self, p: &'a Node, ptr: &str, op: &str) -> Option<Parameter> {
        let (node, target) = self.deref(p, p.loc)?;
        let ptr = target.unwrap_or_else(|| ptr.to_string());
        let name = text(node.get("name"))?;
        let location = match node.get("in").and_then(Node::as_str) {
            Some("path") => ParamLocation::Path,
            Some("query") => ParamLocation::Query,
            Some("header") => ParamLocation::Header,
            Some("cookie") => ParamLocation::Cookie,
            Some("querystring") if self.api.version.has_32() => ParamLocation::QueryString,
            other => {
                self.diags.push(
                    codes::SHAPE
                        .diag(format!(
                            "parameter `{name}` has `in: {}`; expected path, query, header or cookie{}",
                            other.unwrap_or("(missing)"),
                            if self.api.version.has_32() { ", or querystring" } else { "" }
                        ))
                        .at(node.loc, "this parameter")
                        .pointer(&ptr),
                );
                return None;
            }
        };
        let parts = NameParts::new([op, name.as_str()]);
        let content = node
            .get("content")
            .and_then(Node::as_map)
            .and_then(|c| c.iter().next());
        let media_type = content
            .filter(|_| node.get("schema").is_none())
            .map(|(mt, _)| mt.clone());
        let schema = match (node.get("schema"), content) {
            (Some(s), _) => {
                Some(self.root_schema(&pointer_join(&ptr, "schema"), s, SchemaName::Inline(parts)))
            }
            (None, Some((mt, e))) => {
                let mptr = pointer_join(&pointer_join(&ptr, "content"), mt);
                self.deref(&e.node, e.node.loc).and_then(|(mnode, target)| {
                    let sp = pointer_join(&target.unwrap_or(mptr), "schema");
                    mnode
                        .get("schema")
                        .map(|s| self.root_schema(&sp, s, SchemaName::Inline(parts)))
                })
            }
            _ => None,
        };
        let style = text(node.get("style")).unwrap_or_else(|| {
            match location {
                ParamLocation::Query | ParamLocation::Cookie => "form",
                _ => "simple",
            }
            .to_string()
        });
        let explode = node
            .get("explode")
            .and_then(Node::as_bool)
            // `form` and 3.2's `cookie` explode by default; the others do not.
            .unwrap_or(style == "form" || style == "cookie");
        let examples = self.examples(node, &ptr, ExampleSource::Parameter);
        Some(Parameter {
            name,
            location,
            media_type,
            required: location == ParamLocation::Path
                || node.get("required").and_then(Node::as_bool) == Some(true),
            description: text(node.get("description")),
            schema,
            style,
            explode,
            allow_reserved: node.get("allowReserved").and_then(Node::as_bool) == Some(true),
            deprecated: node.get("deprecated").and_then(Node::as_bool) == Some(true),
            examples,
            loc: node.loc,
            pointer: ptr,
        })
    }

    fn request_body(&mut self, b: &'a Node, ptr: &str, op: &str) -> Option<RequestBody> {
        let (node, target) = self.deref(b, b.loc)?;
        let ptr = target.unwrap_or_else(|| ptr.to_string());
        let content = self.content(node, &ptr, NameParts::new([op, "request"]));
        Some(RequestBody {
            required: node.get("required").and_then(Node::as_bool) == Some(true),
            description: text(node.get("description")),
            content,
            loc: node.loc,
            pointer: ptr,
        })
    }

    fn response(
        &mut self,
        status: &str,
        e: &'a crate::tree::Entry,
        ptr: &str,
        op: &str,
    ) -> Option<Response> {
        let (node, target) = self.deref(&e.node, e.node.loc)?;
        let ptr = target.unwrap_or_else(|| ptr.to_string());
        let content = self.content(node, &ptr, NameParts::new([op, status, "response"]));
        let mut headers = Vec::new();
        if let Some(hm) = node.get("headers").and_then(Node::as_map) {
            for (name, he) in hm {
                let hptr = pointer_join(&pointer_join(&ptr, "headers"), name);
                let Some((h, _)) = self.deref(&he.node, he.node.loc) else {
                    continue;
                };
                let schema = h.get("schema").map(|s| {
                    self.root_schema(
                        &pointer_join(&hptr, "schema"),
                        s,
                        SchemaName::Inline(NameParts::new([op, status, name.as_str()])),
                    )
                });
                headers.push(Header {
                    name: name.to_string(),
                    description: text(h.get("description")),
                    required: h.get("required").and_then(Node::as_bool) == Some(true),
                    schema,
                    loc: he.key_loc,
                });
            }
        }
        Some(Response {
            status: status.into(),
            description: text(node.get("description")).unwrap_or_default(),
            content,
            headers,
            loc: e.key_loc,
        })
    }

    fn content(&mut self, node: &'a Node, ptr: &str, parts: NameParts) -> Vec<MediaType> {
        let mut out = Vec::new();
        let Some(m) = node.get("content").and_then(Node::as_map) else {
            return out;
        };
        let many = m.len() > 1;
        for (i, (mt, e)) in m.iter().enumerate() {
            let mptr = pointer_join(&pointer_join(ptr, "content"), mt);
            let name = if many && i > 0 {
                parts.with(&crate::ingest::slug(mt))
            } else {
                parts.clone()
            };
            // 3.2: a media type may be a `$ref` to `components/mediaTypes`.
            let Some((mnode, target)) = self.deref(&e.node, e.node.loc) else {
                continue;
            };
            let mptr = target.unwrap_or(mptr);
            let item_schema = mnode.get("itemSchema").map(|s| {
                self.root_schema(
                    &pointer_join(&mptr, "itemSchema"),
                    s,
                    SchemaName::Inline(name.with("item")),
                )
            });
            let schema = mnode.get("schema").map(|s| {
                self.root_schema(&pointer_join(&mptr, "schema"), s, SchemaName::Inline(name))
            });
            let examples = self.examples(mnode, &mptr, ExampleSource::MediaType);
            out.push(MediaType {
                media_type: mt.clone(),
                schema,
                item_schema,
                examples,
                loc: e.key_loc,
            });
        }
        out.shrink_to_fit();
        out
    }

    /// `example` and the `examples` map of a media type or parameter.
    fn examples(&mut self, node: &'a Node, ptr: &str, source: ExampleSource) -> Vec<Example> {
        let mut out = Vec::new();
        if let Some(v) = node.get("example") {
            out.push(Example {
                name: None,
                value: v.clone(),
                source,
                pointer: pointer_join(ptr, "example").into(),
            });
        }
        if let Some(m) = node.get("examples").and_then(Node::as_map) {
            for (name, e) in m {
                let Some((ex, target)) = self.deref(&e.node, e.node.loc) else {
                    continue;
                };
                let eptr =
                    target.unwrap_or_else(|| pointer_join(&pointer_join(ptr, "examples"), name));
                // 3.2's `dataValue` is the value as data; `serializedValue` and
                // `externalValue` are serialized forms, never parsed nor fetched.
                let (Some(v), key) = (match (ex.get("value"), ex.get("dataValue")) {
                    (Some(v), _) => (Some(v), "value"),
                    (None, Some(v)) => (Some(v), "dataValue"),
                    (None, None) => (None, ""),
                }) else {
                    continue;
                };
                let src = self
                    .harvested
                    .get(eptr.as_str())
                    .map_or(source, |&o| ExampleSource::from(o));
                out.push(Example {
                    name: Some(name.as_str().into()),
                    value: v.clone(),
                    source: src,
                    pointer: pointer_join(&eptr, key).into(),
                });
            }
        }
        out.shrink_to_fit();
        out
    }

    fn new_schema(&mut self, ptr: &str, loc: crate::source::Loc, name: SchemaName) -> SchemaId {
        let id = SchemaId(self.schemas.len() as u32);
        self.schemas
            .push(Schema::empty(id, name, loc, ptr.to_string()));
        self.discoverer.push(self.filling);
        let hash = self.hasher.hash_one(ptr);
        let (schemas, hasher) = (&self.schemas, &self.hasher);
        self.by_pointer.insert_unique(hash, id, |i| {
            hasher.hash_one(&*schemas[i.0 as usize].pointer)
        });
        id
    }

    /// The schema already built (or being built) at `ptr`.
    fn built_at(&self, ptr: &str) -> Option<SchemaId> {
        let hash = self.hasher.hash_one(ptr);
        self.by_pointer
            .find(hash, |i| *self.schemas[i.0 as usize].pointer == *ptr)
            .copied()
    }

    /// The schema written at `ptr` (built once; `$ref`-only schemas are their target). Its
    /// content is filled in by [`Builder::drain`]: schemas refer to each other without limit
    /// (a chain of 6,000 `$ref`s, properties nested through references), so building one
    /// never recurses into another.
    fn schema_at(&mut self, ptr: &str, node: &'a Node, name: SchemaName) -> SchemaId {
        if let Some(id) = self.built_at(ptr) {
            return id;
        }
        // A bare `$ref` (annotations aside) is its target, followed a link at a time. Not
        // where `$dynamicRef` is used: there the reference is a step into another schema
        // resource, which it must see.
        if self.api.resources.dynamic_refs.is_empty() && bare_ref(node).is_some() {
            if let Some(&id) = self.aliases.get(ptr) {
                return id;
            }
            let mut chain = vec![ptr.to_string()];
            let mut seen: std::collections::HashSet<String> = [ptr.to_string()].into();
            let mut cur = node;
            // Every link after the first (a schema others may name too) is an alias of where
            // the chain ends, so each is walked once.
            let end = |b: &mut Self, chain: Vec<String>, id: SchemaId| {
                for link in chain.into_iter().skip(1) {
                    b.aliases.insert(link, id);
                }
                id
            };
            while let Some(r) = bare_ref(cur) {
                let (file, frag) = split_ref(r);
                if !file.is_empty() {
                    break;
                }
                if let Some(id) = self
                    .built_at(&frag)
                    .or_else(|| self.aliases.get(&frag).copied())
                {
                    return end(self, chain, id);
                }
                if seen.contains(&frag) {
                    // `A: {$ref: B}, B: {$ref: A}`: nothing ever defines the data.
                    let at = cur.get("$ref").map_or(cur.loc, |n| n.loc);
                    self.diags.push(
                        codes::REF_CYCLE
                            .diag(format!(
                                "`$ref: {r}` closes a chain of references that never reaches a schema ({} → {frag})",
                                chain.join(" → ")
                            ))
                            .at(at, "the chain loops here")
                            .pointer(chain.last().map_or(ptr, String::as_str))
                            .help("recursive schemas are fine, but some schema in the chain must have content; the chain is read as accepting anything"),
                    );
                    return self.new_schema(ptr, node.loc, name);
                }
                let Some(target) = self.doc.pointer(&frag) else {
                    break;
                };
                if bare_ref(target).is_none() {
                    let name = name_of(&frag);
                    let id = self.enqueue(&frag, target, name);
                    return end(self, chain, id);
                }
                seen.insert(frag.clone());
                chain.push(frag);
                cur = target;
            }
        }
        self.enqueue(ptr, node, name)
    }

    /// A slot for the schema at `ptr`, its content to be filled in by [`Builder::drain`].
    fn enqueue(&mut self, ptr: &str, node: &'a Node, name: SchemaName) -> SchemaId {
        let id = self.new_schema(ptr, node.loc, name);
        self.pending.push((id, node));
        id
    }

    /// The schema at `ptr` where an operation or the components name one, built now with
    /// everything it refers to.
    fn root_schema(&mut self, ptr: &str, node: &'a Node, name: SchemaName) -> SchemaId {
        let id = self.schema_at(ptr, node, name);
        self.drain();
        id
    }

    /// Fills in every schema given a slot so far (and those they refer to), depth first:
    /// the order the schemas are written in.
    fn drain(&mut self) {
        while let Some((id, node)) = self.pending.pop() {
            let before = self.pending.len();
            self.filling = Some(id);
            self.fill_slot(id, node);
            self.filling = None;
            // The first child is filled next (the pending list is a stack).
            self.pending[before..].reverse();
        }
    }

    /// Numbers the arena in the order a depth-first walk of the document meets each schema
    /// (schemas were given slots a level at a time): what lint and the model dump read as
    /// document order.
    fn renumber(
        &mut self,
        operations: &mut [Operation],
        named: &mut IndexMap<String, SchemaId>,
        resources: &mut Resources,
    ) {
        let n = self.schemas.len();
        let mut kids: Vec<Vec<u32>> = vec![Vec::new(); n];
        let mut roots = Vec::new();
        for (i, d) in self.discoverer.iter().enumerate() {
            match d {
                Some(p) => kids[p.0 as usize].push(i as u32),
                None => roots.push(i as u32),
            }
        }
        let mut new = vec![SchemaId(0); n];
        let mut next = 0u32;
        let mut stack: Vec<u32> = roots.into_iter().rev().collect();
        while let Some(i) = stack.pop() {
            new[i as usize] = SchemaId(next);
            next += 1;
            stack.extend(kids[i as usize].iter().rev());
        }
        if new.iter().enumerate().all(|(i, x)| x.0 as usize == i) {
            return;
        }
        let map = |id: SchemaId| new.get(id.0 as usize).copied().unwrap_or(id);
        for s in &mut self.schemas {
            s.map_ids(&map);
        }
        // Permuted in place, a cycle at a time: a second arena would double the peak.
        let mut at: Vec<u32> = new.iter().map(|x| x.0).collect();
        for i in 0..n {
            while at[i] as usize != i {
                let j = at[i] as usize;
                self.schemas.swap(i, j);
                at.swap(i, j);
            }
        }
        for op in operations {
            for p in &mut op.parameters {
                p.schema = p.schema.map(map);
            }
            if let Some(b) = &mut op.request_body {
                for c in &mut b.content {
                    c.schema = c.schema.map(map);
                }
            }
            for r in &mut op.responses {
                for c in &mut r.content {
                    c.schema = c.schema.map(map);
                }
                for h in &mut r.headers {
                    h.schema = h.schema.map(map);
                }
            }
        }
        for id in named.values_mut() {
            *id = map(*id);
        }
        for list in &mut resources.dynamic_anchors {
            for (_, id) in list {
                *id = map(*id);
            }
        }
    }

    fn fill_slot(&mut self, id: SchemaId, node: &'a Node) {
        // The arena's slot keeps the pointer while the children are given theirs, so a
        // reference back to this schema finds it; name and pointer then move into the
        // finished schema rather than being copied.
        let unnamed = || SchemaName::Inline(NameParts::new::<&str>([]));
        let ptr = self.schemas[id.0 as usize].pointer.to_string();
        let name = std::mem::replace(&mut self.schemas[id.0 as usize].name, unnamed());
        let mut s = Schema::empty(id, unnamed(), node.loc, String::new());
        match &node.value {
            Value::Bool(true) => {}
            Value::Bool(false) => s.never = true,
            Value::Map(m) => self.fill(&mut s, m, &ptr, &name),
            _ => self.diags.push(
                codes::SHAPE
                    .diag(format!(
                        "a schema must be a mapping or a boolean, found {}",
                        node.kind_name()
                    ))
                    .at(node.loc, "not a schema")
                    .pointer(&*ptr),
            ),
        }
        s.shrink_to_fit();
        s.name = name;
        let slot = &mut self.schemas[id.0 as usize];
        s.pointer = std::mem::take(&mut slot.pointer);
        *slot = s;
    }

    /// The schema a `$ref` names (building it on first use).
    fn ref_target(&mut self, r: &str, at: &Node) -> Option<SchemaId> {
        let (file, frag) = split_ref(r);
        if !file.is_empty() {
            return None;
        }
        if let Some(id) = self.built_at(&frag) {
            return Some(id);
        }
        let target = self.doc.pointer(&frag)?;
        let _ = at;
        Some(self.schema_at(&frag, target, name_of(&frag)))
    }

    fn child(
        &mut self,
        ptr: &str,
        key: &str,
        node: &'a Node,
        parent: &SchemaName,
        suffix: &str,
    ) -> SchemaId {
        let parts = match parent {
            SchemaName::Component(n) => NameParts::new([&**n, suffix]),
            SchemaName::Inline(p) => p.with(suffix),
        };
        self.schema_at(&pointer_join(ptr, key), node, SchemaName::Inline(parts))
    }

    fn fill(&mut self, s: &mut Schema, m: &'a crate::tree::Map, ptr: &str, name: &SchemaName) {
        let draft4 = self.api.version < crate::ingest::SpecVersion::V31;
        // OpenAPI 3.0: a `$ref` makes its constraining siblings ignored.
        let beside_ref = draft4 && m.contains_key("$ref");
        if beside_ref {
            // A sibling that says what the target or the default already says loses nothing
            // (`type: object` beside a `$ref` to an object, `additionalProperties: true`).
            let target = m
                .get("$ref")
                .and_then(|e| e.node.as_str())
                .and_then(|r| r.strip_prefix('#'))
                .and_then(|p| self.api.doc.pointer(p));
            let redundant = |k: &str| {
                let Some(v) = m.get(k).map(|e| &e.node) else {
                    return false;
                };
                match (k, v.as_bool()) {
                    ("additionalProperties", Some(true)) => true,
                    ("nullable" | "readOnly" | "writeOnly" | "deprecated", Some(false)) => true,
                    _ => target
                        .and_then(|t| t.get(k))
                        .is_some_and(|tv| tv.to_json() == v.to_json()),
                }
            };
            let ignored: Vec<&str> = m
                .keys()
                .map(|k| k.as_str())
                .filter(|k| !KEPT_BESIDE_REF_30.contains(k) && !k.starts_with("x-"))
                .filter(|k| !redundant(k))
                .collect();
            if !ignored.is_empty() {
                let at = m.get(ignored[0]).map_or(s.loc, |e| e.key_loc);
                let dialect = if self.api.version == crate::ingest::SpecVersion::Swagger2 {
                    "Swagger 2.0"
                } else {
                    "OpenAPI 3.0"
                };
                self.diags.push(
                    codes::UNMODELLED
                        .diag(format!(
                            "{} beside `$ref` {} ignored: in {dialect} a `$ref` stands for its target alone",
                            ignored.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", "),
                            if ignored.len() == 1 { "is" } else { "are" }
                        ))
                        .at(at, "ignored")
                        .pointer(pointer_join(ptr, ignored[0]))
                        .help("to constrain the referenced schema, write `allOf: [{$ref: …}]` with the constraints beside `allOf`"),
                );
            }
        }
        let get = |k: &str| {
            if beside_ref && !KEPT_BESIDE_REF_30.contains(&k) {
                return None;
            }
            m.get(k).map(|e| &e.node)
        };
        if let Some(r) = get("$ref").and_then(Node::as_str) {
            let node = get("$ref").expect("present");
            s.reference = self.ref_target(r, node);
        }
        // type: string | [string, 'null']
        match get("type").map(|t| &t.value) {
            Some(Value::String(t)) => self.add_type(s, t, get("type").expect("present"), ptr),
            Some(Value::Seq(ts)) => {
                for t in ts {
                    if let Some(tn) = t.as_str() {
                        self.add_type(s, tn, t, ptr);
                    }
                }
            }
            _ => {}
        }
        if get("nullable").and_then(Node::as_bool) == Some(true) {
            s.nullable = true;
        }
        s.title = text(get("title")).map(String::into_boxed_str);
        s.description = text(get("description")).map(String::into_boxed_str);
        s.format = text(get("format")).map(String::into_boxed_str);
        s.pattern = text(get("pattern")).map(String::into_boxed_str);
        let mut b = Bounds {
            min_length: u64_of(get("minLength")),
            max_length: u64_of(get("maxLength")),
            minimum: f64_of(get("minimum")),
            maximum: f64_of(get("maximum")),
            multiple_of: f64_of(get("multipleOf")),
            min_items: u64_of(get("minItems")),
            max_items: u64_of(get("maxItems")),
            min_properties: u64_of(get("minProperties")),
            max_properties: u64_of(get("maxProperties")),
            min_contains: u64_of(get("minContains")),
            max_contains: u64_of(get("maxContains")),
            ..Bounds::NONE
        };
        match get("exclusiveMinimum") {
            Some(n) if n.as_bool() == Some(true) => b.exclusive_minimum = b.minimum.take(),
            Some(n) => b.exclusive_minimum = f64_of(Some(n)),
            None => {}
        }
        match get("exclusiveMaximum") {
            Some(n) if n.as_bool() == Some(true) => b.exclusive_maximum = b.maximum.take(),
            Some(n) => b.exclusive_maximum = f64_of(Some(n)),
            None => {}
        }
        s.set_bounds(b);
        s.unique_items = get("uniqueItems").and_then(Node::as_bool) == Some(true);
        s.read_only = get("readOnly").and_then(Node::as_bool) == Some(true);
        s.write_only = get("writeOnly").and_then(Node::as_bool) == Some(true);
        s.deprecated = get("deprecated").and_then(Node::as_bool) == Some(true);
        s.default = get("default").cloned().map(Box::new);
        if let Some(e) = get("enum").and_then(Node::as_seq) {
            s.enum_values = Some(e.iter().cloned().collect());
        }
        if let Some(c) = get("const") {
            s.enum_values = Some(thin_vec::thin_vec![c.clone()]);
            s.is_const = true;
        }
        if s.enum_values
            .as_ref()
            .is_some_and(|v| v.iter().any(|x| x.value == Value::Null))
        {
            s.nullable = true;
        }
        // examples: `example` (3.0) and `examples: [..]` (3.1)
        if let Some(v) = get("example") {
            s.examples.push(Example {
                name: None,
                value: v.clone(),
                source: ExampleSource::Schema,
                pointer: pointer_join(ptr, "example").into(),
            });
        }
        if let Some(vs) = get("examples").and_then(Node::as_seq) {
            for (i, v) in vs.iter().enumerate() {
                s.examples.push(Example {
                    name: None,
                    value: v.clone(),
                    source: ExampleSource::Schema,
                    pointer: format!("{ptr}/examples/{i}").into(),
                });
            }
        }
        // Children.
        if let Some(pm) = get("properties").and_then(Node::as_map) {
            let base = pointer_join(ptr, "properties");
            for (pname, pe) in pm {
                let id = self.child(&base, pname, &pe.node, name, pname);
                let description = pe
                    .node
                    .get("$ref")
                    .and(pe.node.get("description"))
                    .and_then(Node::as_text)
                    .map(Box::from);
                s.properties.insert(
                    pname.clone(),
                    Property {
                        schema: id,
                        required: false,
                        key_loc: pe.key_loc,
                        description,
                    },
                );
            }
        }
        if let Some(req) = get("required").and_then(Node::as_seq) {
            for r in req {
                if let Some(n) = r.as_text() {
                    s.required.push((n.to_string(), r.loc));
                    if let Some(p) = s.properties.get_mut(n) {
                        p.required = true;
                    }
                }
            }
        }
        match get("items") {
            Some(Node {
                value: Value::Seq(items),
                ..
            }) => {
                // Draft-4 style tuple `items: [..]`; `additionalItems` is then the rest.
                let base = pointer_join(ptr, "items");
                for (i, it) in items.iter().enumerate() {
                    let id = self.child(&base, &i.to_string(), it, name, &format!("item{i}"));
                    s.prefix_items.push(id);
                }
                if let Some(n) = get("additionalItems") {
                    s.items = Some(self.child(ptr, "additionalItems", n, name, "rest"));
                }
            }
            Some(n) => s.items = Some(self.child(ptr, "items", n, name, "item")),
            None => {}
        }
        if let Some(items) = get("prefixItems").and_then(Node::as_seq) {
            let base = pointer_join(ptr, "prefixItems");
            for (i, it) in items.iter().enumerate() {
                let id = self.child(&base, &i.to_string(), it, name, &format!("item{i}"));
                s.prefix_items.push(id);
            }
        }
        match get("additionalProperties") {
            None => {}
            Some(n) if n.as_bool() == Some(true) => s.additional = Additional::Any,
            Some(n) if n.as_bool() == Some(false) => s.additional = Additional::Forbidden,
            Some(n) if n.as_map().is_some_and(|m| m.is_empty()) => s.additional = Additional::Any,
            Some(n) => {
                s.additional =
                    Additional::Schema(self.child(ptr, "additionalProperties", n, name, "value"))
            }
        }
        for (key, slot) in [("allOf", 0), ("anyOf", 1), ("oneOf", 2)] {
            let Some(items) = get(key).and_then(Node::as_seq) else {
                continue;
            };
            let base = pointer_join(ptr, key);
            let mut ids = Vec::new();
            for (i, it) in items.iter().enumerate() {
                // 3.1's nullable `$ref`: a `{type: 'null'}` branch.
                if slot > 0 && is_null_schema(it) {
                    s.nullable = true;
                    s.null_branch = if slot == 1 {
                        NullBranch::AnyOf
                    } else {
                        NullBranch::OneOf
                    };
                    continue;
                }
                ids.push(self.child(&base, &i.to_string(), it, name, &format!("variant{i}")));
            }
            match slot {
                0 => s.all_of = ids.into(),
                1 => s.any_of = ids.into(),
                _ => s.one_of = ids.into(),
            }
        }
        // `anyOf: [$ref, {type: null}]` is a nullable reference.
        for (branch, folded) in [
            (&mut s.any_of, NullBranch::AnyOfFolded),
            (&mut s.one_of, NullBranch::OneOfFolded),
        ] {
            if branch.len() == 1 && s.nullable && s.reference.is_none() && s.types.is_empty() {
                s.reference = branch.pop();
                if s.null_branch != NullBranch::None {
                    s.null_branch = folded;
                }
            }
        }
        let mut a = Applicators::default();
        let one = |b: &mut Self, key: &str, part: &str| {
            get(key).map(|n| b.child(ptr, key, n, name, part))
        };
        a.not = one(self, "not", "not");
        a.if_ = one(self, "if", "if");
        a.then = one(self, "then", "then");
        a.else_ = one(self, "else", "else");
        a.property_names = one(self, "propertyNames", "name");
        a.contains = one(self, "contains", "contained");
        a.unevaluated_items = one(self, "unevaluatedItems", "unevaluated_item");
        a.unevaluated_properties = one(self, "unevaluatedProperties", "unevaluated_value");
        if let Some(pm) = get("patternProperties").and_then(Node::as_map) {
            let base = pointer_join(ptr, "patternProperties");
            for (i, (pattern, e)) in pm.iter().enumerate() {
                let id = self.child(&base, pattern, &e.node, name, &format!("pattern{i}"));
                a.pattern_properties.push((pattern.to_string(), id));
            }
        }
        let dependencies = |b: &mut Self, key: &str, a: &mut Applicators| {
            let Some(dm) = get(key).and_then(Node::as_map) else {
                return;
            };
            let base = pointer_join(ptr, key);
            for (prop, e) in dm {
                match e.node.as_seq() {
                    // A list: the properties that must come with this one.
                    Some(names) => a.dependent_required.push((
                        prop.to_string(),
                        names
                            .iter()
                            .filter_map(|n| n.as_text().map(str::to_string))
                            .collect(),
                    )),
                    None => {
                        let id = b.child(&base, prop, &e.node, name, &format!("with_{prop}"));
                        a.dependent_schemas.push((prop.to_string(), id));
                    }
                }
            }
        };
        dependencies(self, "dependentRequired", &mut a);
        dependencies(self, "dependentSchemas", &mut a);
        if draft4 {
            dependencies(self, "dependencies", &mut a);
        }
        if let Some(r) = get("$dynamicRef").and_then(Node::as_str)
            && let Some(initial) = self.ref_target(r, get("$dynamicRef").expect("present"))
        {
            let anchor = self
                .api
                .resources
                .dynamic_refs
                .iter()
                .find(|(p, _)| p == ptr)
                .map(|(_, a)| a.clone());
            match anchor {
                Some(anchor) => a.dynamic_ref = Some(DynamicRef { initial, anchor }),
                // Not dynamic: a `$ref` by another name.
                None if s.reference.is_none() => s.reference = Some(initial),
                None => s.all_of.push(initial),
            }
        }
        s.set_applicators(a);
        if let Some(d) = get("discriminator")
            && let Some(prop) = text(d.get("propertyName"))
        {
            let mapping = d
                .get("mapping")
                .and_then(Node::as_map)
                .map(|mm| {
                    mm.iter()
                        .filter_map(|(k, e)| {
                            e.node.as_text().map(|v| (k.to_string(), v.to_string()))
                        })
                        .collect()
                })
                .unwrap_or_default();
            s.discriminator = Some(Box::new(Discriminator {
                property: prop,
                mapping,
                default_mapping: text(d.get("defaultMapping")),
            }));
        }
        for (k, e) in m {
            if k.starts_with("x-") {
                s.extensions.push((k.to_string(), e.node.clone()));
            } else if !(MODELLED.contains(&k.as_str())
                || draft4 && matches!(k.as_str(), "dependencies" | "additionalItems"))
            {
                s.unmodelled.push(k.to_string());
                if SEMANTIC_UNMODELLED.contains(&k.as_str()) {
                    self.diags.push(
                        codes::UNMODELLED
                            .diag(format!(
                                "`{k}` is kept in the document but not modelled; lint and codegen treat this schema as if `{k}` were absent"
                            ))
                            .at(e.key_loc, "not modelled")
                            .pointer(pointer_join(ptr, k))
                            .help("generated code accepts a superset of the valid data here; validate it yourself if it matters"),
                    );
                }
            }
        }
    }

    fn add_type(&mut self, s: &mut Schema, t: &str, at: &Node, ptr: &str) {
        if t == "null" {
            s.nullable = true;
            s.types.push_null();
            return;
        }
        match JsonType::parse(t) {
            Some(jt) if !s.types.contains(&jt) => s.types.push(jt),
            Some(_) => {}
            None => self.diags.push(
                codes::SHAPE
                    .diag(format!(
                        "unknown schema type `{t}`; expected one of null, boolean, integer, number, string, array, object"
                    ))
                    .at(at.loc, "this type")
                    .pointer(pointer_join(ptr, "type")),
            ),
        }
    }

    /// Reports `$ref` chains that loop without reaching content (`A → B → A`).
    fn check_ref_cycles(&mut self) {
        for i in 0..self.schemas.len() {
            let mut id = SchemaId(i as u32);
            let mut seen = vec![id];
            while let Some(t) = {
                let s = &self.schemas[id.0 as usize];
                if s.is_pure_ref() { s.reference } else { None }
            } {
                if seen.contains(&t) {
                    if t.0 as usize == i {
                        let s = &self.schemas[i];
                        self.diags.push(
                            codes::REF_CYCLE
                                .diag(format!("schema `{}` is a `$ref` chain that refers back to itself without defining anything", s.pointer))
                                .at(s.loc, "this schema")
                                .pointer(&*s.pointer)
                                .help("recursive schemas are fine, but some schema in the chain must have content"),
                        );
                    }
                    break;
                }
                seen.push(t);
                id = t;
            }
        }
    }

    /// Records, on each schema, the values that examples of enclosing bodies put there, so a
    /// docs page's `"GrantType": "a,b"` becomes evidence about the `GrantType` schema.
    fn collect_instances(&mut self, ops: &[Operation]) {
        let mut found: Vec<(SchemaId, Example)> = Vec::new();
        let bodies = ops.iter().flat_map(|o| {
            o.request_body
                .iter()
                .flat_map(|b| b.content.iter())
                .chain(o.responses.iter().flat_map(|r| r.content.iter()))
        });
        let mut touched = Vec::new();
        // (schema, example pointer) already recorded: a set, since a schema that thousands of
        // docs-page examples reach would otherwise be searched once per example (quadratic:
        // 4,000 curl examples took 7 s, 20,000 several minutes).
        let mut seen: std::collections::HashSet<(SchemaId, Box<str>)> = Default::default();
        let mut known: std::collections::HashSet<SchemaId> = Default::default();
        for mt in bodies {
            let Some(schema) = mt.schema else {
                continue;
            };
            for ex in &mt.examples {
                let mut pointer = ex.pointer.to_string();
                // One example's scalars at a time: the buffer stays small on specs with
                // thousands of examples.
                self.walk_instance(schema, &ex.value, ex, &mut pointer, &mut found, 0);
                for (id, ex) in found.drain(..) {
                    let s = &mut self.schemas[id.0 as usize];
                    if known.insert(id) {
                        seen.extend(s.examples.iter().map(|e| (id, e.pointer.clone())));
                    }
                    if seen.insert((id, ex.pointer.clone())) {
                        s.examples.push(ex);
                        touched.push(id);
                    }
                }
            }
        }
        touched.sort_unstable();
        touched.dedup();
        for id in touched {
            self.schemas[id.0 as usize].examples.shrink_to_fit();
        }
    }

    /// Walks example value `v` against schema `id`; at each scalar reached below the top,
    /// records an example (only the scalar is copied: cloning subtrees per level is quadratic).
    fn walk_instance(
        &self,
        id: SchemaId,
        v: &Node,
        origin: &Example,
        pointer: &mut String,
        out: &mut Vec<(SchemaId, Example)>,
        depth: usize,
    ) {
        if depth > 64 {
            return;
        }
        let mut sid = id;
        for _ in 0..64 {
            let s = &self.schemas[sid.0 as usize];
            match s.reference {
                Some(t) if s.is_pure_ref() => sid = t,
                _ => break,
            }
        }
        let s = &self.schemas[sid.0 as usize];
        let len = pointer.len();
        match &v.value {
            Value::Map(m) => {
                for (k, e) in m.iter() {
                    if let Some(p) = s.properties.get(k.as_str()) {
                        pointer.push('/');
                        crate::tree::push_pointer_token(pointer, k);
                        self.walk_instance(p.schema, &e.node, origin, pointer, out, depth + 1);
                        pointer.truncate(len);
                    }
                }
                for &part in &s.all_of {
                    self.walk_instance(part, v, origin, pointer, out, depth + 1);
                }
                if let Some(r) = s.reference {
                    self.walk_instance(r, v, origin, pointer, out, depth + 1);
                }
            }
            Value::Seq(items) => {
                if let Some(it) = s.items {
                    for (i, n) in items.iter().enumerate() {
                        pointer.push('/');
                        pointer.push_str(&i.to_string());
                        self.walk_instance(it, n, origin, pointer, out, depth + 1);
                        pointer.truncate(len);
                    }
                }
            }
            _ => {
                if depth > 0 {
                    out.push((
                        sid,
                        Example {
                            name: origin.name.clone(),
                            value: v.clone(),
                            source: origin.source,
                            pointer: pointer.as_str().into(),
                        },
                    ));
                }
            }
        }
    }
}

/// The name of the schema at `frag`: a component's own, or the last pointer token.
fn name_of(frag: &str) -> SchemaName {
    match frag.strip_prefix("/components/schemas/") {
        Some(n) if !n.contains('/') => {
            SchemaName::Component(crate::tree::unescape_pointer_token(n).into())
        }
        _ => SchemaName::Inline(NameParts::new(
            frag.rsplit('/')
                .next()
                .map(crate::tree::unescape_pointer_token),
        )),
    }
}

/// The `$ref` of a schema that is nothing but a reference (annotations aside).
fn bare_ref(node: &Node) -> Option<&str> {
    let m = node.as_map()?;
    let r = m.get("$ref")?.node.as_str()?;
    m.keys()
        .all(|k| matches!(k.as_str(), "$ref" | "description" | "summary" | "title"))
        .then_some(r)
}

fn is_null_schema(n: &Node) -> bool {
    n.as_map().is_some_and(|m| m.len() == 1) && n.get("type").and_then(Node::as_str) == Some("null")
}

fn security_scheme(n: &Node) -> SecurityScheme {
    let ty = n.get("type").and_then(Node::as_text).unwrap_or("");
    let kind = match ty {
        "apiKey" => SecurityKind::ApiKey {
            name: text(n.get("name")).unwrap_or_default(),
            location: match n.get("in").and_then(Node::as_str) {
                Some("query") => ParamLocation::Query,
                Some("cookie") => ParamLocation::Cookie,
                _ => ParamLocation::Header,
            },
        },
        "http" => SecurityKind::Http {
            scheme: text(n.get("scheme"))
                .unwrap_or_default()
                .to_ascii_lowercase(),
            bearer_format: text(n.get("bearerFormat")),
        },
        "oauth2" => SecurityKind::OAuth2 {
            flows: n
                .get("flows")
                .and_then(Node::as_map)
                .map(|m| m.keys().map(|k| k.to_string()).collect())
                .unwrap_or_default(),
        },
        "openIdConnect" => SecurityKind::OpenIdConnect {
            url: text(n.get("openIdConnectUrl")).unwrap_or_default(),
        },
        "mutualTLS" => SecurityKind::MutualTls,
        other => SecurityKind::Unknown {
            declared: other.to_string(),
        },
    };
    SecurityScheme {
        kind,
        description: text(n.get("description")),
        loc: n.loc,
    }
}
