//! Restores string-typed OpenAPI fields that YAML read as numbers or booleans.
//!
//! `info.version: 1.10` is a float to a YAML 1.2 reader but the string `"1.10"` to OpenAPI.
//! The tree keeps number text, so this pass turns such scalars back into the exact strings
//! written. Only fields OpenAPI defines as strings are touched; examples, defaults and enums
//! are data and stay as written (lint compares them with their schema).

use super::refs::{Ctx, child_ctx};
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

/// Normalises string fields of `doc` in place.
pub fn normalize(doc: &mut Node) {
    walk(doc, Ctx::Doc);
}

fn walk(node: &mut Node, ctx: Ctx) {
    if ctx == Ctx::Data {
        return;
    }
    match &mut node.value {
        Value::Map(m) => {
            for (k, e) in m.iter_mut() {
                // A `properties` map may have a property called `version`: its value is a
                // schema, not a string, and the map context tells them apart.
                let c = child_ctx(ctx, k);
                let stringy = matches!(ctx, Ctx::Doc | Ctx::Schema | Ctx::Example)
                    && STRING_KEYS.contains(&k.as_str());
                if stringy {
                    to_string(&mut e.node);
                } else if (k == "tags" || k == "required" || k == "scopes")
                    && ctx != Ctx::SchemaMap
                    && let Value::Seq(s) = &mut e.node.value
                {
                    s.iter_mut().for_each(to_string);
                }
                walk(&mut e.node, c);
            }
        }
        Value::Seq(s) => {
            for n in s.iter_mut() {
                walk(n, ctx);
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
    n.value = Value::String(text);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::yaml;
    use crate::source::{FileId, Origin};

    #[test]
    fn version_stays_the_string_written() {
        let src = "openapi: 3.1.0\ninfo:\n  title: 2024\n  version: 1.10\ncomponents:\n  schemas:\n    A:\n      properties:\n        version:\n          type: integer\n          example: 1.10\n";
        let mut n = yaml::parse(src, Origin::whole(FileId(0)), &mut Vec::new()).unwrap();
        normalize(&mut n);
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
