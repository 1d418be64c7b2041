//! ## What it finds
//! A name in `required` that is not among the schema's `properties` (and not supplied by an
//! `allOf` part): usually a typo or a renamed property.
//!
//! ## Why it matters
//! Validators demand a property nobody documents; generated types cannot have the field, so
//! every request built from them is rejected.
//!
//! ## Example
//! ```yaml
//! type: object
//! required: [nmae]
//! properties:
//!   name: {type: string}
//! ```
//!
//! ## Fix
//! Correct the name in `required`, or add the property.

use crate::diag::Severity;
use crate::lint::{Context, Rule, schema_label};
use crate::model::Additional;

/// The rule.
pub const RULE: Rule = Rule {
    code: "SF151",
    name: "required-without-property",
    severity: Severity::Error,
    selection: crate::lint::Selection::Default,
    summary: "`required` names a property the schema does not declare",
    source: include_str!("required_without_property.rs"),
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    for (_, m) in cx.apis() {
        // The schemas that apply each schema in place: a `oneOf` branch that only requires
        // (`oneOf: [{required: [Texml]}, …]` beside `properties: {Texml: …}`) names its
        // parent's properties, the usual "one of these fields" idiom, and an `allOf` part
        // may require what a sibling part declares.
        let mut parents: std::collections::HashMap<_, Vec<_>> = Default::default();
        for s in &m.schemas {
            for &c in s.all_of.iter().chain(&s.any_of).chain(&s.one_of) {
                parents.entry(c).or_default().push(s.id);
            }
        }
        let declared_above = |id, name: &str| {
            let mut todo: Vec<_> = parents.get(&id).cloned().unwrap_or_default();
            let mut seen = std::collections::HashSet::new();
            while let Some(p) = todo.pop() {
                if !seen.insert(p) || seen.len() > 64 {
                    continue;
                }
                let ps = m.resolve(p);
                if ps.properties.contains_key(name) || m.schema(p).properties.contains_key(name) {
                    return true;
                }
                // An `allOf` part may require what another part declares
                // (`allOf: [$ref: InputMessage, {required: [id, type]}]`).
                if m.schema(p)
                    .all_of
                    .iter()
                    .any(|&part| m.resolve(part).properties.contains_key(name))
                {
                    return true;
                }
                todo.extend(parents.get(&p).into_iter().flatten().copied());
            }
            false
        };
        for s in &m.schemas {
            if s.properties.is_empty()
                || !s.all_of.is_empty()
                || s.reference.is_some()
                || !s.any_of.is_empty()
                || !s.one_of.is_empty()
            {
                continue;
            }
            for (i, (name, loc)) in s.required.iter().enumerate() {
                if s.properties.contains_key(name.as_str()) || declared_above(s.id, name) {
                    continue;
                }
                let suggestion = crate::similar::closest(
                    name,
                    s.properties.keys().map(crate::tree::Key::as_str),
                );
                let extra = if matches!(s.additional, Additional::Forbidden) {
                    " and `additionalProperties` is false, so no valid value exists"
                } else {
                    ""
                };
                out.push(
                    RULE.finding(format!(
                        "`{}` requires `{name}`, which is not one of its properties{extra}",
                        schema_label(s)
                    ))
                    .at(*loc, "not a declared property")
                    .pointer(format!("{}/required/{i}", s.pointer))
                    .help(match suggestion {
                        Some(p) => format!("did you mean `{p}`?"),
                        None => "declare the property, or remove it from `required`".to_string(),
                    }),
                );
            }
        }
    }
}
