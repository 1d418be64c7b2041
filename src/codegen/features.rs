//! Per-group cargo features: which operations and types each feature of a generated crate
//! compiles, so a user of one part of a large API does not build all of it.
//!
//! Operations are grouped by their first tag, or, untagged, by the first segment of their path
//! that is not a version (`/v1/customers/{id}` → `customers`; Stripe has no tags). Each group is
//! a cargo feature; `full` turns on every group and is on by default. A client method carries
//! its group's `cfg`; a type carries the `cfg` of every group that reaches it, through the types
//! it holds. A type reached by many groups, by a webhook, or by nothing at all (a component no
//! operation names, which callers may still use, say for webhook payloads) is always compiled:
//! a gate listing dozens of features would cost more lines than it saves compile time, and
//! whatever an always-compiled type holds must be always compiled too.

use super::naming::kebab;
use super::plan::OpShape;
use super::typespace::{Type, TypeId, TypeSpace};
use crate::model::ApiModel;
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::{BTreeMap, BTreeSet};

/// A type reached by more groups than this is compiled whatever features are on.
const MAX_GATE: usize = 6;

/// Feature names the crate already has.
const RESERVED: &[&str] = &["default", "full", "client", "server"];

/// The groups of one API and the operations in each.
pub struct Features {
    /// Feature names, sorted; a group is its index here.
    names: Vec<String>,
    /// Operation index (in `ApiModel::operations`) → its group.
    of_op: BTreeMap<usize, usize>,
    /// Each operation's group and the types its method names.
    roots: Vec<(usize, Vec<TypeId>)>,
}

impl Features {
    /// The groups of `m`'s operations, or `None` when there is at most one (nothing to
    /// choose between).
    pub fn plan(m: &ApiModel, shapes: &[OpShape]) -> Option<Features> {
        let group_name: BTreeMap<usize, String> = shapes
            .iter()
            .map(|s| (s.index, group_of(&m.operations[s.index])))
            .collect();
        let names: Vec<String> = group_name
            .values()
            .cloned()
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        if names.len() < 2 {
            return None;
        }
        let of_op: BTreeMap<usize, usize> = group_name
            .iter()
            .map(|(&op, name)| (op, names.binary_search(name).unwrap_or(0)))
            .collect();
        let roots = shapes.iter().map(|s| (of_op[&s.index], roots(s))).collect();
        Some(Features {
            names,
            of_op,
            roots,
        })
    }

    /// The feature names, sorted.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// The `#[cfg(…)]` of operation `op`'s client method.
    pub fn op_gate(&self, op: usize) -> Option<TokenStream> {
        self.of_op
            .get(&op)
            .map(|&g| cfg(std::iter::once(self.names[g].as_str())))
    }

    /// The `#[cfg(…)]` of every type not always compiled, once the space is finished (its
    /// components made, so what each holds is known).
    pub fn type_gates(&self, m: &ApiModel, space: &TypeSpace<'_>) -> BTreeMap<TypeId, TokenStream> {
        // Which groups reach each type.
        let mut reached: BTreeMap<TypeId, BTreeSet<usize>> = BTreeMap::new();
        for (group, roots) in &self.roots {
            let mut todo = roots.clone();
            while let Some(t) = todo.pop() {
                if reached.entry(t).or_default().insert(*group) {
                    todo.extend(space.inside(t));
                }
            }
        }
        // What is always compiled, and everything it holds.
        let all = self.names.len();
        let mut todo: Vec<TypeId> = space
            .types()
            .filter(|(id, t)| {
                matches!(t, Type::Item(_))
                    && reached
                        .get(id)
                        .is_none_or(|g| g.len() > MAX_GATE || g.len() == all)
            })
            .map(|(id, _)| id)
            .collect();
        todo.extend(webhook_roots(m, space));
        let mut always: BTreeSet<TypeId> = BTreeSet::new();
        while let Some(t) = todo.pop() {
            if always.insert(t) {
                todo.extend(space.inside(t));
            }
        }
        reached
            .into_iter()
            .filter(|(t, _)| !always.contains(t))
            .map(|(t, groups)| (t, cfg(groups.iter().map(|&g| self.names[g].as_str()))))
            .collect()
    }
}

/// `#[cfg(feature = "a")]`, or `#[cfg(any(feature = "a", feature = "b"))]`.
fn cfg<'a>(features: impl Iterator<Item = &'a str>) -> TokenStream {
    let features: Vec<&str> = features.collect();
    match features.as_slice() {
        [one] => quote!(#[cfg(feature = #one)]),
        many => quote!(#[cfg(any(#(feature = #many),*))]),
    }
}

/// The feature an operation belongs to: its first tag, else its first path segment that is
/// neither a version (`v1`, `2.0`) nor a placeholder, else `root`.
fn group_of(op: &crate::model::Operation) -> String {
    let from_tag = op.tags.first().map(|t| kebab(t)).unwrap_or_default();
    let name = if from_tag.is_empty() {
        op.path
            .split('/')
            .filter(|s| !s.is_empty() && !s.starts_with('{') && !is_version(s))
            .map(kebab)
            .find(|s| !s.is_empty())
            .unwrap_or_else(|| "root".to_string())
    } else {
        from_tag
    };
    // A feature must start with a letter here (cargo allows a digit, but `full` and the
    // others are words) and must not be one the crate already defines.
    let name = match name.starts_with(|c: char| c.is_ascii_digit()) {
        true => format!("group-{name}"),
        false => name,
    };
    match RESERVED.contains(&name.as_str()) {
        true => format!("{name}-operations"),
        false => name,
    }
}

/// `v1`, `V2`, `v1beta1`, `2.0`, `api`: path prefixes that name no resource.
fn is_version(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    let digits = lower.strip_prefix('v').unwrap_or(&lower);
    lower == "api"
        || (digits.starts_with(|c: char| c.is_ascii_digit())
            && digits
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.'))
}

/// Every type an operation's method names: its parameters, body, answers, headers, stream.
fn roots(s: &OpShape) -> Vec<TypeId> {
    let mut out: Vec<TypeId> = s
        .path_params
        .iter()
        .chain(&s.required)
        .map(|p| p.ty)
        .collect();
    if let Some((params, fields)) = &s.optional {
        out.push(*params);
        out.extend(fields.iter().map(|p| p.ty));
    }
    out.extend(s.body.as_ref().map(|b| b.ty));
    out.push(s.success.ty);
    out.push(s.error.ty);
    for case in s
        .success
        .cases
        .iter()
        .chain(&s.error.cases)
        .chain(&s.responses)
    {
        out.extend(case.body.as_ref().map(|(_, t)| *t));
        out.extend(case.stream.as_ref().map(|(_, t)| *t));
    }
    out.extend(s.headers);
    out.extend(s.stream.as_ref().map(|st| st.item));
    out
}

/// The types of webhook payloads: callers deserialise them whatever features are on.
fn webhook_roots(m: &ApiModel, space: &TypeSpace<'_>) -> Vec<TypeId> {
    m.operations
        .iter()
        .filter(|op| op.webhook)
        .flat_map(|op| {
            let bodies = op
                .request_body
                .iter()
                .flat_map(|b| b.content.iter().filter_map(|c| c.schema));
            let answers = op
                .responses
                .iter()
                .flat_map(|r| r.content.iter().filter_map(|c| c.schema));
            bodies.chain(answers).collect::<Vec<_>>()
        })
        .flat_map(|schema| space.known(schema))
        .collect()
}
