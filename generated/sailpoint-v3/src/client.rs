//! An async client (reqwest) with one method per operation.
/// How the spec's security schemes carry their credentials.
const SCHEMES: &[(&str, crate::runtime::client::Scheme)] = &[
    ("oauth2", crate::runtime::client::Scheme::Bearer),
];
/// A client for the API. Cheap to clone; clones share one connection pool.
#[derive(Debug, Clone)]
pub struct Client {
    core: crate::runtime::client::Core,
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
            core: crate::runtime::client::Core::new(base_url, http, SCHEMES),
        }
    }
    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        self.core.base_url()
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
        body: &crate::types::CreateOauthClientRequest,
    ) -> ::std::result::Result<
        crate::types::CreateOauthClient200Response,
        crate::runtime::Error<crate::types::CreateOauthClientError>,
    > {
        let mut request = crate::runtime::client::Request::new(
            ::reqwest::Method::POST,
            ::std::string::String::from("/oauth-clients"),
        );
        request.json("application/json", body).map_err(crate::runtime::client::invalid)?;
        let (status, bytes) = self.core.execute(request, &[&["oauth2"]]).await?;
        match status {
            200 => {
                ::std::result::Result::Ok(crate::runtime::client::json(status, &bytes)?)
            }
            400 => {
                crate::runtime::client::api(
                    status,
                    crate::types::CreateOauthClientError::BadRequest(
                        crate::runtime::client::json(status, &bytes)?,
                    ),
                )
            }
            401 => {
                crate::runtime::client::api(
                    status,
                    crate::types::CreateOauthClientError::Unauthorized(
                        crate::runtime::client::json(status, &bytes)?,
                    ),
                )
            }
            403 => {
                crate::runtime::client::api(
                    status,
                    crate::types::CreateOauthClientError::Forbidden(
                        crate::runtime::client::json(status, &bytes)?,
                    ),
                )
            }
            429 => {
                crate::runtime::client::api(
                    status,
                    crate::types::CreateOauthClientError::TooManyRequests(
                        crate::runtime::client::json(status, &bytes)?,
                    ),
                )
            }
            500 => {
                crate::runtime::client::api(
                    status,
                    crate::types::CreateOauthClientError::InternalServerError(
                        crate::runtime::client::json(status, &bytes)?,
                    ),
                )
            }
            _ => crate::runtime::client::unexpected(status, bytes),
        }
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
