//! An async client (reqwest) with one method per operation.
/// How the spec's security schemes carry their credentials.
const SCHEMES: &[(&str, super::runtime::client::Scheme)] = &[
    ("oauth2", super::runtime::client::Scheme::Bearer),
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
    /// Sends an access token obtained elsewhere as `Authorization: Bearer <token>` (scheme `oauth2`).
    ///
    /// OAuth2 Bearer token (JWT). See [IdentityNow REST API Authentication](https://developer.sailpoint.com/docs/authentication.html) for more information.
    /// - Directions for generating a [personal access token](https://developer.sailpoint.com/docs/authentication.html#personal-access-tokens)
    /// - Directions using [client credentials flow](https://developer.sailpoint.com/docs/authentication.html#client-credentials-grant-flow)
    /// - Directions for using [authorization code flow](https://developer.sailpoint.com/docs/authentication.html#authorization-code-grant-flow)
    ///
    /// Which authentication method should I choose? See our [guide](https://developer.sailpoint.com/docs/authentication.html#which-oauth-2-0-grant-flow-should-i-use)
    ///
    /// Learn more about how to find your `tokenUrl` and `authorizationUrl` [in our docs](https://developer.sailpoint.com/docs/authentication.html#finding-your-tenant-s-oauth-details)
    pub fn with_oauth2(
        mut self,
        token: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.core.set_token("oauth2", token.into());
        self
    }
    /// This creates an OAuth client.
    /// Request will require the following security scope:
    /// - 'idn:oathkeeper-client:create' - 'idn:oathkeeper-internal-client:create'
    ///
    /// `POST /oauth-clients`
    pub async fn create_oauth_client(
        &self,
        body: &super::types::CreateOauthClientRequest,
    ) -> ::std::result::Result<
        super::types::CreateOauthClient200Response,
        super::runtime::Error<super::types::CreateOauthClientError>,
    > {
        self.create_oauth_client_with_response(body)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::create_oauth_client`], with the status and headers of the answer.
    pub async fn create_oauth_client_with_response(
        &self,
        body: &super::types::CreateOauthClientRequest,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::CreateOauthClient200Response>,
        super::runtime::Error<super::types::CreateOauthClientError>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::POST,
            ::std::string::String::from("/oauth-clients"),
        );
        request.json("application/json", body).map_err(super::runtime::client::invalid)?;
        let (status, headers, bytes) = self.core.execute(request, &[&["oauth2"]]).await?;
        let value = super::runtime::client::with_headers(
            match status {
                200 => {
                    ::std::result::Result::Ok(
                        super::runtime::client::json(status, &bytes)?,
                    )
                }
                400 => {
                    super::runtime::client::api(
                        status,
                        super::types::CreateOauthClientError::BadRequest(
                            super::runtime::client::json(status, &bytes)?,
                        ),
                    )
                }
                401 => {
                    super::runtime::client::api(
                        status,
                        super::types::CreateOauthClientError::Unauthorized(
                            super::runtime::client::json(status, &bytes)?,
                        ),
                    )
                }
                403 => {
                    super::runtime::client::api(
                        status,
                        super::types::CreateOauthClientError::Forbidden(
                            super::runtime::client::json(status, &bytes)?,
                        ),
                    )
                }
                429 => {
                    super::runtime::client::api(
                        status,
                        super::types::CreateOauthClientError::TooManyRequests(
                            super::runtime::client::json(status, &bytes)?,
                        ),
                    )
                }
                500 => {
                    super::runtime::client::api(
                        status,
                        super::types::CreateOauthClientError::InternalServerError(
                            super::runtime::client::json(status, &bytes)?,
                        ),
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
/// The spec's server `https://{tenant}.api.identitynow.com/v3`, variables at their defaults.
pub const DEFAULT_BASE_URL: &str = "https://sailpoint.api.identitynow.com/v3";
/// The spec's server `https://{tenant}.api.identitynow.com/v3` with its variables filled in:
/// - `tenant`: default `sailpoint`
pub fn server_url(tenant: &str) -> ::std::string::String {
    ::std::format!("https://{}.api.identitynow.com/v3", tenant)
}
impl Client {
    /// A client for the spec's server `https://{tenant}.api.identitynow.com/v3`.
    pub fn for_server(tenant: &str) -> Self {
        Self::new(server_url(tenant))
    }
}
