//! ## What it finds
//! Integers that hold Unix epoch times (named like timestamps and described as epoch/Unix
//! time, or with a `timestamp`-style format) whose schema does not say the unit: neither the
//! description (seconds, milliseconds) nor the format (`unix-time`, Stripe's `created`, is
//! seconds by convention) fixes it. "Unix time" and "Unix timestamp" say seconds (POSIX
//! defines Unix time in seconds) unless the examples are milliseconds, as GitHub's audit-log
//! `@timestamp` is: then the description says the wrong unit, and that is reported.
//!
//! ## Why it matters
//! Nothing in the schema says which unit or epoch; clients must guess seconds vs
//! milliseconds, and timestamps of different fields are compared wrongly. It is a common and
//! legitimate choice, so this is informational.
//!
//! ## Example
//! ```yaml
//! accessTime:
//!   type: integer
//!   description: The last access time as ticks since the epoch.
//! ```
//!
//! ## Fix
//! Nothing to fix if the unit is documented; specforge generates a time type that reads the
//! integer as epoch seconds (or milliseconds when the description or examples say so).

use crate::diag::Severity;
use crate::lint::{Context, Rule, schema_label};
use crate::model::{Semantic, TimestampFormat};

/// The rule.
pub const RULE: Rule = Rule {
    code: "SF114",
    name: "epoch-integer-timestamp",
    severity: Severity::Info,
    selection: crate::lint::Selection::Default,
    summary: "a timestamp written as an integer count since the Unix epoch",
    source: include_str!("epoch_timestamp.rs"),
    check,
};

/// Whether the schema says which unit its epoch time counts: a description naming seconds or
/// milliseconds, or a format that fixes it (`unix-time` is seconds by convention,
/// `unix-millis`/`timestamp-ms` milliseconds).
fn unit_documented(s: &crate::model::Schema, around: &[&str]) -> bool {
    let mut desc = s.description.as_deref().unwrap_or("").to_ascii_lowercase();
    for d in around {
        desc.push(' ');
        desc.push_str(&d.to_ascii_lowercase());
    }
    let fmt = s.format.as_deref().unwrap_or("").to_ascii_lowercase();
    desc.contains("second")
        || desc.contains("millis")
        || desc
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "ms")
        || matches!(
            fmt.as_str(),
            "unix-time" | "unixtime" | "unix_time" | "unix-timestamp"
        )
        || fmt.contains("millis")
        || fmt.ends_with("-ms")
        || fmt.contains("seconds")
}

/// Whether the description calls the value Unix time ("Unix timestamp", "Unix time"), which
/// counts seconds. "Unix epoch" names only the reference point, not the unit.
fn says_unix_time(s: &crate::model::Schema, around: &[&str]) -> bool {
    let words: Vec<String> = std::iter::once(s.description.as_deref().unwrap_or(""))
        .chain(around.iter().copied())
        .flat_map(crate::lint::identifier_words)
        .collect();
    words
        .windows(2)
        .any(|w| w[0] == "unix" && matches!(w[1].as_str(), "time" | "timestamp" | "timestamps"))
}

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    for (api, m) in cx.apis() {
        // A parameter's own description documents its schema (`telnyx-timestamp`: "Unix
        // timestamp (seconds since epoch)" on the header, not in its schema).
        let mut parameter_descriptions: std::collections::HashMap<_, Vec<&str>> =
            Default::default();
        for op in &m.operations {
            for p in &op.parameters {
                if let (Some(id), Some(d)) = (p.schema, p.description.as_deref()) {
                    parameter_descriptions.entry(id).or_default().push(d);
                }
            }
        }
        for s in &m.schemas {
            let Some(Semantic::Timestamp {
                format: format @ (TimestampFormat::EpochSeconds | TimestampFormat::EpochMillis),
                ..
            }) = s.semantic.as_deref()
            else {
                continue;
            };
            // A documented unit is the legitimate, common choice: nothing to report.
            let around = parameter_descriptions
                .get(&s.id)
                .map_or(&[][..], Vec::as_slice);
            if unit_documented(s, around) {
                continue;
            }
            // "Unix timestamp" is seconds by definition; only millisecond examples contradict it.
            if *format == TimestampFormat::EpochSeconds && says_unix_time(s, around) {
                continue;
            }
            let guess = match format {
                TimestampFormat::EpochMillis => "its examples are milliseconds",
                _ => "specforge reads it as seconds",
            };
            let ptr = format!("{}/type", s.pointer);
            out.push(
                RULE.finding(format!(
                    "timestamp `{}` is an integer Unix epoch time, and nothing says whether it counts seconds or milliseconds ({guess})",
                    schema_label(s)
                ))
                .at(cx.key_loc(api, &ptr).unwrap_or(s.loc), "epoch time, unit not given")
                .pointer(ptr)
                .help("say the unit in the description (or use `format: unix-time` for seconds); RFC 3339 strings avoid the question"),
            );
        }
    }
}
