//! Lint: find what is wrong in vendor specs.
//!
//! One rule per file under [`rules`]; each file starts with `//!` documentation in fixed
//! sections (`## What it finds`, `## Why it matters`, `## Example`, `## Fix`) that
//! `specforge explain` prints, and defines a `pub const RULE: Rule`. [`registry::RULES`] lists
//! them all. Rules read the model and the located documents through [`Context`] and return
//! [`Diagnostic`]s; renderers (`crate::report`) are separate.

pub mod baseline;
pub mod config;
pub mod registry;
pub mod rules;
pub mod validate;

use crate::diag::{Diagnostic, Severity};
use crate::ingest::{Api, Workspace};
use crate::model::{ApiModel, Model, Schema, SchemaName};
use crate::source::Loc;
use crate::tree::Node;

/// Whether a rule runs without being asked for (decision 017). Two tiers, as ruff's default
/// selection and Spectral's `recommended` set have: what a user of a vendor's spec can act on
/// runs by default; house-style consistency, which only the spec's author can choose, is opt-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    /// Runs by default, at its default severity.
    Default,
    /// Runs only when `[lint.rules]` gives it a severity (or `lint --all-rules`).
    OptIn,
}

/// A lint rule.
pub struct Rule {
    /// Stable code, e.g. `SF101`.
    pub code: &'static str,
    /// Stable kebab-case name.
    pub name: &'static str,
    /// Default severity.
    pub severity: Severity,
    /// Whether it runs when nothing asks for it.
    pub selection: Selection,
    /// One line: what it finds.
    pub summary: &'static str,
    /// The rule's source file (its `//!` lines are the documentation).
    pub source: &'static str,
    /// The check.
    pub check: fn(&Context<'_>, &mut Vec<Diagnostic>),
}

impl Rule {
    /// The rule's documentation: the leading `//!` lines of its file.
    pub fn doc(&self) -> String {
        let mut out = String::new();
        for line in self.source.lines() {
            let Some(rest) = line.strip_prefix("//!") else {
                break;
            };
            out.push_str(rest.strip_prefix(' ').unwrap_or(rest));
            out.push('\n');
        }
        out
    }

    /// A finding of this rule with `message`.
    pub fn finding(&self, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(self.code, self.name, self.severity, message)
    }
}

/// What rules see: the located documents, the model, and location helpers.
pub struct Context<'a> {
    /// Everything ingested.
    pub ws: &'a Workspace,
    /// The model of every API.
    pub model: &'a Model,
}

impl<'a> Context<'a> {
    /// Pairs each API's ingest record (its merged document) with its model.
    pub fn apis(&self) -> impl Iterator<Item = (&'a Api, &'a ApiModel)> {
        self.ws.apis.iter().zip(&self.model.apis)
    }

    /// The location of the key at `pointer` in `api`'s document (the value's when it has no key).
    pub fn key_loc(&self, api: &Api, pointer: &str) -> Option<Loc> {
        let (key, node) = api.doc.pointer_with_key(pointer)?;
        Some(key.unwrap_or(node.loc))
    }

    /// The node at `pointer` in `api`'s document.
    pub fn node<'n>(&self, api: &'n Api, pointer: &str) -> Option<&'n Node> {
        api.doc.pointer(pointer)
    }
}

/// A short human name for a schema: its component name, or its last meaningful inline name
/// part (structural parts such as `variant1` of an `allOf` name their owner instead).
pub fn schema_label(s: &Schema) -> String {
    match &s.name {
        SchemaName::Component(n) => n.to_string(),
        // [op, "request"] and [op, status, "response"] name bodies; say whose.
        SchemaName::Inline(parts) => {
            let parts = parts.to_vec();
            match parts.as_slice() {
                [op, last] if last == "request" => format!("request body of {op}"),
                [op, status, last] if last == "response" => format!("{status} response of {op}"),
                // `item` alone says little: name the array it belongs to.
                [.., owner, last] if last == "item" && !is_structural(owner) => {
                    format!("{owner} item")
                }
                _ => parts
                    .iter()
                    .rev()
                    .find(|p| !is_structural(p))
                    .or(parts.last())
                    .cloned()
                    .unwrap_or_default(),
            }
        }
    }
}

/// Lower-case words of an identifier: `UpdatedAt` → [updated, at], `client_id` → [client, id],
/// `Zip-Code` → [zip, code].
pub fn identifier_words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if !c.is_alphanumeric() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        cur.extend(c.to_lowercase());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// `items` joined by `sep`, at most `shown` of them, then how many more there are
/// (`` `a`, `b` and 3 more ``): one way for every message that names a list.
pub fn listing(items: &[String], shown: usize, sep: &str) -> String {
    let named = items[..items.len().min(shown)].join(sep);
    match items.len().saturating_sub(shown) {
        0 => named,
        more => format!("{named} and {more} more"),
    }
}

fn is_structural(part: &str) -> bool {
    let digits = |rest: &str| rest.chars().all(|c| c.is_ascii_digit());
    part.strip_prefix("variant").is_some_and(digits) || part == "not" || part == "value"
}

/// What linting found.
#[derive(Debug, Default)]
pub struct Linted {
    /// The findings to report, sorted by location (including SF020 for ignore entries that
    /// matched nothing).
    pub findings: Vec<Diagnostic>,
    /// How many findings an ignore entry or `x-specforge-ignore` acknowledged.
    pub acknowledged: usize,
}

/// Every rule's findings for the workspace, sorted by location, with `config` applied.
pub fn lint(ws: &Workspace, model: &Model, config: &config::LintConfig) -> Vec<Diagnostic> {
    lint_with_acknowledged(ws, model, config).findings
}

/// Like [`lint`], also counting acknowledged findings and reporting ignore entries of the
/// project file that match nothing.
pub fn lint_with_acknowledged(
    ws: &Workspace,
    model: &Model,
    config: &config::LintConfig,
) -> Linted {
    lint_with_rulesets(ws, model, config, Vec::new())
}

/// Like [`lint_with_acknowledged`], with the findings of Spectral rulesets (`extra`, at their
/// rules' severities) acknowledged, ordered and reported like the built-in rules'.
pub fn lint_with_rulesets(
    ws: &Workspace,
    model: &Model,
    config: &config::LintConfig,
    extra: Vec<Diagnostic>,
) -> Linted {
    let cx = Context { ws, model };
    let mut out = Vec::new();
    let mut used = vec![false; config.ignore.len()];
    let mut acknowledged = 0;
    // Rules only read the workspace and model: they run in parallel, and their findings are
    // taken in registry order, so output does not depend on scheduling.
    let results: Vec<(Severity, Vec<Diagnostic>)> = {
        use rayon::prelude::*;
        registry::RULES
            .par_iter()
            .filter_map(|rule| {
                let severity = config.severity(rule)?;
                let mut found = Vec::new();
                (rule.check)(&cx, &mut found);
                Some((severity, found))
            })
            .collect()
    };
    let extra = extra.into_iter().map(|d| (d.severity, vec![d]));
    for (severity, found) in results.into_iter().chain(extra) {
        for mut d in found {
            d.severity = severity;
            if !config.no_ignore {
                if let Some(i) = config.ignored(&d, ws) {
                    used[i] = true;
                    acknowledged += 1;
                    continue;
                }
                if inline_ignored(&d, ws) {
                    acknowledged += 1;
                    continue;
                }
            }
            out.push(d);
        }
    }
    drop_restated(&mut out);
    // An acknowledgment that matches nothing: the defect is gone or the spec moved under it.
    // Only located entries (from a project file) are judged, none under `--no-ignore`, and
    // none for a rule turned off (it did not run, so it could not match).
    let ran = |rule: &str| registry::find(rule).is_some_and(|r| config.severity(r).is_some());
    let unused = config
        .ignore
        .iter()
        .zip(&used)
        .filter(|(e, u)| !config.no_ignore && !**u && ran(&e.rule));
    for (entry, _) in unused {
        if let Some(loc) = entry.loc {
            out.push(
                crate::ingest::codes::UNUSED_ACKNOWLEDGMENT
                    .diag(format!(
                        "this `[[lint.ignore]]` entry for `{}` matches no finding",
                        entry.rule
                    ))
                    .at(loc, "acknowledges nothing")
                    .help("the vendor may have fixed the defect: delete the entry (or correct its `file`/`pointer`)"),
            );
        }
    }
    // Stable output: file name, line, column, code, message.
    out.sort_by_cached_key(|d| {
        (
            d.primary.as_ref().map(|p| {
                (
                    ws.sources.name(p.loc.file).to_string(),
                    p.loc.line,
                    p.loc.col,
                )
            }),
            d.code.clone(),
            d.message.clone(),
        )
    });
    out.dedup();
    Linted {
        findings: out,
        acknowledged,
    }
}

/// Drops structural findings (SF100) that restate another: where a finding of another rule,
/// of ingest or of the model builder, at least as severe, sits at the same place, it says more
/// than the schema's message. Lint applies it to its own findings; callers that report ingest
/// and model diagnostics beside lint's apply it to the whole list.
pub fn drop_restated(findings: &mut Vec<Diagnostic>) {
    let structural = rules::openapi_schema::RULE.code;
    let taken: std::collections::HashSet<(Loc, Severity)> = findings
        .iter()
        .filter(|d| d.code != structural)
        .filter_map(|d| d.primary.as_ref().map(|p| (p.loc, d.severity)))
        .collect();
    findings.retain(|d| {
        d.code != structural
            || !d.primary.as_ref().is_some_and(|p| {
                [Severity::Error, Severity::Warning]
                    .iter()
                    .filter(|s| **s >= d.severity)
                    .any(|s| taken.contains(&(p.loc, *s)))
            })
    });
}

/// `x-specforge-ignore: [CODE, ...]` on the node a finding points at, or on any node above it.
fn inline_ignored(d: &Diagnostic, ws: &Workspace) -> bool {
    let Some(ptr) = d.primary.as_ref().and_then(|p| p.pointer.as_deref()) else {
        return false;
    };
    ws.apis.iter().any(|api| {
        let mut p = ptr;
        loop {
            if let Some(list) = api.doc.pointer(p).and_then(|n| n.get("x-specforge-ignore")) {
                let codes: Vec<&str> = match list.as_seq() {
                    Some(s) => s.iter().filter_map(Node::as_str).collect(),
                    None => list.as_str().into_iter().collect(),
                };
                if codes.iter().any(|c| *c == d.code || *c == d.name) {
                    return true;
                }
            }
            match p.rfind('/') {
                Some(i) => p = &p[..i],
                None => return false,
            }
        }
    })
}

#[cfg(test)]
mod list_tests {
    use super::{identifier_words, listing};

    #[test]
    fn field_names_split_into_words() {
        assert_eq!(identifier_words("seriesNumber"), ["series", "number"]);
        assert_eq!(identifier_words("zip_code"), ["zip", "code"]);
        assert_eq!(identifier_words("Zip-Code"), ["zip", "code"]);
        assert_eq!(
            identifier_words("accessTokenValiditySeconds")
                .last()
                .unwrap(),
            "seconds"
        );
    }

    #[test]
    fn lists_name_a_few_and_count_the_rest() {
        let items: Vec<String> = ["`a`", "`b`", "`c`"].map(String::from).to_vec();
        assert_eq!(listing(&items, 5, ", "), "`a`, `b`, `c`");
        assert_eq!(listing(&items, 2, ", "), "`a`, `b` and 1 more");
    }
}
