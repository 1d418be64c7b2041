//! An async client (reqwest) with one method per operation.
/// How the spec's security schemes carry their credentials.
const SCHEMES: &[(&str, super::runtime::client::Scheme)] = &[
    ("AdminAPIToken", super::runtime::client::Scheme::Header("Authorization")),
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
    /// Sends an API key in the `Authorization` header (scheme `AdminAPIToken`).
    pub fn with_admin_api_token(
        mut self,
        token: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.core.set_token("AdminAPIToken", token.into());
        self
    }
    /// Create a new client type of an OAuth2.0 Identity Provider
    ///
    /// Create a new client type of an OAuth2.0 Identity Provider
    ///
    /// `POST /oauth-providers/{provider_id}/client-types`
    #[cfg(feature = "oauth2-0-providers")]
    pub async fn create_oauth_provider_client_type(
        &self,
        provider_id: i64,
        body: ::std::option::Option<&super::types::OAuthClientTypeBasic>,
    ) -> ::std::result::Result<
        super::types::OAuthClientTypeElem,
        super::runtime::Error<super::types::OnlyErrors>,
    > {
        self.create_oauth_provider_client_type_with_response(provider_id, body)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::create_oauth_provider_client_type`], with the status and headers of the answer.
    #[cfg(feature = "oauth2-0-providers")]
    pub async fn create_oauth_provider_client_type_with_response(
        &self,
        provider_id: i64,
        body: ::std::option::Option<&super::types::OAuthClientTypeBasic>,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::OAuthClientTypeElem>,
        super::runtime::Error<super::types::OnlyErrors>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::POST,
            [
                "/oauth-providers/",
                &super::runtime::client::path_param(&provider_id),
                "/client-types",
            ]
                .concat(),
        );
        if let ::std::option::Option::Some(body) = body {
            request
                .json("application/json", body)
                .map_err(super::runtime::client::invalid)?;
        }
        let (status, headers, bytes) = self
            .core
            .execute(request, &[&["AdminAPIToken"]])
            .await?;
        let value = super::runtime::client::with_headers(
            match status {
                200 => {
                    ::std::result::Result::Ok(
                        super::runtime::client::json(status, &bytes)?,
                    )
                }
                400 | 404 => {
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
    /// Attach a client type to this API Product
    ///
    /// Attach a client type to this API Product
    ///
    /// `POST /products/{product_id}/client_types`
    #[cfg(feature = "products")]
    pub async fn create_product_client_type(
        &self,
        product_id: i64,
        body: ::std::option::Option<&super::types::ProductClientTypeAttach>,
    ) -> ::std::result::Result<
        super::types::ProductClientTypeResponse,
        super::runtime::Error<super::types::OnlyErrors>,
    > {
        self.create_product_client_type_with_response(product_id, body)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::create_product_client_type`], with the status and headers of the answer.
    #[cfg(feature = "products")]
    pub async fn create_product_client_type_with_response(
        &self,
        product_id: i64,
        body: ::std::option::Option<&super::types::ProductClientTypeAttach>,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::ProductClientTypeResponse>,
        super::runtime::Error<super::types::OnlyErrors>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::POST,
            [
                "/products/",
                &super::runtime::client::path_param(&product_id),
                "/client_types",
            ]
                .concat(),
        );
        if let ::std::option::Option::Some(body) = body {
            request
                .json("application/json", body)
                .map_err(super::runtime::client::invalid)?;
        }
        let (status, headers, bytes) = self
            .core
            .execute(request, &[&["AdminAPIToken"]])
            .await?;
        let value = super::runtime::client::with_headers(
            match status {
                201 => {
                    ::std::result::Result::Ok(
                        super::runtime::client::json(status, &bytes)?,
                    )
                }
                422 => {
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
/// The spec's server `http://localhost:3001/portal-api`, variables at their defaults.
pub const DEFAULT_BASE_URL: &str = "http://localhost:3001/portal-api";
impl Client {
    /// A client for the spec's server `http://localhost:3001/portal-api`.
    pub fn for_server() -> Self {
        Self::new(DEFAULT_BASE_URL)
    }
}
