//! Validating a value against a Schema Object of the document, as `oasSchema` and
//! `oasExample` do: the dialect the document's version implies, OpenAPI's `nullable`, and the
//! violations Spectral reports (Ajv without `allErrors`, pruned: [`ajv_errors`]).
//!
//! Schemas are compiled with the project's one evaluator (decision 012); the compiler keeps a
//! table's memory for the process, so tables are cached and each distinct schema is compiled
//! once.

use super::common::Formats;
use crate::lint::rules::openapi_schema::schema_keyword_violation;
use crate::ruleset::ajv_errors;
use crate::ruleset::function::{Failure, Segment};
use crate::ruleset::resolve::Docs;
use crate::tree::Node;
use crate::validation::runtime::Rules;
use crate::validation::schema_compiler::{self, Draft};
use serde_json::Value;
use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

/// Compiled schemas by dialect, the documents their references reach ([`Docs`]' id and the
/// document read in; `(0, 0)` for a schema bundled before it is keyed), what is relaxed,
/// and text.
type Cache = HashMap<(bool, (u64, usize), Relax, String), Checked>;

/// What became of a schema.
#[derive(Clone, Copy)]
enum Checked {
    /// Compiled.
    Rules(&'static Rules<'static>),
    /// Its keywords break its draft (Ajv, and so Spectral, refuses it): each value checked
    /// against it fails with this message.
    Invalid(&'static str),
    /// It does not compile (an unresolvable `$ref`), which Spectral ignores for resolved
    /// documents.
    Unusable,
}

static COMPILED: LazyLock<Mutex<Cache>> = LazyLock::new(|| Mutex::new(HashMap::new()));

/// The same, by the text of the schema as compiled (bundled, relaxed): a schema a request and
/// a response share, relaxed alike, or one several documents hold alike, is compiled once.
static BY_CONTENT: LazyLock<Mutex<HashMap<(bool, String), Checked>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

/// The dialect of the document's Schema Objects.
pub fn draft(formats: Formats) -> Draft {
    if formats.oas3_1 || formats.oas3_2 {
        Draft::D2020
    } else {
        Draft::D4
    }
}

/// OpenAPI 3.0 spells "may be null" `nullable: true` (2: `x-nullable`); JSON Schema spells it
/// `type: [T, "null"]`. Ajv, which Spectral validates with, honours `nullable`.
pub fn rewrite_nullable(schema: &mut Value, oas2: bool) {
    match schema {
        Value::Object(o) => {
            let set = |k: &str| o.get(k) == Some(&Value::Bool(true));
            // Ajv honours `nullable` in every dialect; Spectral turns 2's `x-nullable` into it.
            if set("nullable") || (oas2 && set("x-nullable")) {
                match o.get_mut("type") {
                    Some(Value::String(t)) => {
                        let t = std::mem::take(t);
                        o.insert("type".into(), Value::Array(vec![t.into(), "null".into()]));
                    }
                    Some(Value::Array(list)) if !list.contains(&"null".into()) => {
                        list.push("null".into())
                    }
                    _ => {}
                }
            }
            for v in o.values_mut() {
                rewrite_nullable(v, oas2);
            }
        }
        Value::Array(list) => list.iter_mut().for_each(|v| rewrite_nullable(v, oas2)),
        _ => {}
    }
}

/// `path` followed by the steps of `pointer` (RFC 6901, relative to `value`): indexes where
/// `value` has arrays, so the engine can locate the node.
fn below_pointer(path: &[Segment], value: &Value, pointer: &str) -> Vec<Segment> {
    let mut at = path.to_vec();
    let mut inside = Some(value);
    for token in pointer.split('/').skip(1) {
        let token = token.replace("~1", "/").replace("~0", "~");
        let index = match inside {
            Some(Value::Array(items)) => token.parse::<usize>().ok().filter(|&i| i < items.len()),
            _ => None,
        };
        inside = match (inside, index) {
            (Some(Value::Array(items)), Some(i)) => items.get(i),
            (Some(Value::Object(o)), _) => o.get(&token),
            _ => None,
        };
        at.push(match index {
            Some(i) => Segment::Index(i),
            None => Segment::Key(token),
        });
    }
    at
}

/// Most referenced nodes copied beside one schema.
const MAX_REACHED: usize = 2_000;

/// The member of a bundled schema that holds what its references reach (an unknown keyword,
/// so it validates nothing).
const BUNDLED: &str = "x-specforge-bundled";

/// Keywords whose values are data, not schemas.
const VALUES: [&str; 5] = ["example", "examples", "enum", "const", "default"];
/// Keywords whose values map names to schemas.
const MAPS: [&str; 5] = [
    "properties",
    "patternProperties",
    "$defs",
    "definitions",
    "dependentSchemas",
];

/// What a `$ref` in document `doc` names, and the document holding it.
type Target<'f, 'a> = &'f dyn Fn(usize, &str) -> Option<(usize, &'a Node)>;

/// `schema`, read in document `doc`, made self-contained: each node its `$ref`s reach,
/// in that document or another file, transitively, is copied under [`BUNDLED`] and the
/// reference rewritten to point there. Spectral validates against the resolved document, so
/// an example is judged by schemas in other files too. `target` finds what a reference in
/// a document names (and the document holding it); a reference that names nothing is left as
/// written (the schema then does not compile and the example is not judged). The copies get
/// [`rewrite_nullable`] (`oas2`: `x-nullable` too), as the schema itself has.
fn bundle<'a>(schema: &Value, target: Target<'_, 'a>, doc: usize, oas2: bool) -> Value {
    /// The key of each reached (document, fragment), and the ones still to copy.
    struct Reached<'a> {
        /// By the reached node's address: one key per node, however it is referenced.
        keys: HashMap<*const Node, usize>,
        todo: Vec<(usize, &'a Node, usize)>,
    }
    /// `names`: `v` maps names to schemas (`properties`), so its keys are not keywords.
    fn rewrite<'a>(
        v: &mut Value,
        names: bool,
        doc: usize,
        target: Target<'_, 'a>,
        reached: &mut Reached<'a>,
    ) {
        match v {
            Value::Object(o) => {
                if !names
                    && let Some(Value::String(r)) = o.get_mut("$ref")
                    && reached.keys.len() < MAX_REACHED
                    && let Some((d, node)) = target(doc, r)
                {
                    let next = reached.keys.len();
                    let key = *reached
                        .keys
                        .entry(std::ptr::from_ref(node))
                        .or_insert_with(|| {
                            reached.todo.push((d, node, next));
                            next
                        });
                    *r = format!("#/{BUNDLED}/{key}");
                }
                for (k, x) in o.iter_mut() {
                    // Values (`example: {$ref: …}` is data), not schemas.
                    if !names && VALUES.contains(&k.as_str()) {
                        continue;
                    }
                    let map = !names && MAPS.contains(&k.as_str());
                    rewrite(x, map, doc, target, reached);
                }
            }
            Value::Array(a) => a
                .iter_mut()
                .for_each(|x| rewrite(x, false, doc, target, reached)),
            _ => {}
        }
    }
    let mut reached = Reached {
        keys: HashMap::new(),
        todo: Vec::new(),
    };
    let mut root = schema.clone();
    rewrite(&mut root, false, doc, target, &mut reached);
    if reached.todo.is_empty() {
        return root;
    }
    let mut copied = serde_json::Map::new();
    while let Some((d, node, key)) = reached.todo.pop() {
        let mut json = node.to_json();
        rewrite(&mut json, false, d, target, &mut reached);
        rewrite_nullable(&mut json, oas2);
        copied.insert(key.to_string(), json);
    }
    if let Value::Object(o) = &mut root {
        o.insert(BUNDLED.into(), Value::Object(copied));
    }
    root
}

/// How `full` (a schema, with what it references bundled under [`BUNDLED`]) breaks what its
/// draft requires of keywords, said as the message every value checked against it gets.
/// Ajv checks a schema against its draft's meta-schema before it validates anything.
fn keyword_violation(full: &Value, draft: Draft) -> Option<String> {
    // [`BUNDLED`] is an unknown keyword to the keyword schemas, so `full` is checked as the
    // schema itself, and each copy under it on its own.
    let copies = full.get(BUNDLED).and_then(Value::as_object);
    let parts = std::iter::once(("", full)).chain(
        copies
            .into_iter()
            .flat_map(|o| o.values().map(|v| (" (in a referenced schema)", v))),
    );
    for (whose, part) in parts {
        if let Some(v) = schema_keyword_violation(draft, part) {
            let at = if v.pointer.is_empty() {
                "the schema".to_string()
            } else {
                format!("`{}`", v.pointer)
            };
            return Some(format!(
                "the schema is not valid JSON Schema{whose}: {at}: {}",
                v.message
            ));
        }
    }
    None
}

/// Which properties a value need not have although the schema requires them: a request
/// example is not expected to hold read-only properties, a response example write-only ones.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Relax {
    /// The value is a request: read-only properties are not required.
    pub request: bool,
    /// The value is a response: write-only properties are not required.
    pub response: bool,
}

/// Drops the properties `relax` names from `required`, in `full` and every schema inside it,
/// as Spectral does on its resolved schema: a property given by `$ref` (to a bundled copy or
/// a place in `full`) counts as read-only when what it references is. Not below `not`.
fn relax_required(full: &mut Value, relax: Relax) {
    fn flagged(p: &Value, key: &str, root: &Value, hops: u32) -> bool {
        if p.get(key) == Some(&Value::Bool(true)) {
            return true;
        }
        let target = p
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix('#'))
            .and_then(|ptr| root.pointer(ptr));
        hops < 8 && target.is_some_and(|t| flagged(t, key, root, hops + 1))
    }
    fn walk(v: &mut Value, root: &Value, relax: Relax) {
        match v {
            Value::Object(o) => {
                let skipped: Vec<String> = o
                    .get("properties")
                    .and_then(Value::as_object)
                    .map(|props| {
                        props
                            .iter()
                            .filter(|(_, p)| {
                                (relax.request && flagged(p, "readOnly", root, 0))
                                    || (relax.response && flagged(p, "writeOnly", root, 0))
                            })
                            .map(|(k, _)| k.clone())
                            .collect()
                    })
                    .unwrap_or_default();
                if !skipped.is_empty()
                    && let Some(Value::Array(req)) = o.get_mut("required")
                {
                    req.retain(|r| !r.as_str().is_some_and(|r| skipped.iter().any(|s| s == r)));
                    if req.is_empty() {
                        o.remove("required");
                    }
                }
                for (k, x) in o.iter_mut() {
                    if k != "not" {
                        walk(x, root, relax);
                    }
                }
            }
            Value::Array(list) => list.iter_mut().for_each(|x| walk(x, root, relax)),
            _ => {}
        }
    }
    if relax.request || relax.response {
        let root = full.clone();
        walk(full, &root, relax);
    }
}

/// Where a schema's `$ref`s point.
#[derive(Clone, Copy)]
pub enum Refs<'a> {
    /// Local references (`#/…`) into this document: a rule that reads the document unresolved,
    /// or a schema from a ruleset; whether it is OpenAPI 2 (`x-nullable`).
    Document(&'a Node, bool),
    /// Any reference, local or to another file, relative to document `doc` of `docs`: a rule
    /// that reads the resolved document. `oas2` as for [`rewrite_nullable`].
    Resolved {
        /// The documents.
        docs: &'a Docs,
        /// The document the schema was read in.
        doc: usize,
        /// Whether the document is OpenAPI 2 (`x-nullable`).
        oas2: bool,
    },
}

/// The violations of `value` against `schema` that Spectral reports, at `path` followed by
/// where inside `value`; what `refs` reach is added beside the schema so that its references
/// resolve, and `relax` applied to the whole. None when the schema does not compile.
pub fn violations(
    value: &Value,
    schema: &Value,
    draft: Draft,
    refs: Refs<'_>,
    relax: Relax,
    path: &[Segment],
) -> Vec<Failure> {
    let d2020 = draft == Draft::D2020;
    // The key names the documents a resolved schema's references reach (their set's id and
    // the one read in). A schema of the document as written is bundled first and keyed by the
    // result, which holds all it depends on.
    let (from, bundled) = match refs {
        Refs::Resolved { docs, doc, .. } => ((docs.id, doc), None),
        Refs::Document(root, oas2) => {
            // `#` and what the schema holds itself resolve inside the schema (a ruleset's
            // schema with its own `definitions`); the rest in the document.
            let target = |_: usize, r: &str| {
                let p = r.strip_prefix('#')?;
                if p.is_empty() || schema.pointer(p).is_some() {
                    return None;
                }
                root.pointer(p).map(|n| (0, n))
            };
            ((0, 0), Some(bundle(schema, &target, 0, oas2)))
        }
    };
    let text = bundled.as_ref().unwrap_or(schema).to_string();
    let cached = COMPILED
        .lock()
        .ok()
        .and_then(|c| c.get(&(d2020, from, relax, text.clone())).copied());
    let checked = match cached {
        Some(c) => c,
        None => {
            let mut full = match (refs, bundled) {
                (_, Some(b)) => b,
                (Refs::Resolved { docs, doc, oas2 }, None) if text.contains("\"$ref\"") => {
                    let target = |d: usize, r: &str| docs.target(d, r).map(|(d, n, _)| (d, n));
                    bundle(schema, &target, doc, oas2)
                }
                _ => schema.clone(),
            };
            relax_required(&mut full, relax);
            let content = (d2020, full.to_string());
            let known = BY_CONTENT
                .lock()
                .ok()
                .and_then(|c| c.get(&content).copied());
            let checked = known.unwrap_or_else(|| {
                let checked = match keyword_violation(&full, draft) {
                    Some(message) => Checked::Invalid(Box::leak(message.into_boxed_str())),
                    None => {
                        schema_compiler::compile(&full, draft, "urn:specforge:schema", &|_| None)
                            .map_or(Checked::Unusable, |r| {
                                Checked::Rules(Box::leak(Box::new(r)))
                            })
                    }
                };
                if let Ok(mut c) = BY_CONTENT.lock() {
                    c.insert(content, checked);
                }
                checked
            });
            if let Ok(mut c) = COMPILED.lock() {
                c.insert((d2020, from, relax, text), checked);
            }
            checked
        }
    };
    let rules = match checked {
        Checked::Rules(r) => r,
        Checked::Invalid(message) => {
            return vec![Failure {
                message: message.to_string(),
                path: path.to_vec(),
            }];
        }
        Checked::Unusable => return Vec::new(),
    };
    ajv_errors::reported(rules, value, true)
        .into_iter()
        .map(|v| Failure {
            path: below_pointer(path, value, &v.pointer),
            message: v.message,
        })
        .collect()
}
