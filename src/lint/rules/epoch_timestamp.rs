//! ## What it finds
//! Integers that hold Unix epoch times (seconds or milliseconds): named like timestamps and
//! described as epoch/Unix time, or declared with a `unix-time`-style format (Stripe's
//! `created`).
//!
//! ## Why it matters
//! Nothing in the schema says which unit or epoch; clients must guess seconds vs
//! milliseconds, and timestamps of different fields are compared wrongly. It is a common and
//! legitimate choice, so this is informational.
//!
//! ## Example
//! ```yaml
//! created:
//!   type: integer
//!   format: unix-time
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
    summary: "a timestamp written as an integer count since the Unix epoch",
    source: include_str!("epoch_timestamp.rs"),
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    for (api, m) in cx.apis() {
        for s in &m.schemas {
            let Some(Semantic::Timestamp {
                format: format @ (TimestampFormat::EpochSeconds | TimestampFormat::EpochMillis),
                ..
            }) = s.semantic.as_deref()
            else {
                continue;
            };
            let ptr = format!("{}/type", s.pointer);
            out.push(
                RULE.finding(format!("timestamp `{}` is {} in an integer", schema_label(s), format.describe()))
                    .at(cx.key_loc(api, &ptr).unwrap_or(s.loc), "epoch time")
                    .pointer(ptr)
                    .help("document the unit (seconds or milliseconds); RFC 3339 strings avoid the question"),
            );
        }
    }
}
