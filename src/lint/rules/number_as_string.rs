//! ## What it finds
//! A field declared `type: string` whose examples are bare numbers (SailPoint's
//! `accessTokenValiditySeconds`: `type: string`, example `750`, "the number of seconds").
//! Quoted digits (`"591"`) are what a string field holds, and are not reported; neither are
//! digits with a leading zero (`"007"`, a code, also when YAML reads an unquoted
//! `081932214823362973` as a number, which the written text still shows), nor, in YAML, an
//! unquoted number for a field
//! named for an identifier (`series: 100`, `language: 99`) unless its description counts
//! something: YAML reads those as numbers whether the author meant one or not.
//!
//! ## Why it matters
//! A client generated from the schema sends `"750"` where the server may expect `750`, and
//! fails to read `750` from responses. Validators reject every real example.
//!
//! ## Example
//! ```yaml
//! accessTokenValiditySeconds:
//!   type: string
//!   example: 750
//! ```
//!
//! ## Fix
//! Declare the number: `type: integer` (add `format: int32`/`int64` as fits). If the API
//! really sends a string, write the example as a string (`"750"`). specforge generates a type
//! that accepts both forms until the vendor fixes the schema.

use crate::diag::Severity;
use crate::lint::{Context, Rule, schema_label};
use crate::model::{Evidence, Semantic};

/// The rule.
pub const RULE: Rule = Rule {
    code: "SF122",
    name: "number-as-string",
    severity: Severity::Warning,
    selection: crate::lint::Selection::Default,
    summary: "a number declared as a string (numeric examples, counts in the description)",
    source: include_str!("number_as_string.rs"),
    check,
};

/// Last words of a field name that say it holds an identifier or a code, not a quantity (or,
/// for `value`, anything at all).
const IDENTIFIER_WORDS: &[&str] = &[
    "id",
    "ids",
    "code",
    "codes",
    "number",
    "num",
    "no",
    "nr",
    "zip",
    "postal",
    "postcode",
    "phone",
    "tel",
    "telephone",
    "msisdn",
    "sku",
    "series",
    "serial",
    "version",
    "account",
    "iban",
    "bic",
    "pin",
    "passcode",
    "token",
    "otp",
    "imsi",
    "imei",
    "iccid",
    "ssn",
    "isbn",
    "ean",
    "upc",
    "reference",
    "ref",
    "bin",
    "cvv",
    "cvc",
    "mcc",
    "sequence",
    "language",
    "lang",
    "locale",
    "country",
    "currency",
    "region",
    // A field named only `value` holds whatever its owner says (SailPoint's display values
    // beside a `valueType`): an unquoted example says nothing about its type.
    "value",
];

/// Whether the examples show that the data is a number, not text made of digits: at least
/// one example is a bare number, none has a leading zero (`"007"` is a code), and a bare
/// number in YAML (which reads `series: 100` as a number whether the author meant one or not)
/// counts for a field named for an identifier only when its description counts something.
fn examples_show_a_number(
    name: &str,
    description: &str,
    evidence: &[Evidence],
    yaml: bool,
    leading_zero: impl Fn(&crate::source::Loc) -> bool,
) -> bool {
    let mut bare = false;
    let mut described = false;
    for e in evidence {
        match e {
            Evidence::Example { value, loc } => match value {
                // YAML reads `081932214823362973` (an IMSI) as a number; its text says code.
                serde_json::Value::Number(_) if leading_zero(loc) => return false,
                serde_json::Value::Number(_) => bare = true,
                serde_json::Value::String(t) => {
                    let t = t.trim_start_matches('-');
                    if t.len() > 1 && t.starts_with('0') && !t.starts_with("0.") {
                        return false;
                    }
                }
                _ => {}
            },
            Evidence::Description { .. } => described = true,
            _ => {}
        }
    }
    let described_as_id = crate::lint::identifier_words(description)
        .iter()
        .any(|w| matches!(w.as_str(), "identifier" | "id" | "ids"));
    let identifier = described_as_id
        || crate::lint::identifier_words(name)
            .last()
            .is_some_and(|w| IDENTIFIER_WORDS.contains(&w.as_str()));
    bare && (described || !(yaml && identifier))
}

/// Whether `file` holds JSON: a JSON document of the API, or a file whose first non-blank
/// line opens an object or array (the text itself is gone once ingest packs it).
fn is_json_file(api: &crate::ingest::Api, cx: &Context<'_>, file: crate::source::FileId) -> bool {
    use crate::ingest::wrapper::WrapperKind;
    if let Some(d) = api.documents.iter().find(|d| d.file == file) {
        return matches!(
            d.kind,
            WrapperKind::PlainJson
                | WrapperKind::DocusaurusJson
                | WrapperKind::DocusaurusCompressed
        );
    }
    let source = cx.ws.sources.get(file);
    (1..=20)
        .map_while(|n| source.line_text(n))
        .map(|l| l.trim_start_matches('\u{feff}').trim().to_string())
        .find(|l| !l.is_empty())
        .is_some_and(|l| l.starts_with('{') || l.starts_with('['))
}

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    let mut yaml_files = std::collections::HashMap::new();
    for (api, m) in cx.apis() {
        for s in &m.schemas {
            let Some(Semantic::NumericString { integer, evidence }) = s.semantic.as_deref() else {
                continue;
            };
            let file = s.loc.file;
            let yaml = *yaml_files
                .entry(file)
                .or_insert_with(|| !is_json_file(api, cx, file));
            let description = s.description.as_deref().unwrap_or("");
            // The example as written: a bare number's text starts with `0` and a digit.
            let leading_zero = |loc: &crate::source::Loc| {
                let source = cx.ws.sources.get(loc.file);
                source.line_text(loc.line).is_some_and(|l| {
                    let mut t = l
                        .chars()
                        .skip(loc.col as usize - 1)
                        .skip_while(|c| *c == '-');
                    t.next() == Some('0') && t.next().is_some_and(|c| c.is_ascii_digit())
                })
            };
            // The property's own name (a label skips structural names such as `value`).
            let mut tokens = s.pointer.rsplit('/');
            let name = match (tokens.next(), tokens.next()) {
                (Some(key), Some("properties")) => key.replace("~1", "/").replace("~0", "~"),
                _ => schema_label(s),
            };
            if !examples_show_a_number(&name, description, evidence, yaml, leading_zero) {
                continue;
            }
            let ptr = format!("{}/type", s.pointer);
            let at = cx.key_loc(api, &ptr).unwrap_or(s.loc);
            let values: Vec<String> = evidence
                .iter()
                .filter_map(|e| match e {
                    Evidence::Example { value, .. } => Some(value.to_string()),
                    _ => None,
                })
                .collect();
            let mut unique = values.clone();
            unique.dedup();
            let ty = if *integer { "integer" } else { "number" };
            let mut d = RULE
                .finding(format!(
                    "`{}` is declared `type: string`, but its examples are numeric ({}): the data is a number",
                    schema_label(s),
                    unique.join(", ")
                ))
                .at(at, "declared a string here")
                .pointer(&ptr)
                .help(format!("declare `type: {ty}`; or, if the API really sends a string, write the example as a string"));
            // Keep `null` when the type is a 3.1 list.
            let new_type = match cx.node(api, &ptr).and_then(crate::tree::Node::as_seq) {
                Some(list) => serde_json::Value::Array(
                    list.iter()
                        .map(|t| match t.as_str() {
                            Some("string") => serde_json::json!(ty),
                            _ => t.to_json(),
                        })
                        .collect(),
                ),
                None => serde_json::json!(ty),
            };
            d = d.fix(&*s.pointer, serde_json::json!({ "type": new_type }));
            for e in evidence {
                if let Evidence::Example { loc, value } = e {
                    d = d.also(*loc, format!("{value}"));
                }
            }
            out.push(d);
        }
    }
}
