//! ## What it finds
//! Timestamp fields declared as plain strings whose `pattern`, description or examples fix a
//! layout that is not RFC 3339 (Tyk: `^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$`, i.e. `YYYY-MM-DD HH:MM`:
//! no seconds, no UTC offset). Integers holding epoch times are SF114.
//!
//! A layout a `pattern` fixes is reported for what it still lacks, a UTC offset; with the zone
//! named in the description ("in UTC") the format is fully documented, and not reported.
//!
//! ## Why it matters
//! Clients that parse `format: date-time` fail on these values; a layout without an offset is
//! ambiguous across time zones. Generated code reads the field in its layout (a `LayoutTime`
//! or `LayoutDate` type), so a value in another layout is an error, not a wrong time.
//!
//! ## Example
//! ```yaml
//! CreatedAt:
//!   type: string
//!   pattern: ^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$
//! ```
//!
//! ## Fix
//! Prefer `type: string, format: date-time` (RFC 3339) in the API. When the vendor's format
//! is fixed, document it (`x-specforge-timestamp: "%Y-%m-%d %H:%M"`): specforge generates a
//! time type with exactly that layout.

use crate::diag::Severity;
use crate::lint::{Context, Rule, schema_label};
use crate::model::{Semantic, TimestampFormat};

/// The rule.
pub const RULE: Rule = Rule {
    code: "SF111",
    name: "non-rfc3339-timestamp",
    severity: Severity::Warning,
    selection: crate::lint::Selection::Default,
    summary: "a timestamp string in a vendor layout instead of RFC 3339",
    source: include_str!("non_rfc3339_timestamp.rs"),
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    for (api, m) in cx.apis() {
        for s in &m.schemas {
            let Some(Semantic::Timestamp { format, .. }) = s.semantic.as_deref() else {
                continue;
            };
            if s.extension("x-specforge-timestamp").is_some() {
                continue;
            }
            let strftime = match format {
                TimestampFormat::Layout { strftime, .. } => strftime.clone(),
                _ => continue,
            };
            let (what, key) = match format {
                TimestampFormat::Layout {
                    layout,
                    zoned,
                    has_time,
                    ..
                } => {
                    let mut missing = Vec::new();
                    if *has_time && !layout.contains("SS") {
                        missing.push("no seconds");
                    }
                    if !zoned && *has_time {
                        missing.push("no UTC offset");
                    }
                    let why = if missing.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", missing.join(", "))
                    };
                    let key = if s.pattern.is_some() {
                        "pattern"
                    } else {
                        "description"
                    };
                    (format!("the layout `{layout}`{why}"), key)
                }
                _ => continue,
            };
            let unzoned = matches!(
                format,
                TimestampFormat::Layout {
                    zoned: false,
                    has_time: true,
                    ..
                }
            );
            // A `pattern` fixing the layout and a description naming the zone document the
            // vendor's format completely: nothing is left for them to fix, and generated code
            // parses that layout.
            if s.pattern.is_some() && unzoned && s.description.as_deref().is_some_and(zone_stated) {
                continue;
            }
            let ptr = format!("{}/{key}", s.pointer);
            let at = cx.key_loc(api, &ptr).unwrap_or(s.loc);
            let date = matches!(
                format,
                TimestampFormat::Layout {
                    has_time: false,
                    ..
                }
            );
            let finding = if date {
                // A date is not a date-time: the RFC 3339 form of a date is `full-date`.
                let layout = match format {
                    TimestampFormat::Layout { layout, .. } => layout.as_str(),
                    _ => "",
                };
                RULE.finding(format!(
                    "date `{}` uses the layout `{layout}`, not RFC 3339 full-date (`YYYY-MM-DD`)",
                    schema_label(s)
                ))
                .at(at, "date layout fixed here")
                .help(format!("use `type: string, format: date`; if the layout is fixed (a protocol's `{layout}`), document it with `x-specforge-timestamp: \"{strftime}\"` so generated code parses exactly that layout"))
            } else if unzoned && s.pattern.is_some() {
                // The `pattern` documents the layout; what is still wrong is that the values
                // name no instant: which zone is `2023-06-23 21:02` in?
                RULE.finding(format!(
                    "timestamp `{}` uses {what} and names no time zone: its values are ambiguous instants, not RFC 3339 date-time",
                    schema_label(s)
                ))
                .at(at, "layout without a UTC offset")
                .help("use `type: string, format: date-time` (RFC 3339 carries the offset), or say the zone in the description (\"in UTC\"); document the fixed layout with `x-specforge-timestamp` so generated code parses exactly it")
            } else {
                RULE.finding(format!("timestamp `{}` uses {what}, not RFC 3339 date-time", schema_label(s)))
                    .at(at, "timestamp format fixed here")
                    .help("use `type: string, format: date-time`; if the vendor's format is fixed, document it with `x-specforge-timestamp` so generated code parses exactly that layout")
            };
            out.push(finding.pointer(ptr).fix(
                &*s.pointer,
                serde_json::json!({ "x-specforge-timestamp": strftime }),
            ));
        }
    }
}

/// Whether a description says which time zone a layout without an offset is in.
fn zone_stated(description: &str) -> bool {
    let lower = description.to_ascii_lowercase();
    description
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| matches!(w, "UTC" | "GMT" | "Zulu"))
        || lower.contains("time zone")
        || lower.contains("timezone")
}
