//! What a generated client needs at run time: parameter encoding by OpenAPI style, credentials
//! for the spec's security schemes, sending a request and decoding the answer.
//!
//! Generated methods stay short: they build a [`Request`], hand it to [`Core::execute`] and
//! match the status onto the documented response types with [`json`], [`text`] and [`api`].

use super::Error;
pub use super::headers::HeaderError;
use super::headers::{scalar, simple};
pub use super::stream::Framing;
use super::stream::{self, Decoder, Record};
use super::wire::{Place, percent_encode, serialize};
pub use super::wire::{QueryMedia, RawBody, Scheme, Style};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::BTreeMap;

/// A credential set on a client for one scheme.
#[derive(Clone)]
enum Secret {
    Token(String),
    Basic(String, Option<String>),
}

/// Secrets are never printed.
impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}

/// The part of a generated client that does not depend on the API: the HTTP client, the base
/// URL, the credentials given so far, the hooks and the retry policy.
#[derive(Debug, Clone)]
pub struct Core {
    http: reqwest::Client,
    base_url: String,
    schemes: &'static [(&'static str, Scheme)],
    secrets: BTreeMap<&'static str, Secret>,
    hooks: Hooks,
    retry: Option<Retry>,
}

/// The boxed error a [`Hook`] returns.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// What a [`Hook`] method returns: a future, so a hook can await (refresh a token, ask a
/// signer).
pub type HookFuture<'a> =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), BoxError>> + Send + 'a>>;

/// Code run around every request a client sends: tracing, signing, refreshing credentials,
/// recording rate limits. Both methods do nothing unless overridden; a closure
/// `Fn(&mut reqwest::Request) -> Result<(), BoxError>` is a hook that runs before sending.
///
/// A retried call runs the hooks on every attempt. An error from [`Hook::before_send`] stops
/// the call before anything is sent; one from [`Hook::after_receive`] stops it before the body
/// is read. Either comes back as [`Error::Hook`].
pub trait Hook: Send + Sync + 'static {
    /// Called with each request just before it is sent; may change it (add headers).
    fn before_send<'a>(&'a self, request: &'a mut reqwest::Request) -> HookFuture<'a> {
        let _ = request;
        Box::pin(std::future::ready(Ok(())))
    }

    /// Called with each response (status and headers; the body is not read yet).
    fn after_receive<'a>(&'a self, response: &'a reqwest::Response) -> HookFuture<'a> {
        let _ = response;
        Box::pin(std::future::ready(Ok(())))
    }
}

impl<F> Hook for F
where
    F: Fn(&mut reqwest::Request) -> Result<(), BoxError> + Send + Sync + 'static,
{
    fn before_send<'a>(&'a self, request: &'a mut reqwest::Request) -> HookFuture<'a> {
        Box::pin(std::future::ready(self(request)))
    }
}

/// The hooks of a client, in the order they were added (shared by its clones).
#[derive(Clone, Default)]
struct Hooks(Vec<std::sync::Arc<dyn Hook>>);

impl std::fmt::Debug for Hooks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} hook(s)", self.0.len())
    }
}

/// Opt-in retries of idempotent calls (`GET`, `HEAD`, `OPTIONS`, `TRACE`, `PUT`, `DELETE`,
/// `QUERY`): on a connection failure or timeout, and on `429`, `502`, `503` and `504`. The wait
/// before attempt *n* is what the answer's `Retry-After` asks (seconds or an HTTP date), else an
/// exponential backoff from [`Retry::base_delay`] with jitter; an answer asking for longer than
/// [`Retry::max_delay`] is returned as it is, not waited for. `POST` and `PATCH` are never
/// retried: the first attempt may have taken effect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Retry {
    attempts: u32,
    base_delay: std::time::Duration,
    max_delay: std::time::Duration,
}

impl Default for Retry {
    /// Three attempts, 200 ms base delay, waits of at most 30 s.
    fn default() -> Self {
        Retry {
            attempts: 3,
            base_delay: std::time::Duration::from_millis(200),
            max_delay: std::time::Duration::from_secs(30),
        }
    }
}

impl Retry {
    /// At most `attempts` attempts in all (the first one included; `1` never retries).
    pub fn attempts(mut self, attempts: u32) -> Self {
        self.attempts = attempts.max(1);
        self
    }

    /// The wait before the second attempt when the answer gives no `Retry-After`; it doubles
    /// for each attempt after.
    pub fn base_delay(mut self, delay: std::time::Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// The longest wait: a `Retry-After` beyond it ends the retries.
    pub fn max_delay(mut self, delay: std::time::Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// Whether a call with `method` may be retried.
    fn applies_to(&self, method: &reqwest::Method) -> bool {
        use reqwest::Method;
        self.attempts > 1
            && (matches!(
                *method,
                Method::GET
                    | Method::HEAD
                    | Method::OPTIONS
                    | Method::TRACE
                    | Method::PUT
                    | Method::DELETE
            ) || method.as_str() == "QUERY")
    }

    /// The backoff before attempt `attempt + 1` (`attempt` counts from 0): the base delay
    /// doubled per attempt, capped, with up to a quarter taken off at random so that many
    /// clients do not retry in step.
    fn backoff(&self, attempt: u32) -> std::time::Duration {
        use std::hash::{BuildHasher, Hasher};
        let full = self
            .base_delay
            .saturating_mul(1u32 << attempt.min(16))
            .min(self.max_delay);
        let random = std::collections::hash_map::RandomState::new()
            .build_hasher()
            .finish();
        full - full.mul_f64((random % 1000) as f64 / 4000.0)
    }
}

/// Whether a status is worth retrying: the server is overloaded or a gateway failed.
fn retryable(status: reqwest::StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 502 | 503 | 504)
}

/// The wait a `Retry-After` header asks for: delay-seconds or an HTTP date (RFC 9110 10.2.3).
pub fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<std::time::Duration> {
    let value = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(std::time::Duration::from_secs(seconds));
    }
    // chrono parses the IMF-fixdate (`Wed, 21 Oct 2015 07:28:00 GMT`); the clock is std's, as
    // chrono is built without its own.
    let at = chrono::DateTime::parse_from_rfc2822(value)
        .ok()?
        .timestamp();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    // A date in the past asks for no wait.
    Some(std::time::Duration::from_secs(
        u64::try_from(at).unwrap_or(0).saturating_sub(now),
    ))
}

impl Core {
    /// A core for `base_url` (a trailing `/` is ignored) and the API's security schemes.
    pub fn new(
        base_url: impl Into<String>,
        http: reqwest::Client,
        schemes: &'static [(&'static str, Scheme)],
    ) -> Self {
        let mut base_url = base_url.into();
        while base_url.ends_with('/') {
            base_url.pop();
        }
        Core {
            http,
            base_url,
            schemes,
            secrets: BTreeMap::new(),
            hooks: Hooks::default(),
            retry: None,
        }
    }

    /// Adds a hook, run after those added before it.
    pub fn add_hook(&mut self, hook: impl Hook) {
        self.hooks.0.push(std::sync::Arc::new(hook));
    }

    /// Sets the retry policy (`None`, the default, sends each call once).
    pub fn set_retry(&mut self, retry: Option<Retry>) {
        self.retry = retry;
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Sets the token or API key for scheme `name`.
    pub fn set_token(&mut self, name: &'static str, token: String) {
        self.secrets.insert(name, Secret::Token(token));
    }

    /// Sets the user name and password for the HTTP basic scheme `name`.
    pub fn set_basic(&mut self, name: &'static str, user: String, password: Option<String>) {
        self.secrets.insert(name, Secret::Basic(user, password));
    }

    /// Sends `request`, authenticated by the first alternative of `security` whose schemes all
    /// have credentials (an empty alternative means none are needed), and returns the status,
    /// the headers and the whole body. With no alternative satisfied the request goes out
    /// unauthenticated and the server's answer (typically a documented 401) tells the caller.
    pub async fn execute<E>(
        &self,
        request: Request,
        security: &[&[&'static str]],
    ) -> Result<(u16, reqwest::header::HeaderMap, Vec<u8>), Error<E>> {
        read_all(self.open(request, security).await?).await
    }

    /// Sends `request` as [`Core::execute`] does and returns the response before its body
    /// is read (a stream's items are read as they arrive, with [`Items`]).
    pub async fn open<E>(
        &self,
        request: Request,
        security: &[&[&'static str]],
    ) -> Result<reqwest::Response, Error<E>> {
        if let Some(segment) = dot_segment(&request.path) {
            return Err(Error::InvalidRequest(
                format!(
                    "the path `{}` has the dot-segment `{segment}` (a path parameter `.` or `..`): \
                     URL resolution would send the request to another resource, so nothing was sent",
                    request.path
                )
                .into(),
            ));
        }
        let mut url = String::with_capacity(self.base_url.len() + request.path.len());
        url.push_str(&self.base_url);
        url.push_str(&request.path);
        let mut url = reqwest::Url::parse(&url).map_err(|e| Error::InvalidRequest(Box::new(e)))?;
        let mut query = request.query;
        if let Some(q) = request.query_string {
            query.insert(0, q);
        }
        let mut headers = request.headers;
        let mut cookies = request.cookies;
        let mut basic = None;
        let chosen = security
            .iter()
            .find(|alt| alt.iter().all(|s| self.secrets.contains_key(s)));
        for name in chosen.into_iter().flat_map(|alt| alt.iter()) {
            let Some(scheme) = self.schemes.iter().find(|(n, _)| n == name).map(|s| s.1) else {
                continue;
            };
            match (scheme, &self.secrets[name]) {
                (Scheme::Header(h), Secret::Token(t)) => headers.push((h.to_string(), t.clone())),
                (Scheme::Query(q), Secret::Token(t)) => query.push(format!(
                    "{}={}",
                    percent_encode(q, b"", b""),
                    percent_encode(t, b"", b"")
                )),
                (Scheme::Cookie(c), Secret::Token(t)) => cookies.push(format!("{c}={t}")),
                (Scheme::Bearer, Secret::Token(t)) => {
                    headers.push(("authorization".to_string(), format!("Bearer {t}")))
                }
                (Scheme::Basic, Secret::Basic(u, p)) => basic = Some((u.clone(), p.clone())),
                _ => {}
            }
        }
        // Each parameter's pairs are encoded by its style (an array's `,` delimiters raw, a
        // `,` inside an item `%2C`), so they are joined as they are.
        if !query.is_empty() {
            url.set_query(Some(&query.join("&")));
        }
        let mut builder = self.http.request(request.method, url);
        for (k, v) in headers {
            builder = builder.header(k, v);
        }
        if !cookies.is_empty() {
            builder = builder.header("cookie", cookies.join("; "));
        }
        if let Some((user, password)) = basic {
            builder = builder.basic_auth(user, password);
        }
        if let Some((content_type, body)) = request.body {
            builder = builder.header("content-type", content_type).body(body);
        }
        let built = builder
            .build()
            .map_err(|e| Error::InvalidRequest(Box::new(e)))?;
        self.send(built).await
    }

    /// Sends a built request through the hooks, retrying as the policy allows.
    async fn send<E>(&self, request: reqwest::Request) -> Result<reqwest::Response, Error<E>> {
        let policy = self
            .retry
            .as_ref()
            .filter(|r| r.applies_to(request.method()))
            .cloned();
        let attempts = policy.as_ref().map_or(1, |r| r.attempts);
        let mut pending = request;
        let mut attempt = 0;
        loop {
            // A copy goes out and the original waits for the next attempt. Bodies are bytes,
            // so a request clones; one that does not is sent once more, as the last.
            // Cloned only when another attempt may follow: a call sent once copies nothing.
            let copy = (attempt + 1 < attempts)
                .then(|| pending.try_clone())
                .flatten();
            let (mut this, next) = match copy {
                Some(copy) => (copy, Some(pending)),
                None => (pending, None),
            };
            let retry = policy.as_ref().zip(next);
            for hook in &self.hooks.0 {
                hook.before_send(&mut this).await.map_err(Error::Hook)?;
            }
            let (wait, next) = match (self.http.execute(this).await, retry) {
                (Ok(response), retry) => {
                    for hook in &self.hooks.0 {
                        hook.after_receive(&response).await.map_err(Error::Hook)?;
                    }
                    let Some((policy, next)) = retry.filter(|_| retryable(response.status()))
                    else {
                        return Ok(response);
                    };
                    match retry_after(response.headers()) {
                        Some(asked) if asked > policy.max_delay => return Ok(response),
                        Some(asked) => (asked, next),
                        None => (policy.backoff(attempt), next),
                    }
                }
                (Err(e), Some((policy, next))) if e.is_connect() || e.is_timeout() => {
                    (policy.backoff(attempt), next)
                }
                (Err(e), _) => return Err(Error::Transport(Box::new(e))),
            };
            tokio::time::sleep(wait).await;
            pending = next;
            attempt += 1;
        }
    }
}

/// The status and the whole body of `response`.
pub async fn read_all<E>(
    response: reqwest::Response,
) -> Result<(u16, reqwest::header::HeaderMap, Vec<u8>), Error<E>> {
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response
        .bytes()
        .await
        .map_err(|e| Error::Transport(Box::new(e)))?;
    Ok((status, headers, body.to_vec()))
}

/// An answer decoded from its status and body, its error given the answer's `headers`.
pub fn with_headers<T, E>(
    answer: Result<T, Error<E>>,
    headers: &reqwest::header::HeaderMap,
) -> Result<T, Error<E>> {
    answer.map_err(|e| e.with_headers(headers))
}

/// An answer with its status and headers (rate limits, `ETag`, `Location`, pagination links):
/// what each `{operation}_with_response` method returns. `H` is the operation's documented
/// success headers (`{Op}Headers`), read on demand with [`Response::typed_headers`]; `()` when
/// it documents none.
#[derive(Debug, Clone)]
pub struct Response<T, H = ()> {
    /// The status code.
    pub status: u16,
    /// The response headers.
    pub headers: reqwest::header::HeaderMap,
    /// The decoded answer.
    pub value: T,
    typed: std::marker::PhantomData<fn() -> H>,
}

impl<T, H> Response<T, H> {
    /// An answer of `status` with `headers`.
    pub fn new(status: u16, headers: reqwest::header::HeaderMap, value: T) -> Self {
        Response {
            status,
            headers,
            value,
            typed: std::marker::PhantomData,
        }
    }

    /// The answer alone.
    pub fn into_value(self) -> T {
        self.value
    }

    /// Header `name` as text, when present and visible ASCII (the first, if repeated).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name)?.to_str().ok()
    }

    /// Header `name` parsed as a `V` (`response.header_as::<u32>("X-RateLimit-Remaining")`);
    /// `None` when absent or not a `V`.
    pub fn header_as<V: std::str::FromStr>(&self, name: &str) -> Option<V> {
        self.header(name)?.trim().parse().ok()
    }

    /// The documented headers, typed by their schemas. Read when asked, so a malformed header
    /// the caller does not look at never fails a call; a required one that is missing, or one
    /// whose text is not of its type, is a [`HeaderError`] naming it.
    pub fn typed_headers(&self) -> Result<H, HeaderError>
    where
        H: DeserializeOwned,
    {
        super::headers::decode(
            self.headers
                .iter()
                .map(|(name, value)| (name.as_str(), value.as_bytes())),
        )
    }
}

/// The items of a streamed response (server-sent events, JSON Lines, JSON text sequences),
/// each decoded as it arrives: a [`futures_core::Stream`], or read with [`Items::next`].
/// A record that does not decode is an [`Error::InvalidBody`] item and the stream goes on; a
/// broken connection is an [`Error::Transport`] item and the stream ends.
pub struct Items<T, E> {
    state: Option<Box<Reader>>,
    pending: Option<ItemFuture<T, E>>,
}

type ItemFuture<T, E> = std::pin::Pin<
    Box<dyn std::future::Future<Output = (Box<Reader>, Option<Result<T, Error<E>>>)> + Send>,
>;

/// A binary answer read as it arrives (`{operation}_download`): the status and headers at once,
/// then the body in chunks, so a large file never has to fit in memory. A `futures_core::Stream`
/// of chunks, or `chunk().await` in a loop.
pub struct Download<E> {
    status: u16,
    headers: reqwest::header::HeaderMap,
    response: Option<reqwest::Response>,
    pending: Option<ChunkFuture<E>>,
}

type ChunkFuture<E> = std::pin::Pin<
    Box<
        dyn std::future::Future<Output = (reqwest::Response, Option<Result<Vec<u8>, Error<E>>>)>
            + Send,
    >,
>;

impl<E> std::fmt::Debug for Download<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Download")
            .field("status", &self.status)
            .field(
                "finished",
                &(self.response.is_none() && self.pending.is_none()),
            )
            .finish()
    }
}

impl<E: Send + 'static> Download<E> {
    /// The body of `response`, still to be read.
    pub fn new(response: reqwest::Response) -> Self {
        Download {
            status: response.status().as_u16(),
            headers: response.headers().clone(),
            response: Some(response),
            pending: None,
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The answer's headers.
    pub fn headers(&self) -> &reqwest::header::HeaderMap {
        &self.headers
    }

    /// A header's value as text, if present and visible ASCII.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The body's length as the server announced it (`Content-Length`), if it did.
    pub fn content_length(&self) -> Option<u64> {
        self.header("content-length")?.trim().parse().ok()
    }

    /// The next chunk of the body; `None` once it is all read. A connection that fails
    /// midway is `Error::Transport`, and the download ends.
    pub async fn chunk(&mut self) -> Result<Option<Vec<u8>>, Error<E>> {
        let Some(response) = self.response.as_mut() else {
            return Ok(None);
        };
        match response.chunk().await {
            Ok(Some(bytes)) => Ok(Some(bytes.to_vec())),
            Ok(None) => {
                self.response = None;
                Ok(None)
            }
            Err(e) => {
                self.response = None;
                Err(Error::Transport(Box::new(e)))
            }
        }
    }
}

impl<E: Send + 'static> futures_core::Stream for Download<E> {
    type Item = Result<Vec<u8>, Error<E>>;

    fn poll_next(
        self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        let this = self.get_mut();
        if this.pending.is_none() {
            let Some(mut response) = this.response.take() else {
                return std::task::Poll::Ready(None);
            };
            this.pending = Some(Box::pin(async move {
                let chunk = match response.chunk().await {
                    Ok(Some(bytes)) => Some(Ok(bytes.to_vec())),
                    Ok(None) => None,
                    Err(e) => Some(Err(Error::Transport(Box::new(e)))),
                };
                (response, chunk)
            }));
        }
        let Some(pending) = this.pending.as_mut() else {
            return std::task::Poll::Ready(None);
        };
        match pending.as_mut().poll(cx) {
            std::task::Poll::Pending => std::task::Poll::Pending,
            std::task::Poll::Ready((response, chunk)) => {
                this.pending = None;
                // After the end or a failure, nothing more is read.
                if matches!(chunk, Some(Ok(_))) {
                    this.response = Some(response);
                }
                std::task::Poll::Ready(chunk)
            }
        }
    }
}

/// A response body being read in records.
struct Reader {
    response: reqwest::Response,
    decoder: Decoder,
    status: u16,
    eof: bool,
}

impl<T, E> std::fmt::Debug for Items<T, E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Items")
            .field(
                "finished",
                &(self.state.is_none() && self.pending.is_none()),
            )
            .finish()
    }
}

impl<T: DeserializeOwned + Send + 'static, E: Send + 'static> Items<T, E> {
    /// The items of `response`, framed as `framing`.
    pub fn new(response: reqwest::Response, framing: Framing) -> Self {
        Items {
            state: Some(Box::new(Reader {
                status: response.status().as_u16(),
                response,
                decoder: Decoder::new(framing),
                eof: false,
            })),
            pending: None,
        }
    }

    /// The next item; `None` once the stream has ended.
    pub async fn next(&mut self) -> Option<Result<T, Error<E>>> {
        std::future::poll_fn(|cx| {
            futures_core::Stream::poll_next(std::pin::Pin::new(&mut *self), cx)
        })
        .await
    }
}

impl<T: DeserializeOwned + Send + 'static, E: Send + 'static> futures_core::Stream for Items<T, E> {
    type Item = Result<T, Error<E>>;

    fn poll_next(
        self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        let this = self.get_mut();
        if this.pending.is_none() {
            let Some(reader) = this.state.take() else {
                return std::task::Poll::Ready(None);
            };
            this.pending = Some(Box::pin(next_item::<T, E>(reader)));
        }
        let Some(pending) = this.pending.as_mut() else {
            return std::task::Poll::Ready(None);
        };
        match pending.as_mut().poll(cx) {
            std::task::Poll::Pending => std::task::Poll::Pending,
            std::task::Poll::Ready((reader, item)) => {
                this.pending = None;
                if item.is_some() {
                    this.state = Some(reader);
                }
                std::task::Poll::Ready(item)
            }
        }
    }
}

async fn next_item<T: DeserializeOwned, E>(
    mut r: Box<Reader>,
) -> (Box<Reader>, Option<Result<T, Error<E>>>) {
    let invalid = |status, body: Vec<u8>, why: String| Error::InvalidBody {
        status,
        headers: Box::default(),
        body,
        path: String::new(),
        source: <serde_json::Error as serde::de::Error>::custom(why),
    };
    loop {
        if let Some(record) = r.decoder.next(r.eof) {
            let item = match record {
                Record::Value(v) => serde_json::from_value::<T>(v.clone())
                    .map_err(|_| invalid_body::<T, E>(r.status, v.to_string().as_bytes())),
                Record::Invalid(bytes, why) => Err(invalid(r.status, bytes, why)),
            };
            let item = item.map_err(|e| e.with_headers(r.response.headers()));
            return (r, Some(item));
        }
        if r.eof || r.decoder.is_done() {
            return (r, None);
        }
        if r.decoder.overflowed() {
            r.eof = true;
            let over = invalid(
                r.status,
                Vec::new(),
                format!("a stream record is over {} bytes", stream::MAX_RECORD),
            )
            .with_headers(r.response.headers());
            return (r, Some(Err(over)));
        }
        match r.response.chunk().await {
            Ok(Some(bytes)) => r.decoder.push(&bytes),
            Ok(None) => r.eof = true,
            Err(e) => {
                r.eof = true;
                return (r, Some(Err(Error::Transport(Box::new(e)))));
            }
        }
    }
}

/// One request, before the base URL and credentials are added.
#[derive(Debug)]
pub struct Request {
    method: reqwest::Method,
    path: String,
    /// Encoded `name=value` pairs, `&`-joined per parameter.
    query: Vec<String>,
    headers: Vec<(String, String)>,
    /// `name=value` pairs, `; `-joined per parameter.
    cookies: Vec<String>,
    query_string: Option<String>,
    body: Option<(String, Vec<u8>)>,
}

impl Request {
    /// A request for `method` on `path` (already filled in with [`path_param`]).
    pub fn new(method: reqwest::Method, path: String) -> Self {
        Request {
            method,
            path,
            query: Vec::new(),
            headers: Vec::new(),
            cookies: Vec::new(),
            query_string: None,
            body: None,
        }
    }

    /// Sets the whole query string from one value (an OpenAPI 3.2 `in: querystring`
    /// parameter), encoded as its media type; `None` and `null` set nothing.
    pub fn query_string<T: Serialize + ?Sized>(
        &mut self,
        value: &T,
        media: QueryMedia,
    ) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        let value = serde_json::to_value(value)?;
        if value.is_null() {
            return Ok(());
        }
        self.query_string = Some(match media {
            QueryMedia::Form => {
                let mut pairs = Vec::new();
                encode_query(&mut pairs, "", &value, Style::Form, true);
                let mut out = reqwest::Url::parse("http://x/").expect("a fixed URL parses");
                out.query_pairs_mut().extend_pairs(pairs);
                out.query().unwrap_or_default().to_string()
            }
            QueryMedia::Json => percent_encode(&value.to_string(), b"", b""),
            QueryMedia::Text => percent_encode(&scalar(&value), b"", b""),
        });
        Ok(())
    }

    /// Adds query parameter `name` in `style`; `None` and `null` add nothing.
    pub fn query<T: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
        style: Style,
        explode: bool,
    ) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        self.query_with(name, value, style, explode, false)
    }

    /// Adds query parameter `name` as [`Request::query`] does, RFC 3986's reserved
    /// characters unencoded but `&`, `=`, `+`, `#` (and `,` inside arrays and objects, where
    /// it is the delimiter): OpenAPI's `allowReserved`.
    pub fn query_reserved<T: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
        style: Style,
        explode: bool,
    ) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        self.query_with(name, value, style, explode, true)
    }

    fn query_with<T: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
        style: Style,
        explode: bool,
        allow_reserved: bool,
    ) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        let value = serde_json::to_value(value)?;
        self.query.extend(serialize(
            Place::Query,
            name,
            &value,
            style,
            explode,
            allow_reserved,
        ));
        Ok(())
    }

    /// Asks for `media_type` (the `Accept` header): a streaming method asks for its stream.
    pub fn accept(&mut self, media_type: &str) {
        self.headers
            .push(("accept".to_string(), media_type.to_string()));
    }

    /// Adds header `name` (simple style); `None` and `null` add nothing.
    pub fn header<T: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
        explode: bool,
    ) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        let value = serde_json::to_value(value)?;
        if let Some(text) = serialize(Place::Header, name, &value, Style::Simple, explode, false) {
            self.headers.push((name.to_string(), text));
        }
        Ok(())
    }

    /// Adds cookie `name` in `style` (`form`, percent-encoded, or 3.2's `cookie`, sent as
    /// it is); `None` and `null` add nothing.
    pub fn cookie<T: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
        style: Style,
        explode: bool,
    ) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        let value = serde_json::to_value(value)?;
        self.cookies.extend(serialize(
            Place::Cookie,
            name,
            &value,
            style,
            explode,
            false,
        ));
        Ok(())
    }

    /// Sets a JSON body.
    pub fn json<T: Serialize + ?Sized>(
        &mut self,
        content_type: &'static str,
        body: &T,
    ) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        self.body = Some((content_type.to_string(), serde_json::to_vec(body)?));
        Ok(())
    }

    /// Sets an `application/x-www-form-urlencoded` body from a struct or map.
    pub fn form<T: Serialize + ?Sized>(
        &mut self,
        body: &T,
    ) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        let value = serde_json::to_value(body)?;
        let mut pairs = Vec::new();
        encode_query(&mut pairs, "", &value, Style::Form, true);
        let mut out = reqwest::Url::parse("http://x/").expect("a fixed URL parses");
        out.query_pairs_mut().extend_pairs(pairs);
        let encoded = out.query().unwrap_or_default().as_bytes().to_vec();
        self.body = Some(("application/x-www-form-urlencoded".to_string(), encoded));
        Ok(())
    }

    /// Sets a body sent as it is, with `content_type`.
    pub fn raw(&mut self, content_type: &str, body: Vec<u8>) {
        self.body = Some((content_type.to_string(), body));
    }

    /// Sets a `multipart/form-data` body.
    pub fn multipart(&mut self, form: super::multipart::Form<'_>) {
        self.body = Some(form.encode());
    }

    /// Sets a body the caller encoded, with its own content type (a multipart boundary).
    pub fn raw_body(&mut self, body: RawBody) {
        self.body = Some((body.content_type, body.bytes));
    }
}

/// A parameter value given by `content: {application/json: …}`: sent as its JSON text, in
/// whichever place the parameter travels.
#[derive(Debug)]
pub struct JsonText<'a, T: ?Sized>(pub &'a T);

impl<T: Serialize + ?Sized> Serialize for JsonText<'_, T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let value = serde_json::to_value(self.0).map_err(serde::ser::Error::custom)?;
        if value.is_null() {
            // An absent optional parameter stays absent.
            return s.serialize_none();
        }
        s.serialize_str(&value.to_string())
    }
}

/// A path parameter value (simple style), percent-encoded for one path segment. A value that
/// is a dot-segment (`.`, `..`) has its dots encoded too; [`Client::execute`] then refuses the
/// request, since URL parsers still read `%2E%2E` as `..` and would request another resource.
pub fn path_param<T: Serialize + ?Sized>(value: &T) -> String {
    path_param_styled("", value, Style::Simple, false)
}

/// A path parameter value in `style` (`simple`, `label`, `matrix`; `name` is the one
/// `matrix` writes), percent-encoded for its place in one path segment. Dot-segments are
/// encoded as [`path_param`] says.
pub fn path_param_styled<T: Serialize + ?Sized>(
    name: &str,
    value: &T,
    style: Style,
    explode: bool,
) -> String {
    let value = serde_json::to_value(value).unwrap_or_default();
    let text = serialize(Place::Path, name, &value, style, explode, false).unwrap_or_default();
    if text == "." || text == ".." {
        return text.replace('.', "%2E");
    }
    text
}

/// The first segment of `path` that URL resolution (RFC 3986 section 5.2.4, WHATWG URL) reads
/// as `.` or `..`, encoded dots included.
fn dot_segment(path: &str) -> Option<&str> {
    let path = path.split(['?', '#']).next().unwrap_or(path);
    path.split('/').find(|seg| {
        let lower = seg.to_ascii_lowercase();
        let dots = lower.replace("%2e", ".");
        (dots == "." || dots == "..") && !seg.is_empty()
    })
}

/// Query pairs for one parameter, by style (OpenAPI 3 "Style Examples").
fn encode_query(
    out: &mut Vec<(String, String)>,
    name: &str,
    value: &Value,
    style: Style,
    explode: bool,
) {
    match value {
        Value::Null => {}
        Value::Array(items) => {
            let items: Vec<String> = items.iter().filter(|v| !v.is_null()).map(scalar).collect();
            match style {
                Style::SpaceDelimited if !explode => out.push((name.to_string(), items.join(" "))),
                Style::PipeDelimited if !explode => out.push((name.to_string(), items.join("|"))),
                _ if explode => out.extend(items.into_iter().map(|v| (name.to_string(), v))),
                _ => out.push((name.to_string(), items.join(","))),
            }
        }
        Value::Object(map) => match style {
            Style::DeepObject => {
                for (k, v) in map {
                    deep(out, &format!("{name}[{k}]"), v);
                }
            }
            _ if explode => {
                for (k, v) in map {
                    if !v.is_null() {
                        out.push((k.clone(), simple(v, false)));
                    }
                }
            }
            _ => out.push((name.to_string(), simple(value, false))),
        },
        other => out.push((name.to_string(), scalar(other))),
    }
}

/// `deepObject` nesting: `filter[created][gte]=1` (as Stripe reads it).
fn deep(out: &mut Vec<(String, String)>, key: &str, v: &Value) {
    match v {
        Value::Null => {}
        Value::Object(map) => {
            for (k, v) in map {
                deep(out, &format!("{key}[{k}]"), v);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                deep(out, &format!("{key}[{i}]"), v);
            }
        }
        other => out.push((key.to_string(), scalar(other))),
    }
}

/// Decodes a JSON body of a documented status; a body that does not match is
/// [`Error::InvalidBody`] with the raw bytes kept.
pub fn json<T: DeserializeOwned, E>(status: u16, body: &[u8]) -> Result<T, Error<E>> {
    serde_json::from_slice(body).map_err(|_| invalid_body::<T, E>(status, body))
}

/// The [`Error::InvalidBody`] for a body that did not decode as `T`, naming where: decoded
/// again with the path tracked, so a body that decodes pays nothing for it.
fn invalid_body<T: DeserializeOwned, E>(status: u16, body: &[u8]) -> Error<E> {
    let mut de = serde_json::Deserializer::from_slice(body);
    match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Err(e) => {
            let path = e.path().to_string();
            Error::InvalidBody {
                status,
                headers: Box::default(),
                body: body.to_vec(),
                path: if path == "." { String::new() } else { path },
                source: e.into_inner(),
            }
        }
        // Not reached (the same bytes failed a moment ago); kept total.
        Ok(_) => Error::InvalidBody {
            status,
            headers: Box::default(),
            body: body.to_vec(),
            path: String::new(),
            source: <serde_json::Error as serde::de::Error>::custom("the body does not decode"),
        },
    }
}

/// A text body (invalid UTF-8 is replaced, never an error).
pub fn text(body: &[u8]) -> String {
    String::from_utf8_lossy(body).into_owned()
}

/// A documented error status with its decoded body ([`with_headers`] adds the headers).
pub fn api<T, E>(status: u16, body: E) -> Result<T, Error<E>> {
    Err(Error::Api {
        status,
        headers: Box::default(),
        body,
    })
}

/// A status the spec does not document ([`with_headers`] adds the headers).
pub fn unexpected<T, E>(status: u16, body: Vec<u8>) -> Result<T, Error<E>> {
    Err(Error::UnexpectedStatus {
        status,
        headers: Box::default(),
        body,
    })
}

/// A request that could not be built (a value that does not serialise).
pub fn invalid<E>(e: Box<dyn std::error::Error + Send + Sync>) -> Error<E> {
    Error::InvalidRequest(e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn query(value: Value, style: Style, explode: bool) -> Vec<(String, String)> {
        let mut out = Vec::new();
        encode_query(&mut out, "id", &value, style, explode);
        out
    }

    #[test]
    fn query_styles_follow_the_spec_examples() {
        let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
            v.iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect()
        };
        assert_eq!(query(json!(5), Style::Form, true), pairs(&[("id", "5")]));
        assert_eq!(
            query(json!([3, 4, 5]), Style::Form, true),
            pairs(&[("id", "3"), ("id", "4"), ("id", "5")])
        );
        assert_eq!(
            query(json!([3, 4, 5]), Style::Form, false),
            pairs(&[("id", "3,4,5")])
        );
        assert_eq!(
            query(json!([3, 4, 5]), Style::PipeDelimited, false),
            pairs(&[("id", "3|4|5")])
        );
        assert_eq!(
            query(
                json!({"role": "admin", "firstName": "Alex"}),
                Style::Form,
                true
            ),
            pairs(&[("role", "admin"), ("firstName", "Alex")])
        );
        assert_eq!(
            query(json!({"role": "admin"}), Style::DeepObject, true),
            pairs(&[("id[role]", "admin")])
        );
        assert_eq!(
            query(json!({"created": {"gte": 1}}), Style::DeepObject, true),
            pairs(&[("id[created][gte]", "1")])
        );
        assert!(query(Value::Null, Style::Form, true).is_empty());
    }

    #[test]
    fn dot_segment_values_are_encoded_and_refused() {
        assert_eq!(path_param(".."), "%2E%2E");
        assert_eq!(path_param("."), "%2E");
        assert_eq!(path_param("..a"), "..a");
        assert_eq!(dot_segment("/widgets/%2E%2E/details"), Some("%2E%2E"));
        assert_eq!(dot_segment("/widgets/%2e/details"), Some("%2e"));
        assert_eq!(dot_segment("/widgets/.%2E"), Some(".%2E"));
        assert_eq!(dot_segment("/widgets/..a/details"), None);
        assert_eq!(dot_segment("/widgets/a.b/details?x=.."), None);
    }

    #[test]
    fn path_params_are_one_encoded_segment() {
        assert_eq!(path_param("a/b c"), "a%2Fb%20c");
        assert_eq!(path_param(&42), "42");
        assert_eq!(path_param("ünï"), "%C3%BCn%C3%AF");
        assert_eq!(path_param(&["a", "b"]), "a,b", "the delimiter is raw");
        assert_eq!(path_param(&["a,b"]), "a%2Cb", "a comma in an item is not");
    }

    #[test]
    fn secrets_do_not_print() {
        let mut core = Core::new("http://127.0.0.1/", reqwest::Client::new(), &[]);
        core.set_token("key", "s3cret".to_string());
        assert!(!format!("{core:?}").contains("s3cret"));
        assert_eq!(core.base_url(), "http://127.0.0.1");
    }
}
