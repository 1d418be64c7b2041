//! ## What it finds
//! One API, or APIs linted together, writing timestamps in several representations: RFC 3339
//! date-time in one place, `YYYY-MM-DD HH:MM` or epoch seconds in another.
//!
//! ## Why it matters
//! Consumers need one parser per representation, and comparisons between fields silently go
//! wrong (a zone-less local time against a UTC instant).
//!
//! ## Example
//! Tyk's `CreatedAt: 2023-06-25 13:37` beside Telnyx's `created_at: 2023-06-25T13:37:00Z`.
//!
//! ## Fix
//! Use RFC 3339 everywhere you control; where a vendor's format is fixed, make the
//! difference explicit (`x-specforge-timestamp`) so each field is parsed with its own layout.

use crate::diag::Severity;
use crate::lint::{Context, Rule, schema_label};
use crate::model::{Semantic, TimestampFormat};
use crate::source::Loc;
use std::collections::BTreeMap;

/// The rule.
pub const RULE: Rule = Rule {
    code: "SF112",
    name: "mixed-timestamp-formats",
    severity: Severity::Warning,
    selection: crate::lint::Selection::OptIn,
    summary: "timestamps written in several representations across an API or APIs linted together",
    source: include_str!("mixed_timestamp_formats.rs"),
    check,
};

struct Use {
    api: String,
    field: String,
    loc: Loc,
    pointer: String,
}

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    // format description → uses, in document order.
    let mut by_format: BTreeMap<String, Vec<Use>> = BTreeMap::new();
    for (_, m) in cx.apis() {
        for s in &m.schemas {
            if let Some(Semantic::Timestamp { format, .. }) = s.semantic.as_deref() {
                // A date (RFC 3339 full-date or a vendor date layout) is not a timestamp
                // representation choice.
                if matches!(
                    format,
                    TimestampFormat::Date
                        | TimestampFormat::Layout {
                            has_time: false,
                            ..
                        }
                ) {
                    continue;
                }
                by_format.entry(format.describe()).or_default().push(Use {
                    api: m.name.clone(),
                    field: schema_label(s),
                    loc: s.loc,
                    pointer: s.pointer.to_string(),
                });
            }
        }
    }
    if by_format.len() < 2 {
        return;
    }
    // The reference representation: the most used; RFC 3339 wins ties.
    let reference = by_format
        .iter()
        .max_by_key(|(f, uses)| (uses.len(), f.starts_with("RFC 3339")))
        .map(|(f, _)| f.clone())
        .expect("at least two formats");
    let r = &by_format[&reference][0];
    let apis = |uses: &[Use]| {
        let mut a: Vec<&str> = uses.iter().map(|u| u.api.as_str()).collect();
        a.dedup();
        a.join(", ")
    };
    for (format, uses) in &by_format {
        if *format == reference {
            continue;
        }
        let first = &uses[0];
        out.push(
            RULE.finding(format!(
                "`{}` ({}){} {} timestamps as `{format}`, while {} field(s) in {} use {reference}",
                first.field,
                first.api,
                match uses.len() - 1 {
                    0 => String::new(),
                    n => format!(" and {n} other field(s)"),
                },
                if uses.len() == 1 { "writes" } else { "write" },
                by_format[&reference].len(),
                apis(&by_format[&reference]),
            ))
            .at(first.loc, format!("`{format}` here"))
            .pointer(&first.pointer)
            .also(r.loc, format!("{reference} in `{}` ({})", r.field, r.api))
            .help("use one representation (RFC 3339 date-time), or make each vendor format explicit with `x-specforge-timestamp`"),
        );
    }
}
