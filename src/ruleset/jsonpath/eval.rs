//! Evaluating a compiled path over the documents, through the resolving view when the rule
//! sees the resolved document.
//!
//! Traversal keeps two borrowed stacks (the path as matched and the node's own path after the
//! last `$ref`), so nothing is allocated per visited node; a match copies its path once.
//!
//! Many paths are walked together ([`Plan`]): paths that begin with the same steps share the
//! traversal of those steps, and every `..` below the same steps is one descent for all of
//! them. `spectral:oas` has a dozen `$..` givens; walking the document once for all of them
//! rather than once each is most of what the engine saves (decision 025). Each path's matches
//! are those, and in the order, it would have alone.

use super::filter::{Candidate, Name};
use super::{Path, Selector, Step};
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
    /// Its path from the linted document's root through the `$ref`s followed to it, when
    /// that is not `path` (the match is inside a referenced node).
    pub logical: Option<Vec<Segment>>,
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

/// Paths compiled into one walk: a trie over their steps, so paths with a common beginning
/// share its traversal.
#[derive(Default)]
pub struct Plan<'a> {
    /// Node 0 is `$`.
    nodes: Vec<PlanNode<'a>>,
    /// Output slots (one per distinct path).
    slots: usize,
    /// By slot: whether its matches keep their path through `$ref`s ([`Match::logical`]),
    /// which only some functions read (a copy per match costs memory on large documents).
    logical: Vec<bool>,
}

#[derive(Default)]
struct PlanNode<'a> {
    /// The paths that end here: whether they select property names (`~`), and their slot.
    ends: Vec<(bool, usize)>,
    /// The steps taken from here, each with the node it leads to.
    next: Vec<(&'a Step, usize)>,
    /// Some step taken from here is `..`.
    descends: bool,
}

impl<'a> Plan<'a> {
    /// Adds `path`; returns the slot its matches go to (the same for an equal path).
    /// `logical`: its matches keep their path through `$ref`s.
    pub fn add(&mut self, path: &'a Path, logical: bool) -> usize {
        if self.nodes.is_empty() {
            self.nodes.push(PlanNode::default());
        }
        let mut at = 0;
        for step in &path.steps {
            let found = self.nodes[at]
                .next
                .iter()
                .find(|(s, _)| *s == step)
                .map(|&(_, n)| n);
            at = match found {
                Some(n) => n,
                None => {
                    let n = self.nodes.len();
                    self.nodes.push(PlanNode::default());
                    let node = &mut self.nodes[at];
                    node.next.push((step, n));
                    node.descends |= step.descendant;
                    n
                }
            };
        }
        let ends = &mut self.nodes[at].ends;
        if let Some(&(_, slot)) = ends.iter().find(|(k, _)| *k == path.keys) {
            self.logical[slot] |= logical;
            return slot;
        }
        let slot = self.slots;
        self.slots += 1;
        self.logical.push(logical);
        ends.push((path.keys, slot));
        slot
    }

    /// A plan of one path.
    fn single(path: &'a Path) -> Self {
        let mut plan = Plan::default();
        plan.add(path, false);
        plan
    }
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

/// A member's name and key location, when it is a mapping member.
type KeyAt<'a> = Option<(&'a str, crate::source::Loc)>;

/// What a walk calls on each child: the walk, the document, the child, its key, the stacks.
type Visit<'v, 'a> = dyn FnMut(&Walk<'a>, usize, &'a Node, KeyAt<'a>, &mut State<'a>) + 'v;

struct State<'a> {
    /// The path as matched (from the linted document's root, through `$ref`s).
    logical: Vec<Part<'a>>,
    /// The node's own path in its document.
    real: Vec<Part<'a>>,
    /// `$ref` targets being walked (cycle guard).
    active: Vec<*const Node>,
    /// (plan node, target) pairs a descent has already entered through a `$ref`: the same
    /// target reached again gives the same findings at the same (own) paths. A plan node
    /// stands for one step of each path through it, as the step's index did for one path.
    seen: HashSet<(usize, *const Node)>,
}

impl<'a> Walk<'a> {
    /// Every match of each path of `plan` from the root of the linted document, in document
    /// order, by slot.
    pub fn run_plan(&self, plan: &Plan<'a>) -> Vec<Vec<Match<'a>>> {
        let mut out: Vec<Vec<Match<'a>>> = (0..plan.slots).map(|_| Vec::new()).collect();
        if !plan.nodes.is_empty() {
            let mut st = State {
                logical: Vec::new(),
                real: Vec::new(),
                active: Vec::new(),
                seen: HashSet::new(),
            };
            self.visit(
                plan,
                0,
                false,
                0,
                &self.docs.docs[0].root,
                None,
                &mut st,
                &mut out,
            );
        }
        out
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
        let plan = Plan::single(path);
        let mut st = State {
            logical: base.iter().cloned().map(Part::Owned).collect(),
            real: base.iter().cloned().map(Part::Owned).collect(),
            active: Vec::new(),
            seen: HashSet::new(),
        };
        let mut found = vec![Vec::new()];
        self.visit(&plan, 0, false, doc, node, None, &mut st, &mut found);
        out.append(&mut found[0]);
    }

    /// At plan node `at` on `node`: the paths ending here match; each next step selects;
    /// then the `..` steps go on in every child. `descending`: reached by a descent, so only
    /// the `..` steps apply (the node stands for itself under the same steps).
    #[allow(clippy::too_many_arguments)]
    fn visit(
        &self,
        plan: &Plan<'a>,
        at: usize,
        descending: bool,
        doc: usize,
        node: &'a Node,
        key: KeyAt<'a>,
        st: &mut State<'a>,
        out: &mut [Vec<Match<'a>>],
    ) {
        let here = &plan.nodes[at];
        if !descending {
            for &(keys, slot) in &here.ends {
                out[slot].push(Match {
                    node,
                    doc,
                    path: st.real.iter().map(Part::segment).collect(),
                    logical: (plan.logical[slot] && !st.active.is_empty())
                        .then(|| st.logical.iter().map(Part::segment).collect()),
                    key: if keys {
                        key.map(|(k, loc)| Node::string(loc, k))
                    } else {
                        None
                    },
                });
            }
        }
        for &(step, next) in &here.next {
            if !descending || step.descendant {
                self.select(plan, next, doc, node, &step.selectors, st, out);
            }
        }
        if here.descends {
            self.children(
                doc,
                node,
                st,
                &mut |this, d, child, k, st| {
                    this.visit(plan, at, true, d, child, k, st, out);
                },
                Some(at),
            );
        }
    }

    #[allow(clippy::too_many_arguments)]
    /// Applies `selectors` to `node`; what they select goes on at plan node `next`.
    fn select(
        &self,
        plan: &Plan<'a>,
        next: usize,
        doc: usize,
        node: &'a Node,
        selectors: &'a [Selector],
        st: &mut State<'a>,
        out: &mut [Vec<Match<'a>>],
    ) {
        for sel in selectors {
            match sel {
                Selector::Name(name) => {
                    if let Some(e) = node.as_map().and_then(|m| m.get(name)) {
                        self.enter(
                            doc,
                            &e.node,
                            Part::Key(name),
                            st,
                            None,
                            &mut |this, d, n, st| {
                                this.visit(
                                    plan,
                                    next,
                                    false,
                                    d,
                                    n,
                                    Some((name, e.key_loc)),
                                    st,
                                    out,
                                );
                            },
                        );
                    } else if let (Some(s), Ok(idx)) = (node.as_seq(), name.parse::<usize>())
                        && let Some(n) = s.get(idx)
                    {
                        self.enter(doc, n, Part::Index(idx), st, None, &mut |this, d, n, st| {
                            this.visit(plan, next, false, d, n, None, st, out);
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
                                this.visit(plan, next, false, d, n, None, st, out);
                            });
                        }
                    }
                }
                Selector::Wildcard => {
                    self.children(
                        doc,
                        node,
                        st,
                        &mut |this, d, child, k, st| {
                            this.visit(plan, next, false, d, child, k, st, out);
                        },
                        None,
                    );
                }
                Selector::Slice(start, end, stp) => {
                    if let Some(s) = node.as_seq() {
                        for idx in slice_indices(s.len(), *start, *end, *stp) {
                            self.enter(
                                doc,
                                &s[idx],
                                Part::Index(idx),
                                st,
                                None,
                                &mut |this, d, n, st| {
                                    this.visit(plan, next, false, d, n, None, st, out);
                                },
                            );
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
                    let mut chosen: Vec<(Part<'a>, &'a Node, KeyAt<'a>)> = Vec::new();
                    let mut consider = |name: Name<'a>, child: &'a Node, k: KeyAt<'a>| {
                        let part = match name {
                            Name::Key(k) => Part::Key(k),
                            Name::Index(i) => Part::Index(i),
                        };
                        let path_text = || {
                            let mut s = String::from("$");
                            for p in logical.iter().chain(std::iter::once(&part)) {
                                match p {
                                    Part::Index(i) | Part::Owned(Segment::Index(i)) => {
                                        s.push_str(&format!("[{i}]"))
                                    }
                                    other => s.push_str(&format!("['{}']", other.text())),
                                }
                            }
                            s
                        };
                        let c = Candidate {
                            node: deref(child),
                            property: Some(name),
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
                                consider(Name::Key(k), &e.node, Some((k.as_str(), e.key_loc)));
                            }
                        }
                        Value::Seq(s) => {
                            for (idx, n) in s.iter().enumerate() {
                                consider(Name::Index(idx), n, None);
                            }
                        }
                        _ => {}
                    }
                    for (part, child, k) in chosen {
                        self.enter(doc, child, part, st, None, &mut |this, d, n, st| {
                            this.visit(plan, next, false, d, n, k, st, out);
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
        f: &mut Visit<'_, 'a>,
        descent: Option<usize>,
    ) {
        match &node.value {
            Value::Map(m) => {
                for (k, e) in m.iter() {
                    let key = Some((k.as_str(), e.key_loc));
                    self.enter(
                        doc,
                        &e.node,
                        Part::Key(k),
                        st,
                        descent,
                        &mut |this, d, n, st| f(this, d, n, key, st),
                    );
                }
            }
            Value::Seq(s) => {
                for (idx, n) in s.iter().enumerate() {
                    self.enter(
                        doc,
                        n,
                        Part::Index(idx),
                        st,
                        descent,
                        &mut |this, d, n, st| f(this, d, n, None, st),
                    );
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
        descent: Option<usize>,
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
                let fresh = descent.is_none_or(|s| st.seen.insert((s, target as *const Node)));
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
fn slice_indices(
    len: usize,
    start: Option<i64>,
    end: Option<i64>,
    step: Option<i64>,
) -> Vec<usize> {
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
