//! An async client (reqwest) with one method per operation.
/// How the spec's security schemes carry their credentials.
const SCHEMES: &[(&str, super::runtime::client::Scheme)] = &[];
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
    /// `GET /path/simple/plain/{p}/{a}/{o}`
    #[cfg(feature = "path")]
    pub async fn path_simple(
        &self,
        p: &str,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::types::Echo,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.path_simple_with_response(p, a, o)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::path_simple`], with the status and headers of the answer.
    #[cfg(feature = "path")]
    pub async fn path_simple_with_response(
        &self,
        p: &str,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::Echo>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            [
                "/path/simple/plain/",
                &super::runtime::client::path_param(&p),
                "/",
                &super::runtime::client::path_param(&a),
                "/",
                &super::runtime::client::path_param(&o),
            ]
                .concat(),
        );
        let (status, headers, bytes) = self.core.execute(request, &[]).await?;
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
    /// `GET /path/simple/explode/{p}/{a}/{o}`
    #[cfg(feature = "path")]
    pub async fn path_simple_explode(
        &self,
        p: &str,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::types::Echo,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.path_simple_explode_with_response(p, a, o)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::path_simple_explode`], with the status and headers of the answer.
    #[cfg(feature = "path")]
    pub async fn path_simple_explode_with_response(
        &self,
        p: &str,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::Echo>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            [
                "/path/simple/explode/",
                &super::runtime::client::path_param_styled(
                    "p",
                    &p,
                    super::runtime::client::Style::Simple,
                    true,
                ),
                "/",
                &super::runtime::client::path_param_styled(
                    "a",
                    &a,
                    super::runtime::client::Style::Simple,
                    true,
                ),
                "/",
                &super::runtime::client::path_param_styled(
                    "o",
                    &o,
                    super::runtime::client::Style::Simple,
                    true,
                ),
            ]
                .concat(),
        );
        let (status, headers, bytes) = self.core.execute(request, &[]).await?;
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
    /// `GET /path/label/plain/{p}/{a}/{o}`
    #[cfg(feature = "path")]
    pub async fn path_label(
        &self,
        p: &str,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::types::Echo,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.path_label_with_response(p, a, o)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::path_label`], with the status and headers of the answer.
    #[cfg(feature = "path")]
    pub async fn path_label_with_response(
        &self,
        p: &str,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::Echo>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            [
                "/path/label/plain/",
                &super::runtime::client::path_param_styled(
                    "p",
                    &p,
                    super::runtime::client::Style::Label,
                    false,
                ),
                "/",
                &super::runtime::client::path_param_styled(
                    "a",
                    &a,
                    super::runtime::client::Style::Label,
                    false,
                ),
                "/",
                &super::runtime::client::path_param_styled(
                    "o",
                    &o,
                    super::runtime::client::Style::Label,
                    false,
                ),
            ]
                .concat(),
        );
        let (status, headers, bytes) = self.core.execute(request, &[]).await?;
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
    /// `GET /path/label/explode/{p}/{a}/{o}`
    #[cfg(feature = "path")]
    pub async fn path_label_explode(
        &self,
        p: &str,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::types::Echo,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.path_label_explode_with_response(p, a, o)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::path_label_explode`], with the status and headers of the answer.
    #[cfg(feature = "path")]
    pub async fn path_label_explode_with_response(
        &self,
        p: &str,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::Echo>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            [
                "/path/label/explode/",
                &super::runtime::client::path_param_styled(
                    "p",
                    &p,
                    super::runtime::client::Style::Label,
                    true,
                ),
                "/",
                &super::runtime::client::path_param_styled(
                    "a",
                    &a,
                    super::runtime::client::Style::Label,
                    true,
                ),
                "/",
                &super::runtime::client::path_param_styled(
                    "o",
                    &o,
                    super::runtime::client::Style::Label,
                    true,
                ),
            ]
                .concat(),
        );
        let (status, headers, bytes) = self.core.execute(request, &[]).await?;
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
    /// `GET /path/matrix/plain/{p}/{a}/{o}`
    #[cfg(feature = "path")]
    pub async fn path_matrix(
        &self,
        p: &str,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::types::Echo,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.path_matrix_with_response(p, a, o)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::path_matrix`], with the status and headers of the answer.
    #[cfg(feature = "path")]
    pub async fn path_matrix_with_response(
        &self,
        p: &str,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::Echo>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            [
                "/path/matrix/plain/",
                &super::runtime::client::path_param_styled(
                    "p",
                    &p,
                    super::runtime::client::Style::Matrix,
                    false,
                ),
                "/",
                &super::runtime::client::path_param_styled(
                    "a",
                    &a,
                    super::runtime::client::Style::Matrix,
                    false,
                ),
                "/",
                &super::runtime::client::path_param_styled(
                    "o",
                    &o,
                    super::runtime::client::Style::Matrix,
                    false,
                ),
            ]
                .concat(),
        );
        let (status, headers, bytes) = self.core.execute(request, &[]).await?;
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
    /// `GET /path/matrix/explode/{p}/{a}/{o}`
    #[cfg(feature = "path")]
    pub async fn path_matrix_explode(
        &self,
        p: &str,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::types::Echo,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.path_matrix_explode_with_response(p, a, o)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::path_matrix_explode`], with the status and headers of the answer.
    #[cfg(feature = "path")]
    pub async fn path_matrix_explode_with_response(
        &self,
        p: &str,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::Echo>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            [
                "/path/matrix/explode/",
                &super::runtime::client::path_param_styled(
                    "p",
                    &p,
                    super::runtime::client::Style::Matrix,
                    true,
                ),
                "/",
                &super::runtime::client::path_param_styled(
                    "a",
                    &a,
                    super::runtime::client::Style::Matrix,
                    true,
                ),
                "/",
                &super::runtime::client::path_param_styled(
                    "o",
                    &o,
                    super::runtime::client::Style::Matrix,
                    true,
                ),
            ]
                .concat(),
        );
        let (status, headers, bytes) = self.core.execute(request, &[]).await?;
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
    /// `GET /path/json/{j}`
    #[cfg(feature = "path")]
    pub async fn path_json(
        &self,
        j: &super::types::Color,
    ) -> ::std::result::Result<
        super::types::Echo,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.path_json_with_response(j)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::path_json`], with the status and headers of the answer.
    #[cfg(feature = "path")]
    pub async fn path_json_with_response(
        &self,
        j: &super::types::Color,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::Echo>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            [
                "/path/json/",
                &super::runtime::client::path_param_styled(
                    "j",
                    &super::runtime::client::JsonText(&j),
                    super::runtime::client::Style::Json,
                    false,
                ),
            ]
                .concat(),
        );
        let (status, headers, bytes) = self.core.execute(request, &[]).await?;
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
    /// `GET /query/form/plain`
    #[cfg(feature = "query")]
    pub async fn query_form(
        &self,
        p: &str,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::types::Echo,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.query_form_with_response(p, a, o)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::query_form`], with the status and headers of the answer.
    #[cfg(feature = "query")]
    pub async fn query_form_with_response(
        &self,
        p: &str,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::Echo>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ::std::string::String::from("/query/form/plain"),
        );
        request
            .query("p", p, super::runtime::client::Style::Form, false)
            .map_err(super::runtime::client::invalid)?;
        request
            .query("a", a, super::runtime::client::Style::Form, false)
            .map_err(super::runtime::client::invalid)?;
        request
            .query("o", o, super::runtime::client::Style::Form, false)
            .map_err(super::runtime::client::invalid)?;
        let (status, headers, bytes) = self.core.execute(request, &[]).await?;
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
    /// `GET /query/form/explode`
    #[cfg(feature = "query")]
    pub async fn query_form_explode(
        &self,
        p: &str,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::types::Echo,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.query_form_explode_with_response(p, a, o)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::query_form_explode`], with the status and headers of the answer.
    #[cfg(feature = "query")]
    pub async fn query_form_explode_with_response(
        &self,
        p: &str,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::Echo>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ::std::string::String::from("/query/form/explode"),
        );
        request
            .query("p", p, super::runtime::client::Style::Form, true)
            .map_err(super::runtime::client::invalid)?;
        request
            .query("a", a, super::runtime::client::Style::Form, true)
            .map_err(super::runtime::client::invalid)?;
        request
            .query("o", o, super::runtime::client::Style::Form, true)
            .map_err(super::runtime::client::invalid)?;
        let (status, headers, bytes) = self.core.execute(request, &[]).await?;
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
    /// `GET /query/spaceDelimited/plain`
    #[cfg(feature = "query")]
    pub async fn query_space_delimited(
        &self,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::types::Echo,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.query_space_delimited_with_response(a, o)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::query_space_delimited`], with the status and headers of the answer.
    #[cfg(feature = "query")]
    pub async fn query_space_delimited_with_response(
        &self,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::Echo>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ::std::string::String::from("/query/spaceDelimited/plain"),
        );
        request
            .query("a", a, super::runtime::client::Style::SpaceDelimited, false)
            .map_err(super::runtime::client::invalid)?;
        request
            .query("o", o, super::runtime::client::Style::SpaceDelimited, false)
            .map_err(super::runtime::client::invalid)?;
        let (status, headers, bytes) = self.core.execute(request, &[]).await?;
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
    /// `GET /query/pipeDelimited/plain`
    #[cfg(feature = "query")]
    pub async fn query_pipe_delimited(
        &self,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::types::Echo,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.query_pipe_delimited_with_response(a, o)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::query_pipe_delimited`], with the status and headers of the answer.
    #[cfg(feature = "query")]
    pub async fn query_pipe_delimited_with_response(
        &self,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::Echo>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ::std::string::String::from("/query/pipeDelimited/plain"),
        );
        request
            .query("a", a, super::runtime::client::Style::PipeDelimited, false)
            .map_err(super::runtime::client::invalid)?;
        request
            .query("o", o, super::runtime::client::Style::PipeDelimited, false)
            .map_err(super::runtime::client::invalid)?;
        let (status, headers, bytes) = self.core.execute(request, &[]).await?;
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
    /// `GET /query/deepObject`
    #[cfg(feature = "query")]
    pub async fn query_deep_object(
        &self,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::types::Echo,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.query_deep_object_with_response(o)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::query_deep_object`], with the status and headers of the answer.
    #[cfg(feature = "query")]
    pub async fn query_deep_object_with_response(
        &self,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::Echo>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ::std::string::String::from("/query/deepObject"),
        );
        request
            .query("o", o, super::runtime::client::Style::DeepObject, true)
            .map_err(super::runtime::client::invalid)?;
        let (status, headers, bytes) = self.core.execute(request, &[]).await?;
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
    /// `GET /query/json`
    #[cfg(feature = "query")]
    pub async fn query_json(
        &self,
        j: &super::types::Color,
    ) -> ::std::result::Result<
        super::types::Echo,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.query_json_with_response(j)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::query_json`], with the status and headers of the answer.
    #[cfg(feature = "query")]
    pub async fn query_json_with_response(
        &self,
        j: &super::types::Color,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::Echo>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ::std::string::String::from("/query/json"),
        );
        request
            .query(
                "j",
                &super::runtime::client::JsonText(j),
                super::runtime::client::Style::Json,
                true,
            )
            .map_err(super::runtime::client::invalid)?;
        let (status, headers, bytes) = self.core.execute(request, &[]).await?;
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
    /// `GET /query/reserved`
    #[cfg(feature = "query")]
    pub async fn query_reserved(
        &self,
        p: &str,
        a: &::std::vec::Vec<::std::string::String>,
    ) -> ::std::result::Result<
        super::types::Echo,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.query_reserved_with_response(p, a)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::query_reserved`], with the status and headers of the answer.
    #[cfg(feature = "query")]
    pub async fn query_reserved_with_response(
        &self,
        p: &str,
        a: &::std::vec::Vec<::std::string::String>,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::Echo>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ::std::string::String::from("/query/reserved"),
        );
        request
            .query_reserved("p", p, super::runtime::client::Style::Form, true)
            .map_err(super::runtime::client::invalid)?;
        request
            .query_reserved("a", a, super::runtime::client::Style::Form, false)
            .map_err(super::runtime::client::invalid)?;
        let (status, headers, bytes) = self.core.execute(request, &[]).await?;
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
    /// `GET /header/plain`
    #[cfg(feature = "header")]
    pub async fn header_simple(
        &self,
        x_p: &str,
        x_a: &::std::vec::Vec<::std::string::String>,
        x_o: &super::types::Color,
    ) -> ::std::result::Result<
        super::types::Echo,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.header_simple_with_response(x_p, x_a, x_o)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::header_simple`], with the status and headers of the answer.
    #[cfg(feature = "header")]
    pub async fn header_simple_with_response(
        &self,
        x_p: &str,
        x_a: &::std::vec::Vec<::std::string::String>,
        x_o: &super::types::Color,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::Echo>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ::std::string::String::from("/header/plain"),
        );
        request.header("x-p", x_p, false).map_err(super::runtime::client::invalid)?;
        request.header("x-a", x_a, false).map_err(super::runtime::client::invalid)?;
        request.header("x-o", x_o, false).map_err(super::runtime::client::invalid)?;
        let (status, headers, bytes) = self.core.execute(request, &[]).await?;
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
    /// `GET /header/explode`
    #[cfg(feature = "header")]
    pub async fn header_explode(
        &self,
        x_p: &str,
        x_a: &::std::vec::Vec<::std::string::String>,
        x_o: &super::types::Color,
    ) -> ::std::result::Result<
        super::types::Echo,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.header_explode_with_response(x_p, x_a, x_o)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::header_explode`], with the status and headers of the answer.
    #[cfg(feature = "header")]
    pub async fn header_explode_with_response(
        &self,
        x_p: &str,
        x_a: &::std::vec::Vec<::std::string::String>,
        x_o: &super::types::Color,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::Echo>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ::std::string::String::from("/header/explode"),
        );
        request.header("x-p", x_p, true).map_err(super::runtime::client::invalid)?;
        request.header("x-a", x_a, true).map_err(super::runtime::client::invalid)?;
        request.header("x-o", x_o, true).map_err(super::runtime::client::invalid)?;
        let (status, headers, bytes) = self.core.execute(request, &[]).await?;
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
    /// `GET /header/json`
    #[cfg(feature = "header")]
    pub async fn header_json(
        &self,
        x_j: &super::types::Color,
    ) -> ::std::result::Result<
        super::types::Echo,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.header_json_with_response(x_j)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::header_json`], with the status and headers of the answer.
    #[cfg(feature = "header")]
    pub async fn header_json_with_response(
        &self,
        x_j: &super::types::Color,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::Echo>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ::std::string::String::from("/header/json"),
        );
        request
            .header("x-j", &super::runtime::client::JsonText(x_j), false)
            .map_err(super::runtime::client::invalid)?;
        let (status, headers, bytes) = self.core.execute(request, &[]).await?;
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
    /// `GET /cookie/form/plain`
    #[cfg(feature = "cookie")]
    pub async fn cookie_form(
        &self,
        p: &str,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::types::Echo,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.cookie_form_with_response(p, a, o)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::cookie_form`], with the status and headers of the answer.
    #[cfg(feature = "cookie")]
    pub async fn cookie_form_with_response(
        &self,
        p: &str,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::Echo>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ::std::string::String::from("/cookie/form/plain"),
        );
        request
            .cookie("p", p, super::runtime::client::Style::Form, false)
            .map_err(super::runtime::client::invalid)?;
        request
            .cookie("a", a, super::runtime::client::Style::Form, false)
            .map_err(super::runtime::client::invalid)?;
        request
            .cookie("o", o, super::runtime::client::Style::Form, false)
            .map_err(super::runtime::client::invalid)?;
        let (status, headers, bytes) = self.core.execute(request, &[]).await?;
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
    /// `GET /cookie/form/explode`
    #[cfg(feature = "cookie")]
    pub async fn cookie_form_explode(
        &self,
        p: &str,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::types::Echo,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.cookie_form_explode_with_response(p, a, o)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::cookie_form_explode`], with the status and headers of the answer.
    #[cfg(feature = "cookie")]
    pub async fn cookie_form_explode_with_response(
        &self,
        p: &str,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::Echo>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ::std::string::String::from("/cookie/form/explode"),
        );
        request
            .cookie("p", p, super::runtime::client::Style::Form, true)
            .map_err(super::runtime::client::invalid)?;
        request
            .cookie("a", a, super::runtime::client::Style::Form, true)
            .map_err(super::runtime::client::invalid)?;
        request
            .cookie("o", o, super::runtime::client::Style::Form, true)
            .map_err(super::runtime::client::invalid)?;
        let (status, headers, bytes) = self.core.execute(request, &[]).await?;
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
    /// `GET /cookie/cookie/plain`
    #[cfg(feature = "cookie")]
    pub async fn cookie_cookie(
        &self,
        p: &str,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::types::Echo,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.cookie_cookie_with_response(p, a, o)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::cookie_cookie`], with the status and headers of the answer.
    #[cfg(feature = "cookie")]
    pub async fn cookie_cookie_with_response(
        &self,
        p: &str,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::Echo>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ::std::string::String::from("/cookie/cookie/plain"),
        );
        request
            .cookie("p", p, super::runtime::client::Style::Cookie, false)
            .map_err(super::runtime::client::invalid)?;
        request
            .cookie("a", a, super::runtime::client::Style::Cookie, false)
            .map_err(super::runtime::client::invalid)?;
        request
            .cookie("o", o, super::runtime::client::Style::Cookie, false)
            .map_err(super::runtime::client::invalid)?;
        let (status, headers, bytes) = self.core.execute(request, &[]).await?;
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
    /// `GET /cookie/cookie/explode`
    #[cfg(feature = "cookie")]
    pub async fn cookie_cookie_explode(
        &self,
        p: &str,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::types::Echo,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.cookie_cookie_explode_with_response(p, a, o)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::cookie_cookie_explode`], with the status and headers of the answer.
    #[cfg(feature = "cookie")]
    pub async fn cookie_cookie_explode_with_response(
        &self,
        p: &str,
        a: &::std::vec::Vec<::std::string::String>,
        o: &super::types::Color,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::Echo>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ::std::string::String::from("/cookie/cookie/explode"),
        );
        request
            .cookie("p", p, super::runtime::client::Style::Cookie, true)
            .map_err(super::runtime::client::invalid)?;
        request
            .cookie("a", a, super::runtime::client::Style::Cookie, true)
            .map_err(super::runtime::client::invalid)?;
        request
            .cookie("o", o, super::runtime::client::Style::Cookie, true)
            .map_err(super::runtime::client::invalid)?;
        let (status, headers, bytes) = self.core.execute(request, &[]).await?;
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
    /// `GET /cookie/json`
    #[cfg(feature = "cookie")]
    pub async fn cookie_json(
        &self,
        j: &super::types::Color,
    ) -> ::std::result::Result<
        super::types::Echo,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.cookie_json_with_response(j)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::cookie_json`], with the status and headers of the answer.
    #[cfg(feature = "cookie")]
    pub async fn cookie_json_with_response(
        &self,
        j: &super::types::Color,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::Echo>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ::std::string::String::from("/cookie/json"),
        );
        request
            .cookie(
                "j",
                &super::runtime::client::JsonText(j),
                super::runtime::client::Style::Json,
                true,
            )
            .map_err(super::runtime::client::invalid)?;
        let (status, headers, bytes) = self.core.execute(request, &[]).await?;
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
}
