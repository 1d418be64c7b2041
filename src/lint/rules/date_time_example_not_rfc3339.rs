//! ## What it finds
//! A `format: date-time` field whose examples are not RFC 3339 date-times (a space instead of
//! `T`, no seconds, no offset, a bare date).
//!
//! ## Why it matters
//! The example shows what the API sends; if it is not RFC 3339, clients that parse
//! `date-time` strictly will fail on real responses.
//!
//! ## Example
//! ```yaml
//! created:
//!   type: string
//!   format: date-time
//!   example: 2023-06-25 13:37
//! ```
//!
//! ## Fix
//! Correct the example (`2023-06-25T13:37:00Z`), or, if the API really sends that layout,
//! drop `format: date-time` and document the layout (`x-specforge-timestamp`).

use crate::diag::Severity;
use crate::lint::{Context, Rule, schema_label};
use crate::model::TimestampFormat;
use crate::model::semantic::{is_rfc3339, layout_from_example};

/// The rule.
pub const RULE: Rule = Rule {
    code: "SF113",
    name: "date-time-example-not-rfc3339",
    severity: Severity::Warning,
    selection: crate::lint::Selection::Default,
    summary: "a `format: date-time` field whose example is not an RFC 3339 date-time",
    source: include_str!("date_time_example_not_rfc3339.rs"),
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    for (_, m) in cx.apis() {
        for s in &m.schemas {
            if s.format.as_deref() != Some("date-time") {
                continue;
            }
            for ex in &s.examples {
                let Some(v) = ex.value.as_str() else {
                    continue;
                };
                if is_rfc3339(v) {
                    continue;
                }
                let layout = match layout_from_example(v) {
                    Some(TimestampFormat::Layout { layout, .. }) => format!(" (layout `{layout}`)"),
                    Some(TimestampFormat::Date) => " (a date without a time)".to_string(),
                    _ => String::new(),
                };
                out.push(
                    RULE.finding(format!(
                        "`{}` is `format: date-time`, but its example \"{v}\"{layout} is not RFC 3339",
                        schema_label(s)
                    ))
                    .at(ex.value.loc, "this example")
                    .pointer(&*ex.pointer)
                    .also(s.loc, "declared `format: date-time`")
                    .help("write the example as RFC 3339 (`2017-07-11T18:45:37Z`), or document the real layout instead of `date-time`"),
                );
            }
        }
    }
}
