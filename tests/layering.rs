//! The module layering of decision 016: no import cycle among src/'s top-level modules, nor
//! among the model's submodules. Files are read as Rust tokens (comments and string literals
//! are not paths), and a dependency is a path that names another module: `crate::ingest::…`
//! between top-level modules, `super::schema::…` (or `crate::model::schema::…`) between the
//! model's files, `super::Item` from a model file to the items `model/mod.rs` defines itself.
//! The `pub use` lines of `model/mod.rs` are its public face, not a dependency; what its own
//! items name of a submodule's is.

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Module → the modules it uses.
type Graph = BTreeMap<String, BTreeSet<String>>;

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn tokens(text: &str) -> Vec<TokenTree> {
    text.parse::<TokenStream>()
        .expect("src/ files are valid Rust")
        .into_iter()
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("readable src/") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn is_ident(t: &TokenTree, name: &str) -> bool {
    matches!(t, TokenTree::Ident(i) if i == name)
}

fn is_path_sep(ts: &[TokenTree], i: usize) -> bool {
    matches!((ts.get(i), ts.get(i + 1)),
        (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b))) if a.as_char() == ':' && b.as_char() == ':')
}

/// The segment after `prefix::` at `ts[i..]`: an identifier, `*`, or, for a `{…}` group, the
/// first segment of each of its entries.
fn next_segments(ts: &[TokenTree], i: usize) -> Vec<String> {
    match ts.get(i) {
        Some(TokenTree::Ident(id)) => vec![id.to_string()],
        Some(TokenTree::Punct(p)) if p.as_char() == '*' => vec!["*".into()],
        Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace => {
            let inner: Vec<TokenTree> = g.stream().into_iter().collect();
            inner
                .split(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ','))
                .filter_map(|entry| next_segments(entry, 0).into_iter().next())
                .collect()
        }
        _ => Vec::new(),
    }
}

/// Every path `prefix[0]::prefix[1]::…::X` in the tokens: the `X`s. `super` paths count only
/// outside inline modules (inside `mod tests { use super::*; }` it is the file's own module).
fn paths_after(ts: &[TokenTree], prefix: &[&str], inline_depth: usize, out: &mut Vec<String>) {
    let mut i = 0;
    while i < ts.len() {
        if let TokenTree::Group(g) = &ts[i] {
            let inline_mod = i >= 2 && is_ident(&ts[i - 2], "mod");
            let inner: Vec<TokenTree> = g.stream().into_iter().collect();
            paths_after(&inner, prefix, inline_depth + usize::from(inline_mod), out);
        }
        // The head of a path, not a later segment (`super::super::x`).
        let at_start = i < 2 || !is_path_sep(ts, i - 2);
        let matches = at_start
            && (inline_depth == 0 || prefix[0] != "super")
            && prefix
                .iter()
                .enumerate()
                .all(|(k, seg)| is_ident_at(ts, i + 3 * k, seg) && is_path_sep(ts, i + 3 * k + 1));
        if matches {
            out.extend(next_segments(ts, i + 3 * prefix.len()));
        }
        i += 1;
    }
}

fn is_ident_at(ts: &[TokenTree], i: usize, name: &str) -> bool {
    ts.get(i).is_some_and(|t| is_ident(t, name))
}

/// The names of `mod x;` declarations at the top of a file.
fn declared_modules(ts: &[TokenTree]) -> BTreeSet<String> {
    (1..ts.len().saturating_sub(1))
        .filter(|&i| is_ident(&ts[i - 1], "mod"))
        .filter(|&i| matches!(&ts[i + 1], TokenTree::Punct(p) if p.as_char() == ';'))
        .map(|i| ts[i].to_string())
        .collect()
}

/// The names of the public items a file defines at its top level.
fn public_items(ts: &[TokenTree]) -> BTreeSet<String> {
    const KINDS: &[&str] = &["struct", "enum", "fn", "type", "const", "static", "trait"];
    let mut out = BTreeSet::new();
    for i in 0..ts.len() {
        if !is_ident(&ts[i], "pub") {
            continue;
        }
        // `pub(crate)` and `pub(super)` are visible to the parent too.
        let mut k = i + 1;
        if matches!(ts.get(k), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis)
        {
            k += 1;
        }
        if ts
            .get(k)
            .is_some_and(|t| KINDS.iter().any(|kind| is_ident(t, kind)))
            && let Some(TokenTree::Ident(name)) = ts.get(k + 1)
        {
            out.insert(name.to_string());
        }
    }
    out
}

/// The file's tokens without its top-level `use …;` and `mod …;` statements.
fn without_imports(ts: &[TokenTree]) -> Vec<TokenTree> {
    let mut out = Vec::new();
    let mut skipping = false;
    for (i, t) in ts.iter().enumerate() {
        let starts = (is_ident(t, "use") || is_ident(t, "mod"))
            && !matches!(ts.get(i + 2), Some(TokenTree::Group(_)));
        skipping |= starts;
        if !skipping {
            out.push(t.clone());
        }
        if matches!(t, TokenTree::Punct(p) if p.as_char() == ';') {
            skipping = false;
        }
    }
    // `pub use` leaves its `pub` behind; harmless, it names nothing.
    out
}

/// The identifiers in the tokens, and those of them that head a path (`schema::…`).
fn identifiers(ts: &[TokenTree], names: &mut BTreeSet<String>, heads: &mut BTreeSet<String>) {
    for (i, t) in ts.iter().enumerate() {
        match t {
            TokenTree::Ident(id) => {
                names.insert(id.to_string());
                if is_path_sep(ts, i + 1) {
                    heads.insert(id.to_string());
                }
            }
            TokenTree::Group(g) => {
                let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                identifiers(&inner, names, heads);
            }
            _ => {}
        }
    }
}

/// Top-level modules (those `lib.rs` declares) and which of them each uses.
fn top_level_graph() -> Graph {
    let root = src();
    let lib = std::fs::read_to_string(root.join("lib.rs")).expect("lib.rs");
    let modules = declared_modules(&tokens(&lib));
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut graph = Graph::new();
    for file in files {
        let rel = file.strip_prefix(&root).expect("under src/");
        let first = rel.components().next().expect("a component");
        let owner = first
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        if !modules.contains(&owner) {
            continue; // lib.rs, main.rs
        }
        let text = std::fs::read_to_string(&file).expect("readable");
        let mut used = Vec::new();
        paths_after(&tokens(&text), &["crate"], 0, &mut used);
        let entry = graph.entry(owner.clone()).or_default();
        entry.extend(
            used.into_iter()
                .filter(|m| modules.contains(m) && *m != owner),
        );
    }
    graph
}

/// The model's files (`mod` for `model/mod.rs`) and which of them each uses.
fn model_graph() -> Graph {
    let dir = src().join("model");
    let read = |name: &str| std::fs::read_to_string(dir.join(format!("{name}.rs"))).expect("file");
    let parent = tokens(&read("mod"));
    let children = declared_modules(&parent);
    let mut graph = Graph::new();
    let mut parent_uses = BTreeSet::new();
    let (mut parent_idents, mut parent_heads) = (BTreeSet::new(), BTreeSet::new());
    identifiers(
        &without_imports(&parent),
        &mut parent_idents,
        &mut parent_heads,
    );
    for child in &children {
        let ts = tokens(&read(child));
        let mut used = Vec::new();
        paths_after(&ts, &["super"], 0, &mut used);
        paths_after(&ts, &["crate", "model"], 0, &mut used);
        let targets = graph.entry(child.clone()).or_default();
        for u in used {
            if children.contains(&u) {
                if u != *child {
                    targets.insert(u);
                }
            } else {
                targets.insert("mod".into());
            }
        }
        if parent_heads.contains(child) || !parent_idents.is_disjoint(&public_items(&ts)) {
            parent_uses.insert(child.clone());
        }
    }
    graph.insert("mod".into(), parent_uses);
    graph
}

/// A cycle of the graph, as the path around it, if there is one.
fn find_cycle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(
        n: &str,
        graph: &Graph,
        done: &mut BTreeSet<String>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|s| s == n) {
            let mut cycle = stack[at..].to_vec();
            cycle.push(n.to_string());
            return Some(cycle);
        }
        if done.contains(n) {
            return None;
        }
        stack.push(n.to_string());
        for m in graph.get(n).into_iter().flatten() {
            if let Some(c) = visit(m, graph, done, stack) {
                return Some(c);
            }
        }
        stack.pop();
        done.insert(n.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|n| visit(n, graph, &mut done, &mut Vec::new()))
}

#[test]
fn top_level_modules_form_no_cycle() {
    let g = top_level_graph();
    // The scan sees real dependencies (so an empty graph cannot pass).
    assert!(g["model"].contains("ingest"), "{g:?}");
    assert!(g["lint"].contains("model"), "{g:?}");
    assert!(
        !g.contains_key("overlay"),
        "overlay is a phase of ingest: {g:?}"
    );
    assert_eq!(find_cycle(&g), None, "{g:#?}");
}

#[test]
fn model_submodules_form_no_cycle() {
    let g = model_graph();
    assert!(g["build"].contains("schema"), "{g:?}");
    assert!(g["schema"].contains("semantic"), "{g:?}");
    assert!(g["mod"].contains("example"), "{g:?}");
    // The kinds know nothing of schemas, nor of the model's own items.
    assert!(g["semantic"].is_empty(), "{g:?}");
    assert_eq!(find_cycle(&g), None, "{g:#?}");
}

#[test]
fn the_scan_finds_a_cycle_through_paths_and_groups() {
    // schema ↔ semantic as it was: one side imports through a group, the other by a path.
    let mut used = Vec::new();
    let schema = "use super::{example::Example, semantic::Semantic};";
    paths_after(&tokens(schema), &["super"], 0, &mut used);
    assert_eq!(used, ["example", "semantic"]);
    let mut back = Vec::new();
    let semantic = "fn infer(s: &super::schema::Schema) {} mod tests { use super::*; }";
    paths_after(&tokens(semantic), &["super"], 0, &mut back);
    assert_eq!(
        back,
        ["schema"],
        "a test module's `super` is the file itself"
    );
    let mut g = Graph::new();
    g.insert("schema".into(), used.into_iter().collect());
    g.insert("semantic".into(), back.into_iter().collect());
    assert_eq!(
        find_cycle(&g),
        Some(vec!["schema".into(), "semantic".into(), "schema".into()])
    );
    // Comments and strings are not paths.
    let mut none = Vec::new();
    paths_after(
        &tokens("// crate::overlay::load\nconst S: &str = \"crate::overlay\";"),
        &["crate"],
        0,
        &mut none,
    );
    assert!(none.is_empty(), "{none:?}");
}
