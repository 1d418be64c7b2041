//! ## What it finds
//! An API with no `servers` (clients cannot know where to send requests), and components
//! (`schemas`, `parameters`, `responses`, `requestBodies`, `headers`, `examples`,
//! `securitySchemes`) that nothing references.
//!
//! ## Why it matters
//! Without servers, generated clients need a base URL from somewhere else and docs show
//! relative paths. Unused components are dead weight, often left behind by a rename, and
//! generated code carries types nobody uses.
//!
//! ## Example
//! `components.schemas.OldClient` defined but never `$ref`ed.
//!
//! ## Fix
//! Add `servers: [{url: …}]`; delete unused components or reference them where intended.

use crate::diag::Severity;
use crate::lint::{Context, Rule};
use crate::tree::{Node, Value, pointer_join};
use std::collections::{BTreeMap, BTreeSet};

/// Whether the component `entry` names a schema of another file that the spec references by
/// file elsewhere. A multi-file spec registers `ProvisioningPolicy: {$ref:
/// ./schemas/ProvisioningPolicyDto.yaml}` and its paths `$ref` the file itself; bundlers
/// (specforge's, Redocly's) resolve both to one schema, so the component is the name of a schema
/// in use, not dead weight. After bundling the entry is an alias of the hoisted schema, read
/// from the other file, which is referenced more often than by the alias alone.
fn names_used_file(api: &crate::ingest::Api, entry: &Node, used: &BTreeMap<String, usize>) -> bool {
    let Some(target) = entry
        .as_map()
        .filter(|m| m.len() == 1)
        .and_then(|_| entry.get("$ref"))
        .and_then(Node::as_str)
        .and_then(|r| r.strip_prefix('#'))
    else {
        return false;
    };
    let other_file = api
        .doc
        .pointer(target)
        .is_some_and(|t| t.loc.file != entry.loc.file);
    other_file && used.get(target).copied().unwrap_or(0) > 1
}

/// The rule.
pub const RULE: Rule = Rule {
    code: "SF165",
    name: "no-servers-or-unused-component",
    severity: Severity::Info,
    selection: crate::lint::Selection::Default,
    summary: "an API without servers, or a component nothing references",
    source: include_str!("servers_and_components.rs"),
    check,
};

/// Every `#…` reference target (and discriminator mapping) under `n`, with how often it is
/// referenced, and the strings inside `x-` extensions, where vendors name components for their
/// own tools (OpenAI's `x-oaiMeta` lists event schemas by `key:`): a component named there is
/// in use. One walk for both.
fn collect_refs<'n>(
    n: &'n Node,
    in_extension: bool,
    out: &mut BTreeMap<String, usize>,
    named: &mut BTreeSet<&'n str>,
) {
    match &n.value {
        Value::Map(m) => {
            for (k, e) in m.iter() {
                if k == "$ref"
                    && let Some(r) = e.node.as_str()
                    && let Some(frag) = r.strip_prefix('#')
                {
                    *out.entry(crate::ingest::refs::split_ref(&format!("#{frag}")).1)
                        .or_default() += 1;
                }
                // Discriminator mappings name schemas too.
                if k == "mapping"
                    && let Some(mm) = e.node.as_map()
                {
                    for v in mm.values() {
                        if let Some(r) = v.node.as_str().and_then(|r| r.strip_prefix('#')) {
                            *out.entry(r.to_string()).or_default() += 1;
                        }
                    }
                }
                collect_refs(&e.node, in_extension || k.starts_with("x-"), out, named);
            }
        }
        Value::Seq(s) => s
            .iter()
            .for_each(|x| collect_refs(x, in_extension, out, named)),
        Value::String(t) if in_extension => {
            named.insert(t.as_str());
        }
        _ => {}
    }
}

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    for (api, m) in cx.apis() {
        let has_server = !m.servers.is_empty()
            || m.operations.iter().all(|o| !o.servers.is_empty()) && !m.operations.is_empty();
        if !has_server && !m.operations.is_empty() {
            let at = api.doc.key_loc("openapi").unwrap_or(api.doc.loc);
            out.push(
                RULE.finding(format!("API `{}` declares no `servers`", m.name))
                    .at(at, "no servers in this document")
                    .pointer("")
                    .help(
                        "add `servers: [{url: https://…}]` so clients and docs know the base URL",
                    ),
            );
        }
        let Some(comps) = api.doc.get("components").and_then(Node::as_map) else {
            continue;
        };
        let (mut used, mut named) = (BTreeMap::new(), BTreeSet::new());
        collect_refs(&api.doc, false, &mut used, &mut named);
        // Security schemes are used by name in security requirements.
        let mut schemes_used: BTreeSet<&str> = BTreeSet::new();
        for req in m.security.iter().flatten().chain(
            m.operations
                .iter()
                .flat_map(|o| o.security.iter().flatten()),
        ) {
            schemes_used.extend(req.keys().map(String::as_str));
        }
        for section in [
            "schemas",
            "parameters",
            "responses",
            "requestBodies",
            "headers",
            "examples",
            "securitySchemes",
        ] {
            let Some(items) = comps.get(section).and_then(|e| e.node.as_map()) else {
                continue;
            };
            for (name, e) in items {
                let ptr = pointer_join(&format!("/components/{section}"), name);
                let referenced = if section == "securitySchemes" {
                    schemes_used.contains(name.as_str())
                } else {
                    // The component itself, or anything inside it (`.../Pet/properties/id`).
                    let inside = format!("{ptr}/");
                    named.contains(name.as_str())
                        || used.contains_key(&ptr)
                        || used
                            .range(inside.clone()..)
                            .next()
                            .is_some_and(|(u, _)| u.starts_with(&inside))
                        || names_used_file(api, &e.node, &used)
                };
                if !referenced {
                    out.push(
                        RULE.finding(format!("component `{section}/{name}` is never referenced"))
                            .at(e.key_loc, "unused")
                            .pointer(&ptr)
                            .help("delete it, or reference it where it was meant to be used"),
                    );
                }
            }
        }
    }
}
