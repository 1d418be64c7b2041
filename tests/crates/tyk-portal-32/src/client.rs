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
    /// List API Products
    ///
    /// `GET /products`
    #[cfg(feature = "products")]
    pub async fn list_products(
        &self,
        params: &super::types::ListProductsParams,
    ) -> ::std::result::Result<
        ::std::vec::Vec<super::types::Product>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.list_products_with_response(params)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::list_products`], with the status and headers of the answer.
    #[cfg(feature = "products")]
    pub async fn list_products_with_response(
        &self,
        params: &super::types::ListProductsParams,
    ) -> ::std::result::Result<
        super::runtime::client::Response<::std::vec::Vec<super::types::Product>>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ::std::string::String::from("/products"),
        );
        request
            .query_string(&params.filter, super::runtime::client::QueryMedia::Form)
            .map_err(super::runtime::client::invalid)?;
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
                _ => super::runtime::client::unexpected(status, bytes),
            },
            &headers,
        )?;
        ::std::result::Result::Ok(
            super::runtime::client::Response::new(status, headers, value),
        )
    }
    /// Search API Products by a structured query
    ///
    /// `QUERY /products`
    #[cfg(feature = "products")]
    pub async fn search_products(
        &self,
        body: &super::types::ProductSearch,
    ) -> ::std::result::Result<
        ::std::vec::Vec<super::types::Product>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.search_products_with_response(body)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::search_products`], with the status and headers of the answer.
    #[cfg(feature = "products")]
    pub async fn search_products_with_response(
        &self,
        body: &super::types::ProductSearch,
    ) -> ::std::result::Result<
        super::runtime::client::Response<::std::vec::Vec<super::types::Product>>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::from_bytes(b"QUERY").unwrap_or(::reqwest::Method::GET),
            ::std::string::String::from("/products"),
        );
        request.json("application/json", body).map_err(super::runtime::client::invalid)?;
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
                _ => super::runtime::client::unexpected(status, bytes),
            },
            &headers,
        )?;
        ::std::result::Result::Ok(
            super::runtime::client::Response::new(status, headers, value),
        )
    }
    /// Every product, as JSON or as JSON Lines while the export runs
    ///
    /// `GET /products/export`
    #[cfg(feature = "products")]
    pub async fn export_products(
        &self,
        params: &super::types::ExportProductsParams,
    ) -> ::std::result::Result<
        ::std::vec::Vec<super::types::Product>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.export_products_with_response(params)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::export_products`], with the status and headers of the answer.
    #[cfg(feature = "products")]
    pub async fn export_products_with_response(
        &self,
        params: &super::types::ExportProductsParams,
    ) -> ::std::result::Result<
        super::runtime::client::Response<::std::vec::Vec<super::types::Product>>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ::std::string::String::from("/products/export"),
        );
        request
            .query(
                "where",
                &super::runtime::client::JsonText(&params.where_),
                super::runtime::client::Style::Json,
                true,
            )
            .map_err(super::runtime::client::invalid)?;
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
                _ => super::runtime::client::unexpected(status, bytes),
            },
            &headers,
        )?;
        ::std::result::Result::Ok(
            super::runtime::client::Response::new(status, headers, value),
        )
    }
    /// Every product, as JSON or as JSON Lines while the export runs
    ///
    /// `GET /products/export`
    ///
    /// The `200` answer as a stream of items, each decoded as it arrives (asks for `application/jsonl`).
    #[cfg(feature = "products")]
    pub async fn export_products_stream(
        &self,
        params: &super::types::ExportProductsParams,
    ) -> ::std::result::Result<
        super::runtime::client::Items<super::types::Product, ::std::convert::Infallible>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ::std::string::String::from("/products/export"),
        );
        request
            .query(
                "where",
                &super::runtime::client::JsonText(&params.where_),
                super::runtime::client::Style::Json,
                true,
            )
            .map_err(super::runtime::client::invalid)?;
        request.accept("application/jsonl");
        let response = self.core.open(request, &[&["AdminAPIToken"]]).await?;
        if response.status().as_u16() == 200 {
            return ::std::result::Result::Ok(
                super::runtime::client::Items::new(
                    response,
                    super::runtime::client::Framing::JsonLines,
                ),
            );
        }
        let (status, headers, bytes) = super::runtime::client::read_all(response).await?;
        super::runtime::client::with_headers(
            super::runtime::client::unexpected(status, bytes),
            &headers,
        )
    }
    /// Products as they change, each event's data one product (the 3.1 way)
    ///
    /// `GET /products/watch`
    #[cfg(feature = "products")]
    pub async fn watch_products(
        &self,
    ) -> ::std::result::Result<
        ::std::string::String,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.watch_products_with_response()
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::watch_products`], with the status and headers of the answer.
    #[cfg(feature = "products")]
    pub async fn watch_products_with_response(
        &self,
    ) -> ::std::result::Result<
        super::runtime::client::Response<::std::string::String>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ::std::string::String::from("/products/watch"),
        );
        let (status, headers, bytes) = self
            .core
            .execute(request, &[&["AdminAPIToken"]])
            .await?;
        let value = super::runtime::client::with_headers(
            match status {
                200 => ::std::result::Result::Ok(super::runtime::client::text(&bytes)),
                _ => super::runtime::client::unexpected(status, bytes),
            },
            &headers,
        )?;
        ::std::result::Result::Ok(
            super::runtime::client::Response::new(status, headers, value),
        )
    }
    /// Products as they change, each event's data one product (the 3.1 way)
    ///
    /// `GET /products/watch`
    ///
    /// The `200` answer as a stream of items, each decoded as it arrives (asks for `text/event-stream`).
    #[cfg(feature = "products")]
    pub async fn watch_products_stream(
        &self,
    ) -> ::std::result::Result<
        super::runtime::client::Items<super::types::Product, ::std::convert::Infallible>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ::std::string::String::from("/products/watch"),
        );
        request.accept("text/event-stream");
        let response = self.core.open(request, &[&["AdminAPIToken"]]).await?;
        if response.status().as_u16() == 200 {
            return ::std::result::Result::Ok(
                super::runtime::client::Items::new(
                    response,
                    super::runtime::client::Framing::SseData,
                ),
            );
        }
        let (status, headers, bytes) = super::runtime::client::read_all(response).await?;
        super::runtime::client::with_headers(
            super::runtime::client::unexpected(status, bytes),
            &headers,
        )
    }
    /// The product's audit events, each a server-sent event (the 3.2 way)
    ///
    /// `GET /products/{product_id}/events`
    #[cfg(feature = "products")]
    pub async fn product_events(
        &self,
        product_id: i64,
    ) -> ::std::result::Result<
        ::std::string::String,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.product_events_with_response(product_id)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::product_events`], with the status and headers of the answer.
    #[cfg(feature = "products")]
    pub async fn product_events_with_response(
        &self,
        product_id: i64,
    ) -> ::std::result::Result<
        super::runtime::client::Response<::std::string::String>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ["/products/", &super::runtime::client::path_param(&product_id), "/events"]
                .concat(),
        );
        let (status, headers, bytes) = self
            .core
            .execute(request, &[&["AdminAPIToken"]])
            .await?;
        let value = super::runtime::client::with_headers(
            match status {
                200 => ::std::result::Result::Ok(super::runtime::client::text(&bytes)),
                _ => super::runtime::client::unexpected(status, bytes),
            },
            &headers,
        )?;
        ::std::result::Result::Ok(
            super::runtime::client::Response::new(status, headers, value),
        )
    }
    /// The product's audit events, each a server-sent event (the 3.2 way)
    ///
    /// `GET /products/{product_id}/events`
    ///
    /// The `200` answer as a stream of items, each decoded as it arrives (asks for `text/event-stream`).
    #[cfg(feature = "products")]
    pub async fn product_events_stream(
        &self,
        product_id: i64,
    ) -> ::std::result::Result<
        super::runtime::client::Items<
            super::types::AuditEvent,
            ::std::convert::Infallible,
        >,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ["/products/", &super::runtime::client::path_param(&product_id), "/events"]
                .concat(),
        );
        request.accept("text/event-stream");
        let response = self.core.open(request, &[&["AdminAPIToken"]]).await?;
        if response.status().as_u16() == 200 {
            return ::std::result::Result::Ok(
                super::runtime::client::Items::new(
                    response,
                    super::runtime::client::Framing::SseEvent,
                ),
            );
        }
        let (status, headers, bytes) = super::runtime::client::read_all(response).await?;
        super::runtime::client::with_headers(
            super::runtime::client::unexpected(status, bytes),
            &headers,
        )
    }
    /// Attach a client type to this API Product
    ///
    /// `POST /products/{product_id}/client_types`
    #[cfg(feature = "client-types")]
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
    #[cfg(feature = "client-types")]
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
    /// Detach every client type from this API Product
    ///
    /// `PURGE /products/{product_id}/client_types`
    #[cfg(feature = "client-types")]
    pub async fn purge_product_client_types(
        &self,
        product_id: i64,
    ) -> ::std::result::Result<(), super::runtime::Error<::std::convert::Infallible>> {
        self.purge_product_client_types_with_response(product_id)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::purge_product_client_types`], with the status and headers of the answer.
    #[cfg(feature = "client-types")]
    pub async fn purge_product_client_types_with_response(
        &self,
        product_id: i64,
    ) -> ::std::result::Result<
        super::runtime::client::Response<()>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let request = super::runtime::client::Request::new(
            ::reqwest::Method::from_bytes(b"PURGE").unwrap_or(::reqwest::Method::GET),
            [
                "/products/",
                &super::runtime::client::path_param(&product_id),
                "/client_types",
            ]
                .concat(),
        );
        let (status, headers, bytes) = self
            .core
            .execute(request, &[&["AdminAPIToken"]])
            .await?;
        super::runtime::client::with_headers(
            match status {
                204 => ::std::result::Result::Ok(()),
                _ => super::runtime::client::unexpected(status, bytes),
            },
            &headers,
        )?;
        ::std::result::Result::Ok(
            super::runtime::client::Response::new(status, headers, ()),
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
