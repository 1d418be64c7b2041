//! What a ruleset function receives and returns.
//!
//! A rule's `then` calls a function on each value its `given` (and `field`) selects. Core
//! functions (`truthy`, `pattern`, `schema`, …) and the native functions of `spectral:oas`
//! share this one signature, so the engine does not distinguish them.

use crate::tree::Node;

/// One step of a path from the document root, as Spectral reports it (defined beside the
/// diagnostics, which carry it to the JSON report).
pub use crate::diag::Segment;

/// A failure a function reports.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// What is wrong (becomes `{{error}}` in the rule's message template).
    pub message: String,
    /// Where, from the document root; the engine locates it in the original file.
    pub path: Vec<Segment>,
}

/// What a function sees besides its input.
pub struct Context<'a> {
    /// The path of the input, from the document root.
    pub path: &'a [Segment],
    /// The path of the input as Spectral's functions see it: from the linted document's root
    /// through the `$ref`s followed to it (`path` outside referenced nodes, and for functions
    /// that do not read it: [`Function::reads_logical_path`]). Where a media type is, not
    /// where its file puts it, tells a request's from a response's.
    pub logical_path: &'a [Segment],
    /// The document being linted (resolved or not, as the rule's `resolved` says).
    pub document: &'a Node,
    /// The rule's name, for messages.
    pub rule: &'a str,
    /// How to follow a `$ref` inside the input, when the rule reads the resolved document
    /// (`None` for `resolved: false`). The engine resolves lazily while it walks `given`, so
    /// a function that looks deeper into its input (a `parameters` list of `$ref`s) follows
    /// the references itself, through [`Context::deref`]. Added by the spectral:oas work.
    pub resolver: Option<Resolver<'a>>,
    /// The run's results computed from whole documents, when there is a run
    /// (`oasDocumentSchema` shares its check with SF100 through it).
    pub memo: Option<&'a crate::tree::Memo>,
}

/// The documents a rule's `$ref`s reach, and the one the input came from.
#[derive(Clone, Copy)]
pub struct Resolver<'a> {
    /// The documents.
    pub docs: &'a crate::ruleset::resolve::Docs,
    /// The document of the rule's match (references in the input are relative to it).
    pub doc: usize,
}

impl<'a> Context<'a> {
    /// `node`, or what its `$ref` (chain) names when the rule reads the resolved document.
    /// References inside another file are followed relative to the match's document.
    pub fn deref(&self, node: &'a Node) -> &'a Node {
        match self.resolver {
            Some(r) => r.docs.deref(r.doc, node).1,
            None => node,
        }
    }

    /// [`Context::deref`], with the index of the document that holds the result (`None` for
    /// `resolved: false`): the references inside it are relative to that document.
    pub fn deref_in(&self, node: &'a Node) -> (&'a Node, Option<usize>) {
        self.deref_within(None, node)
    }

    /// [`Context::deref_in`] for a node of document `doc` (as an earlier call gave it; `None`:
    /// the match's own): a function walking down through several files resolves each
    /// reference relative to the file that holds it, as Spectral's resolved document does.
    pub fn deref_within(&self, doc: Option<usize>, node: &'a Node) -> (&'a Node, Option<usize>) {
        match self.resolver {
            Some(r) => {
                let (doc, node, _) = r.docs.deref(doc.unwrap_or(r.doc), node);
                (node, Some(doc))
            }
            None => (node, None),
        }
    }
}

/// A function: its input, its `functionOptions` (if any) and the context; returns failures.
/// Options are validated when the ruleset is loaded (see [`Function::check_options`]).
pub type Call = fn(input: Option<&Node>, options: Option<&Node>, cx: &Context<'_>) -> Vec<Failure>;

/// A named function a ruleset can call.
pub struct Function {
    /// The name a ruleset uses (`truthy`, `oasOpSuccessResponse`).
    pub name: &'static str,
    /// Runs it. `input` is `None` when the `field` is absent (`defined`, `truthy` fail then).
    pub call: Call,
    /// Checks `functionOptions` when the ruleset is loaded: `Err` says what is wrong.
    pub check_options: fn(options: Option<&Node>) -> Result<(), String>,
    /// Whether it reads [`Context::logical_path`] (the engine keeps that path only for the
    /// matches of rules that call such a function).
    pub reads_logical_path: bool,
}
