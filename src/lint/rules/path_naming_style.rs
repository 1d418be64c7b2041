//! ## What it finds
//! One API naming multi-word path segments in several styles: `client-types` (kebab case)
//! in one path, `client_types` (snake case) in another.
//!
//! ## Why it matters
//! Users guess paths from the ones they know; mixed styles cause 404s and suggest that the
//! API was assembled from parts nobody reviewed together.
//!
//! ## Example
//! `/oauth-providers/{provider_id}/client-types` beside `/products/{product_id}/client_types`.
//!
//! ## Fix
//! Pick one style for new paths; for existing ones, add the consistent spelling and
//! deprecate the other.

use crate::diag::Severity;
use crate::lint::{Context, Rule};
use crate::tree::pointer_join;

/// The rule.
pub const RULE: Rule = Rule {
    code: "SF142",
    name: "mixed-path-naming-style",
    severity: Severity::Warning,
    selection: crate::lint::Selection::OptIn,
    summary: "multi-word path segments written both in kebab-case and snake_case",
    source: include_str!("path_naming_style.rs"),
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    for (api, m) in cx.apis() {
        let mut kebab: Vec<(&str, &str)> = Vec::new();
        let mut snake: Vec<(&str, &str)> = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        for op in m.operations.iter().filter(|o| !o.webhook) {
            if !seen.insert(op.path.as_str()) {
                continue;
            }
            // `.well-known` (RFC 8615) and other dot-names are registered, not a style choice,
            // and so is every name below `.well-known` (`oauth-authorization-server`, RFC 8414).
            let path = op.path.split("/.well-known/").next().unwrap_or(&op.path);
            for seg in path
                .split('/')
                .filter(|s| !s.starts_with('{') && !s.is_empty() && !s.starts_with('.'))
            {
                if seg.contains('-') && !seg.contains('_') {
                    kebab.push((op.path.as_str(), seg));
                } else if seg.contains('_') && !seg.contains('-') {
                    snake.push((op.path.as_str(), seg));
                }
            }
        }
        if kebab.is_empty() || snake.is_empty() {
            continue;
        }
        // Report the less used style; snake_case loses a tie (kebab is the common URL style).
        let (minority, majority, minor_name, major_name) = if snake.len() <= kebab.len() {
            (&snake, &kebab, "snake_case", "kebab-case")
        } else {
            (&kebab, &snake, "kebab-case", "snake_case")
        };
        let (path, seg) = minority[0];
        let (other_path, other_seg) = majority[0];
        let ptr = pointer_join("/paths", path);
        let at = cx.key_loc(api, &ptr).unwrap_or_default();
        let other = cx
            .key_loc(api, &pointer_join("/paths", other_path))
            .unwrap_or_default();
        out.push(
            RULE.finding(format!(
                "path segment `{seg}` is {minor_name} while `{other_seg}` in `{other_path}` is {major_name} ({} {minor_name} vs {} {major_name} segments in this API)",
                minority.len(),
                majority.len()
            ))
            .at(at, format!("{minor_name} here"))
            .pointer(ptr)
            .also(other, format!("{major_name} here"))
            .help(format!("use one style for path segments; `{}` would match the rest", seg.replace(['_', '-'], if major_name == "kebab-case" { "-" } else { "_" }))),
        );
    }
}
