//! Validation: JSON Schema (draft 2020-12, with draft 4 read into the same shape) as a table of
//! [`Rule`]s, checked against a `serde_json::Value`. One implementation serves generated servers
//! (static tables) and specforge's own lint (tables built at run time from the model), so a
//! request and an example are judged alike. Judged by the JSON Schema Test Suite.
//!
//! specforge's semantic kinds are keywords of their own: a delimited set is checked member by
//! member, a number the spec types as a string accepts both forms, a vendor timestamp is
//! checked against its layout, and `required` knows which properties a request or a response
//! does not carry (`readOnly`, `writeOnly`).
//!
//! Evaluation runs twice at most: a fast boolean pass that builds no message and stops at the
//! first failure, and, only when that pass fails, a pass that collects violations with their
//! places. Subschemas whose failure is not itself a violation (`anyOf`, `oneOf`, `not`, `if`,
//! `contains`) are always judged by the boolean pass. Annotations (which properties and items
//! were evaluated) are collected only below a rule that has an `unevaluated*` keyword.
//!
//! Hostile values and tables are bounded: recursion that does not descend into the value stops
//! at a depth limit, all recursion at a second one, and the total work at a budget that grows
//! with the size of the value; each ends the check with a [`Kind::Depth`] violation. An index
//! out of range is a rule that accepts anything.

use chrono::NaiveDateTime;
use serde_json::{Number, Value};
use std::cmp::Ordering;
use std::fmt::Write as _;
use std::sync::OnceLock;

/// JSON type bits of [`Keyword::Type`].
pub mod ty {
    /// `null`.
    pub const NULL: u8 = 1;
    /// `boolean`.
    pub const BOOLEAN: u8 = 2;
    /// Integer-valued numbers (`1.0` included, as JSON Schema counts them).
    pub const INTEGER: u8 = 4;
    /// Any number (integers included).
    pub const NUMBER: u8 = 8;
    /// `string`.
    pub const STRING: u8 = 16;
    /// `array`.
    pub const ARRAY: u8 = 32;
    /// `object`.
    pub const OBJECT: u8 = 64;
}

/// A JSON value written in a table (`enum`, `const`). Equality is JSON Schema's: numbers by
/// value (`1 == 1.0`), objects regardless of key order.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Lit<'a> {
    /// `null`.
    Null,
    /// A boolean.
    Bool(bool),
    /// An integer that fits `i64`.
    Int(i64),
    /// Any other number.
    Number(f64),
    /// A string.
    Str(&'a str),
    /// An array.
    Array(&'a [Lit<'a>]),
    /// An object: its members, each key once.
    Object(&'a [(&'a str, Lit<'a>)]),
}

/// A `format` the validator can assert. Formats it does not know are not in tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// RFC 3339 `date-time`.
    DateTime,
    /// RFC 3339 `full-date`.
    Date,
    /// RFC 3339 `full-time`.
    Time,
    /// RFC 3339 appendix A `duration`.
    Duration,
    /// RFC 5321 mailbox.
    Email,
    /// RFC 6531 mailbox.
    IdnEmail,
    /// RFC 1123 host name (A-labels decoded and checked).
    Hostname,
    /// RFC 5890 host name (IDNA 2008 rules, approximated).
    IdnHostname,
    /// Dotted-quad IPv4 address.
    Ipv4,
    /// RFC 4291 IPv6 address.
    Ipv6,
    /// RFC 3986 absolute URI.
    Uri,
    /// RFC 3986 URI reference.
    UriReference,
    /// RFC 3987 IRI.
    Iri,
    /// RFC 3987 IRI reference.
    IriReference,
    /// RFC 6570 URI template.
    UriTemplate,
    /// RFC 4122 UUID.
    Uuid,
    /// RFC 6901 JSON pointer.
    JsonPointer,
    /// Relative JSON pointer.
    RelativeJsonPointer,
    /// ECMA-262 regular expression.
    Regex,
    /// OpenAPI's `int32`: an integer that fits in 32 signed bits.
    Int32,
    /// OpenAPI's `int64`: an integer that fits in 64 signed bits.
    Int64,
}

impl Format {
    /// The format a `format` value names, if the evaluator can assert it.
    pub fn from_name(name: &str) -> Option<Format> {
        Some(match name {
            "date-time" => Format::DateTime,
            "date" => Format::Date,
            "time" => Format::Time,
            "duration" => Format::Duration,
            "email" => Format::Email,
            "idn-email" => Format::IdnEmail,
            "hostname" => Format::Hostname,
            "idn-hostname" => Format::IdnHostname,
            "ipv4" => Format::Ipv4,
            "ipv6" => Format::Ipv6,
            "uri" => Format::Uri,
            "uri-reference" => Format::UriReference,
            "iri" => Format::Iri,
            "iri-reference" => Format::IriReference,
            "uri-template" => Format::UriTemplate,
            "uuid" => Format::Uuid,
            "json-pointer" => Format::JsonPointer,
            "relative-json-pointer" => Format::RelativeJsonPointer,
            "regex" => Format::Regex,
            "int32" => Format::Int32,
            "int64" => Format::Int64,
            _ => return None,
        })
    }
}

/// Whether a property is sent in requests, responses or both (`readOnly` / `writeOnly` on its
/// schema): a required read-only property is not required of a request, and the reverse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Sent both ways.
    ReadWrite,
    /// `readOnly`: only in responses.
    ReadOnly,
    /// `writeOnly`: only in requests.
    WriteOnly,
}

/// Which message a value is: decides what `required` asks (see [`Access`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Direction {
    /// A request: read-only properties are not required.
    Request,
    /// A response: write-only properties are not required.
    Response,
    /// Either (a schema's own example): neither is required.
    #[default]
    Any,
}

/// One keyword of a schema. Rule indexes (`u32`) point into the same [`Rules`] table; pattern
/// indexes (`u16`) into its [`Patterns`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Keyword<'a> {
    /// `type`: [`ty`] bits (0 allows any type).
    Type(u8),
    /// The `false` schema: nothing is valid.
    Never,
    /// `enum`.
    Enum(&'a [Lit<'a>]),
    /// `const`.
    Const(Lit<'a>),
    /// specforge: a string of members from `members` joined by `separator` (in place of the
    /// spec's `enum`, which lists the members one by one). Each member is trimmed; an empty
    /// member is no member.
    DelimitedSet {
        /// What joins the members (`,`).
        separator: char,
        /// The allowed members.
        members: &'a [&'a str],
    },
    /// specforge: a number the spec types as a string. A number, or a string that parses as
    /// one (an integer when `integer`), is valid; numeric keywords of the rule apply to it.
    NumericString {
        /// Whether the number must be an integer.
        integer: bool,
    },
    /// `multipleOf` (positive).
    MultipleOf(f64),
    /// `minimum`.
    Minimum(f64),
    /// `maximum`.
    Maximum(f64),
    /// `exclusiveMinimum` (as a bound).
    ExclusiveMinimum(f64),
    /// `exclusiveMaximum` (as a bound).
    ExclusiveMaximum(f64),
    /// Length in Unicode code points.
    MinLength(u64),
    /// Length in Unicode code points.
    MaxLength(u64),
    /// `pattern`: an unanchored search.
    Pattern(u16),
    /// Asserted only when [`Options::formats`] is on.
    Format(Format),
    /// specforge: a zone-less timestamp in a strftime layout (`%Y-%m-%d %H:%M`), always asserted.
    Layout(&'a str),
    /// `minItems`.
    MinItems(u64),
    /// `maxItems`.
    MaxItems(u64),
    /// `uniqueItems: true`.
    UniqueItems,
    /// `prefixItems` (draft 4 `items: [..]`).
    PrefixItems(&'a [u32]),
    /// `items` (draft 4 `additionalItems`): every element after the prefix.
    Items(u32),
    /// `contains` with `minContains` (1 when not given) and `maxContains`.
    Contains {
        /// The schema an element must match.
        rule: u32,
        /// At least this many elements must match.
        min: u64,
        /// At most this many may.
        max: Option<u64>,
    },
    /// `minProperties`.
    MinProperties(u64),
    /// `maxProperties`.
    MaxProperties(u64),
    /// `required`, with each property's [`Access`].
    Required(&'a [(&'a str, Access)]),
    /// `dependentRequired` (draft 4 `dependencies` with a list).
    DependentRequired(&'a [(&'a str, &'a [&'a str])]),
    /// `properties`.
    Properties(&'a [(&'a str, u32)]),
    /// `patternProperties`: pattern index and rule.
    PatternProperties(&'a [(u16, u32)]),
    /// `additionalProperties`: properties matched by neither `properties` nor
    /// `patternProperties` of the same schema.
    AdditionalProperties(u32),
    /// `propertyNames`.
    PropertyNames(u32),
    /// `dependentSchemas` (draft 4 `dependencies` with a schema).
    DependentSchemas(&'a [(&'a str, u32)]),
    /// `allOf`.
    AllOf(&'a [u32]),
    /// `anyOf`.
    AnyOf(&'a [u32]),
    /// `oneOf`: exactly one.
    OneOf(&'a [u32]),
    /// `not`.
    Not(u32),
    /// `if` / `then` / `else`.
    If {
        /// `if`.
        cond: u32,
        /// `then`.
        then: Option<u32>,
        /// `else`.
        otherwise: Option<u32>,
    },
    /// `$ref`, applied in place beside the other keywords.
    Ref(u32),
    /// `$dynamicRef` whose initial target (`initial`) has `$dynamicAnchor: anchor`: the target
    /// is the outermost resource in the dynamic scope with that dynamic anchor, else `initial`.
    /// (A `$dynamicRef` without such a bookend is a [`Keyword::Ref`].)
    DynamicRef {
        /// The statically resolved target.
        initial: u32,
        /// The dynamic anchor's name.
        anchor: &'a str,
    },
    /// `unevaluatedItems`: elements no adjacent or nested keyword evaluated (placed after every
    /// other keyword of its rule: only there does it see their annotations).
    UnevaluatedItems(u32),
    /// `unevaluatedProperties` (placed after every other keyword of its rule).
    UnevaluatedProperties(u32),
}

/// One schema: its keywords, and the schema resource it starts, if any (`$id`, or the root of a
/// document), for `$dynamicRef`.
#[derive(Debug, Clone, Copy)]
pub struct Rule<'a> {
    /// The keywords, checked in this order (`unevaluated*` last).
    pub keywords: &'a [Keyword<'a>],
    /// Index into [`Rules::resources`].
    pub resource: Option<u32>,
}

impl<'a> Rule<'a> {
    /// A rule of `keywords` outside any schema resource (how generated tables write most).
    pub const fn of(keywords: &'a [Keyword<'a>]) -> Self {
        Rule {
            keywords,
            resource: None,
        }
    }

    /// A rule of `keywords` that starts schema resource `resource`.
    pub const fn entering(keywords: &'a [Keyword<'a>], resource: u32) -> Self {
        Rule {
            keywords,
            resource: Some(resource),
        }
    }
}

/// Joins the chunks a generated table is written in into one array (`N`: their total length),
/// at compile time: each chunk is laid out on its own, and the evaluator reads one slice.
pub const fn concat<'a, const N: usize>(chunks: &[&[Rule<'a>]]) -> [Rule<'a>; N] {
    let mut out = [Rule::of(&[]); N];
    let (mut at, mut c) = (0, 0);
    while c < chunks.len() {
        let mut i = 0;
        while i < chunks[c].len() {
            out[at] = chunks[c][i];
            at += 1;
            i += 1;
        }
        c += 1;
    }
    assert!(at == N, "the chunks hold N rules");
    out
}

/// The short names generated rule tables are written with, for a glob import (which an item
/// of the same name in the importing module shadows without error).
pub mod table {
    pub use super::{Access as A, Format as F, Keyword as K, Lit as L, Rule as R, concat, ty};
}

/// A schema resource's `$dynamicAnchor`s: name → rule.
#[derive(Debug, Clone, Copy)]
pub struct Resource<'a> {
    /// Each dynamic anchor of the resource and the rule it names.
    pub dynamic_anchors: &'a [(&'a str, u32)],
}

/// ECMA-262's white space and line terminators, as its `\s` means them.
const ECMA_SPACE: &str = r"\t\n\x0B\x0C\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}";

/// An ECMA-262 pattern (what JSON Schema's `pattern` is) in the `regex` crate's syntax. The
/// two mostly agree; where they differ in meaning this rewrites: `\d`, `\w` and `\b` are ASCII
/// in ECMA-262 (the crate's are Unicode, so `^\d+$` would accept `٣`), `\s` is ECMA's own set,
/// `.` stops at every line terminator, `\cX` is a control character, `\0` is NUL, `\<` and
/// `\>` are the characters, `[]` matches nothing and `[^]` anything; inside a class, `-` next
/// to a class escape and the crate's set operators (`&&`, `~~`, `--`, a nested `[`) are
/// literals; a `{` that does not start a quantifier is a literal. What the crate cannot do at
/// all (look-around, backreferences) still fails to compile.
pub fn ecma_pattern(source: &str) -> std::borrow::Cow<'_, str> {
    if !source.contains(['\\', '[', '.', '{', '}']) {
        return std::borrow::Cow::Borrowed(source);
    }
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len() + 8);
    let mut in_class = false;
    // Inside a class: whether the last item written was a class escape (`\d`), and whether
    // the last character read was an unescaped `-`.
    let (mut after_set, mut after_dash) = (false, false);
    let is_set = |c: Option<&char>| matches!(c, Some('d' | 'D' | 'w' | 'W' | 's' | 'S'));
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        let (was_set, was_dash) = (after_set, after_dash);
        after_set = false;
        after_dash = false;
        match c {
            '\\' => {
                let Some(&e) = chars.get(i) else {
                    out.push('\\');
                    break;
                };
                i += 1;
                let set = match e.to_ascii_lowercase() {
                    'd' => Some("0-9"),
                    'w' => Some("0-9A-Za-z_"),
                    's' => Some(ECMA_SPACE),
                    _ => None,
                };
                match set {
                    // Nested, so that a `-` beside it cannot make a range of it.
                    Some(set) if e.is_ascii_lowercase() => {
                        let _ = write!(out, "[{set}]");
                        after_set = in_class;
                    }
                    Some(set) => {
                        let _ = write!(out, "[^{set}]");
                        after_set = in_class;
                    }
                    None if e == 'c' && chars.get(i).is_some_and(char::is_ascii_alphabetic) => {
                        let letter = chars[i] as u32;
                        i += 1;
                        let _ = write!(out, "\\x{:02X}", letter % 32);
                    }
                    None if e == '0' && !chars.get(i).is_some_and(char::is_ascii_digit) => {
                        out.push_str("\\x00");
                    }
                    None if e == '<' || e == '>' => out.push(e),
                    // `\p{Letter}`, `\u{1F600}`: the braces belong to the escape.
                    None if matches!(e, 'p' | 'P' | 'u' | 'x') && chars.get(i) == Some(&'{') => {
                        out.push('\\');
                        out.push(e);
                        while let Some(&b) = chars.get(i) {
                            out.push(b);
                            i += 1;
                            if b == '}' {
                                break;
                            }
                        }
                    }
                    // Word boundaries are ASCII too; inside a class `\b` is a backspace.
                    None if e == 'b' && in_class => out.push_str("\\x08"),
                    None if (e == 'b' || e == 'B') && !in_class => {
                        let _ = write!(out, "(?-u:\\{e})");
                    }
                    None => {
                        out.push('\\');
                        out.push(e);
                    }
                }
            }
            '[' if !in_class => {
                in_class = true;
                let negated = chars.get(i) == Some(&'^');
                if negated {
                    i += 1;
                }
                if chars.get(i) == Some(&']') {
                    i += 1;
                    in_class = false;
                    out.push_str(if negated { r"[\s\S]" } else { r"[^\s\S]" });
                } else {
                    out.push_str(if negated { "[^" } else { "[" });
                }
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            // A range needs a character at both ends: beside a class escape, or after another
            // `-` (the crate's difference operator), `-` is the character itself.
            '-' if in_class => {
                let next_is_set = chars.get(i) == Some(&'\\') && is_set(chars.get(i + 1));
                if was_set || was_dash || next_is_set {
                    out.push_str("\\-");
                } else {
                    out.push('-');
                    after_dash = true;
                }
            }
            '[' | '&' | '~' if in_class => {
                out.push('\\');
                out.push(c);
            }
            '.' if !in_class => out.push_str(r"[^\n\r\u{2028}\u{2029}]"),
            '{' if !in_class => {
                // `{n}`, `{n,}` or `{n,m}` is a quantifier; any other `{` is a literal.
                let rest: String = chars[i..].iter().take_while(|&&x| x != '}').collect();
                let closed = i + rest.chars().count() < chars.len();
                let (lo, hi) = rest.split_once(',').unwrap_or((&rest, "0"));
                let quantifier = closed
                    && !lo.is_empty()
                    && lo.bytes().all(|b| b.is_ascii_digit())
                    && hi.bytes().all(|b| b.is_ascii_digit());
                if quantifier {
                    out.push('{');
                    out.push_str(&rest);
                    out.push('}');
                    i += rest.chars().count() + 1;
                } else {
                    out.push_str("\\{");
                }
            }
            '}' if !in_class => out.push_str("\\}"),
            _ => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A pattern compiled as lint and generated servers compile it: read as ECMA-262
/// ([`ecma_pattern`]), with one size bound (hostile patterns compile into huge automata).
pub fn compile_pattern(source: &str) -> Result<regex::Regex, regex::Error> {
    regex::RegexBuilder::new(&ecma_pattern(source))
        .size_limit(1 << 22)
        .build()
}

/// Patterns compiled on first use, read as ECMA-262 ([`ecma_pattern`]); a pattern the
/// `regex` crate cannot compile is left out of tables by whoever builds them, with a warning.
pub struct Patterns<'a> {
    sources: &'a [&'a str],
    /// One cell per source, each compiled when first matched; `None`: it does not compile (the
    /// pattern then accepts anything).
    compiled: OnceLock<Box<[OnceLock<Option<regex::Regex>>]>>,
}

impl<'a> Patterns<'a> {
    /// Patterns from their sources.
    pub const fn new(sources: &'a [&'a str]) -> Self {
        Patterns {
            sources,
            compiled: OnceLock::new(),
        }
    }

    fn get(&self, i: u16) -> Option<&regex::Regex> {
        let i = usize::from(i);
        let source = self.sources.get(i)?;
        let cells = self
            .compiled
            .get_or_init(|| self.sources.iter().map(|_| OnceLock::new()).collect());
        cells
            .get(i)?
            .get_or_init(|| compile_pattern(source).ok())
            .as_ref()
    }
}

/// A table.
pub struct Rules<'a> {
    /// The rules; schemas refer to each other by index.
    pub rules: &'a [Rule<'a>],
    /// The patterns rules refer to.
    pub patterns: &'a Patterns<'a>,
    /// The schema resources rules start ([`Rule::resource`]).
    pub resources: &'a [Resource<'a>],
}

/// How to validate.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Assert `format` (JSON Schema 2020-12 makes it an annotation unless asked).
    pub formats: bool,
    /// Which message the value is, for `required`.
    pub direction: Direction,
    /// Stop after this many violations.
    pub max_violations: usize,
}

/// What kind of keyword a value breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `type`.
    Type,
    /// The `false` schema.
    Never,
    /// `enum`.
    Enum,
    /// `const`.
    Const,
    /// [`Keyword::DelimitedSet`].
    DelimitedSet,
    /// [`Keyword::NumericString`].
    NumericString,
    /// `minimum`, `maximum` and the exclusive bounds.
    Bounds,
    /// `multipleOf`.
    MultipleOf,
    /// `minLength`, `maxLength`.
    Length,
    /// `pattern`.
    Pattern,
    /// `format`.
    Format,
    /// [`Keyword::Layout`].
    Layout,
    /// `minItems`, `maxItems`.
    ItemCount,
    /// `uniqueItems`.
    UniqueItems,
    /// `contains`, `minContains`, `maxContains`.
    Contains,
    /// `minProperties`, `maxProperties`.
    PropertyCount,
    /// `required`.
    Required,
    /// `dependentRequired`.
    DependentRequired,
    /// `additionalProperties: false`.
    AdditionalProperties,
    /// `propertyNames`.
    PropertyNames,
    /// `unevaluatedProperties: false`, `unevaluatedItems: false`.
    Unevaluated,
    /// `anyOf`.
    AnyOf,
    /// `oneOf`.
    OneOf,
    /// `not`.
    Not,
    /// The schema recurses too deeply or branches too much to check.
    Depth,
}

/// One way a value breaks its rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// Where, for people: `at` of [`Rules::check`] then `.name` / `[3]` steps (`body.grant_type[2]`).
    pub at: String,
    /// Where, as an RFC 6901 JSON pointer relative to the validated value (`/grant_type/2`).
    pub pointer: String,
    /// What is wrong, naming the value.
    pub message: String,
    /// What kind of keyword failed.
    pub kind: Kind,
    /// The rule whose keyword failed.
    pub rule: u32,
}

/// [`Rules::check`] collects at most this many violations: enough to fix a request, bounded for
/// hostile ones.
const MAX_CHECK_VIOLATIONS: usize = 20;
/// Rules applied in place (`allOf`, `$ref` …) without descending into the value stop here, so a
/// schema that includes itself cannot recurse forever.
const MAX_IN_PLACE: u32 = 64;
/// All nested rule evaluations stop here, so that no value and table overflow the stack.
const MAX_DEPTH: u32 = 320;
/// Rule evaluations allowed before the value's size is counted …
const STEP_BASE: u64 = 1 << 20;
/// … and then, per node of the value.
const STEPS_PER_NODE: u64 = 256;
/// Literal and value comparisons look this deep; deeper structures compare unequal.
const MAX_EQ_DEPTH: u32 = 256;

static ANY: Rule<'static> = Rule {
    keywords: &[],
    resource: None,
};

const REQUEST: Options = Options {
    formats: true,
    direction: Direction::Request,
    max_violations: MAX_CHECK_VIOLATIONS,
};

impl<'a> Rules<'a> {
    /// Checks `value` against rule `rule` as a request (formats asserted, at most 20
    /// violations); `at` names the value's place.
    pub fn check(&self, rule: u32, value: &Value, at: &str) -> Vec<Violation> {
        self.run(rule, value, &REQUEST, at)
    }

    /// [`Rules::check`], with `format` asserted or not.
    pub fn check_formats(
        &self,
        rule: u32,
        value: &Value,
        at: &str,
        formats: bool,
    ) -> Vec<Violation> {
        let options = Options { formats, ..REQUEST };
        self.run(rule, value, &options, at)
    }

    /// Every violation of `value` under `options`.
    pub fn validate(&self, rule: u32, value: &Value, options: &Options) -> Vec<Violation> {
        self.run(rule, value, options, "")
    }

    /// Whether `value` satisfies rule `rule` (as a request, formats asserted).
    pub fn holds(&self, rule: u32, value: &Value) -> bool {
        let mut e = Eval::new(self, &REQUEST, value, String::new());
        e.eval(rule, value, false, None, 0) && e.aborted.is_none()
    }

    /// The rule at `i` (a rule that accepts anything if the index is out of range).
    pub fn rule(&self, i: u32) -> &Rule<'a> {
        self.rules.get(i as usize).unwrap_or(&ANY)
    }

    fn run(&self, rule: u32, value: &Value, options: &Options, at: &str) -> Vec<Violation> {
        if options.max_violations == 0 {
            return Vec::new();
        }
        let mut fast = Eval::new(self, options, value, String::new());
        if fast.eval(rule, value, false, None, 0) && fast.aborted.is_none() {
            return Vec::new();
        }
        let mut e = Eval::new(self, options, value, at.to_string());
        let ok = e.eval(rule, value, true, None, 0);
        let mut out = e.out;
        if let Some(abort) = e.aborted.or(fast.aborted.map(|mut v| {
            v.at = at.to_string();
            v
        })) {
            if out.len() >= options.max_violations {
                out.pop();
            }
            out.push(abort);
        } else if out.is_empty() {
            // The boolean pass failed, so the collecting pass must have said why; should it
            // not (`ok`: it found the value valid), the value is still rejected.
            let _ = ok;
            out.push(Violation {
                at: at.to_string(),
                pointer: String::new(),
                message: format!("{} does not match its schema", describe(value)),
                kind: Kind::Never,
                rule,
            });
        }
        out
    }
}

/// A number as the validator compares it.
#[derive(Debug, Clone, Copy)]
enum Num {
    Int(i128),
    Float(f64),
}

impl Num {
    fn of(n: &Number) -> Num {
        if let Some(i) = n.as_i64() {
            Num::Int(i128::from(i))
        } else if let Some(u) = n.as_u64() {
            Num::Int(i128::from(u))
        } else {
            Num::Float(n.as_f64().unwrap_or(0.0))
        }
    }

    /// A number written as a string (a [`Keyword::NumericString`]).
    fn parse(s: &str) -> Option<Num> {
        let s = s.trim();
        let digits = s.strip_prefix(['-', '+']).unwrap_or(s);
        if !digits.is_empty() && digits.len() <= 38 && digits.bytes().all(|b| b.is_ascii_digit()) {
            return s.parse::<i128>().ok().map(Num::Int);
        }
        // Only what looks like a decimal number: no `inf`, `NaN`, hex.
        if !digits
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'-' | b'+'))
            || !digits
                .bytes()
                .next()
                .is_some_and(|b| b.is_ascii_digit() || b == b'.')
        {
            return None;
        }
        s.parse::<f64>()
            .ok()
            .filter(|f| f.is_finite())
            .map(Num::Float)
    }

    fn is_integral(self) -> bool {
        match self {
            Num::Int(_) => true,
            Num::Float(f) => f.fract() == 0.0,
        }
    }

    fn cmp_f64(self, b: f64) -> Option<Ordering> {
        match self {
            _ if b.is_nan() => None,
            Num::Int(i) => Some(cmp_int_f64(i, b)),
            Num::Float(f) => f.partial_cmp(&b),
        }
    }

    fn eq(self, other: Num) -> bool {
        match (self, other) {
            (Num::Int(a), Num::Int(b)) => a == b,
            (Num::Int(i), Num::Float(f)) | (Num::Float(f), Num::Int(i)) => {
                cmp_int_f64(i, f) == Ordering::Equal
            }
            (Num::Float(a), Num::Float(b)) => a == b,
        }
    }
}

/// Exact comparison of an integer with a float (no rounding of the integer to `f64`).
fn cmp_int_f64(i: i128, b: f64) -> Ordering {
    const EXACT: i128 = 1 << 53;
    if (-EXACT..=EXACT).contains(&i)
        && let Some(o) = (i as i64 as f64).partial_cmp(&b)
    {
        // Integers this small are exact as `f64`.
        return o;
    }
    let floor = b.floor();
    // `as` saturates: beyond i128 the comparison is decided by the saturated value.
    match i.cmp(&(floor as i128)) {
        Ordering::Equal if b > floor => Ordering::Less,
        Ordering::Equal if floor >= 1.7e38 => Ordering::Less,
        Ordering::Equal if floor <= -1.7e38 => Ordering::Greater,
        o => o,
    }
}

/// A small stack buffer for formatting numbers without allocating.
struct Buf {
    b: [u8; 48],
    n: usize,
}

impl std::fmt::Write for Buf {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.n + s.len();
        if end > self.b.len() {
            return Err(std::fmt::Error);
        }
        self.b[self.n..end].copy_from_slice(s.as_bytes());
        self.n = end;
        Ok(())
    }
}

/// `|f|` as decimal digits and a power of ten, from its shortest representation: `0.0075` is
/// `(75, -4)`.
fn decimal(f: f64) -> Option<(u128, i32)> {
    let mut buf = Buf { b: [0; 48], n: 0 };
    write!(buf, "{:e}", f.abs()).ok()?;
    let text = std::str::from_utf8(&buf.b[..buf.n]).ok()?;
    let (mantissa, exp) = text.split_once('e')?;
    let exp: i32 = exp.parse().ok()?;
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut digits: u128 = 0;
    for b in int.bytes().chain(frac.bytes()) {
        digits = digits.checked_mul(10)? + u128::from(b - b'0');
    }
    Some((digits, exp - frac.len() as i32))
}

fn mul_mod(a: u128, b: u128, m: u128) -> u128 {
    // Both below `m` < 10^18: the product fits.
    (a % m) * (b % m) % m
}

fn pow10_mod(mut e: u32, m: u128) -> u128 {
    let mut result = 1 % m;
    let mut base = 10 % m;
    while e > 0 {
        if e & 1 == 1 {
            result = mul_mod(result, base, m);
        }
        base = mul_mod(base, base, m);
        e >>= 1;
    }
    result
}

/// Whether `n` is a multiple of `m`, exactly for the decimals both are written as (`0.0075` is
/// a multiple of `0.0001`), without overflow for huge values.
fn is_multiple(n: Num, m: f64) -> bool {
    if !(m > 0.0 && m.is_finite()) {
        return true;
    }
    let (dx, ex) = match n {
        Num::Int(i) => (i.unsigned_abs(), 0),
        Num::Float(f) => match decimal(f) {
            Some(d) => d,
            None => return (f / m).fract() == 0.0,
        },
    };
    let Some((dm, em)) = decimal(m) else {
        return true;
    };
    if dx == 0 {
        return true;
    }
    if dm == 0 {
        return true;
    }
    if ex >= em {
        let k = (ex - em) as u32;
        mul_mod(dx % dm, pow10_mod(k, dm), dm) == 0
    } else {
        let k = (em - ex) as u32;
        match 10u128.checked_pow(k).and_then(|p| p.checked_mul(dm)) {
            Some(big) => dx % big == 0,
            None => false,
        }
    }
}

/// Evaluated items and properties of one value (annotations), for `unevaluated*`.
#[derive(Default)]
struct Ann {
    /// Items below this index were evaluated.
    items: usize,
    /// Further evaluated items (`contains`).
    item_bits: Bits,
    /// Evaluated properties, by position in the object.
    props: Bits,
}

impl Ann {
    fn merge(&mut self, other: Ann) {
        self.items = self.items.max(other.items);
        self.item_bits.merge(other.item_bits);
        self.props.merge(other.props);
    }

    fn item(&self, j: usize) -> bool {
        j < self.items || self.item_bits.get(j)
    }
}

#[derive(Default)]
struct Bits(Vec<u64>);

impl Bits {
    fn set(&mut self, i: usize) {
        let w = i / 64;
        if self.0.len() <= w {
            self.0.resize(w + 1, 0);
        }
        self.0[w] |= 1 << (i % 64);
    }

    fn get(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    fn merge(&mut self, other: Bits) {
        if self.0.len() < other.0.len() {
            self.0.resize(other.0.len(), 0);
        }
        for (a, b) in self.0.iter_mut().zip(other.0) {
            *a |= b;
        }
    }
}

/// What a keyword is checked with: its rule, the rule's keywords, the value and how.
#[derive(Clone, Copy)]
struct Cx<'k, 'a, 'v> {
    rule: u32,
    kws: &'k [Keyword<'a>],
    v: &'v Value,
    /// The value as a number, when it is one or a numeric string of a numeric-string rule.
    num: Option<Num>,
    collect: bool,
    in_place: u32,
}

struct Eval<'r, 'a, 'v> {
    rules: &'r Rules<'a>,
    formats: bool,
    direction: Direction,
    max: usize,
    out: Vec<Violation>,
    at: String,
    ptr: String,
    /// The dynamic scope: resources entered, outermost first.
    scope: Vec<u32>,
    depth: u32,
    steps: u64,
    budget: u64,
    budget_counted: bool,
    root: &'v Value,
    /// Why evaluation stopped, as the violation to report.
    aborted: Option<Violation>,
}

fn is_unevaluated(k: &Keyword) -> bool {
    matches!(
        k,
        Keyword::UnevaluatedItems(_) | Keyword::UnevaluatedProperties(_)
    )
}

impl<'r, 'a, 'v> Eval<'r, 'a, 'v> {
    fn new(rules: &'r Rules<'a>, options: &Options, root: &'v Value, at: String) -> Self {
        Eval {
            rules,
            formats: options.formats,
            direction: options.direction,
            max: options.max_violations,
            out: Vec::new(),
            at,
            ptr: String::new(),
            scope: Vec::new(),
            depth: 0,
            steps: 0,
            budget: STEP_BASE,
            budget_counted: false,
            root,
            aborted: None,
        }
    }

    fn full(&self) -> bool {
        self.out.len() >= self.max
    }

    /// Records a violation at the current place (collecting only); always `false`.
    fn fail(&mut self, cx: &Cx, kind: Kind, message: impl FnOnce() -> String) -> bool {
        if cx.collect && self.out.len() < self.max {
            self.out.push(Violation {
                at: self.at.clone(),
                pointer: self.ptr.clone(),
                message: message(),
                kind,
                rule: cx.rule,
            });
        }
        false
    }

    /// [`Eval::fail`] for a member the value may not have: the message names it, `at` stays
    /// at the value, and the pointer goes to the member (lint points at its key).
    fn fail_member(
        &mut self,
        cx: &Cx,
        kind: Kind,
        member: &str,
        message: impl FnOnce() -> String,
    ) -> bool {
        if cx.collect && self.out.len() < self.max {
            let len = self.ptr.len();
            self.ptr.push('/');
            for c in member.chars() {
                match c {
                    '~' => self.ptr.push_str("~0"),
                    '/' => self.ptr.push_str("~1"),
                    c => self.ptr.push(c),
                }
            }
            self.fail(cx, kind, message);
            self.ptr.truncate(len);
        }
        false
    }

    fn abort(&mut self, rule: u32, message: &str) {
        if self.aborted.is_none() {
            self.aborted = Some(Violation {
                at: self.at.clone(),
                pointer: self.ptr.clone(),
                message: message.to_string(),
                kind: Kind::Depth,
                rule,
            });
        }
    }

    /// Whether more work is allowed: the budget is counted from the value's size once the
    /// base is spent.
    fn step(&mut self) -> bool {
        self.steps += 1;
        if self.steps <= self.budget {
            return true;
        }
        if !self.budget_counted {
            self.budget_counted = true;
            self.budget = STEP_BASE.max(count_nodes(self.root).saturating_mul(STEPS_PER_NODE));
        }
        self.steps <= self.budget
    }

    fn push_key(&mut self, collect: bool, k: &str) -> (usize, usize) {
        let mark = (self.at.len(), self.ptr.len());
        if collect {
            if !self.at.is_empty() {
                self.at.push('.');
            }
            self.at.push_str(k);
            self.ptr.push('/');
            for c in k.chars() {
                match c {
                    '~' => self.ptr.push_str("~0"),
                    '/' => self.ptr.push_str("~1"),
                    c => self.ptr.push(c),
                }
            }
        }
        mark
    }

    fn push_index(&mut self, collect: bool, j: usize) -> (usize, usize) {
        let mark = (self.at.len(), self.ptr.len());
        if collect {
            let _ = write!(self.at, "[{j}]");
            let _ = write!(self.ptr, "/{j}");
        }
        mark
    }

    fn pop(&mut self, mark: (usize, usize)) {
        self.at.truncate(mark.0);
        self.ptr.truncate(mark.1);
    }

    /// Evaluates rule `i` on `v`: collecting violations when `collect`, else stopping at the
    /// first failure. `ann` receives the rule's annotations when it passes (and, collecting,
    /// when it fails: the failure is already recorded, and its annotations keep later messages
    /// about unevaluated properties to the point).
    fn eval(
        &mut self,
        i: u32,
        v: &Value,
        collect: bool,
        ann: Option<&mut Ann>,
        in_place: u32,
    ) -> bool {
        if self.aborted.is_some() || (collect && self.full()) {
            return false;
        }
        let rule = *self.rules.rule(i);
        let kws = rule.keywords;
        if kws.is_empty() {
            return true;
        }
        if !self.step() {
            self.abort(
                i,
                "checking this value takes too long: the schema branches too much",
            );
            return false;
        }
        if in_place > MAX_IN_PLACE || self.depth >= MAX_DEPTH {
            self.abort(i, "the schema nests too deeply to check");
            return false;
        }
        // `unevaluated*` come after every other keyword of a rule.
        let evaluated = kws.len()
            - kws
                .iter()
                .rev()
                .take(2)
                .take_while(|k| is_unevaluated(k))
                .count();
        let unevaluated = evaluated < kws.len();
        let num = match v {
            Value::Number(n) => Some(Num::of(n)),
            Value::String(s)
                if kws
                    .iter()
                    .any(|k| matches!(k, Keyword::NumericString { .. })) =>
            {
                Num::parse(s)
            }
            _ => None,
        };
        let cx = Cx {
            rule: i,
            kws,
            v,
            num,
            collect,
            in_place,
        };
        let pushed = match rule.resource {
            Some(r) => {
                self.scope.push(r);
                true
            }
            None => false,
        };
        self.depth += 1;
        let mut local = (ann.is_some() || unevaluated).then(Ann::default);
        let mut ok = true;
        for kw in &kws[..evaluated] {
            if quick(kw, v, num, self.direction) == Some(true) {
                continue;
            }
            if !self.keyword(&cx, kw, local.as_mut()) {
                ok = false;
                // After a wrong type the rest of the rule is noise.
                if !collect || self.full() || matches!(kw, Keyword::Type(_)) {
                    break;
                }
            }
        }
        if unevaluated && (ok || (collect && !self.full() && self.aborted.is_none())) {
            let type_failed = !ok
                && self
                    .out
                    .last()
                    .is_some_and(|x| x.kind == Kind::Type && x.rule == i);
            if !type_failed {
                for kw in &kws[evaluated..] {
                    if !self.keyword(&cx, kw, local.as_mut()) {
                        ok = false;
                        if !collect || self.full() {
                            break;
                        }
                    }
                }
            }
        }
        self.depth -= 1;
        if pushed {
            self.scope.pop();
        }
        if let (Some(parent), Some(local)) = (ann, local)
            && (ok || collect)
        {
            parent.merge(local);
        }
        ok && self.aborted.is_none()
    }

    fn resolve_dynamic(&self, initial: u32, anchor: &str) -> u32 {
        for &r in &self.scope {
            if let Some(res) = self.rules.resources.get(r as usize)
                && let Some(&(_, target)) = res.dynamic_anchors.iter().find(|(n, _)| *n == anchor)
            {
                return target;
            }
        }
        initial
    }

    fn is_never(&self, i: u32) -> bool {
        matches!(self.rules.rule(i).keywords, [Keyword::Never])
    }

    /// Whether property `k` is matched by `properties` or `patternProperties` of the rule.
    fn declared(&self, kws: &[Keyword], k: &str) -> bool {
        kws.iter().any(|kw| match kw {
            Keyword::Properties(list) => list.iter().any(|(n, _)| *n == k),
            Keyword::PatternProperties(list) => list
                .iter()
                .any(|&(p, _)| self.rules.patterns.get(p).is_some_and(|re| re.is_match(k))),
            _ => false,
        })
    }

    fn keyword(&mut self, cx: &Cx, kw: &Keyword, ann: Option<&mut Ann>) -> bool {
        // One small function per keyword that recurses: a debug build's frame of one large
        // match would hold every arm's locals at each level of recursion.
        match kw {
            Keyword::PrefixItems(..) => self.kw_prefix_items(cx, kw, ann),
            Keyword::Items(..) => self.kw_items(cx, kw, ann),
            Keyword::Contains { .. } => self.kw_contains(cx, kw, ann),
            Keyword::Properties(..) => self.kw_properties(cx, kw, ann),
            Keyword::PatternProperties(..) => self.kw_pattern_properties(cx, kw, ann),
            Keyword::AdditionalProperties(..) => self.kw_additional_properties(cx, kw, ann),
            Keyword::PropertyNames(..) => self.kw_property_names(cx, kw, ann),
            Keyword::DependentSchemas(..) => self.kw_dependent_schemas(cx, kw, ann),
            Keyword::AllOf(..) => self.kw_all_of(cx, kw, ann),
            Keyword::AnyOf(..) => self.kw_any_of(cx, kw, ann),
            Keyword::OneOf(..) => self.kw_one_of(cx, kw, ann),
            Keyword::Not(..) => self.kw_not(cx, kw, ann),
            Keyword::If { .. } => self.kw_if(cx, kw, ann),
            Keyword::Ref(..) => self.kw_ref(cx, kw, ann),
            Keyword::DynamicRef { .. } => self.kw_dynamic_ref(cx, kw, ann),
            Keyword::UnevaluatedItems(..) => self.kw_unevaluated_items(cx, kw, ann),
            Keyword::UnevaluatedProperties(..) => self.kw_unevaluated_properties(cx, kw, ann),
            _ => self.leaf(cx, kw),
        }
    }

    /// Keywords that check the value itself, without applying other rules.
    #[inline(never)]
    fn leaf(&mut self, cx: &Cx, kw: &Keyword) -> bool {
        let v = cx.v;
        let collect = cx.collect;
        match *kw {
            Keyword::Type(bits) => {
                bits == 0
                    || bits & value_bits(v) != 0
                    || self.fail(cx, Kind::Type, || {
                        format!("expected {}, got {}", type_names(bits), describe(v))
                    })
            }
            Keyword::Never => self.fail(cx, Kind::Never, || {
                format!("no value is allowed here, got {}", describe(v))
            }),
            Keyword::Enum(lits) => {
                lits.iter().any(|l| lit_eq(l, v, 0))
                    || self.fail(cx, Kind::Enum, || {
                        format!("{} is not one of {}", subject(v), lits_text(lits))
                    })
            }
            Keyword::Const(l) => {
                lit_eq(&l, v, 0)
                    || self.fail(cx, Kind::Const, || {
                        format!("{} is not the allowed value {}", subject(v), lit_text(&l))
                    })
            }
            Keyword::DelimitedSet { separator, members } => {
                let Value::String(s) = v else { return true };
                let mut ok = true;
                for member in s.split(separator).map(str::trim) {
                    if members.contains(&member) {
                        continue;
                    }
                    ok = false;
                    let listed = || {
                        let shown: Vec<Lit> = members.iter().map(|m| Lit::Str(m)).collect();
                        lits_text(&shown)
                    };
                    self.fail(cx, Kind::DelimitedSet, || {
                        if member.is_empty() {
                            format!(
                                "an empty member is not one of {} (members joined by `{separator}`)",
                                listed()
                            )
                        } else {
                            format!(
                                "`{}` is not one of {} (members joined by `{separator}`)",
                                clip(member),
                                listed()
                            )
                        }
                    });
                    if !collect || self.full() {
                        break;
                    }
                }
                ok
            }
            Keyword::NumericString { integer } => match (v, cx.num) {
                (Value::String(s), None) => self.fail(cx, Kind::NumericString, || {
                    format!("`{}` is not a number", clip(s))
                }),
                (Value::String(s), Some(n)) if integer && !n.is_integral() => {
                    self.fail(cx, Kind::NumericString, || {
                        format!("`{}` is not an integer", clip(s))
                    })
                }
                (Value::Number(n), Some(x)) if integer && !x.is_integral() => {
                    self.fail(cx, Kind::NumericString, || {
                        format!("the number {n} is not an integer")
                    })
                }
                _ => true,
            },
            Keyword::MultipleOf(m) => match cx.num {
                Some(n) if !is_multiple(n, m) => self.fail(cx, Kind::MultipleOf, || {
                    format!("{} is not a multiple of {}", num_text(v), fmt_f64(m))
                }),
                _ => true,
            },
            Keyword::Minimum(m) => match cx.num.and_then(|n| n.cmp_f64(m)) {
                Some(Ordering::Less) => self.fail(cx, Kind::Bounds, || {
                    format!("{} is less than the minimum {}", num_text(v), fmt_f64(m))
                }),
                _ => true,
            },
            Keyword::Maximum(m) => match cx.num.and_then(|n| n.cmp_f64(m)) {
                Some(Ordering::Greater) => self.fail(cx, Kind::Bounds, || {
                    format!("{} is more than the maximum {}", num_text(v), fmt_f64(m))
                }),
                _ => true,
            },
            Keyword::ExclusiveMinimum(m) => match cx.num.and_then(|n| n.cmp_f64(m)) {
                Some(Ordering::Less | Ordering::Equal) => self.fail(cx, Kind::Bounds, || {
                    format!("{} must be more than {}", num_text(v), fmt_f64(m))
                }),
                _ => true,
            },
            Keyword::ExclusiveMaximum(m) => match cx.num.and_then(|n| n.cmp_f64(m)) {
                Some(Ordering::Greater | Ordering::Equal) => self.fail(cx, Kind::Bounds, || {
                    format!("{} must be less than {}", num_text(v), fmt_f64(m))
                }),
                _ => true,
            },
            Keyword::MinLength(m) => {
                let Value::String(s) = v else { return true };
                // Code points are at most as many as bytes, and at least a quarter of them.
                if (s.len() as u64) / 4 >= m {
                    return true;
                }
                let n = s.chars().count() as u64;
                n >= m
                    || self.fail(cx, Kind::Length, || {
                        format!("`{}` is {n} characters, at least {m} needed", clip(s))
                    })
            }
            Keyword::MaxLength(m) => {
                let Value::String(s) = v else { return true };
                if s.len() as u64 <= m {
                    return true;
                }
                let n = s.chars().count() as u64;
                n <= m
                    || self.fail(cx, Kind::Length, || {
                        format!("`{}` is {n} characters, at most {m} allowed", clip(s))
                    })
            }
            Keyword::Pattern(p) => {
                let Value::String(s) = v else { return true };
                match self.rules.patterns.get(p) {
                    Some(re) if !re.is_match(s) => {
                        let source = re.as_str().to_string();
                        self.fail(cx, Kind::Pattern, || {
                            format!(
                                "`{}` does not match the pattern `{}`",
                                clip(s),
                                clip(&source)
                            )
                        })
                    }
                    _ => true,
                }
            }
            Keyword::Format(f) => {
                let ok = !self.formats
                    || match v {
                        Value::String(s) => formats::check(f, s),
                        Value::Number(n) => formats::check_number(f, n),
                        _ => true,
                    };
                ok || self.fail(cx, Kind::Format, || {
                    let shown = match v {
                        Value::String(s) => clip(s),
                        other => clip(&other.to_string()),
                    };
                    format!("`{shown}` is not {}", formats::name(f))
                })
            }
            Keyword::Layout(layout) => {
                let Value::String(s) = v else { return true };
                // A layout without a time of day is a date (`%Y%m%d`); a value that matches
                // a layout with one parses both ways.
                NaiveDateTime::parse_from_str(s, layout).is_ok()
                    || chrono::NaiveDate::parse_from_str(s, layout).is_ok()
                    || self.fail(cx, Kind::Layout, || {
                        format!("`{}` is not a timestamp in the layout `{layout}`", clip(s))
                    })
            }
            Keyword::MinItems(m) => {
                let Value::Array(items) = v else { return true };
                let n = items.len() as u64;
                n >= m
                    || self.fail(cx, Kind::ItemCount, || {
                        format!("{n} items, at least {m} needed")
                    })
            }
            Keyword::MaxItems(m) => {
                let Value::Array(items) = v else { return true };
                let n = items.len() as u64;
                n <= m
                    || self.fail(cx, Kind::ItemCount, || {
                        format!("{n} items, at most {m} allowed")
                    })
            }
            Keyword::UniqueItems => {
                let Value::Array(items) = v else { return true };
                match first_duplicate(items) {
                    None => true,
                    Some((i, j)) => self.fail(cx, Kind::UniqueItems, || {
                        format!("item {j} repeats item {i} (items must be unique)")
                    }),
                }
            }
            Keyword::MinProperties(m) => {
                let Value::Object(map) = v else { return true };
                let n = map.len() as u64;
                n >= m
                    || self.fail(cx, Kind::PropertyCount, || {
                        format!("{n} properties, at least {m} needed")
                    })
            }
            Keyword::MaxProperties(m) => {
                let Value::Object(map) = v else { return true };
                let n = map.len() as u64;
                n <= m
                    || self.fail(cx, Kind::PropertyCount, || {
                        format!("{n} properties, at most {m} allowed")
                    })
            }
            Keyword::Required(names) => {
                let Value::Object(map) = v else { return true };
                let mut ok = true;
                for &(name, access) in names {
                    if required_of(self.direction, access) && !map.contains_key(name) {
                        ok = false;
                        self.fail(cx, Kind::Required, || {
                            format!("the required property `{}` is missing", clip(name))
                        });
                        if !collect || self.full() {
                            break;
                        }
                    }
                }
                ok
            }
            Keyword::DependentRequired(list) => {
                let Value::Object(map) = v else { return true };
                let mut ok = true;
                for &(name, deps) in list {
                    if !map.contains_key(name) {
                        continue;
                    }
                    for &d in deps {
                        if !map.contains_key(d) {
                            ok = false;
                            self.fail(cx, Kind::DependentRequired, || {
                                format!(
                                    "the property `{}` is required when `{}` is present",
                                    clip(d),
                                    clip(name)
                                )
                            });
                            if !collect || self.full() {
                                return false;
                            }
                        }
                    }
                }
                ok
            }
            _ => true,
        }
    }

    #[inline(never)]
    fn kw_prefix_items(&mut self, cx: &Cx, kw: &Keyword, ann: Option<&mut Ann>) -> bool {
        let v = cx.v;
        let collect = cx.collect;
        let Keyword::PrefixItems(list) = *kw else {
            return true;
        };
        let Value::Array(items) = v else { return true };
        let mut ok = true;
        for (j, (&r, x)) in list.iter().zip(items).enumerate() {
            let mark = self.push_index(collect, j);
            let good = self.eval(r, x, collect, None, 0);
            self.pop(mark);
            if !good {
                ok = false;
                if !collect || self.full() {
                    return false;
                }
            }
        }
        if let Some(a) = ann {
            a.items = a.items.max(list.len().min(items.len()));
        }
        ok
    }

    #[inline(never)]
    fn kw_items(&mut self, cx: &Cx, kw: &Keyword, ann: Option<&mut Ann>) -> bool {
        let v = cx.v;
        let collect = cx.collect;
        let Keyword::Items(r) = *kw else {
            return true;
        };
        let Value::Array(items) = v else { return true };
        let prefix = cx
            .kws
            .iter()
            .find_map(|k| match k {
                Keyword::PrefixItems(l) => Some(l.len()),
                _ => None,
            })
            .unwrap_or(0);
        let mut ok = true;
        for (j, x) in items.iter().enumerate().skip(prefix) {
            let mark = self.push_index(collect, j);
            let good = self.eval(r, x, collect, None, 0);
            self.pop(mark);
            if !good {
                ok = false;
                if !collect || self.full() {
                    return false;
                }
            }
        }
        if let Some(a) = ann {
            a.items = usize::MAX;
        }
        ok
    }

    #[inline(never)]
    fn kw_contains(&mut self, cx: &Cx, kw: &Keyword, mut ann: Option<&mut Ann>) -> bool {
        let v = cx.v;
        let Keyword::Contains { rule, min, max } = *kw else {
            return true;
        };
        let Value::Array(items) = v else { return true };
        if min == 0 && max.is_none() && ann.is_none() {
            return true;
        }
        let count_all = ann.is_some() || max.is_some();
        let mut count = 0u64;
        for (j, x) in items.iter().enumerate() {
            if self.eval(rule, x, false, None, 0) {
                count += 1;
                if let Some(a) = ann.as_deref_mut() {
                    a.item_bits.set(j);
                }
                if (!count_all && count >= min) || (ann.is_none() && max.is_some_and(|m| count > m))
                {
                    break;
                }
            }
            if self.aborted.is_some() {
                return false;
            }
        }
        let n = items.len();
        if count < min {
            self.fail(cx, Kind::Contains, || match count {
                0 if min == 1 => "no item matches the `contains` schema".to_string(),
                _ => format!(
                    "{count} of the {n} items match the `contains` schema, at least {min} needed"
                ),
            })
        } else if let Some(m) = max.filter(|&m| count > m) {
            self.fail(cx, Kind::Contains, || {
                format!("{count} of the {n} items match the `contains` schema, at most {m} allowed")
            })
        } else {
            true
        }
    }

    #[inline(never)]
    fn kw_properties(&mut self, cx: &Cx, kw: &Keyword, mut ann: Option<&mut Ann>) -> bool {
        let v = cx.v;
        let collect = cx.collect;
        let Keyword::Properties(list) = *kw else {
            return true;
        };
        let Value::Object(map) = v else { return true };
        if list.is_empty() {
            return true;
        }
        let mut ok = true;
        if collect {
            // Reporting: members in the schema's order, as Ajv (and so Spectral) reports the
            // first failing one. Annotations name members by their place in the value.
            let places: Option<std::collections::HashMap<&str, usize>> = ann.is_some().then(|| {
                map.keys()
                    .enumerate()
                    .map(|(i, k)| (k.as_str(), i))
                    .collect()
            });
            for &(k, r) in list {
                let Some(x) = map.get(k) else { continue };
                let mark = self.push_key(collect, k);
                let good = self.eval(r, x, collect, None, 0);
                self.pop(mark);
                if let (Some(a), Some(&pos)) =
                    (ann.as_deref_mut(), places.as_ref().and_then(|p| p.get(k)))
                {
                    a.props.set(pos);
                }
                if !good {
                    ok = false;
                    if self.full() {
                        return false;
                    }
                }
            }
            return ok;
        }
        for (pos, (k, x)) in map.iter().enumerate() {
            let Some(&(_, r)) = list.iter().find(|(n, _)| *n == k.as_str()) else {
                continue;
            };
            let mark = self.push_key(collect, k);
            let good = self.eval(r, x, collect, None, 0);
            self.pop(mark);
            if let Some(a) = ann.as_deref_mut() {
                a.props.set(pos);
            }
            if !good {
                ok = false;
                if !collect || self.full() {
                    return false;
                }
            }
        }
        ok
    }

    #[inline(never)]
    fn kw_pattern_properties(&mut self, cx: &Cx, kw: &Keyword, mut ann: Option<&mut Ann>) -> bool {
        let v = cx.v;
        let collect = cx.collect;
        let Keyword::PatternProperties(list) = *kw else {
            return true;
        };
        let Value::Object(map) = v else { return true };
        let mut ok = true;
        for (pos, (k, x)) in map.iter().enumerate() {
            for &(p, r) in list {
                if !self.rules.patterns.get(p).is_some_and(|re| re.is_match(k)) {
                    continue;
                }
                let mark = self.push_key(collect, k);
                let good = self.eval(r, x, collect, None, 0);
                self.pop(mark);
                if let Some(a) = ann.as_deref_mut() {
                    a.props.set(pos);
                }
                if !good {
                    ok = false;
                    if !collect || self.full() {
                        return false;
                    }
                }
            }
        }
        ok
    }

    #[inline(never)]
    fn kw_additional_properties(
        &mut self,
        cx: &Cx,
        kw: &Keyword,
        mut ann: Option<&mut Ann>,
    ) -> bool {
        let v = cx.v;
        let collect = cx.collect;
        let Keyword::AdditionalProperties(r) = *kw else {
            return true;
        };
        let Value::Object(map) = v else { return true };
        let never = self.is_never(r);
        let mut ok = true;
        for (pos, (k, x)) in map.iter().enumerate() {
            if self.declared(cx.kws, k) {
                continue;
            }
            if let Some(a) = ann.as_deref_mut() {
                a.props.set(pos);
            }
            let good = if never {
                self.fail_member(cx, Kind::AdditionalProperties, k, || {
                    format!("the property `{}` is not allowed here", clip(k))
                })
            } else {
                let mark = self.push_key(collect, k);
                let good = self.eval(r, x, collect, None, 0);
                self.pop(mark);
                good
            };
            if !good {
                ok = false;
                if !collect || self.full() {
                    return false;
                }
            }
        }
        ok
    }

    #[inline(never)]
    fn kw_property_names(&mut self, cx: &Cx, kw: &Keyword, _ann: Option<&mut Ann>) -> bool {
        let v = cx.v;
        let collect = cx.collect;
        let Keyword::PropertyNames(r) = *kw else {
            return true;
        };
        let Value::Object(map) = v else { return true };
        let mut ok = true;
        for k in map.keys() {
            let name = Value::String(k.clone());
            let before = self.out.len();
            // A bad name is reported at its member (lint points at the key), not the object.
            let len = self.ptr.len();
            if collect {
                self.ptr.push('/');
                self.ptr.push_str(&k.replace('~', "~0").replace('/', "~1"));
            }
            let valid = self.eval(r, &name, collect, None, 0);
            if !valid {
                ok = false;
                for x in &mut self.out[before..] {
                    x.message = format!("the property name `{}`: {}", clip(k), x.message);
                    x.kind = Kind::PropertyNames;
                }
                if collect && self.out.len() == before && self.aborted.is_none() {
                    self.fail(cx, Kind::PropertyNames, || {
                        format!("the property name `{}` is not allowed", clip(k))
                    });
                }
            }
            self.ptr.truncate(len);
            if !valid && (!collect || self.full()) {
                return false;
            }
        }
        ok
    }

    #[inline(never)]
    fn kw_dependent_schemas(&mut self, cx: &Cx, kw: &Keyword, mut ann: Option<&mut Ann>) -> bool {
        let v = cx.v;
        let collect = cx.collect;
        let next = cx.in_place + 1;
        let Keyword::DependentSchemas(list) = *kw else {
            return true;
        };
        let Value::Object(map) = v else { return true };
        let mut ok = true;
        for &(name, r) in list {
            if map.contains_key(name) && !self.eval(r, v, collect, ann.as_deref_mut(), next) {
                ok = false;
                if !collect || self.full() {
                    return false;
                }
            }
        }
        ok
    }

    #[inline(never)]
    fn kw_all_of(&mut self, cx: &Cx, kw: &Keyword, mut ann: Option<&mut Ann>) -> bool {
        let v = cx.v;
        let collect = cx.collect;
        let next = cx.in_place + 1;
        let Keyword::AllOf(list) = *kw else {
            return true;
        };
        let mut ok = true;
        for &r in list {
            if !self.eval(r, v, collect, ann.as_deref_mut(), next) {
                ok = false;
                if !collect || self.full() {
                    return false;
                }
            }
        }
        ok
    }

    #[inline(never)]
    fn kw_any_of(&mut self, cx: &Cx, kw: &Keyword, ann: Option<&mut Ann>) -> bool {
        let v = cx.v;
        let next = cx.in_place + 1;
        let Keyword::AnyOf(list) = *kw else {
            return true;
        };
        let mut any = false;
        match ann {
            None => any = list.iter().any(|&r| self.eval(r, v, false, None, next)),
            Some(a) => {
                // Every branch that holds contributes its annotations.
                for &r in list {
                    let mut branch = Ann::default();
                    if self.eval(r, v, false, Some(&mut branch), next) {
                        any = true;
                        a.merge(branch);
                    }
                }
            }
        }
        any || self.aborted.is_some()
            || self.fail(cx, Kind::AnyOf, || {
                format!(
                    "{} matches none of the {} alternatives",
                    describe(v),
                    list.len()
                )
            })
    }

    #[inline(never)]
    fn kw_one_of(&mut self, cx: &Cx, kw: &Keyword, ann: Option<&mut Ann>) -> bool {
        let v = cx.v;
        let next = cx.in_place + 1;
        let Keyword::OneOf(list) = *kw else {
            return true;
        };
        let mut count = 0;
        let mut winner = None;
        for &r in list {
            let mut branch = ann.is_some().then(Ann::default);
            if self.eval(r, v, false, branch.as_mut(), next) {
                count += 1;
                if count == 1 {
                    winner = branch;
                } else {
                    break;
                }
            }
        }
        if self.aborted.is_some() {
            return false;
        }
        if count == 1 {
            if let (Some(a), Some(w)) = (ann, winner) {
                a.merge(w);
            }
            return true;
        }
        self.fail(cx, Kind::OneOf, || {
            if count == 0 {
                format!(
                    "{} matches none of the {} alternatives",
                    describe(v),
                    list.len()
                )
            } else {
                format!(
                    "{} matches {count} of the oneOf alternatives (exactly one allowed)",
                    describe(v)
                )
            }
        })
    }

    #[inline(never)]
    fn kw_not(&mut self, cx: &Cx, kw: &Keyword, _ann: Option<&mut Ann>) -> bool {
        let v = cx.v;
        let next = cx.in_place + 1;
        let Keyword::Not(r) = *kw else {
            return true;
        };
        let holds = self.eval(r, v, false, None, next);
        if self.aborted.is_some() {
            return false;
        }
        !holds
            || self.fail(cx, Kind::Not, || {
                format!("{} matches a schema it must not match", describe(v))
            })
    }

    #[inline(never)]
    fn kw_if(&mut self, cx: &Cx, kw: &Keyword, mut ann: Option<&mut Ann>) -> bool {
        let v = cx.v;
        let collect = cx.collect;
        let next = cx.in_place + 1;
        let Keyword::If {
            cond,
            then,
            otherwise,
        } = *kw
        else {
            return true;
        };
        if then.is_none() && otherwise.is_none() && ann.is_none() {
            return true;
        }
        let mut branch = ann.is_some().then(Ann::default);
        let holds = self.eval(cond, v, false, branch.as_mut(), next);
        if self.aborted.is_some() {
            return false;
        }
        if holds {
            if let (Some(a), Some(b)) = (ann.as_deref_mut(), branch) {
                a.merge(b);
            }
            then.is_none_or(|t| self.eval(t, v, collect, ann, next))
        } else {
            otherwise.is_none_or(|e| self.eval(e, v, collect, ann, next))
        }
    }

    #[inline(never)]
    fn kw_ref(&mut self, cx: &Cx, kw: &Keyword, ann: Option<&mut Ann>) -> bool {
        let v = cx.v;
        let collect = cx.collect;
        let next = cx.in_place + 1;
        let Keyword::Ref(r) = *kw else {
            return true;
        };
        self.eval(r, v, collect, ann, next)
    }

    #[inline(never)]
    fn kw_dynamic_ref(&mut self, cx: &Cx, kw: &Keyword, ann: Option<&mut Ann>) -> bool {
        let v = cx.v;
        let collect = cx.collect;
        let next = cx.in_place + 1;
        let Keyword::DynamicRef { initial, anchor } = *kw else {
            return true;
        };
        let target = self.resolve_dynamic(initial, anchor);
        self.eval(target, v, collect, ann, next)
    }

    #[inline(never)]
    fn kw_unevaluated_items(&mut self, cx: &Cx, kw: &Keyword, ann: Option<&mut Ann>) -> bool {
        let v = cx.v;
        let collect = cx.collect;
        let Keyword::UnevaluatedItems(r) = *kw else {
            return true;
        };
        let Value::Array(items) = v else { return true };
        let never = self.is_never(r);
        let mut ok = true;
        for (j, x) in items.iter().enumerate() {
            if ann.as_deref().is_some_and(|a| a.item(j)) {
                continue;
            }
            let good = if never {
                self.fail_member(cx, Kind::Unevaluated, &j.to_string(), || {
                    format!("item {j} is not allowed here")
                })
            } else {
                let mark = self.push_index(collect, j);
                let good = self.eval(r, x, collect, None, 0);
                self.pop(mark);
                good
            };
            if !good {
                ok = false;
                if !collect || self.full() {
                    return false;
                }
            }
        }
        if let Some(a) = ann {
            a.items = usize::MAX;
        }
        ok
    }

    #[inline(never)]
    fn kw_unevaluated_properties(
        &mut self,
        cx: &Cx,
        kw: &Keyword,
        mut ann: Option<&mut Ann>,
    ) -> bool {
        let v = cx.v;
        let collect = cx.collect;
        let Keyword::UnevaluatedProperties(r) = *kw else {
            return true;
        };
        let Value::Object(map) = v else { return true };
        let never = self.is_never(r);
        let mut ok = true;
        for (pos, (k, x)) in map.iter().enumerate() {
            if ann.as_deref().is_some_and(|a| a.props.get(pos)) {
                continue;
            }
            let good = if never {
                self.fail_member(cx, Kind::Unevaluated, k, || {
                    format!("the property `{}` is not allowed here", clip(k))
                })
            } else {
                let mark = self.push_key(collect, k);
                let good = self.eval(r, x, collect, None, 0);
                self.pop(mark);
                good
            };
            if let Some(a) = ann.as_deref_mut() {
                a.props.set(pos);
            }
            if !good {
                ok = false;
                if !collect || self.full() {
                    return false;
                }
            }
        }
        ok
    }
}

/// Whether `v` satisfies one of the cheap, common keywords, judged without a call (`None`:
/// not one of them). A failure is judged again, with its message, by [`Eval::leaf`].
#[inline(always)]
fn quick(kw: &Keyword, v: &Value, num: Option<Num>, direction: Direction) -> Option<bool> {
    let below = |m: f64, strict: bool| match num.and_then(|n| n.cmp_f64(m)) {
        Some(Ordering::Less) => false,
        Some(Ordering::Equal) => !strict,
        _ => true,
    };
    let above = |m: f64, strict: bool| match num.and_then(|n| n.cmp_f64(m)) {
        Some(Ordering::Greater) => false,
        Some(Ordering::Equal) => !strict,
        _ => true,
    };
    Some(match *kw {
        Keyword::Type(bits) => bits == 0 || bits & value_bits(v) != 0,
        Keyword::Minimum(m) => below(m, false),
        Keyword::ExclusiveMinimum(m) => below(m, true),
        Keyword::Maximum(m) => above(m, false),
        Keyword::ExclusiveMaximum(m) => above(m, true),
        Keyword::MaxLength(m) => match v {
            Value::String(s) => s.len() as u64 <= m,
            _ => true,
        },
        Keyword::MinLength(m) => match v {
            Value::String(s) => (s.len() as u64) / 4 >= m,
            _ => true,
        },
        Keyword::MinItems(m) => v.as_array().is_none_or(|a| a.len() as u64 >= m),
        Keyword::MaxItems(m) => v.as_array().is_none_or(|a| a.len() as u64 <= m),
        Keyword::MinProperties(m) => v.as_object().is_none_or(|o| o.len() as u64 >= m),
        Keyword::MaxProperties(m) => v.as_object().is_none_or(|o| o.len() as u64 <= m),
        Keyword::Enum(lits) => lits.iter().any(|l| lit_eq(l, v, 0)),
        Keyword::Const(l) => lit_eq(&l, v, 0),
        Keyword::Required(names) => match v {
            Value::Object(map) => names
                .iter()
                .all(|&(name, access)| !required_of(direction, access) || map.contains_key(name)),
            _ => true,
        },
        _ => return None,
    })
}

/// Whether a property with `access` is required of a message in `direction`.
fn required_of(direction: Direction, access: Access) -> bool {
    matches!(
        (direction, access),
        (_, Access::ReadWrite)
            | (Direction::Request, Access::WriteOnly)
            | (Direction::Response, Access::ReadOnly)
    )
}

/// Nodes of a value, counted without recursion.
fn count_nodes(v: &Value) -> u64 {
    let mut n = 0u64;
    let mut stack = vec![v];
    while let Some(x) = stack.pop() {
        n += 1;
        match x {
            Value::Array(a) => stack.extend(a.iter()),
            Value::Object(m) => stack.extend(m.values()),
            _ => {}
        }
    }
    n
}

fn value_bits(v: &Value) -> u8 {
    match v {
        Value::Null => ty::NULL,
        Value::Bool(_) => ty::BOOLEAN,
        // JSON Schema counts `1.0` and `1e30` as integers; whether one fits the Rust type is
        // for serde to say.
        Value::Number(n) if Num::of(n).is_integral() => ty::INTEGER | ty::NUMBER,
        Value::Number(_) => ty::NUMBER,
        Value::String(_) => ty::STRING,
        Value::Array(_) => ty::ARRAY,
        Value::Object(_) => ty::OBJECT,
    }
}

fn lit_eq(l: &Lit, v: &Value, depth: u32) -> bool {
    match (l, v) {
        (Lit::Null, Value::Null) => true,
        (Lit::Bool(a), Value::Bool(b)) => a == b,
        (Lit::Int(a), Value::Number(n)) => Num::Int(i128::from(*a)).eq(Num::of(n)),
        (Lit::Number(a), Value::Number(n)) => Num::Float(*a).eq(Num::of(n)),
        (Lit::Str(a), Value::String(b)) => a == b,
        (Lit::Array(a), Value::Array(b)) => {
            depth < MAX_EQ_DEPTH
                && a.len() == b.len()
                && a.iter().zip(b).all(|(l, x)| lit_eq(l, x, depth + 1))
        }
        (Lit::Object(a), Value::Object(b)) => {
            depth < MAX_EQ_DEPTH
                && a.len() == b.len()
                && a.iter()
                    .all(|(k, l)| b.get(*k).is_some_and(|x| lit_eq(l, x, depth + 1)))
        }
        _ => false,
    }
}

/// JSON Schema equality of two values.
fn value_eq(a: &Value, b: &Value, depth: u32) -> bool {
    match (a, b) {
        (Value::Null, Value::Null) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Number(x), Value::Number(y)) => Num::of(x).eq(Num::of(y)),
        (Value::String(x), Value::String(y)) => x == y,
        (Value::Array(x), Value::Array(y)) => {
            depth < MAX_EQ_DEPTH
                && x.len() == y.len()
                && x.iter().zip(y).all(|(p, q)| value_eq(p, q, depth + 1))
        }
        (Value::Object(x), Value::Object(y)) => {
            depth < MAX_EQ_DEPTH
                && x.len() == y.len()
                && x.iter()
                    .all(|(k, p)| y.get(k).is_some_and(|q| value_eq(p, q, depth + 1)))
        }
        _ => false,
    }
}

/// A hash consistent with [`value_eq`]: numbers by value, objects regardless of order.
fn value_hash(v: &Value, depth: u32) -> u64 {
    fn mix(h: u64, x: u64) -> u64 {
        (h ^ x).wrapping_mul(0x100_0000_01b3).rotate_left(23)
    }
    fn str_hash(s: &str) -> u64 {
        s.bytes()
            .fold(0xcbf2_9ce4_8422_2325, |h, b| mix(h, u64::from(b)))
    }
    if depth >= MAX_EQ_DEPTH {
        return 7;
    }
    match v {
        Value::Null => 1,
        Value::Bool(b) => 2 + u64::from(*b),
        Value::Number(n) => match Num::of(n) {
            Num::Int(i) => mix(4, i as u64 ^ (i >> 64) as u64),
            Num::Float(f) if f.fract() == 0.0 && f.abs() < 1.7e38 => {
                let i = f as i128;
                mix(4, i as u64 ^ (i >> 64) as u64)
            }
            Num::Float(f) => mix(5, f.to_bits()),
        },
        Value::String(s) => mix(6, str_hash(s)),
        Value::Array(a) => a.iter().fold(8, |h, x| mix(h, value_hash(x, depth + 1))),
        Value::Object(m) => m.iter().fold(9u64, |h, (k, x)| {
            h.wrapping_add(mix(str_hash(k), value_hash(x, depth + 1)))
        }),
    }
}

/// The first pair of equal items `(i, j)`, `i < j`.
fn first_duplicate(items: &[Value]) -> Option<(usize, usize)> {
    if items.len() <= 16 {
        for j in 1..items.len() {
            if let Some(i) = (0..j).find(|&i| value_eq(&items[i], &items[j], 0)) {
                return Some((i, j));
            }
        }
        return None;
    }
    let mut keyed: Vec<(u64, usize)> = items
        .iter()
        .enumerate()
        .map(|(i, x)| (value_hash(x, 0), i))
        .collect();
    keyed.sort_unstable();
    let mut best: Option<(usize, usize)> = None;
    let mut start = 0;
    while start < keyed.len() {
        let mut end = start + 1;
        while end < keyed.len() && keyed[end].0 == keyed[start].0 {
            end += 1;
        }
        let run = &keyed[start..end];
        for (b, &(_, j)) in run.iter().enumerate() {
            for &(_, i) in &run[..b] {
                if best.is_some_and(|(_, bj)| bj <= j) {
                    break;
                }
                if value_eq(&items[i], &items[j], 0) {
                    best = Some((i, j));
                    break;
                }
            }
        }
        start = end;
    }
    best
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
    // "an integer or a number" says no more than "a number".
    .filter(|(b, _)| !(*b == ty::INTEGER && types & ty::NUMBER != 0))
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

/// A value as the subject of `is not one of`: a string as itself in backticks.
fn subject(v: &Value) -> String {
    match v {
        Value::String(s) => format!("`{}`", clip(s)),
        _ => describe(v),
    }
}

/// A number, or a numeric string, for bound messages.
fn num_text(v: &Value) -> String {
    match v {
        Value::String(s) => format!("`{}`", clip(s)),
        other => other.to_string(),
    }
}

fn fmt_f64(f: f64) -> String {
    let a = f.abs();
    if a != 0.0 && !(1e-6..1e16).contains(&a) {
        format!("{f:e}")
    } else {
        format!("{f}")
    }
}

fn lit_text(l: &Lit) -> String {
    fn write(out: &mut String, l: &Lit, depth: u32) {
        if out.len() > 80 || depth > 8 {
            out.push('…');
            return;
        }
        match l {
            Lit::Null => out.push_str("null"),
            Lit::Bool(b) => {
                let _ = write!(out, "{b}");
            }
            Lit::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Lit::Number(f) => out.push_str(&fmt_f64(*f)),
            Lit::Str(s) => {
                let _ = write!(out, "{:?}", s);
            }
            Lit::Array(items) => {
                out.push('[');
                for (i, x) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    write(out, x, depth + 1);
                }
                out.push(']');
            }
            Lit::Object(members) => {
                out.push('{');
                for (i, (k, x)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    let _ = write!(out, "{k:?}: ");
                    write(out, x, depth + 1);
                }
                out.push('}');
            }
        }
    }
    match l {
        Lit::Str(s) => format!("`{}`", clip(s)),
        other => {
            let mut out = String::new();
            write(&mut out, other, 0);
            clip(&out)
        }
    }
}

fn lits_text(values: &[Lit]) -> String {
    let shown: Vec<String> = values.iter().take(12).map(lit_text).collect();
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

/// The `format`s the validator asserts.
mod formats {
    use super::Format;

    /// What a format's values are, for messages.
    pub(super) fn name(f: Format) -> &'static str {
        match f {
            Format::DateTime => "an RFC 3339 date-time",
            Format::Date => "a date (YYYY-MM-DD)",
            Format::Time => "an RFC 3339 time",
            Format::Duration => "an ISO 8601 duration",
            Format::Email => "an e-mail address",
            Format::IdnEmail => "an internationalized e-mail address",
            Format::Hostname => "a host name",
            Format::IdnHostname => "an internationalized host name",
            Format::Ipv4 => "an IPv4 address",
            Format::Ipv6 => "an IPv6 address",
            Format::Uri => "an absolute URI",
            Format::UriReference => "a URI reference",
            Format::Iri => "an absolute IRI",
            Format::IriReference => "an IRI reference",
            Format::UriTemplate => "a URI template",
            Format::Uuid => "a UUID",
            Format::JsonPointer => "a JSON pointer",
            Format::RelativeJsonPointer => "a relative JSON pointer",
            Format::Regex => "a regular expression",
            Format::Int32 => "a signed 32-bit integer",
            Format::Int64 => "a signed 64-bit integer",
        }
    }

    /// Whether `s` is a value of format `f`.
    pub(super) fn check(f: Format, s: &str) -> bool {
        match f {
            Format::DateTime => date_time(s),
            Format::Date => date(s.as_bytes()),
            Format::Time => time(s.as_bytes()),
            Format::Duration => duration(s),
            Format::Email => email(s, false),
            Format::IdnEmail => email(s, true),
            Format::Hostname => hostname(s, false),
            Format::IdnHostname => hostname(s, true),
            Format::Ipv4 => ipv4(s),
            Format::Ipv6 => ipv6(s),
            Format::Uri => uri(s, false, false),
            Format::UriReference => uri(s, true, false),
            Format::Iri => uri(s, false, true),
            Format::IriReference => uri(s, true, true),
            Format::UriTemplate => uri_template(s),
            Format::Uuid => uuid(s),
            Format::JsonPointer => json_pointer(s),
            Format::RelativeJsonPointer => relative_json_pointer(s),
            Format::Regex => regex::valid(s),
            // Formats of numbers say nothing about strings.
            Format::Int32 | Format::Int64 => true,
        }
    }

    /// Whether the number `n` is a value of format `f` (the formats of strings accept it).
    pub(super) fn check_number(f: Format, n: &serde_json::Number) -> bool {
        let fits = |min: f64, max: f64| match n.as_i64() {
            Some(i) => (min..=max).contains(&(i as f64)),
            // `1e3` and `2.0` are integers to JSON Schema.
            None => n
                .as_f64()
                .is_some_and(|x| x.fract() == 0.0 && (min..=max).contains(&x)),
        };
        match f {
            Format::Int32 => fits(f64::from(i32::MIN), f64::from(i32::MAX)),
            // Beyond i64 but within f64's range: only `as_i64` says exactly.
            Format::Int64 => {
                n.as_i64().is_some()
                    || (n.as_u64().is_none()
                        && n.as_f64().is_some_and(|x| {
                            x.fract() == 0.0
                                && (-9.223_372_036_854_776e18..9.223_372_036_854_776e18)
                                    .contains(&x)
                        }))
            }
            _ => true,
        }
    }

    fn digits(b: &[u8]) -> Option<u32> {
        if b.is_empty() || !b.iter().all(u8::is_ascii_digit) {
            return None;
        }
        Some(b.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0')))
    }

    fn days_in_month(year: u32, month: u32) -> u32 {
        match month {
            2 if year.is_multiple_of(4)
                && (!year.is_multiple_of(100) || year.is_multiple_of(400)) =>
            {
                29
            }
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    pub(super) fn date(b: &[u8]) -> bool {
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return false;
        }
        let (Some(y), Some(m), Some(d)) = (digits(&b[..4]), digits(&b[5..7]), digits(&b[8..]))
        else {
            return false;
        };
        (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
    }

    pub(super) fn time(b: &[u8]) -> bool {
        if b.len() < 9 || b[2] != b':' || b[5] != b':' {
            return false;
        }
        let (Some(h), Some(m), Some(s)) = (digits(&b[..2]), digits(&b[3..5]), digits(&b[6..8]))
        else {
            return false;
        };
        let mut rest = &b[8..];
        if let Some(frac) = rest.strip_prefix(b".") {
            let n = frac.iter().take_while(|c| c.is_ascii_digit()).count();
            if n == 0 {
                return false;
            }
            rest = &frac[n..];
        }
        let offset: i64 = match rest {
            [b'Z' | b'z'] => 0,
            [sign @ (b'+' | b'-'), oh1, oh2, b':', om1, om2] => {
                let (Some(oh), Some(om)) = (digits(&[*oh1, *oh2]), digits(&[*om1, *om2])) else {
                    return false;
                };
                if oh > 23 || om > 59 {
                    return false;
                }
                let o = i64::from(oh * 60 + om);
                if *sign == b'-' { -o } else { o }
            }
            _ => return false,
        };
        if h > 23 || m > 59 || s > 60 {
            return false;
        }
        if s == 60 {
            let utc = (i64::from(h * 60 + m) - offset).rem_euclid(1440);
            return utc == 23 * 60 + 59;
        }
        true
    }

    fn date_time(s: &str) -> bool {
        let b = s.as_bytes();
        b.len() > 11 && matches!(b[10], b'T' | b't') && date(&b[..10]) && time(&b[11..])
    }

    fn duration(s: &str) -> bool {
        let Some(rest) = s.strip_prefix('P') else {
            return false;
        };
        let (date_part, time_part) = match rest.split_once('T') {
            Some((d, t)) => (d, Some(t)),
            None => (rest, None),
        };
        fn units(s: &str) -> Option<Vec<u8>> {
            let mut out = Vec::new();
            let b = s.as_bytes();
            let mut i = 0;
            while i < b.len() {
                let start = i;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                if i == start || i == b.len() {
                    return None;
                }
                out.push(b[i]);
                i += 1;
            }
            Some(out)
        }
        /// Whether `got` is a run of consecutive units of `order`, not empty.
        fn run(got: &[u8], order: &[u8]) -> bool {
            !got.is_empty() && order.windows(got.len()).any(|w| w == got)
        }
        let Some(d) = units(date_part) else {
            return false;
        };
        if d == b"W" {
            return time_part.is_none();
        }
        if !d.is_empty() && !run(&d, b"YMD") {
            return false;
        }
        match time_part {
            None => !d.is_empty(),
            Some(t) => units(t).is_some_and(|t| run(&t, b"HMS")),
        }
    }

    fn ipv4(s: &str) -> bool {
        let mut n = 0;
        for part in s.split('.') {
            n += 1;
            let b = part.as_bytes();
            if b.is_empty() || b.len() > 3 || (b.len() > 1 && b[0] == b'0') {
                return false;
            }
            if digits(b).is_none_or(|x| x > 255) {
                return false;
            }
        }
        n == 4
    }

    pub(super) fn ipv6(s: &str) -> bool {
        fn groups(part: &str, allow_v4: bool) -> Option<usize> {
            if part.is_empty() {
                return Some(0);
            }
            let pieces: Vec<&str> = part.split(':').collect();
            let mut n = 0;
            for (i, p) in pieces.iter().enumerate() {
                if allow_v4 && i == pieces.len() - 1 && p.contains('.') {
                    if !ipv4(p) {
                        return None;
                    }
                    n += 2;
                } else if p.is_empty() || p.len() > 4 || !p.bytes().all(|c| c.is_ascii_hexdigit()) {
                    return None;
                } else {
                    n += 1;
                }
            }
            Some(n)
        }
        match s.split_once("::") {
            Some((head, tail)) => {
                if tail.contains("::") {
                    return false;
                }
                match (groups(head, false), groups(tail, true)) {
                    (Some(a), Some(b)) => a + b <= 7,
                    _ => false,
                }
            }
            None => groups(s, true) == Some(8),
        }
    }

    fn uuid(s: &str) -> bool {
        let b = s.as_bytes();
        b.len() == 36
            && b.iter().enumerate().all(|(i, c)| match i {
                8 | 13 | 18 | 23 => *c == b'-',
                _ => c.is_ascii_hexdigit(),
            })
    }

    fn json_pointer(s: &str) -> bool {
        if s.is_empty() {
            return true;
        }
        if !s.starts_with('/') {
            return false;
        }
        let b = s.as_bytes();
        b.iter()
            .enumerate()
            .all(|(i, c)| *c != b'~' || matches!(b.get(i + 1), Some(b'0' | b'1')))
    }

    fn relative_json_pointer(s: &str) -> bool {
        let n = s.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 || (n > 1 && s.starts_with('0')) {
            return false;
        }
        let rest = &s[n..];
        rest == "#" || json_pointer(rest)
    }

    fn is_unreserved(c: u8) -> bool {
        c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'_' | b'~')
    }

    fn is_sub_delim(c: u8) -> bool {
        matches!(
            c,
            b'!' | b'$' | b'&' | b'\'' | b'(' | b')' | b'*' | b'+' | b',' | b';' | b'='
        )
    }

    /// Whether every character of `s` is unreserved, a sub-delimiter, one of `extra`, a
    /// percent-encoded octet, or (for IRIs) a non-ASCII character that is not a control.
    fn chars_ok(s: &str, extra: &[u8], iri: bool) -> bool {
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            if c == b'%' {
                if !(b.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                    && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
                {
                    return false;
                }
                i += 3;
                continue;
            }
            if c >= 0x80 {
                if !iri {
                    return false;
                }
                let ch = s[i..].chars().next().unwrap_or('\0');
                if ch.is_control() || matches!(ch as u32, 0xFFF0..=0xFFFF) {
                    return false;
                }
                i += ch.len_utf8();
                continue;
            }
            if !(is_unreserved(c) || is_sub_delim(c) || extra.contains(&c)) {
                return false;
            }
            i += 1;
        }
        true
    }

    fn authority(a: &str, iri: bool) -> bool {
        let (userinfo, hostport) = match a.split_once('@') {
            Some((u, h)) => (Some(u), h),
            None => (None, a),
        };
        if userinfo.is_some_and(|u| !chars_ok(u, b":", iri)) {
            return false;
        }
        let (host, port) = if let Some(rest) = hostport.strip_prefix('[') {
            let Some((literal, after)) = rest.split_once(']') else {
                return false;
            };
            let ok = if let Some(future) = literal.strip_prefix(['v', 'V']) {
                match future.split_once('.') {
                    Some((ver, body)) => {
                        !ver.is_empty()
                            && ver.bytes().all(|c| c.is_ascii_hexdigit())
                            && !body.is_empty()
                            && body
                                .bytes()
                                .all(|c| is_unreserved(c) || is_sub_delim(c) || c == b':')
                    }
                    None => false,
                }
            } else {
                ipv6(literal)
            };
            if !ok {
                return false;
            }
            match after {
                "" => ("", None),
                p => match p.strip_prefix(':') {
                    Some(port) => ("", Some(port)),
                    None => return false,
                },
            }
        } else {
            match hostport.rsplit_once(':') {
                Some((h, p)) => (h, Some(p)),
                None => (hostport, None),
            }
        };
        chars_ok(host, b"", iri) && port.is_none_or(|p| p.bytes().all(|c| c.is_ascii_digit()))
    }

    /// RFC 3986 (`iri`: RFC 3987) absolute URIs, or references when `reference`.
    fn uri(s: &str, reference: bool, iri: bool) -> bool {
        let (rest, fragment) = match s.split_once('#') {
            Some((r, f)) => (r, Some(f)),
            None => (s, None),
        };
        if fragment.is_some_and(|f| !chars_ok(f, b":@/?", iri)) {
            return false;
        }
        let (rest, query) = match rest.split_once('?') {
            Some((r, q)) => (r, Some(q)),
            None => (rest, None),
        };
        if query.is_some_and(|q| !chars_ok(q, b":@/?", iri)) {
            return false;
        }
        let scheme_end = rest.find(':').filter(|&i| {
            let sch = &rest.as_bytes()[..i];
            !sch.is_empty()
                && sch[0].is_ascii_alphabetic()
                && sch
                    .iter()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'))
                && !rest[..i].contains('/')
        });
        let hier = match scheme_end {
            Some(i) => &rest[i + 1..],
            None if reference => rest,
            None => return false,
        };
        let path = match hier.strip_prefix("//") {
            Some(after) => {
                let end = after.find('/').unwrap_or(after.len());
                if !authority(&after[..end], iri) {
                    return false;
                }
                &after[end..]
            }
            None => hier,
        };
        if scheme_end.is_none() {
            // A relative path's first segment has no colon.
            let first = path.split('/').next().unwrap_or("");
            if !path.starts_with('/') && first.contains(':') {
                return false;
            }
        }
        path.split('/').all(|seg| chars_ok(seg, b":@", iri))
    }

    fn uri_template(s: &str) -> bool {
        let mut rest = s;
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix('{') {
                let Some(end) = after.find('}') else {
                    return false;
                };
                if !expression(&after[..end]) {
                    return false;
                }
                rest = &after[end + 1..];
                continue;
            }
            let ch = rest.chars().next().unwrap_or('\0');
            let c = ch as u32;
            let ok = match ch {
                '%' => {
                    let b = rest.as_bytes();
                    if !(b.get(1).is_some_and(u8::is_ascii_hexdigit)
                        && b.get(2).is_some_and(u8::is_ascii_hexdigit))
                    {
                        return false;
                    }
                    rest = &rest[3..];
                    continue;
                }
                '"' | '<' | '>' | '\\' | '^' | '`' | '{' | '|' | '}' => false,
                _ if c <= 0x20 || c == 0x7F => false,
                _ if c >= 0x80 => !ch.is_control(),
                _ => true,
            };
            if !ok {
                return false;
            }
            rest = &rest[ch.len_utf8()..];
        }
        true
    }

    fn expression(e: &str) -> bool {
        let body = e
            .strip_prefix(['+', '#', '.', '/', ';', '?', '&'])
            .unwrap_or(e);
        body.split(',').all(|spec| {
            let (name, ok_modifier) = if let Some(n) = spec.strip_suffix('*') {
                (n, true)
            } else if let Some((n, len)) = spec.split_once(':') {
                let b = len.as_bytes();
                (
                    n,
                    !b.is_empty()
                        && b.len() <= 4
                        && b[0] != b'0'
                        && b.iter().all(u8::is_ascii_digit),
                )
            } else {
                (spec, true)
            };
            ok_modifier
                && !name.is_empty()
                && name.split('.').all(|part| {
                    let b = part.as_bytes();
                    let mut i = 0;
                    if b.is_empty() {
                        return false;
                    }
                    while i < b.len() {
                        if b[i] == b'%' {
                            if !(b.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                                && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
                            {
                                return false;
                            }
                            i += 3;
                        } else if b[i].is_ascii_alphanumeric() || b[i] == b'_' {
                            i += 1;
                        } else {
                            return false;
                        }
                    }
                    true
                })
        })
    }

    fn email(s: &str, idn: bool) -> bool {
        let (local, domain) = if let Some(quoted) = s.strip_prefix('"') {
            let b = quoted.as_bytes();
            let mut i = 0;
            let mut end = None;
            while i < b.len() {
                match b[i] {
                    b'\\' => i += 2,
                    b'"' => {
                        end = Some(i);
                        break;
                    }
                    c if c < 0x80 && (c < 0x20 || c == 0x7F) => return false,
                    c if c >= 0x80 && !idn => return false,
                    _ => i += 1,
                }
            }
            let Some(end) = end else { return false };
            let Some(domain) = quoted[end + 1..].strip_prefix('@') else {
                return false;
            };
            (&s[..end + 2], domain)
        } else {
            let Some((local, domain)) = s.split_once('@') else {
                return false;
            };
            let atext = |c: char| {
                c.is_ascii_alphanumeric()
                    || "!#$%&'*+-/=?^_`{|}~".contains(c)
                    || (idn && !c.is_ascii())
            };
            if local.is_empty()
                || local
                    .split('.')
                    .any(|atom| atom.is_empty() || !atom.chars().all(atext))
            {
                return false;
            }
            (local, domain)
        };
        if local.len() > 64 && !idn {
            return false;
        }
        if let Some(literal) = domain.strip_prefix('[').and_then(|d| d.strip_suffix(']')) {
            return match literal.strip_prefix("IPv6:") {
                Some(v6) => ipv6(v6),
                None => ipv4(literal),
            };
        }
        hostname(domain, idn)
    }

    /// Label separators of internationalized host names.
    fn is_dot(c: char) -> bool {
        matches!(c, '.' | '\u{3002}' | '\u{FF0E}' | '\u{FF61}')
    }

    pub(super) fn hostname(s: &str, idn: bool) -> bool {
        if s.is_empty() || (!idn && !s.is_ascii()) {
            return false;
        }
        let is_a_label = |l: &str| l.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("xn--"));
        if s.is_ascii() && !s.split('.').any(is_a_label) {
            // LDH labels only: nothing to decode, no right-to-left text.
            return s.len() <= 253
                && s.split('.').all(|l| {
                    !l.is_empty()
                        && l.len() <= 63
                        && l.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')
                        && !l.starts_with('-')
                        && !l.ends_with('-')
                        && (!idn || l.get(2..4) != Some("--"))
                });
        }
        // Every character takes at least one octet of the A-label form: a longer name, or a
        // longer label, cannot fit (and is not encoded, which takes quadratic time).
        if s.chars().count() > 253 {
            return false;
        }
        let labels: Vec<&str> = if idn {
            s.split(is_dot).collect()
        } else {
            s.split('.').collect()
        };
        let mut total = labels.len().saturating_sub(1);
        let mut unicode_labels: Vec<Vec<char>> = Vec::new();
        // Plain LDH labels of a host name: checked already, but part of the Bidi rule.
        let mut ascii_labels: Vec<Vec<char>> = Vec::new();
        for label in &labels {
            if label.is_empty() {
                return false;
            }
            let lower = label.to_ascii_lowercase();
            if label.is_ascii() {
                if label.len() > 63
                    || !label
                        .bytes()
                        .all(|c| c.is_ascii_alphanumeric() || c == b'-')
                    || label.starts_with('-')
                    || label.ends_with('-')
                {
                    return false;
                }
                total += label.len();
                if let Some(encoded) = lower.strip_prefix("xn--") {
                    let Some(decoded) = punycode::decode(encoded) else {
                        return false;
                    };
                    if decoded.is_empty()
                        || decoded.iter().all(char::is_ascii)
                        || punycode::encode(&decoded).as_deref() != Some(encoded)
                    {
                        return false;
                    }
                    unicode_labels.push(decoded);
                } else if idn {
                    // An R-LDH label (`ab--cd`) is reserved in internationalized names; RFC
                    // 1123 host names allow it.
                    if lower.get(2..4) == Some("--") {
                        return false;
                    }
                    unicode_labels.push(label.chars().collect());
                } else {
                    ascii_labels.push(label.chars().collect());
                }
            } else {
                let chars: Vec<char> = label.chars().collect();
                if chars.len() > 63 {
                    return false;
                }
                let Some(encoded) = punycode::encode(&chars) else {
                    return false;
                };
                if encoded.len() + 4 > 63 {
                    return false;
                }
                total += encoded.len() + 4;
                unicode_labels.push(chars);
            }
        }
        if total > 253 {
            return false;
        }
        for chars in &unicode_labels {
            if !idna::label_ok(chars) {
                return false;
            }
        }
        unicode_labels.extend(ascii_labels);
        idna::bidi_ok(&unicode_labels)
    }

    /// RFC 3492 Punycode.
    mod punycode {
        const BASE: u32 = 36;
        const TMIN: u32 = 1;
        const TMAX: u32 = 26;
        const SKEW: u32 = 38;
        const DAMP: u32 = 700;

        fn adapt(mut delta: u32, points: u32, first: bool) -> u32 {
            delta /= if first { DAMP } else { 2 };
            delta += delta / points;
            let mut k = 0;
            while delta > ((BASE - TMIN) * TMAX) / 2 {
                delta /= BASE - TMIN;
                k += BASE;
            }
            k + (BASE - TMIN + 1) * delta / (delta + SKEW)
        }

        fn digit_value(c: u8) -> Option<u32> {
            match c {
                b'a'..=b'z' => Some(u32::from(c - b'a')),
                b'A'..=b'Z' => Some(u32::from(c - b'A')),
                b'0'..=b'9' => Some(u32::from(c - b'0') + 26),
                _ => None,
            }
        }

        fn digit(d: u32) -> char {
            if d < 26 {
                (b'a' + d as u8) as char
            } else {
                (b'0' + (d - 26) as u8) as char
            }
        }

        pub(in super::super) fn decode(input: &str) -> Option<Vec<char>> {
            let (basic, rest) = match input.rfind('-') {
                Some(i) => (&input[..i], &input[i + 1..]),
                None => ("", input),
            };
            if !basic.is_ascii() {
                return None;
            }
            let mut out: Vec<char> = basic.chars().collect();
            let (mut n, mut i, mut bias) = (128u32, 0u32, 72u32);
            let b = rest.as_bytes();
            let mut pos = 0;
            while pos < b.len() {
                let old_i = i;
                let mut w = 1u32;
                let mut k = BASE;
                loop {
                    let d = digit_value(*b.get(pos)?)?;
                    pos += 1;
                    i = i.checked_add(d.checked_mul(w)?)?;
                    let t = if k <= bias {
                        TMIN
                    } else if k >= bias + TMAX {
                        TMAX
                    } else {
                        k - bias
                    };
                    if d < t {
                        break;
                    }
                    w = w.checked_mul(BASE - t)?;
                    k += BASE;
                }
                let len = out.len() as u32 + 1;
                bias = adapt(i - old_i, len, old_i == 0);
                n = n.checked_add(i / len)?;
                i %= len;
                out.insert(i as usize, char::from_u32(n)?);
                i += 1;
            }
            Some(out)
        }

        pub(in super::super) fn encode(input: &[char]) -> Option<String> {
            let mut out: String = input.iter().filter(|c| c.is_ascii()).collect();
            let basic = out.len() as u32;
            let mut h = basic;
            if basic > 0 {
                out.push('-');
            }
            let (mut n, mut delta, mut bias) = (128u32, 0u32, 72u32);
            let total = input.len() as u32;
            while h < total {
                let m = input.iter().map(|&c| c as u32).filter(|&c| c >= n).min()?;
                delta = delta.checked_add((m - n).checked_mul(h + 1)?)?;
                n = m;
                for &c in input {
                    let c = c as u32;
                    if c < n {
                        delta = delta.checked_add(1)?;
                    }
                    if c == n {
                        let mut q = delta;
                        let mut k = BASE;
                        loop {
                            let t = if k <= bias {
                                TMIN
                            } else if k >= bias + TMAX {
                                TMAX
                            } else {
                                k - bias
                            };
                            if q < t {
                                break;
                            }
                            out.push(digit(t + (q - t) % (BASE - t)));
                            q = (q - t) / (BASE - t);
                            k += BASE;
                        }
                        out.push(digit(q));
                        bias = adapt(delta, h + 1, h == basic);
                        delta = 0;
                        h += 1;
                    }
                }
                delta += 1;
                n += 1;
            }
            Some(out)
        }
    }

    /// IDNA 2008 label rules (RFC 5891, 5892, 5893), approximated with the code point ranges
    /// that matter in practice: no Unicode tables ship with this crate.
    mod idna {
        fn in_ranges(c: u32, ranges: &[(u32, u32)]) -> bool {
            ranges.iter().any(|&(a, b)| (a..=b).contains(&c))
        }

        /// Combining marks (general category M), the common blocks.
        fn is_mark(c: char) -> bool {
            in_ranges(
                c as u32,
                &[
                    (0x0300, 0x036F),
                    (0x0483, 0x0489),
                    (0x0591, 0x05BD),
                    (0x05BF, 0x05BF),
                    (0x05C1, 0x05C2),
                    (0x05C4, 0x05C5),
                    (0x05C7, 0x05C7),
                    (0x0610, 0x061A),
                    (0x064B, 0x065F),
                    (0x0670, 0x0670),
                    (0x06D6, 0x06DC),
                    (0x06DF, 0x06E4),
                    (0x06E7, 0x06E8),
                    (0x06EA, 0x06ED),
                    (0x0900, 0x0903),
                    (0x093A, 0x093C),
                    (0x093E, 0x094F),
                    (0x0951, 0x0957),
                    (0x0962, 0x0963),
                    (0x0981, 0x0983),
                    (0x09BC, 0x09BC),
                    (0x09BE, 0x09CD),
                    (0x0A01, 0x0A03),
                    (0x0A3C, 0x0A51),
                    (0x0A81, 0x0A83),
                    (0x0ABC, 0x0ACD),
                    (0x0B01, 0x0B03),
                    (0x0B3C, 0x0B57),
                    (0x0BBE, 0x0BCD),
                    (0x0C00, 0x0C04),
                    (0x0C3E, 0x0C56),
                    (0x0CBC, 0x0CD6),
                    (0x0D00, 0x0D03),
                    (0x0D3E, 0x0D57),
                    (0x0E31, 0x0E31),
                    (0x0E34, 0x0E3A),
                    (0x0E47, 0x0E4E),
                    (0x1AB0, 0x1AFF),
                    (0x1DC0, 0x1DFF),
                    (0x20D0, 0x20FF),
                    (0x302A, 0x302F),
                    (0x3099, 0x309A),
                    (0xFE20, 0xFE2F),
                ],
            )
        }

        fn is_virama(c: char) -> bool {
            matches!(
                c as u32,
                0x094D
                    | 0x09CD
                    | 0x0A4D
                    | 0x0ACD
                    | 0x0B4D
                    | 0x0BCD
                    | 0x0C4D
                    | 0x0CCD
                    | 0x0D3B
                    | 0x0D3C
                    | 0x0D4D
                    | 0x0DCA
                    | 0x0E3A
                    | 0x1039
                    | 0x103A
                    | 0x1714
                    | 0x1734
                    | 0x17D2
                    | 0x1A60
                    | 0x1B44
                    | 0x1BAA
                    | 0xA806
                    | 0xA8C4
                    | 0xA953
                    | 0xA9C0
                    | 0xAAF6
                    | 0xABED
            )
        }

        /// Joining types of Arabic letters, for the ZERO WIDTH NON-JOINER rule: dual or
        /// left/right joining letters.
        fn joins(c: char) -> bool {
            in_ranges(
                c as u32,
                &[(0x0620, 0x064A), (0x066E, 0x06D3), (0x06FA, 0x06FC)],
            )
        }

        fn disallowed(c: char) -> bool {
            let u = c as u32;
            if c.is_ascii() {
                return !(c.is_ascii_alphanumeric() || c == '-');
            }
            // Upper-case letters map to lower case, so they are never in a U-label.
            if c.is_uppercase() {
                return true;
            }
            c.is_control()
                || c.is_whitespace()
                || in_ranges(
                    u,
                    &[
                        (0x00A0, 0x00B6),
                        (0x00B8, 0x00DE),
                        (0x00D7, 0x00D7),
                        (0x00F7, 0x00F7),
                        (0x0640, 0x0640),
                        (0x07FA, 0x07FA),
                        (0x2000, 0x200B),
                        (0x200E, 0x2BFF),
                        (0x3000, 0x3004),
                        (0x3008, 0x3020),
                        (0x302E, 0x302F),
                        (0x3031, 0x3035),
                        (0x303B, 0x303F),
                        (0xD800, 0xF8FF),
                        (0xFB00, 0xFB06),
                        (0xFE00, 0xFE0F),
                        (0xFF00, 0xFFFF),
                        (0xE0000, 0x10FFFF),
                    ],
                )
        }

        fn is_greek(c: char) -> bool {
            in_ranges(c as u32, &[(0x0370, 0x03FF), (0x1F00, 0x1FFF)])
        }

        fn is_hebrew(c: char) -> bool {
            in_ranges(c as u32, &[(0x0590, 0x05FF)])
        }

        fn is_kana_or_han(c: char) -> bool {
            c != '\u{30FB}'
                && in_ranges(
                    c as u32,
                    &[
                        (0x3040, 0x30FF),
                        (0x3400, 0x4DBF),
                        (0x4E00, 0x9FFF),
                        (0xF900, 0xFAFF),
                        (0x20000, 0x3FFFF),
                    ],
                )
        }

        pub(in super::super) fn label_ok(chars: &[char]) -> bool {
            let Some(&first) = chars.first() else {
                return false;
            };
            if is_mark(first) {
                return false;
            }
            if chars.len() >= 4 && chars[2] == '-' && chars[3] == '-' {
                return false;
            }
            if first == '-' || chars.last() == Some(&'-') {
                return false;
            }
            let arabic_indic = chars.iter().any(|c| ('\u{0660}'..='\u{0669}').contains(c));
            let extended = chars.iter().any(|c| ('\u{06F0}'..='\u{06F9}').contains(c));
            if arabic_indic && extended {
                return false;
            }
            for (i, &c) in chars.iter().enumerate() {
                let before = i.checked_sub(1).map(|j| chars[j]);
                let after = chars.get(i + 1).copied();
                let ok = match c {
                    '\u{200D}' => before.is_some_and(is_virama),
                    '\u{200C}' => {
                        before.is_some_and(is_virama)
                            || (chars[..i]
                                .iter()
                                .rev()
                                .find(|c| !is_mark(**c))
                                .is_some_and(|c| joins(*c))
                                && chars[i + 1..]
                                    .iter()
                                    .find(|c| !is_mark(**c))
                                    .is_some_and(|c| joins(*c)))
                    }
                    '\u{00B7}' => before == Some('l') && after == Some('l'),
                    '\u{0375}' => after.is_some_and(is_greek),
                    '\u{05F3}' | '\u{05F4}' => before.is_some_and(is_hebrew),
                    '\u{30FB}' => chars.iter().any(|&c| is_kana_or_han(c)),
                    c => !disallowed(c),
                };
                if !ok {
                    return false;
                }
            }
            true
        }

        #[derive(PartialEq, Clone, Copy)]
        enum Bidi {
            L,
            R,
            Al,
            An,
            En,
            Nsm,
            Other,
        }

        fn bidi(c: char) -> Bidi {
            let u = c as u32;
            if c.is_ascii_digit() || (0x06F0..=0x06F9).contains(&u) {
                Bidi::En
            } else if (0x0660..=0x0669).contains(&u) || (0x066B..=0x066C).contains(&u) {
                Bidi::An
            } else if is_mark(c) {
                Bidi::Nsm
            } else if in_ranges(u, &[(0x0590, 0x05FF), (0x07C0, 0x085F), (0xFB1D, 0xFB4F)]) {
                Bidi::R
            } else if in_ranges(
                u,
                &[
                    (0x0600, 0x07BF),
                    (0x0860, 0x08FF),
                    (0xFB50, 0xFDFF),
                    (0xFE70, 0xFEFF),
                ],
            ) {
                Bidi::Al
            } else if c.is_alphabetic() {
                Bidi::L
            } else {
                Bidi::Other
            }
        }

        /// RFC 5893: in a domain with right-to-left labels, every label keeps to its direction.
        pub(in super::super) fn bidi_ok(labels: &[Vec<char>]) -> bool {
            let rtl_domain = labels
                .iter()
                .flatten()
                .any(|&c| matches!(bidi(c), Bidi::R | Bidi::Al | Bidi::An));
            if !rtl_domain {
                return true;
            }
            labels.iter().all(|label| {
                let classes: Vec<Bidi> = label.iter().map(|&c| bidi(c)).collect();
                let last = classes.iter().rev().find(|b| **b != Bidi::Nsm).copied();
                match classes.first() {
                    Some(Bidi::R | Bidi::Al) => {
                        let mixed_digits =
                            classes.contains(&Bidi::En) && classes.contains(&Bidi::An);
                        !classes.contains(&Bidi::L)
                            && !mixed_digits
                            && matches!(last, Some(Bidi::R | Bidi::Al | Bidi::En | Bidi::An))
                    }
                    Some(Bidi::L) => {
                        !classes
                            .iter()
                            .any(|b| matches!(b, Bidi::R | Bidi::Al | Bidi::An))
                            && matches!(last, Some(Bidi::L | Bidi::En))
                    }
                    _ => false,
                }
            })
        }
    }

    /// ECMA-262 pattern syntax (with the `u` flag's strictness), checked without compiling.
    mod regex {
        struct P {
            c: Vec<char>,
            i: usize,
            groups: usize,
            names: Vec<String>,
            refs: Vec<String>,
            max_backref: usize,
        }

        pub(in super::super) fn valid(s: &str) -> bool {
            let mut p = P {
                c: s.chars().collect(),
                i: 0,
                groups: 0,
                names: Vec::new(),
                refs: Vec::new(),
                max_backref: 0,
            };
            if !p.disjunction(0) || p.i != p.c.len() {
                return false;
            }
            p.max_backref <= p.groups && p.refs.iter().all(|r| p.names.contains(r))
        }

        impl P {
            fn peek(&self) -> Option<char> {
                self.c.get(self.i).copied()
            }

            fn eat(&mut self, c: char) -> bool {
                if self.peek() == Some(c) {
                    self.i += 1;
                    true
                } else {
                    false
                }
            }

            fn disjunction(&mut self, depth: u32) -> bool {
                if depth > 200 {
                    return false;
                }
                loop {
                    if !self.alternative(depth) {
                        return false;
                    }
                    if !self.eat('|') {
                        return true;
                    }
                }
            }

            fn alternative(&mut self, depth: u32) -> bool {
                while let Some(c) = self.peek() {
                    match c {
                        '|' | ')' => return true,
                        '^' | '$' => self.i += 1,
                        '\\' if matches!(self.c.get(self.i + 1), Some('b' | 'B')) => self.i += 2,
                        '(' if self.c.get(self.i + 1) == Some(&'?')
                            && matches!(self.c.get(self.i + 2), Some('=' | '!')) =>
                        {
                            self.i += 3;
                            if !self.disjunction(depth + 1) || !self.eat(')') {
                                return false;
                            }
                        }
                        '(' if self.c[self.i..].starts_with(&['(', '?', '<', '='])
                            || self.c[self.i..].starts_with(&['(', '?', '<', '!']) =>
                        {
                            self.i += 4;
                            if !self.disjunction(depth + 1) || !self.eat(')') {
                                return false;
                            }
                        }
                        _ => {
                            if !self.atom(depth) {
                                return false;
                            }
                            if !self.quantifier() {
                                return false;
                            }
                            continue;
                        }
                    }
                    // Assertions take no quantifier.
                    if matches!(self.peek(), Some('*' | '+' | '?' | '{')) {
                        return false;
                    }
                }
                true
            }

            fn number(&mut self) -> Option<u64> {
                let start = self.i;
                while self.peek().is_some_and(|c| c.is_ascii_digit()) {
                    self.i += 1;
                }
                if self.i == start {
                    return None;
                }
                self.c[start..self.i]
                    .iter()
                    .collect::<String>()
                    .parse()
                    .ok()
                    .or(Some(u64::MAX))
            }

            fn quantifier(&mut self) -> bool {
                match self.peek() {
                    Some('*' | '+' | '?') => self.i += 1,
                    Some('{') => {
                        self.i += 1;
                        let Some(min) = self.number() else {
                            return false;
                        };
                        let mut max = Some(min);
                        if self.eat(',') {
                            max = self.number();
                        }
                        if !self.eat('}') || max.is_some_and(|m| m < min) {
                            return false;
                        }
                    }
                    _ => return true,
                }
                self.eat('?');
                !matches!(self.peek(), Some('*' | '+' | '?' | '{'))
            }

            fn group_name(&mut self) -> Option<String> {
                let start = self.i;
                while self
                    .peek()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$')
                {
                    self.i += 1;
                }
                if self.i == start || self.c[start].is_ascii_digit() || !self.eat('>') {
                    return None;
                }
                Some(self.c[start..self.i - 1].iter().collect())
            }

            fn atom(&mut self, depth: u32) -> bool {
                let Some(c) = self.peek() else { return false };
                self.i += 1;
                match c {
                    '.' => true,
                    '(' => {
                        if self.eat('?') {
                            if self.eat(':') {
                            } else if self.eat('<') {
                                let Some(name) = self.group_name() else {
                                    return false;
                                };
                                if self.names.contains(&name) {
                                    return false;
                                }
                                self.names.push(name);
                                self.groups += 1;
                            } else {
                                return false;
                            }
                        } else {
                            self.groups += 1;
                        }
                        self.disjunction(depth + 1) && self.eat(')')
                    }
                    '[' => self.class(),
                    '\\' => self.escape(false),
                    '*' | '+' | '?' | '{' | '}' | ']' | ')' | '|' => false,
                    _ => true,
                }
            }

            fn hex(&mut self, n: usize) -> bool {
                for _ in 0..n {
                    if !self.peek().is_some_and(|c| c.is_ascii_hexdigit()) {
                        return false;
                    }
                    self.i += 1;
                }
                true
            }

            /// An escape after `\`; in a class, `\b` and `\-` are also allowed. Returns whether
            /// it is valid; `self.last_class_escape` is not tracked (ranges with class escapes
            /// are checked by the caller).
            fn escape(&mut self, in_class: bool) -> bool {
                let Some(c) = self.peek() else { return false };
                self.i += 1;
                match c {
                    'd' | 'D' | 's' | 'S' | 'w' | 'W' => true,
                    'p' | 'P' => {
                        if !self.eat('{') {
                            return false;
                        }
                        let start = self.i;
                        while self
                            .peek()
                            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '=')
                        {
                            self.i += 1;
                        }
                        self.i > start && self.eat('}')
                    }
                    'f' | 'n' | 'r' | 't' | 'v' => true,
                    'c' if self.peek().is_some_and(|c| c.is_ascii_alphabetic()) => {
                        self.i += 1;
                        true
                    }
                    '0' => !self.peek().is_some_and(|c| c.is_ascii_digit()),
                    '1'..='9' if !in_class => {
                        self.i -= 1;
                        let n = self.number().unwrap_or(u64::MAX);
                        self.max_backref = self.max_backref.max(n.min(usize::MAX as u64) as usize);
                        true
                    }
                    'x' => self.hex(2),
                    'u' => {
                        if self.eat('{') {
                            let start = self.i;
                            while self.peek().is_some_and(|c| c.is_ascii_hexdigit()) {
                                self.i += 1;
                            }
                            let digits: String = self.c[start..self.i].iter().collect();
                            self.i > start
                                && u32::from_str_radix(&digits, 16).is_ok_and(|v| v <= 0x10FFFF)
                                && self.eat('}')
                        } else {
                            self.hex(4)
                        }
                    }
                    'k' if !in_class => {
                        if !self.eat('<') {
                            return false;
                        }
                        match self.group_name() {
                            Some(name) => {
                                self.refs.push(name);
                                true
                            }
                            None => false,
                        }
                    }
                    'b' | '-' if in_class => true,
                    '^' | '$' | '\\' | '.' | '*' | '+' | '?' | '(' | ')' | '[' | ']' | '{'
                    | '}' | '|' | '/' => true,
                    _ => false,
                }
            }

            /// One class atom: `Some(Some(c))` a character, `Some(None)` a class escape
            /// (`\d`), `None` invalid.
            fn class_atom(&mut self) -> Option<Option<char>> {
                let c = self.peek()?;
                if c != '\\' {
                    self.i += 1;
                    return Some(Some(c));
                }
                self.i += 1;
                let start = self.i;
                if !self.escape(true) {
                    return None;
                }
                let esc = self.c[start];
                Some(match esc {
                    'd' | 'D' | 's' | 'S' | 'w' | 'W' | 'p' | 'P' => None,
                    'b' => Some('\u{8}'),
                    'f' | 'n' | 'r' | 't' | 'v' | '0' | 'c' => Some(esc),
                    'x' | 'u' => {
                        let digits: String = self.c[start + 1..self.i]
                            .iter()
                            .filter(|c| c.is_ascii_hexdigit())
                            .collect();
                        u32::from_str_radix(&digits, 16)
                            .ok()
                            .and_then(char::from_u32)
                    }
                    other => Some(other),
                })
            }

            fn class(&mut self) -> bool {
                self.eat('^');
                loop {
                    match self.peek() {
                        None => return false,
                        Some(']') => {
                            self.i += 1;
                            return true;
                        }
                        _ => {}
                    }
                    let Some(lo) = self.class_atom() else {
                        return false;
                    };
                    if self.peek() == Some('-') && self.c.get(self.i + 1).is_some_and(|c| *c != ']')
                    {
                        self.i += 1;
                        let Some(hi) = self.class_atom() else {
                            return false;
                        };
                        match (lo, hi) {
                            (Some(a), Some(b)) if a <= b => {}
                            _ => return false,
                        }
                    }
                }
            }
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn punycode_round_trips() {
            let decoded = punycode::decode("9n2bp8q").unwrap();
            assert_eq!(decoded, vec!['\u{c2e4}', '\u{b840}']);
            assert_eq!(punycode::encode(&decoded).unwrap(), "9n2bp8q");
            assert!(punycode::decode("X").is_none());
        }

        #[test]
        fn common_formats() {
            assert!(check(Format::Uri, "https://a.example/x") && check(Format::Uri, "urn:isbn:1"));
            assert!(!check(Format::Uri, "") && !check(Format::Uri, "no scheme"));
            assert!(!check(Format::Uri, "1http://x"));
            assert!(check(Format::Email, "a@b.example") && !check(Format::Email, "a@"));
            assert!(!check(Format::Email, "ab"));
            assert!(check(Format::Uuid, "2c918083-5d2e-5168-015d-32f890ca1581"));
            assert!(!check(Format::Uuid, "2c9180835d2e"));
            assert!(check(Format::DateTime, "2023-06-25T13:37:00Z"));
            assert!(!check(Format::DateTime, "2023-06-25 13:37"));
            assert!(check(Format::Ipv6, "::ffff:1.2.3.4") && !check(Format::Ipv4, "01.2.3.4"));
            assert!(check(Format::Regex, "(?<=a+)b") && !check(Format::Regex, "(?i)a"));
            assert!(check(Format::Duration, "P1DT12H") && !check(Format::Duration, "P1Y2D"));
        }

        #[test]
        fn integer_formats_bound_numbers() {
            let n = |v: serde_json::Value| v.as_number().cloned().unwrap();
            use serde_json::json;
            assert!(check_number(Format::Int32, &n(json!(2_147_483_647))));
            assert!(!check_number(Format::Int32, &n(json!(2_147_483_648u64))));
            assert!(check_number(Format::Int32, &n(json!(-2_147_483_648i64))));
            assert!(check_number(Format::Int32, &n(json!(7.0))));
            assert!(!check_number(Format::Int32, &n(json!(7.5))));
            assert!(check_number(Format::Int64, &n(json!(i64::MIN))));
            assert!(!check_number(Format::Int64, &n(json!(u64::MAX))));
            assert!(!check_number(Format::Int64, &n(json!(1e300))));
            // A string is not judged by a number's format.
            assert!(check(Format::Int32, "not a number"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// `source` read as ECMA-262 matches `text`.
    fn ecma_matches(source: &str, text: &str) -> bool {
        regex::Regex::new(&ecma_pattern(source))
            .unwrap_or_else(|e| panic!("{source}: {e}"))
            .is_match(text)
    }

    #[test]
    fn patterns_mean_what_ecma_262_means() {
        // The crate's classes are Unicode; ECMA-262's are ASCII.
        assert!(!ecma_matches(r"^\d+$", "٣"));
        assert!(ecma_matches(r"^\d+$", "42"));
        assert!(!ecma_matches(r"^\w+$", "é"));
        assert!(ecma_matches(r"^[\w-]+$", "a-b_9"));
        assert!(ecma_matches(r"^[\D]$", "٣") && ecma_matches(r"^\D$", "٣"));
        assert!(!ecma_matches(r"^[\D.]$", "5") && ecma_matches(r"^[\D.]$", "."));
        assert!(ecma_matches(r"^\s$", "\u{FEFF}") && !ecma_matches(r"^\S$", "\u{A0}"));
        assert!(ecma_matches(r"x\bé", "xé") && !ecma_matches(r"x\Bé", "xé"));
        // Control escapes, empty classes, and what the crate would read as set operations.
        assert!(ecma_matches(r"^\cJ$", "\n"));
        assert!(!ecma_matches(r"a[]", "a") && ecma_matches(r"^a[^]$", "a\n"));
        assert!(ecma_matches(r"^[a&&b]+$", "a&b") && ecma_matches(r"^[[~]+$", "[~"));
        // `-` beside a class escape is a character, as in the common e-mail pattern.
        let email = r"^[\w-\.]+@([\w-]+\.)+[\w-]{2,4}$";
        assert!(ecma_matches(email, "a-b.c@x-y.io") && !ecma_matches(email, "a@b"));
        assert!(ecma_matches(r"^[+-\d]+$", "+-5") && !ecma_matches(r"^[+-\d]+$", ","));
        assert!(ecma_matches(r"^[!--]+$", "!,-") && !ecma_matches(r"^[!--]$", "."));
        // `.` stops at every line terminator; `\0`, `\<`, `\>` and literal braces.
        assert!(!ecma_matches(r"^.+$", "a\rb") && ecma_matches(r"^.+$", "ab"));
        assert!(ecma_matches(r"^\0$", "\0") && ecma_matches(r"^\<b\>$", "<b>"));
        assert!(ecma_matches(r"^[^\<\>]*$", "ab") && !ecma_matches(r"^[^\<\>]*$", "<"));
        assert!(ecma_matches(r"^{[a-z]+}$", "{ab}") && ecma_matches(r"^a{,5}$", "a{,5}"));
        assert!(ecma_matches(r"^a{2}$", "aa") && ecma_matches(r"^a{1,}b{0,2}$", "aab"));
        assert!(ecma_matches(r"^\p{Letter}+$", "π") && !ecma_matches(r"^\p{L}+$", "1"));
        assert!(ecma_matches(r"^\u{1F600}$", "\u{1F600}"));
        // Nothing to rewrite: the source itself; what the crate cannot do fails.
        assert!(matches!(
            ecma_pattern("^abc$"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert!(compile_pattern("(?=a)").is_err());
    }

    static PATTERNS: Patterns = Patterns::new(&["^[a-z]+$"]);
    static TABLE: &[Rule] = &[
        // 0: an object
        Rule {
            keywords: &[
                Keyword::Type(ty::OBJECT),
                Keyword::Required(&[
                    ("name", Access::ReadWrite),
                    ("grant_type", Access::ReadWrite),
                    ("id", Access::ReadOnly),
                    ("secret", Access::WriteOnly),
                ]),
                Keyword::Properties(&[
                    ("name", 1),
                    ("grant_type", 2),
                    ("at", 3),
                    ("seconds", 4),
                    ("id", 6),
                    ("secret", 6),
                ]),
                Keyword::AdditionalProperties(5),
            ],
            resource: None,
        },
        // 1: a short lower-case name
        Rule {
            keywords: &[
                Keyword::Type(ty::STRING),
                Keyword::MaxLength(5),
                Keyword::Pattern(0),
            ],
            resource: None,
        },
        // 2: a CSV set
        Rule {
            keywords: &[
                Keyword::Type(ty::STRING),
                Keyword::DelimitedSet {
                    separator: ',',
                    members: &["authorization_code", "refresh_token"],
                },
            ],
            resource: None,
        },
        // 3: a Tyk timestamp
        Rule {
            keywords: &[
                Keyword::Type(ty::STRING | ty::NULL),
                Keyword::Layout("%Y-%m-%d %H:%M"),
            ],
            resource: None,
        },
        // 4: seconds typed as a string
        Rule {
            keywords: &[
                Keyword::Type(ty::STRING | ty::INTEGER),
                Keyword::NumericString { integer: true },
                Keyword::Minimum(1.0),
            ],
            resource: None,
        },
        // 5: false
        Rule {
            keywords: &[Keyword::Never],
            resource: None,
        },
        // 6: anything
        Rule {
            keywords: &[],
            resource: None,
        },
    ];
    static RULES: Rules = Rules {
        rules: TABLE,
        patterns: &PATTERNS,
        resources: &[],
    };

    fn lines(v: Vec<Violation>) -> Vec<String> {
        v.into_iter()
            .map(|x| format!("{}: {}", x.at, x.message))
            .collect()
    }

    fn options(direction: Direction) -> Options {
        Options {
            formats: false,
            direction,
            max_violations: 100,
        }
    }

    #[test]
    fn valid_values_pass() {
        let v = json!({"name": "ab", "grant_type": "authorization_code,refresh_token",
            "at": "2023-06-25 13:37", "seconds": 750, "secret": "s"});
        assert_eq!(RULES.check(0, &v, "body"), vec![]);
        assert!(RULES.holds(0, &v));
        let v = json!({"name": "ab", "grant_type": "refresh_token", "at": null, "seconds": "750",
            "secret": "s"});
        assert_eq!(RULES.check(0, &v, "body"), vec![]);
        let empty = RULES.check(
            0,
            &json!({"name": "ab", "grant_type": "", "secret": "s"}),
            "body",
        );
        assert_eq!(
            lines(empty),
            [
                "body.grant_type: an empty member is not one of [`authorization_code`, `refresh_token`] (members joined by `,`)"
            ],
            "an empty set is no listed member"
        );
    }

    #[test]
    fn each_violation_names_its_place_and_value() {
        let v = json!({"name": "ABCDEFG", "grant_type": "authorization_code,password",
            "at": "2023-06-25T13:37:00Z", "seconds": "soon", "extra": 1, "secret": "s"});
        let got = RULES.check(0, &v, "body");
        assert_eq!(
            got.iter().map(|x| x.pointer.as_str()).collect::<Vec<_>>(),
            ["/name", "/name", "/grant_type", "/at", "/seconds", "/extra"]
        );
        assert_eq!(
            got.iter().map(|x| x.kind).collect::<Vec<_>>(),
            [
                Kind::Length,
                Kind::Pattern,
                Kind::DelimitedSet,
                Kind::Layout,
                Kind::NumericString,
                Kind::AdditionalProperties
            ]
        );
        assert_eq!(got[0].rule, 1);
        assert_eq!(
            lines(got),
            [
                "body.name: `ABCDEFG` is 7 characters, at most 5 allowed",
                "body.name: `ABCDEFG` does not match the pattern `^[a-z]+$`",
                "body.grant_type: `password` is not one of [`authorization_code`, `refresh_token`] (members joined by `,`)",
                "body.at: `2023-06-25T13:37:00Z` is not a timestamp in the layout `%Y-%m-%d %H:%M`",
                "body.seconds: `soon` is not a number",
                "body: the property `extra` is not allowed here",
            ]
        );
        let missing = RULES.check(0, &json!({"name": 5, "secret": "s"}), "body");
        assert_eq!(
            missing[0].message,
            "the required property `grant_type` is missing"
        );
        assert_eq!(missing[1].message, "expected a string, got the number 5");
    }

    #[test]
    fn required_follows_the_direction() {
        let v = json!({"name": "ab", "grant_type": "refresh_token"});
        let req = RULES.validate(0, &v, &options(Direction::Request));
        assert_eq!(
            lines(req),
            [": the required property `secret` is missing"],
            "a request carries write-only properties, not read-only ones"
        );
        let resp = RULES.validate(0, &v, &options(Direction::Response));
        assert_eq!(lines(resp), [": the required property `id` is missing"]);
        assert!(RULES.validate(0, &v, &options(Direction::Any)).is_empty());
    }

    #[test]
    fn numeric_strings_take_both_forms() {
        let o = options(Direction::Any);
        for ok in [json!(750), json!("750"), json!(" 12 "), json!(1.0)] {
            assert!(RULES.validate(4, &ok, &o).is_empty(), "{ok}");
        }
        let bad = |v: Value| lines(RULES.validate(4, &v, &o));
        assert_eq!(bad(json!("7.5")), [": `7.5` is not an integer"]);
        assert_eq!(
            bad(json!(7.5)),
            [": expected a string or an integer, got the number 7.5"]
        );
        assert_eq!(bad(json!("0")), [": `0` is less than the minimum 1"]);
        assert_eq!(bad(json!(0)), [": 0 is less than the minimum 1"]);
        assert_eq!(bad(json!("inf")), [": `inf` is not a number"]);
    }

    #[test]
    fn layouts_are_always_asserted() {
        let o = options(Direction::Any);
        assert!(RULES.validate(3, &json!("2023-06-25 13:37"), &o).is_empty());
        assert!(RULES.validate(3, &json!(null), &o).is_empty());
        assert_eq!(
            RULES.validate(3, &json!("25/06/2023"), &o)[0].kind,
            Kind::Layout
        );
    }

    #[test]
    fn delimited_sets_check_every_member() {
        let o = options(Direction::Any);
        assert!(
            RULES
                .validate(2, &json!("refresh_token , authorization_code"), &o)
                .is_empty()
        );
        let got = RULES.validate(2, &json!("ciba,refresh_token,,x"), &o);
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got[0].message.starts_with("`ciba` is not one of"));
    }

    #[test]
    fn a_self_including_schema_stops() {
        static LOOP: &[Rule] = &[Rule {
            keywords: &[Keyword::AllOf(&[0])],
            resource: None,
        }];
        let rules = Rules {
            rules: LOOP,
            patterns: &PATTERNS,
            resources: &[],
        };
        let v = rules.check(0, &json!(1), "body");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].kind, Kind::Depth);
        assert!(!rules.holds(0, &json!(1)));
    }

    #[test]
    fn branching_recursion_is_bounded() {
        // Each level evaluates both branches of a oneOf: 2^depth without a budget.
        static BRANCHY: &[Rule] = &[
            Rule {
                keywords: &[Keyword::OneOf(&[1, 1])],
                resource: None,
            },
            Rule {
                keywords: &[Keyword::Items(0)],
                resource: None,
            },
        ];
        let rules = Rules {
            rules: BRANCHY,
            patterns: &PATTERNS,
            resources: &[],
        };
        let mut v = json!(1);
        for _ in 0..100 {
            v = Value::Array(vec![v]);
        }
        let got = rules.check(0, &v, "body");
        assert!(!got.is_empty());
    }

    #[test]
    fn deep_values_stop_before_the_stack_does() {
        // Each shape recurses through different keywords; test threads have 2 MiB of stack.
        static DEEP: &[Rule] = &[
            Rule {
                keywords: &[Keyword::Items(0), Keyword::Properties(&[("a", 0)])],
                resource: None,
            },
            Rule {
                keywords: &[
                    Keyword::AnyOf(&[2]),
                    Keyword::UnevaluatedProperties(3),
                    Keyword::UnevaluatedItems(3),
                ],
                resource: Some(0),
            },
            Rule {
                keywords: &[
                    Keyword::AllOf(&[4]),
                    Keyword::If {
                        cond: 4,
                        then: Some(4),
                        otherwise: None,
                    },
                ],
                resource: None,
            },
            Rule {
                keywords: &[Keyword::Ref(1)],
                resource: None,
            },
            Rule {
                keywords: &[
                    Keyword::PrefixItems(&[3]),
                    Keyword::Contains {
                        rule: 3,
                        min: 0,
                        max: Some(5),
                    },
                ],
                resource: None,
            },
        ];
        static RESOURCES: &[Resource] = &[Resource {
            dynamic_anchors: &[("x", 1)],
        }];
        let rules = Rules {
            rules: DEEP,
            patterns: &PATTERNS,
            resources: RESOURCES,
        };
        let mut v = json!(1);
        for i in 0..2000 {
            // Not `json!`, which would serialise `v` recursively.
            v = if i % 2 == 0 {
                Value::Array(vec![v])
            } else {
                Value::Object([("a".to_string(), v)].into_iter().collect())
            };
        }
        for rule in [0, 1] {
            let got = rules.validate(rule, &v, &options(Direction::Any));
            assert_eq!(got.last().map(|x| x.kind), Some(Kind::Depth), "{rule}");
            assert!(!rules.holds(rule, &v));
        }
        // serde_json's own drop recurses; take the value apart iteratively.
        let mut stack = vec![v];
        while let Some(x) = stack.pop() {
            match x {
                Value::Array(a) => stack.extend(a),
                Value::Object(m) => stack.extend(m.into_iter().map(|(_, x)| x)),
                _ => {}
            }
        }
    }

    static APPLY: &[Rule] = &[
        // 0: anyOf string / integer
        Rule {
            keywords: &[Keyword::AnyOf(&[1, 2, 3])],
            resource: None,
        },
        // 1
        Rule {
            keywords: &[Keyword::Type(ty::STRING)],
            resource: None,
        },
        // 2
        Rule {
            keywords: &[Keyword::Type(ty::INTEGER)],
            resource: None,
        },
        // 3
        Rule {
            keywords: &[Keyword::Type(ty::BOOLEAN)],
            resource: None,
        },
        // 4: oneOf number / integer
        Rule {
            keywords: &[Keyword::OneOf(&[5, 2])],
            resource: None,
        },
        // 5
        Rule {
            keywords: &[Keyword::Type(ty::NUMBER)],
            resource: None,
        },
        // 6: an object whose `a/b~c` must be a string, `x` evaluated in an allOf, nothing else
        Rule {
            keywords: &[
                Keyword::Properties(&[("a/b~c", 1)]),
                Keyword::AllOf(&[7]),
                Keyword::UnevaluatedProperties(8),
            ],
            resource: None,
        },
        // 7
        Rule {
            keywords: &[Keyword::Properties(&[("x", 9)])],
            resource: None,
        },
        // 8: false
        Rule {
            keywords: &[Keyword::Never],
            resource: None,
        },
        // 9: anything
        Rule {
            keywords: &[],
            resource: None,
        },
        // 10: a list resource whose items are `$dynamicRef: #item` (default: anything)
        Rule {
            keywords: &[Keyword::Type(ty::ARRAY), Keyword::Items(11)],
            resource: Some(0),
        },
        // 11
        Rule {
            keywords: &[Keyword::DynamicRef {
                initial: 9,
                anchor: "item",
            }],
            resource: None,
        },
        // 12: a resource that says items are strings, then applies the list
        Rule {
            keywords: &[Keyword::Ref(10)],
            resource: Some(1),
        },
    ];
    static APPLY_RESOURCES: &[Resource] = &[
        Resource {
            dynamic_anchors: &[("item", 9)],
        },
        Resource {
            dynamic_anchors: &[("item", 1)],
        },
    ];
    static APPLY_RULES: Rules = Rules {
        rules: APPLY,
        patterns: &PATTERNS,
        resources: APPLY_RESOURCES,
    };

    #[test]
    fn alternatives_are_one_violation_at_the_value() {
        let o = options(Direction::Any);
        let got = APPLY_RULES.validate(0, &json!([1]), &o);
        assert_eq!(
            lines(got),
            [": an array of 1 items matches none of the 3 alternatives"]
        );
        assert!(APPLY_RULES.validate(4, &json!(1.5), &o).is_empty());
        let got = APPLY_RULES.validate(4, &json!(2), &o);
        assert_eq!(got[0].kind, Kind::OneOf);
        assert_eq!(
            got[0].message,
            "the number 2 matches 2 of the oneOf alternatives (exactly one allowed)"
        );
    }

    #[test]
    fn pointers_escape_and_unevaluated_properties_see_nested_annotations() {
        let o = options(Direction::Any);
        assert!(
            APPLY_RULES
                .validate(6, &json!({"a/b~c": "s", "x": 1}), &o)
                .is_empty()
        );
        let got = APPLY_RULES.validate(6, &json!({"a/b~c": 1, "x": 1, "y": 2}), &o);
        assert_eq!(
            got.iter()
                .map(|v| (v.pointer.as_str(), v.kind))
                .collect::<Vec<_>>(),
            [("/a~1b~0c", Kind::Type), ("/y", Kind::Unevaluated)]
        );
        assert_eq!(got[0].at, "a/b~c");
        assert_eq!(got[1].message, "the property `y` is not allowed here");
        let capped = APPLY_RULES.validate(
            6,
            &json!({"a/b~c": 1, "y": 2, "z": 3}),
            &Options {
                max_violations: 2,
                ..o
            },
        );
        assert_eq!(capped.len(), 2);
    }

    #[test]
    fn dynamic_references_take_the_outermost_resource() {
        let o = options(Direction::Any);
        // Entered directly, the list's own anchor allows anything.
        assert!(APPLY_RULES.validate(10, &json!([1, "a"]), &o).is_empty());
        // Entered through resource 1, whose anchor says strings.
        assert!(APPLY_RULES.validate(12, &json!(["a"]), &o).is_empty());
        let got = APPLY_RULES.validate(12, &json!(["a", 1]), &o);
        assert_eq!(lines(got), ["[1]: expected a string, got the number 1"]);
    }

    #[test]
    fn formats_are_asserted_on_request() {
        static FMT: &[Rule] = &[Rule {
            keywords: &[Keyword::Format(Format::Email)],
            resource: None,
        }];
        let rules = Rules {
            rules: FMT,
            patterns: &PATTERNS,
            resources: &[],
        };
        assert!(
            rules
                .validate(0, &json!("nope"), &options(Direction::Any))
                .is_empty()
        );
        assert_eq!(
            lines(rules.check(0, &json!("nope"), "query parameter `to`")),
            ["query parameter `to`: `nope` is not an e-mail address"]
        );
        assert!(!rules.holds(0, &json!("nope")));
    }

    #[test]
    fn out_of_range_indexes_accept_anything() {
        static BROKEN: &[Rule] = &[Rule {
            keywords: &[
                Keyword::Ref(99),
                Keyword::Pattern(42),
                Keyword::DynamicRef {
                    initial: 77,
                    anchor: "x",
                },
            ],
            resource: Some(5),
        }];
        let rules = Rules {
            rules: BROKEN,
            patterns: &PATTERNS,
            resources: &[],
        };
        assert!(rules.holds(0, &json!("x")));
        assert!(rules.holds(12, &json!("x")));
    }

    #[test]
    fn equality_is_json_schemas() {
        assert!(lit_eq(&Lit::Int(1), &json!(1.0), 0));
        assert!(lit_eq(
            &Lit::Object(&[("a", Lit::Int(1)), ("b", Lit::Null)]),
            &json!({"b": null, "a": 1}),
            0
        ));
        assert!(!lit_eq(&Lit::Bool(false), &json!(0), 0));
        let items: Vec<Value> = (0..40)
            .map(|i| json!({"k": i}))
            .chain([json!({"k": 3.0})])
            .collect();
        assert_eq!(first_duplicate(&items), Some((3, 40)));
    }

    #[test]
    fn multiples_are_exact_for_decimals() {
        assert!(is_multiple(Num::Float(0.0075), 0.0001));
        assert!(!is_multiple(Num::Float(0.00751), 0.0001));
        assert!(is_multiple(Num::Float(0.3), 0.1));
        assert!(is_multiple(Num::Int(12391239123), 1e-8));
        assert!(!is_multiple(Num::Float(1e308), 0.123456789));
        assert!(is_multiple(Num::Float(1e308), 0.5));
        assert!(!is_multiple(Num::Int(35), 1.5));
    }
}
