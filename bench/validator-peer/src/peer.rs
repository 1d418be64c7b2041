//! The `jsonschema` crate's side: the merged OpenAPI document registered as one resource, and
//! a validator per schema for `{"$ref": "<base>#<pointer>"}`.

use jsonschema::error::ValidationErrorKind;
use jsonschema::{Draft, Registry, ValidationError, Validator};
use serde_json::{Value, json};

/// The URI the merged document is registered under.
pub const BASE: &str = "https://validator-peer.invalid/openapi.json";

/// The document of one API, ready to compile validators for its schemas.
pub struct Peer<'d> {
    doc: &'d Value,
    registry: Registry<'d>,
    draft: Draft,
}

/// What `jsonschema` said about one value.
pub struct Verdict {
    pub valid: bool,
    /// The keyword of every innermost error (inside `anyOf`/`oneOf` branches too), with the
    /// format's name for a `format` error.
    pub leaves: Vec<(String, Option<String>)>,
    /// The first few errors, for people.
    pub messages: Vec<String>,
}

impl<'d> Peer<'d> {
    /// Registers `doc` (resources without `$schema` read as `draft`).
    pub fn new(doc: &'d Value, draft: Draft) -> Result<Self, String> {
        let registry = Registry::new()
            .draft(draft)
            .add(BASE, doc)
            .and_then(|b| b.prepare())
            .map_err(|e| e.to_string())?;
        Ok(Peer {
            doc,
            registry,
            draft,
        })
    }

    /// A validator for the schema at `pointer` in the document.
    ///
    /// The model names a schema reached through a `$ref`'d component by the path it was
    /// reached on (`/components/responses/NotFound/headers/RateLimit/schema` for a header that
    /// is a `$ref`), which the document does not have; such a pointer is followed through the
    /// document's `$ref`s to the place the schema is written.
    pub fn compile(&self, pointer: &str, formats: bool) -> Result<Validator, String> {
        let pointer = written_at(self.doc, pointer).unwrap_or_else(|| pointer.to_string());
        let pointer = pointer.as_str();
        let schema = json!({ "$ref": format!("{BASE}#{}", fragment(pointer)) });
        jsonschema::options()
            .with_draft(self.draft)
            .should_validate_formats(formats)
            .with_registry(&self.registry)
            .build(&schema)
            .map_err(|e| e.to_string())
    }
}

/// Judges `value` the way lint's evaluator runs: a boolean pass, and errors only on failure.
pub fn judge(v: &Validator, value: &Value) -> Verdict {
    if v.is_valid(value) {
        return Verdict {
            valid: true,
            leaves: Vec::new(),
            messages: Vec::new(),
        };
    }
    let mut leaves = Vec::new();
    let mut messages = Vec::new();
    for e in v.iter_errors(value) {
        if messages.len() < 3 {
            messages.push(format!("at `{}`: {e}", e.instance_path().as_str()));
        }
        collect_leaves(&e, &mut leaves);
    }
    Verdict {
        valid: false,
        leaves,
        messages,
    }
}

/// Only the verdict, errors built only on failure (what lint's fast path costs).
pub fn check(v: &Validator, value: &Value) -> usize {
    if v.is_valid(value) {
        0
    } else {
        v.iter_errors(value).count()
    }
}

fn collect_leaves(e: &ValidationError<'_>, out: &mut Vec<(String, Option<String>)>) {
    match e.kind() {
        ValidationErrorKind::AnyOf { context }
        | ValidationErrorKind::OneOfNotValid { context }
        | ValidationErrorKind::OneOfMultipleValid { context }
            if context.iter().any(|c| !c.is_empty()) =>
        {
            for branch in context {
                for inner in branch {
                    collect_leaves(inner, out);
                }
            }
        }
        ValidationErrorKind::PropertyNames { error } => collect_leaves(error, out),
        ValidationErrorKind::Format { format } => {
            out.push(("format".to_string(), Some(format.clone())));
        }
        kind => out.push((kind.keyword().to_string(), None)),
    }
}

/// A JSON pointer as a URI fragment: everything but unreserved characters and `/`
/// percent-encoded.
pub fn fragment(pointer: &str) -> String {
    let mut out = String::with_capacity(pointer.len());
    for b in pointer.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Where the schema at `pointer` is written in `doc`: the pointer itself when it exists, else
/// the pointer walked token by token, through a local `$ref` wherever the next token is
/// missing.
fn written_at(doc: &Value, pointer: &str) -> Option<String> {
    if doc.pointer(pointer).is_some() {
        return Some(pointer.to_string());
    }
    let mut at = String::new();
    for token in pointer.split('/').skip(1) {
        let mut hops = 0;
        loop {
            let node = doc.pointer(&at)?;
            let key = token.replace("~1", "/").replace("~0", "~");
            let has = match node {
                Value::Object(o) => o.contains_key(&key),
                Value::Array(a) => key.parse::<usize>().is_ok_and(|i| i < a.len()),
                _ => false,
            };
            if has {
                break;
            }
            let target = node.get("$ref")?.as_str()?.strip_prefix('#')?;
            at = percent_decode(target)?;
            hops += 1;
            if hops > 32 {
                return None;
            }
        }
        at.push('/');
        at.push_str(token);
    }
    Some(at)
}

fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = std::str::from_utf8(b.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}
