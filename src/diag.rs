//! Diagnostics: what every phase reports, with rustc-style structure.
//!
//! A diagnostic has a stable code, a severity, a message naming the concrete values, a primary
//! location with a label, secondary locations and an optional `help`. Renderers (human, JSON,
//! ...) take this one structure; phases never format output themselves.

use crate::source::{Loc, SourceMap};
use serde::Serialize;
use std::borrow::Cow;
use std::fmt::Write as _;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; never fails a run.
    Info,
    /// Probably wrong; fails only with `--deny warnings`.
    Warning,
    /// Wrong; fails the run.
    Error,
}

impl Severity {
    /// The lowercase name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One step of a path from a document's root: a mapping key or a sequence index. (The
/// ruleset contract names it `crate::ruleset::function::Segment`.)
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Segment {
    /// A mapping key.
    Key(String),
    /// A sequence index.
    Index(usize),
}

/// A located label: a place in a source file and what to say about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// Where.
    pub loc: Loc,
    /// JSON pointer of the node in its document, when known.
    pub pointer: Option<String>,
    /// The same place as keys and indices, when the reporter knows which tokens are indices
    /// (ruleset findings: a pointer cannot tell `responses/200` from `parameters/0`).
    pub path: Option<Box<[Segment]>>,
    /// What to say there (may be empty).
    pub message: String,
}

/// One finding or error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Stable code, e.g. `SF001`; a ruleset rule's name (`operation-tags`) for ruleset findings,
    /// which is why it is not always static.
    pub code: Cow<'static, str>,
    /// Stable kebab-case name, e.g. `yaml-syntax`.
    pub name: Cow<'static, str>,
    /// Severity.
    pub severity: Severity,
    /// The message, naming concrete values.
    pub message: String,
    /// The primary location, when there is one (a missing file has none).
    pub primary: Option<Box<Label>>,
    /// Other places involved.
    pub secondary: Vec<Label>,
    /// How to fix it.
    pub help: Option<Box<str>>,
    /// A mechanical fix, written as an Overlay action by `lint --fix-overlay`.
    pub fix: Option<Box<Fix>>,
}

/// A fix that an OpenAPI Overlay action can express: merge `update` into the node at `pointer`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    /// JSON pointer of the object to update, in the API's merged document.
    pub pointer: String,
    /// What to merge into it.
    pub update: serde_json::Value,
}

impl Diagnostic {
    /// A diagnostic with no location yet.
    pub fn new(
        code: impl Into<Cow<'static, str>>,
        name: impl Into<Cow<'static, str>>,
        severity: Severity,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            code: code.into(),
            name: name.into(),
            severity,
            message: message.into(),
            primary: None,
            secondary: Vec::new(),
            help: None,
            fix: None,
        }
    }

    /// Attaches a mechanical fix: merge `update` into the object at `pointer`.
    pub fn fix(mut self, pointer: impl Into<String>, update: serde_json::Value) -> Self {
        self.fix = Some(Box::new(Fix {
            pointer: pointer.into(),
            update,
        }));
        self
    }

    /// Sets the primary location and its label.
    pub fn at(mut self, loc: Loc, label: impl Into<String>) -> Self {
        self.primary = Some(Box::new(Label {
            loc,
            pointer: None,
            path: None,
            message: label.into(),
        }));
        self
    }

    /// Sets the JSON pointer of the primary location.
    pub fn pointer(mut self, pointer: impl Into<String>) -> Self {
        if let Some(p) = &mut self.primary {
            p.pointer = Some(pointer.into());
        }
        self
    }

    /// Sets the path (keys and indices) of the primary location.
    pub fn path(mut self, path: Vec<Segment>) -> Self {
        if let Some(p) = &mut self.primary {
            p.path = Some(path.into_boxed_slice());
        }
        self
    }

    /// Adds a secondary location.
    pub fn also(mut self, loc: Loc, label: impl Into<String>) -> Self {
        self.secondary.push(Label {
            loc,
            pointer: None,
            path: None,
            message: label.into(),
        });
        self
    }

    /// Sets the help text.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into().into_boxed_str());
        self
    }

    /// Whether this diagnostic fails a run.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Whether it fails a run (`check`, `lint`'s exit code): errors always, warnings when
    /// they are denied.
    pub fn fails(&self, deny_warnings: bool) -> bool {
        self.is_error() || (deny_warnings && self.severity == Severity::Warning)
    }

    /// Sort key: file, line, column, code — stable output order.
    pub fn sort_key(&self) -> (Option<Loc>, &str, &str) {
        (
            self.primary.as_ref().map(|p| p.loc),
            &self.code,
            &self.message,
        )
    }

    /// One line: `file:line:col: severity[CODE]: message`.
    pub fn short(&self, sources: &SourceMap) -> String {
        match &self.primary {
            Some(p) => format!(
                "{}: {}[{}]: {}",
                sources.describe(p.loc),
                self.severity.as_str(),
                self.code,
                self.message
            ),
            None => format!(
                "{}[{}]: {}",
                self.severity.as_str(),
                self.code,
                self.message
            ),
        }
    }

    /// rustc-style multi-line rendering with source snippets (no colour).
    pub fn render(&self, sources: &SourceMap) -> String {
        self.render_styled(sources, false)
    }

    /// [`Diagnostic::render`], coloured as rustc colours on a terminal when `colour`: the
    /// severity and the markers in the severity's colour, the message bold, the gutter blue.
    pub fn render_styled(&self, sources: &SourceMap, colour: bool) -> String {
        use anstyle::{AnsiColor, Style};
        let paint = |style: Style, text: &str| -> String {
            if colour {
                format!("{}{text}{}", style.render(), style.render_reset())
            } else {
                text.to_string()
            }
        };
        let level = Style::new().bold().fg_color(Some(
            match self.severity {
                Severity::Error => AnsiColor::BrightRed,
                Severity::Warning => AnsiColor::BrightYellow,
                Severity::Info => AnsiColor::BrightCyan,
            }
            .into(),
        ));
        let gutter = Style::new()
            .bold()
            .fg_color(Some(AnsiColor::BrightBlue.into()));
        let bold = Style::new().bold();
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{}{}",
            paint(level, &format!("{}[{}]", self.severity.as_str(), self.code)),
            paint(bold, &format!(": {}", self.message))
        );
        let mut labels: Vec<(&Label, bool)> = Vec::new();
        if let Some(p) = &self.primary {
            labels.push((p.as_ref(), true));
        }
        labels.extend(self.secondary.iter().map(|l| (l, false)));
        let width = labels
            .iter()
            .map(|(l, _)| l.loc.line.to_string().len())
            .max()
            .unwrap_or(1);
        let pad = " ".repeat(width);
        let bar = paint(gutter, &format!("{pad} |"));
        for (label, primary) in labels {
            let arrow = if primary { "-->" } else { ":::" };
            let _ = writeln!(
                out,
                "{} {}",
                paint(gutter, &format!("{pad}{arrow}")),
                sources.describe(label.loc)
            );
            if let Some(ptr) = &label.pointer {
                // A pointer made of hostile names stays one readable line; machine formats
                // carry it whole.
                let shown = match ptr.char_indices().nth(200) {
                    Some((i, _)) => format!("{}…", &ptr[..i]),
                    None => ptr.clone(),
                };
                let _ = writeln!(out, "{pad} {} at {shown}", paint(gutter, "="));
            }
            let file = sources.get(label.loc.file);
            if let Some(text) = file.line_text(label.loc.line) {
                // Long lines (MDX front matter is one line of JSON) are cut around the column.
                let (shown, col) = window(&text, label.loc.col as usize, file.is_ascii());
                let _ = writeln!(out, "{bar}");
                let _ = writeln!(
                    out,
                    "{} {shown}",
                    paint(gutter, &format!("{:>width$} |", label.loc.line))
                );
                let (marker, style) = if primary { ('^', level) } else { ('-', gutter) };
                let _ = writeln!(
                    out,
                    "{bar} {}{}",
                    " ".repeat(col.saturating_sub(1)),
                    paint(style, &format!("{marker} {}", label.message))
                );
            }
        }
        if let Some(help) = &self.help {
            let _ = writeln!(
                out,
                "{pad} {} {help}",
                paint(gutter, "=") + &paint(bold, " help:")
            );
        }
        out
    }
}

/// Cuts `line` to at most 100 characters around 1-based `col`; returns the text and the new column.
/// Nothing beyond the window is copied, and an ASCII line is sliced by bytes: one finding on a
/// 5 MB single-line file must not cost a pass over all of it.
fn window(line: &str, col: usize, ascii: bool) -> (String, usize) {
    let len = if ascii {
        line.len()
    } else {
        line.chars().count()
    };
    if len <= 100 {
        return (line.to_string(), col);
    }
    let start = col.saturating_sub(40).min(len);
    let end = (start + 100).min(len);
    let mut s = String::from("…");
    if ascii {
        s.push_str(&line[start..end]);
    } else {
        s.extend(line.chars().skip(start).take(end - start));
    }
    if end < len {
        s.push('…');
    }
    (s, col - start + 1)
}

/// Collected diagnostics of a run.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Adds one.
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    /// Whether any is an error.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    /// All, in insertion order.
    pub fn items(&self) -> &[Diagnostic] {
        &self.items
    }

    /// All, sorted by location and code, duplicates removed.
    pub fn sorted(&self) -> Vec<Diagnostic> {
        let mut v = self.items.clone();
        v.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        v.dedup();
        v
    }

    /// Number collected.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether none were collected.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Moves all of `other` into this one.
    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }
}

/// A diagnostic kind: stable code, kebab-case name, default severity and a one-line summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Code {
    /// Stable code, e.g. `SF001`.
    pub code: &'static str,
    /// Stable kebab-case name.
    pub name: &'static str,
    /// Default severity.
    pub severity: Severity,
    /// The part of specforge that reports it.
    pub phase: Phase,
    /// One line saying what it reports.
    pub summary: &'static str,
}

/// The part of specforge a diagnostic code belongs to: what `explain` and the README say of it,
/// and whether `[lint.rules]` can set it (only lint rules can).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Phase {
    /// Reading documents: syntax, `$ref`s, merging, overlays, conversions.
    Ingest,
    /// Reading `specforge.toml`.
    Config,
    /// Building the model that lint and generation read.
    Model,
    /// Generating Rust.
    Codegen,
    /// A lint rule.
    Lint,
}

impl Phase {
    /// Lower-case name, as `explain` prints it.
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Ingest => "ingest",
            Phase::Config => "config",
            Phase::Model => "model",
            Phase::Codegen => "codegen",
            Phase::Lint => "lint",
        }
    }
}

impl Code {
    /// A diagnostic of this kind with `message`.
    pub fn diag(&self, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(self.code, self.name, self.severity, message)
    }
}
