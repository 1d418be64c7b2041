//! How values travel, shared by generated clients and servers: credential schemes, parameter
//! styles and bodies the caller encodes.

/// How a security scheme carries its credential.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// An API key in the named header.
    Header(&'static str),
    /// An API key in the named query parameter.
    Query(&'static str),
    /// An API key in the named cookie.
    Cookie(&'static str),
    /// `Authorization: Bearer <token>` (HTTP bearer, OAuth 2.0, OpenID Connect).
    Bearer,
    /// `Authorization: Basic …` from a user name and password.
    Basic,
    /// A scheme whose credential is not in the request itself (mutual TLS) or has no fixed
    /// form (HTTP digest): a server cannot check it here and lets it pass to the handler.
    Unchecked,
}

/// A body the caller encodes (`multipart/form-data`, whose content type names the boundary).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawBody {
    /// The full content type, e.g. `multipart/form-data; boundary=x`.
    pub content_type: String,
    /// The encoded body.
    pub bytes: Vec<u8>,
}

/// A parameter's serialization style (OpenAPI `style`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// `form` (the query default).
    Form,
    /// `spaceDelimited`.
    SpaceDelimited,
    /// `pipeDelimited`.
    PipeDelimited,
    /// `deepObject`.
    DeepObject,
    /// `simple` (the path and header default).
    Simple,
    /// Not a style: the parameter is given by `content: {application/json: …}`, so its value
    /// is JSON text (`?filter={"state":"draft"}`).
    Json,
}

/// How an OpenAPI 3.2 `in: querystring` parameter writes the whole query string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryMedia {
    /// `application/x-www-form-urlencoded`: the value's fields as `key=value` pairs.
    Form,
    /// JSON (`application/json`, `+json`): the value's JSON text, percent-encoded.
    Json,
    /// Anything else: a string value, percent-encoded.
    Text,
}
