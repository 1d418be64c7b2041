//! `schema`: the value is valid against a JSON Schema (`schema`), in the `dialect` asked for
//! (`auto` reads `$schema`), with every error (`allErrors`) or those Spectral reports without
//! it (`crate::ruleset::ajv_errors`). Validation is the project's own evaluator
//! (`crate::validation`), the one lint and generated servers use.

use super::options_map;
use crate::ruleset::function::{Context, Failure, Function};
use crate::tree::Node;
use crate::validation::runtime::{Direction, Options, Rules};
use crate::validation::schema_compiler::{self, Draft};
use std::collections::HashMap;
use std::sync::RwLock;

/// The function.
pub const FUNCTION: Function = Function {
    name: "schema",
    call,
    check_options,
    reads_logical_path: false,
};

const DIALECTS: [&str; 6] = [
    "auto",
    "draft4",
    "draft6",
    "draft7",
    "draft2019-09",
    "draft2020-12",
];

/// Compiled schemas by (dialect, schema text). The compiler leaks its tables, so each
/// distinct schema of a ruleset is compiled once per process.
type Compiled = Option<&'static Rules<'static>>;
static CACHE: RwLock<Option<HashMap<(bool, String), Compiled>>> = RwLock::new(None);

/// The evaluator's draft for a dialect: 4, 6 and 7 read as draft 4 (their differences are
/// keywords the evaluator also knows), 2019-09 and 2020-12 as 2020-12.
fn draft(dialect: &str, schema: &Node) -> Draft {
    let named = match dialect {
        "auto" => schema.get("$schema").and_then(Node::as_str).unwrap_or(""),
        d => d,
    };
    if named.contains("2019-09") || named.contains("2020-12") {
        Draft::D2020
    } else {
        Draft::D4
    }
}

fn compiled(schema: &Node, draft: Draft) -> Result<&'static Rules<'static>, String> {
    let json = schema.to_json();
    let key = (draft == Draft::D2020, json.to_string());
    if let Some(c) = CACHE
        .read()
        .ok()
        .and_then(|c| c.as_ref()?.get(&key).copied())
    {
        return c.ok_or_else(|| "the schema does not compile".into());
    }
    let (entry, error): (Compiled, Option<String>) =
        match schema_compiler::compile(&json, draft, "urn:specforge:ruleset-schema", &|_| None) {
            Ok(r) => (Some(&*Box::leak(Box::new(r))), None),
            Err(e) => (None, Some(e)),
        };
    if let Ok(mut c) = CACHE.write() {
        c.get_or_insert_with(HashMap::new).insert(key, entry);
    }
    entry.ok_or_else(|| error.unwrap_or_else(|| "the schema does not compile".into()))
}

fn check_options(options: Option<&Node>) -> Result<(), String> {
    let map = options_map(
        options,
        &["schema", "dialect", "allErrors", "prepareResults"],
    )?;
    let schema = map
        .get("schema")
        .map(|e| &e.node)
        .ok_or("`schema` is required")?;
    if schema.as_map().is_none() && schema.as_bool().is_none() {
        return Err("`schema` is a JSON Schema (a mapping or a boolean)".into());
    }
    let dialect = match map.get("dialect") {
        None => "auto",
        Some(e) => match e.node.as_str() {
            Some(d) if DIALECTS.contains(&d) => d,
            _ => return Err(format!("`dialect` is one of {}", DIALECTS.join(", "))),
        },
    };
    if let Some(e) = map.get("allErrors")
        && e.node.as_bool().is_none()
    {
        return Err("`allErrors` is true or false".into());
    }
    compiled(schema, draft(dialect, schema))
        .map(|_| ())
        .map_err(|e| format!("the schema does not compile: {e}"))
}

fn call(input: Option<&Node>, options: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    let Some(schema) = options.and_then(|o| o.get("schema")) else {
        return Vec::new();
    };
    let dialect = options
        .and_then(|o| o.get("dialect"))
        .and_then(Node::as_str)
        .unwrap_or("auto");
    let Ok(rules) = compiled(schema, draft(dialect, schema)) else {
        return Vec::new();
    };
    let Some(input) = input else {
        // Spectral's `schema` reports an absent value whatever the schema says.
        return vec![Failure {
            message: format!("{}must exist", super::property(cx)),
            path: cx.path.to_vec(),
        }];
    };
    let all = options
        .and_then(|o| o.get("allErrors"))
        .and_then(Node::as_bool)
        == Some(true);
    let value = input.to_json();
    let found = if all {
        let opts = Options {
            formats: true,
            direction: Direction::Any,
            max_violations: 100,
        };
        rules.validate(0, &value, &opts)
    } else {
        // What Spectral reports of Ajv's errors without `allErrors`.
        crate::ruleset::ajv_errors::reported(rules, &value, true)
    };
    found
        .into_iter()
        .map(|v| {
            let mut path = cx.path.to_vec();
            path.extend(crate::ruleset::resolve::pointer_segments(&v.pointer));
            Failure {
                message: v.message,
                path,
            }
        })
        .collect()
}
