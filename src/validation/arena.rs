//! A [`Table`] lent to the evaluator: its rules laid out once in an arena as the borrowed,
//! static-shaped tables generated servers are made of. Names and values stay the model's.

use super::plan::{Keyword as K, Table};
use super::runtime::{self as rt, Keyword, Rules};
use crate::tree::{Node, Value};
use bumpalo::Bump;

/// The evaluator's form of `table`, allocated in `bump`.
pub fn rules<'b, 'm: 'b>(table: &Table<'m>, bump: &'b Bump) -> Rules<'b> {
    let rules = bump.alloc_slice_fill_iter(table.rules.iter().map(|r| rule(r, bump)));
    finish(table, rules, bump)
}

/// [`rules`], consuming the table a rule at a time, so that its rules and their arena form
/// are never all held at once (lint on a large spec); also returns the schema of each rule.
pub fn into_rules<'b, 'm: 'b>(
    mut table: Table<'m>,
    bump: &'b Bump,
) -> (Rules<'b>, Vec<Option<crate::model::SchemaId>>) {
    let schemas = table.rules.iter().map(|r| r.schema).collect();
    let owned = std::mem::take(&mut table.rules);
    let rules = bump.alloc_slice_fill_iter(owned.into_iter().map(|r| rule(&r, bump)));
    (finish(&table, rules, bump), schemas)
}

fn rule<'b, 'm: 'b>(r: &super::plan::Rule<'m>, bump: &'b Bump) -> rt::Rule<'b> {
    rt::Rule {
        keywords: bump.alloc_slice_fill_iter(r.keywords.iter().map(|k| keyword(k, bump))),
        resource: r.resource,
    }
}

fn finish<'b, 'm: 'b>(table: &Table<'m>, rules: &'b [rt::Rule<'b>], bump: &'b Bump) -> Rules<'b> {
    let patterns = bump.alloc(rt::Patterns::new(bump.alloc_slice_copy(&table.patterns)));
    let resources =
        bump.alloc_slice_fill_iter(table.resources.iter().map(|anchors| rt::Resource {
            dynamic_anchors: bump.alloc_slice_copy(anchors),
        }));
    Rules {
        rules,
        patterns,
        resources,
    }
}

fn strs<'b, 'm: 'b>(bump: &'b Bump, items: &'m [String]) -> &'b [&'b str] {
    bump.alloc_slice_fill_iter(items.iter().map(String::as_str))
}

fn keyword<'b, 'm: 'b>(k: &K<'m>, bump: &'b Bump) -> Keyword<'b> {
    match k {
        K::Type(b) => Keyword::Type(*b),
        K::Never => Keyword::Never,
        K::Enum(vs) => Keyword::Enum(bump.alloc_slice_fill_iter(vs.iter().map(|l| lit(l, bump)))),
        K::Const(l) => Keyword::Const(lit(l, bump)),
        K::DelimitedSet { separator, members } => Keyword::DelimitedSet {
            separator: *separator,
            members: strs(bump, members),
        },
        K::NumericString { integer } => Keyword::NumericString { integer: *integer },
        K::MultipleOf(x) => Keyword::MultipleOf(*x),
        K::Minimum(x) => Keyword::Minimum(*x),
        K::Maximum(x) => Keyword::Maximum(*x),
        K::ExclusiveMinimum(x) => Keyword::ExclusiveMinimum(*x),
        K::ExclusiveMaximum(x) => Keyword::ExclusiveMaximum(*x),
        K::MinLength(n) => Keyword::MinLength(*n),
        K::MaxLength(n) => Keyword::MaxLength(*n),
        K::Pattern(i) => Keyword::Pattern(*i),
        K::Format(f) => Keyword::Format(*f),
        K::Layout(l) => Keyword::Layout(l),
        K::MinItems(n) => Keyword::MinItems(*n),
        K::MaxItems(n) => Keyword::MaxItems(*n),
        K::UniqueItems => Keyword::UniqueItems,
        K::PrefixItems(v) => Keyword::PrefixItems(bump.alloc_slice_copy(v)),
        K::Items(r) => Keyword::Items(*r),
        K::Contains { rule, min, max } => Keyword::Contains {
            rule: *rule,
            min: *min,
            max: *max,
        },
        K::MinProperties(n) => Keyword::MinProperties(*n),
        K::MaxProperties(n) => Keyword::MaxProperties(*n),
        K::Required(v) => Keyword::Required(bump.alloc_slice_copy(v)),
        K::DependentRequired(v) => Keyword::DependentRequired(
            bump.alloc_slice_fill_iter(v.iter().map(|(n, req)| (n.as_str(), strs(bump, req)))),
        ),
        K::Properties(v) => Keyword::Properties(bump.alloc_slice_copy(v)),
        K::PatternProperties(v) => Keyword::PatternProperties(bump.alloc_slice_copy(v)),
        K::AdditionalProperties(r) => Keyword::AdditionalProperties(*r),
        K::PropertyNames(r) => Keyword::PropertyNames(*r),
        K::DependentSchemas(v) => Keyword::DependentSchemas(bump.alloc_slice_copy(v)),
        K::AllOf(v) => Keyword::AllOf(bump.alloc_slice_copy(v)),
        K::AnyOf(v) => Keyword::AnyOf(bump.alloc_slice_copy(v)),
        K::OneOf(v) => Keyword::OneOf(bump.alloc_slice_copy(v)),
        K::Not(r) => Keyword::Not(*r),
        K::If {
            cond,
            then,
            otherwise,
        } => Keyword::If {
            cond: *cond,
            then: *then,
            otherwise: *otherwise,
        },
        K::Ref(r) => Keyword::Ref(*r),
        K::DynamicRef { initial, anchor } => Keyword::DynamicRef {
            initial: *initial,
            anchor,
        },
        K::UnevaluatedItems(r) => Keyword::UnevaluatedItems(*r),
        K::UnevaluatedProperties(r) => Keyword::UnevaluatedProperties(*r),
    }
}

/// A value of the spec as a table literal (strings borrowed, numbers read from their text).
pub fn lit<'b, 'm: 'b>(v: &'m Node, bump: &'b Bump) -> rt::Lit<'b> {
    match &v.value {
        Value::Null => rt::Lit::Null,
        Value::Bool(b) => rt::Lit::Bool(*b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => rt::Lit::Int(i),
            None => rt::Lit::Number(n.as_f64().unwrap_or(f64::NAN)),
        },
        Value::String(s) => rt::Lit::Str(s.as_str()),
        Value::Seq(items) => {
            rt::Lit::Array(bump.alloc_slice_fill_iter(items.iter().map(|x| lit(x, bump))))
        }
        Value::Map(m) => rt::Lit::Object(
            bump.alloc_slice_fill_iter(m.iter().map(|(k, e)| (k.as_str(), lit(&e.node, bump)))),
        ),
    }
}
