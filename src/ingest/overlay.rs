//! OpenAPI Overlay 1.0: ordered `update`/`remove` actions whose targets are RFC 9535 JSONPath
//! expressions, applied to the located document tree before lint and generation.
//!
//! Nodes an overlay adds keep the overlay file's locations, so a finding about them points into
//! the overlay. An action whose target matches nothing (a stale fix after a vendor update) is
//! reported at the action's line.

use super::{codes, is_json_text, json, limits, refs, yaml};
use crate::diag::Diagnostic;
use crate::source::{FileId, Loc, Origin, SourceFile, SourceMap};
use crate::tree::{Node, Value, unescape_pointer_token};
use serde_json_path::JsonPath;
use std::path::Path;

/// One action.
#[derive(Debug, Clone)]
pub struct Action {
    /// The JSONPath target.
    pub target: String,
    /// Where the target is written.
    pub target_loc: Loc,
    /// What to merge into each selected node.
    pub update: Option<Node>,
    /// Remove the selected nodes.
    pub remove: bool,
}

/// A loaded overlay.
#[derive(Debug, Clone)]
pub struct Overlay {
    /// Its file.
    pub file: FileId,
    /// Its actions, in order.
    pub actions: Vec<Action>,
}

/// Reads and checks an overlay document.
pub fn load(path: &Path, sources: &mut SourceMap) -> Result<Overlay, Diagnostic> {
    let display = refs::display_rel(path);
    let text = limits::read_input_text(path)
        .map_err(|e| codes::IO.diag(format!("cannot read overlay `{display}`: {e}")))?;
    let canonical = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let id = sources.add(SourceFile::new(display.clone(), canonical, text));
    let text = sources.get(id).text();
    let mut w = Vec::new();
    let root = if is_json_text(text) {
        json::parse(text, Origin::whole(id), &mut w)?
    } else {
        yaml::parse(text, Origin::whole(id), &mut w)?
    };
    let start = Loc::new(id, 1, 1);
    let version = root.get("overlay").and_then(Node::as_text).unwrap_or("");
    if !version.starts_with("1.") {
        return Err(codes::OVERLAY
            .diag(format!(
                "`{display}` is not an OpenAPI Overlay 1.x document (`overlay: {version}`)"
            ))
            .at(
                root.get("overlay").map_or(start, |n| n.loc),
                "expected `overlay: 1.0.0`",
            ));
    }
    let Some(list) = root
        .get("actions")
        .and_then(Node::as_seq)
        .filter(|a| !a.is_empty())
    else {
        return Err(codes::OVERLAY
            .diag("an overlay needs a non-empty `actions` list")
            .at(start, "no actions"));
    };
    let mut actions = Vec::new();
    for a in list {
        let Some(target) = a.get("target").and_then(Node::as_str) else {
            return Err(codes::OVERLAY
                .diag("every overlay action needs a `target`")
                .at(a.loc, "this action"));
        };
        let target_loc = a.get("target").map_or(a.loc, |n| n.loc);
        if let Err(e) = JsonPath::parse(target) {
            return Err(codes::OVERLAY
                .diag(format!("`{target}` is not an RFC 9535 JSONPath: {e}"))
                .at(target_loc, "invalid target")
                .help("names with `-` need brackets: `$.paths['/a'].get['x-codeSamples']`"));
        }
        actions.push(Action {
            target: target.to_string(),
            target_loc,
            update: a.get("update").cloned(),
            remove: a.get("remove").and_then(Node::as_bool) == Some(true),
        });
    }
    Ok(Overlay { file: id, actions })
}

/// Applies `overlay` to each document in order; returns, per action, how many nodes it matched
/// over all documents. Problems (a primitive target) go to `diags`.
pub fn apply(overlay: &Overlay, docs: &mut [&mut Node], diags: &mut Vec<Diagnostic>) -> Vec<usize> {
    let mut matched = vec![0; overlay.actions.len()];
    let mut added = 0usize;
    for doc in docs.iter_mut() {
        for (i, action) in overlay.actions.iter().enumerate() {
            let Ok(path) = JsonPath::parse(&action.target) else {
                continue;
            };
            let json = doc.to_json();
            let pointers: Vec<String> = path
                .query_located(&json)
                .locations()
                .map(|l| l.to_json_pointer())
                .collect();
            matched[i] += pointers.len();
            if action.remove {
                // Last first, so earlier array indices stay valid.
                for p in pointers.iter().rev() {
                    remove_at(doc, p);
                }
            } else if let Some(update) = &action.update {
                // Each target receives a copy of the update: refuse growth beyond the
                // budget before copying anything.
                let cost = pointers.len().saturating_mul(update.count());
                if added.saturating_add(cost) > limits::MAX_OVERLAY_GROWTH {
                    diags.push(
                        codes::OVERLAY
                            .diag(format!(
                                "overlay action `{}` would add {cost} nodes ({} targets × {} nodes of update); the overlays of one API may add at most {}",
                                action.target,
                                pointers.len(),
                                update.count(),
                                limits::MAX_OVERLAY_GROWTH
                            ))
                            .at(action.target_loc, "this target")
                            .help("narrow the target (`$..*` selects every node) or the update"),
                    );
                    continue;
                }
                added += cost;
                for p in &pointers {
                    let Some(target) = doc.pointer_mut(p) else {
                        continue;
                    };
                    match (&mut target.value, &update.value) {
                        (Value::Map(_), Value::Map(_)) => merge(target, update),
                        (Value::Seq(items), Value::Seq(more)) => {
                            edit_seq(items, |v| v.extend(more.iter().cloned()));
                        }
                        (Value::Seq(items), _) => edit_seq(items, |v| v.push(update.clone())),
                        _ => diags.push(
                            codes::OVERLAY
                                .diag(format!("overlay target `{}` selects a {} at `{p}`; Overlay 1.0 updates objects and arrays only", action.target, target.kind_name()))
                                .at(action.target_loc, "this target")
                                .help("target the object that holds the value and update the property"),
                        ),
                    }
                }
            }
        }
    }
    matched
}

/// Reports actions that matched nothing.
pub fn stale_actions(overlay: &Overlay, matched: &[usize], diags: &mut Vec<Diagnostic>) {
    for (a, n) in overlay.actions.iter().zip(matched) {
        if *n == 0 {
            diags.push(
                codes::OVERLAY_STALE
                    .diag(format!(
                        "overlay action target `{}` matches nothing; the fix no longer applies",
                        a.target
                    ))
                    .at(a.target_loc, "matches nothing")
                    .help("the vendor document changed: update or delete this action"),
            );
        }
    }
}

/// Recursively merges the mapping `update` into the mapping `target`.
fn merge(target: &mut Node, update: &Node) {
    let (Some(t), Some(u)) = (target.as_map_mut(), update.as_map()) else {
        return;
    };
    for (k, e) in u {
        match t.get_mut(k.as_str()) {
            Some(existing) if existing.node.as_map().is_some() && e.node.as_map().is_some() => {
                merge(&mut existing.node, &e.node)
            }
            Some(existing) => existing.node = e.node.clone(),
            None => {
                t.insert(k.clone(), e.clone());
            }
        }
    }
}

/// Edits a sequence as a `Vec`: the tree keeps sequences as boxed slices, and overlays are
/// the one place that grows or shrinks them.
fn edit_seq(items: &mut Box<[Node]>, edit: impl FnOnce(&mut Vec<Node>)) {
    let mut v = std::mem::take(items).into_vec();
    edit(&mut v);
    *items = v.into_boxed_slice();
}

fn remove_at(doc: &mut Node, pointer: &str) {
    let Some((parent, last)) = pointer.rsplit_once('/') else {
        return;
    };
    let last = unescape_pointer_token(last);
    if let Some(p) = doc.pointer_mut(parent) {
        match &mut p.value {
            Value::Map(m) => {
                crate::tree::Map::make_mut(m).shift_remove(last.as_str());
            }
            Value::Seq(s) => {
                if let Ok(i) = last.parse::<usize>()
                    && i < s.len()
                {
                    edit_seq(s, |v| {
                        v.remove(i);
                    });
                }
            }
            _ => {}
        }
    }
}

/// The RFC 9535 normalized path of a JSON pointer in `doc` (`$['paths']['/a']['get']`).
pub fn pointer_to_path(doc: &Node, pointer: &str) -> Option<String> {
    let mut out = String::from("$");
    let mut node = doc;
    if pointer.is_empty() {
        return Some(out);
    }
    for token in pointer.strip_prefix('/')?.split('/') {
        let token = unescape_pointer_token(token);
        match &node.value {
            Value::Map(m) => {
                out.push_str("['");
                for c in token.chars() {
                    match c {
                        '\'' => out.push_str("\\'"),
                        '\\' => out.push_str("\\\\"),
                        c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                        c => out.push(c),
                    }
                }
                out.push_str("']");
                node = &m.get(token.as_str())?.node;
            }
            Value::Seq(s) => {
                let i: usize = token.parse().ok()?;
                out.push_str(&format!("[{i}]"));
                node = s.get(i)?;
            }
            _ => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(s: &str) -> Node {
        yaml::parse(s, Origin::whole(FileId(0)), &mut Vec::new()).unwrap()
    }

    #[test]
    fn normalized_paths_round_trip() {
        let d = doc(
            "paths:\n  /a's:\n    get:\n      responses:\n        '200': {description: ok}\nlist: [1, 2]\n",
        );
        let p = pointer_to_path(&d, "/paths/~1a's/get/responses/200").unwrap();
        assert_eq!(p, "$['paths']['/a\\'s']['get']['responses']['200']");
        let json = d.to_json();
        let found: Vec<String> = JsonPath::parse(&p)
            .unwrap()
            .query_located(&json)
            .locations()
            .map(|l| l.to_json_pointer())
            .collect();
        assert_eq!(found, ["/paths/~1a's/get/responses/200"]);
        assert_eq!(pointer_to_path(&d, "/list/1").unwrap(), "$['list'][1]");
    }
}
