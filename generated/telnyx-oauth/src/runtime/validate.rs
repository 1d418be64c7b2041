//! Request validation for generated servers: the spec's schemas as a static table of [`Rule`]s,
//! checked against a parsed JSON value before it becomes a typed value.
//!
//! Serde already rejects wrong types and missing required fields, but generated types are
//! lenient by design (enums keep unknown values as `Other`, strings take any pattern), because
//! a client must accept what a newer server sends. A server must not accept what its spec
//! forbids, so requests pass through these rules first. The rules say what the data really is,
//! as the generated types do: a delimited set is checked member by member, a vendor timestamp
//! against its layout, a number typed as a string accepts both forms.

use chrono::{DateTime, NaiveDate, NaiveDateTime};
use serde_json::Value;
use std::fmt::Write as _;
use std::sync::OnceLock;

/// JSON type bits of [`Rule::types`].
pub mod ty {
    /// `null`.
    pub const NULL: u8 = 1;
    /// `boolean`.
    pub const BOOLEAN: u8 = 2;
    /// `integer`.
    pub const INTEGER: u8 = 4;
    /// `number` (integers included).
    pub const NUMBER: u8 = 8;
    /// `string`.
    pub const STRING: u8 = 16;
    /// `array`.
    pub const ARRAY: u8 = 32;
    /// `object`.
    pub const OBJECT: u8 = 64;
}

/// A literal of an `enum`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Lit {
    /// `null`.
    Null,
    /// A boolean.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string.
    Str(&'static str),
}

impl Lit {
    fn matches(&self, v: &Value) -> bool {
        match (self, v) {
            (Lit::Null, Value::Null) => true,
            (Lit::Bool(a), Value::Bool(b)) => a == b,
            (Lit::Number(a), Value::Number(b)) => b.as_f64() == Some(*a),
            (Lit::Str(a), Value::String(b)) => a == b,
            _ => false,
        }
    }

    fn matches_str(&self, s: &str) -> bool {
        matches!(self, Lit::Str(a) if *a == s)
    }
}

/// A string format that is checked (the ones generated types also enforce).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Not checked.
    Any,
    /// RFC 3339 date-time.
    DateTime,
    /// `YYYY-MM-DD`.
    Date,
    /// A vendor layout (strftime), zone-less: Tyk's `%Y-%m-%d %H:%M`.
    Layout(&'static str),
    /// An absolute URI (`scheme:rest`).
    Uri,
    /// An e-mail address (`local@domain`).
    Email,
    /// A UUID (`8-4-4-4-12` hex digits).
    Uuid,
    /// An IPv4 address.
    Ipv4,
    /// An IPv6 address.
    Ipv6,
}

fn is_uri(s: &str) -> bool {
    let Some((scheme, _)) = s.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn is_email(s: &str) -> bool {
    match s.rsplit_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.is_empty()
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !s.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    }
}

fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.chars().all(|c| c.is_ascii_hexdigit()))
}

/// `additionalProperties`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Additional {
    /// Anything allowed.
    Any,
    /// No other property allowed.
    Forbidden,
    /// Other properties' values follow this rule.
    Rule(u32),
}

/// One schema's checks. Indexes (`u32`) point into the API's rule table. Build one with struct
/// update syntax from [`Rule::ANY`].
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Allowed JSON types ([`ty`] bits); 0 allows any.
    pub types: u8,
    /// Allowed values; empty allows any. For a delimited set, the allowed members.
    pub enum_values: &'static [Lit],
    /// Members of a set joined by this separator in one string (`"code,token"`).
    pub delimited: Option<char>,
    /// A number the spec types as a string: a number or a numeric string.
    pub numeric_string: bool,
    /// Checked format.
    pub format: Format,
    /// Index of `pattern` in the API's [`Patterns`].
    pub pattern: Option<u16>,
    /// `minLength` (characters).
    pub min_length: Option<u64>,
    /// `maxLength`.
    pub max_length: Option<u64>,
    /// `minimum`.
    pub minimum: Option<f64>,
    /// `maximum`.
    pub maximum: Option<f64>,
    /// `exclusiveMinimum` (as a bound).
    pub exclusive_minimum: Option<f64>,
    /// `exclusiveMaximum`.
    pub exclusive_maximum: Option<f64>,
    /// `multipleOf`.
    pub multiple_of: Option<f64>,
    /// Rule for array items.
    pub items: Option<u32>,
    /// `minItems`.
    pub min_items: Option<u64>,
    /// `maxItems`.
    pub max_items: Option<u64>,
    /// `uniqueItems`.
    pub unique_items: bool,
    /// Properties and their rules.
    pub properties: &'static [(&'static str, u32)],
    /// Required properties (read-only ones left out: a request does not send them).
    pub required: &'static [&'static str],
    /// `additionalProperties`.
    pub additional: Additional,
    /// `allOf` (and a `$ref` with sibling keywords).
    pub all_of: &'static [u32],
    /// `oneOf`/`anyOf`: one branch must hold (overlapping `oneOf` branches are common in vendor
    /// specs, and generated clients pick the first that fits, so "exactly one" is not asked).
    pub any_of: &'static [u32],
}

impl Rule {
    /// A rule that accepts anything.
    pub const ANY: Rule = Rule {
        types: 0,
        enum_values: &[],
        delimited: None,
        numeric_string: false,
        format: Format::Any,
        pattern: None,
        min_length: None,
        max_length: None,
        minimum: None,
        maximum: None,
        exclusive_minimum: None,
        exclusive_maximum: None,
        multiple_of: None,
        items: None,
        min_items: None,
        max_items: None,
        unique_items: false,
        properties: &[],
        required: &[],
        additional: Additional::Any,
        all_of: &[],
        any_of: &[],
    };
}

/// The spec's `pattern`s, compiled on first use. A pattern the `regex` crate cannot compile
/// (look-around, backreferences) was left out by the generator with a warning.
pub struct Patterns {
    sources: &'static [&'static str],
    compiled: OnceLock<Vec<Option<regex::Regex>>>,
}

impl Patterns {
    /// Patterns from their sources.
    pub const fn new(sources: &'static [&'static str]) -> Self {
        Patterns {
            sources,
            compiled: OnceLock::new(),
        }
    }

    fn get(&self, i: u16) -> Option<&regex::Regex> {
        let all = self.compiled.get_or_init(|| {
            self.sources
                .iter()
                .map(|s| regex::Regex::new(s).ok())
                .collect()
        });
        all.get(usize::from(i))?.as_ref()
    }
}

/// An API's rules and patterns.
pub struct Rules {
    /// The table; schemas refer to each other by index.
    pub rules: &'static [Rule],
    /// The patterns rules refer to.
    pub patterns: &'static Patterns,
}

/// One way a value breaks its rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// Where: `body.grant_type[2]`, `query parameter limit`.
    pub at: String,
    /// What is wrong, naming the value.
    pub message: String,
}

/// At most this many violations are collected: enough to fix a request, bounded for hostile
/// ones.
const MAX_VIOLATIONS: usize = 20;
/// Rules applied without descending into the value (`allOf` in `allOf` …) stop here, so a
/// schema that includes itself cannot recurse forever.
const MAX_RULE_DEPTH: usize = 64;

impl Rules {
    /// Checks `value` against rule `rule`; `at` names the value's place.
    pub fn check(&self, rule: u32, value: &Value, at: &str) -> Vec<Violation> {
        let mut out = Vec::new();
        let mut path = at.to_string();
        self.walk(rule, value, &mut path, 0, &mut out);
        out
    }

    /// Whether `value` satisfies rule `rule`.
    pub fn holds(&self, rule: u32, value: &Value) -> bool {
        let mut out = Vec::new();
        self.walk(rule, value, &mut String::new(), 0, &mut out);
        out.is_empty()
    }

    /// The rule at `i` (a rule that accepts anything if the index is out of range).
    pub fn rule(&self, i: u32) -> &Rule {
        self.rules.get(i as usize).unwrap_or(&Rule::ANY)
    }

    fn walk(&self, i: u32, v: &Value, at: &mut String, depth: usize, out: &mut Vec<Violation>) {
        if out.len() >= MAX_VIOLATIONS {
            return;
        }
        let r = self.rule(i);
        if depth > MAX_RULE_DEPTH {
            fail(out, at, "the schema nests too deeply to check".into());
            return;
        }
        for &part in r.all_of {
            self.walk(part, v, at, depth + 1, out);
        }
        if !r.any_of.is_empty() && !r.any_of.iter().any(|&b| self.holds_at(b, v, depth)) {
            fail(
                out,
                at,
                format!("{} matches none of the allowed shapes", describe(v)),
            );
        }
        if v.is_null() && r.types & ty::NULL != 0 {
            return;
        }
        if !type_allowed(r, v) {
            fail(
                out,
                at,
                format!("expected {}, got {}", type_names(r.types), describe(v)),
            );
            return;
        }
        if !r.enum_values.is_empty() {
            match (r.delimited, v) {
                (Some(sep), Value::String(s)) => {
                    // An empty string or an empty member (`a,,b`) is no member the enum lists.
                    for member in s.split(sep).map(str::trim) {
                        if !r.enum_values.iter().any(|l| l.matches_str(member)) {
                            fail(
                                out,
                                at,
                                format!(
                                    "`{member}` is not one of {} (members joined by `{sep}`)",
                                    lits(r.enum_values)
                                ),
                            );
                        }
                    }
                }
                _ if !r.enum_values.iter().any(|l| l.matches(v)) => fail(
                    out,
                    at,
                    format!("{} is not one of {}", describe(v), lits(r.enum_values)),
                ),
                _ => {}
            }
        }
        match v {
            Value::String(s) => self.string(r, s, at, out),
            Value::Number(n) => {
                if let Some(x) = n.as_f64() {
                    number(r, x, at, out);
                }
            }
            Value::Array(items) => {
                let n = items.len() as u64;
                if r.min_items.is_some_and(|m| n < m) {
                    fail(
                        out,
                        at,
                        format!("{n} items, at least {} needed", r.min_items.unwrap_or(0)),
                    );
                }
                if r.max_items.is_some_and(|m| n > m) {
                    fail(
                        out,
                        at,
                        format!("{n} items, at most {} allowed", r.max_items.unwrap_or(0)),
                    );
                }
                if r.unique_items
                    && let Some(j) = (1..items.len()).find(|&j| items[..j].contains(&items[j]))
                {
                    fail(out, at, format!("item {j} repeats an earlier item"));
                }
                if let Some(item) = r.items {
                    for (j, x) in items.iter().enumerate() {
                        let len = at.len();
                        let _ = write!(at, "[{j}]");
                        self.walk(item, x, at, 0, out);
                        at.truncate(len);
                    }
                }
            }
            Value::Object(map) => {
                for name in r.required {
                    if !map.contains_key(*name) {
                        fail(
                            out,
                            at,
                            format!("the required property `{name}` is missing"),
                        );
                    }
                }
                for (k, x) in map {
                    let sub = r.properties.iter().find(|(p, _)| p == k).map(|p| p.1);
                    let sub = match (sub, r.additional) {
                        (Some(s), _) | (None, Additional::Rule(s)) => s,
                        (None, Additional::Forbidden) => {
                            fail(out, at, format!("the property `{k}` is not allowed here"));
                            continue;
                        }
                        (None, Additional::Any) => continue,
                    };
                    let len = at.len();
                    if !at.is_empty() {
                        at.push('.');
                    }
                    at.push_str(k);
                    self.walk(sub, x, at, 0, out);
                    at.truncate(len);
                }
            }
            _ => {}
        }
    }

    fn holds_at(&self, i: u32, v: &Value, depth: usize) -> bool {
        let mut out = Vec::new();
        self.walk(i, v, &mut String::new(), depth + 1, &mut out);
        out.is_empty()
    }

    fn string(&self, r: &Rule, s: &str, at: &str, out: &mut Vec<Violation>) {
        if r.numeric_string {
            match s.trim().parse::<f64>() {
                Ok(x) => number(r, x, at, out),
                Err(_) => fail(out, at, format!("`{s}` is not a number")),
            }
            return;
        }
        let chars = s.chars().count() as u64;
        if let Some(m) = r.min_length.filter(|&m| chars < m) {
            fail(
                out,
                at,
                format!("`{}` is {chars} characters, at least {m} needed", clip(s)),
            );
        }
        if let Some(m) = r.max_length.filter(|&m| chars > m) {
            fail(
                out,
                at,
                format!("`{}` is {chars} characters, at most {m} allowed", clip(s)),
            );
        }
        if let Some(re) = r.pattern.and_then(|p| self.patterns.get(p))
            && !re.is_match(s)
        {
            fail(
                out,
                at,
                format!("`{}` does not match the pattern `{}`", clip(s), re.as_str()),
            );
        }
        let ok = match r.format {
            Format::Any => true,
            Format::DateTime => DateTime::parse_from_rfc3339(s).is_ok(),
            Format::Date => NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok(),
            Format::Layout(f) => NaiveDateTime::parse_from_str(s, f).is_ok(),
            Format::Uri => is_uri(s),
            Format::Email => is_email(s),
            Format::Uuid => is_uuid(s),
            Format::Ipv4 => s.parse::<std::net::Ipv4Addr>().is_ok(),
            Format::Ipv6 => s.parse::<std::net::Ipv6Addr>().is_ok(),
        };
        if !ok {
            let expected = match r.format {
                Format::DateTime => "an RFC 3339 date-time".to_string(),
                Format::Date => "a date (YYYY-MM-DD)".to_string(),
                Format::Layout(f) => format!("a timestamp in the layout `{f}`"),
                Format::Uri => "an absolute URI".to_string(),
                Format::Email => "an e-mail address".to_string(),
                Format::Uuid => "a UUID".to_string(),
                Format::Ipv4 => "an IPv4 address".to_string(),
                Format::Ipv6 => "an IPv6 address".to_string(),
                Format::Any => String::new(),
            };
            fail(out, at, format!("`{}` is not {expected}", clip(s)));
        }
    }
}

fn number(r: &Rule, x: f64, at: &str, out: &mut Vec<Violation>) {
    if let Some(m) = r.minimum.filter(|&m| x < m) {
        fail(out, at, format!("{x} is less than the minimum {m}"));
    }
    if let Some(m) = r.maximum.filter(|&m| x > m) {
        fail(out, at, format!("{x} is more than the maximum {m}"));
    }
    if let Some(m) = r.exclusive_minimum.filter(|&m| x <= m) {
        fail(out, at, format!("{x} must be more than {m}"));
    }
    if let Some(m) = r.exclusive_maximum.filter(|&m| x >= m) {
        fail(out, at, format!("{x} must be less than {m}"));
    }
    if let Some(m) = r
        .multiple_of
        .filter(|&m| m > 0.0 && (x / m).fract().abs() > 1e-9)
    {
        fail(out, at, format!("{x} is not a multiple of {m}"));
    }
}

/// Records a violation at `at`, up to [`MAX_VIOLATIONS`].
fn fail(out: &mut Vec<Violation>, at: &str, message: String) {
    if out.len() < MAX_VIOLATIONS {
        out.push(Violation {
            at: at.to_string(),
            message,
        });
    }
}

fn type_allowed(r: &Rule, v: &Value) -> bool {
    if r.types == 0 {
        return true;
    }
    let bits = match v {
        Value::Null => ty::NULL,
        Value::Bool(_) => ty::BOOLEAN,
        // JSON Schema counts `1.0` and `1e30` as integers; whether one fits the Rust type is
        // for serde to say.
        Value::Number(n)
            if n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0) =>
        {
            ty::INTEGER | ty::NUMBER
        }
        Value::Number(_) => ty::NUMBER,
        // A number typed as a string is carried either way.
        Value::String(_) if r.numeric_string => ty::STRING,
        Value::String(_) => ty::STRING,
        Value::Array(_) => ty::ARRAY,
        Value::Object(_) => ty::OBJECT,
    };
    r.types & bits != 0 || r.numeric_string && matches!(v, Value::Number(_))
}

fn type_names(types: u8) -> String {
    let names: Vec<&str> = [
        (ty::STRING, "a string"),
        (ty::INTEGER, "an integer"),
        (ty::NUMBER, "a number"),
        (ty::BOOLEAN, "a boolean"),
        (ty::ARRAY, "an array"),
        (ty::OBJECT, "an object"),
        (ty::NULL, "null"),
    ]
    .iter()
    .filter(|(b, _)| types & b != 0)
    .map(|(_, n)| *n)
    .collect();
    names.join(" or ")
}

/// A value named for a message: its kind and, for scalars, the value (clipped).
fn describe(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("the boolean {b}"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) => format!("the string `{}`", clip(s)),
        Value::Array(a) => format!("an array of {} items", a.len()),
        Value::Object(_) => "an object".into(),
    }
}

fn lits(values: &[Lit]) -> String {
    let shown: Vec<String> = values
        .iter()
        .take(12)
        .map(|l| match l {
            Lit::Null => "null".into(),
            Lit::Bool(b) => b.to_string(),
            Lit::Number(n) => n.to_string(),
            Lit::Str(s) => format!("`{s}`"),
        })
        .collect();
    let more = if values.len() > 12 { ", …" } else { "" };
    format!("[{}{more}]", shown.join(", "))
}

/// At most 64 characters of a value in a message: a hostile request cannot make the error
/// response large.
fn clip(s: &str) -> String {
    match s.char_indices().nth(64) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    static PATTERNS: Patterns = Patterns::new(&["^[a-z]+$"]);
    static TABLE: &[Rule] = &[
        // 0: an object
        Rule {
            types: ty::OBJECT,
            properties: &[("name", 1), ("grant_type", 2), ("at", 3), ("seconds", 4)],
            required: &["name", "grant_type"],
            additional: Additional::Forbidden,
            ..Rule::ANY
        },
        // 1: a short lower-case name
        Rule {
            types: ty::STRING,
            pattern: Some(0),
            max_length: Some(5),
            ..Rule::ANY
        },
        // 2: a CSV set
        Rule {
            types: ty::STRING,
            enum_values: &[Lit::Str("authorization_code"), Lit::Str("refresh_token")],
            delimited: Some(','),
            ..Rule::ANY
        },
        // 3: a Tyk timestamp
        Rule {
            types: ty::STRING | ty::NULL,
            format: Format::Layout("%Y-%m-%d %H:%M"),
            ..Rule::ANY
        },
        // 4: seconds typed as a string
        Rule {
            types: ty::STRING,
            numeric_string: true,
            minimum: Some(1.0),
            ..Rule::ANY
        },
    ];
    static RULES: Rules = Rules {
        rules: TABLE,
        patterns: &PATTERNS,
    };

    #[test]
    fn valid_values_pass() {
        let v = json!({"name": "ab", "grant_type": "authorization_code,refresh_token",
            "at": "2023-06-25 13:37", "seconds": 750});
        assert_eq!(RULES.check(0, &v, "body"), vec![]);
        let v = json!({"name": "ab", "grant_type": "refresh_token", "at": null, "seconds": "750"});
        assert_eq!(RULES.check(0, &v, "body"), vec![]);
        let empty = RULES.check(0, &json!({"name": "ab", "grant_type": ""}), "body");
        assert_eq!(
            empty.len(),
            1,
            "an empty set is no listed member: {empty:?}"
        );
    }

    #[test]
    fn each_violation_names_its_place_and_value() {
        let v = json!({"name": "ABCDEFG", "grant_type": "authorization_code,password",
            "at": "2023-06-25T13:37:00Z", "seconds": "soon", "extra": 1});
        let got: Vec<String> = RULES
            .check(0, &v, "body")
            .into_iter()
            .map(|x| format!("{}: {}", x.at, x.message))
            .collect();
        assert_eq!(
            got,
            [
                "body.name: `ABCDEFG` is 7 characters, at most 5 allowed",
                "body.name: `ABCDEFG` does not match the pattern `^[a-z]+$`",
                "body.grant_type: `password` is not one of [`authorization_code`, `refresh_token`] (members joined by `,`)",
                "body.at: `2023-06-25T13:37:00Z` is not a timestamp in the layout `%Y-%m-%d %H:%M`",
                "body.seconds: `soon` is not a number",
                "body: the property `extra` is not allowed here",
            ]
        );
        let missing = RULES.check(0, &json!({"name": 5}), "body");
        assert_eq!(
            missing[0].message,
            "the required property `grant_type` is missing"
        );
        assert_eq!(missing[1].message, "expected a string, got the number 5");
    }

    #[test]
    fn formats() {
        assert!(is_uri("https://a.example/x") && is_uri("urn:isbn:1") && !is_uri(""));
        assert!(!is_uri("no scheme") && !is_uri("1http://x"));
        assert!(is_email("a@b.example") && !is_email("a@") && !is_email("ab"));
        assert!(is_uuid("2c918083-5d2e-5168-015d-32f890ca1581") && !is_uuid("2c9180835d2e"));
    }

    #[test]
    fn a_self_including_schema_stops() {
        static LOOP: &[Rule] = &[Rule {
            all_of: &[0],
            ..Rule::ANY
        }];
        let rules = Rules {
            rules: LOOP,
            patterns: &PATTERNS,
        };
        let v = rules.check(0, &json!(1), "body");
        assert_eq!(v.len(), 1, "{v:?}");
    }
}
