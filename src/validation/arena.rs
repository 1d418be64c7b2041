//! A [`Table`] lent to the evaluator: the owned rules copied once into an arena as the
//! borrowed, static-shaped tables generated servers are made of.

use super::plan::{Keyword as K, Lit, Table};
use super::runtime::{self as rt, Keyword, Rules};
use bumpalo::Bump;

/// The evaluator's form of `table`, allocated in `bump`.
pub fn rules<'b>(table: &Table<'_>, bump: &'b Bump) -> Rules<'b> {
    let rules = bump.alloc_slice_fill_iter(table.rules.iter().map(|r| rt::Rule {
        keywords: bump.alloc_slice_fill_iter(r.keywords.iter().map(|k| keyword(k, bump))),
        resource: r.resource,
    }));
    let sources = bump.alloc_slice_fill_iter(table.patterns.iter().map(|p| &*bump.alloc_str(p)));
    let patterns = bump.alloc(rt::Patterns::new(sources));
    let resources =
        bump.alloc_slice_fill_iter(table.resources.iter().map(|anchors| rt::Resource {
            dynamic_anchors:
                bump.alloc_slice_fill_iter(anchors.iter().map(|(n, r)| (&*bump.alloc_str(n), *r))),
        }));
    Rules {
        rules,
        patterns,
        resources,
    }
}

fn strs<'b>(bump: &'b Bump, items: &[String]) -> &'b [&'b str] {
    bump.alloc_slice_fill_iter(items.iter().map(|s| &*bump.alloc_str(s)))
}

fn keyword<'b>(k: &K, bump: &'b Bump) -> Keyword<'b> {
    let s = |x: &str| &*bump.alloc_str(x);
    match k {
        K::Type(b) => Keyword::Type(*b),
        K::Never => Keyword::Never,
        K::Enum(v) => Keyword::Enum(bump.alloc_slice_fill_iter(v.iter().map(|l| lit(l, bump)))),
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
        K::Layout(l) => Keyword::Layout(s(l)),
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
        K::Required(v) => {
            Keyword::Required(bump.alloc_slice_fill_iter(v.iter().map(|(n, a)| (s(n), *a))))
        }
        K::DependentRequired(v) => Keyword::DependentRequired(
            bump.alloc_slice_fill_iter(v.iter().map(|(n, req)| (s(n), strs(bump, req)))),
        ),
        K::Properties(v) => {
            Keyword::Properties(bump.alloc_slice_fill_iter(v.iter().map(|(n, r)| (s(n), *r))))
        }
        K::PatternProperties(v) => Keyword::PatternProperties(bump.alloc_slice_copy(v)),
        K::AdditionalProperties(r) => Keyword::AdditionalProperties(*r),
        K::PropertyNames(r) => Keyword::PropertyNames(*r),
        K::DependentSchemas(v) => {
            Keyword::DependentSchemas(bump.alloc_slice_fill_iter(v.iter().map(|(n, r)| (s(n), *r))))
        }
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
            anchor: s(anchor),
        },
        K::UnevaluatedItems(r) => Keyword::UnevaluatedItems(*r),
        K::UnevaluatedProperties(r) => Keyword::UnevaluatedProperties(*r),
    }
}

/// A JSON value as a table literal.
pub fn lit<'b>(v: &Lit, bump: &'b Bump) -> rt::Lit<'b> {
    match v {
        serde_json::Value::Null => rt::Lit::Null,
        serde_json::Value::Bool(b) => rt::Lit::Bool(*b),
        serde_json::Value::Number(n) => match n.as_i64() {
            Some(i) => rt::Lit::Int(i),
            None => rt::Lit::Number(n.as_f64().unwrap_or(f64::NAN)),
        },
        serde_json::Value::String(s) => rt::Lit::Str(bump.alloc_str(s)),
        serde_json::Value::Array(items) => {
            rt::Lit::Array(bump.alloc_slice_fill_iter(items.iter().map(|x| lit(x, bump))))
        }
        serde_json::Value::Object(m) => rt::Lit::Object(
            bump.alloc_slice_fill_iter(m.iter().map(|(k, x)| (&*bump.alloc_str(k), lit(x, bump)))),
        ),
    }
}
