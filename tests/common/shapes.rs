//! Random OpenAPI documents built from the JSON Schema shapes that crashed, hung or mistyped
//! generation before the type space (issue 15): self- and mutual recursion through arrays,
//! maps, unions and `allOf`; scalar `allOf`; tuples; required `readOnly`/`writeOnly`
//! properties; `nullable`; names that are keywords, digits in other scripts, or clash once
//! cased; enum values that clash. Every choice is read from a byte source: a fuzzer's input
//! drives it structurally (`fuzz/fuzz_targets/shapes.rs`), a seeded generator drives the tests
//! (`tests/shapes.rs`). Every document is valid OpenAPI, so generation must succeed on it.

use serde_json::{Map, Value, json};
use specforge::ingest::{self, ApiInput, IngestOptions, Workspace};
use std::path::Path;

/// Choices read from bytes; once they run out every choice is the first option.
pub struct Choices<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Choices<'a> {
    /// Choices read from `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        Choices { bytes, pos: 0 }
    }

    fn byte(&mut self) -> u8 {
        let b = self.bytes.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        b
    }

    /// A number in `0..n` (`n` at most 256).
    fn below(&mut self, n: usize) -> usize {
        self.byte() as usize % n.max(1)
    }

    fn coin(&mut self) -> bool {
        self.byte() & 1 == 1
    }

    fn pick<T: Copy>(&mut self, options: &[T]) -> T {
        options[self.below(options.len())]
    }
}

/// `doc` written to `path` as JSON and ingested; also returns the text written.
pub fn ingest_document(doc: &Value, path: &Path) -> (Workspace, String) {
    let text = serde_json::to_string_pretty(doc).expect("a JSON value prints");
    std::fs::write(path, &text).expect("the document is written");
    let input = ApiInput {
        name: None,
        files: vec![path.to_path_buf()],
        ..Default::default()
    };
    (ingest::ingest(&[input], &IngestOptions::default()), text)
}

/// Bytes from a seed (splitmix64): the tests' stand-in for a fuzzer's input.
pub fn seeded_bytes(seed: u64, len: usize) -> Vec<u8> {
    let mut state = seed;
    let mut out = Vec::with_capacity(len);
    while out.len() < len {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        out.extend_from_slice(&(z ^ (z >> 31)).to_le_bytes());
    }
    out.truncate(len);
    out
}

/// Schema and property names: Rust keywords and prelude names, names that clash once cased,
/// digits of other scripts first, punctuation, the empty name.
const NAMES: &[&str] = &[
    "Node",
    "Self",
    "self",
    "Self_2",
    "type",
    "match",
    "crate",
    "super",
    "async",
    "err",
    "Err",
    "Ok",
    "Option",
    "Some",
    "None",
    "String",
    "Vec",
    "Box",
    "Result",
    "Value",
    "Default",
    "٣",
    "١x",
    "a-b",
    "a b",
    "a_b",
    "AB",
    "ab",
    "_",
    "__",
    "1st",
    "$ref",
    "@type",
    "ünïcödé",
    "into",
    "from",
    "clone",
    "new",
];

/// Operation ids that are also method names of the prelude's traits.
const OPERATION_IDS: &[&str] = &["into", "from", "clone", "default", "eq", "fmt", "to_string"];

/// Enum values that clash with `Self::Err`, each other once cased, or nothing at all.
const ENUM_VALUES: &[&str] = &[
    "err", "Err", "ok", "", "a b", "a-b", "A_B", "1", "Self", "٣",
];

const FORMATS: &[&str] = &[
    "date-time",
    "date",
    "uuid",
    "byte",
    "binary",
    "email",
    "int32",
    "int64",
    "uri",
    "float",
];

/// The document made from `c`.
pub fn document(c: &mut Choices) -> Value {
    let v31 = c.coin();
    let count = 1 + c.below(6);
    let mut names: Vec<String> = Vec::new();
    while names.len() < count {
        let base = c.pick(NAMES);
        // Component names must match `^[a-zA-Z0-9.\-_]+$`.
        let name: String = base
            .chars()
            .filter(|ch| ch.is_ascii_alphanumeric() || "._-".contains(*ch))
            .collect();
        let name = if name.is_empty() {
            format!("S{}", names.len())
        } else {
            name
        };
        if !names.contains(&name) {
            names.push(name);
        } else {
            names.push(format!("{name}{}", names.len()));
        }
    }
    let mut g = Gen { v31, names: &names };
    let mut schemas = Map::new();
    for name in &names {
        schemas.insert(name.clone(), g.schema(c, 0));
    }
    let mut paths = Map::new();
    for (i, name) in names.iter().enumerate() {
        let op_id = if c.below(4) == 0 {
            format!(
                "{}{}",
                c.pick(OPERATION_IDS),
                if i == 0 { String::new() } else { i.to_string() }
            )
        } else {
            format!("op{i}")
        };
        let reference = json!({"$ref": format!("#/components/schemas/{name}")});
        let param = g.scalar(c);
        paths.insert(
            format!("/r{i}/{{id}}"),
            json!({
                "post": {
                    "operationId": op_id,
                    "parameters": [
                        {"name": "id", "in": "path", "required": true, "schema": param},
                        {"name": c.pick(NAMES), "in": "query", "schema": g.scalar(c)}
                    ],
                    "requestBody": {"required": c.coin(), "content": {"application/json": {"schema": reference}}},
                    "responses": {
                        "200": {"description": "ok", "content": {"application/json": {"schema": reference}}},
                        "default": {"description": "error"}
                    }
                }
            }),
        );
    }
    json!({
        "openapi": if v31 { "3.1.0" } else { "3.0.3" },
        "info": {"title": "Shapes", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas}
    })
}

struct Gen<'n> {
    v31: bool,
    names: &'n [String],
}

impl Gen<'_> {
    fn reference(&self, c: &mut Choices) -> Value {
        let name = &self.names[c.below(self.names.len())];
        json!({"$ref": format!("#/components/schemas/{name}")})
    }

    fn scalar(&self, c: &mut Choices) -> Value {
        let mut s = match c.below(5) {
            0 => json!({"type": "string"}),
            1 => json!({"type": "integer"}),
            2 => json!({"type": "number"}),
            3 => json!({"type": "boolean"}),
            _ => {
                let n = 1 + c.below(4);
                let values: Vec<&str> = (0..n).map(|_| c.pick(ENUM_VALUES)).collect();
                json!({"type": "string", "enum": values})
            }
        };
        if c.below(3) == 0 {
            s["format"] = json!(c.pick(FORMATS));
        }
        s
    }

    /// A schema at nesting `depth`; deeper ones are references or scalars, so documents stay
    /// small and every recursion goes through a named schema.
    fn schema(&mut self, c: &mut Choices, depth: usize) -> Value {
        if depth >= 3 {
            return if c.coin() {
                self.reference(c)
            } else {
                self.scalar(c)
            };
        }
        let d = depth + 1;
        let mut s = match c.below(18) {
            // A component that is only a reference could close a chain of references that
            // never reaches a schema, which is an error in the document (SF012).
            0 | 1 if depth == 0 => json!({"oneOf": [self.reference(c)]}),
            0 | 1 => self.reference(c),
            2 | 3 => self.scalar(c),
            4 => json!({"type": "array", "items": self.schema(c, d)}),
            5 => {
                let n = 1 + c.below(3);
                let prefix: Vec<Value> = (0..n).map(|_| self.schema(c, d)).collect();
                if self.v31 {
                    let rest = match c.below(3) {
                        0 => json!(false),
                        1 => self.schema(c, d),
                        _ => json!(true),
                    };
                    json!({"type": "array", "prefixItems": prefix, "items": rest})
                } else {
                    json!({"type": "array", "items": {"anyOf": prefix}})
                }
            }
            6..=8 => self.object(c, d),
            9 => json!({"type": "object", "additionalProperties": self.schema(c, d)}),
            10 => {
                // Scalar `allOf`: a type and bounds in separate members.
                match c.below(3) {
                    0 => json!({"type": "integer", "allOf": [{"minimum": 1}]}),
                    1 => json!({"allOf": [{"type": "string"}, {"maxLength": 10}]}),
                    _ => json!({"allOf": [self.schema(c, d), self.schema(c, d)]}),
                }
            }
            11 => {
                let n = 1 + c.below(3);
                json!({"anyOf": (0..n).map(|_| self.schema(c, d)).collect::<Vec<_>>()})
            }
            12 => {
                let n = 1 + c.below(3);
                json!({"oneOf": (0..n).map(|_| self.schema(c, d)).collect::<Vec<_>>()})
            }
            13 => json!({}),
            14 => json!({"allOf": [self.reference(c)], "nullable": true}),
            15 => {
                if self.v31 {
                    json!({"type": ["string", "null"]})
                } else {
                    json!({"type": "string", "nullable": true})
                }
            }
            16 => json!({"type": "string", "x-specforge-delimited": c.pick(&[",", " ", "|"])}),
            _ => {
                if self.v31 {
                    json!({"const": c.pick(ENUM_VALUES)})
                } else {
                    json!({"not": self.schema(c, d)})
                }
            }
        };
        if !self.v31 && c.below(5) == 0 && s.get("$ref").is_none() {
            s["nullable"] = json!(true);
        }
        if c.below(6) == 0 && s.get("$ref").is_none() {
            s["description"] = json!(c.pick(&[
                "```\nfn main() { panic!() }\n```",
                "```rust\nstd::process::exit(1)\n```",
                "bare\rreturn */ /* and `ticks`",
            ]));
        }
        s
    }

    fn object(&mut self, c: &mut Choices, d: usize) -> Value {
        let n = c.below(5);
        let mut props = Map::new();
        let mut required = Vec::new();
        for _ in 0..n {
            let name = c.pick(NAMES).to_string();
            let mut p = self.schema(c, d);
            if p.get("$ref").is_none() {
                match c.below(5) {
                    0 => p["readOnly"] = json!(true),
                    1 => p["writeOnly"] = json!(true),
                    _ => {}
                }
            }
            if c.coin() && !required.contains(&name) {
                required.push(name.clone());
            }
            props.insert(name, p);
        }
        let mut s = json!({"type": "object", "properties": props});
        if !required.is_empty() {
            s["required"] = json!(required);
        }
        match c.below(4) {
            0 => s["additionalProperties"] = json!(false),
            1 => s["additionalProperties"] = self.schema(c, d),
            _ => {}
        }
        s
    }
}
