//! The native parts of `spectral:oas`: the ruleset itself, in Spectral's ruleset format, and
//! the functions its rules call beyond the core ones (the engine looks them up by name).
//!
//! The rules, their names, severities, `recommended` flags, formats and targets follow
//! Spectral 6's `spectral:oas` as `@stoplight/spectral-rulesets` 1.23 publishes it, so
//! `extends: spectral:oas` finds what Spectral finds (differences: docs/spectral-compat.md).

use super::function::Function;

mod common;
mod discriminator;
mod document_schema;
mod oas_example;
mod oas_schema;
mod op_form_data_consume_check;
mod op_id_unique;
mod op_params;
mod op_success_response;
mod path_param;
mod ref_siblings;
mod schema_check;
mod security_defined;
mod server_variables;
mod tag_defined;
mod typed_enum;
mod uniqueness_tags;
mod unused_component;

/// The `spectral:oas` ruleset, in Spectral's YAML ruleset format.
pub const RULESET: &str = include_str!("spectral-oas.yaml");

/// The `spectral:oas` functions, by name.
pub const FUNCTIONS: &[Function] = &[
    op_success_response::FUNCTION,
    op_form_data_consume_check::FUNCTION,
    op_id_unique::FUNCTION,
    op_params::FUNCTION,
    tag_defined::FUNCTION,
    path_param::FUNCTION,
    ref_siblings::FUNCTION,
    typed_enum::FUNCTION,
    discriminator::FUNCTION,
    security_defined::FUNCTION,
    uniqueness_tags::FUNCTION,
    server_variables::FUNCTION,
    unused_component::FUNCTION,
    oas_schema::FUNCTION,
    oas_example::FUNCTION,
    document_schema::FUNCTION,
];

#[cfg(test)]
mod tests {
    use super::{FUNCTIONS, RULESET};
    use std::collections::BTreeSet;

    #[test]
    fn function_names_are_unique() {
        let names: BTreeSet<_> = FUNCTIONS.iter().map(|f| f.name).collect();
        assert_eq!(names.len(), FUNCTIONS.len());
    }

    /// Every function the ruleset calls is a core function or one of [`FUNCTIONS`], and every
    /// one of [`FUNCTIONS`] is called.
    #[test]
    fn the_ruleset_calls_known_functions() {
        const CORE: [&str; 8] = [
            "truthy",
            "pattern",
            "unreferencedReusableObject",
            "schema",
            "xor",
            "undefined",
            "alphabetical",
            "length",
        ];
        let doc = super::common::testing::yaml(RULESET);
        let rules = doc.get("rules").and_then(|r| r.as_map()).expect("rules");
        let mut called = BTreeSet::new();
        for (name, rule) in rules.iter() {
            let then = rule.node.get("then").expect("then");
            let thens = then
                .as_seq()
                .map_or_else(|| vec![then], |s| s.iter().collect());
            for t in thens {
                let f = t
                    .get("function")
                    .and_then(|f| f.as_str())
                    .expect("function");
                assert!(
                    CORE.contains(&f) || FUNCTIONS.iter().any(|x| x.name == f),
                    "{name} calls {f}"
                );
                called.insert(f);
            }
        }
        for f in FUNCTIONS {
            assert!(called.contains(f.name), "{} is not called", f.name);
        }
        assert_eq!(
            rules.len(),
            57,
            "spectral:oas (spectral-rulesets 1.23) has 57 rules"
        );
    }

    /// Options the ruleset gives the native functions are accepted by them.
    #[test]
    fn the_ruleset_options_are_valid() {
        let doc = super::common::testing::yaml(RULESET);
        for (_, rule) in doc.get("rules").and_then(|r| r.as_map()).unwrap().iter() {
            let then = rule.node.get("then").unwrap();
            let thens = then
                .as_seq()
                .map_or_else(|| vec![then], |s| s.iter().collect());
            for t in thens {
                let name = t.get("function").and_then(|f| f.as_str()).unwrap();
                if let Some(f) = FUNCTIONS.iter().find(|x| x.name == name) {
                    assert_eq!(
                        (f.check_options)(t.get("functionOptions")),
                        Ok(()),
                        "{name}"
                    );
                }
            }
        }
    }
}
