//! The JSONPath parser: path syntax here, filter expressions in [`super::filter`].

use super::filter;
use super::{Path, Selector, Step};

/// Compiles `text`; the error says what is wrong and at which character.
pub fn parse(text: &str) -> Result<Path, String> {
    let mut p = Parser {
        s: text.as_bytes(),
        text,
        pos: 0,
    };
    p.path()
}

struct Parser<'a> {
    s: &'a [u8],
    text: &'a str,
    pos: usize,
}

impl Parser<'_> {
    fn err<T>(&self, what: &str) -> Result<T, String> {
        Err(format!(
            "invalid JSONPath `{}`: {what} at character {}",
            self.text,
            self.pos + 1
        ))
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn path(&mut self) -> Result<Path, String> {
        if self.peek() != Some(b'$') {
            return self.err("a path starts with `$`");
        }
        self.pos += 1;
        let mut steps = Vec::new();
        let mut keys = false;
        while let Some(c) = self.peek() {
            if keys {
                return self.err("`~` ends a path");
            }
            match c {
                b'~' => {
                    self.pos += 1;
                    keys = true;
                }
                b'.' if self.s.get(self.pos + 1) == Some(&b'.') => {
                    self.pos += 2;
                    let selectors = match self.peek() {
                        Some(b'[') => self.bracket()?,
                        // `$..~` is not a form rulesets use; `$..` alone selects everything.
                        None | Some(b'~') => vec![Selector::Wildcard],
                        _ => vec![self.dot_member()?],
                    };
                    steps.push(Step {
                        descendant: true,
                        selectors,
                    });
                }
                b'.' => {
                    self.pos += 1;
                    let selector = self.dot_member()?;
                    steps.push(Step {
                        descendant: false,
                        selectors: vec![selector],
                    });
                }
                b'[' => {
                    let selectors = self.bracket()?;
                    steps.push(Step {
                        descendant: false,
                        selectors,
                    });
                }
                b' ' | b'\t' | b'\n' | b'\r' => return self.err("unexpected whitespace"),
                _ => return self.err("expected `.`, `..`, `[` or `~`"),
            }
        }
        Ok(Path { steps, keys })
    }

    /// A member after `.`: `*` or a name (anything up to the next `.`, `[` or `~`).
    fn dot_member(&mut self) -> Result<Selector, String> {
        if self.peek() == Some(b'*') {
            self.pos += 1;
            return Ok(Selector::Wildcard);
        }
        let start = self.pos;
        while let Some(c) = self.peek() {
            if matches!(c, b'.' | b'[' | b'~' | b' ' | b']' | b'(' | b')') {
                break;
            }
            self.pos += 1;
        }
        if self.pos == start {
            return self.err("expected a member name");
        }
        Ok(Selector::Name(self.text[start..self.pos].to_string()))
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// `[ selector, ... ]`.
    fn bracket(&mut self) -> Result<Vec<Selector>, String> {
        self.pos += 1;
        let mut out = Vec::new();
        loop {
            self.skip_ws();
            out.push(self.selector()?);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(out);
                }
                _ => return self.err("expected `,` or `]`"),
            }
        }
    }

    fn selector(&mut self) -> Result<Selector, String> {
        match self.peek() {
            Some(b'*') => {
                self.pos += 1;
                Ok(Selector::Wildcard)
            }
            Some(q @ (b'\'' | b'"')) => {
                let (s, end) = filter::string_literal(self.text, self.pos, q)
                    .ok_or_else(|| format!("invalid JSONPath `{}`: unterminated string", self.text))?;
                self.pos = end;
                Ok(Selector::Name(s))
            }
            Some(b'?') => {
                self.pos += 1;
                self.skip_ws();
                // `?(expr)` (JSONPath-Plus) or `?expr` (RFC 9535): the expression runs to the
                // `]` or `,` that closes the selector, outside strings, regexes and brackets.
                let start = self.pos;
                let end = filter::expression_end(self.text, start).ok_or_else(|| {
                    format!(
                        "invalid JSONPath `{}`: unterminated filter at character {}",
                        self.text,
                        start + 1
                    )
                })?;
                let expr = filter::parse(&self.text[start..end]).map_err(|e| {
                    format!("invalid JSONPath `{}`: in the filter, {e}", self.text)
                })?;
                self.pos = end;
                Ok(Selector::Filter(expr))
            }
            Some(b'(') => self.err("script expressions `(...)` are not supported"),
            Some(c) if c == b'-' || c == b':' || c.is_ascii_digit() => self.index_or_slice(),
            Some(_) => {
                // JSONPath-Plus's bare names in a union: `[get,put]`.
                let start = self.pos;
                while let Some(c) = self.peek() {
                    if matches!(c, b',' | b']' | b'[') {
                        break;
                    }
                    self.pos += 1;
                }
                let name = self.text[start..self.pos].trim();
                if name.is_empty() {
                    return self.err("expected a selector");
                }
                Ok(Selector::Name(name.to_string()))
            }
            None => self.err("unterminated `[`"),
        }
    }

    fn int(&mut self) -> Result<Option<i64>, String> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
        }
        if self.pos == start {
            return Ok(None);
        }
        match self.text[start..self.pos].parse() {
            Ok(n) => Ok(Some(n)),
            Err(_) => self.err("invalid integer"),
        }
    }

    fn index_or_slice(&mut self) -> Result<Selector, String> {
        let first = self.int()?;
        self.skip_ws();
        if self.peek() != Some(b':') {
            return match first {
                Some(i) => Ok(Selector::Index(i)),
                None => self.err("expected an index"),
            };
        }
        self.pos += 1;
        self.skip_ws();
        let end = self.int()?;
        self.skip_ws();
        let step = if self.peek() == Some(b':') {
            self.pos += 1;
            self.skip_ws();
            self.int()?
        } else {
            None
        };
        if step == Some(0) {
            return self.err("a slice step cannot be 0");
        }
        Ok(Selector::Slice(first, end, step))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_forms_rulesets_use() {
        for given in [
            "$",
            "$.info",
            "$.info.contact",
            "$.paths[*][*]",
            "$.paths.*[get,put,post,delete,options,head,patch,trace]",
            "$..[?(@.type)]",
            "$..parameters[?(@.in == 'header')].name",
            "$.paths[*]~",
            "$.paths.*~",
            "$..properties[*]~",
            "$.components.schemas[*]",
            "$..[?(@property === 'description')]",
            "$..[?(@ && @.enum && @.type)]",
            "$.paths[*][?(@property === 'get' || @property === 'put')]",
            "$..responses[?(@property >= 400 && @property < 600)]",
            "$.paths[*][*].responses[?(@property.match(/^2/))]",
            "$..['x-extension']",
            "$.servers[0].url",
            "$.tags[-1:]",
            "$..schema",
            "$..*",
            "$..[?(!@.description)]",
            "$..[?(@.type === 'object' && !@.additionalProperties)]",
            "$.paths[*][*].parameters[?(@.in === 'query')].name",
            "$..[?(@.$ref)]",
            "$.paths[?(!@property.match(/^\\/[a-z]/))]",
            "$..[?(typeof @.example !== 'undefined')]",
        ] {
            parse(given).unwrap_or_else(|e| panic!("{given}: {e}"));
        }
    }

    #[test]
    fn rejects_malformed_paths() {
        for bad in ["info", "$.paths[", "$.[?(@.a ==)]", "$..[?(@.a", "$.a~.b", "$[1:2:0]"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn unions_and_keys() {
        let p = parse("$.paths.*[get,'put']~").unwrap();
        assert!(p.keys);
        assert_eq!(
            p.steps[1].selectors,
            vec![Selector::Name("get".into()), Selector::Name("put".into())]
        );
    }
}
