//! What a generated axum server needs at run time: turning a request into an operation's
//! typed input after enforcing the spec (credentials present, parameters and body valid, body
//! size bounded), answering what the spec rejects in the API's own error shape, and writing
//! typed replies.
//!
//! Generated code describes each operation as static data ([`Operation`]) and calls
//! [`prepare`]; an operation's input type implements [`FromPrepared`] to take its typed values.

use super::validate::{Keyword, Kind, Rules, Violation, ty};
/// A parameter's style, here too so that generated tables name it `rt::Style`.
pub use super::wire::Style;
use super::wire::{
    Names, Place, QueryMedia, Raw, RawBody, Scheme, Shape, deserialize, percent_decode,
    percent_decode_bytes, percent_encode,
};
use axum::body::Body as AxumBody;
use axum::extract::{FromRequestParts as _, RawPathParams, Request};
use axum::http::{HeaderValue, StatusCode, header, request::Parts};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// Server settings.
#[derive(Debug, Clone, Copy)]
pub struct Config {
    /// Largest request body read, in bytes; a larger one is answered 413.
    pub body_limit: usize,
    /// Check `format`s (`uuid`, `email`, `date-time`, …). JSON Schema 2020-12 makes `format`
    /// an annotation unless asked; a server usually wants it checked, so it is by default.
    pub assert_formats: bool,
}

impl Default for Config {
    /// A 2 MiB body limit (axum's own default), formats checked.
    fn default() -> Self {
        Config {
            body_limit: 2 * 1024 * 1024,
            assert_formats: true,
        }
    }
}

/// The router's state: the user's implementation and the settings.
pub struct Shared<A> {
    /// The implementation of the API's trait.
    pub api: A,
    /// Settings.
    pub config: Config,
}

/// What a generated server knows of the whole API.
pub struct Api {
    /// Security schemes by name.
    pub schemes: &'static [(&'static str, Scheme)],
    /// Validation rules of request parameters and bodies.
    pub rules: &'static Rules<'static>,
    /// The error shape used where an operation documents none.
    pub error: ErrorShape,
}

/// Where a parameter travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    /// In the path; the value is the route's capture with this name.
    Path(&'static str),
    /// In the path, followed by this text in its segment (`{name}:cancel`): the capture holds
    /// the whole segment, and the text is checked and taken off.
    PathSuffixed(&'static str, &'static str),
    /// In the query string.
    Query,
    /// In a header.
    Header,
    /// In a cookie.
    Cookie,
    /// The whole query string as one value (OpenAPI 3.2 `in: querystring`), written as
    /// this media type.
    QueryString(QueryMedia),
}

/// One parameter of an operation.
#[derive(Debug, Clone, Copy)]
pub struct Param {
    /// Name on the wire.
    pub name: &'static str,
    /// Where it travels.
    pub location: Location,
    /// Style.
    pub style: Style,
    /// `explode`.
    pub explode: bool,
    /// Whether the spec requires it.
    pub required: bool,
    /// Its rule, when it has a schema.
    pub rule: Option<u32>,
}

/// How a request body is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Media {
    /// JSON (`application/json`, `+json`).
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `text/*`.
    Text,
    /// `multipart/*`, handed over as it came.
    Multipart,
    /// Anything else, as bytes.
    Bytes,
}

/// Generated tables write a parameter as one call: a struct literal is eight lines, and a
/// large spec has thousands of parameters.
impl Param {
    /// A parameter at `location`; the others are its short forms.
    pub const fn at(
        name: &'static str,
        location: Location,
        style: Style,
        explode: bool,
        required: bool,
        rule: Option<u32>,
    ) -> Self {
        Param {
            name,
            location,
            style,
            explode,
            required,
            rule,
        }
    }

    /// In the query string.
    pub const fn query(
        name: &'static str,
        style: Style,
        explode: bool,
        required: bool,
        rule: Option<u32>,
    ) -> Self {
        Self::at(name, Location::Query, style, explode, required, rule)
    }

    /// In a header.
    pub const fn header(
        name: &'static str,
        style: Style,
        explode: bool,
        required: bool,
        rule: Option<u32>,
    ) -> Self {
        Self::at(name, Location::Header, style, explode, required, rule)
    }

    /// In a cookie.
    pub const fn cookie(
        name: &'static str,
        style: Style,
        explode: bool,
        required: bool,
        rule: Option<u32>,
    ) -> Self {
        Self::at(name, Location::Cookie, style, explode, required, rule)
    }

    /// In the path, the route's capture `key` (a path parameter is always required).
    pub const fn path(
        key: &'static str,
        name: &'static str,
        style: Style,
        explode: bool,
        rule: Option<u32>,
    ) -> Self {
        Self::at(name, Location::Path(key), style, explode, true, rule)
    }
}

/// An operation's request body.
#[derive(Debug, Clone, Copy)]
pub struct Body {
    /// Its encoding.
    pub media: Media,
    /// Whether the spec requires it.
    pub required: bool,
    /// Its rule, when it has a schema (JSON and form bodies).
    pub rule: Option<u32>,
}

impl Body {
    /// A body, as generated tables write it (one line).
    pub const fn new(media: Media, required: bool, rule: Option<u32>) -> Self {
        Body {
            media,
            required,
            rule,
        }
    }
}

/// How an error body looks: the API's own error schema filled with a message. Made by the
/// generator from the documented error response, so a generated client decodes it.
#[derive(Debug, Clone, Copy)]
pub struct ErrorShape {
    /// Its media type.
    pub content_type: &'static str,
    /// A JSON value satisfying the error schema (required fields filled in).
    pub template: &'static str,
    /// JSON pointer of the string that takes the message.
    pub message: Option<&'static str>,
    /// JSON pointer of an integer that takes the status.
    pub status: Option<&'static str>,
}

/// What a generated server knows of one operation.
pub struct Operation {
    /// The operationId (or the name the generator gave the operation).
    pub id: &'static str,
    /// Security alternatives: any one, with all its schemes, lets the request through. Empty:
    /// no credentials needed.
    pub security: &'static [&'static [&'static str]],
    /// The route axum serves it on, captures named `{p0}`, `{p1}` (empty when it is not
    /// routed): where each path parameter's raw segment is.
    pub route: &'static str,
    /// Parameters, in the order [`Prepared::take`] indexes them.
    pub params: &'static [Param],
    /// The request body, if the operation takes one.
    pub body: Option<Body>,
    /// Documented error statuses (`400`, `4XX`, `default`) and their shapes.
    pub errors: &'static [(&'static str, ErrorShape)],
}

/// Credentials that let a request through: scheme name and the credential as sent (the token,
/// the API key, the `user:password` of basic authentication). Checking them is the
/// implementation's job; the server only checks they are present.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Credentials {
    entries: Vec<(&'static str, String)>,
}

/// Credentials are never printed; their schemes are.
impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.entries.iter().map(|(s, _)| s))
            .finish()
    }
}

impl Credentials {
    /// The credential sent for `scheme`.
    pub fn get(&self, scheme: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|(s, _)| *s == scheme)
            .map(|(_, v)| v.as_str())
    }

    /// The schemes of the alternative that was satisfied, with their credentials.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &str)> {
        self.entries.iter().map(|(s, v)| (*s, v.as_str()))
    }
}

/// Why a request is not handed to the implementation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// No security alternative is satisfied.
    Unauthorized,
    /// The request cannot be read: malformed JSON, a parameter that does not parse.
    Malformed,
    /// The request reads but breaks the spec's schemas.
    Invalid,
    /// The body is over [`Config::body_limit`].
    TooLarge,
    /// The body's content type is not the one documented.
    UnsupportedMediaType,
    /// No operation has this path (a segment lacks the text its route needs).
    NotFound,
    /// The path exists, but no operation has the request's method.
    MethodNotAllowed,
    /// The request is valid, but the generated types cannot hold it (a construct the
    /// generator could only approximate): the server's shortcoming, answered 500.
    Unrepresentable,
}

/// A request the spec rejects, answered in the API's error shape. [`Rejection::violations`]
/// lists what was wrong; an implementation may answer it differently by overriding the
/// generated trait's `reject` method.
#[derive(Debug, Clone)]
pub struct Rejection {
    /// Why.
    pub reason: Reason,
    /// The status it is answered with.
    pub status: u16,
    /// A message naming what is wrong.
    pub message: String,
    /// Each problem found, where there were several.
    pub violations: Vec<Violation>,
    shape: ErrorShape,
}

impl Rejection {
    /// A rejection of a request to `op`: the status and shape follow from what `op`
    /// documents (a malformed request is a 400 where documented, an invalid one a 422 where
    /// documented, then whichever of the two is).
    pub fn new(api: &Api, op: &Operation, reason: Reason, message: String) -> Self {
        let documented = |s: &str| op.errors.iter().any(|(d, _)| *d == s);
        let status: u16 = match reason {
            Reason::Unauthorized => 401,
            Reason::TooLarge => 413,
            Reason::UnsupportedMediaType => 415,
            Reason::NotFound => 404,
            Reason::MethodNotAllowed => 405,
            Reason::Unrepresentable => 500,
            Reason::Malformed if !documented("400") && documented("422") => 422,
            Reason::Malformed => 400,
            Reason::Invalid if documented("422") => 422,
            Reason::Invalid => 400,
        };
        let text = status.to_string();
        let range = format!("{}XX", &text[..1]);
        let shape = [text.as_str(), range.as_str(), "default"]
            .iter()
            .find_map(|s| op.errors.iter().find(|(d, _)| d == s))
            .or_else(|| op.errors.iter().find(|(d, _)| d.starts_with('4')))
            .map(|(_, shape)| *shape)
            .unwrap_or(api.error);
        Rejection {
            reason,
            status,
            message,
            violations: Vec::new(),
            shape,
        }
    }

    fn invalid(api: &Api, op: &Operation, violations: Vec<Violation>) -> Self {
        let message = violations
            .iter()
            .map(|v| format!("{}: {}", v.at, v.message))
            .collect::<Vec<_>>()
            .join("; ");
        let mut r = Rejection::new(api, op, Reason::Invalid, message);
        r.violations = violations;
        r
    }

    /// The error body: the shape's template with the message and status filled in.
    pub fn body(&self) -> Vec<u8> {
        let mut value: Value = serde_json::from_str(self.shape.template).unwrap_or(Value::Null);
        if let Some(slot) = self.shape.message.and_then(|p| value.pointer_mut(p)) {
            *slot = Value::String(self.message.clone());
        }
        if let Some(slot) = self.shape.status.and_then(|p| value.pointer_mut(p)) {
            *slot = Value::from(self.status);
        }
        if value.is_null() {
            value = serde_json::json!({ "message": self.message });
        }
        serde_json::to_vec(&value).unwrap_or_default()
    }
}

impl IntoResponse for Rejection {
    fn into_response(self) -> Response {
        let body = self.body();
        bytes_response(self.status, self.shape.content_type, body)
    }
}

/// A request, checked against its operation: the values an input type takes.
pub struct Prepared {
    api: &'static Api,
    op: &'static Operation,
    values: Vec<Option<Value>>,
    body: Option<Payload>,
    credentials: Credentials,
}

enum Payload {
    Json(Value),
    Text(String),
    Raw(RawBody),
}

/// An operation's input, taken from a checked request (implemented by generated code).
pub trait FromPrepared: Sized {
    /// Takes the typed values.
    fn from_prepared(p: &mut Prepared) -> Result<Self, Rejection>;
}

impl Prepared {
    fn reject(&self, reason: Reason, message: String) -> Rejection {
        Rejection::new(self.api, self.op, reason, message)
    }

    fn typed<T: DeserializeOwned>(&self, v: Value, what: &str) -> Result<T, Rejection> {
        // The value passed the spec's rules, so a failure here is the types' limit.
        serde_json::from_value(v).map_err(|e| {
            self.reject(
                Reason::Unrepresentable,
                format!("{what} is valid, but its generated type cannot hold it: {e}"),
            )
        })
    }

    fn what(&self, i: usize) -> String {
        match self.op.params.get(i) {
            Some(p) => param_label(p),
            None => format!("parameter {i}"),
        }
    }

    /// Parameter `i`, which the spec requires.
    pub fn take<T: DeserializeOwned>(&mut self, i: usize) -> Result<T, Rejection> {
        let what = self.what(i);
        match self.values.get_mut(i).and_then(Option::take) {
            Some(v) => self.typed(v, &what),
            None => Err(self.reject(Reason::Invalid, format!("the {what} is missing"))),
        }
    }

    /// Optional parameter `i`.
    pub fn take_opt<T: DeserializeOwned>(&mut self, i: usize) -> Result<Option<T>, Rejection> {
        let what = self.what(i);
        match self.values.get_mut(i).and_then(Option::take) {
            Some(v) => self.typed(v, &what).map(Some),
            None => Ok(None),
        }
    }

    /// The JSON or form body, which the spec requires.
    pub fn body<T: DeserializeOwned>(&mut self) -> Result<T, Rejection> {
        self.body_opt()?
            .ok_or_else(|| self.reject(Reason::Invalid, "a request body is required".into()))
    }

    /// The JSON or form body, if one was sent.
    pub fn body_opt<T: DeserializeOwned>(&mut self) -> Result<Option<T>, Rejection> {
        match self.body.take() {
            Some(Payload::Json(v)) => self.typed(v, "body").map(Some),
            Some(Payload::Text(s)) => self.typed(Value::String(s), "body").map(Some),
            Some(Payload::Raw(_)) | None => Ok(None),
        }
    }

    /// A text body (empty when none was sent).
    pub fn text(&mut self) -> String {
        match self.body.take() {
            Some(Payload::Text(s)) => s,
            _ => String::new(),
        }
    }

    /// A body handed over as it came, with its content type.
    pub fn raw(&mut self) -> RawBody {
        match self.body.take() {
            Some(Payload::Raw(r)) => r,
            _ => RawBody {
                content_type: String::new(),
                bytes: Vec::new(),
            },
        }
    }

    /// A body as bytes (empty when none was sent).
    pub fn bytes(&mut self) -> Vec<u8> {
        self.raw().bytes
    }

    /// The credentials of the satisfied security alternative.
    pub fn credentials(&mut self) -> Credentials {
        std::mem::take(&mut self.credentials)
    }

    /// The credentials, left in place (for the trait's `authorize`).
    pub fn credentials_ref(&self) -> &Credentials {
        &self.credentials
    }

    /// The 401 answered when the implementation refuses the credentials.
    pub fn refused(&self) -> Rejection {
        self.reject(
            Reason::Unauthorized,
            format!("the credentials were refused for `{}`", self.op.id),
        )
    }
}

/// `query parameter \`limit\``: how messages name a parameter.
fn param_label(p: &Param) -> String {
    let location = match p.location {
        Location::Path(_) | Location::PathSuffixed(..) => "path",
        Location::Query => "query",
        Location::Header => "header",
        Location::Cookie => "cookie",
        Location::QueryString(_) => return "the query string".to_string(),
    };
    format!("{location} parameter `{}`", p.name)
}

/// The values given for `name` in a list of pairs (query string, cookies, path captures).
fn values_named(pairs: &[(String, String)], name: &str) -> Vec<String> {
    pairs
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .collect()
}

/// Checks `request` against `op`: credentials, then parameters, then the body. Every problem
/// with parameters and body is reported together. The input type then takes its values
/// ([`FromPrepared`]).
pub async fn prepare(
    api: &'static Api,
    op: &'static Operation,
    config: &Config,
    request: Request,
) -> Result<Prepared, Rejection> {
    let (mut parts, body) = request.into_parts();
    let reject = |reason, message| Rejection::new(api, op, reason, message);
    let query: Vec<(String, String)> = match parts.uri.query() {
        Some(q) => serde_urlencoded::from_str(q).map_err(|e| {
            reject(
                Reason::Malformed,
                format!("the query string does not parse: {e}"),
            )
        })?,
        None => Vec::new(),
    };
    let cookies = cookies(&parts);
    let credentials = authenticate(api, op, &parts, &query, &cookies)?;
    let path = if op
        .params
        .iter()
        .any(|p| matches!(p.location, Location::Path(_) | Location::PathSuffixed(..)))
    {
        let raw = RawPathParams::from_request_parts(&mut parts, &())
            .await
            .map_err(|e| reject(Reason::Malformed, format!("the path does not parse: {e}")))?;
        raw.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    } else {
        Vec::new()
    };
    let raw_query = parts.uri.query().unwrap_or("");
    let cookie_header = parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| std::str::from_utf8(v.as_bytes()).ok())
        .collect::<Vec<_>>()
        .join("; ");
    let mut violations = Vec::new();
    let mut values = Vec::with_capacity(op.params.len());
    for p in op.params {
        let what = param_label(p);
        let read = |place, wire: &str| {
            wire_value(api, op, p, place, wire).map_err(|e| {
                reject(
                    Reason::Malformed,
                    format!("the {what} does not parse as its style says: {e}"),
                )
            })
        };
        let value = match p.location {
            Location::Path(key) | Location::PathSuffixed(key, _) => {
                let raw = match raw_segment(op.route, parts.uri.path(), key) {
                    Some(segment) => segment.to_string(),
                    // A capture that shares its segment with another: axum's decoded value.
                    None => values_named(&path, key)
                        .pop()
                        .map(|v| percent_encode(&v, b"", b",;=."))
                        .unwrap_or_default(),
                };
                // Never a dot-segment: behind any proxy that resolves it, the request names
                // another resource. A `..` value is sent as `%2E%2E`.
                if raw == "." || raw == ".." {
                    return Err(reject(
                        Reason::Malformed,
                        format!(
                            "the {what} is the dot-segment `{raw}`, which URL resolution removes; \
                             a value `{raw}` is sent percent-encoded"
                        ),
                    ));
                }
                let raw = match p.location {
                    Location::PathSuffixed(_, suffix) => match raw.strip_suffix(suffix) {
                        Some(v) => v.to_string(),
                        None => {
                            return Err(reject(
                                Reason::NotFound,
                                format!(
                                    "no operation here: the path segment `{raw}` does not end with `{suffix}`"
                                ),
                            ));
                        }
                    },
                    _ => raw,
                };
                read(Place::Path, &raw)?
            }
            Location::Query => read(Place::Query, raw_query)?,
            Location::Header => {
                let mut lines = Vec::new();
                for v in parts.headers.get_all(p.name) {
                    // Header values are bytes; UTF-8 ones (non-ASCII text) are taken as text.
                    let text = std::str::from_utf8(v.as_bytes()).map_err(|_| {
                        reject(Reason::Malformed, format!("the {what} is not UTF-8"))
                    })?;
                    lines.push(text);
                }
                match lines.is_empty() {
                    true => None,
                    false => read(Place::Header, &lines.join(","))?,
                }
            }
            Location::Cookie => match cookie_header.is_empty() {
                true => None,
                false => read(Place::Cookie, &cookie_header)?,
            },
            Location::QueryString(media) => match parts.uri.query().filter(|q| !q.is_empty()) {
                None => None,
                Some(_) if media == QueryMedia::Form => {
                    Some(form_value(api, p.rule, query.clone()))
                }
                Some(raw) => {
                    let text =
                        String::from_utf8(percent_decode_bytes(raw, false)).map_err(|_| {
                            reject(Reason::Malformed, "the query string is not UTF-8".into())
                        })?;
                    Some(if media == QueryMedia::Json {
                        serde_json::from_str(&text).map_err(|e| {
                            reject(
                                Reason::Malformed,
                                format!("the query string is not valid JSON: {e}"),
                            )
                        })?
                    } else {
                        Value::String(text)
                    })
                }
            },
        };
        match (&value, p.rule) {
            (None, _) if p.required => violations.push(Violation {
                at: what,
                pointer: String::new(),
                message: "required, but missing".into(),
                kind: Kind::Required,
                rule: p.rule.unwrap_or(u32::MAX),
            }),
            (Some(v), Some(rule)) => {
                violations.extend(
                    api.rules
                        .check_formats(rule, v, &what, config.assert_formats),
                )
            }
            _ => {}
        }
        values.push(value);
    }
    let body = match op.body {
        Some(b) => read_body(api, op, b, config, &parts, body, &mut violations).await?,
        None => None,
    };
    if !violations.is_empty() {
        return Err(Rejection::invalid(api, op, violations));
    }
    Ok(Prepared {
        api,
        op,
        values,
        body,
        credentials,
    })
}

/// The credentials of the first satisfied alternative, or a 401.
fn authenticate(
    api: &Api,
    op: &Operation,
    parts: &Parts,
    query: &[(String, String)],
    cookies: &[(String, String)],
) -> Result<Credentials, Rejection> {
    if op.security.is_empty() {
        return Ok(Credentials::default());
    }
    let header = |name: &str| {
        parts
            .headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .filter(|v| !v.trim().is_empty())
            .map(str::to_string)
    };
    let prefixed = |prefix: &str| {
        let v = header("authorization")?;
        let (scheme, rest) = v.split_once(' ')?;
        (scheme.eq_ignore_ascii_case(prefix) && !rest.trim().is_empty())
            .then(|| rest.trim().to_string())
    };
    let find = |list: &[(String, String)], name: &str| {
        list.iter()
            .find(|(k, v)| k == name && !v.is_empty())
            .map(|(_, v)| v.clone())
    };
    for alternative in op.security {
        let mut entries = Vec::new();
        let all = alternative.iter().all(|name| {
            let scheme = api.schemes.iter().find(|(n, _)| n == name).map(|s| s.1);
            let value = match scheme {
                Some(Scheme::Header(h)) => header(h),
                Some(Scheme::Query(q)) => find(query, q),
                Some(Scheme::Cookie(c)) => find(cookies, c),
                Some(Scheme::Bearer) => prefixed("bearer"),
                Some(Scheme::Basic) => prefixed("basic").map(|b| basic_credential(&b)),
                Some(Scheme::Unchecked) | None => Some(String::new()),
            };
            value.map(|v| entries.push((*name, v))).is_some()
        });
        if all {
            return Ok(Credentials { entries });
        }
    }
    let wanted: Vec<String> = op
        .security
        .iter()
        .map(|alt| {
            alt.iter()
                .map(|name| describe_scheme(api, name))
                .collect::<Vec<_>>()
                .join(" and ")
        })
        .collect();
    Err(Rejection::new(
        api,
        op,
        Reason::Unauthorized,
        format!("`{}` needs credentials: {}", op.id, wanted.join(", or ")),
    ))
}

fn describe_scheme(api: &Api, name: &str) -> String {
    match api.schemes.iter().find(|(n, _)| *n == name).map(|s| s.1) {
        Some(Scheme::Header(h)) => format!("`{name}` (the `{h}` header)"),
        Some(Scheme::Query(q)) => format!("`{name}` (the `{q}` query parameter)"),
        Some(Scheme::Cookie(c)) => format!("`{name}` (the `{c}` cookie)"),
        Some(Scheme::Bearer) => format!("`{name}` (`Authorization: Bearer …`)"),
        Some(Scheme::Basic) => format!("`{name}` (`Authorization: Basic …`)"),
        _ => format!("`{name}`"),
    }
}

/// `user:password` from a basic credential; the base64 text as sent when it does not decode.
fn basic_credential(b64: &str) -> String {
    fn sextet(c: u8) -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    }
    let mut out = Vec::new();
    let mut acc = 0u32;
    let mut bits = 0;
    for c in b64.trim_end_matches('=').bytes() {
        let Some(v) = sextet(c) else {
            return b64.to_string();
        };
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| b64.to_string())
}

fn cookies(parts: &Parts) -> Vec<(String, String)> {
    parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| {
            let (k, v) = c.split_once('=')?;
            Some((k.trim().to_string(), v.trim().to_string()))
        })
        .collect()
}

/// A parameter read from its place's wire text as its style says, typed by its rule:
/// `limit=5` is the number 5, `ids=1,2` an array when the schema says array, `;R=1;G=2` an
/// object. A string that does not fit stays a string, so the rule's check names it.
fn wire_value(
    api: &Api,
    op: &Operation,
    p: &Param,
    place: Place,
    wire: &str,
) -> Result<Option<Value>, String> {
    let shape = match (p.style, p.rule) {
        (Style::Json, _) | (_, None) => Shape::Primitive,
        (_, Some(rule)) => {
            let types = types_of(api.rules, rule, 0);
            if types & ty::ARRAY != 0 {
                Shape::Array
            } else if types & ty::OBJECT != 0 {
                Shape::Object
            } else {
                Shape::Primitive
            }
        }
    };
    let known = match (shape, p.rule) {
        (Shape::Object, Some(rule)) => property_names(api.rules, rule, 0),
        _ => Vec::new(),
    };
    // The other parameters of the place, and the API keys it carries, are not properties of
    // an exploded map.
    let keys = api.schemes.iter().filter_map(|(_, s)| match (s, place) {
        (Scheme::Query(k), Place::Query) | (Scheme::Cookie(k), Place::Cookie) => Some(*k),
        _ => None,
    });
    let others: Vec<&str> = op
        .params
        .iter()
        .filter(|q| q.location == p.location && q.name != p.name)
        .map(|q| q.name)
        .chain(keys)
        .collect();
    let names = Names {
        known: &known,
        others: &others,
    };
    let raw = deserialize(place, p.name, wire, p.style, p.explode, shape, names)?;
    Ok(raw.map(|raw| match raw {
        // JSON text; text that is not JSON stays a string, so the rule's check names it.
        Raw::Text(t) if p.style == Style::Json => {
            serde_json::from_str(&t).unwrap_or(Value::String(t))
        }
        Raw::Text(t) => scalar(api, p.rule, &t),
        Raw::List(items) => {
            let item = p.rule.and_then(|r| items_of(api.rules, r, 0));
            Value::Array(items.iter().map(|s| scalar(api, item, s)).collect())
        }
        Raw::Pairs(pairs) => {
            let mut map = Map::new();
            for (k, v) in pairs {
                let rule = p.rule.and_then(|r| property_rule(api.rules, r, &k, 0));
                map.insert(k, scalar(api, rule, &v));
            }
            Value::Object(map)
        }
    }))
}

/// The raw (still percent-encoded) text of capture `key` in `path`, found by its segment's
/// place in `route` counted from the end (a router nested under a prefix sees the same
/// tail). `None` when the capture shares its segment with text axum does not strip.
fn raw_segment<'a>(route: &str, path: &'a str, key: &str) -> Option<&'a str> {
    let capture = format!("{{{key}}}");
    let segments: Vec<&str> = route.split('/').collect();
    let at = segments.iter().position(|s| *s == capture)?;
    let after = segments.len() - 1 - at;
    let raw: Vec<&'a str> = path.split('/').collect();
    raw.len().checked_sub(1 + after).map(|i| raw[i])
}

/// The property names an object rule declares, looking through `allOf` and `$ref`.
fn property_names<'a>(rules: &Rules<'a>, i: u32, depth: usize) -> Vec<&'a str> {
    let r = rules.rule(i);
    let mut names: Vec<&str> = r
        .keywords
        .iter()
        .flat_map(|k| match k {
            Keyword::Properties(list) => list.iter().map(|(n, _)| *n).collect(),
            _ => Vec::new(),
        })
        .collect();
    if depth < 8 {
        for k in r
            .keywords
            .iter()
            .filter(|k| matches!(k, Keyword::AllOf(_) | Keyword::Ref(_)))
        {
            for &p in in_place(k) {
                names.extend(property_names(rules, p, depth + 1));
            }
        }
    }
    names
}

/// One raw string as the JSON scalar its rule expects.
fn scalar(api: &Api, rule: Option<u32>, s: &str) -> Value {
    let types = rule.map(|r| types_of(api.rules, r, 0)).unwrap_or(0);
    let numeric_string = rule.is_some_and(|r| {
        api.rules
            .rule(r)
            .keywords
            .iter()
            .any(|k| matches!(k, Keyword::NumericString { .. }))
    });
    if types & (ty::INTEGER | ty::NUMBER) != 0 && !numeric_string {
        if let Ok(i) = s.parse::<i64>() {
            return Value::from(i);
        }
        // An integer beyond i64 is still an integer to the schema; the typed value says
        // whether it fits.
        let digits = s.strip_prefix('-').unwrap_or(s);
        let integral = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
        if let Ok(u) = s.parse::<u64>() {
            return Value::from(u);
        }
        if (integral || types & ty::NUMBER != 0)
            && let Some(n) = s.parse::<f64>().ok().and_then(serde_json::Number::from_f64)
        {
            return Value::Number(n);
        }
    }
    if types & ty::BOOLEAN != 0 {
        match s {
            "true" => return Value::Bool(true),
            "false" => return Value::Bool(false),
            _ => {}
        }
    }
    Value::String(s.to_string())
}

/// The rules a rule applies in place (`allOf`, `anyOf`, `oneOf`, `$ref`, `$dynamicRef`'s
/// initial target), which the lookups below look through.
fn in_place<'a>(k: &'a Keyword<'a>) -> &'a [u32] {
    match k {
        Keyword::AllOf(list) | Keyword::AnyOf(list) | Keyword::OneOf(list) => list,
        Keyword::Ref(r) | Keyword::DynamicRef { initial: r, .. } => std::slice::from_ref(r),
        _ => &[],
    }
}

/// The JSON types a rule allows, looking through `allOf`, `oneOf`/`anyOf` and `$ref` when it
/// names none.
fn types_of(rules: &Rules, i: u32, depth: usize) -> u8 {
    let r = rules.rule(i);
    let own = r.keywords.iter().fold(0, |acc, k| match k {
        Keyword::Type(bits) => acc | bits,
        _ => acc,
    });
    if own != 0 || depth > 8 {
        return own;
    }
    r.keywords
        .iter()
        .flat_map(in_place)
        .fold(0, |acc, &p| acc | types_of(rules, p, depth + 1))
}

fn items_of(rules: &Rules, i: u32, depth: usize) -> Option<u32> {
    let r = rules.rule(i);
    let own = r.keywords.iter().find_map(|k| match k {
        Keyword::Items(item) => Some(*item),
        _ => None,
    });
    if own.is_some() || depth > 8 {
        return own;
    }
    r.keywords
        .iter()
        .filter(|k| matches!(k, Keyword::AllOf(_) | Keyword::Ref(_)))
        .flat_map(in_place)
        .find_map(|&p| items_of(rules, p, depth + 1))
}

fn property_rule(rules: &Rules, i: u32, key: &str, depth: usize) -> Option<u32> {
    let r = rules.rule(i);
    let own = r.keywords.iter().find_map(|k| match k {
        Keyword::Properties(list) => list.iter().find(|(n, _)| *n == key).map(|p| p.1),
        _ => None,
    });
    if own.is_some() || depth > 8 {
        return own;
    }
    r.keywords
        .iter()
        .filter(|k| matches!(k, Keyword::AllOf(_) | Keyword::Ref(_)))
        .flat_map(in_place)
        .find_map(|&p| property_rule(rules, p, key, depth + 1))
}

/// Whether the path segment `from_end` segments before the last ends with `suffix` (after
/// percent-decoding): how a dispatcher picks between `{name}:cancel` and `{name}:run`.
pub fn segment_ends_with(request: &Request, from_end: usize, suffix: &str) -> bool {
    let path = request.uri().path();
    let Some(segment) = path.split('/').rev().nth(from_end) else {
        return false;
    };
    percent_decode(segment, false).ends_with(suffix)
}

/// The 404 for a path no operation of a route serves, in the API's error shape.
pub fn not_found(api: &Api, request: &Request) -> Response {
    routing_rejection(
        api,
        Reason::NotFound,
        format!("no operation serves `{}`", request.uri().path()),
    )
}

/// A refusal before any operation is chosen, in the API's own error shape.
fn routing_rejection(api: &Api, reason: Reason, message: String) -> Response {
    let op = Operation {
        id: "",
        route: "",
        security: &[],
        params: &[],
        body: None,
        errors: &[],
    };
    Rejection::new(api, &op, reason, message).into_response()
}

/// The 405 for a method no operation of a route has (routes with methods axum has no filter
/// for, such as `QUERY`, answer through this), with `Allow` naming the ones it has.
pub fn method_not_allowed(api: &Api, request: &Request, allowed: &[&str]) -> Response {
    let mut response = routing_rejection(
        api,
        Reason::MethodNotAllowed,
        format!(
            "`{}` has no {} operation; it has {}",
            request.uri().path(),
            request.method(),
            allowed.join(", ")
        ),
    );
    if let Ok(v) = HeaderValue::from_str(&allowed.join(", ")) {
        response.headers_mut().insert(header::ALLOW, v);
    }
    response
}

/// Whether `content_type` is one `media` accepts.
fn accepts(media: Media, content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    match media {
        Media::Json => essence.ends_with("/json") || essence.ends_with("+json"),
        Media::Form => essence == "application/x-www-form-urlencoded",
        Media::Text => essence.starts_with("text/"),
        Media::Multipart => essence.starts_with("multipart/"),
        Media::Bytes => true,
    }
}

async fn read_body(
    api: &'static Api,
    op: &'static Operation,
    b: Body,
    config: &Config,
    parts: &Parts,
    body: AxumBody,
    violations: &mut Vec<Violation>,
) -> Result<Option<Payload>, Rejection> {
    let reject = |reason, message| Rejection::new(api, op, reason, message);
    let too_large = || {
        reject(
            Reason::TooLarge,
            format!("the body is over the limit of {} bytes", config.body_limit),
        )
    };
    let content_type = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let declared_len = parts
        .headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared_len.is_some_and(|n| n > config.body_limit as u64) {
        return Err(too_large());
    }
    let bytes = axum::body::to_bytes(body, config.body_limit)
        .await
        .map_err(|e| {
            let over = std::error::Error::source(&e)
                .is_some_and(|s| s.to_string().contains("length limit"));
            if over {
                too_large()
            } else {
                reject(
                    Reason::Malformed,
                    format!("the body could not be read: {e}"),
                )
            }
        })?;
    if bytes.is_empty() && content_type.is_empty() {
        if b.required {
            violations.push(Violation {
                at: "body".into(),
                pointer: String::new(),
                message: "a request body is required".into(),
                kind: Kind::Required,
                rule: b.rule.unwrap_or(u32::MAX),
            });
        }
        return Ok(None);
    }
    if !accepts(b.media, &content_type) {
        let expected = match b.media {
            Media::Json => "application/json",
            Media::Form => "application/x-www-form-urlencoded",
            Media::Text => "text/*",
            Media::Multipart => "multipart/*",
            Media::Bytes => "any",
        };
        let sent = if content_type.is_empty() {
            "none".to_string()
        } else {
            format!("`{content_type}`")
        };
        return Err(reject(
            Reason::UnsupportedMediaType,
            format!(
                "the body's content type is {sent}; `{}` takes {expected}",
                op.id
            ),
        ));
    }
    let value = match b.media {
        Media::Json => serde_json::from_slice::<Value>(&bytes).map_err(|e| {
            reject(
                Reason::Malformed,
                format!("the body is not valid JSON: {e}"),
            )
        })?,
        Media::Form => {
            let pairs: Vec<(String, String)> =
                serde_urlencoded::from_bytes(&bytes).map_err(|e| {
                    reject(
                        Reason::Malformed,
                        format!("the form body does not parse: {e}"),
                    )
                })?;
            form_value(api, b.rule, pairs)
        }
        Media::Text => {
            let text = String::from_utf8(bytes.to_vec())
                .map_err(|_| reject(Reason::Malformed, "the text body is not UTF-8".into()))?;
            return Ok(Some(Payload::Text(text)));
        }
        Media::Multipart | Media::Bytes => {
            return Ok(Some(Payload::Raw(RawBody {
                content_type,
                bytes: bytes.to_vec(),
            })));
        }
    };
    if let Some(rule) = b.rule {
        violations.extend(
            api.rules
                .check_formats(rule, &value, "body", config.assert_formats),
        );
    }
    Ok(Some(Payload::Json(value)))
}

/// Form pairs as an object typed by the body's rule: repeated keys and array properties
/// become arrays.
fn form_value(api: &Api, rule: Option<u32>, pairs: Vec<(String, String)>) -> Value {
    let mut map = Map::new();
    for (k, v) in pairs {
        let prop = rule.and_then(|r| property_rule(api.rules, r, &k, 0));
        let is_array = prop.is_some_and(|p| types_of(api.rules, p, 0) & ty::ARRAY != 0);
        if is_array {
            let item = prop.and_then(|p| items_of(api.rules, p, 0));
            let value = scalar(api, item, &v);
            match map.entry(k).or_insert_with(|| Value::Array(Vec::new())) {
                Value::Array(a) => a.push(value),
                other => *other = Value::Array(vec![value]),
            }
        } else {
            map.insert(k, scalar(api, prop, &v));
        }
    }
    Value::Object(map)
}

fn status(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

fn bytes_response(code: u16, content_type: &str, body: Vec<u8>) -> Response {
    let mut response = (status(code), body).into_response();
    if let Ok(v) = HeaderValue::from_str(content_type) {
        response.headers_mut().insert(header::CONTENT_TYPE, v);
    }
    response
}

/// A JSON reply. A body that cannot be serialised (a non-finite float) is a 500.
pub fn json<T: Serialize>(code: u16, content_type: &str, body: &T) -> Response {
    match serde_json::to_vec(body) {
        Ok(bytes) => bytes_response(code, content_type, bytes),
        Err(e) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("the reply does not serialise: {e}"),
        )
            .into_response(),
    }
}

/// A text reply.
pub fn text(code: u16, content_type: &str, body: String) -> Response {
    bytes_response(code, content_type, body.into_bytes())
}

/// A reply of bytes.
pub fn bytes(code: u16, content_type: &str, body: Vec<u8>) -> Response {
    bytes_response(code, content_type, body)
}

/// A reply with no body.
pub fn empty(code: u16) -> Response {
    status(code).into_response()
}

/// Headers a reply sets on top of its body's: the documented ones (typed, from the
/// operation's `{Op}Headers`) or any other. Made by [`SetHeaders`]; a name or value HTTP does not allow makes the reply a 500 naming it, as a
/// body that does not serialise does.
#[derive(Debug, Clone, Default)]
pub struct ReplyHeaders {
    pairs: Vec<(String, String)>,
    error: Option<String>,
}

impl ReplyHeaders {
    /// Header `name` with `value`.
    pub fn one(name: &str, value: &str) -> Self {
        ReplyHeaders {
            pairs: vec![(name.to_string(), value.to_string())],
            error: None,
        }
    }

    /// The typed headers `typed` (their absent fields add nothing).
    pub fn typed<H: Serialize>(typed: &H) -> Self {
        match super::headers::encode(typed) {
            Ok(pairs) => ReplyHeaders { pairs, error: None },
            Err(e) => ReplyHeaders {
                pairs: Vec::new(),
                error: Some(e.to_string()),
            },
        }
    }

    /// `response` with these headers added.
    pub fn apply(self, mut response: Response) -> Response {
        let mut bad = self.error;
        for (name, value) in &self.pairs {
            match (
                header::HeaderName::from_bytes(name.as_bytes()),
                HeaderValue::from_str(value),
            ) {
                (Ok(n), Ok(v)) => {
                    response.headers_mut().append(n, v);
                }
                _ => {
                    bad = Some(format!(
                        "the reply's header `{name}` is not a valid HTTP header"
                    ))
                }
            }
        }
        match bad {
            Some(why) => (StatusCode::INTERNAL_SERVER_ERROR, why).into_response(),
            None => response,
        }
    }
}

/// Headers on a reply: every operation's reply enum has [`SetHeaders::with_header`], and
/// [`SetHeaders::with_headers`] for the documented headers struct of its operation
/// (`{Op}Headers`, see [`HeadersOf`]). A reply that sets none is written as before.
pub trait SetHeaders: Sized {
    /// This answer with `headers` set on top (the reply's `WithHeaders` variant).
    fn wrap(self, headers: ReplyHeaders) -> Self;

    /// This answer with header `name` set to `value` (one the spec does not document, or one
    /// of its own).
    fn with_header(self, name: &str, value: &str) -> Self {
        self.wrap(ReplyHeaders::one(name, value))
    }

    /// This answer with the operation's documented headers set (absent fields add none).
    fn with_headers<H: HeadersOf<Self>>(self, headers: &H) -> Self {
        self.wrap(ReplyHeaders::typed(headers))
    }
}

/// Marks `{Op}Headers` as the documented headers of reply `R`: only its own operation's
/// headers struct goes into [`SetHeaders::with_headers`].
pub trait HeadersOf<R>: Serialize {}

/// Implements [`SetHeaders`] for a generated reply enum (through its `WithHeaders` variant)
/// and, given its operation's headers struct, [`HeadersOf`] for that struct: one line per
/// operation instead of an `impl` block. Called where this module is imported as `rt`.
// Exported (hidden) so that crates using this runtime as a dependency reach it; the module form
// a build script includes makes it local again (two APIs in one crate would clash at its root).
#[doc(hidden)]
#[macro_export]
macro_rules! __specforge_set_headers {
    ($reply:ident $(, $headers:ty)?) => {
        impl rt::SetHeaders for $reply {
            fn wrap(self, headers: rt::ReplyHeaders) -> Self {
                $reply::WithHeaders(::std::boxed::Box::new(self), headers)
            }
        }
        $(impl rt::HeadersOf<$reply> for $headers {})?
    };
}
#[doc(inline)]
pub use crate::__specforge_set_headers as set_headers;

/// An operation's handler, as generated servers declare it (one line per operation): the
/// request prepared and checked against `OPERATIONS[op]`, its credentials authorized when the
/// operation's id is given, its input read, then the trait's method called. Called through
/// the trait, so an operation named `into` or `clone` is not a std method. Called where the
/// generated server's `Api`, `API`, `OPERATIONS` and `rt` are in scope; the trait's `reject`
/// and `authorize` are named after a `;` when an operation took their names.
// Exported (hidden) and made local in the module form, as `set_headers!` is.
#[doc(hidden)]
#[macro_export]
macro_rules! __specforge_handler {
    (@ $reject:ident, $authorize:ident, $name:ident, $input:ty, $method:ident, $op:literal
        $(, $id:literal)?) => {
        async fn $name<A: Api>(
            ::axum::extract::State(shared): ::axum::extract::State<
                ::std::sync::Arc<rt::Shared<A>>,
            >,
            request: ::axum::extract::Request,
        ) -> ::axum::response::Response {
            let mut prepared =
                match rt::prepare(&API, &OPERATIONS[$op], &shared.config, request).await {
                    ::std::result::Result::Ok(prepared) => prepared,
                    ::std::result::Result::Err(rejection) => {
                        return <A as Api>::$reject(&shared.api, rejection);
                    }
                };
            $(
                if !<A as Api>::$authorize(&shared.api, $id, prepared.credentials_ref()).await {
                    return <A as Api>::$reject(&shared.api, prepared.refused());
                }
            )?
            match <$input as rt::FromPrepared>::from_prepared(&mut prepared) {
                ::std::result::Result::Ok(input) => ::axum::response::IntoResponse::into_response(
                    <A as Api>::$method(&shared.api, input).await,
                ),
                ::std::result::Result::Err(rejection) => <A as Api>::$reject(&shared.api, rejection),
            }
        }
    };
    ($name:ident, $input:ty, $method:ident, $op:literal $(, $id:literal)?;
        $reject:ident, $authorize:ident) => {
        rt::handler!(@ $reject, $authorize, $name, $input, $method, $op $(, $id)?);
    };
    ($name:ident, $input:ty, $method:ident, $op:literal $(, $id:literal)?) => {
        rt::handler!(@ reject, authorize, $name, $input, $method, $op $(, $id)?);
    };
}
#[doc(inline)]
pub use crate::__specforge_handler as handler;

pub use super::stream::Framing;

/// The items of a streamed reply (server-sent events, JSON Lines, JSON text sequences),
/// written to the client as the implementation produces them.
pub struct ItemStream<T> {
    inner: std::pin::Pin<Box<dyn futures_core::Stream<Item = T> + Send>>,
}

impl<T> std::fmt::Debug for ItemStream<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ItemStream")
    }
}

impl<T: Send + 'static> ItemStream<T> {
    /// The items of `stream`, each written as it is ready (a channel, a database cursor).
    pub fn new(stream: impl futures_core::Stream<Item = T> + Send + 'static) -> Self {
        ItemStream {
            inner: Box::pin(stream),
        }
    }

    /// Items known up front.
    pub fn from_items<I>(items: I) -> Self
    where
        I: IntoIterator<Item = T>,
        I::IntoIter: Send + Unpin + 'static,
    {
        ItemStream::new(Iter(items.into_iter()))
    }
}

/// An iterator as a stream that is always ready.
struct Iter<I>(I);

impl<I: Iterator + Unpin> futures_core::Stream for Iter<I> {
    type Item = I::Item;

    fn poll_next(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<I::Item>> {
        std::task::Poll::Ready(self.get_mut().0.next())
    }
}

/// Each item serialised and framed.
struct Framed<T> {
    items: ItemStream<T>,
    framing: Framing,
}

impl<T: Serialize> futures_core::Stream for Framed<T> {
    type Item = Result<Vec<u8>, std::convert::Infallible>;

    fn poll_next(
        self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        let this = self.get_mut();
        this.items.inner.as_mut().poll_next(cx).map(|item| {
            // An item that does not serialise (a map with non-string keys) ends the stream:
            // the status is sent already, and a partial record would corrupt the framing.
            let value = serde_json::to_value(item?).ok()?;
            Some(Ok(super::stream::encode(this.framing, &value)))
        })
    }
}

/// A streamed reply: each item framed as `framing` (`text/event-stream` is not cached).
pub fn stream<T: Serialize + Send + 'static>(
    code: u16,
    content_type: &str,
    framing: Framing,
    items: ItemStream<T>,
) -> Response {
    let mut response = Response::new(AxumBody::from_stream(Framed { items, framing }));
    *response.status_mut() = status(code);
    if let Ok(v) = HeaderValue::from_str(content_type) {
        response.headers_mut().insert(header::CONTENT_TYPE, v);
    }
    if matches!(framing, Framing::SseData | Framing::SseEvent) {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffixed_segments_are_found_from_the_end() {
        let request = |path: &str| {
            Request::builder()
                .uri(path)
                .body(AxumBody::empty())
                .unwrap()
        };
        assert!(segment_ends_with(
            &request("/v1/jobs/a:cancel"),
            0,
            ":cancel"
        ));
        assert!(segment_ends_with(
            &request("/v1/jobs/a%3Acancel"),
            0,
            ":cancel"
        ));
        assert!(segment_ends_with(&request("/v1/a:run/logs"), 1, ":run"));
        assert!(!segment_ends_with(&request("/v1/jobs/a"), 0, ":cancel"));
    }

    #[test]
    fn basic_credentials_decode() {
        assert_eq!(basic_credential("dXNlcjpwYXNz"), "user:pass");
        assert_eq!(basic_credential("not base64!"), "not base64!");
    }

    #[test]
    fn content_types_match_their_media() {
        assert!(accepts(Media::Json, "application/json; charset=utf-8"));
        assert!(accepts(Media::Json, "application/problem+json"));
        assert!(!accepts(Media::Json, "text/plain"));
        assert!(accepts(Media::Form, "application/x-www-form-urlencoded"));
        assert!(!accepts(Media::Form, ""));
    }
}
