//! The last pass over a bundled (and, for 2.0, converted) document: one reading walk, then
//! writes only where a field changes (the tree may be shared copy-on-write):
//!
//! - restores string-typed OpenAPI fields that YAML read as numbers or booleans:
//!   `info.version: 1.10` is a float to a YAML 1.2 reader but the string `"1.10"` to OpenAPI;
//!   the tree keeps number text, so the exact string written comes back. Only fields OpenAPI
//!   defines as strings are touched; examples, defaults and enums are data and stay as written
//!   (lint compares them with their schema);
//! - reports every local `$ref` whose target is missing (with a "did you mean"), and every
//!   `$ref` that is not a string;
//! - in a 3.2 document, reports an `additionalOperations` entry for a method that a fixed
//!   Path Item field holds (`POST` beside `post`): two operations for one method, which no
//!   client or router can tell apart.

use super::codes;
use super::refs::{Ctx, child_ctx, missing_pointer, split_ref};
use crate::diag::Diagnostic;
use crate::tree::{Node, Value};

/// Keys whose values OpenAPI (or JSON Schema) defines as strings, outside data positions.
const STRING_KEYS: &[&str] = &[
    "openapi",
    "version",
    "title",
    "summary",
    "description",
    "termsOfService",
    "url",
    "email",
    "identifier",
    "operationId",
    "name",
    "in",
    "style",
    "scheme",
    "bearerFormat",
    "openIdConnectUrl",
    "authorizationUrl",
    "tokenUrl",
    "refreshUrl",
    "contentType",
    "pattern",
    "format",
    "propertyName",
    "$ref",
    "$id",
    "jsonSchemaDialect",
];

/// Normalises string fields of `doc` in place and checks its local refs.
pub fn finish(doc: &mut Node, v32: bool, diags: &mut Vec<Diagnostic>) {
    let mut refs = Vec::new();
    let mut methods = Vec::new();
    if scan(doc, Ctx::Doc, &mut refs, &mut methods) {
        fix(doc, Ctx::Doc);
    }
    for (key, loc) in methods.into_iter().filter(|_| v32) {
        let field = key.to_ascii_lowercase();
        diags.push(
            codes::METHOD_CONFLICT
                .diag(format!(
                    "`additionalOperations` has `{key}`, the method the Path Item's `{field}` field is for"
                ))
                .at(loc, "a fixed field's method")
                .help(format!(
                    "move this operation to `{field}:`; `additionalOperations` is for the methods no fixed field names (`LINK`, `COPY`)"
                )),
        );
    }
    for (r, loc) in refs {
        if r.is_empty() {
            diags.push(not_a_string(loc, "a non-string value"));
            continue;
        }
        let (_, frag) = split_ref(&r);
        if doc.pointer(&frag).is_none() {
            diags.push(missing_pointer(&r, &frag, loc, None, Some(doc)));
        }
    }
}

type Located = Vec<(String, crate::source::Loc)>;

/// Whether the member `k` (of a mapping in `ctx`) is a string field holding a number or a
/// boolean, or a list of strings holding one.
fn restores(ctx: Ctx, names: bool, k: &str, node: &Node) -> bool {
    if names || !matches!(ctx, Ctx::Doc | Ctx::Schema | Ctx::Example) {
        return false;
    }
    if STRING_KEYS.contains(&k) {
        return not_string(node);
    }
    matches!(k, "tags" | "required" | "scopes")
        && matches!(&node.value, Value::Seq(s) if s.iter().any(not_string))
}

fn not_string(n: &Node) -> bool {
    matches!(n.value, Value::Number(_) | Value::Bool(_))
}

/// Reads the tree: collects the local `$ref`s and the `additionalOperations` methods, and
/// says whether some field must be restored to a string. Nothing is written here, so a tree
/// shared copy-on-write (the document as written, kept for Spectral rulesets) stays shared
/// wherever nothing changes.
fn scan(node: &Node, ctx: Ctx, refs: &mut Located, methods: &mut Located) -> bool {
    if ctx == Ctx::Data {
        return false;
    }
    // In a map of names (`properties`, `examples`), keys are names, not keywords.
    let names = matches!(ctx, Ctx::SchemaMap | Ctx::ExampleMap);
    let mut dirty = false;
    match &node.value {
        Value::Map(m) => {
            for (k, e) in m.iter() {
                if !names && k == "$ref" {
                    match &e.node.value {
                        Value::String(r) if r.starts_with('#') => {
                            refs.push((r.to_string(), e.node.loc))
                        }
                        Value::String(_) => {}
                        _ => refs.push((String::new(), e.node.loc)),
                    }
                }
                if !names
                    && ctx == Ctx::Doc
                    && k == "additionalOperations"
                    && let Some(extra) = e.node.as_map()
                {
                    for (method, me) in extra {
                        if crate::ingest::merge::METHODS
                            .contains(&method.to_ascii_lowercase().as_str())
                        {
                            methods.push((method.to_string(), me.key_loc));
                        }
                    }
                }
                dirty |= restores(ctx, names, k, &e.node);
                let below = scan(&e.node, child_ctx(ctx, k), refs, methods);
                dirty |= below;
            }
        }
        Value::Seq(s) => {
            for n in s.iter() {
                let below = scan(n, ctx, refs, methods);
                dirty |= below;
            }
        }
        _ => {}
    }
    dirty
}

/// Whether [`fix`] would change anything in `node`.
fn dirty(node: &Node, ctx: Ctx) -> bool {
    if ctx == Ctx::Data {
        return false;
    }
    let names = matches!(ctx, Ctx::SchemaMap | Ctx::ExampleMap);
    match &node.value {
        Value::Map(m) => m
            .iter()
            .any(|(k, e)| restores(ctx, names, k, &e.node) || dirty(&e.node, child_ctx(ctx, k))),
        Value::Seq(s) => s.iter().any(|n| dirty(n, ctx)),
        _ => false,
    }
}

/// Restores the string fields below `node`, copying (unsharing) only the mappings on the
/// way to a change.
fn fix(node: &mut Node, ctx: Ctx) {
    if ctx == Ctx::Data {
        return;
    }
    let names = matches!(ctx, Ctx::SchemaMap | Ctx::ExampleMap);
    match &mut node.value {
        Value::Map(m) => {
            let todo: Vec<(bool, bool)> = m
                .iter()
                .map(|(k, e)| {
                    (
                        restores(ctx, names, k, &e.node),
                        dirty(&e.node, child_ctx(ctx, k)),
                    )
                })
                .collect();
            if !todo.iter().any(|&(here, below)| here || below) {
                return;
            }
            for ((k, e), (here, below)) in crate::tree::Map::make_mut(m).iter_mut().zip(todo) {
                if here {
                    match &mut e.node.value {
                        Value::Seq(s) => s.iter_mut().for_each(to_string),
                        _ => to_string(&mut e.node),
                    }
                }
                if below {
                    fix(&mut e.node, child_ctx(ctx, k));
                }
            }
        }
        Value::Seq(s) => {
            for n in s.iter_mut() {
                if dirty(n, ctx) {
                    fix(n, ctx);
                }
            }
        }
        _ => {}
    }
}

fn to_string(n: &mut Node) {
    let text = match &n.value {
        Value::Number(num) => num.text().to_string(),
        Value::Bool(b) => b.to_string(),
        _ => return,
    };
    n.value = Value::String(text.into());
}

/// The diagnostic for a `$ref` that is not a string.
pub fn not_a_string(loc: crate::source::Loc, found: &str) -> Diagnostic {
    codes::SHAPE
        .diag(format!("`$ref` must be a string, found {found}"))
        .at(loc, "here")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::yaml;
    use crate::source::{FileId, Origin};

    #[test]
    fn version_stays_the_string_written() {
        let src = "openapi: 3.1.0\ninfo:\n  title: 2024\n  version: 1.10\ncomponents:\n  schemas:\n    A:\n      properties:\n        version:\n          type: integer\n          example: 1.10\n        $ref:\n          type: string\n";
        let mut n = yaml::parse(src, Origin::whole(FileId(0)), &mut Vec::new()).unwrap();
        let mut d = Vec::new();
        finish(&mut n, false, &mut d);
        assert!(
            d.is_empty(),
            "a property named $ref is not a reference: {d:?}"
        );
        assert_eq!(
            n.pointer("/info/version").unwrap().value,
            Value::String("1.10".into())
        );
        assert_eq!(
            n.pointer("/info/title").unwrap().value,
            Value::String("2024".into())
        );
        let ex = n
            .pointer("/components/schemas/A/properties/version/example")
            .unwrap();
        assert!(matches!(ex.value, Value::Number(_)), "examples are data");
        assert!(
            n.pointer("/components/schemas/A/properties/version")
                .unwrap()
                .as_map()
                .is_some()
        );
    }
}
