//! The error a generated client returns.

use std::fmt;

/// What can go wrong calling an operation. `E` is the API's own error body type (Tyk's
/// `OnlyErrors`, Telnyx's `oauth_Error`, …), decoded for every documented error status.
#[derive(Debug)]
pub enum Error<E> {
    /// The request could not be built (a parameter or body that does not serialise, a base
    /// URL that does not parse); nothing was sent.
    InvalidRequest(Box<dyn std::error::Error + Send + Sync>),
    /// The request never got an HTTP response (connection, TLS, timeout).
    Transport(Box<dyn std::error::Error + Send + Sync>),
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
        /// Why it did not decode.
        source: serde_json::Error,
    },
}

impl<E: fmt::Debug> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidRequest(e) => write!(f, "the request could not be built: {e}"),
            Error::Transport(e) => write!(f, "request failed: {e}"),
            Error::Api { status, body } => write!(f, "the API answered {status}: {body:?}"),
            Error::UnexpectedStatus { status, body } => write!(
                f,
                "the API answered {status}, which the spec does not document ({} byte body)",
                body.len()
            ),
            Error::InvalidBody { status, source, .. } => {
                write!(
                    f,
                    "the {status} response body does not match its schema: {source}"
                )
            }
        }
    }
}

impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::InvalidRequest(e) | Error::Transport(e) => Some(e.as_ref()),
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
            source: bad,
        };
        assert!(std::error::Error::source(&e).is_some());
    }
}
