//! The error a generated client returns.

use reqwest::header::HeaderMap;
use std::fmt;

/// What can go wrong calling an operation. `E` is the API's own error body type (Tyk's
/// `OnlyErrors`, Telnyx's `oauth_Error`, …), decoded for every documented error status.
pub enum Error<E> {
    /// The request could not be built (a parameter or body that does not serialise, a base
    /// URL that does not parse); nothing was sent.
    InvalidRequest(Box<dyn std::error::Error + Send + Sync>),
    /// The request never got an HTTP response (connection, TLS, timeout).
    Transport(Box<dyn std::error::Error + Send + Sync>),
    /// A hook of the client refused the request or the response (see `client::Hook`).
    Hook(Box<dyn std::error::Error + Send + Sync>),
    /// A documented error status, with its decoded body.
    Api {
        /// The HTTP status.
        status: u16,
        /// The response headers (`Retry-After`, rate limits, a request id); boxed, as they
        /// are read only on this path and would make every `Result` of a call larger.
        headers: Box<HeaderMap>,
        /// The decoded error body.
        body: E,
    },
    /// A status the spec does not document; the raw body is kept.
    UnexpectedStatus {
        /// The HTTP status.
        status: u16,
        /// The response headers.
        headers: Box<HeaderMap>,
        /// The raw body.
        body: Vec<u8>,
    },
    /// A documented status whose body does not match its schema; the raw body is kept.
    InvalidBody {
        /// The HTTP status.
        status: u16,
        /// The response headers (for an item of a stream, the stream's).
        headers: Box<HeaderMap>,
        /// The raw body.
        body: Vec<u8>,
        /// Where in the body decoding failed, as a path (`choices[0].message.role`); empty
        /// at the top level.
        path: String,
        /// Why it did not decode.
        source: serde_json::Error,
    },
}

/// A body for people: its text (lossy UTF-8), cut after 1,000 characters.
struct BodyText<'a>(&'a [u8]);

impl fmt::Debug for BodyText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = String::from_utf8_lossy(self.0);
        match text.char_indices().nth(1000) {
            Some((cut, _)) => write!(f, "{:?}… ({} bytes)", &text[..cut], self.0.len()),
            None => write!(f, "{text:?}"),
        }
    }
}

/// Bodies are shown as text, not as arrays of numbers.
impl<E: fmt::Debug> fmt::Debug for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidRequest(e) => f.debug_tuple("InvalidRequest").field(e).finish(),
            Error::Transport(e) => f.debug_tuple("Transport").field(e).finish(),
            Error::Hook(e) => f.debug_tuple("Hook").field(e).finish(),
            Error::Api {
                status,
                headers,
                body,
            } => f
                .debug_struct("Api")
                .field("status", status)
                .field("headers", headers)
                .field("body", body)
                .finish(),
            Error::UnexpectedStatus {
                status,
                headers,
                body,
            } => f
                .debug_struct("UnexpectedStatus")
                .field("status", status)
                .field("headers", headers)
                .field("body", &BodyText(body))
                .finish(),
            Error::InvalidBody {
                status,
                headers,
                body,
                path,
                source,
            } => f
                .debug_struct("InvalidBody")
                .field("status", status)
                .field("headers", headers)
                .field("path", path)
                .field("source", source)
                .field("body", &BodyText(body))
                .finish(),
        }
    }
}

impl<E: fmt::Debug> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidRequest(e) => write!(f, "the request could not be built: {e}"),
            Error::Transport(e) => write!(f, "request failed: {e}"),
            Error::Hook(e) => write!(f, "a client hook stopped the call: {e}"),
            Error::Api { status, body, .. } => write!(f, "the API answered {status}: {body:?}"),
            Error::UnexpectedStatus { status, body, .. } => write!(
                f,
                "the API answered {status}, which the spec does not document ({} byte body)",
                body.len()
            ),
            Error::InvalidBody {
                status,
                source,
                path,
                ..
            } => {
                let at = if path.is_empty() {
                    String::new()
                } else {
                    format!(" at `{path}`")
                };
                write!(
                    f,
                    "the {status} response body does not match its schema{at}: {source}"
                )
            }
        }
    }
}

impl<E> Error<E> {
    /// The HTTP status, when the API answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api { status, .. }
            | Error::UnexpectedStatus { status, .. }
            | Error::InvalidBody { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The response headers, when the API answered: what a caller waits by (`Retry-After`)
    /// or reports (a request id).
    pub fn headers(&self) -> Option<&HeaderMap> {
        match self {
            Error::Api { headers, .. }
            | Error::UnexpectedStatus { headers, .. }
            | Error::InvalidBody { headers, .. } => Some(headers),
            _ => None,
        }
    }

    /// Header `name` of the answer as text, when present and visible ASCII (the first, if
    /// repeated).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers()?.get(name)?.to_str().ok()
    }

    /// This error with `answer`'s headers, when it is one of the answer's (its status and
    /// body were read before them).
    pub fn with_headers(mut self, answer: &HeaderMap) -> Self {
        if let Error::Api { headers, .. }
        | Error::UnexpectedStatus { headers, .. }
        | Error::InvalidBody { headers, .. } = &mut self
        {
            headers.as_mut().clone_from(answer);
        }
        self
    }
}

impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::InvalidRequest(e) | Error::Transport(e) | Error::Hook(e) => Some(e.as_ref()),
            Error::InvalidBody { source, .. } => Some(source),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_status() {
        let e: Error<()> = Error::UnexpectedStatus {
            status: 418,
            headers: Box::default(),
            body: b"teapot".to_vec(),
        };
        assert!(e.to_string().contains("418"));
        let mut answer = HeaderMap::new();
        answer.insert("retry-after", "3".parse().unwrap());
        let e = e.with_headers(&answer);
        assert_eq!(
            (e.status(), e.header("Retry-After")),
            (Some(418), Some("3"))
        );
        let bad = serde_json::from_str::<u8>("x").unwrap_err();
        let e: Error<()> = Error::InvalidBody {
            status: 200,
            headers: Box::default(),
            body: b"x".to_vec(),
            path: "a[0].b".into(),
            source: bad,
        };
        assert!(std::error::Error::source(&e).is_some());
        assert!(e.to_string().contains("at `a[0].b`"), "{e}");
        assert!(format!("{e:?}").contains(r#"body: "x""#), "{e:?}");
    }
}
