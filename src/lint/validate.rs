//! Validating an example value against a model schema: type, enum, format, pattern, lengths,
//! bounds, required, additionalProperties, items, allOf/anyOf/oneOf.
//!
//! Each violation carries the location of the offending value in its original file.

use crate::model::semantic::is_rfc3339;
use crate::model::{Additional, ApiModel, JsonType, Schema, SchemaId, Semantic};
use crate::source::Loc;
use crate::tree::{Node, Value, push_pointer_token};
use regex::Regex;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// What kind of rule a value breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Wrong JSON type.
    Type,
    /// A number where a string is declared, in a schema the model reads as a numeric string.
    NumberAsString,
    /// Not one of the enum values.
    Enum,
    /// Wrong `format`.
    Format,
    /// Does not match `pattern`.
    Pattern,
    /// Length or numeric bounds.
    Bounds,
    /// A required property is missing.
    Required,
    /// A property `additionalProperties: false` forbids.
    Additional,
    /// No `anyOf`/`oneOf` alternative matches.
    Alternatives,
}

/// One violation.
#[derive(Debug, Clone)]
pub struct Violation {
    /// Where the offending value is (for a missing property: the object).
    pub loc: Loc,
    /// JSON pointer of the value inside the example (`""` for the example itself).
    pub path: String,
    /// What is wrong, naming the concrete values.
    pub message: String,
    /// The kind.
    pub kind: Kind,
    /// The schema that was broken.
    pub schema: SchemaId,
}

/// Validates `v` against schema `id` of `api`.
pub fn validate(api: &ApiModel, id: SchemaId, v: &Node) -> Vec<Violation> {
    let mut out = Vec::new();
    let mut path = String::new();
    check(api, id, v, &mut path, &mut out, 0);
    out
}

fn json_type(v: &Node) -> &'static str {
    match &v.value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.as_i64().is_some() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Seq(_) => "array",
        Value::Map(_) => "object",
    }
}

fn show(v: &Node) -> String {
    let s = v.to_json().to_string();
    if s.chars().count() > 60 {
        let cut: String = s.chars().take(57).collect();
        format!("{cut}…")
    } else {
        s
    }
}

fn type_ok(t: JsonType, v: &Node) -> bool {
    match (t, &v.value) {
        (JsonType::Boolean, Value::Bool(_)) => true,
        (JsonType::Integer, Value::Number(n)) => {
            n.as_i64().is_some() || n.as_f64().is_some_and(|f| f.fract() == 0.0)
        }
        (JsonType::Number, Value::Number(_)) => true,
        (JsonType::String, Value::String(_)) => true,
        (JsonType::Array, Value::Seq(_)) => true,
        (JsonType::Object, Value::Map(_)) => true,
        _ => false,
    }
}

/// Compiled patterns kept at most; a spec has a few dozen distinct ones.
const REGEX_CACHE_MAX: usize = 256;

/// Compiled `pattern`s by source text. A compiled regex is tens of kilobytes: a hostile spec
/// with many distinct patterns, or a long-running process linting many specs, must not keep
/// them all, so the cache starts over when full.
#[derive(Default)]
struct RegexCache {
    compiled: HashMap<String, Option<Regex>>,
}

impl RegexCache {
    fn get(&mut self, pattern: &str) -> Option<Regex> {
        if self.compiled.len() >= REGEX_CACHE_MAX && !self.compiled.contains_key(pattern) {
            self.compiled.clear();
        }
        self.compiled
            .entry(pattern.to_string())
            // ECMA-262 features the regex crate lacks (look-around, backrefs) mean: not checked.
            .or_insert_with(|| Regex::new(pattern).ok())
            .clone()
    }
}

fn regex(pattern: &str) -> Option<Regex> {
    static CACHE: OnceLock<Mutex<RegexCache>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    cache.lock().unwrap_or_else(|e| e.into_inner()).get(pattern)
}

fn format_ok(format: &str, s: &str) -> Option<bool> {
    Some(match format {
        "date-time" => is_rfc3339(s),
        "date" => {
            let b = s.as_bytes();
            b.len() == 10
                && b[4] == b'-'
                && b[7] == b'-'
                && b.iter()
                    .enumerate()
                    .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        }
        "uuid" => {
            s.len() == 36
                && s.char_indices().all(|(i, c)| {
                    if [8, 13, 18, 23].contains(&i) {
                        c == '-'
                    } else {
                        c.is_ascii_hexdigit()
                    }
                })
        }
        "email" => s
            .split_once('@')
            .is_some_and(|(a, b)| !a.is_empty() && b.contains('.')),
        "uri" | "url" => s.split_once(':').is_some_and(|(scheme, _)| {
            !scheme.is_empty()
                && scheme
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        }),
        "ipv4" => s.split('.').count() == 4 && s.split('.').all(|p| p.parse::<u8>().is_ok()),
        _ => return None,
    })
}

fn check(
    api: &ApiModel,
    id: SchemaId,
    v: &Node,
    path: &mut String,
    out: &mut Vec<Violation>,
    depth: usize,
) {
    if depth > 64 {
        return;
    }
    let s = api.resolve(id);
    let sid = s.id;
    let push = |out: &mut Vec<Violation>, kind: Kind, message: String, loc: Loc, path: &str| {
        out.push(Violation {
            loc,
            path: path.to_string(),
            message,
            kind,
            schema: sid,
        });
    };
    if s.never {
        push(
            out,
            Kind::Type,
            format!(
                "{} is given where the schema allows nothing (`false`)",
                show(v)
            ),
            v.loc,
            path,
        );
        return;
    }
    // `$ref` with siblings: the target applies too.
    if let Some(r) = s.reference
        && !s.is_pure_ref()
    {
        check(api, r, v, path, out, depth + 1);
    }
    for &part in &s.all_of {
        check(api, part, v, path, out, depth + 1);
    }
    if v.value == Value::Null {
        let declared = !s.types.is_empty() || s.enum_values.is_some();
        if declared && !s.nullable {
            push(
                out,
                Kind::Type,
                format!(
                    "`null` where {} is expected and the schema is not nullable",
                    expected(s)
                ),
                v.loc,
                path,
            );
        }
        return;
    }
    if !s.types.is_empty() && !s.types.iter().any(|t| type_ok(*t, v)) {
        let numeric_string = matches!(s.semantic.as_deref(), Some(Semantic::NumericString { .. }))
            && matches!(v.value, Value::Number(_));
        let kind = if numeric_string {
            Kind::NumberAsString
        } else {
            Kind::Type
        };
        push(
            out,
            kind,
            format!(
                "{} is {} {}, but the schema says {}",
                show(v),
                article(json_type(v)),
                json_type(v),
                expected(s)
            ),
            v.loc,
            path,
        );
        return;
    }
    if let Some(values) = &s.enum_values
        && !values.iter().any(|e| e.same_content(v))
    {
        let delimited_ok = match (s.semantic.as_deref(), v.as_str()) {
            (
                Some(Semantic::DelimitedSet {
                    separator, members, ..
                }),
                Some(text),
            ) => text
                .split(separator.as_str())
                .all(|p| members.iter().any(|m| m == p.trim())),
            _ => false,
        };
        if !delimited_ok {
            let list: Vec<String> = values.iter().take(8).map(show).collect();
            let more = if values.len() > 8 { ", …" } else { "" };
            push(
                out,
                Kind::Enum,
                format!(
                    "{} is not one of the enum values [{}{more}]",
                    show(v),
                    list.join(", ")
                ),
                v.loc,
                path,
            );
        }
    }
    match &v.value {
        Value::String(text) => {
            if let Some(f) = &s.format
                && format_ok(f, text) == Some(false)
            {
                push(
                    out,
                    Kind::Format,
                    format!("{} is not a valid `{f}`", show(v)),
                    v.loc,
                    path,
                );
            }
            if let Some(p) = &s.pattern
                && let Some(re) = regex(p)
                && !re.is_match(text)
            {
                push(
                    out,
                    Kind::Pattern,
                    format!("{} does not match the pattern `{p}`", show(v)),
                    v.loc,
                    path,
                );
            }
            let n = text.chars().count() as u64;
            if s.bounds().min_length.is_some_and(|m| n < m)
                || s.bounds().max_length.is_some_and(|m| n > m)
            {
                push(
                    out,
                    Kind::Bounds,
                    format!("{} has {n} characters, outside the length bounds", show(v)),
                    v.loc,
                    path,
                );
            }
        }
        Value::Number(num) => {
            if let Some(x) = num.as_f64() {
                let below = s.bounds().minimum.is_some_and(|m| x < m)
                    || s.bounds().exclusive_minimum.is_some_and(|m| x <= m);
                let above = s.bounds().maximum.is_some_and(|m| x > m)
                    || s.bounds().exclusive_maximum.is_some_and(|m| x >= m);
                if below || above {
                    push(
                        out,
                        Kind::Bounds,
                        format!("{} is outside the bounds of the schema", show(v)),
                        v.loc,
                        path,
                    );
                }
            }
        }
        Value::Seq(items) => {
            if let Some(it) = s.items {
                for (i, n) in items.iter().enumerate() {
                    let len = path.len();
                    path.push('/');
                    path.push_str(&i.to_string());
                    check(api, it, n, path, out, depth + 1);
                    path.truncate(len);
                }
            }
            let n = items.len() as u64;
            if s.bounds().min_items.is_some_and(|m| n < m)
                || s.bounds().max_items.is_some_and(|m| n > m)
            {
                out.push(Violation {
                    loc: v.loc,
                    path: path.clone(),
                    message: format!("the array has {n} items, outside the schema's item bounds"),
                    kind: Kind::Bounds,
                    schema: sid,
                });
            }
        }
        Value::Map(m) => {
            for (name, _) in &s.required {
                if !m.contains_key(name.as_str())
                    && !api
                        .schema(s.properties.get(name.as_str()).map_or(sid, |p| p.schema))
                        .read_only
                {
                    out.push(Violation {
                        loc: v.loc,
                        path: path.clone(),
                        message: format!("required property `{name}` is missing"),
                        kind: Kind::Required,
                        schema: sid,
                    });
                }
            }
            for (k, e) in m.iter() {
                let len = path.len();
                path.push('/');
                push_pointer_token(path, k);
                match s.properties.get(k.as_str()) {
                    Some(p) => check(api, p.schema, &e.node, path, out, depth + 1),
                    None => match s.additional {
                        Additional::Forbidden if s.all_of.is_empty() => out.push(Violation {
                            loc: e.key_loc,
                            path: path.clone(),
                            message: format!(
                                "property `{k}` is not declared and `additionalProperties` is false"
                            ),
                            kind: Kind::Additional,
                            schema: sid,
                        }),
                        Additional::Schema(a) => check(api, a, &e.node, path, out, depth + 1),
                        _ => {}
                    },
                }
                path.truncate(len);
            }
        }
        _ => {}
    }
    for (alts, word) in [(&s.any_of, "anyOf"), (&s.one_of, "oneOf")] {
        if alts.is_empty() {
            continue;
        }
        let matched = alts.iter().any(|&a| {
            let mut sub = Vec::new();
            check(api, a, v, &mut path.clone(), &mut sub, depth + 1);
            sub.is_empty()
        });
        if !matched {
            out.push(Violation {
                loc: v.loc,
                path: path.clone(),
                message: format!(
                    "{} matches none of the {} `{word}` alternatives",
                    show(v),
                    alts.len()
                ),
                kind: Kind::Alternatives,
                schema: sid,
            });
        }
    }
}

fn article(t: &str) -> &'static str {
    if t.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

fn expected(s: &Schema) -> String {
    let mut t: Vec<&str> = s.types.iter().map(|t| t.as_str()).collect();
    if t.is_empty() {
        t.push("a value");
    }
    let mut e = format!("`type: {}`", t.join(" | "));
    if let Some(f) = &s.format {
        e.push_str(&format!(", `format: {f}`"));
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_regex_cache_is_bounded_and_still_answers() {
        let mut c = RegexCache::default();
        for i in 0..(REGEX_CACHE_MAX * 2 + 7) {
            let r = c.get(&format!("^a{{{i}}}$")).expect("compiles");
            assert!(r.is_match(&"a".repeat(i)));
            assert!(c.compiled.len() <= REGEX_CACHE_MAX);
        }
        assert!(c.get("(?<=a)b").is_none(), "look-behind is not checked");
    }
}
