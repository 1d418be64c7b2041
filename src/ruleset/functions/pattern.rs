//! `pattern`: a string matches `match` and/or does not match `notMatch`. Patterns are JS
//! regexes, plain (`^[a-z]+$`) or as literals with flags (`/^x-/i`); look-arounds and
//! back-references work (fancy-regex, decision 018).

use super::{at_input, options_map, print_value};
use crate::ruleset::function::{Context, Failure, Function};
use crate::ruleset::jsonpath::js_regex;
use crate::tree::Node;
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// The function.
pub const FUNCTION: Function = Function {
    name: "pattern",
    call,
    check_options,
    reads_logical_path: false,
};

/// Compiled patterns by source: options are the same on every call of a rule, and compiling
/// costs far more than matching.
static CACHE: RwLock<Option<HashMap<String, Arc<fancy_regex::Regex>>>> = RwLock::new(None);

/// The regex of a pattern as Spectral reads it (`/body/flags`, or the whole text).
pub fn regex(text: &str) -> Result<Arc<fancy_regex::Regex>, String> {
    if let Some(re) = CACHE
        .read()
        .ok()
        .and_then(|c| c.as_ref()?.get(text).cloned())
    {
        return Ok(re);
    }
    let re = match text
        .strip_prefix('/')
        .and_then(|rest| rest.rfind('/').map(|i| (rest, i)))
    {
        Some((rest, i)) if rest[i + 1..].chars().all(|c| c.is_ascii_alphabetic()) => {
            js_regex(&rest[..i], &rest[i + 1..])?
        }
        _ => js_regex(text, "")?,
    };
    let re = Arc::new(re);
    if let Ok(mut c) = CACHE.write() {
        c.get_or_insert_with(HashMap::new)
            .insert(text.to_string(), re.clone());
    }
    Ok(re)
}

fn check_options(options: Option<&Node>) -> Result<(), String> {
    let map = options_map(options, &["match", "notMatch"])?;
    if map.is_empty() {
        return Err("give `match` or `notMatch`".into());
    }
    for (k, e) in map.iter() {
        let text = e
            .node
            .as_str()
            .ok_or_else(|| format!("`{k}` is a regex string"))?;
        regex(text)?;
    }
    Ok(())
}

fn matches(re: &fancy_regex::Regex, s: &str) -> bool {
    // A regex that runs out of backtracking budget does not match (as a timeout would fail).
    re.is_match(s).unwrap_or(false)
}

fn call(input: Option<&Node>, options: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    let Some(s) = input.and_then(Node::as_str) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if let Some(m) = options.and_then(|o| o.get("match")).and_then(Node::as_str)
        && let Ok(re) = regex(m)
        && !matches(&re, s)
    {
        out.extend(at_input(
            cx,
            format!("{} must match the pattern \"{m}\"", print_value(input)),
        ));
    }
    if let Some(m) = options
        .and_then(|o| o.get("notMatch"))
        .and_then(Node::as_str)
        && let Ok(re) = regex(m)
        && matches(&re, s)
    {
        out.extend(at_input(
            cx,
            format!("{} must not match the pattern \"{m}\"", print_value(input)),
        ));
    }
    out
}
