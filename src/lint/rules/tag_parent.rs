//! ## What it finds
//! OpenAPI 3.2 tags whose `parent` names no tag of the document, or whose parents lead back
//! to the tag itself.
//!
//! ## Why it matters
//! Nested tags build the navigation tree of documentation and the module layout of an SDK.
//! A parent that does not exist leaves the tag outside the tree (often a misspelling), and
//! a cycle has no root at all: tools either loop or drop the tags.
//!
//! ## Example
//! `tags: [{name: cats, parent: animal}]` where the tag is named `animals`, or
//! `{name: a, parent: b}` with `{name: b, parent: a}`.
//!
//! ## Fix
//! Name an existing tag as `parent`, and make one tag of each group the root (no `parent`).

use crate::diag::Severity;
use crate::lint::{Context, Rule};
use crate::tree::Node;
use indexmap::IndexMap;

/// The rule.
pub const RULE: Rule = Rule {
    code: "SF168",
    name: "tag-parent",
    severity: Severity::Error,
    selection: crate::lint::Selection::Default,
    summary: "a 3.2 tag `parent` that names no tag, or parents that form a cycle",
    source: include_str!("tag_parent.rs"),
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    for (api, _) in cx.apis() {
        let tags = api.doc.get("tags").and_then(Node::as_seq).unwrap_or(&[]);
        // name → (index, its parent node)
        let mut by_name: IndexMap<&str, (usize, Option<&Node>)> = IndexMap::new();
        for (i, t) in tags.iter().enumerate() {
            if let Some(name) = t.get("name").and_then(Node::as_text) {
                by_name.entry(name).or_insert((i, t.get("parent")));
            }
        }
        let names: Vec<&str> = by_name.keys().copied().collect();
        let mut reported_cycle = std::collections::BTreeSet::new();
        for (&name, &(i, parent)) in &by_name {
            let Some(parent) = parent else {
                continue;
            };
            let Some(p) = parent.as_text() else {
                continue; // not a string: the structural check says so
            };
            let pointer = format!("/tags/{i}/parent");
            if !by_name.contains_key(p) {
                let mut d = RULE
                    .finding(format!(
                        "tag `{name}` has the parent `{p}`, which is not a tag"
                    ))
                    .at(parent.loc, "no such tag")
                    .pointer(&pointer);
                d = match crate::similar::closest(p, names.iter().copied()) {
                    Some(near) => d.help(format!("did you mean `{near}`?")),
                    None => d.help("add the tag to the document's `tags`, or name an existing one"),
                };
                out.push(d);
                continue;
            }
            // Follow parents; at most one step per tag, so the walk ends.
            let mut chain = vec![name];
            let mut cur = p;
            while chain.len() <= by_name.len() {
                if cur == name {
                    if reported_cycle.insert(min_of(&chain)) {
                        chain.push(name);
                        out.push(
                            RULE.finding(format!(
                                "tag parents form a cycle: {}",
                                chain
                                    .iter()
                                    .map(|n| format!("`{n}`"))
                                    .collect::<Vec<_>>()
                                    .join(" → ")
                            ))
                            .at(parent.loc, "leads back to this tag")
                            .pointer(&pointer)
                            .help("make one tag of the group the root: remove its `parent`"),
                        );
                    }
                    break;
                }
                chain.push(cur);
                match by_name
                    .get(cur)
                    .and_then(|(_, n)| n.and_then(|n| n.as_text()))
                {
                    Some(next) if by_name.contains_key(next) => cur = next,
                    _ => break,
                }
            }
        }
    }
}

/// The cycle's smallest name, so one cycle is reported once whichever tag it is found from.
fn min_of<'a>(chain: &[&'a str]) -> &'a str {
    chain.iter().copied().min().unwrap_or("")
}
