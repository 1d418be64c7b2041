//! The error a generated client returns.

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
        /// The decoded error body.
        body: E,
    },
    /// A status the spec does not document; the raw body is kept.
    UnexpectedStatus {
        /// The HTTP status.
        status: u16,
        /// The raw body.
        body: Vec<u8>,
    },
    /// A documented status whose body does not match its schema; the raw body is kept.
    InvalidBody {
        /// The HTTP status.
        status: u16,
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
            Error::Api { status, body } => f
                .debug_struct("Api")
                .field("status", status)
                .field("body", body)
                .finish(),
            Error::UnexpectedStatus { status, body } => f
                .debug_struct("UnexpectedStatus")
                .field("status", status)
                .field("body", &BodyText(body))
                .finish(),
            Error::InvalidBody {
                status,
                body,
                path,
                source,
            } => f
                .debug_struct("InvalidBody")
                .field("status", status)
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
            Error::Api { status, body } => write!(f, "the API answered {status}: {body:?}"),
            Error::UnexpectedStatus { status, body } => write!(
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
            body: b"teapot".to_vec(),
        };
        assert!(e.to_string().contains("418"));
        let bad = serde_json::from_str::<u8>("x").unwrap_err();
        let e: Error<()> = Error::InvalidBody {
            status: 200,
            body: b"x".to_vec(),
            path: "a[0].b".into(),
            source: bad,
        };
        assert!(std::error::Error::source(&e).is_some());
        assert!(e.to_string().contains("at `a[0].b`"), "{e}");
        assert!(format!("{e:?}").contains(r#"body: "x""#), "{e:?}");
    }
}
