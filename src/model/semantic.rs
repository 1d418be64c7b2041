//! Semantic kinds: what a schema's data really is when JSON Schema says less.
//!
//! - a **delimited set**: a string whose `enum` lists single members while its description or
//!   examples show several joined by a separator (Tyk `GrantType`: "Format as CSV", example
//!   `authorization_code,refresh_token`);
//! - a **timestamp** with a concrete format: RFC 3339 `date-time`, `date`, a vendor layout
//!   derived from `pattern` (`^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$` → `YYYY-MM-DD HH:MM`), from a
//!   description, or from examples; epoch seconds/milliseconds in integers;
//! - a **number written as a string** (SailPoint `accessTokenValiditySeconds`: `type: string`,
//!   example `750`).
//!
//! Each kind carries the evidence that decided it, so lint can explain and codegen can document.
//! This module holds the kinds and the readers of timestamp layouts (from a pattern, a strftime
//! string, a description, a value); deciding a schema's kind from its keywords is `infer`'s.

use crate::source::Loc;

/// What decided a semantic kind.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Evidence {
    /// Words in the description.
    Description {
        /// The words.
        text: String,
    },
    /// An example value.
    Example {
        /// The value as JSON.
        value: serde_json::Value,
        /// Where it is.
        #[serde(skip)]
        loc: Loc,
    },
    /// The `pattern` keyword.
    Pattern {
        /// The pattern.
        pattern: String,
    },
    /// The `format` keyword.
    Format {
        /// The format.
        format: String,
    },
    /// The field's name.
    Name {
        /// The name.
        name: String,
    },
    /// An explicit `x-specforge-*` extension (e.g. added by a fix overlay).
    Extension {
        /// The extension's name.
        name: String,
    },
}

/// A concrete timestamp representation.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum TimestampFormat {
    /// RFC 3339 date-time (`2017-07-11T18:45:37.098Z`).
    Rfc3339,
    /// RFC 3339 full-date (`2017-07-11`).
    Date,
    /// A fixed layout that is not RFC 3339, e.g. `YYYY-MM-DD HH:MM`.
    Layout {
        /// Human layout, e.g. `YYYY-MM-DD HH:MM`.
        layout: String,
        /// The same as a strftime string, e.g. `%Y-%m-%d %H:%M`.
        strftime: String,
        /// Whether it has a UTC offset / zone.
        zoned: bool,
        /// Whether it has a time of day.
        has_time: bool,
    },
    /// Integer seconds since the Unix epoch.
    EpochSeconds,
    /// Integer milliseconds since the Unix epoch.
    EpochMillis,
}

impl TimestampFormat {
    /// A short name for messages: `RFC 3339`, `YYYY-MM-DD HH:MM`, `epoch seconds`.
    pub fn describe(&self) -> String {
        match self {
            TimestampFormat::Rfc3339 => "RFC 3339 date-time".into(),
            TimestampFormat::Date => "RFC 3339 full-date".into(),
            TimestampFormat::Layout { layout, .. } => layout.clone(),
            TimestampFormat::EpochSeconds => "Unix epoch seconds".into(),
            TimestampFormat::EpochMillis => "Unix epoch milliseconds".into(),
        }
    }
}

/// What the data really is.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Semantic {
    /// Several enum members joined by `separator` in one string.
    DelimitedSet {
        /// The separator, e.g. `,`.
        separator: String,
        /// The members (the schema's enum values).
        members: Vec<String>,
        /// What showed it.
        evidence: Vec<Evidence>,
    },
    /// A timestamp.
    Timestamp {
        /// Its format.
        format: TimestampFormat,
        /// What showed it.
        evidence: Vec<Evidence>,
    },
    /// A number written as a string (or given as a number where a string is declared).
    NumericString {
        /// Whether all examples are integers.
        integer: bool,
        /// What showed it.
        evidence: Vec<Evidence>,
    },
}

/// Date/time parts in the order they are assigned to digit groups.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Year,
    Month,
    Day,
    Hour,
    Minute,
    Second,
    Fraction,
}

fn part_tokens(p: Part) -> (&'static str, &'static str) {
    match p {
        Part::Year => ("YYYY", "%Y"),
        Part::Month => ("MM", "%m"),
        Part::Day => ("DD", "%d"),
        Part::Hour => ("HH", "%H"),
        Part::Minute => ("MM", "%M"),
        Part::Second => ("SS", "%S"),
        Part::Fraction => ("fff", "%f"),
    }
}

/// Builds a layout from a sequence of digit-group widths and literals.
fn layout_from_tokens(tokens: &[Tok]) -> Option<TimestampFormat> {
    let order = [
        Part::Year,
        Part::Month,
        Part::Day,
        Part::Hour,
        Part::Minute,
        Part::Second,
    ];
    let mut next = 0;
    let mut layout = String::new();
    let mut strftime = String::new();
    let mut zoned = false;
    let mut after_dot = false;
    for t in tokens {
        match t {
            Tok::Digits(n) => {
                let part = if after_dot {
                    Part::Fraction
                } else {
                    let p = *order.get(next)?;
                    next += 1;
                    p
                };
                let ok = match part {
                    Part::Year => *n == 4,
                    Part::Fraction => true,
                    _ => *n == 2 || *n == 0,
                };
                if !ok {
                    return None;
                }
                let (l, f) = part_tokens(part);
                layout.push_str(l);
                strftime.push_str(f);
                after_dot = false;
            }
            Tok::Lit(c) => {
                if *c == '.' {
                    after_dot = true;
                }
                layout.push(*c);
                if *c == '%' {
                    strftime.push('%');
                }
                strftime.push(*c);
            }
            Tok::Zone => {
                zoned = true;
                layout.push('Z');
                strftime.push_str("%:z");
            }
        }
    }
    // Year, month and day at least.
    if next < 3 {
        return None;
    }
    let has_time = next > 3;
    if layout == "YYYY-MM-DD" {
        return Some(TimestampFormat::Date);
    }
    if zoned && (layout.starts_with("YYYY-MM-DDTHH:MM:SS")) {
        return Some(TimestampFormat::Rfc3339);
    }
    Some(TimestampFormat::Layout {
        layout,
        strftime,
        zoned,
        has_time,
    })
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Digits(usize),
    Lit(char),
    Zone,
}

/// `^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$` → `YYYY-MM-DD HH:MM`. Only simple, fixed patterns.
pub fn layout_from_pattern(p: &str) -> Option<TimestampFormat> {
    let body = p.strip_prefix('^').unwrap_or(p);
    let body = body.strip_suffix('$').unwrap_or(body);
    let chars: Vec<char> = body.chars().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (is_digit, len) = if chars[i] == '\\' && chars.get(i + 1) == Some(&'d') {
            (true, 2)
        } else if chars[i..].starts_with(&['[', '0', '-', '9', ']']) {
            (true, 5)
        } else {
            (false, 0)
        };
        if is_digit {
            i += len;
            // {n} or {n,m} or + or nothing
            let mut n = 1;
            if chars.get(i) == Some(&'{') {
                let close = chars[i..].iter().position(|c| *c == '}')? + i;
                let spec: String = chars[i + 1..close].iter().collect();
                n = spec.split(',').next()?.trim().parse().ok()?;
                if spec.contains(',') {
                    n = 0; // variable width: only for fractions
                }
                i = close + 1;
            } else if chars.get(i) == Some(&'+') {
                n = 0;
                i += 1;
            }
            // Merge `\d\d` into one group of 2.
            if let Some(Tok::Digits(m)) = toks.last_mut()
                && n == 1
                && *m >= 1
            {
                *m += 1;
                continue;
            }
            toks.push(Tok::Digits(n));
            continue;
        }
        match chars[i] {
            '\\' => {
                let c = *chars.get(i + 1)?;
                if !matches!(c, '.' | '-' | ':' | '/' | ' ' | '+') {
                    return None;
                }
                toks.push(Tok::Lit(c));
                i += 2;
            }
            c @ ('-' | ':' | ' ' | 'T' | '/' | '_') => {
                toks.push(Tok::Lit(c));
                i += 1;
            }
            '.' => return None, // unescaped dot: any char; not a fixed layout
            'Z' => {
                toks.push(Tok::Zone);
                i += 1;
            }
            '(' if body[i..].starts_with("(Z|[+-]") || body[i..].starts_with("(Z|[-+]") => {
                toks.push(Tok::Zone);
                let close = chars[i..].iter().position(|c| *c == ')')? + i;
                i = close + 1;
            }
            _ => return None,
        }
    }
    layout_from_tokens(&toks)
}

/// The layout of a strftime string: `%d/%m/%Y %H:%M` → `DD/MM/YYYY HH:MM`. The specifiers
/// say which field each is, so any order works; unknown specifiers give `None`.
pub fn layout_from_strftime(f: &str) -> Option<TimestampFormat> {
    let mut layout = String::new();
    let mut chars = f.chars();
    let (mut zoned, mut has_time, mut has_year) = (false, false, false);
    while let Some(c) = chars.next() {
        if c != '%' {
            layout.push(c);
            continue;
        }
        match chars.next()? {
            'Y' => {
                has_year = true;
                layout.push_str("YYYY");
            }
            'm' => layout.push_str("MM"),
            'd' => layout.push_str("DD"),
            'H' => {
                has_time = true;
                layout.push_str("HH");
            }
            'M' => layout.push_str("MM"),
            'S' => layout.push_str("SS"),
            'f' => layout.push_str("fff"),
            'z' => {
                zoned = true;
                layout.push('Z');
            }
            ':' if chars.next() == Some('z') => {
                zoned = true;
                layout.push('Z');
            }
            '%' => layout.push('%'),
            _ => return None,
        }
    }
    has_year.then(|| TimestampFormat::Layout {
        layout,
        strftime: f.to_string(),
        zoned,
        has_time,
    })
}

/// A layout written in words: "format: YYYY-MM-DD HH:mm".
pub(super) fn layout_from_description(d: &str) -> Option<(TimestampFormat, String)> {
    let up = d.to_ascii_uppercase();
    let start = up.find("YYYY")?;
    // Word by word, so the prose after the layout stays out of it: in "YYYY-MM-DD format" the
    // `f` of "format" is not a fraction (nor an hour). A word that runs on into punctuation
    // (`DD,` `HH:mm)`) keeps its layout part.
    let mut rest = String::new();
    for word in d[start..].split(' ') {
        let fits: String = word
            .chars()
            .take_while(|c| "YyMmDdHhSsTZz:-/.f".contains(*c))
            .collect();
        let runs_on = word[fits.len()..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        if fits.is_empty() || runs_on {
            break;
        }
        if !rest.is_empty() {
            rest.push(' ');
        }
        rest.push_str(&fits);
        if fits.len() < word.len() {
            break;
        }
    }
    let rest = rest.trim_end_matches(['.', ' ']).to_string();
    let mut toks = Vec::new();
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_alphabetic() && c != 'T' && c != 'Z' {
            let mut n = 1;
            while chars.peek().is_some_and(|x| x.eq_ignore_ascii_case(&c)) {
                chars.next();
                n += 1;
            }
            toks.push(Tok::Digits(if c == 'f' { 0 } else { n }));
        } else if c == 'Z' {
            toks.push(Tok::Zone);
        } else {
            toks.push(Tok::Lit(c));
        }
    }
    layout_from_tokens(&toks).map(|f| (f, rest))
}

/// The layout of a concrete value: `2023-06-25 13:37` → `YYYY-MM-DD HH:MM`.
pub fn layout_from_example(v: &str) -> Option<TimestampFormat> {
    if is_rfc3339(v) {
        return Some(TimestampFormat::Rfc3339);
    }
    let mut toks = Vec::new();
    let mut chars = v.chars().peekable();
    let mut zone = false;
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            let mut n = 1;
            while chars.peek().is_some_and(char::is_ascii_digit) {
                chars.next();
                n += 1;
            }
            toks.push(Tok::Digits(n));
        } else if c == 'Z' || ((c == '+' || c == '-') && toks.len() >= 9) {
            zone = true;
            break;
        } else if "-:/ T.".contains(c) {
            toks.push(Tok::Lit(c));
        } else {
            return None;
        }
    }
    if zone {
        toks.push(Tok::Zone);
    }
    // A fraction's width varies between examples; normalise.
    let mut after_dot = false;
    for t in &mut toks {
        match t {
            Tok::Lit('.') => after_dot = true,
            Tok::Digits(n) if after_dot => {
                *n = 0;
                after_dot = false;
            }
            _ => {}
        }
    }
    layout_from_tokens(&toks)
}

/// RFC 3339 `date-time`: `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`, `t`/`z` allowed.
pub fn is_rfc3339(v: &str) -> bool {
    let b = v.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|s| s.iter().all(u8::is_ascii_digit))
    };
    if b.len() < 20
        || !digits(0..4)
        || b[4] != b'-'
        || !digits(5..7)
        || b[7] != b'-'
        || !digits(8..10)
        || !matches!(b[10], b'T' | b't')
        || !digits(11..13)
        || b[13] != b':'
        || !digits(14..16)
        || b[16] != b':'
        || !digits(17..19)
    {
        return false;
    }
    let mut i = 19;
    if b[i] == b'.' {
        i += 1;
        let s = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == s {
            return false;
        }
    }
    match b.get(i) {
        Some(b'Z' | b'z') => i + 1 == b.len(),
        Some(b'+' | b'-') => {
            i + 6 == b.len() && digits(i + 1..i + 3) && b[i + 3] == b':' && digits(i + 4..i + 6)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(f: Option<TimestampFormat>) -> String {
        match f {
            Some(TimestampFormat::Layout {
                layout, strftime, ..
            }) => format!("{layout} {strftime}"),
            Some(other) => other.describe(),
            None => "none".into(),
        }
    }

    #[test]
    fn patterns() {
        assert_eq!(
            layout(layout_from_pattern(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$")),
            "YYYY-MM-DD HH:MM %Y-%m-%d %H:%M"
        );
        assert_eq!(
            layout(layout_from_pattern(r"^\d{4}-\d{2}-\d{2}$")),
            "RFC 3339 full-date"
        );
        assert_eq!(
            layout(layout_from_pattern(r"^[0-9]{4}/[0-9]{2}/[0-9]{2}$")),
            "YYYY/MM/DD %Y/%m/%d"
        );
        assert_eq!(layout(layout_from_pattern(r"^[a-z]+$")), "none");
        assert_eq!(
            layout(layout_from_pattern(r"^\d{3}-\d{2}-\d{4}$")),
            "none",
            "an SSN is not a date"
        );
    }

    #[test]
    fn examples() {
        assert_eq!(
            layout(layout_from_example("2023-06-25 13:37")),
            "YYYY-MM-DD HH:MM %Y-%m-%d %H:%M"
        );
        assert_eq!(
            layout(layout_from_example("2017-07-11T18:45:37.098Z")),
            "RFC 3339 date-time"
        );
        assert_eq!(layout(layout_from_example("750")), "none");
        assert!(is_rfc3339("2018-06-25T20:22:28+02:00"));
        assert!(!is_rfc3339("2018-06-25 20:22:28Z"));
    }

    #[test]
    fn strftime() {
        assert_eq!(
            layout(layout_from_strftime("%Y-%m-%d %H:%M")),
            "YYYY-MM-DD HH:MM %Y-%m-%d %H:%M"
        );
        assert!(layout_from_strftime("%Q").is_none());
    }

    #[test]
    fn descriptions() {
        // The prose after a layout is not part of it (Adyen: "in YYYY-MM-DD format").
        for d in [
            "End date of the billing plan, in YYYY-MM-DD format.",
            "The person's date of birth, in ISO-8601 YYYY-MM-DD format. For example, **2000-01-31**.",
            "Travel date (YYYY-MM-DD), local",
        ] {
            let (f, w) = layout_from_description(d).unwrap();
            assert_eq!(
                (f, w.as_str()),
                (TimestampFormat::Date, "YYYY-MM-DD"),
                "{d}"
            );
        }
        let (f, w) = layout_from_description("Creation time, format YYYY-MM-DD HH:mm:ss.").unwrap();
        assert_eq!(w, "YYYY-MM-DD HH:mm:ss");
        assert_eq!(layout(Some(f)), "YYYY-MM-DD HH:MM:SS %Y-%m-%d %H:%M:%S");
    }
}
