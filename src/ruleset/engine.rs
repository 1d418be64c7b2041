//! Running a ruleset: each linted file is read as written (Spectral lints the file, not
//! specforge's merged and converted document), every enabled rule's `given` is evaluated,
//! each `then` calls its function, and the failures become findings located in the file that
//! holds the node.

use super::function::{Context, Resolver, Segment};
use super::jsonpath::{Match, Plan, Walk};
use super::message::{self, Vars};
use super::model::{Field, Format, Rule, RuleChange, RuleSeverity, Ruleset};
use super::resolve::{Docs, Document, pointer_of};
use crate::diag::Diagnostic;
use crate::ingest::Workspace;
use crate::ingest::wrapper::WrapperKind;
use crate::source::{FileId, Origin};
use crate::tree::{Memo, Node, Value};
use std::borrow::Cow;
use std::collections::HashSet;
use std::path::Path;

/// Most documents one linted file's `$ref`s may bring in.
const MAX_DOCUMENTS: usize = 4096;

/// Every finding of `ruleset` over the workspace's OpenAPI files, in no particular order.
pub fn run(ruleset: &Ruleset, ws: &Workspace) -> Vec<Diagnostic> {
    use rayon::prelude::*;
    let mut files: Vec<FileId> = Vec::new();
    for api in &ws.apis {
        for d in &api.documents {
            if matches!(d.kind, WrapperKind::PlainYaml | WrapperKind::PlainJson)
                && !files.contains(&d.file)
            {
                files.push(d.file);
            }
        }
    }
    files
        .par_iter()
        .filter_map(|&id| read(ws, id))
        .flat_map_iter(|docs| run_documents(ruleset, &docs, &ws.memo))
        .collect()
}

/// A file as written: the tree ingest kept before bundling ([`Workspace::written`]), or else
/// parsed again with the located reader ingest used (its text is read again: after ingest the
/// source map keeps large texts packed).
fn parse(ws: &Workspace, id: FileId) -> Option<Document> {
    let file = ws.sources.get(id);
    if let Some((_, root)) = ws.written.iter().find(|(f, _)| *f == id) {
        return Some(Document {
            file: id,
            path: file.path.clone(),
            root: root.clone(),
        });
    }
    let text = std::fs::read_to_string(&file.path).ok()?;
    let mut warnings = Vec::new();
    let root = if crate::ingest::is_json_text(&text) {
        crate::ingest::json::parse(&text, Origin::whole(id), &mut warnings)
    } else {
        crate::ingest::yaml::parse(&text, Origin::whole(id), &mut warnings)
    }
    .ok()?;
    Some(Document {
        file: id,
        path: file.path.clone(),
        root,
    })
}

/// The linted file and every file its `$ref`s reach (those ingest read).
fn read(ws: &Workspace, id: FileId) -> Option<Docs> {
    let mut docs = vec![parse(ws, id)?];
    let mut i = 0;
    while i < docs.len() && docs.len() < MAX_DOCUMENTS {
        let mut refs = Vec::new();
        external_refs(&docs[i].root, &mut refs);
        let base = docs[i]
            .path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        for r in refs {
            let target =
                crate::ingest::refs::lexical(&base.join(crate::ingest::refs::percent_decode(&r)));
            if docs.iter().any(|d| d.path == target) {
                continue;
            }
            if let Some(fid) = ws.sources.find(&target)
                && let Some(d) = parse(ws, fid)
            {
                docs.push(d);
            }
        }
        i += 1;
    }
    Some(Docs::new(docs))
}

/// The file parts of `$ref`s to other local files.
fn external_refs(node: &Node, out: &mut Vec<String>) {
    match &node.value {
        Value::Map(m) => {
            for (k, e) in m.iter() {
                if k == "$ref"
                    && let Some(r) = e.node.as_str()
                {
                    let file = r.split('#').next().unwrap_or("");
                    if !file.is_empty() && !file.contains("://") && !out.iter().any(|x| x == file) {
                        out.push(file.to_string());
                    }
                } else {
                    external_refs(&e.node, out);
                }
            }
        }
        Value::Seq(s) => s.iter().for_each(|n| external_refs(n, out)),
        _ => {}
    }
}

/// A rule change an override makes under a JSON pointer only.
struct Scoped<'r> {
    pointer: &'r str,
    rule: &'r str,
    severity: RuleSeverity,
}

fn run_documents(ruleset: &Ruleset, docs: &Docs, memo: &Memo) -> Vec<Diagnostic> {
    use rayon::prelude::*;
    let root = &docs.docs[0];
    let formats = Format::of_document(&root.root);
    let file = root.path.to_string_lossy().replace('\\', "/");
    // Overrides for this file: whole-file ones change the rules, pointer ones the findings.
    let mut rules: Vec<Cow<'_, Rule>> = ruleset.rules.iter().map(Cow::Borrowed).collect();
    let mut scoped: Vec<Scoped<'_>> = Vec::new();
    for o in &ruleset.overrides {
        for (glob, pointer) in &o.files {
            if !crate::lint::config::glob(&glob.replace("**/", "*").replace("**", "*"), &file) {
                continue;
            }
            for (name, change) in &o.rules {
                match (pointer, change) {
                    (Some(p), RuleChange::Severity(s)) => scoped.push(Scoped {
                        pointer: p,
                        rule: name,
                        severity: *s,
                    }),
                    (Some(_), RuleChange::Define(_)) => {}
                    (None, change) => {
                        let at = rules.iter().position(|r| r.name == *name);
                        match (change, at) {
                            (RuleChange::Severity(s), Some(i)) => {
                                let r = rules[i].to_mut();
                                match s {
                                    RuleSeverity::Off => r.enabled = false,
                                    s => {
                                        r.enabled = true;
                                        r.severity = *s;
                                    }
                                }
                            }
                            (RuleChange::Define(def), Some(i)) => {
                                rules[i] = Cow::Owned((**def).clone())
                            }
                            (RuleChange::Define(def), None) => {
                                rules.push(Cow::Owned((**def).clone()))
                            }
                            (RuleChange::Severity(_), None) => {}
                        }
                    }
                }
            }
        }
    }
    let active: Vec<&Rule> = rules
        .iter()
        .map(|r| &**r)
        .filter(|r| r.enabled && r.unavailable.is_none() && r.severity != RuleSeverity::Off)
        .filter(|r| {
            r.formats
                .as_ref()
                .is_none_or(|f| f.iter().any(|x| formats.contains(x)))
        })
        .collect();
    // Every rule's `given`s walk together, once for the rules that see the resolved document
    // and once for the others; each given keeps the slot its matches land in.
    let mut plans = [Plan::default(), Plan::default()];
    let slots: Vec<Vec<Option<usize>>> = active
        .iter()
        .map(|r| {
            r.given
                .iter()
                .map(|g| {
                    let applies = g
                        .formats
                        .as_ref()
                        .is_none_or(|f| f.iter().any(|x| formats.contains(x)));
                    let logical = r.then.iter().any(|t| t.function.reads_logical_path);
                    applies.then(|| plans[usize::from(r.resolved)].add(&g.path, logical))
                })
                .collect()
        })
        .collect();
    let walk = |resolved: bool| Walk { docs, resolved };
    let (unresolved, resolved) = rayon::join(
        || walk(false).run_plan(&plans[0]),
        || walk(true).run_plan(&plans[1]),
    );
    let matches = [unresolved, resolved];
    let mut found: Vec<Diagnostic> = active
        .par_iter()
        .zip(slots.par_iter())
        .flat_map_iter(|(r, slots)| {
            let given = slots
                .iter()
                .flatten()
                .map(|&slot| matches[usize::from(r.resolved)][slot].as_slice());
            run_rule(r, docs, given, &scoped, memo)
        })
        .collect();
    // Spectral reports a finding once per rule, path and message (a node reached through
    // several `$ref`s is one finding at its own path).
    let mut seen = HashSet::new();
    found.retain(|d| {
        let p = d.primary.as_ref().map(|p| (p.loc, p.pointer.clone()));
        seen.insert((d.code.clone(), p, d.message.clone()))
    });
    found
}

/// The findings of `rule` on the matches of each of its `given`s.
fn run_rule<'a>(
    rule: &Rule,
    docs: &Docs,
    given: impl Iterator<Item = &'a [Match<'a>]>,
    scoped: &[Scoped<'_>],
    memo: &Memo,
) -> Vec<Diagnostic> {
    let walk = Walk {
        docs,
        resolved: rule.resolved,
    };
    let mut out = Vec::new();
    for matches in given {
        for m in matches {
            for then in &rule.then {
                for (input, path) in targets(&walk, m, then.field.as_ref()) {
                    let input = input.as_deref();
                    // The match's path through references, then the field's steps below it
                    // (a field that itself crosses a reference keeps its own path).
                    let logical: Cow<'_, [Segment]> = match &m.logical {
                        Some(l) if path.starts_with(&m.path) => {
                            Cow::Owned([l.as_slice(), &path[m.path.len()..]].concat())
                        }
                        _ => Cow::Borrowed(path.as_slice()),
                    };
                    let cx = Context {
                        path: &path,
                        logical_path: &logical,
                        document: &docs.docs[0].root,
                        rule: &rule.name,
                        resolver: rule.resolved.then_some(Resolver { docs, doc: m.doc }),
                        memo: Some(memo),
                    };
                    for failure in (then.function.call)(input, then.options.as_ref(), &cx) {
                        if let Some(d) = finding(
                            rule,
                            docs,
                            m.doc,
                            input,
                            &failure.message,
                            &failure.path,
                            scoped,
                        ) {
                            out.push(d);
                        }
                    }
                }
            }
        }
    }
    out
}

/// What `then.field` selects under a match: the inputs to call the function on, with their paths.
fn targets<'a>(
    walk: &Walk<'a>,
    m: &'a Match<'a>,
    field: Option<&'a Field>,
) -> Vec<(Option<Cow<'a, Node>>, Vec<Segment>)> {
    match field {
        None => vec![(
            Some(Cow::Borrowed(m.key.as_ref().unwrap_or(m.node))),
            m.path.clone(),
        )],
        Some(Field::Key) => {
            // Spectral's `field: '@key'` targets each key of the matched mapping (each path of
            // `$.paths`), as a string at the key's location; a match that is not a mapping has
            // no keys.
            let node = if walk.resolved {
                walk.docs.deref(m.doc, m.node).1
            } else {
                m.node
            };
            match &node.value {
                Value::Map(map) => map
                    .iter()
                    .map(|(k, e)| {
                        let mut path = m.path.clone();
                        path.push(Segment::Key(k.to_string()));
                        (Some(Cow::Owned(Node::string(e.key_loc, k.as_str()))), path)
                    })
                    .collect(),
                _ => Vec::new(),
            }
        }
        Some(Field::Members(members)) => {
            let mut node = Some(m.node);
            for seg in members {
                node = node.and_then(|n| {
                    let n = if walk.resolved {
                        walk.docs.deref(m.doc, n).1
                    } else {
                        n
                    };
                    match (seg, &n.value) {
                        (Segment::Key(k), Value::Map(map)) => map.get(k).map(|e| &e.node),
                        (Segment::Index(i), Value::Seq(s)) => s.get(*i),
                        (Segment::Key(k), Value::Seq(s)) => {
                            k.parse::<usize>().ok().and_then(|i| s.get(i))
                        }
                        _ => None,
                    }
                });
            }
            let node = node.map(|n| {
                if walk.resolved {
                    walk.docs.deref(m.doc, n).1
                } else {
                    n
                }
            });
            let mut path = m.path.clone();
            path.extend(members.iter().cloned());
            vec![(node.map(Cow::Borrowed), path)]
        }
        Some(Field::Path(p)) => {
            let mut found = Vec::new();
            walk.run_from(p, m.doc, m.node, &m.path, &mut found);
            found
                .into_iter()
                .map(|f| {
                    let node = match f.key {
                        Some(k) => Cow::Owned(k),
                        None => Cow::Borrowed(f.node),
                    };
                    (Some(node), f.path)
                })
                .collect()
        }
    }
}

fn label<'m>(message: &str, error: &'m str, description: Option<&'m str>) -> &'m str {
    if !message.contains(error) {
        return error;
    }
    match description {
        Some(d) if !message.contains(d) => d,
        _ => "here",
    }
}

fn finding(
    rule: &Rule,
    docs: &Docs,
    doc: usize,
    input: Option<&Node>,
    error: &str,
    path: &[Segment],
    scoped: &[Scoped<'_>],
) -> Option<Diagnostic> {
    let located = docs.locate(doc, path, rule.resolved);
    let pointer = pointer_of(&located.path);
    let mut severity = rule.severity;
    for s in scoped.iter().filter(|s| s.rule == rule.name) {
        if pointer.starts_with(s.pointer) {
            severity = s.severity;
        }
    }
    let severity = severity.reported()?;
    let value = super::functions::print_value(input);
    let vars = Vars {
        error,
        description: rule.description.as_deref(),
        path,
        value: &value,
    };
    let message = match &rule.message {
        Some(t) => message::render(t, &vars),
        // Spectral: without a template, the description stands for the message.
        None => rule
            .description
            .clone()
            .unwrap_or_else(|| error.to_string()),
    };
    let mut d = Diagnostic::new(
        rule.name.clone(),
        rule.name.clone(),
        severity,
        message.clone(),
    )
    // Under the marker: the function's own words, or the description, whichever the
    // message does not already say.
    .at(
        located.loc,
        label(&message, error, rule.description.as_deref()),
    )
    .pointer(pointer)
    .path(located.path);
    if let Some(url) = &rule.documentation_url {
        d = d.help(format!("see {url}"));
    }
    Some(d)
}
