//! Examples from rendered docs pages: a curl request (method, URL, headers, JSON body) and the
//! JSON response sample that follows it.
//!
//! The curl command is split into words the way a POSIX shell would (quotes, `'\''`, line
//! continuations); the body's JSON is parsed with positions in the page, so a later finding
//! about `"GrantType"` in the body points at its line in the page.

use super::json;
use crate::diag::Diagnostic;
use crate::source::{FileId, Loc, Origin, SourceFile};
use crate::tree::Node;

/// A request/response example found on a docs page.
#[derive(Debug, Clone)]
pub struct DocsExample {
    /// Where the curl command starts.
    pub loc: Loc,
    /// Upper-case HTTP method (`GET` when curl would default to it, `POST` with a body).
    pub method: String,
    /// The URL as written (may contain `{param}` placeholders).
    pub url: String,
    /// Headers as (name, value), in order.
    pub headers: Vec<(String, String)>,
    /// The JSON request body, when there is one.
    pub body: Option<Node>,
    /// The JSON response sample after the command, when there is one.
    pub response: Option<Node>,
}

impl DocsExample {
    /// The path part of the URL: scheme, host and query removed.
    pub fn url_path(&self) -> &str {
        let rest = match self.url.find("://") {
            Some(i) => {
                let after = &self.url[i + 3..];
                after.find('/').map_or("/", |j| &after[j..])
            }
            None => self.url.as_str(),
        };
        rest.split(['?', '#']).next().unwrap_or(rest)
    }
}

/// A shell word with the position of its first character in the page.
struct Word {
    text: String,
    /// Location of the first character of the word's *content* (after an opening quote).
    content_loc: Loc,
}

/// Finds every `curl` command in the page and the response sample after each one.
pub fn find_examples(
    file: &SourceFile,
    id: FileId,
    warnings: &mut Vec<Diagnostic>,
) -> Vec<DocsExample> {
    let text = file.text();
    let mut out = Vec::new();
    let mut offset = 0;
    // Line starts, to turn byte offsets into positions.
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let pos = |byte: usize| -> Loc {
        let line = line_starts.partition_point(|&s| s <= byte);
        let start = line_starts[line - 1];
        Loc::new(
            id,
            line as u32,
            text[start..byte].chars().count() as u32 + 1,
        )
    };
    while let Some(found) = text[offset..].find("curl ") {
        let start = offset + found;
        let at_line_start = start == 0 || text[..start].ends_with('\n') || {
            let ls = line_starts[line_starts.partition_point(|&s| s <= start) - 1];
            text[ls..start].trim().is_empty() || text[ls..start].trim_end().ends_with('$')
        };
        if !at_line_start {
            offset = start + 5;
            continue;
        }
        let (words, end) = shell_words(text, start, &pos);
        offset = end.max(start + 5);
        if let Some(mut ex) = interpret(&words, pos(start), id, warnings) {
            ex.response = response_after(text, end, &pos, id);
            out.push(ex);
        }
    }
    out
}

/// Splits a shell command starting at byte `start` into words; returns them and the byte
/// offset where the command ends (an unquoted, unescaped newline).
fn shell_words(text: &str, start: usize, pos: &dyn Fn(usize) -> Loc) -> (Vec<Word>, usize) {
    let b = text.as_bytes();
    let mut i = start;
    let mut words = Vec::new();
    let mut cur: Option<Word> = None;
    let begin = |cur: &mut Option<Word>, at: usize| {
        if cur.is_none() {
            *cur = Some(Word {
                text: String::new(),
                content_loc: pos(at),
            });
        }
    };
    while i < b.len() {
        match b[i] {
            b'\n' => break,
            b' ' | b'\t' | b'\r' => {
                if let Some(w) = cur.take() {
                    words.push(w);
                }
                i += 1;
            }
            b'\\' if b.get(i + 1) == Some(&b'\n') => i += 2,
            b'\\' if b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n') => i += 3,
            b'\\' => {
                begin(&mut cur, i + 1);
                let ch = text[i + 1..].chars().next().unwrap_or('\\');
                cur.as_mut().expect("begun").text.push(ch);
                i += 1 + ch.len_utf8();
            }
            b'\'' => {
                begin(&mut cur, i + 1);
                let close = text[i + 1..].find('\'').map_or(b.len(), |j| i + 1 + j);
                cur.as_mut()
                    .expect("begun")
                    .text
                    .push_str(&text[i + 1..close]);
                i = close + 1;
            }
            b'"' => {
                begin(&mut cur, i + 1);
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    if b[i] == b'\\' && matches!(b.get(i + 1), Some(b'"' | b'\\' | b'$' | b'`')) {
                        i += 1;
                    }
                    let ch = text[i..].chars().next().expect("in bounds");
                    cur.as_mut().expect("begun").text.push(ch);
                    i += ch.len_utf8();
                }
                i += 1;
            }
            _ => {
                begin(&mut cur, i);
                let ch = text[i..].chars().next().expect("in bounds");
                cur.as_mut().expect("begun").text.push(ch);
                i += ch.len_utf8();
            }
        }
    }
    if let Some(w) = cur.take() {
        words.push(w);
    }
    (words, i.min(b.len()))
}

fn interpret(
    words: &[Word],
    loc: Loc,
    id: FileId,
    warnings: &mut Vec<Diagnostic>,
) -> Option<DocsExample> {
    let mut method = None;
    let mut url = None;
    let mut headers = Vec::new();
    let mut body = None;
    let mut it = words.iter().skip(1);
    while let Some(w) = it.next() {
        let (flag, inline) = match w.text.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (w.text.as_str(), None),
        };
        let mut arg = || -> Option<(String, Loc)> {
            match &inline {
                Some(v) => Some((v.clone(), w.content_loc)),
                None => it.next().map(|a| (a.text.clone(), a.content_loc)),
            }
        };
        match flag {
            "-X" | "--request" => method = arg().map(|a| a.0.to_ascii_uppercase()),
            "--url" => url = arg().map(|a| a.0),
            "-H" | "--header" => {
                if let Some((h, _)) = arg()
                    && let Some((k, v)) = h.split_once(':')
                {
                    headers.push((k.trim().to_string(), v.trim().to_string()));
                }
            }
            "-d" | "--data" | "--data-raw" | "--data-binary" | "--json" => {
                if let Some((text, at)) = arg() {
                    body = Some((text, at));
                }
            }
            f if !f.starts_with('-') && url.is_none() => url = Some(f.to_string()),
            _ => {}
        }
    }
    let url = url?;
    let body = body.and_then(|(text, at)| {
        let origin = Origin {
            file: id,
            line_offset: at.line - 1,
            first_col_offset: at.col - 1,
            indent: 0,
        };
        let trimmed = text.trim_start();
        if !(trimmed.starts_with('{') || trimmed.starts_with('[')) {
            return None;
        }
        // Positions after a `'\''` on the same line shift by three characters; keys on
        // later lines are exact.
        match json::parse(&text, origin, warnings) {
            Ok(n) => Some(n),
            Err(e) => {
                warnings.push(e);
                None
            }
        }
    });
    let method = method.unwrap_or_else(|| if body.is_some() { "POST" } else { "GET" }.to_string());
    Some(DocsExample {
        loc,
        method,
        url,
        headers,
        body,
        response: None,
    })
}

/// The first JSON value that starts a line after the command, before any other prose.
fn response_after(text: &str, end: usize, pos: &dyn Fn(usize) -> Loc, id: FileId) -> Option<Node> {
    let rest = &text[end..];
    let mut offset = end;
    for line in rest.split_inclusive('\n') {
        let t = line.trim();
        if t.starts_with('{') || t.starts_with('[') {
            let lead = line.len() - line.trim_start().len();
            let at = pos(offset + lead);
            let origin = Origin {
                file: id,
                line_offset: at.line - 1,
                first_col_offset: at.col - 1,
                indent: 0,
            };
            let mut w = Vec::new();
            return json::parse_prefix(&text[offset + lead..], origin, &mut w)
                .ok()
                .map(|(n, _)| n);
        }
        if !t.is_empty() {
            return None;
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    #[test]
    fn curl_with_quoted_escape_and_response() {
        let page = "x\ncurl --request PUT \\\n  --url https://h/api/v1/things/{id} \\\n  --header 'Authorization: <k>' \\\n  --data '{\n  \"a\": \"don'\\''t\",\n  \"b\": 1\n}'\n{\n  \"ok\": true\n}\n";
        let f = SourceFile::new("p".into(), "p".into(), page.into());
        let mut w = Vec::new();
        let ex = find_examples(&f, FileId(0), &mut w);
        assert_eq!(ex.len(), 1, "{w:?}");
        let e = &ex[0];
        assert_eq!(e.method, "PUT");
        assert_eq!(e.url_path(), "/api/v1/things/{id}");
        assert_eq!(e.headers, vec![("Authorization".into(), "<k>".into())]);
        let body = e.body.as_ref().unwrap();
        assert_eq!(body.get("a").unwrap().as_str(), Some("don't"));
        assert_eq!(body.key_loc("b").unwrap(), Loc::new(FileId(0), 7, 3));
        assert_eq!(e.response.as_ref().unwrap().loc, Loc::new(FileId(0), 9, 1));
    }
}
