//! Sequential media types (OpenAPI 3.2 "Sequential Media Types"): a body that is a series of
//! items, read one at a time as they arrive. The decoder here knows the framing only; the
//! client turns its records into typed items, the server writes items in the same framing.

use serde_json::{Map, Value};

/// How the items of a stream are framed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Framing {
    /// `text/event-stream`, each item the JSON in an event's `data` (how 3.1 documents
    /// describe event payloads with `schema`); `data: [DONE]` ends the stream.
    SseData,
    /// `text/event-stream`, each item the event itself: `{data, event, id, retry}` (3.2
    /// `itemSchema`).
    SseEvent,
    /// JSON Lines / NDJSON (`application/jsonl`, `application/x-ndjson`): one JSON value a line.
    JsonLines,
    /// JSON text sequences (`application/json-seq`, RFC 7464): records after `0x1E`.
    JsonSeq,
}

/// The largest record the decoder holds (an event, a line); a larger one is an error, so a
/// stream without separators cannot exhaust memory.
pub const MAX_RECORD: usize = 16 * 1024 * 1024;

/// One record of a stream, or why it is not one.
#[derive(Debug, Clone, PartialEq)]
pub enum Record {
    /// A value (for [`Framing::SseData`], JSON or a string when `data` is not JSON).
    Value(Value),
    /// The record as received, which does not parse, and why.
    Invalid(Vec<u8>, String),
}

/// Splits bytes, fed as they arrive, into records.
#[derive(Debug)]
pub struct Decoder {
    framing: Framing,
    buf: Vec<u8>,
    /// Where the scan for the next separator resumes.
    scanned: usize,
    /// The event being assembled (SSE).
    event: Event,
    /// `data: [DONE]` was seen.
    done: bool,
}

#[derive(Debug, Default)]
struct Event {
    data: Option<String>,
    event: Option<String>,
    id: Option<String>,
    retry: Option<u64>,
}

impl Decoder {
    /// A decoder for `framing`.
    pub fn new(framing: Framing) -> Self {
        Decoder {
            framing,
            buf: Vec::new(),
            scanned: 0,
            event: Event::default(),
            done: false,
        }
    }

    /// Adds received bytes.
    pub fn push(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    /// Whether the stream said it is over (`data: [DONE]`).
    pub fn is_done(&self) -> bool {
        self.done
    }

    /// Whether more bytes than [`MAX_RECORD`] wait without a separator.
    pub fn overflowed(&self) -> bool {
        self.buf.len() > MAX_RECORD
    }

    /// The next complete record, if the bytes so far hold one. With `eof`, what is left is
    /// the last record (an unterminated line; an SSE event without its blank line is
    /// dropped, as the SSE specification says).
    pub fn next(&mut self, eof: bool) -> Option<Record> {
        while !self.done {
            let line = self.take_line(eof)?;
            match self.framing {
                Framing::JsonLines | Framing::JsonSeq => {
                    let text = trim(&line);
                    if text.is_empty() {
                        continue;
                    }
                    return Some(parse(text));
                }
                Framing::SseData | Framing::SseEvent => {
                    if let Some(r) = self.sse_line(&line) {
                        return Some(r);
                    }
                }
            }
        }
        None
    }

    /// The next line (or JSON-seq record), without its terminator.
    fn take_line(&mut self, eof: bool) -> Option<Vec<u8>> {
        let sep: &[u8] = if self.framing == Framing::JsonSeq {
            b"\x1e"
        } else {
            b"\n"
        };
        let found = self.buf[self.scanned..]
            .iter()
            .position(|b| sep.contains(b))
            .map(|i| i + self.scanned);
        match found {
            Some(i) => {
                let mut line: Vec<u8> = self.buf.drain(..=i).collect();
                line.pop();
                self.scanned = 0;
                if line.last() == Some(&b'\r') {
                    line.pop();
                }
                Some(line)
            }
            None if eof && !self.buf.is_empty() => {
                self.scanned = 0;
                let line = std::mem::take(&mut self.buf);
                // The last line of an event stream without a blank line after it ends an
                // incomplete event: a line of its own, then the end.
                Some(line)
            }
            None => {
                self.scanned = self.buf.len();
                None
            }
        }
    }

    /// One line of an event stream (WHATWG HTML "Interpreting an event stream"); a record
    /// when the line is the blank one that dispatches an event.
    fn sse_line(&mut self, line: &[u8]) -> Option<Record> {
        let line = String::from_utf8_lossy(line);
        if line.is_empty() {
            let event = std::mem::take(&mut self.event);
            let data = event.data?;
            if self.framing == Framing::SseData {
                if data.trim() == "[DONE]" {
                    self.done = true;
                    return None;
                }
                return Some(match serde_json::from_str(&data) {
                    Ok(v) => Record::Value(v),
                    Err(_) => Record::Value(Value::String(data)),
                });
            }
            let mut m = Map::new();
            m.insert("data".into(), Value::String(data));
            if let Some(e) = event.event {
                m.insert("event".into(), Value::String(e));
            }
            if let Some(id) = event.id {
                m.insert("id".into(), Value::String(id));
            }
            if let Some(r) = event.retry {
                m.insert("retry".into(), Value::from(r));
            }
            return Some(Record::Value(Value::Object(m)));
        }
        if line.starts_with(':') {
            return None; // a comment
        }
        let (field, value) = match line.split_once(':') {
            Some((f, v)) => (f, v.strip_prefix(' ').unwrap_or(v)),
            None => (line.as_ref(), ""),
        };
        match field {
            "data" => match &mut self.event.data {
                Some(d) => {
                    d.push('\n');
                    d.push_str(value);
                }
                None => self.event.data = Some(value.to_string()),
            },
            "event" => self.event.event = Some(value.to_string()),
            "id" if !value.contains('\0') => self.event.id = Some(value.to_string()),
            "retry" => {
                if let Ok(n) = value.parse() {
                    self.event.retry = Some(n);
                }
            }
            _ => {} // unknown fields are ignored
        }
        None
    }
}

fn trim(b: &[u8]) -> &[u8] {
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map_or(start, |i| i + 1);
    &b[start..end]
}

fn parse(text: &[u8]) -> Record {
    match serde_json::from_slice(text) {
        Ok(v) => Record::Value(v),
        Err(e) => Record::Invalid(text.to_vec(), e.to_string()),
    }
}

/// One item written in `framing`: an SSE event (`data:` lines, and for
/// [`Framing::SseEvent`] its `event`, `id` and `retry`), a JSON line, or a JSON-seq record.
pub fn encode(framing: Framing, item: &Value) -> Vec<u8> {
    let mut out = Vec::new();
    match framing {
        Framing::JsonLines => {
            out.extend_from_slice(item.to_string().as_bytes());
            out.push(b'\n');
        }
        Framing::JsonSeq => {
            out.push(0x1e);
            out.extend_from_slice(item.to_string().as_bytes());
            out.push(b'\n');
        }
        Framing::SseData => {
            data_lines(&mut out, &item.to_string());
            out.push(b'\n');
        }
        Framing::SseEvent => {
            let field = |name: &str| item.get(name);
            for name in ["event", "id"] {
                if let Some(v) = field(name).and_then(Value::as_str) {
                    // A field value cannot hold a line break.
                    let v = v.replace(['\r', '\n'], " ");
                    out.extend_from_slice(format!("{name}: {v}\n").as_bytes());
                }
            }
            if let Some(r) = field("retry").and_then(Value::as_u64) {
                out.extend_from_slice(format!("retry: {r}\n").as_bytes());
            }
            let data = match field("data") {
                Some(Value::String(s)) => s.clone(),
                Some(other) => other.to_string(),
                None => String::new(),
            };
            data_lines(&mut out, &data);
            out.push(b'\n');
        }
    }
    out
}

fn data_lines(out: &mut Vec<u8>, data: &str) {
    for line in data.split('\n') {
        out.extend_from_slice(b"data: ");
        out.extend_from_slice(line.trim_end_matches('\r').as_bytes());
        out.push(b'\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn all(framing: Framing, chunks: &[&[u8]]) -> Vec<Record> {
        let mut d = Decoder::new(framing);
        let mut out = Vec::new();
        for c in chunks {
            d.push(c);
            while let Some(r) = d.next(false) {
                out.push(r);
            }
        }
        while let Some(r) = d.next(true) {
            out.push(r);
        }
        out
    }

    #[test]
    fn the_specifications_event_stream_example() {
        // OpenAPI 3.2.0, "Server-Sent Event Streams": split anywhere, read the same.
        let text = b"event: addString\ndata: This data is formatted\ndata: across two lines\nretry: 5\n\nevent: addInt64\ndata: 1234.5678\nunknownField: this is ignored\n\n: This is a comment\nevent: addJSON\ndata: {\"foo\": 42}\n\n";
        let want = vec![
            Record::Value(
                json!({"event": "addString", "data": "This data is formatted\nacross two lines", "retry": 5}),
            ),
            Record::Value(json!({"event": "addInt64", "data": "1234.5678"})),
            Record::Value(json!({"event": "addJSON", "data": "{\"foo\": 42}"})),
        ];
        assert_eq!(all(Framing::SseEvent, &[text]), want);
        for cut in [1, 7, 30, 61, 100] {
            assert_eq!(
                all(Framing::SseEvent, &[&text[..cut], &text[cut..]]),
                want,
                "cut at {cut}"
            );
        }
    }

    #[test]
    fn event_payloads_end_at_done() {
        let text = b"data: {\"n\":1}\r\n\r\n: keep-alive\n\ndata: {\"n\":2}\n\ndata: [DONE]\n\ndata: {\"n\":3}\n\n";
        assert_eq!(
            all(Framing::SseData, &[text]),
            vec![
                Record::Value(json!({"n": 1})),
                Record::Value(json!({"n": 2}))
            ]
        );
    }

    #[test]
    fn json_lines_and_sequences() {
        assert_eq!(
            all(Framing::JsonLines, &[b"{\"a\":1}\n\n{\"a\"", b":2}\r\n[3]"]),
            vec![
                Record::Value(json!({"a": 1})),
                Record::Value(json!({"a": 2})),
                Record::Value(json!([3]))
            ]
        );
        let bad = all(Framing::JsonLines, &[b"{oops\n"]);
        assert!(matches!(&bad[..], [Record::Invalid(b, _)] if b == b"{oops"));
        assert_eq!(
            all(Framing::JsonSeq, &[b"\x1e{\"a\":1}\n\x1e2\n"]),
            vec![Record::Value(json!({"a": 1})), Record::Value(json!(2))]
        );
    }

    #[test]
    fn what_is_written_reads_back() {
        let items = [json!({"a": "x\ny"}), json!(2), json!("text")];
        for framing in [Framing::SseData, Framing::JsonLines, Framing::JsonSeq] {
            let bytes: Vec<u8> = items.iter().flat_map(|i| encode(framing, i)).collect();
            let got = all(framing, &[&bytes]);
            let want: Vec<Record> = items.iter().cloned().map(Record::Value).collect();
            assert_eq!(got, want, "{framing:?}");
        }
        let event = json!({"event": "tick", "id": "7", "retry": 10, "data": "one\ntwo"});
        assert_eq!(
            all(Framing::SseEvent, &[&encode(Framing::SseEvent, &event)]),
            vec![Record::Value(event)]
        );
    }
}
