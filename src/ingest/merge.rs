//! Merging the documents of one API, and attaching docs-page examples to operations.
//!
//! Docs pages each carry a slice of the vendor's spec (one operation plus the components it
//! uses). Merging takes the union; the same component or operation defined twice with
//! different content is an error-level diagnostic naming both places, and the first wins.
//! Document-level `security` and `servers` that differ between documents are pushed down to
//! the operations / path items they governed, so merging never changes what applies where.

use super::codes;
use super::curl::DocsExample;
use super::{DocsOrigin, HarvestedExample, ReadDocument, SpecVersion};
use crate::diag::Diagnostic;
use crate::source::SourceMap;
use crate::tree::{Entry, Node, Value, pointer_join};

/// HTTP method fields of a path item, in OpenAPI's order (`query` is 3.2's).
pub const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace", "query",
];

/// Merges documents into one. With one document, returns it unchanged (moved, not copied).
pub fn merge(mut docs: Vec<ReadDocument>, diags: &mut Vec<Diagnostic>) -> Node {
    if docs.len() == 1 {
        return docs.pop().expect("one").root;
    }
    let same = |key: &str| {
        let first = docs[0].root.get(key);
        docs.iter().all(|d| match (d.root.get(key), first) {
            (Some(a), Some(b)) => a.same_content(b),
            (None, None) => true,
            _ => false,
        })
    };
    let push_security = !same("security");
    let push_servers = !same("servers");
    let newest = docs
        .iter()
        .map(|d| d.info.version)
        .max()
        .expect("non-empty");

    let mut out = docs[0].root.clone();
    if push_security {
        out.remove("security");
    }
    if push_servers {
        out.remove("servers");
    }
    out.remove("paths");
    out.remove("webhooks");
    out.remove("components");
    out.remove("tags");
    // The merged document declares the newest dialect among its parts, so what a 3.1 or 3.2
    // part says is read as written.
    if newest >= SpecVersion::V31
        && docs[0].info.version != newest
        && let Some(v) = docs
            .iter()
            .find(|d| d.info.version == newest)
            .and_then(|d| d.root.get("openapi"))
            .cloned()
    {
        out.insert("openapi", v);
    }

    let mut paths = Node::map(out.loc);
    let mut webhooks = Node::map(out.loc);
    let mut components = Node::map(out.loc);
    let mut tags: Vec<Node> = Vec::new();
    for d in docs {
        let mut root = d.root;
        if push_security {
            push_down_security(&mut root);
        }
        if push_servers {
            push_down_servers(&mut root);
        }
        for (section, target) in [("paths", &mut paths), ("webhooks", &mut webhooks)] {
            if let Some(m) = root.get(section).and_then(Node::as_map) {
                for (p, e) in m {
                    merge_path_item(target, p, e, section, diags);
                }
            }
        }
        if let Some(c) = root.get("components").and_then(Node::as_map) {
            for (section, e) in c {
                let Some(items) = e.node.as_map() else {
                    continue;
                };
                if components.get(section).is_none() {
                    components.as_map_mut().expect("map").insert(
                        section.clone(),
                        Entry {
                            key_loc: e.key_loc,
                            node: Node::map(e.node.loc),
                        },
                    );
                }
                let target = components.get_mut(section).expect("just ensured");
                union(target, items, diags, |name| {
                    (
                        format!("component `{section}/{name}`"),
                        "make the definitions identical, or put the documents in different APIs in specforge.toml",
                    )
                });
            }
        }
        if let Some(t) = root.get("tags").and_then(Node::as_seq) {
            for tag in t {
                let name = tag.get("name").and_then(Node::as_text);
                if !tags
                    .iter()
                    .any(|x| x.get("name").and_then(Node::as_text) == name)
                {
                    tags.push(tag.clone());
                }
            }
        }
    }
    if !tags.is_empty() {
        let loc = tags[0].loc;
        out.insert("tags", Node::new(loc, Value::Seq(tags.into())));
    }
    out.insert("paths", paths);
    if webhooks.as_map().is_some_and(|m| !m.is_empty()) {
        out.insert("webhooks", webhooks);
    }
    if components.as_map().is_some_and(|m| !m.is_empty()) {
        out.insert("components", components);
    }
    out
}

fn merge_path_item(
    target: &mut Node,
    path: &str,
    e: &Entry,
    section: &str,
    diags: &mut Vec<Diagnostic>,
) {
    let Some(existing) = target.get_mut(path) else {
        target
            .as_map_mut()
            .expect("map")
            .insert(path.into(), e.clone());
        return;
    };
    let Some(new) = e.node.as_map() else {
        return;
    };
    union(existing, new, diags, |k| {
        (
            format!("`{section}` entry `{path}` field `{k}`"),
            "the documents disagree about this operation; keep one version",
        )
    });
}

/// Adds the entries of `new` to the mapping `target`: an entry already there with the same
/// content is fine, with other content it is a conflict (the first definition stays).
/// `what` names an entry and gives the help text.
fn union(
    target: &mut Node,
    new: &crate::tree::Map,
    diags: &mut Vec<Diagnostic>,
    what: impl Fn(&str) -> (String, &'static str),
) {
    for (k, v) in new {
        match target.as_map().and_then(|m| m.get(k)) {
            Some(prev) if prev.node.same_content(&v.node) => {}
            Some(prev) => {
                let (name, help) = what(k);
                diags.push(
                    codes::MERGE_CONFLICT
                        .diag(format!(
                            "{name} is defined differently in two documents of this API; the first definition is used"
                        ))
                        .at(v.key_loc, "second definition")
                        .also(prev.key_loc, "first definition")
                        .help(help),
                );
            }
            None => {
                if let Some(m) = target.as_map_mut() {
                    m.insert(k.clone(), v.clone());
                }
            }
        }
    }
}

fn push_down_security(root: &mut Node) {
    let Some(sec) = root.get("security").cloned() else {
        return;
    };
    for_each_operation(root, |op| {
        if op.get("security").is_none() {
            op.insert("security", sec.clone());
        }
    });
}

fn push_down_servers(root: &mut Node) {
    let Some(servers) = root.get("servers").cloned() else {
        return;
    };
    if let Some(m) = root.get_mut("paths").and_then(Node::as_map_mut) {
        for e in m.values_mut() {
            if e.node.get("servers").is_none() && e.node.get("$ref").is_none() {
                e.node.insert("servers", servers.clone());
            }
        }
    }
}

/// Calls `f` on every operation object under `paths`.
pub fn for_each_operation(root: &mut Node, mut f: impl FnMut(&mut Node)) {
    if let Some(m) = root.get_mut("paths").and_then(Node::as_map_mut) {
        for e in m.values_mut() {
            if let Some(item) = e.node.as_map_mut() {
                for (k, op) in item.iter_mut() {
                    if METHODS.contains(&k.as_str()) {
                        f(&mut op.node);
                    } else if k == "additionalOperations"
                        && let Some(extra) = op.node.as_map_mut()
                    {
                        for e in extra.values_mut() {
                            f(&mut e.node);
                        }
                    }
                }
            }
        }
    }
}

/// The `(method, path)` of the operation an example documents.
pub fn find_operation(doc: &Node, ex: &DocsExample) -> Option<(String, String)> {
    let method = ex.method.to_ascii_lowercase();
    let paths = doc.get("paths")?.as_map()?;
    // Candidate request paths: the URL with each server prefix removed, then the bare path.
    let mut candidates: Vec<String> = Vec::new();
    for url in server_urls(doc) {
        if let Some(rest) = ex.url.strip_prefix(url.trim_end_matches('/')) {
            candidates.push(rest.split(['?', '#']).next().unwrap_or(rest).to_string());
        }
    }
    candidates.push(ex.url_path().to_string());
    for cand in &candidates {
        let segs: Vec<&str> = cand.trim_matches('/').split('/').collect();
        // Exact template match first, then a suffix match (unknown base path).
        for exact in [true, false] {
            for (p, e) in paths {
                if e.node.get(&method).is_none() {
                    continue;
                }
                let t: Vec<&str> = p.trim_matches('/').split('/').collect();
                let ok = if exact {
                    t.len() == segs.len() && segs_match(&t, &segs)
                } else {
                    t.len() < segs.len() && segs_match(&t, &segs[segs.len() - t.len()..])
                };
                if ok {
                    return Some((method.clone(), p.to_string()));
                }
            }
        }
    }
    None
}

fn segs_match(template: &[&str], actual: &[&str]) -> bool {
    template
        .iter()
        .zip(actual)
        .all(|(t, a)| t == a || (t.starts_with('{') && t.ends_with('}') && !a.is_empty()))
}

/// Server URLs of a document, variables replaced by their defaults.
fn server_urls(doc: &Node) -> Vec<String> {
    let mut out = Vec::new();
    for s in doc.get("servers").and_then(Node::as_seq).unwrap_or(&[]) {
        let Some(mut url) = s.get("url").and_then(Node::as_text).map(str::to_string) else {
            continue;
        };
        if let Some(vars) = s.get("variables").and_then(Node::as_map) {
            for (k, v) in vars {
                if let Some(d) = v.node.get("default").and_then(Node::as_text) {
                    url = url.replace(&format!("{{{k}}}"), d);
                }
            }
        }
        out.push(url);
    }
    out
}

/// The diagnostic for an example that matches no operation.
pub fn unattached(ex: &DocsExample) -> Diagnostic {
    codes::UNATTACHED_EXAMPLE
        .diag(format!(
            "the docs example `{} {}` matches no operation of any given document; it is not used",
            ex.method, ex.url
        ))
        .at(ex.loc, "curl example")
        .help("give specforge the OpenAPI document (or docs page) that defines this operation, in the same API")
}

/// Attaches a docs example to its operation in `doc`, recording what it placed in
/// `harvested`; returns the operation, or reports it.
pub fn attach_example(
    doc: &mut Node,
    ex: &DocsExample,
    sources: &SourceMap,
    harvested: &mut Vec<HarvestedExample>,
    diags: &mut Vec<Diagnostic>,
) -> Option<(String, String)> {
    let Some((method, path)) = find_operation(doc, ex) else {
        diags.push(unattached(ex));
        return None;
    };
    let source = format!("{}:{}", sources.name(ex.loc.file), ex.loc.line);
    let op_ptr = pointer_join(&pointer_join("/paths", &path), &method);
    let op = doc
        .get_mut("paths")
        .and_then(|p| p.get_mut(&path))
        .and_then(|i| i.get_mut(&method))?;
    if let Some(body) = &ex.body {
        let ct = ex
            .headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("content-type"))
            .map_or("application/json", |(_, v)| v.as_str())
            .split(';')
            .next()
            .unwrap_or("application/json")
            .trim()
            .to_string();
        if let Some(content) = op.get_mut("requestBody").and_then(|b| b.get_mut("content")) {
            let key = if content.get(&ct).is_some() {
                Some(ct)
            } else {
                content
                    .as_map()
                    .and_then(|m| m.keys().find(|k| k.contains("json")).map(|k| k.to_string()))
            };
            if let Some((k, media)) = key.and_then(|k| content.get_mut(&k).map(|m| (k, m))) {
                let name = add_example(
                    media,
                    DocsOrigin::CurlRequest.example_name(),
                    format!("curl request body on the docs page {source}"),
                    body,
                );
                harvested.push(HarvestedExample {
                    pointer: examples_entry(&op_ptr, &["requestBody", "content", &*k], &name),
                    origin: DocsOrigin::CurlRequest,
                });
            }
        }
    }
    if let Some(resp) = &ex.response {
        let responses = op.get_mut("responses");
        if let Some(responses) = responses {
            let status = responses
                .as_map()
                .and_then(|m| m.keys().filter(|k| k.starts_with('2')).min().cloned());
            if let Some(content) = status
                .as_ref()
                .and_then(|s| responses.get_mut(s))
                .and_then(|r| r.get_mut("content"))
            {
                let key = content
                    .as_map()
                    .and_then(|m| m.keys().find(|k| k.contains("json")).cloned());
                if let Some((k, media)) = key.and_then(|k| content.get_mut(&k).map(|m| (k, m))) {
                    let name = add_example(
                        media,
                        DocsOrigin::ResponseSample.example_name(),
                        format!("response sample on the docs page {source}"),
                        resp,
                    );
                    let at = ["responses", status.as_deref().unwrap_or(""), "content", &*k];
                    harvested.push(HarvestedExample {
                        pointer: examples_entry(&op_ptr, &at, &name),
                        origin: DocsOrigin::ResponseSample,
                    });
                }
            }
        }
    }
    Some((method, path))
}

/// The first of `name`, `name-2`, `name-3`, … that is not `taken`, found in O(log n) probes
/// when the taken ones run without a gap (as this function makes them): a docs page with
/// 20,000 curl examples of one operation names them in linear time, not quadratic.
fn free_name(name: &str, taken: impl Fn(&str) -> bool) -> String {
    let key = |i: usize| {
        if i == 1 {
            name.to_string()
        } else {
            format!("{name}-{i}")
        }
    };
    if !taken(name) {
        return name.to_string();
    }
    // `lo` is taken, `hi` is free.
    let (mut lo, mut hi) = (1usize, 2usize);
    while taken(&key(hi)) {
        lo = hi;
        hi = hi.saturating_mul(2);
    }
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if taken(&key(mid)) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    key(hi)
}

/// The pointer of entry `name` of the `examples` at `tokens` under `base`.
fn examples_entry(base: &str, tokens: &[&str], name: &str) -> String {
    let media = tokens
        .iter()
        .fold(base.to_string(), |p, t| pointer_join(&p, t));
    pointer_join(&pointer_join(&media, "examples"), name)
}

/// Adds an example to the media type under the first free name after `name`; that name.
fn add_example(media: &mut Node, name: &str, summary: String, value: &Node) -> String {
    let loc = value.loc;
    if media.get("examples").is_none_or(|e| e.as_map().is_none()) {
        media.insert("examples", Node::map(loc));
    }
    let examples = media.get_mut("examples").expect("just ensured");
    let key = free_name(name, |k| examples.get(k).is_some());
    let mut ex = Node::map(loc);
    ex.insert("summary", Node::string(loc, summary));
    ex.insert("value", value.clone());
    examples.insert(key.clone(), ex);
    key
}

#[cfg(test)]
mod tests {
    use super::free_name;
    use std::collections::BTreeSet;

    #[test]
    fn free_names_count_up_without_gaps() {
        let mut taken = BTreeSet::new();
        for want in ["ex", "ex-2", "ex-3", "ex-4", "ex-5"] {
            let got = free_name("ex", |k| taken.contains(k));
            assert_eq!(got, want);
            taken.insert(got);
        }
        // A name someone else took is skipped.
        taken.insert("ex-6".to_string());
        assert_eq!(free_name("ex", |k| taken.contains(k)), "ex-7");
    }
}
