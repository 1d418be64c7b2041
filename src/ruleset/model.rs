//! A loaded ruleset: every rule with its `extends`, `aliases` and overrides already applied, its
//! JSONPaths compiled and its functions looked up, so running it does no parsing.

use super::function::{Function, Segment};
use super::jsonpath::Path;
use crate::diag::{Diagnostic, Severity};
use crate::source::Loc;
use crate::tree::Node;
use std::sync::Arc;

/// A rule's severity as Spectral writes it (`error`/`warn`/`info`/`hint`/`off`, or 0–3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleSeverity {
    /// `error`, 0.
    Error,
    /// `warn`, 1 (the default).
    Warn,
    /// `info`, 2.
    Info,
    /// `hint`, 3.
    Hint,
    /// `off`, -1: the rule does not run.
    Off,
}

impl RuleSeverity {
    /// The severity named by `text` (or a number), if it is one.
    pub fn from_text(text: &str) -> Option<Self> {
        Some(match text {
            "error" | "0" => RuleSeverity::Error,
            "warn" | "1" => RuleSeverity::Warn,
            "info" | "2" => RuleSeverity::Info,
            "hint" | "3" => RuleSeverity::Hint,
            "off" | "-1" => RuleSeverity::Off,
            _ => return None,
        })
    }

    /// The specforge severity findings are reported at (hint, below info, reports as info),
    /// or `None` when off.
    pub fn reported(self) -> Option<Severity> {
        match self {
            RuleSeverity::Error => Some(Severity::Error),
            RuleSeverity::Warn => Some(Severity::Warning),
            RuleSeverity::Info | RuleSeverity::Hint => Some(Severity::Info),
            RuleSeverity::Off => None,
        }
    }
}

/// A document format a rule can be limited to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Swagger 2.0.
    Oas2,
    /// Any OpenAPI 3.
    Oas3,
    /// OpenAPI 3.0.x.
    Oas3_0,
    /// OpenAPI 3.1.x.
    Oas3_1,
    /// OpenAPI 3.2.x.
    Oas3_2,
    /// A format specforge does not lint (AsyncAPI, JSON Schema, Arazzo): such rules never run.
    Other,
}

impl Format {
    /// The format of a ruleset's name for it.
    pub fn from_name(name: &str) -> Option<Format> {
        Some(match name {
            "oas2" => Format::Oas2,
            "oas3" => Format::Oas3,
            "oas3.0" | "oas3_0" => Format::Oas3_0,
            "oas3.1" | "oas3_1" => Format::Oas3_1,
            "oas3.2" | "oas3_2" => Format::Oas3_2,
            "asyncapi2"
            | "asyncapi3"
            | "json-schema"
            | "json-schema-loose"
            | "json-schema-draft4"
            | "json-schema-draft6"
            | "json-schema-draft7"
            | "json-schema-2019-09"
            | "json-schema-2020-12"
            | "json-schema-draft2019-09"
            | "json-schema-draft2020-12"
            | "arazzo1" => Format::Other,
            _ => return None,
        })
    }

    /// The formats of a document, from its `swagger`/`openapi` field (3.2 is `oas3` and `oas3.2`, as in Spectral 6.15+).
    pub fn of_document(root: &Node) -> Vec<Format> {
        if root.get("swagger").and_then(Node::as_text) == Some("2.0") {
            return vec![Format::Oas2];
        }
        match root.get("openapi").and_then(Node::as_text) {
            Some(v) if v.starts_with("3.0") => vec![Format::Oas3, Format::Oas3_0],
            Some(v) if v.starts_with("3.1") => vec![Format::Oas3, Format::Oas3_1],
            Some(v) if v.starts_with("3.2") => vec![Format::Oas3, Format::Oas3_2],
            Some(v) if v.starts_with('3') => vec![Format::Oas3],
            _ => Vec::new(),
        }
    }
}

/// One `given` path, limited to some formats when it came from a scoped alias.
#[derive(Debug, Clone)]
pub struct Given {
    /// The path as written (after alias expansion), for messages.
    pub text: String,
    /// Compiled.
    pub path: Arc<Path>,
    /// Only for documents of these formats (a scoped alias's target), or all.
    pub formats: Option<Vec<Format>>,
}

/// What `then.field` selects under each `given` match.
#[derive(Debug, Clone)]
pub enum Field {
    /// `@key`: the match's property name.
    Key,
    /// A member path (`a.b`, `a[0]`, `['x-y']`).
    Members(Vec<Segment>),
    /// A JSONPath relative to the match (`$..description`).
    Path(Arc<Path>),
}

/// One `then`.
#[derive(Clone)]
pub struct Then {
    /// The field, or the match itself.
    pub field: Option<Field>,
    /// The function to call.
    pub function: &'static Function,
    /// Its `functionOptions`.
    pub options: Option<Node>,
}

/// A rule.
#[derive(Clone)]
pub struct Rule {
    /// Its name (the finding's code).
    pub name: String,
    /// Where it is defined (the key in its ruleset file).
    pub loc: Loc,
    /// `description`.
    pub description: Option<String>,
    /// `message` template.
    pub message: Option<String>,
    /// Severity when enabled.
    pub severity: RuleSeverity,
    /// `recommended` (true unless set false).
    pub recommended: bool,
    /// Whether it runs (after `extends` modes and overrides by name).
    pub enabled: bool,
    /// `given`.
    pub given: Vec<Given>,
    /// `then`.
    pub then: Vec<Then>,
    /// `formats`, or all documents.
    pub formats: Option<Vec<Format>>,
    /// `resolved` (default true).
    pub resolved: bool,
    /// `documentationUrl` of the rule, or of its ruleset.
    pub documentation_url: Option<String>,
    /// A custom function it calls, which cannot run: the rule is skipped.
    pub unavailable: Option<String>,
}

/// A change an override makes to a rule for matching files.
#[derive(Clone)]
pub enum RuleChange {
    /// A new severity (`off` disables).
    Severity(RuleSeverity),
    /// A whole new definition.
    Define(Box<Rule>),
}

/// One entry of `overrides`.
#[derive(Clone)]
pub struct Override {
    /// Absolute file globs, each with an optional JSON pointer it is limited to.
    pub files: Vec<(String, Option<String>)>,
    /// The rule changes, in order.
    pub rules: Vec<(String, RuleChange)>,
}

/// A loaded ruleset.
#[derive(Clone, Default)]
pub struct Ruleset {
    /// The rules, in definition order.
    pub rules: Vec<Rule>,
    /// `overrides`, in order.
    pub overrides: Vec<Override>,
    /// What loading reported that does not stop a run (custom functions, SF030).
    pub warnings: Vec<Diagnostic>,
}
