//! Every lint rule, in code order. Adding a rule: one file in `rules/`, one line here.

use super::Rule;
use super::rules::*;

/// All rules.
pub const RULES: &[&Rule] = &[
    &openapi_schema::RULE,
    &delimited_list_as_enum::RULE,
    &non_rfc3339_timestamp::RULE,
    &mixed_timestamp_formats::RULE,
    &date_time_example_not_rfc3339::RULE,
    &epoch_timestamp::RULE,
    &example_schema_mismatch::RULE,
    &number_as_string::RULE,
    &near_known_value::RULE,
    &property_drift::RULE,
    &path_naming_style::RULE,
    &status_drift::RULE,
    &example_keyword_mixed::RULE,
    &required_without_property::RULE,
    &optional_body_required_fields::RULE,
    &copy_pasted_description::RULE,
    &missing_type::RULE,
    &repeated_inline_schema::RULE,
    &operation_id::RULE,
    &path_parameters::RULE,
    &undefined_references::RULE,
    &servers_and_components::RULE,
    &header_names::RULE,
    &querystring_conflict::RULE,
    &tag_parent::RULE,
    &item_schema_not_sequential::RULE,
];

/// The rule with this code or name.
pub fn find(code_or_name: &str) -> Option<&'static Rule> {
    RULES
        .iter()
        .copied()
        .find(|r| r.code.eq_ignore_ascii_case(code_or_name) || r.name == code_or_name)
}

/// The rule with exactly this code or name, as settings must spell it (`[lint.rules]` and
/// `[[lint.ignore]]` match codes and names exactly, so `sf153` would change nothing).
pub fn find_exact(code_or_name: &str) -> Option<&'static Rule> {
    RULES
        .iter()
        .copied()
        .find(|r| r.code == code_or_name || r.name == code_or_name)
}

/// The `help:` for a setting that names no rule: the nearest code or name, when one is near.
pub fn unknown_rule_help(name: &str) -> String {
    let names = RULES.iter().flat_map(|r| [r.code, r.name]);
    match crate::similar::closest(name, names) {
        Some(c) => format!("did you mean `{c}`? (`specforge rules` lists them)"),
        None => "`specforge rules` lists the lint rules by code and name".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_unique_and_documented() {
        let mut codes: Vec<&str> = RULES.iter().map(|r| r.code).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), RULES.len());
        for r in RULES {
            let doc = r.doc();
            for section in [
                "## What it finds",
                "## Why it matters",
                "## Example",
                "## Fix",
            ] {
                assert!(doc.contains(section), "{} lacks {section}", r.code);
            }
            assert!(
                r.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit()),
                "{}",
                r.name
            );
        }
    }
}
