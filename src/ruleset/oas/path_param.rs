//! `oasPathParam`: the parameters of each path template are declared (on the path item or the
//! operation), required, declared once and used; no two templates are equivalent.

use super::common::{METHODS, failure, is_object, js_string, key, no_options};
use crate::ruleset::function::{Context, Failure, Function, Segment};
use crate::tree::Node;
use indexmap::IndexMap;
use regex::Regex;
use std::sync::LazyLock;

/// The function.
pub const FUNCTION: Function = Function {
    name: "oasPathParam",
    call,
    check_options: no_options,
    reads_logical_path: false,
};

/// A template expression as Spectral recognises one (`{id}`, `{;id}`, `{?id}`, `{id*}`).
static TEMPLATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\{;?\??[a-zA-Z0-9_-]+\*?\}").expect("valid regex"));

/// Declared path parameters by name, with where each is declared.
type Declared = IndexMap<String, Vec<Segment>>;

fn call(input: Option<&Node>, _: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    let Some(paths) = input.and_then(Node::as_map) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut normalized: IndexMap<String, &str> = IndexMap::new();
    for (path, item) in paths.iter() {
        let (item, item_doc) = cx.deref_within(None, &item.node);
        if !is_object(item) {
            continue;
        }
        let at_path = || vec![key("paths"), key(path)];
        let shape = TEMPLATE.replace_all(path, "%").into_owned();
        match normalized.get(&shape) {
            Some(first) => out.push(failure(
                format!("Paths \"{first}\" and \"{path}\" must not be equivalent."),
                at_path(),
            )),
            None => {
                normalized.insert(shape, path);
            }
        }
        let mut used: Vec<String> = Vec::new();
        for m in TEMPLATE.find_iter(path) {
            let name: String = m
                .as_str()
                .chars()
                .filter(|c| !"{}?*;".contains(*c))
                .collect();
            if used.contains(&name) {
                out.push(failure(
                    format!(
                        "Path \"{path}\" must not use parameter \"{{{name}}}\" multiple times."
                    ),
                    at_path(),
                ));
            } else {
                used.push(name);
            }
        }
        let top = declared(
            item.get("parameters").map(|l| (l, item_doc)),
            vec![key("paths"), key(path), key("parameters")],
            &mut out,
            cx,
        );
        let Some(item) = item.as_map() else {
            continue;
        };
        for (method, op) in item.iter() {
            let (op, op_doc) = cx.deref_within(item_doc, &op.node);
            if !is_object(op) || !METHODS.contains(&method.as_str()) {
                continue;
            }
            let op_path = vec![key("paths"), key(path), key(method)];
            let mut params_path = op_path.clone();
            params_path.push(key("parameters"));
            let own = declared(
                op.get("parameters").map(|l| (l, op_doc)),
                params_path,
                &mut out,
                cx,
            );
            let mut all = top.clone();
            all.extend(own);
            for (name, at) in &all {
                if !used.contains(name) {
                    out.push(failure(
                        format!("Parameter \"{name}\" must be used in path \"{path}\"."),
                        at.clone(),
                    ));
                }
            }
            for name in &used {
                if !all.contains_key(name) {
                    out.push(failure(
                        format!("Operation must define parameter \"{{{name}}}\" as expected by path \"{path}\"."),
                        op_path.clone(),
                    ));
                }
            }
        }
    }
    // A path item's parameter that is not in its path is found once per operation; Spectral
    // reports identical findings once.
    let mut seen = std::collections::HashSet::new();
    out.retain(|f| seen.insert((f.path.clone(), f.message.clone())));
    out
}

/// The `in: path` parameters of a `parameters` list (with the document holding it), reporting
/// those not required and those declared twice.
fn declared<'a>(
    list: Option<(&'a Node, Option<usize>)>,
    at: Vec<Segment>,
    out: &mut Vec<Failure>,
    cx: &Context<'a>,
) -> Declared {
    let mut found = Declared::new();
    let (list, doc) = match list.map(|(l, doc)| cx.deref_within(doc, l)) {
        Some((l, doc)) => (l.as_seq(), doc),
        None => (None, None),
    };
    for (i, p) in list.unwrap_or_default().iter().enumerate() {
        let (p, _) = cx.deref_within(doc, p);
        if !is_object(p) || p.get("in").and_then(Node::as_str) != Some("path") {
            continue;
        }
        let Some(name) = p.get("name") else {
            continue;
        };
        let name = js_string(Some(name));
        let mut here = at.clone();
        here.push(Segment::Index(i));
        if p.get("required").and_then(Node::as_bool) != Some(true) {
            out.push(failure(
                format!("Path parameter \"{name}\" must have \"required\" property that is set to \"true\"."),
                here.clone(),
            ));
        }
        if found.contains_key(&name) {
            out.push(failure(
                format!("Path parameter \"{name}\" must not be defined multiple times."),
                here,
            ));
        } else {
            found.insert(name, here);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::super::common::testing::run;
    use super::FUNCTION;

    #[test]
    fn undeclared_and_unused_parameters() {
        let doc = "paths:\n  /a/{id}:\n    get:\n      parameters: [{in: path, name: other, required: true}]\n";
        assert_eq!(
            run(&FUNCTION, doc, "paths", None),
            ["paths./a/{id}.get.parameters.0", "paths./a/{id}.get"]
        );
    }

    #[test]
    fn path_item_parameters_count_for_every_operation() {
        let doc = "paths:\n  /a/{id}:\n    parameters: [{in: path, name: id, required: true}]\n    get: {}\n    put: {}\n";
        assert!(run(&FUNCTION, doc, "paths", None).is_empty());
    }

    #[test]
    fn not_required_repeated_and_equivalent() {
        let doc = "paths:\n  /a/{x}/{x}:\n    get:\n      parameters: [{in: path, name: x}, {in: path, name: x, required: true}]\n  /a/{y}/{z}: {}\n";
        assert_eq!(
            run(&FUNCTION, doc, "paths", None),
            [
                "paths./a/{x}/{x}",
                "paths./a/{x}/{x}.get.parameters.0",
                "paths./a/{x}/{x}.get.parameters.1",
                "paths./a/{y}/{z}",
            ]
        );
    }
}
