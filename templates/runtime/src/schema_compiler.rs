//! A compiler from standalone JSON Schema documents (draft 2020-12 or draft 4, as
//! `serde_json` values) to the evaluator's [`Rules`] tables: identifiers, anchors, dynamic
//! anchors, JSON-pointer fragments and other documents given by the caller.
//!
//! The model's schemas reach the evaluator through specforge's planner instead; this is for
//! schemas that are data of their own: the official OpenAPI document schemas lint checks
//! documents against, and the JSON Schema Test Suite that judges the evaluator. It is not part
//! of the runtime generated crates copy: specforge and the runtime's suite test include this
//! file by path, each beside a `runtime` module that is the evaluator.

use super::runtime::{
    Access, Format, Keyword, Lit, Patterns, Resource, Rule, Rules, compile_pattern, ty,
};
use serde_json::Value;
use std::collections::HashMap;

/// Which JSON Schema a document is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Draft {
    /// Draft 4 (OpenAPI 3.0's Schema Objects).
    D4,
    /// Draft 2020-12 (OpenAPI 3.1 and later).
    D2020,
}

// ---------------------------------------------------------------------------------------------
// URIs (RFC 3986 section 5)

#[derive(Default, Debug)]
struct UriParts {
    scheme: Option<String>,
    authority: Option<String>,
    path: String,
    query: Option<String>,
    fragment: Option<String>,
}

fn parse_uri(s: &str) -> UriParts {
    let (rest, fragment) = match s.split_once('#') {
        Some((r, f)) => (r, Some(f.to_string())),
        None => (s, None),
    };
    let (rest, query) = match rest.split_once('?') {
        Some((r, q)) => (r, Some(q.to_string())),
        None => (rest, None),
    };
    let mut scheme = None;
    let mut rest = rest;
    if let Some(i) = rest.find(':') {
        let candidate = &rest[..i];
        if candidate
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
            && candidate
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        {
            scheme = Some(candidate.to_string());
            rest = &rest[i + 1..];
        }
    }
    let mut authority = None;
    if let Some(after) = rest.strip_prefix("//") {
        let end = after.find('/').unwrap_or(after.len());
        authority = Some(after[..end].to_string());
        rest = &after[end..];
    }
    UriParts {
        scheme,
        authority,
        path: rest.to_string(),
        query,
        fragment,
    }
}

fn remove_dot_segments(path: &str) -> String {
    let mut input = path.to_string();
    let mut out = String::new();
    while !input.is_empty() {
        if let Some(r) = input.strip_prefix("../") {
            input = r.to_string();
        } else if let Some(r) = input.strip_prefix("./") {
            input = r.to_string();
        } else if input.starts_with("/./") {
            input = input[2..].to_string();
        } else if input == "/." {
            input = "/".into();
        } else if input.starts_with("/../") || input == "/.." {
            input = if input == "/.." {
                "/".into()
            } else {
                input[3..].to_string()
            };
            match out.rfind('/') {
                Some(i) => out.truncate(i),
                None => out.clear(),
            }
        } else if input == "." || input == ".." {
            input.clear();
        } else {
            let start = usize::from(input.starts_with('/'));
            let end = input[start..]
                .find('/')
                .map(|i| i + start)
                .unwrap_or(input.len());
            out.push_str(&input[..end]);
            input = input[end..].to_string();
        }
    }
    out
}

fn compose(p: &UriParts) -> String {
    let mut s = String::new();
    if let Some(sc) = &p.scheme {
        s.push_str(sc);
        s.push(':');
    }
    if let Some(a) = &p.authority {
        s.push_str("//");
        s.push_str(a);
    }
    s.push_str(&p.path);
    if let Some(q) = &p.query {
        s.push('?');
        s.push_str(q);
    }
    if let Some(f) = &p.fragment {
        s.push('#');
        s.push_str(f);
    }
    s
}

/// `reference` resolved against `base` (RFC 3986 section 5.2).
pub fn resolve_uri(base: &str, reference: &str) -> String {
    let r = parse_uri(reference);
    let b = parse_uri(base);
    let t = if r.scheme.is_some() {
        UriParts {
            path: remove_dot_segments(&r.path),
            ..r
        }
    } else if r.authority.is_some() {
        UriParts {
            scheme: b.scheme,
            path: remove_dot_segments(&r.path),
            ..r
        }
    } else if r.path.is_empty() {
        UriParts {
            scheme: b.scheme,
            authority: b.authority,
            path: b.path,
            query: r.query.or(b.query),
            fragment: r.fragment,
        }
    } else {
        let path = if r.path.starts_with('/') {
            remove_dot_segments(&r.path)
        } else {
            let merged = if b.authority.is_some() && b.path.is_empty() {
                format!("/{}", r.path)
            } else {
                match b.path.rfind('/') {
                    Some(i) => format!("{}{}", &b.path[..=i], r.path),
                    None => r.path.clone(),
                }
            };
            remove_dot_segments(&merged)
        };
        UriParts {
            scheme: b.scheme,
            authority: b.authority,
            path,
            query: r.query,
            fragment: r.fragment,
        }
    };
    compose(&t)
}

/// A URI without its fragment, and the fragment.
fn split_fragment(uri: &str) -> (&str, &str) {
    uri.split_once('#').unwrap_or((uri, ""))
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        if b[i] == b'%'
            && let (Some(h), Some(l)) = (
                b.get(i + 1).copied().and_then(hex),
                b.get(i + 2).copied().and_then(hex),
            )
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn escape_token(k: &str) -> String {
    k.replace('~', "~0").replace('/', "~1")
}

// ---------------------------------------------------------------------------------------------
// The compiler

type Loc = (usize, String);

fn leak<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

fn leak_str(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

/// Keywords of the validation vocabulary, dropped under a meta-schema without it.
const VALIDATION_VOCABULARY: &[&str] = &[
    "type",
    "enum",
    "const",
    "multipleOf",
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
    "maxContains",
    "minContains",
    "maxProperties",
    "minProperties",
    "required",
    "dependentRequired",
];

struct Compiler<'r> {
    draft: Draft,
    remote: &'r dyn Fn(&str) -> Option<Value>,
    docs: Vec<&'static Value>,
    /// Whether the validation vocabulary applies in each document.
    validation: Vec<bool>,
    /// Resource URI (no fragment) → its root.
    resources: HashMap<String, Loc>,
    /// `uri#name` → the schema with that anchor (`$anchor`, `$dynamicAnchor`, draft 4 `id: #x`).
    anchors: HashMap<String, Loc>,
    /// Each resource's dynamic anchors.
    dynamic: HashMap<String, Vec<(String, Loc)>>,
    /// Base URI and resource of every indexed schema.
    base_at: HashMap<Loc, String>,
    resource_at: HashMap<Loc, String>,
    /// Schemas that start a resource, and the resource.
    roots: HashMap<Loc, String>,
    rules: Vec<Rule<'static>>,
    rule_of: HashMap<Loc, u32>,
    wrapper_of: HashMap<Loc, u32>,
    pending: Vec<(u32, Loc)>,
    resource_index: HashMap<String, u32>,
    resource_uris: Vec<String>,
    patterns: Vec<&'static str>,
}

impl<'r> Compiler<'r> {
    fn new(draft: Draft, remote: &'r dyn Fn(&str) -> Option<Value>) -> Self {
        Compiler {
            draft,
            remote,
            docs: Vec::new(),
            validation: Vec::new(),
            resources: HashMap::new(),
            anchors: HashMap::new(),
            dynamic: HashMap::new(),
            base_at: HashMap::new(),
            resource_at: HashMap::new(),
            roots: HashMap::new(),
            rules: Vec::new(),
            rule_of: HashMap::new(),
            wrapper_of: HashMap::new(),
            pending: Vec::new(),
            resource_index: HashMap::new(),
            resource_uris: Vec::new(),
            patterns: Vec::new(),
        }
    }

    fn add_doc(&mut self, value: Value, uri: &str) -> usize {
        let value: &'static Value = Box::leak(Box::new(value));
        let doc = self.docs.len();
        self.docs.push(value);
        let validation = self.vocabulary_has_validation(value);
        self.validation.push(validation);
        let (uri, _) = split_fragment(uri);
        self.resources
            .entry(uri.to_string())
            .or_insert((doc, String::new()));
        self.roots.insert((doc, String::new()), uri.to_string());
        self.index(doc, value, String::new(), uri.to_string(), uri.to_string());
        doc
    }

    /// Whether the document's meta-schema, when `remote` has it, includes the validation
    /// vocabulary.
    fn vocabulary_has_validation(&self, root: &Value) -> bool {
        let Some(meta) = root.get("$schema").and_then(Value::as_str) else {
            return true;
        };
        let Some(meta) = (self.remote)(split_fragment(meta).0) else {
            return true;
        };
        match meta.get("$vocabulary").and_then(Value::as_object) {
            Some(vocab) => vocab.keys().any(|k| k.ends_with("/vocab/validation")),
            None => true,
        }
    }

    /// Records identifiers, anchors and bases of every schema in `v`.
    fn index(&mut self, doc: usize, v: &'static Value, ptr: String, base: String, res: String) {
        let Value::Object(o) = v else {
            self.base_at.insert((doc, ptr.clone()), base);
            self.resource_at.insert((doc, ptr), res);
            return;
        };
        let loc: Loc = (doc, ptr.clone());
        let mut base = base;
        let mut res = res;
        let d4_ref = self.draft == Draft::D4 && o.contains_key("$ref");
        let id_key = if self.draft == Draft::D4 { "id" } else { "$id" };
        if let Some(id) = o.get(id_key).and_then(Value::as_str)
            && !d4_ref
        {
            if self.draft == Draft::D4 && id.starts_with('#') {
                let anchor = format!("{}{}", split_fragment(&base).0, id);
                self.anchors.insert(anchor, loc.clone());
            } else {
                let resolved = resolve_uri(&base, id);
                let (uri, fragment) = split_fragment(&resolved);
                if !fragment.is_empty() {
                    self.anchors.insert(resolved.clone(), loc.clone());
                }
                base = uri.to_string();
                res = uri.to_string();
                self.resources.insert(uri.to_string(), loc.clone());
                self.roots.insert(loc.clone(), uri.to_string());
            }
        }
        if self.draft == Draft::D2020 {
            if let Some(a) = o.get("$anchor").and_then(Value::as_str) {
                self.anchors.insert(format!("{base}#{a}"), loc.clone());
            }
            if let Some(a) = o.get("$dynamicAnchor").and_then(Value::as_str) {
                self.anchors.insert(format!("{base}#{a}"), loc.clone());
                self.dynamic
                    .entry(res.clone())
                    .or_default()
                    .push((a.to_string(), loc.clone()));
            }
        }
        self.base_at.insert(loc.clone(), base.clone());
        self.resource_at.insert(loc, res.clone());
        if d4_ref {
            return;
        }
        let (single, lists, maps): (&[&str], &[&str], &[&str]) = match self.draft {
            Draft::D2020 => (
                &[
                    "additionalProperties",
                    "propertyNames",
                    "items",
                    "contains",
                    "not",
                    "if",
                    "then",
                    "else",
                    "unevaluatedItems",
                    "unevaluatedProperties",
                    "contentSchema",
                ],
                &["allOf", "anyOf", "oneOf", "prefixItems"],
                &[
                    "properties",
                    "patternProperties",
                    "$defs",
                    "definitions",
                    "dependentSchemas",
                    "dependencies",
                ],
            ),
            Draft::D4 => (
                &["additionalProperties", "additionalItems", "not", "items"],
                &["allOf", "anyOf", "oneOf", "items"],
                &[
                    "properties",
                    "patternProperties",
                    "definitions",
                    "dependencies",
                ],
            ),
        };
        for (k, child) in o {
            let child_ptr = format!("{ptr}/{}", escape_token(k));
            if single.contains(&k.as_str()) && (child.is_object() || child.is_boolean()) {
                self.index(doc, child, child_ptr.clone(), base.clone(), res.clone());
            }
            if lists.contains(&k.as_str())
                && let Value::Array(items) = child
            {
                for (i, x) in items.iter().enumerate() {
                    self.index(
                        doc,
                        x,
                        format!("{child_ptr}/{i}"),
                        base.clone(),
                        res.clone(),
                    );
                }
            }
            if maps.contains(&k.as_str())
                && let Value::Object(m) = child
            {
                for (name, x) in m {
                    if x.is_object() || x.is_boolean() {
                        let p = format!("{child_ptr}/{}", escape_token(name));
                        self.index(doc, x, p, base.clone(), res.clone());
                    }
                }
            }
        }
    }

    fn value(&self, loc: &Loc) -> Option<&'static Value> {
        let doc: &'static Value = self.docs[loc.0];
        if loc.1.is_empty() {
            Some(doc)
        } else {
            doc.pointer(&loc.1)
        }
    }

    /// The base URI and resource at a location; for one not indexed (inside an unknown
    /// keyword), from the identifiers along its pointer.
    fn base_and_resource(&self, loc: &Loc) -> (String, String) {
        if let (Some(b), Some(r)) = (self.base_at.get(loc), self.resource_at.get(loc)) {
            return (b.clone(), r.clone());
        }
        let mut best = (0, String::new());
        for (l, b) in &self.base_at {
            if l.0 == loc.0
                && (loc.1 == l.1 || loc.1.starts_with(&format!("{}/", l.1)))
                && (l.1.len() >= best.0 || best.1.is_empty())
            {
                best = (l.1.len(), b.clone());
            }
        }
        let res = self
            .resource_at
            .iter()
            .filter(|(l, _)| l.0 == loc.0 && loc.1.starts_with(&l.1))
            .max_by_key(|(l, _)| l.1.len())
            .map(|(_, r)| r.clone())
            .unwrap_or_default();
        (best.1, res)
    }

    /// The resource registered at `uri`, loading a remote document when needed.
    fn resource(&mut self, uri: &str) -> Option<Loc> {
        if let Some(l) = self.resources.get(uri) {
            return Some(l.clone());
        }
        let value = (self.remote)(uri)?;
        self.add_doc(value, uri);
        self.resources.get(uri).cloned()
    }

    /// The location `reference` names from a schema with base `base`, and the anchor name
    /// when its fragment is one.
    fn locate(&mut self, base: &str, reference: &str) -> Result<(Loc, Option<String>), String> {
        let absolute = resolve_uri(base, reference);
        let (uri, fragment) = split_fragment(&absolute);
        let fragment = percent_decode(fragment);
        let root = self
            .resource(uri)
            .ok_or_else(|| format!("no document at `{uri}` (from `{reference}`)"))?;
        if fragment.is_empty() {
            return Ok((root, None));
        }
        if fragment.starts_with('/') {
            let loc = (root.0, format!("{}{}", root.1, fragment));
            if self.value(&loc).is_none() {
                return Err(format!("nothing at `{absolute}`"));
            }
            return Ok((loc, None));
        }
        let key = format!("{uri}#{fragment}");
        self.anchors
            .get(&key)
            .cloned()
            .map(|l| (l, Some(fragment)))
            .ok_or_else(|| format!("no anchor `{key}`"))
    }

    fn resource_idx(&mut self, uri: &str) -> u32 {
        if let Some(&i) = self.resource_index.get(uri) {
            return i;
        }
        let i = self.resource_uris.len() as u32;
        self.resource_uris.push(uri.to_string());
        self.resource_index.insert(uri.to_string(), i);
        i
    }

    fn rule_for(&mut self, loc: Loc) -> u32 {
        if let Some(&i) = self.rule_of.get(&loc) {
            return i;
        }
        let i = self.rules.len() as u32;
        self.rules.push(Rule {
            keywords: &[],
            resource: None,
        });
        self.rule_of.insert(loc.clone(), i);
        self.pending.push((i, loc));
        i
    }

    /// A rule applying the schema at `loc` from a reference: entering its resource first when
    /// `loc` lies inside one without starting it (the dynamic scope includes the resources a
    /// reference lands in).
    fn reference_rule(&mut self, loc: Loc) -> u32 {
        let target = self.rule_for(loc.clone());
        if self.roots.contains_key(&loc) {
            return target;
        }
        if let Some(&w) = self.wrapper_of.get(&loc) {
            return w;
        }
        let (_, res) = self.base_and_resource(&loc);
        let r = self.resource_idx(&res);
        let w = self.rules.len() as u32;
        self.rules.push(Rule {
            keywords: leak(vec![Keyword::Ref(target)]),
            resource: Some(r),
        });
        self.wrapper_of.insert(loc, w);
        w
    }

    fn compile_all(&mut self) -> Result<(), String> {
        let mut done_resources = 0;
        loop {
            while let Some((i, loc)) = self.pending.pop() {
                let rule = self.compile(&loc)?;
                self.rules[i as usize] = rule;
            }
            if done_resources == self.resource_uris.len() {
                return Ok(());
            }
            // Dynamic anchors of each resource entered, as rules.
            while done_resources < self.resource_uris.len() {
                let uri = self.resource_uris[done_resources].clone();
                for (_, loc) in self.dynamic.get(&uri).cloned().unwrap_or_default() {
                    self.rule_for(loc);
                }
                done_resources += 1;
            }
        }
    }

    fn lit(v: &'static Value) -> Lit<'static> {
        match v {
            Value::Null => Lit::Null,
            Value::Bool(b) => Lit::Bool(*b),
            Value::Number(n) => match n.as_i64() {
                Some(i) => Lit::Int(i),
                None => Lit::Number(n.as_f64().unwrap_or(0.0)),
            },
            Value::String(s) => Lit::Str(s),
            Value::Array(a) => Lit::Array(leak(a.iter().map(Self::lit).collect())),
            Value::Object(m) => Lit::Object(leak(
                m.iter().map(|(k, x)| (k.as_str(), Self::lit(x))).collect(),
            )),
        }
    }

    fn pattern(&mut self, source: &str) -> Option<u16> {
        // As generated servers and lint do: the table holds the pattern as written, and
        // `Patterns` reads it as ECMA-262 means it.
        compile_pattern(source).ok()?;
        let i = self.patterns.len() as u16;
        self.patterns.push(leak_str(source));
        Some(i)
    }

    fn compile(&mut self, loc: &Loc) -> Result<Rule<'static>, String> {
        let v = self
            .value(loc)
            .ok_or_else(|| format!("no schema at {loc:?}"))?;
        let resource = self
            .roots
            .get(loc)
            .cloned()
            .map(|uri| self.resource_idx(&uri));
        let o = match v {
            Value::Bool(true) => {
                return Ok(Rule {
                    keywords: &[],
                    resource,
                });
            }
            Value::Bool(false) => {
                return Ok(Rule {
                    keywords: leak(vec![Keyword::Never]),
                    resource,
                });
            }
            Value::Object(o) => o,
            _ => {
                return Ok(Rule {
                    keywords: &[],
                    resource,
                });
            }
        };
        let (base, _) = self.base_and_resource(loc);
        let child = |k: &str| (loc.0, format!("{}/{}", loc.1, escape_token(k)));
        let mut kws: Vec<Keyword<'static>> = Vec::new();
        let d4 = self.draft == Draft::D4;
        let validation = self.validation[loc.0];
        let has =
            |k: &str| (validation || !VALIDATION_VOCABULARY.contains(&k)) && o.contains_key(k);
        let num = |k: &str| o.get(k).and_then(Value::as_f64).filter(|_| has(k));
        let count = |k: &str| num(k).map(|f| f.max(0.0) as u64);

        if let Some(r) = o.get("$ref").and_then(Value::as_str) {
            let (target, _) = self.locate(&base, r)?;
            let rule = self.reference_rule(target);
            kws.push(Keyword::Ref(rule));
            if d4 {
                return Ok(Rule {
                    keywords: leak(kws),
                    resource,
                });
            }
        }
        if !d4 && let Some(r) = o.get("$dynamicRef").and_then(Value::as_str) {
            let (target, anchor) = self.locate(&base, r)?;
            let bookend = anchor.filter(|a| {
                self.value(&target)
                    .and_then(|t| t.get("$dynamicAnchor"))
                    .and_then(Value::as_str)
                    == Some(a.as_str())
            });
            let initial = self.reference_rule(target);
            kws.push(match bookend {
                Some(a) => Keyword::DynamicRef {
                    initial,
                    anchor: leak_str(&a),
                },
                None => Keyword::Ref(initial),
            });
        }
        if has("type") {
            let name_bits = |n: &str| match n {
                "null" => ty::NULL,
                "boolean" => ty::BOOLEAN,
                "integer" => ty::INTEGER,
                "number" => ty::NUMBER,
                "string" => ty::STRING,
                "array" => ty::ARRAY,
                "object" => ty::OBJECT,
                _ => 0,
            };
            let bits = match &o["type"] {
                Value::String(s) => name_bits(s),
                Value::Array(a) => a
                    .iter()
                    .filter_map(Value::as_str)
                    .fold(0, |acc, n| acc | name_bits(n)),
                _ => 0,
            };
            // `type: []` allows nothing.
            if bits == 0 {
                kws.push(Keyword::Never);
            } else {
                kws.push(Keyword::Type(bits));
            }
        }
        if has("enum")
            && let Some(items) = o["enum"].as_array()
        {
            kws.push(Keyword::Enum(leak(items.iter().map(Self::lit).collect())));
        }
        if has("const") {
            kws.push(Keyword::Const(Self::lit(&o["const"])));
        }
        if let Some(m) = num("multipleOf") {
            kws.push(Keyword::MultipleOf(m));
        }
        let exclusive = |k: &str| d4 && o.get(k) == Some(&Value::Bool(true));
        if let Some(m) = num("minimum") {
            kws.push(if exclusive("exclusiveMinimum") {
                Keyword::ExclusiveMinimum(m)
            } else {
                Keyword::Minimum(m)
            });
        }
        if let Some(m) = num("maximum") {
            kws.push(if exclusive("exclusiveMaximum") {
                Keyword::ExclusiveMaximum(m)
            } else {
                Keyword::Maximum(m)
            });
        }
        if !d4 {
            if let Some(m) = num("exclusiveMinimum") {
                kws.push(Keyword::ExclusiveMinimum(m));
            }
            if let Some(m) = num("exclusiveMaximum") {
                kws.push(Keyword::ExclusiveMaximum(m));
            }
        }
        if let Some(m) = count("minLength") {
            kws.push(Keyword::MinLength(m));
        }
        if let Some(m) = count("maxLength") {
            kws.push(Keyword::MaxLength(m));
        }
        if has("pattern")
            && let Some(p) = o["pattern"].as_str().and_then(|s| self.pattern(s))
        {
            kws.push(Keyword::Pattern(p));
        }
        if let Some(f) = o
            .get("format")
            .and_then(Value::as_str)
            .and_then(Format::from_name)
        {
            kws.push(Keyword::Format(f));
        }
        // Arrays.
        let items = o.get("items");
        let prefix: Option<&'static Vec<Value>> = if d4 {
            items.and_then(Value::as_array)
        } else {
            o.get("prefixItems").and_then(Value::as_array)
        };
        let prefix_key = if d4 { "items" } else { "prefixItems" };
        if let Some(list) = prefix {
            let rules: Vec<u32> = (0..list.len())
                .map(|i| self.rule_for((loc.0, format!("{}/{prefix_key}/{i}", loc.1))))
                .collect();
            kws.push(Keyword::PrefixItems(leak(rules)));
        }
        if d4 {
            match items {
                Some(Value::Array(_)) if o.contains_key("additionalItems") => {
                    let r = self.rule_for(child("additionalItems"));
                    kws.push(Keyword::Items(r));
                }
                Some(Value::Array(_)) => {}
                Some(_) => {
                    let r = self.rule_for(child("items"));
                    kws.push(Keyword::Items(r));
                }
                None => {}
            }
        } else if items.is_some() {
            let r = self.rule_for(child("items"));
            kws.push(Keyword::Items(r));
        }
        if !d4 && o.contains_key("contains") {
            let rule = self.rule_for(child("contains"));
            kws.push(Keyword::Contains {
                rule,
                min: count("minContains").unwrap_or(1),
                max: count("maxContains"),
            });
        }
        if let Some(m) = count("minItems") {
            kws.push(Keyword::MinItems(m));
        }
        if let Some(m) = count("maxItems") {
            kws.push(Keyword::MaxItems(m));
        }
        if has("uniqueItems") && o["uniqueItems"] == Value::Bool(true) {
            kws.push(Keyword::UniqueItems);
        }
        // Objects.
        if let Some(m) = count("minProperties") {
            kws.push(Keyword::MinProperties(m));
        }
        if let Some(m) = count("maxProperties") {
            kws.push(Keyword::MaxProperties(m));
        }
        if has("required")
            && let Some(names) = o["required"].as_array()
        {
            let names: Vec<(&'static str, Access)> = names
                .iter()
                .filter_map(Value::as_str)
                .map(|n| (n, Access::ReadWrite))
                .collect();
            kws.push(Keyword::Required(leak(names)));
        }
        // Draft 4's `dependencies` (also read in 2020-12 documents, as its
        // dependencies-compatibility tests ask).
        let dependencies = o.get("dependencies");
        let mut dep_required: Vec<(&'static str, &'static [&'static str])> = Vec::new();
        let mut dep_schemas: Vec<(&'static str, u32)> = Vec::new();
        if let Some(Value::Object(m)) = dependencies {
            for (name, x) in m {
                match x {
                    Value::Array(list) => dep_required
                        .push((name, leak(list.iter().filter_map(Value::as_str).collect()))),
                    _ => {
                        let p = (
                            loc.0,
                            format!("{}/dependencies/{}", loc.1, escape_token(name)),
                        );
                        dep_schemas.push((name, self.rule_for(p)));
                    }
                }
            }
        }
        if has("dependentRequired")
            && let Some(Value::Object(m)) = o.get("dependentRequired")
        {
            for (name, x) in m {
                if let Value::Array(list) = x {
                    dep_required
                        .push((name, leak(list.iter().filter_map(Value::as_str).collect())));
                }
            }
        }
        if !d4 && let Some(Value::Object(m)) = o.get("dependentSchemas") {
            for name in m.keys() {
                let p = (
                    loc.0,
                    format!("{}/dependentSchemas/{}", loc.1, escape_token(name)),
                );
                dep_schemas.push((name, self.rule_for(p)));
            }
        }
        if !dep_required.is_empty() {
            kws.push(Keyword::DependentRequired(leak(dep_required)));
        }
        if let Some(Value::Object(m)) = o.get("properties") {
            let props: Vec<(&'static str, u32)> = m
                .keys()
                .map(|k| {
                    let p = (loc.0, format!("{}/properties/{}", loc.1, escape_token(k)));
                    (k.as_str(), self.rule_for(p))
                })
                .collect();
            kws.push(Keyword::Properties(leak(props)));
        }
        if let Some(Value::Object(m)) = o.get("patternProperties") {
            let mut pats = Vec::new();
            for k in m.keys() {
                let p = (
                    loc.0,
                    format!("{}/patternProperties/{}", loc.1, escape_token(k)),
                );
                let r = self.rule_for(p);
                if let Some(i) = self.pattern(k) {
                    pats.push((i, r));
                }
            }
            kws.push(Keyword::PatternProperties(leak(pats)));
        }
        if o.contains_key("additionalProperties") {
            let r = self.rule_for(child("additionalProperties"));
            kws.push(Keyword::AdditionalProperties(r));
        }
        if !d4 && o.contains_key("propertyNames") {
            let r = self.rule_for(child("propertyNames"));
            kws.push(Keyword::PropertyNames(r));
        }
        if !dep_schemas.is_empty() {
            kws.push(Keyword::DependentSchemas(leak(dep_schemas)));
        }
        // Applicators.
        for key in ["allOf", "anyOf", "oneOf"] {
            if let Some(Value::Array(list)) = o.get(key) {
                let rules: Vec<u32> = (0..list.len())
                    .map(|i| self.rule_for((loc.0, format!("{}/{key}/{i}", loc.1))))
                    .collect();
                let rules = leak(rules);
                kws.push(match key {
                    "allOf" => Keyword::AllOf(rules),
                    "anyOf" => Keyword::AnyOf(rules),
                    _ => Keyword::OneOf(rules),
                });
            }
        }
        if o.contains_key("not") {
            let r = self.rule_for(child("not"));
            kws.push(Keyword::Not(r));
        }
        if !d4 && o.contains_key("if") {
            let cond = self.rule_for(child("if"));
            let then = o.contains_key("then").then(|| self.rule_for(child("then")));
            let otherwise = o.contains_key("else").then(|| self.rule_for(child("else")));
            kws.push(Keyword::If {
                cond,
                then,
                otherwise,
            });
        }
        if !d4 && o.contains_key("unevaluatedItems") {
            let r = self.rule_for(child("unevaluatedItems"));
            kws.push(Keyword::UnevaluatedItems(r));
        }
        if !d4 && o.contains_key("unevaluatedProperties") {
            let r = self.rule_for(child("unevaluatedProperties"));
            kws.push(Keyword::UnevaluatedProperties(r));
        }
        Ok(Rule {
            keywords: leak(kws),
            resource,
        })
    }

    /// The table, once everything reachable is compiled.
    fn finish(self) -> Rules<'static> {
        let mut resources = Vec::new();
        for uri in &self.resource_uris {
            let anchors: Vec<(&'static str, u32)> = self
                .dynamic
                .get(uri)
                .map(|list| {
                    list.iter()
                        .filter_map(|(name, loc)| {
                            self.rule_of.get(loc).map(|&r| (leak_str(name), r))
                        })
                        .collect()
                })
                .unwrap_or_default();
            resources.push(Resource {
                dynamic_anchors: leak(anchors),
            });
        }
        let patterns: &'static Patterns<'static> =
            Box::leak(Box::new(Patterns::new(leak(self.patterns))));
        Rules {
            rules: leak(self.rules),
            patterns,
            resources: leak(resources),
        }
    }
}

/// Compiles the schema document `schema`, retrieved from `uri`, into a table whose rule 0 is
/// its root. `remote` gives the document at another absolute URI (without fragment) that a
/// reference or `$schema` names, or `None`; nothing is fetched. A reference that names no
/// schema is an error. The table's memory is leaked: compile once per process and keep it.
pub fn compile(
    schema: &Value,
    draft: Draft,
    uri: &str,
    remote: &dyn Fn(&str) -> Option<Value>,
) -> Result<Rules<'static>, String> {
    let mut c = Compiler::new(draft, remote);
    let doc = c.add_doc(schema.clone(), uri);
    let root = c.rule_for((doc, String::new()));
    debug_assert_eq!(root, 0);
    c.compile_all()?;
    Ok(c.finish())
}
