//! `unreferencedReusableObject`: each member of the mapping at `reusableObjectsLocation`
//! (`#/components/schemas`) is named by some `$ref` of the document.

use super::options_map;
use crate::ruleset::function::{Context, Failure, Function, Segment};
use crate::tree::{Node, Value};
use std::collections::HashSet;

/// The function.
pub const FUNCTION: Function = Function {
    name: "unreferencedReusableObject",
    call,
    check_options,
    reads_logical_path: false,
};

fn check_options(options: Option<&Node>) -> Result<(), String> {
    let map = options_map(options, &["reusableObjectsLocation"])?;
    match map
        .get("reusableObjectsLocation")
        .and_then(|e| e.node.as_str())
    {
        Some(l) if l.starts_with("#/") => Ok(()),
        Some(_) => {
            Err("`reusableObjectsLocation` is a local JSON pointer (`#/components/schemas`)".into())
        }
        None => Err("`reusableObjectsLocation` is required".into()),
    }
}

fn refs<'a>(node: &'a Node, out: &mut HashSet<&'a str>) {
    match &node.value {
        Value::Map(m) => {
            for (k, e) in m.iter() {
                match (k.as_str(), e.node.as_str()) {
                    ("$ref", Some(r)) => {
                        out.insert(r);
                    }
                    _ => refs(&e.node, out),
                }
            }
        }
        Value::Seq(s) => s.iter().for_each(|n| refs(n, out)),
        _ => {}
    }
}

fn call(input: Option<&Node>, options: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    let (Some(map), Some(location)) = (
        input.and_then(Node::as_map),
        options
            .and_then(|o| o.get("reusableObjectsLocation"))
            .and_then(Node::as_str),
    ) else {
        return Vec::new();
    };
    let mut seen = HashSet::new();
    refs(cx.document, &mut seen);
    // A `$ref` names a member by its local pointer, or by a file's path and the same pointer.
    let fragments: HashSet<&str> = seen
        .iter()
        .filter_map(|r| r.find('#').map(|i| &r[i..]))
        .collect();
    let mut out = Vec::new();
    for key in map.keys() {
        let mut pointer = String::from(location);
        pointer.push('/');
        crate::tree::push_pointer_token(&mut pointer, key);
        if fragments.contains(pointer.as_str()) {
            continue;
        }
        let mut path = cx.path.to_vec();
        path.push(Segment::Key(key.to_string()));
        out.push(Failure {
            message: "Potentially unused component has been detected".into(),
            path,
        });
    }
    out
}
