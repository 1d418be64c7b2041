//! Filter expressions (`[?(...)]`): the JS-like subset Spectral rulesets write, parsed once and
//! evaluated against a candidate node.
//!
//! Supported: `@`, `@.a.b`, `@['a']`, `@[0]`, `@.length`, `@property`, `@parentProperty`,
//! `@path`, literals (strings, numbers, `true`, `false`, `null`, `undefined`, `[...]`), `==`,
//! `===`, `!=`, `!==`, `<`, `<=`, `>`, `>=`, `in`, `&&`, `||`, `!`, parentheses, `typeof`,
//! regex literals, and the methods `match`, `test`, `startsWith`, `endsWith`, `includes`,
//! `indexOf`, `toLowerCase`, `toUpperCase`.

use crate::tree::{Node, Value};
use std::borrow::Cow;
use std::sync::Arc;

/// A parsed filter expression.
#[derive(Debug, Clone)]
pub enum Expr {
    /// `a || b`.
    Or(Box<Expr>, Box<Expr>),
    /// `a && b`.
    And(Box<Expr>, Box<Expr>),
    /// `!a`.
    Not(Box<Expr>),
    /// `a OP b`.
    Compare(Op, Box<Expr>, Box<Expr>),
    /// A literal.
    Literal(Literal),
    /// `[a, b]`.
    Array(Vec<Expr>),
    /// `@` then members.
    Current(Vec<Member>),
    /// `@property`: the candidate's name in its parent.
    Property,
    /// `@parentProperty`: the parent's name in its own parent.
    ParentProperty,
    /// `@path`: the candidate's path, JSONPath-Plus style (`$['paths']['/a']`).
    PathText,
    /// A regex literal.
    Regex(Arc<fancy_regex::Regex>),
    /// `typeof a`.
    TypeOf(Box<Expr>),
    /// `receiver.method(args)`, or a member of a computed value (`@property.length`).
    Method(Box<Expr>, Method, Vec<Expr>),
}

impl PartialEq for Expr {
    // Expressions are compared only in tests of the parser; a regex compares by its source.
    fn eq(&self, other: &Self) -> bool {
        format!("{self:?}") == format!("{other:?}")
    }
}

/// A comparison operator (loose and strict equality are the same here: values are JSON).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// `==`, `===`.
    Eq,
    /// `!=`, `!==`.
    Ne,
    /// `<`.
    Lt,
    /// `<=`.
    Le,
    /// `>`.
    Gt,
    /// `>=`.
    Ge,
    /// `in`: membership in an array, or a key of an object.
    In,
}

/// A literal value.
#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    /// `undefined`.
    Undefined,
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string.
    String(String),
}

/// A member access after `@`.
#[derive(Debug, Clone, PartialEq)]
pub enum Member {
    /// `.name` or `['name']` (`.length` of a string or array is its length).
    Name(String),
    /// `[i]`.
    Index(i64),
}

/// A method call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// `s.match(/re/)`: truthy when it matches.
    Match,
    /// `/re/.test(s)`.
    Test,
    /// `s.startsWith(x)`.
    StartsWith,
    /// `s.endsWith(x)`.
    EndsWith,
    /// `s.includes(x)` / `a.includes(x)`.
    Includes,
    /// `s.indexOf(x)` / `a.indexOf(x)`.
    IndexOf,
    /// `s.toLowerCase()`.
    Lower,
    /// `s.toUpperCase()`.
    Upper,
    /// `.length` of a computed value.
    Length,
}

/// A string literal starting at byte `start` (the quote `q`): its value and the byte after it.
pub fn string_literal(text: &str, start: usize, q: u8) -> Option<(String, usize)> {
    let b = text.as_bytes();
    let mut out = String::new();
    let mut i = start + 1;
    while i < b.len() {
        match b[i] {
            c if c == q => return Some((out, i + 1)),
            b'\\' => {
                let c = text[i + 1..].chars().next()?;
                out.push(match c {
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    c => c,
                });
                i += 1 + c.len_utf8();
            }
            _ => {
                let c = text[i..].chars().next()?;
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    None
}

/// Where a filter expression starting at `start` ends: the `]` or `,` closing its selector,
/// outside strings, regex literals and brackets.
pub fn expression_end(text: &str, start: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut depth = 0i32;
    let mut i = start;
    let mut prev_significant = b'(';
    while i < b.len() {
        let c = b[i];
        match c {
            b'\'' | b'"' => {
                i = string_literal(text, i, c)?.1;
                prev_significant = b'a';
                continue;
            }
            // A `/` where a value may start opens a regex literal.
            b'/' if matches!(
                prev_significant,
                b'(' | b',' | b'=' | b'!' | b'&' | b'|' | b'['
            ) =>
            {
                i = regex_end(b, i)?;
                prev_significant = b'a';
                continue;
            }
            b'(' | b'[' => depth += 1,
            b')' => depth -= 1,
            b']' if depth == 0 => return Some(i),
            b']' => depth -= 1,
            b',' if depth == 0 => return Some(i),
            _ => {}
        }
        if !c.is_ascii_whitespace() {
            prev_significant = c;
        }
        i += 1;
    }
    None
}

/// The byte after a regex literal's flags, from its opening `/`.
fn regex_end(b: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    let mut class = false;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'[' => class = true,
            b']' => class = false,
            b'/' if !class => {
                i += 1;
                while i < b.len() && b[i].is_ascii_alphabetic() {
                    i += 1;
                }
                return Some(i);
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Compiles a JS regex literal body and flags (`i`, `m`, `s`, `u`, `g` are understood).
pub fn js_regex(body: &str, flags: &str) -> Result<fancy_regex::Regex, String> {
    let mut inline = String::new();
    for f in flags.chars() {
        match f {
            'i' | 'm' | 's' => inline.push(f),
            // Global and unicode do not change whether a string matches.
            'g' | 'u' | 'y' | 'd' => {}
            other => return Err(format!("unknown regex flag `{other}`")),
        }
    }
    let source = if inline.is_empty() {
        body.to_string()
    } else {
        format!("(?{inline}){body}")
    };
    fancy_regex::Regex::new(&source).map_err(|e| format!("invalid regex `{body}`: {e}"))
}

/// Parses a filter expression (without the `?`; outer parentheses are part of it).
pub fn parse(text: &str) -> Result<Expr, String> {
    let mut p = P {
        t: text,
        b: text.as_bytes(),
        i: 0,
    };
    let e = p.or()?;
    p.ws();
    if p.i < p.b.len() {
        return Err(format!("unexpected `{}`", &text[p.i..]));
    }
    Ok(e)
}

struct P<'a> {
    t: &'a str,
    b: &'a [u8],
    i: usize,
}

impl<'a> P<'a> {
    fn ws(&mut self) {
        while self.i < self.b.len() && self.b[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }

    fn eat(&mut self, s: &str) -> bool {
        self.ws();
        if self.t[self.i..].starts_with(s) {
            self.i += s.len();
            true
        } else {
            false
        }
    }

    fn or(&mut self) -> Result<Expr, String> {
        let mut l = self.and()?;
        while self.eat("||") {
            l = Expr::Or(Box::new(l), Box::new(self.and()?));
        }
        Ok(l)
    }

    fn and(&mut self) -> Result<Expr, String> {
        let mut l = self.compare()?;
        while self.eat("&&") {
            l = Expr::And(Box::new(l), Box::new(self.compare()?));
        }
        Ok(l)
    }

    fn compare(&mut self) -> Result<Expr, String> {
        let l = self.unary()?;
        self.ws();
        const OPS: [(&str, Op); 10] = [
            ("===", Op::Eq),
            ("!==", Op::Ne),
            ("==", Op::Eq),
            ("!=", Op::Ne),
            ("<=", Op::Le),
            (">=", Op::Ge),
            ("<", Op::Lt),
            (">", Op::Gt),
            ("in ", Op::In),
            ("in[", Op::In),
        ];
        for (s, op) in OPS {
            if self.t[self.i..].starts_with(s) {
                // `in[` keeps its bracket for the array literal.
                self.i += if s == "in[" { 2 } else { s.len() };
                let r = self.unary()?;
                return Ok(Expr::Compare(op, Box::new(l), Box::new(r)));
            }
        }
        Ok(l)
    }

    fn unary(&mut self) -> Result<Expr, String> {
        self.ws();
        if self.t[self.i..].starts_with('!') && !self.t[self.i..].starts_with("!=") {
            self.i += 1;
            return Ok(Expr::Not(Box::new(self.unary()?)));
        }
        if self.t[self.i..].starts_with("typeof ") || self.t[self.i..].starts_with("typeof(") {
            self.i += 6;
            return Ok(Expr::TypeOf(Box::new(self.unary()?)));
        }
        // `void 0`: JavaScript's spelling of `undefined`, which spectral:oas's givens use.
        if self.t[self.i..].starts_with("void ") || self.t[self.i..].starts_with("void(") {
            self.i += 4;
            self.unary()?;
            return Ok(Expr::Literal(Literal::Undefined));
        }
        let e = self.primary()?;
        self.postfix(e)
    }

    fn postfix(&mut self, mut e: Expr) -> Result<Expr, String> {
        loop {
            self.ws();
            if !self.t[self.i..].starts_with('.') {
                return Ok(e);
            }
            self.i += 1;
            let name = self.ident();
            let method = match name {
                "match" => Method::Match,
                "test" => Method::Test,
                "startsWith" => Method::StartsWith,
                "endsWith" => Method::EndsWith,
                "includes" => Method::Includes,
                "indexOf" => Method::IndexOf,
                "toLowerCase" => Method::Lower,
                "toUpperCase" => Method::Upper,
                "length" => {
                    e = Expr::Method(Box::new(e), Method::Length, Vec::new());
                    continue;
                }
                "" => return Err("expected a method name after `.`".into()),
                other => return Err(format!("unsupported method `{other}`")),
            };
            if !self.eat("(") {
                return Err(format!("expected `(` after `.{name}`"));
            }
            let mut args = Vec::new();
            if !self.eat(")") {
                loop {
                    args.push(self.or()?);
                    if self.eat(")") {
                        break;
                    }
                    if !self.eat(",") {
                        return Err("expected `,` or `)` in the arguments".into());
                    }
                }
            }
            e = Expr::Method(Box::new(e), method, args);
        }
    }

    fn ident(&mut self) -> &'a str {
        let t: &'a str = self.t;
        let start = self.i;
        while self.i < self.b.len()
            && (self.b[self.i].is_ascii_alphanumeric() || matches!(self.b[self.i], b'_' | b'$'))
        {
            self.i += 1;
        }
        &t[start..self.i]
    }

    fn primary(&mut self) -> Result<Expr, String> {
        self.ws();
        let Some(&c) = self.b.get(self.i) else {
            return Err("expected a value".into());
        };
        match c {
            b'(' => {
                self.i += 1;
                let e = self.or()?;
                if !self.eat(")") {
                    return Err("expected `)`".into());
                }
                Ok(e)
            }
            b'\'' | b'"' => {
                let (s, end) = string_literal(self.t, self.i, c).ok_or("unterminated string")?;
                self.i = end;
                Ok(Expr::Literal(Literal::String(s)))
            }
            b'/' => {
                let end = regex_end(self.b, self.i).ok_or("unterminated regex")?;
                let lit = &self.t[self.i + 1..end];
                let close = lit.rfind('/').ok_or("unterminated regex")?;
                let re = js_regex(&lit[..close], &lit[close + 1..])?;
                self.i = end;
                Ok(Expr::Regex(Arc::new(re)))
            }
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                if !self.eat("]") {
                    loop {
                        items.push(self.or()?);
                        if self.eat("]") {
                            break;
                        }
                        if !self.eat(",") {
                            return Err("expected `,` or `]` in the array".into());
                        }
                    }
                }
                Ok(Expr::Array(items))
            }
            b'@' => {
                self.i += 1;
                let word = self.ident();
                match word {
                    "property" => return Ok(Expr::Property),
                    "parentProperty" => return Ok(Expr::ParentProperty),
                    "path" => return Ok(Expr::PathText),
                    "" => {}
                    other => return Err(format!("unsupported `@{other}`")),
                }
                let mut members = Vec::new();
                loop {
                    if self.t[self.i..].starts_with('.') {
                        // A method call is not a member: leave it to `postfix`.
                        let save = self.i;
                        self.i += 1;
                        let name = self.ident().to_string();
                        let is_call = self.t[self.i..].trim_start().starts_with('(');
                        if name.is_empty() || is_call {
                            self.i = save;
                            break;
                        }
                        members.push(Member::Name(name));
                    } else if self.t[self.i..].starts_with('[') {
                        self.i += 1;
                        self.ws();
                        match self.b.get(self.i) {
                            Some(&q @ (b'\'' | b'"')) => {
                                let (s, end) = string_literal(self.t, self.i, q)
                                    .ok_or("unterminated string")?;
                                self.i = end;
                                members.push(Member::Name(s));
                            }
                            _ => {
                                let start = self.i;
                                if self.b.get(self.i) == Some(&b'-') {
                                    self.i += 1;
                                }
                                while self.b.get(self.i).is_some_and(u8::is_ascii_digit) {
                                    self.i += 1;
                                }
                                let n = self.t[start..self.i]
                                    .parse()
                                    .map_err(|_| "expected an index or a quoted name")?;
                                members.push(Member::Index(n));
                            }
                        }
                        if !self.eat("]") {
                            return Err("expected `]`".into());
                        }
                    } else {
                        break;
                    }
                }
                Ok(Expr::Current(members))
            }
            b'-' | b'0'..=b'9' => {
                let start = self.i;
                self.i += 1;
                while self
                    .b
                    .get(self.i)
                    .is_some_and(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E'))
                {
                    self.i += 1;
                }
                let n = self.t[start..self.i]
                    .parse()
                    .map_err(|_| format!("invalid number `{}`", &self.t[start..self.i]))?;
                Ok(Expr::Literal(Literal::Number(n)))
            }
            _ => match self.ident() {
                "true" => Ok(Expr::Literal(Literal::Bool(true))),
                "false" => Ok(Expr::Literal(Literal::Bool(false))),
                "null" => Ok(Expr::Literal(Literal::Null)),
                "undefined" => Ok(Expr::Literal(Literal::Undefined)),
                "" => Err(format!("unexpected `{}`", &self.t[self.i..])),
                other => Err(format!("unknown name `{other}`")),
            },
        }
    }
}

/// A value during evaluation.
#[derive(Debug, Clone)]
enum Val<'a> {
    Undefined,
    Null,
    Bool(bool),
    Number(f64),
    String(Cow<'a, str>),
    /// A mapping or sequence of the document.
    Node(&'a Node),
    Array(Vec<Val<'a>>),
    Regex(&'a fancy_regex::Regex),
}

/// What a filter sees of its candidate.
/// A candidate's name in its parent: a key, or an index (made text only when a filter reads
/// `@property`: most candidates of a `..` filter are list items no filter asks the name of).
#[derive(Debug, Clone, Copy)]
pub enum Name<'a> {
    /// A mapping key.
    Key(&'a str),
    /// A sequence index.
    Index(usize),
}

impl<'a> Name<'a> {
    fn text(self) -> Cow<'a, str> {
        match self {
            Name::Key(k) => Cow::Borrowed(k),
            Name::Index(i) => Cow::Owned(i.to_string()),
        }
    }
}

pub struct Candidate<'a, 'r> {
    /// The candidate node: its `$ref` target when the rule sees the resolved document
    /// (followed once by the walk, not on every `@.member` of the filter).
    pub node: &'a Node,
    /// Its name in its parent.
    pub property: Option<Name<'a>>,
    /// Its parent's name.
    pub parent_property: Option<Cow<'a, str>>,
    /// The path text, built only when `@path` is used.
    pub path: &'r dyn Fn() -> String,
    /// Follows a `$ref` when the rule sees the resolved document.
    pub deref: &'r dyn Fn(&'a Node) -> &'a Node,
}

impl Expr {
    /// Whether the filter holds for `c` (JS truthiness of the result).
    pub fn holds<'a>(&'a self, c: &Candidate<'a, '_>) -> bool {
        truthy(&self.eval(c))
    }

    fn eval<'a>(&'a self, c: &Candidate<'a, '_>) -> Val<'a> {
        match self {
            Expr::Or(a, b) => {
                let l = a.eval(c);
                if truthy(&l) { l } else { b.eval(c) }
            }
            Expr::And(a, b) => {
                let l = a.eval(c);
                if truthy(&l) { b.eval(c) } else { l }
            }
            Expr::Not(a) => Val::Bool(!truthy(&a.eval(c))),
            Expr::Compare(op, a, b) => Val::Bool(compare(*op, &a.eval(c), &b.eval(c))),
            Expr::Literal(l) => match l {
                Literal::Undefined => Val::Undefined,
                Literal::Null => Val::Null,
                Literal::Bool(b) => Val::Bool(*b),
                Literal::Number(n) => Val::Number(*n),
                Literal::String(s) => Val::String(Cow::Borrowed(s)),
            },
            Expr::Array(items) => Val::Array(items.iter().map(|e| e.eval(c)).collect()),
            Expr::Current(members) => {
                let mut node = c.node;
                for (i, m) in members.iter().enumerate() {
                    // `@.enum.constructor.name === 'Array'`: JavaScript's name of the kind of
                    // value (spectral:oas tells lists from other values so).
                    if let (Member::Name(n), Some(Member::Name(then))) = (m, members.get(i + 1))
                        && n == "constructor"
                        && then == "name"
                        && i + 2 == members.len()
                    {
                        return match &node.value {
                            Value::Seq(_) => Val::String(Cow::Borrowed("Array")),
                            Value::Map(_) => Val::String(Cow::Borrowed("Object")),
                            Value::String(_) => Val::String(Cow::Borrowed("String")),
                            Value::Bool(_) => Val::String(Cow::Borrowed("Boolean")),
                            Value::Null => Val::Undefined,
                            Value::Number(_) => Val::String(Cow::Borrowed("Number")),
                        };
                    }
                    let next = match (m, &node.value) {
                        (Member::Name(n), Value::Map(map)) => map.get(n.as_str()).map(|e| &e.node),
                        (Member::Name(n), Value::Seq(s)) if n == "length" => {
                            return Val::Number(s.len() as f64);
                        }
                        (Member::Name(n), Value::String(s)) if n == "length" => {
                            return Val::Number(s.chars().count() as f64);
                        }
                        (Member::Index(i), Value::Seq(s)) => index(s.len(), *i).map(|i| &s[i]),
                        _ => None,
                    };
                    match next {
                        Some(n) => node = (c.deref)(n),
                        None => return Val::Undefined,
                    }
                }
                of_node(node)
            }
            Expr::Property => c.property.map_or(Val::Undefined, |p| Val::String(p.text())),
            Expr::ParentProperty => c
                .parent_property
                .clone()
                .map_or(Val::Undefined, Val::String),
            Expr::PathText => Val::String(Cow::Owned((c.path)())),
            Expr::Regex(r) => Val::Regex(r),
            Expr::TypeOf(a) => Val::String(Cow::Borrowed(match a.eval(c) {
                Val::Undefined => "undefined",
                Val::Null | Val::Node(_) | Val::Array(_) | Val::Regex(_) => "object",
                Val::Bool(_) => "boolean",
                Val::Number(_) => "number",
                Val::String(_) => "string",
            })),
            Expr::Method(recv, method, args) => {
                let r = recv.eval(c);
                let arg = args.first().map(|a| a.eval(c)).unwrap_or(Val::Undefined);
                call(*method, r, arg)
            }
        }
    }
}

fn index(len: usize, i: i64) -> Option<usize> {
    let i = if i < 0 { len as i64 + i } else { i };
    usize::try_from(i).ok().filter(|&i| i < len)
}

fn of_node(node: &Node) -> Val<'_> {
    match &node.value {
        Value::Null => Val::Null,
        Value::Bool(b) => Val::Bool(*b),
        Value::Number(n) => Val::Number(n.as_f64().unwrap_or(f64::NAN)),
        Value::String(s) => Val::String(Cow::Borrowed(s)),
        Value::Seq(_) | Value::Map(_) => Val::Node(node),
    }
}

fn text<'v>(v: &'v Val<'_>) -> Option<Cow<'v, str>> {
    match v {
        Val::String(s) => Some(Cow::Borrowed(s)),
        Val::Number(n) => Some(Cow::Owned(number_text(*n))),
        Val::Bool(b) => Some(Cow::Borrowed(if *b { "true" } else { "false" })),
        _ => None,
    }
}

fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

fn call<'a>(method: Method, recv: Val<'a>, arg: Val<'a>) -> Val<'a> {
    match method {
        Method::Match | Method::Test => {
            let (re, subject) = match (method, &recv, &arg) {
                (Method::Match, _, Val::Regex(re)) => (*re, text(&recv)),
                (Method::Test, Val::Regex(re), _) => (*re, text(&arg)),
                // `s.match('text')` compiles the string as a regex in JS.
                (Method::Match, _, Val::String(s)) => {
                    let ok = fancy_regex::Regex::new(s)
                        .ok()
                        .zip(text(&recv))
                        .is_some_and(|(re, t)| re.is_match(&t).unwrap_or(false));
                    return Val::Bool(ok);
                }
                _ => return Val::Undefined,
            };
            Val::Bool(subject.is_some_and(|t| re.is_match(&t).unwrap_or(false)))
        }
        Method::StartsWith | Method::EndsWith => match (text(&recv), text(&arg)) {
            (Some(s), Some(x)) => Val::Bool(if method == Method::StartsWith {
                s.starts_with(&*x)
            } else {
                s.ends_with(&*x)
            }),
            _ => Val::Undefined,
        },
        Method::Includes | Method::IndexOf => {
            let position = match &recv {
                Val::Node(n) => n
                    .as_seq()
                    .and_then(|s| s.iter().position(|x| loose_eq(&of_node(x), &arg)))
                    .map(|i| i as f64),
                Val::Array(items) => items
                    .iter()
                    .position(|x| loose_eq(x, &arg))
                    .map(|i| i as f64),
                _ => match (text(&recv), text(&arg)) {
                    (Some(s), Some(x)) => s.find(&*x).map(|i| s[..i].chars().count() as f64),
                    _ => return Val::Undefined,
                },
            };
            if method == Method::Includes {
                Val::Bool(position.is_some())
            } else {
                Val::Number(position.unwrap_or(-1.0))
            }
        }
        Method::Lower | Method::Upper => match text(&recv) {
            Some(s) => Val::String(Cow::Owned(if method == Method::Lower {
                s.to_lowercase()
            } else {
                s.to_uppercase()
            })),
            None => Val::Undefined,
        },
        Method::Length => match &recv {
            Val::String(s) => Val::Number(s.chars().count() as f64),
            Val::Node(n) => n
                .as_seq()
                .map_or(Val::Undefined, |s| Val::Number(s.len() as f64)),
            Val::Array(a) => Val::Number(a.len() as f64),
            _ => Val::Undefined,
        },
    }
}

fn truthy(v: &Val<'_>) -> bool {
    match v {
        Val::Undefined | Val::Null => false,
        Val::Bool(b) => *b,
        Val::Number(n) => *n != 0.0 && !n.is_nan(),
        Val::String(s) => !s.is_empty(),
        Val::Node(_) | Val::Array(_) | Val::Regex(_) => true,
    }
}

fn loose_eq(a: &Val<'_>, b: &Val<'_>) -> bool {
    match (a, b) {
        (Val::Undefined | Val::Null, Val::Undefined | Val::Null) => {
            matches!(
                (a, b),
                (Val::Undefined, Val::Undefined) | (Val::Null, Val::Null)
            )
        }
        (Val::Bool(x), Val::Bool(y)) => x == y,
        (Val::Number(x), Val::Number(y)) => x == y,
        (Val::String(x), Val::String(y)) => x == y,
        // `@property === 200` compares a key (text) with a number, as rulesets mean it.
        (Val::String(s), Val::Number(n)) | (Val::Number(n), Val::String(s)) => {
            s.parse::<f64>().is_ok_and(|x| x == *n)
        }
        (Val::Node(x), Val::Node(y)) => std::ptr::eq(*x, *y),
        _ => false,
    }
}

fn number(v: &Val<'_>) -> Option<f64> {
    match v {
        Val::Number(n) => Some(*n),
        Val::String(s) => s.trim().parse().ok(),
        Val::Bool(b) => Some(f64::from(u8::from(*b))),
        Val::Null => Some(0.0),
        _ => None,
    }
}

fn compare(op: Op, a: &Val<'_>, b: &Val<'_>) -> bool {
    match op {
        Op::Eq => loose_eq(a, b),
        Op::Ne => !loose_eq(a, b),
        Op::In => match b {
            Val::Array(items) => items.iter().any(|x| loose_eq(a, x)),
            Val::Node(n) => match &n.value {
                Value::Seq(s) => s.iter().any(|x| loose_eq(a, &of_node(x))),
                Value::Map(m) => text(a).is_some_and(|k| m.get(&k).is_some()),
                _ => false,
            },
            _ => false,
        },
        _ => {
            let ord = match (a, b) {
                (Val::String(x), Val::String(y)) => Some(x.cmp(y)),
                _ => number(a)
                    .zip(number(b))
                    .and_then(|(x, y)| x.partial_cmp(&y)),
            };
            let Some(ord) = ord else { return false };
            match op {
                Op::Lt => ord.is_lt(),
                Op::Le => ord.is_le(),
                Op::Gt => ord.is_gt(),
                _ => ord.is_ge(),
            }
        }
    }
}
