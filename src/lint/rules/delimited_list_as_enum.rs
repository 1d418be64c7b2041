//! ## What it finds
//! A string whose `enum` lists single members while its description, examples or docs-page
//! examples show several members joined by a separator: the field really holds a delimited
//! list (Tyk's `GrantType`: "Format as CSV", example `authorization_code,refresh_token`).
//!
//! ## Why it matters
//! Every validator and generated client rejects the values the API really sends and expects:
//! `"code,token"` is not one of `code`, `token`. Generated enums cannot represent a set.
//!
//! ## Example
//! ```yaml
//! GrantType:
//!   type: string
//!   description: Format as CSV.
//!   enum: [authorization_code, refresh_token]
//!   examples: [authorization_code,refresh_token]
//! ```
//!
//! ## Fix
//! Say what the data is: keep the string and mark it `x-specforge-delimited: ","` (an overlay
//! can add it), or, for a parameter, declare `type: array` with `items.enum` and
//! `style: form, explode: false`. specforge generates a set type that (de)serialises as the
//! joined string either way.

use crate::diag::Severity;
use crate::lint::{Context, Rule, schema_label};
use crate::model::{Evidence, Semantic};

/// The rule.
pub const RULE: Rule = Rule {
    code: "SF101",
    name: "delimited-list-as-enum",
    severity: Severity::Warning,
    selection: crate::lint::Selection::Default,
    summary: "a string enum whose values are really delimited lists of its members",
    source: include_str!("delimited_list_as_enum.rs"),
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    for (api, m) in cx.apis() {
        for s in &m.schemas {
            let Some(Semantic::DelimitedSet {
                separator,
                members,
                evidence,
            }) = s.semantic.as_deref()
            else {
                continue;
            };
            if s.extension("x-specforge-delimited").is_some() {
                continue; // the intent is already explicit
            }
            let enum_ptr = format!("{}/enum", s.pointer);
            let at = cx.key_loc(api, &enum_ptr).unwrap_or(s.loc);
            let mut shown = Vec::new();
            let mut d = RULE.finding("");
            for e in evidence {
                match e {
                    Evidence::Description { text } => {
                        shown.push(format!("its description says \"{text}\""));
                        if let Some(l) = cx.key_loc(api, &format!("{}/description", s.pointer)) {
                            d = d.also(l, format!("described as \"{text}\""));
                        }
                    }
                    Evidence::Example { value, loc } => {
                        if shown.iter().all(|x: &String| !x.starts_with("example")) {
                            shown.push(format!(
                                "example {value} joins several of them with `{separator}`"
                            ));
                        }
                        d = d.also(*loc, format!("{value}: several members"));
                    }
                    _ => {}
                }
            }
            d.message = format!(
                "`{}` is declared as a single value of a {}-member string enum, but {}",
                schema_label(s),
                members.len(),
                shown.join(" and ")
            );
            out.push(
                d.at(at, "one value allowed here")
                    .pointer(&enum_ptr)
                    .help(format!(
                        "it holds a `{}`-separated set of these members; mark it `x-specforge-delimited: \"{}\"` (or declare an array parameter with `style: form, explode: false`)",
                        separator, separator
                    ))
                    .fix(&*s.pointer, serde_json::json!({ "x-specforge-delimited": separator })),
            );
        }
    }
}
