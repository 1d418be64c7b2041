//! JSON text → located [`Node`] tree.
//!
//! A small strict RFC 8259 parser that tracks line and character column as it goes, keeps
//! number text, reports duplicate keys and refuses nesting deeper than [`MAX_DEPTH`].
//! serde_json gives no node positions; going through the YAML parser works but is ~5× slower.

use super::codes;
use super::limits::MAX_DEPTH;
use crate::diag::Diagnostic;
use crate::source::{Loc, Origin};
use crate::tree::{Entry, Key, Map, Node, Number, Value};

struct Cursor<'a> {
    b: &'a [u8],
    s: &'a str,
    pos: usize,
    line: usize,
    /// 0-based character column of `pos`.
    col: usize,
    origin: Origin,
}

/// Parses `text` as one JSON value (surrounding whitespace allowed).
pub fn parse(
    text: &str,
    origin: Origin,
    warnings: &mut Vec<Diagnostic>,
) -> Result<Node, Diagnostic> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut c = Cursor::new(text, origin);
    c.ws();
    let node = c.value(0, warnings)?;
    c.ws();
    if c.pos < c.b.len() {
        return Err(c.err(
            "unexpected text after the JSON value",
            "expected end of input",
        ));
    }
    Ok(node)
}

/// Parses a JSON value at the start of `text` and returns it with the number of bytes used.
/// Used for MDX front matter, where the JSON ends the line.
pub fn parse_prefix(
    text: &str,
    origin: Origin,
    warnings: &mut Vec<Diagnostic>,
) -> Result<(Node, usize), Diagnostic> {
    let mut c = Cursor::new(text, origin);
    c.ws();
    let node = c.value(0, warnings)?;
    Ok((node, c.pos))
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str, origin: Origin) -> Self {
        Cursor {
            b: text.as_bytes(),
            s: text,
            pos: 0,
            line: 1,
            col: 0,
            origin,
        }
    }

    fn loc(&self) -> Loc {
        self.origin.map(self.line, self.col)
    }

    fn err(&self, message: &str, label: &str) -> Diagnostic {
        let found = match self.b.get(self.pos) {
            None => "end of input".to_string(),
            Some(_) => {
                let ch = self.s[self.pos..].chars().next().unwrap_or(' ');
                format!("`{ch}`")
            }
        };
        codes::SYNTAX
            .diag(format!("malformed JSON: {message}, found {found}"))
            .at(self.loc(), label)
    }

    #[inline]
    fn bump(&mut self) {
        let b = self.b[self.pos];
        self.pos += 1;
        if b == b'\n' {
            self.line += 1;
            self.col = 0;
        } else if b & 0xC0 != 0x80 {
            self.col += 1;
        }
    }

    fn ws(&mut self) {
        while let Some(&b) = self.b.get(self.pos) {
            match b {
                b' ' | b'\t' | b'\r' => {
                    self.pos += 1;
                    self.col += 1;
                }
                b'\n' => {
                    self.pos += 1;
                    self.line += 1;
                    self.col = 0;
                }
                _ => break,
            }
        }
    }

    fn expect_lit(&mut self, lit: &str, v: Value) -> Result<Value, Diagnostic> {
        if self.b[self.pos..].starts_with(lit.as_bytes()) {
            for _ in 0..lit.len() {
                self.bump();
            }
            Ok(v)
        } else {
            Err(self.err("expected a JSON value", "here"))
        }
    }

    fn value(&mut self, depth: usize, w: &mut Vec<Diagnostic>) -> Result<Node, Diagnostic> {
        let loc = self.loc();
        let value = match self.b.get(self.pos) {
            None => return Err(self.err("expected a JSON value", "here")),
            Some(b'{') => {
                self.depth_check(depth)?;
                self.object(depth, w)?
            }
            Some(b'[') => {
                self.depth_check(depth)?;
                self.array(depth, w)?
            }
            Some(b'"') => Value::String(self.string()?),
            Some(b't') => self.expect_lit("true", Value::Bool(true))?,
            Some(b'f') => self.expect_lit("false", Value::Bool(false))?,
            Some(b'n') => self.expect_lit("null", Value::Null)?,
            Some(b'-' | b'0'..=b'9') => Value::Number(self.number()?),
            Some(_) => return Err(self.err("expected a JSON value", "here")),
        };
        Ok(Node::new(loc, value))
    }

    fn depth_check(&self, depth: usize) -> Result<(), Diagnostic> {
        if depth >= MAX_DEPTH {
            return Err(codes::SYNTAX
                .diag(format!("document nests deeper than {MAX_DEPTH} levels"))
                .at(self.loc(), "too deep here"));
        }
        Ok(())
    }

    fn object(&mut self, depth: usize, w: &mut Vec<Diagnostic>) -> Result<Value, Diagnostic> {
        self.bump(); // {
        let mut map = Map::default();
        self.ws();
        if self.b.get(self.pos) == Some(&b'}') {
            self.bump();
            return Ok(Value::finished_map(map));
        }
        loop {
            self.ws();
            if self.b.get(self.pos) != Some(&b'"') {
                return Err(self.err("expected a string key", "object key expected here"));
            }
            let key_loc = self.loc();
            let key = self.string()?;
            self.ws();
            if self.b.get(self.pos) != Some(&b':') {
                return Err(self.err("expected `:` after an object key", "here"));
            }
            self.bump();
            self.ws();
            let node = self.value(depth + 1, w)?;
            if let Some(prev) = map.get(&key) {
                w.push(
                    codes::DUPLICATE_KEY
                        .diag(format!("duplicate key `{key}`; the later value is used"))
                        .at(key_loc, "repeated here")
                        .also(prev.key_loc, "first defined here"),
                );
            }
            map.insert(key, Entry { key_loc, node });
            self.ws();
            match self.b.get(self.pos) {
                Some(b',') => self.bump(),
                Some(b'}') => {
                    self.bump();
                    return Ok(Value::finished_map(map));
                }
                _ => return Err(self.err("expected `,` or `}` after an object member", "here")),
            }
        }
    }

    fn array(&mut self, depth: usize, w: &mut Vec<Diagnostic>) -> Result<Value, Diagnostic> {
        self.bump(); // [
        let mut items = Vec::new();
        self.ws();
        if self.b.get(self.pos) == Some(&b']') {
            self.bump();
            return Ok(Value::finished_seq(items));
        }
        loop {
            self.ws();
            items.push(self.value(depth + 1, w)?);
            self.ws();
            match self.b.get(self.pos) {
                Some(b',') => self.bump(),
                Some(b']') => {
                    self.bump();
                    return Ok(Value::finished_seq(items));
                }
                _ => return Err(self.err("expected `,` or `]` after an array element", "here")),
            }
        }
    }

    fn string(&mut self) -> Result<Key, Diagnostic> {
        self.bump(); // opening quote
        let mut out = Key::default();
        loop {
            // Copy the run of plain bytes in one go.
            let start = self.pos;
            while let Some(&b) = self.b.get(self.pos) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
                if b & 0xC0 != 0x80 {
                    self.col += 1;
                }
            }
            out.push_str(&self.s[start..self.pos]);
            match self.b.get(self.pos) {
                Some(b'"') => {
                    self.bump();
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.bump();
                    let Some(&e) = self.b.get(self.pos) else {
                        return Err(self.err("unterminated string", "string ends here"));
                    };
                    self.bump();
                    match e {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let hi = self.hex4()?;
                            let ch = if (0xD800..0xDC00).contains(&hi) {
                                if self.b[self.pos..].starts_with(b"\\u") {
                                    self.bump();
                                    self.bump();
                                    let lo = self.hex4()?;
                                    if (0xDC00..0xE000).contains(&lo) {
                                        char::from_u32(
                                            0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00),
                                        )
                                    } else {
                                        None
                                    }
                                } else {
                                    None
                                }
                            } else {
                                char::from_u32(hi)
                            };
                            // A lone surrogate cannot be kept in a Rust string; U+FFFD marks it.
                            out.push(ch.unwrap_or('\u{fffd}'));
                        }
                        _ => {
                            return Err(
                                self.err("invalid escape in string", "after this backslash")
                            );
                        }
                    }
                }
                Some(_) => {
                    return Err(self.err(
                        "control character in string (must be escaped)",
                        "raw control character",
                    ));
                }
                None => return Err(self.err("unterminated string", "string ends here")),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, Diagnostic> {
        let h = self
            .s
            .get(self.pos..self.pos + 4)
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .ok_or_else(|| self.err("expected 4 hex digits after \\u", "here"))?;
        for _ in 0..4 {
            self.bump();
        }
        Ok(h)
    }

    fn number(&mut self) -> Result<Number, Diagnostic> {
        let start = self.pos;
        let digits = |c: &mut Self| {
            let s = c.pos;
            while c.b.get(c.pos).is_some_and(u8::is_ascii_digit) {
                c.bump();
            }
            c.pos - s
        };
        if self.b[self.pos] == b'-' {
            self.bump();
        }
        if digits(self) == 0 {
            return Err(self.err("expected digits in number", "here"));
        }
        if self.b.get(self.pos) == Some(&b'.') {
            self.bump();
            if digits(self) == 0 {
                return Err(self.err("expected digits after `.`", "here"));
            }
        }
        if matches!(self.b.get(self.pos), Some(b'e' | b'E')) {
            self.bump();
            if matches!(self.b.get(self.pos), Some(b'+' | b'-')) {
                self.bump();
            }
            if digits(self) == 0 {
                return Err(self.err("expected exponent digits", "here"));
            }
        }
        Ok(Number::from_text(&self.s[start..self.pos]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FileId;

    fn p(s: &str) -> Result<Node, Diagnostic> {
        parse(s, Origin::whole(FileId(0)), &mut Vec::new())
    }

    #[test]
    fn parses_and_locates() {
        let n = p("{\n  \"a\": [1, \"é\", {\"b\": null}],\n  \"c\": 1.10\n}").unwrap();
        assert_eq!(n.key_loc("a").unwrap(), Loc::new(FileId(0), 2, 3));
        assert_eq!(n.pointer("/a/2/b").unwrap().loc, Loc::new(FileId(0), 2, 23));
        assert_eq!(n.get("c").unwrap().as_text(), Some("1.10"));
    }

    #[test]
    fn columns_count_characters() {
        let n = p("{\"é😀\": 1, \"x\": 2}").unwrap();
        assert_eq!(n.key_loc("x").unwrap().col, 11);
    }

    #[test]
    fn errors_are_located() {
        let e = p("{\n  \"a\": 1,\n  \"b\" 2\n}").unwrap_err();
        let loc = e.primary.unwrap().loc;
        assert_eq!((loc.line, loc.col), (3, 7));
        assert!(e.message.contains("expected `:`"), "{}", e.message);
    }

    #[test]
    fn surrogates_and_escapes() {
        let n = p(r#""a\"\u00e9\ud83d\ude00\n""#).unwrap();
        assert_eq!(n.as_str(), Some("a\"é😀\n"));
    }

    #[test]
    fn hostile_depth() {
        let s = "[".repeat(10_000) + &"]".repeat(10_000);
        assert!(p(&s).unwrap_err().message.contains("deeper"));
    }
}
