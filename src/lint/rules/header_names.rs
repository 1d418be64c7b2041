//! ## What it finds
//! Header parameters that cannot be sent as written: a name that is not an HTTP field name
//! (a space, a colon, another separator, a character outside ASCII, or no name at all), and
//! two parameters of one operation that are the same header, since header names do not
//! distinguish case (`X-Dup` and `x-dup`).
//!
//! ## Why it matters
//! An HTTP client cannot put `X Bad Header` on the wire, so a required header with that name
//! can never be supplied, and a server generated from the spec refuses every request for
//! lack of it. Two parameters for one header leave a client to guess which value is meant,
//! and the second silently overwrites the first.
//!
//! ## Example
//! `- {name: 'X Request Id', in: header, required: true}`.
//!
//! ## Fix
//! Use the header name the API really reads (`X-Request-Id`): letters, digits and
//! ``!#$%&'*+-.^_`|~``. Keep one parameter per header.

use crate::diag::Severity;
use crate::lint::{Context, Rule};
use crate::model::ParamLocation;
use std::collections::{BTreeMap, BTreeSet};

/// The rule.
pub const RULE: Rule = Rule {
    code: "SF166",
    name: "unsendable-header",
    severity: Severity::Error,
    selection: crate::lint::Selection::Default,
    summary: "header parameters whose name is not an HTTP field name, or that repeat a header",
    source: include_str!("header_names.rs"),
    check,
};

/// RFC 9110 `tchar`: what a field name is made of.
fn is_tchar(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c)
}

/// RFC 9110 `token`: a field name.
fn is_token(name: &str) -> bool {
    !name.is_empty() && name.chars().all(is_tchar)
}

/// What is wrong with `name` as a field name, for the message.
fn why_not(name: &str) -> String {
    if name.is_empty() {
        return "it is empty".to_string();
    }
    match name.chars().find(|&c| !is_tchar(c)) {
        Some(' ') => "it contains a space".to_string(),
        Some(c) if !c.is_ascii() => format!("`{c}` is not ASCII"),
        Some(c) => format!("`{}` is not allowed in a field name", c.escape_default()),
        None => "it is not a field name".to_string(),
    }
}

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    for (_, m) in cx.apis() {
        // A shared parameter used by many operations is one defect: reported once, where it
        // is written, with the operations that use it.
        let mut bad: BTreeMap<&str, (&crate::model::Parameter, Vec<&str>)> = BTreeMap::new();
        for op in &m.operations {
            let mut seen: BTreeMap<String, &crate::model::Parameter> = BTreeMap::new();
            for p in op
                .parameters
                .iter()
                .filter(|p| p.location == ParamLocation::Header)
            {
                if !is_token(&p.name) {
                    bad.entry(&p.pointer)
                        .or_insert((p, Vec::new()))
                        .1
                        .push(&op.name);
                    continue;
                }
                let key = p.name.to_ascii_lowercase();
                match seen.get(&key) {
                    Some(first) => out.push(
                        RULE.finding(format!(
                            "`{}` and `{}` are the same header in `{}` (header names ignore case)",
                            first.name, p.name, op.name
                        ))
                        .at(p.loc, "the same header again")
                        .pointer(&p.pointer)
                        .also(first.loc, "first here")
                        .help("keep one parameter for the header"),
                    ),
                    None => {
                        seen.insert(key, p);
                    }
                }
            }
        }
        for (p, ops) in bad.into_values() {
            let ops: BTreeSet<&str> = ops.into_iter().collect();
            let named: Vec<String> = ops.iter().map(|o| format!("`{o}`")).collect();
            out.push(
                RULE.finding(format!(
                    "header parameter `{}` cannot be sent: {} (used by {})",
                    p.name.escape_debug(),
                    why_not(&p.name),
                    crate::lint::listing(&named, 5, ", ")
                ))
                .at(p.loc, "not an HTTP field name")
                .pointer(&p.pointer)
                .help("use the header name the API reads: letters, digits and !#$%&'*+-.^_`|~ (e.g. `X-Request-Id`)"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_names() {
        assert!(is_token("X-Request-Id") && is_token("x_b.c~"));
        assert!(!is_token("X Bad Header") && !is_token("x:colon") && !is_token(""));
        assert!(!is_token("Übermittler"));
        assert_eq!(why_not("x:colon"), "`:` is not allowed in a field name");
        assert_eq!(why_not("a b"), "it contains a space");
        assert_eq!(why_not("Ü"), "`Ü` is not ASCII");
    }
}
