//! `multipart/form-data` bodies (RFC 7578), encoded whole in memory: the client keeps every
//! body as bytes so that a hook can read it and a retry can send it again, which a streamed
//! form cannot do.

use super::wire::FileParts;
use serde::Serialize;
use serde_json::Value;
use std::borrow::Cow;

/// One part: a form field's name, what the part declares, and its content (a file's is
/// borrowed from the caller's form, not copied before the body is written).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Part<'a> {
    name: String,
    file_name: Option<String>,
    content_type: Option<String>,
    bytes: Cow<'a, [u8]>,
}

/// A `multipart/form-data` body being built, one form field at a time, in the order the
/// schema lists its properties.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Form<'a> {
    parts: Vec<Part<'a>>,
}

impl<'a> Form<'a> {
    /// An empty form.
    pub fn new() -> Self {
        Form::default()
    }

    /// Adds each of `files` as a part named `name` (none when the field is absent). A file
    /// without a name is declared with the field's as its `filename`: many servers take a
    /// part without one for a text field.
    pub fn files(&mut self, name: &str, files: &'a impl FileParts) {
        for f in files.files() {
            self.parts.push(Part {
                name: name.to_string(),
                file_name: Some(f.file_name.clone().unwrap_or_else(|| name.to_string())),
                content_type: Some(
                    f.content_type
                        .clone()
                        .unwrap_or_else(|| "application/octet-stream".to_string()),
                ),
                bytes: Cow::Borrowed(&f.bytes),
            });
        }
    }

    /// Adds `value` as OpenAPI's default encoding of a form property says: a string, number
    /// or boolean as a `text/plain` part; an array of them as one such part per item; an
    /// object, or an array holding one, as an `application/json` part; an absent or `null`
    /// value as no part.
    pub fn value<T: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
    ) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        let value = serde_json::to_value(value)?;
        let scalar = |v: &Value| !matches!(v, Value::Array(_) | Value::Object(_));
        match value {
            Value::Null => {}
            Value::Array(items) if items.iter().all(scalar) => {
                for item in items.iter().filter(|v| !v.is_null()) {
                    self.text(name, item);
                }
            }
            Value::Array(_) | Value::Object(_) => self.parts.push(Part {
                name: name.to_string(),
                file_name: None,
                content_type: Some("application/json".to_string()),
                bytes: Cow::Owned(value.to_string().into_bytes()),
            }),
            scalar => self.text(name, &scalar),
        }
        Ok(())
    }

    fn text(&mut self, name: &str, value: &Value) {
        let text = match value {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        self.parts.push(Part {
            name: name.to_string(),
            file_name: None,
            content_type: None,
            bytes: Cow::Owned(text.into_bytes()),
        });
    }

    /// The body and its content type (which names the boundary). The boundary is the first of
    /// `specforge-boundary-0`, `-1`, … that no part contains, so the same form always
    /// encodes the same way.
    pub fn encode(self) -> (String, Vec<u8>) {
        let total: usize = self.parts.iter().map(|p| p.bytes.len()).sum();
        // At most `total` candidates can occur in the parts, so one of these is free.
        let boundary = (0..=total)
            .map(|n| format!("specforge-boundary-{n}"))
            .find(|b| !self.parts.iter().any(|p| contains(&p.bytes, b.as_bytes())))
            .unwrap_or_default();
        let mut out = Vec::with_capacity(total + self.parts.len() * 128);
        for p in &self.parts {
            out.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
            let mut disposition = format!(
                "Content-Disposition: form-data; name=\"{}\"",
                quoted(&p.name)
            );
            if let Some(f) = &p.file_name {
                disposition.push_str(&format!("; filename=\"{}\"", quoted(f)));
            }
            out.extend_from_slice(disposition.as_bytes());
            out.extend_from_slice(b"\r\n");
            if let Some(t) = &p.content_type {
                // A media type is one header line: line breaks in it would start another.
                let t: String = t.chars().filter(|c| !c.is_control()).collect();
                out.extend_from_slice(format!("Content-Type: {t}\r\n").as_bytes());
            }
            out.extend_from_slice(b"\r\n");
            out.extend_from_slice(&p.bytes);
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        (format!("multipart/form-data; boundary={boundary}"), out)
    }
}

/// A name in a quoted `Content-Disposition` parameter, escaped as the HTML standard's form
/// encoding does: `"`, CR and LF percent-encoded, so a name cannot end the header.
fn quoted(s: &str) -> String {
    s.replace('"', "%22")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::super::wire::FilePart;
    use super::*;

    #[test]
    fn parts_in_order_with_their_default_encodings() {
        let mut form = Form::new();
        let file = FilePart::new(*b"\x00\x01").file_name("a.bin");
        form.files("file", &file);
        form.value("purpose", "fine-tune").unwrap();
        form.value("tags", &["a", "b"]).unwrap();
        form.value("meta", &serde_json::json!({"k": 1})).unwrap();
        form.value("none", &Option::<i32>::None).unwrap();
        form.value("n", &3).unwrap();
        let (ct, body) = form.encode();
        assert_eq!(ct, "multipart/form-data; boundary=specforge-boundary-0");
        let text = String::from_utf8_lossy(&body);
        let b = "--specforge-boundary-0\r\n";
        assert_eq!(
            text,
            format!(
                "{b}Content-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n\u{0}\u{1}\r\n\
                 {b}Content-Disposition: form-data; name=\"purpose\"\r\n\r\nfine-tune\r\n\
                 {b}Content-Disposition: form-data; name=\"tags\"\r\n\r\na\r\n\
                 {b}Content-Disposition: form-data; name=\"tags\"\r\n\r\nb\r\n\
                 {b}Content-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{{\"k\":1}}\r\n\
                 {b}Content-Disposition: form-data; name=\"n\"\r\n\r\n3\r\n\
                 --specforge-boundary-0--\r\n"
            )
        );
    }

    #[test]
    fn the_boundary_avoids_the_content_and_names_cannot_break_headers() {
        let mut form = Form::new();
        form.value(
            "x\"\r\nEvil: 1",
            "specforge-boundary-0 specforge-boundary-1",
        )
        .unwrap();
        let file = FilePart::new(b"x".to_vec())
            .file_name("a\".txt")
            .content_type("text/plain\r\nX-Evil: 1");
        form.files("f", &file);
        let (ct, body) = form.encode();
        assert!(ct.ends_with("boundary=specforge-boundary-2"), "{ct}");
        let text = String::from_utf8_lossy(&body);
        assert!(text.contains("name=\"x%22%0D%0AEvil: 1\""), "{text}");
        assert!(text.contains("filename=\"a%22.txt\""), "{text}");
        assert!(
            text.contains("Content-Type: text/plainX-Evil: 1\r\n"),
            "{text}"
        );
    }

    #[test]
    fn absent_files_send_no_part() {
        let mut form = Form::new();
        let (none, two) = (
            Option::<FilePart>::None,
            vec![FilePart::new(*b"1"), FilePart::new(*b"2")],
        );
        form.files("f", &none);
        form.files("g", &two);
        let (_, body) = form.encode();
        let text = String::from_utf8_lossy(&body);
        assert!(!text.contains("name=\"f\""));
        assert_eq!(text.matches("name=\"g\"; filename=\"g\"").count(), 2);
    }
}
