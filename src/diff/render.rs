//! Diff output: human text, JSON, and Markdown for a pull-request comment.

use super::{Change, Report};
use crate::source::{Loc, SourceMap};
use indexmap::IndexMap;
use serde_json::json;

/// One version as the output names it.
#[derive(Debug, Clone)]
pub struct Side {
    /// Its documents, as displayed.
    pub files: Vec<String>,
    /// `info.title`.
    pub title: String,
    /// `info.version`.
    pub version: String,
    /// The OpenAPI (or Swagger) version of the documents.
    pub spec_version: String,
}

impl Side {
    fn describe(&self) -> String {
        format!(
            "{} ({} {}, OpenAPI {})",
            self.files.join(", "),
            self.title,
            self.version,
            self.spec_version
        )
    }
}

/// Counts for the summary line.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    /// Every change.
    pub total: usize,
    /// Breaking for clients.
    pub client: usize,
    /// Breaking for servers.
    pub server: usize,
    /// Breaking for neither.
    pub non_breaking: usize,
}

impl Counts {
    /// Counts `r`'s changes.
    pub fn of(r: &Report) -> Self {
        let mut c = Counts {
            total: r.changes.len(),
            ..Counts::default()
        };
        for ch in &r.changes {
            c.client += usize::from(ch.client_breaking);
            c.server += usize::from(ch.server_breaking);
            c.non_breaking += usize::from(!ch.is_breaking());
        }
        c
    }

    fn line(&self) -> String {
        format!(
            "{} change(s): {} breaking for clients, {} breaking for servers, {} non-breaking",
            self.total, self.client, self.server, self.non_breaking
        )
    }
}

fn impact(c: &Change) -> &'static str {
    match (c.client_breaking, c.server_breaking) {
        (true, true) => "breaking for clients and servers",
        (true, false) => "breaking for clients",
        (false, true) => "breaking for servers",
        (false, false) => "non-breaking",
    }
}

fn at(sources: &SourceMap, l: Loc) -> String {
    format!("{}:{}:{}", sources.name(l.file), l.line, l.col)
}

/// `at NEW (was OLD)`, `at NEW`, or `was at OLD` for what no longer exists.
fn locations(sources: &SourceMap, c: &Change) -> String {
    match (c.old, c.new) {
        (Some(o), Some(n)) => format!("at {} (was {})", at(sources, n), at(sources, o)),
        (None, Some(n)) => format!("at {}", at(sources, n)),
        (Some(o), None) => format!("was at {}", at(sources, o)),
        (None, None) => String::new(),
    }
}

/// Changes grouped by subject, in report order.
fn groups(r: &Report) -> IndexMap<&str, Vec<&Change>> {
    let mut out: IndexMap<&str, Vec<&Change>> = IndexMap::new();
    for c in &r.changes {
        out.entry(c.subject.as_str()).or_default().push(c);
    }
    out
}

/// ` (used by …)` for a shared subject (a component, a security scheme): the operations
/// that reach it other than the subject itself.
fn used_by(subject: &str, c: &[&Change]) -> String {
    let ops: std::collections::BTreeSet<&str> = c
        .iter()
        .flat_map(|c| c.operations.iter().map(String::as_str))
        .filter(|o| !o.is_empty() && *o != subject)
        .collect();
    match ops.len() {
        0 => String::new(),
        1..=3 => format!(
            " (used by {})",
            ops.into_iter().collect::<Vec<_>>().join(", ")
        ),
        n => format!(" (used by {n} operations)"),
    }
}

/// Human text: one block per subject, one line per change and its locations.
pub fn human(r: &Report, old: &Side, new: &Side, sources: &SourceMap) -> String {
    let mut out = format!("--- {}\n+++ {}\n", old.describe(), new.describe());
    for (subject, changes) in groups(r) {
        out.push_str(&format!("\n{subject}{}\n", used_by(subject, &changes)));
        for c in changes {
            out.push_str(&format!("  {}: {}\n", impact(c), c.message));
            let l = locations(sources, c);
            if !l.is_empty() {
                out.push_str(&format!("      {l}\n"));
            }
        }
    }
    if r.changes.is_empty() {
        out.push_str("\nno changes to the API\n");
    }
    out.push_str(&format!("\n{}\n", Counts::of(r).line()));
    out
}

fn loc_json(sources: &SourceMap, l: Option<Loc>) -> serde_json::Value {
    match l {
        Some(l) => json!({"file": sources.name(l.file), "line": l.line, "column": l.col}),
        None => serde_json::Value::Null,
    }
}

/// JSON: both sides, the counts and every change.
pub fn json(r: &Report, old: &Side, new: &Side, sources: &SourceMap) -> String {
    let side = |s: &Side| json!({"files": s.files, "title": s.title, "version": s.version, "openapi": s.spec_version});
    let c = Counts::of(r);
    let changes: Vec<_> = r
        .changes
        .iter()
        .map(|ch| {
            json!({
                "kind": ch.kind,
                "subject": ch.subject,
                "message": ch.message,
                "breaking": {"client": ch.client_breaking, "server": ch.server_breaking},
                "operations": ch.operations.iter().filter(|o| !o.is_empty()).collect::<Vec<_>>(),
                "old": loc_json(sources, ch.old),
                "new": loc_json(sources, ch.new),
            })
        })
        .collect();
    let v = json!({
        "old": side(old),
        "new": side(new),
        "summary": {"total": c.total, "breaking_for_clients": c.client, "breaking_for_servers": c.server, "non_breaking": c.non_breaking},
        "changes": changes,
    });
    serde_json::to_string_pretty(&v).expect("serialises") + "\n"
}

/// Text for a markdown table cell: no `|` or line break breaks the row.
fn cell_text(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// Markdown for a pull-request comment: the counts, the breaking changes in tables, the rest
/// folded.
pub fn markdown(r: &Report, old: &Side, new: &Side, sources: &SourceMap) -> String {
    let c = Counts::of(r);
    let versions = if old.title == new.title && old.version == new.version {
        // The vendor did not bump `info.version`: the files tell the versions apart.
        format!(
            "{} {} (two documents of one version)",
            new.title, new.version
        )
    } else if old.title == new.title {
        format!("{} {} → {}", new.title, old.version, new.version)
    } else {
        format!(
            "{} {} → {} {}",
            old.title, old.version, new.title, new.version
        )
    };
    let files = |s: &Side| {
        s.files
            .iter()
            .map(|f| format!("`{}`", cell_text(f)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut out = format!(
        "### API changes: {versions}\n\n{} → {}\n\n**{}**\n",
        files(old),
        files(new),
        c.line()
    );
    let cell = cell_text;
    // The operations a change reaches: a schema's change lists them, an operation's is its own.
    let reached = |ch: &Change| {
        if ch.operations.iter().all(|o| *o == ch.subject) {
            return String::new();
        }
        let shown: Vec<String> = ch
            .operations
            .iter()
            .take(3)
            .map(|o| format!("`{}`", cell(o)))
            .collect();
        match ch.operations.len() {
            n if n > 3 => format!("{} and {} more", shown.join(", "), n - 3),
            _ => shown.join(", "),
        }
    };
    let breaking: Vec<&Change> = r.changes.iter().filter(|c| c.is_breaking()).collect();
    if !breaking.is_empty() {
        out.push_str(&format!(
            "\n#### Breaking changes ({})\n\n| Breaks | Where | Operations | Change | Location |\n|---|---|---|---|---|\n",
            breaking.len()
        ));
        for ch in breaking {
            let who = match (ch.client_breaking, ch.server_breaking) {
                (true, true) => "clients, servers",
                (true, false) => "clients",
                _ => "servers",
            };
            let loc = ch
                .new
                .or(ch.old)
                .map(|l| at(sources, l))
                .unwrap_or_default();
            out.push_str(&format!(
                "| {who} | {} | {} | {} | `{loc}` |\n",
                cell(&ch.subject),
                reached(ch),
                cell(&ch.message)
            ));
        }
    }
    let rest: Vec<&Change> = r.changes.iter().filter(|c| !c.is_breaking()).collect();
    if !rest.is_empty() {
        out.push_str(&format!(
            "\n<details><summary>Non-breaking changes ({})</summary>\n\n",
            rest.len()
        ));
        for ch in rest {
            let ops = reached(ch);
            let ops = if ops.is_empty() {
                String::new()
            } else {
                format!(" ({ops})")
            };
            out.push_str(&format!(
                "- {}{ops}: {}\n",
                cell(&ch.subject),
                cell(&ch.message)
            ));
        }
        out.push_str("\n</details>\n");
    }
    if r.changes.is_empty() {
        out.push_str("\nNo changes to the API.\n");
    }
    out
}
