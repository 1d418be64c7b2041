//! An async client (reqwest) with one method per operation.
/// How the spec's security schemes carry their credentials.
const SCHEMES: &[(&str, super::runtime::client::Scheme)] = &[
    ("bearerAuth", super::runtime::client::Scheme::Bearer),
];
/// A client for the API. Cheap to clone; clones share one connection pool.
#[derive(Debug, Clone)]
pub struct Client {
    core: super::runtime::client::Core,
}
impl Client {
    /// A client for the API at `base_url` (the spec's paths are appended to it).
    pub fn new(base_url: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::with_http_client(base_url, ::reqwest::Client::new())
    }
    /// A client that sends through `http` (for timeouts, proxies, TLS settings).
    pub fn with_http_client(
        base_url: impl ::std::convert::Into<::std::string::String>,
        http: ::reqwest::Client,
    ) -> Self {
        Client {
            core: super::runtime::client::Core::new(base_url, http, SCHEMES),
        }
    }
    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        self.core.base_url()
    }
    /// Runs `hook` around every request (tracing, signing, refreshing credentials),
    /// after the hooks added before it.
    pub fn with_hook(mut self, hook: impl super::runtime::client::Hook) -> Self {
        self.core.add_hook(hook);
        self
    }
    /// Retries idempotent calls on connection failures, `429` and `503` (honouring
    /// `Retry-After`), `502` and `504`, as `retry` says.
    pub fn with_retry(mut self, retry: super::runtime::client::Retry) -> Self {
        self.core.set_retry(Some(retry));
        self
    }
    /// Sends `Authorization: Bearer <token>` (scheme `bearerAuth`).
    pub fn with_bearer_auth(
        mut self,
        token: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.core.set_token("bearerAuth", token.into());
        self
    }
    /// Create OAuth client
    ///
    /// Create a new OAuth client
    ///
    /// `POST /oauth/clients`
    pub async fn create_oauth_client(
        &self,
        body: &super::types::OAuthClientCreateRequest,
    ) -> ::std::result::Result<
        super::types::CreateOAuthClient201Response,
        super::runtime::Error<super::types::OauthError>,
    > {
        self.create_oauth_client_with_response(body)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::create_oauth_client`], with the status and headers of the answer.
    pub async fn create_oauth_client_with_response(
        &self,
        body: &super::types::OAuthClientCreateRequest,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::CreateOAuthClient201Response>,
        super::runtime::Error<super::types::OauthError>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::POST,
            ::std::string::String::from("/oauth/clients"),
        );
        request.json("application/json", body).map_err(super::runtime::client::invalid)?;
        let (status, headers, bytes) = self
            .core
            .execute(request, &[&["bearerAuth"]])
            .await?;
        let value = super::runtime::client::with_headers(
            match status {
                201 => {
                    ::std::result::Result::Ok(
                        super::runtime::client::json(status, &bytes)?,
                    )
                }
                400 | 401 | 422 => {
                    super::runtime::client::api(
                        status,
                        super::runtime::client::json(status, &bytes)?,
                    )
                }
                _ => super::runtime::client::unexpected(status, bytes),
            },
            &headers,
        )?;
        ::std::result::Result::Ok(
            super::runtime::client::Response::new(status, headers, value),
        )
    }
}
/// The spec's server `https://api.telnyx.com/v2`, variables at their defaults.
pub const DEFAULT_BASE_URL: &str = "https://api.telnyx.com/v2";
impl Client {
    /// A client for the spec's server `https://api.telnyx.com/v2`.
    pub fn for_server() -> Self {
        Self::new(DEFAULT_BASE_URL)
    }
}
