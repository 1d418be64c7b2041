//! Evaluating a compiled path over the documents, through the resolving view when the rule
//! sees the resolved document.
//!
//! Traversal keeps two borrowed stacks (the path as matched and the node's own path after the
//! last `$ref`), so nothing is allocated per visited node; a match copies its path once.

use super::filter::Candidate;
use super::{Path, Selector};
use crate::ruleset::function::Segment;
use crate::ruleset::resolve::{Docs, pointer_segments};
use crate::tree::{Node, Value};
use std::borrow::Cow;
use std::collections::HashSet;

/// One node a path selected.
#[derive(Debug)]
pub struct Match<'a> {
    /// The value (the `$ref` target when resolved).
    pub node: &'a Node,
    /// The document holding it.
    pub doc: usize,
    /// Its own path in that document.
    pub path: Vec<Segment>,
    /// Its name in its parent, with the key's location (for `~` and `field: '@key'`).
    pub key: Option<Node>,
}

/// An evaluation over [`Docs`], starting at the root of document 0.
pub struct Walk<'a> {
    /// The documents.
    pub docs: &'a Docs,
    /// Follow `$ref`s (the rule's `resolved`, true by default).
    pub resolved: bool,
}

#[derive(Clone)]
enum Part<'a> {
    Key(&'a str),
    Index(usize),
    Owned(Segment),
}

impl Part<'_> {
    fn segment(&self) -> Segment {
        match self {
            Part::Key(k) => Segment::Key((*k).to_string()),
            Part::Index(i) => Segment::Index(*i),
            Part::Owned(s) => s.clone(),
        }
    }

    fn text(&self) -> Cow<'_, str> {
        match self {
            Part::Key(k) => Cow::Borrowed(k),
            Part::Index(i) => Cow::Owned(i.to_string()),
            Part::Owned(Segment::Key(k)) => Cow::Borrowed(k),
            Part::Owned(Segment::Index(i)) => Cow::Owned(i.to_string()),
        }
    }
}

struct State<'a> {
    /// The path as matched (from the linted document's root, through `$ref`s).
    logical: Vec<Part<'a>>,
    /// The node's own path in its document.
    real: Vec<Part<'a>>,
    /// `$ref` targets being walked (cycle guard).
    active: Vec<*const Node>,
    /// (step, target) pairs a descendant step has already entered through a `$ref`: the same
    /// target reached again gives the same findings at the same (own) paths.
    seen: HashSet<(usize, *const Node)>,
}

impl<'a> Walk<'a> {
    /// Every match of `path` from the root of the linted document, in document order.
    pub fn run(&self, path: &'a Path, out: &mut Vec<Match<'a>>) {
        self.run_from(path, 0, &self.docs.docs[0].root, &[], out);
    }

    /// Every match of `path` with `$` at `node` (of document `doc`, at its own path `base`):
    /// a `then.field` written as a JSONPath.
    pub fn run_from(
        &self,
        path: &'a Path,
        doc: usize,
        node: &'a Node,
        base: &[Segment],
        out: &mut Vec<Match<'a>>,
    ) {
        let mut st = State {
            logical: base.iter().cloned().map(Part::Owned).collect(),
            real: base.iter().cloned().map(Part::Owned).collect(),
            active: Vec::new(),
            seen: HashSet::new(),
        };
        self.step(path, 0, doc, node, None, &mut st, out);
    }

    #[allow(clippy::too_many_arguments)]
    fn step(
        &self,
        path: &'a Path,
        i: usize,
        doc: usize,
        node: &'a Node,
        key: Option<(&'a str, crate::source::Loc)>,
        st: &mut State<'a>,
        out: &mut Vec<Match<'a>>,
    ) {
        let Some(step) = path.steps.get(i) else {
            out.push(Match {
                node,
                doc,
                path: st.real.iter().map(Part::segment).collect(),
                key: if path.keys {
                    key.map(|(k, loc)| Node::string(loc, k))
                } else {
                    None
                },
            });
            return;
        };
        self.select(path, i, doc, node, &step.selectors, st, out);
        if step.descendant {
            self.children(doc, node, st, &mut |this, d, child, k, st| {
                this.step(path, i, d, child, k, st, out);
            }, Some(i));
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn select(
        &self,
        path: &'a Path,
        i: usize,
        doc: usize,
        node: &'a Node,
        selectors: &'a [Selector],
        st: &mut State<'a>,
        out: &mut Vec<Match<'a>>,
    ) {
        for sel in selectors {
            match sel {
                Selector::Name(name) => {
                    if let Some(e) = node.as_map().and_then(|m| m.get(name)) {
                        self.enter(doc, &e.node, Part::Key(name), st, None, &mut |this, d, n, st| {
                            this.step(path, i + 1, d, n, Some((name, e.key_loc)), st, out);
                        });
                    } else if let (Some(s), Ok(idx)) = (node.as_seq(), name.parse::<usize>())
                        && let Some(n) = s.get(idx)
                    {
                        self.enter(doc, n, Part::Index(idx), st, None, &mut |this, d, n, st| {
                            this.step(path, i + 1, d, n, None, st, out);
                        });
                    }
                }
                Selector::Index(ix) => {
                    if let Some(s) = node.as_seq() {
                        let len = s.len() as i64;
                        let idx = if *ix < 0 { len + ix } else { *ix };
                        if let Some(n) = usize::try_from(idx).ok().and_then(|x| s.get(x)) {
                            let at = idx as usize;
                            self.enter(doc, n, Part::Index(at), st, None, &mut |this, d, n, st| {
                                this.step(path, i + 1, d, n, None, st, out);
                            });
                        }
                    }
                }
                Selector::Wildcard => {
                    self.children(doc, node, st, &mut |this, d, child, k, st| {
                        this.step(path, i + 1, d, child, k, st, out);
                    }, None);
                }
                Selector::Slice(start, end, stp) => {
                    if let Some(s) = node.as_seq() {
                        for idx in slice_indices(s.len(), *start, *end, *stp) {
                            self.enter(doc, &s[idx], Part::Index(idx), st, None, &mut |this, d, n, st| {
                                this.step(path, i + 1, d, n, None, st, out);
                            });
                        }
                    }
                }
                Selector::Filter(expr) => {
                    let parent_property = st.logical.last().map(|p| match p {
                        Part::Key(k) => Cow::Borrowed(*k),
                        other => Cow::Owned(other.text().into_owned()),
                    });
                    let logical = &st.logical;
                    let docs = self.docs;
                    let resolved = self.resolved;
                    let deref = move |n: &'a Node| -> &'a Node {
                        if resolved { docs.deref(doc, n).1 } else { n }
                    };
                    let mut chosen: Vec<(Part<'a>, &'a Node, Option<(&'a str, crate::source::Loc)>)> = Vec::new();
                    let mut consider = |part: Part<'a>, child: &'a Node, k: Option<(&'a str, crate::source::Loc)>| {
                        let property = Some(match &part {
                            Part::Key(k) => Cow::Borrowed(*k),
                            other => Cow::Owned(other.text().into_owned()),
                        });
                        let path_text = || {
                            let mut s = String::from("$");
                            for p in logical.iter().chain(std::iter::once(&part)) {
                                match p {
                                    Part::Index(i) | Part::Owned(Segment::Index(i)) => s.push_str(&format!("[{i}]")),
                                    other => s.push_str(&format!("['{}']", other.text())),
                                }
                            }
                            s
                        };
                        let c = Candidate {
                            node: child,
                            property,
                            parent_property: parent_property.clone(),
                            path: &path_text,
                            deref: &deref,
                        };
                        if expr.holds(&c) {
                            chosen.push((part, child, k));
                        }
                    };
                    match &node.value {
                        Value::Map(m) => {
                            for (k, e) in m.iter() {
                                consider(Part::Key(k), &e.node, Some((k.as_str(), e.key_loc)));
                            }
                        }
                        Value::Seq(s) => {
                            for (idx, n) in s.iter().enumerate() {
                                consider(Part::Index(idx), n, None);
                            }
                        }
                        _ => {}
                    }
                    for (part, child, k) in chosen {
                        self.enter(doc, child, part, st, None, &mut |this, d, n, st| {
                            this.step(path, i + 1, d, n, k, st, out);
                        });
                    }
                }
            }
        }
    }

    /// Calls `f` on each member or element of `node` (entered through [`Walk::enter`]).
    fn children(
        &self,
        doc: usize,
        node: &'a Node,
        st: &mut State<'a>,
        f: &mut dyn FnMut(&Self, usize, &'a Node, Option<(&'a str, crate::source::Loc)>, &mut State<'a>),
        descendant_step: Option<usize>,
    ) {
        match &node.value {
            Value::Map(m) => {
                for (k, e) in m.iter() {
                    let key = Some((k.as_str(), e.key_loc));
                    self.enter(doc, &e.node, Part::Key(k), st, descendant_step, &mut |this, d, n, st| {
                        f(this, d, n, key, st)
                    });
                }
            }
            Value::Seq(s) => {
                for (idx, n) in s.iter().enumerate() {
                    self.enter(doc, n, Part::Index(idx), st, descendant_step, &mut |this, d, n, st| {
                        f(this, d, n, None, st)
                    });
                }
            }
            _ => {}
        }
    }

    /// Steps into `child` under `part`: follows its `$ref` when resolved (the own path then
    /// restarts at the target's), and restores the stacks afterwards.
    fn enter(
        &self,
        doc: usize,
        child: &'a Node,
        part: Part<'a>,
        st: &mut State<'a>,
        descendant_step: Option<usize>,
        f: &mut dyn FnMut(&Self, usize, &'a Node, &mut State<'a>),
    ) {
        st.logical.push(part.clone());
        let followed = if self.resolved && child.get("$ref").is_some() {
            let (d, target, pointer) = self.docs.deref(doc, child);
            match pointer {
                Some(p) if !st.active.contains(&(target as *const Node)) => Some((d, target, p)),
                _ => None,
            }
        } else {
            None
        };
        match followed {
            Some((d, target, pointer)) => {
                let fresh = descendant_step
                    .is_none_or(|s| st.seen.insert((s, target as *const Node)));
                if fresh {
                    let own: Vec<Part<'a>> = pointer_segments(pointer)
                        .into_iter()
                        .map(Part::Owned)
                        .collect();
                    let saved = std::mem::replace(&mut st.real, own);
                    st.active.push(target);
                    f(self, d, target, st);
                    st.active.pop();
                    st.real = saved;
                }
            }
            None => {
                st.real.push(part);
                f(self, doc, child, st);
                st.real.pop();
            }
        }
        st.logical.pop();
    }
}

/// The indices a slice selects, RFC 9535 §2.3.4.
fn slice_indices(len: usize, start: Option<i64>, end: Option<i64>, step: Option<i64>) -> Vec<usize> {
    let len = len as i64;
    let step = step.unwrap_or(1);
    let norm = |i: i64| if i < 0 { len + i } else { i };
    let mut out = Vec::new();
    if step > 0 {
        let lo = norm(start.unwrap_or(0)).clamp(0, len);
        let hi = norm(end.unwrap_or(len)).clamp(0, len);
        let mut i = lo;
        while i < hi {
            out.push(i as usize);
            i += step;
        }
    } else {
        let hi = norm(start.unwrap_or(len - 1)).clamp(-1, len - 1);
        let lo = end.map_or(-1, |e| norm(e).clamp(-1, len - 1));
        let mut i = hi;
        while i > lo {
            out.push(i as usize);
            i += step;
        }
    }
    out
}
