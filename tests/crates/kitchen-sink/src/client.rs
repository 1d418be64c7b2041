//! An async client (reqwest) with one method per operation.
/// How the spec's security schemes carry their credentials.
const SCHEMES: &[(&str, super::runtime::client::Scheme)] = &[
    ("apiKey", super::runtime::client::Scheme::Query("api_key")),
    ("basic", super::runtime::client::Scheme::Basic),
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
    /// Sends an API key in the `api_key` query parameter (scheme `apiKey`).
    pub fn with_api_key(
        mut self,
        token: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.core.set_token("apiKey", token.into());
        self
    }
    /// Uses HTTP basic authentication (scheme `basic`).
    pub fn with_basic(
        mut self,
        user: impl ::std::convert::Into<::std::string::String>,
        password: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.core.set_basic("basic", user.into(), password);
        self
    }
    /// A description with */ and "quotes", #[attr] and a \ backslash
    ///
    /// `GET /pets/{petId}/tags/{tag}`
    #[cfg(feature = "pets")]
    pub async fn get_pet_tag(
        &self,
        pet_id: i64,
        tag: &str,
        x_request_id: &str,
        params: &super::types::GetPetTagParams,
    ) -> ::std::result::Result<
        super::types::GetPetTagResponse,
        super::runtime::Error<super::types::GetPetTagError>,
    > {
        self.get_pet_tag_with_response(pet_id, tag, x_request_id, params)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::get_pet_tag`], with the status and headers of the answer.
    #[cfg(feature = "pets")]
    pub async fn get_pet_tag_with_response(
        &self,
        pet_id: i64,
        tag: &str,
        x_request_id: &str,
        params: &super::types::GetPetTagParams,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::GetPetTagResponse>,
        super::runtime::Error<super::types::GetPetTagError>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            [
                "/pets/",
                &super::runtime::client::path_param(&pet_id),
                "/tags/",
                &super::runtime::client::path_param(&tag),
            ]
                .concat(),
        );
        request
            .header("X-Request-Id", x_request_id, false)
            .map_err(super::runtime::client::invalid)?;
        request
            .query("limit", &params.limit, super::runtime::client::Style::Form, true)
            .map_err(super::runtime::client::invalid)?;
        request
            .query("kinds", &params.kinds, super::runtime::client::Style::Form, false)
            .map_err(super::runtime::client::invalid)?;
        request
            .query(
                "filter",
                &params.filter,
                super::runtime::client::Style::DeepObject,
                false,
            )
            .map_err(super::runtime::client::invalid)?;
        let (status, headers, bytes) = self
            .core
            .execute(request, &[&["apiKey"], &["basic"]])
            .await?;
        let value = super::runtime::client::with_headers(
            match status {
                200 => {
                    ::std::result::Result::Ok(
                        super::types::GetPetTagResponse::Ok(
                            super::runtime::client::json(status, &bytes)?,
                        ),
                    )
                }
                204 => {
                    ::std::result::Result::Ok(super::types::GetPetTagResponse::NoContent)
                }
                404 => {
                    super::runtime::client::api(
                        status,
                        super::types::GetPetTagError::NotFound(
                            super::runtime::client::text(&bytes),
                        ),
                    )
                }
                _ => {
                    super::runtime::client::api(
                        status,
                        super::types::GetPetTagError::Default(
                            super::runtime::client::json(status, &bytes)?,
                        ),
                    )
                }
            },
            &headers,
        )?;
        ::std::result::Result::Ok(
            super::runtime::client::Response::new(status, headers, value),
        )
    }
    /// `POST /pets`
    #[cfg(feature = "pets")]
    pub async fn create_pet(
        &self,
        body: &super::types::NewPet,
    ) -> ::std::result::Result<
        super::types::CreatePetResponse,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.create_pet_with_response(body)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::create_pet`], with the status and headers of the answer. Its documented headers, typed: `typed_headers()`.
    #[cfg(feature = "pets")]
    pub async fn create_pet_with_response(
        &self,
        body: &super::types::NewPet,
    ) -> ::std::result::Result<
        super::runtime::client::Response<
            super::types::CreatePetResponse,
            super::types::CreatePetHeaders,
        >,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::POST,
            ::std::string::String::from("/pets"),
        );
        request.form(body).map_err(super::runtime::client::invalid)?;
        let (status, headers, bytes) = self.core.execute(request, &[]).await?;
        let value = super::runtime::client::with_headers(
            match status {
                200 => {
                    ::std::result::Result::Ok(
                        super::types::CreatePetResponse::Ok(
                            super::runtime::client::json(status, &bytes)?,
                        ),
                    )
                }
                201 => {
                    ::std::result::Result::Ok(
                        super::types::CreatePetResponse::Created(
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
    /// `GET /pets/{petId}/photo`
    #[cfg(feature = "pets")]
    pub async fn get_pet_photo(
        &self,
        pet_id: &str,
    ) -> ::std::result::Result<
        ::std::vec::Vec<u8>,
        super::runtime::Error<super::types::Problem>,
    > {
        self.get_pet_photo_with_response(pet_id)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::get_pet_photo`], with the status and headers of the answer.
    #[cfg(feature = "pets")]
    pub async fn get_pet_photo_with_response(
        &self,
        pet_id: &str,
    ) -> ::std::result::Result<
        super::runtime::client::Response<::std::vec::Vec<u8>>,
        super::runtime::Error<super::types::Problem>,
    > {
        let request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ["/pets/", &super::runtime::client::path_param(&pet_id), "/photo"].concat(),
        );
        let (status, headers, bytes) = self
            .core
            .execute(request, &[&["apiKey"], &["basic"]])
            .await?;
        let value = super::runtime::client::with_headers(
            match status {
                200 => ::std::result::Result::Ok(bytes),
                400..=499 => {
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
    /// `GET /pets/{petId}/photo`
    ///
    /// The binary answer read as it arrives, in chunks, with its status and headers (asks for `image/png`).
    #[cfg(feature = "pets")]
    pub async fn get_pet_photo_download(
        &self,
        pet_id: &str,
    ) -> ::std::result::Result<
        super::runtime::client::Download<super::types::Problem>,
        super::runtime::Error<super::types::Problem>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ["/pets/", &super::runtime::client::path_param(&pet_id), "/photo"].concat(),
        );
        request.accept("image/png");
        let response = self.core.open(request, &[&["apiKey"], &["basic"]]).await?;
        if matches!(response.status().as_u16(), 200) {
            return ::std::result::Result::Ok(
                super::runtime::client::Download::new(response),
            );
        }
        let (status, headers, bytes) = super::runtime::client::read_all(response).await?;
        super::runtime::client::with_headers(
            match status {
                400..=499 => {
                    super::runtime::client::api(
                        status,
                        super::runtime::client::json(status, &bytes)?,
                    )
                }
                _ => super::runtime::client::unexpected(status, bytes),
            },
            &headers,
        )
    }
    /// `PUT /pets/{petId}/photo`
    #[cfg(feature = "pets")]
    pub async fn put_pet_photo(
        &self,
        pet_id: &str,
        body: ::std::option::Option<::std::vec::Vec<u8>>,
    ) -> ::std::result::Result<(), super::runtime::Error<super::types::Problem>> {
        self.put_pet_photo_with_response(pet_id, body)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::put_pet_photo`], with the status and headers of the answer.
    #[cfg(feature = "pets")]
    pub async fn put_pet_photo_with_response(
        &self,
        pet_id: &str,
        body: ::std::option::Option<::std::vec::Vec<u8>>,
    ) -> ::std::result::Result<
        super::runtime::client::Response<()>,
        super::runtime::Error<super::types::Problem>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::PUT,
            ["/pets/", &super::runtime::client::path_param(&pet_id), "/photo"].concat(),
        );
        if let ::std::option::Option::Some(body) = body {
            request.raw("image/png", body);
        }
        let (status, headers, bytes) = self
            .core
            .execute(request, &[&["apiKey"], &["basic"]])
            .await?;
        super::runtime::client::with_headers(
            match status {
                204 => ::std::result::Result::Ok(()),
                400..=499 => {
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
            super::runtime::client::Response::new(status, headers, ()),
        )
    }
    /// `POST /pets/{petId}/photo`
    #[cfg(feature = "pets")]
    pub async fn upload_pet_photos(
        &self,
        pet_id: &str,
        body: &super::types::UploadPetPhotosForm,
    ) -> ::std::result::Result<(), super::runtime::Error<::std::convert::Infallible>> {
        self.upload_pet_photos_with_response(pet_id, body)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::upload_pet_photos`], with the status and headers of the answer.
    #[cfg(feature = "pets")]
    pub async fn upload_pet_photos_with_response(
        &self,
        pet_id: &str,
        body: &super::types::UploadPetPhotosForm,
    ) -> ::std::result::Result<
        super::runtime::client::Response<()>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::POST,
            ["/pets/", &super::runtime::client::path_param(&pet_id), "/photo"].concat(),
        );
        let mut form = super::runtime::multipart::Form::new();
        form.files("photo", &body.photo);
        form.files("extra", &body.extra);
        form.files("scans", &body.scans);
        form.files("thumbnail", &body.thumbnail);
        form.value("caption", &body.caption).map_err(super::runtime::client::invalid)?;
        form.value("tags", &body.tags).map_err(super::runtime::client::invalid)?;
        form.value("meta", &body.meta).map_err(super::runtime::client::invalid)?;
        form.value("type", &body.type_).map_err(super::runtime::client::invalid)?;
        request.multipart(form);
        let (status, headers, bytes) = self
            .core
            .execute(request, &[&["apiKey"], &["basic"]])
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
    /// `GET /tree`
    #[cfg(feature = "tree")]
    pub async fn get_tree(
        &self,
    ) -> ::std::result::Result<
        super::types::Node,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.get_tree_with_response()
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::get_tree`], with the status and headers of the answer.
    #[cfg(feature = "tree")]
    pub async fn get_tree_with_response(
        &self,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::Node>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ::std::string::String::from("/tree"),
        );
        let (status, headers, bytes) = self
            .core
            .execute(request, &[&["apiKey"], &["basic"]])
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
    /// `GET /health`
    #[cfg(feature = "health")]
    pub async fn health(
        &self,
    ) -> ::std::result::Result<(), super::runtime::Error<::std::convert::Infallible>> {
        self.health_with_response()
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::health`], with the status and headers of the answer.
    #[cfg(feature = "health")]
    pub async fn health_with_response(
        &self,
    ) -> ::std::result::Result<
        super::runtime::client::Response<()>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ::std::string::String::from("/health"),
        );
        let (status, headers, bytes) = self.core.execute(request, &[]).await?;
        super::runtime::client::with_headers(
            match status {
                200 => ::std::result::Result::Ok(()),
                _ => super::runtime::client::unexpected(status, bytes),
            },
            &headers,
        )?;
        ::std::result::Result::Ok(
            super::runtime::client::Response::new(status, headers, ()),
        )
    }
    /// `POST /:batch`
    #[cfg(feature = "batch")]
    pub async fn batch(
        &self,
    ) -> ::std::result::Result<(), super::runtime::Error<::std::convert::Infallible>> {
        self.batch_with_response()
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::batch`], with the status and headers of the answer.
    #[cfg(feature = "batch")]
    pub async fn batch_with_response(
        &self,
    ) -> ::std::result::Result<
        super::runtime::client::Response<()>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let request = super::runtime::client::Request::new(
            ::reqwest::Method::POST,
            ::std::string::String::from("/:batch"),
        );
        let (status, headers, bytes) = self.core.execute(request, &[]).await?;
        super::runtime::client::with_headers(
            match status {
                202 => ::std::result::Result::Ok(()),
                _ => super::runtime::client::unexpected(status, bytes),
            },
            &headers,
        )?;
        ::std::result::Result::Ok(
            super::runtime::client::Response::new(status, headers, ()),
        )
    }
    /// `POST /jobs/{id}:cancel`
    #[cfg(feature = "jobs")]
    pub async fn cancel_job(
        &self,
        id: &str,
    ) -> ::std::result::Result<(), super::runtime::Error<::std::convert::Infallible>> {
        self.cancel_job_with_response(id)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::cancel_job`], with the status and headers of the answer.
    #[cfg(feature = "jobs")]
    pub async fn cancel_job_with_response(
        &self,
        id: &str,
    ) -> ::std::result::Result<
        super::runtime::client::Response<()>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let request = super::runtime::client::Request::new(
            ::reqwest::Method::POST,
            ["/jobs/", &super::runtime::client::path_param(&id), ":cancel"].concat(),
        );
        let (status, headers, bytes) = self
            .core
            .execute(request, &[&["apiKey"], &["basic"]])
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
    /// `POST /jobs/{id}:run`
    #[cfg(feature = "jobs")]
    pub async fn run_job(
        &self,
        id: &str,
    ) -> ::std::result::Result<(), super::runtime::Error<::std::convert::Infallible>> {
        self.run_job_with_response(id)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::run_job`], with the status and headers of the answer.
    #[cfg(feature = "jobs")]
    pub async fn run_job_with_response(
        &self,
        id: &str,
    ) -> ::std::result::Result<
        super::runtime::client::Response<()>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let request = super::runtime::client::Request::new(
            ::reqwest::Method::POST,
            ["/jobs/", &super::runtime::client::path_param(&id), ":run"].concat(),
        );
        let (status, headers, bytes) = self
            .core
            .execute(request, &[&["apiKey"], &["basic"]])
            .await?;
        super::runtime::client::with_headers(
            match status {
                202 => ::std::result::Result::Ok(()),
                _ => super::runtime::client::unexpected(status, bytes),
            },
            &headers,
        )?;
        ::std::result::Result::Ok(
            super::runtime::client::Response::new(status, headers, ()),
        )
    }
    /// `GET /jobs/{id}`
    #[cfg(feature = "jobs")]
    pub async fn get_job(
        &self,
        id: &str,
    ) -> ::std::result::Result<
        ::std::string::String,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.get_job_with_response(id)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::get_job`], with the status and headers of the answer.
    #[cfg(feature = "jobs")]
    pub async fn get_job_with_response(
        &self,
        id: &str,
    ) -> ::std::result::Result<
        super::runtime::client::Response<::std::string::String>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ["/jobs/", &super::runtime::client::path_param(&id)].concat(),
        );
        let (status, headers, bytes) = self
            .core
            .execute(request, &[&["apiKey"], &["basic"]])
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
    /// `GET /pets/{id}/tags/{name}`
    #[cfg(feature = "pets")]
    pub async fn get_pet_tag_again(
        &self,
        id: i64,
        name: &str,
    ) -> ::std::result::Result<(), super::runtime::Error<::std::convert::Infallible>> {
        self.get_pet_tag_again_with_response(id, name)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::get_pet_tag_again`], with the status and headers of the answer.
    #[cfg(feature = "pets")]
    pub async fn get_pet_tag_again_with_response(
        &self,
        id: i64,
        name: &str,
    ) -> ::std::result::Result<
        super::runtime::client::Response<()>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            [
                "/pets/",
                &super::runtime::client::path_param(&id),
                "/tags/",
                &super::runtime::client::path_param(&name),
            ]
                .concat(),
        );
        let (status, headers, bytes) = self
            .core
            .execute(request, &[&["apiKey"], &["basic"]])
            .await?;
        super::runtime::client::with_headers(
            match status {
                200 => ::std::result::Result::Ok(()),
                _ => super::runtime::client::unexpected(status, bytes),
            },
            &headers,
        )?;
        ::std::result::Result::Ok(
            super::runtime::client::Response::new(status, headers, ()),
        )
    }
    /// `POST /shapes`
    #[cfg(feature = "shapes")]
    pub async fn shapes(
        &self,
        body: &super::types::ShapesRequest,
    ) -> ::std::result::Result<
        super::types::Shapes,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        self.shapes_with_response(body)
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::shapes`], with the status and headers of the answer.
    #[cfg(feature = "shapes")]
    pub async fn shapes_with_response(
        &self,
        body: &super::types::ShapesRequest,
    ) -> ::std::result::Result<
        super::runtime::client::Response<super::types::Shapes>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let mut request = super::runtime::client::Request::new(
            ::reqwest::Method::POST,
            ::std::string::String::from("/shapes"),
        );
        request.json("application/json", body).map_err(super::runtime::client::invalid)?;
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
    /// `GET /into`
    #[cfg(feature = "into")]
    pub async fn into_(
        &self,
    ) -> ::std::result::Result<(), super::runtime::Error<::std::convert::Infallible>> {
        self.into_with_response().await.map(super::runtime::client::Response::into_value)
    }
    /// [`Client::into_`], with the status and headers of the answer.
    #[cfg(feature = "into")]
    pub async fn into_with_response(
        &self,
    ) -> ::std::result::Result<
        super::runtime::client::Response<()>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            ::std::string::String::from("/into"),
        );
        let (status, headers, bytes) = self.core.execute(request, &[]).await?;
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
    /// `POST /reject`
    #[cfg(feature = "jobs")]
    pub async fn reject(
        &self,
    ) -> ::std::result::Result<(), super::runtime::Error<::std::convert::Infallible>> {
        self.reject_with_response()
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::reject`], with the status and headers of the answer.
    #[cfg(feature = "jobs")]
    pub async fn reject_with_response(
        &self,
    ) -> ::std::result::Result<
        super::runtime::client::Response<()>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let request = super::runtime::client::Request::new(
            ::reqwest::Method::POST,
            ::std::string::String::from("/reject"),
        );
        let (status, headers, bytes) = self
            .core
            .execute(request, &[&["apiKey"], &["basic"]])
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
    /// `GET /{p0}/{p1}/{p2}/{p3}/{p4}/{p5}/{p6}/{p7}/{p8}/{p9}/{p10}/{p11}/{p12}/{p13}/{p14}/{p15}/{p16}/{p17}/{p18}/{p19}/{p20}/{p21}/{p22}/{p23}/{p24}/{p25}`
    #[cfg(feature = "root")]
    pub async fn many_captures(
        &self,
        p0: &str,
        p1: &str,
        p2: &str,
        p3: &str,
        p4: &str,
        p5: &str,
        p6: &str,
        p7: &str,
        p8: &str,
        p9: &str,
        p10: &str,
        p11: &str,
        p12: &str,
        p13: &str,
        p14: &str,
        p15: &str,
        p16: &str,
        p17: &str,
        p18: &str,
        p19: &str,
        p20: &str,
        p21: &str,
        p22: &str,
        p23: &str,
        p24: &str,
        p25: &str,
    ) -> ::std::result::Result<(), super::runtime::Error<::std::convert::Infallible>> {
        self.many_captures_with_response(
                p0,
                p1,
                p2,
                p3,
                p4,
                p5,
                p6,
                p7,
                p8,
                p9,
                p10,
                p11,
                p12,
                p13,
                p14,
                p15,
                p16,
                p17,
                p18,
                p19,
                p20,
                p21,
                p22,
                p23,
                p24,
                p25,
            )
            .await
            .map(super::runtime::client::Response::into_value)
    }
    /// [`Client::many_captures`], with the status and headers of the answer.
    #[cfg(feature = "root")]
    pub async fn many_captures_with_response(
        &self,
        p0: &str,
        p1: &str,
        p2: &str,
        p3: &str,
        p4: &str,
        p5: &str,
        p6: &str,
        p7: &str,
        p8: &str,
        p9: &str,
        p10: &str,
        p11: &str,
        p12: &str,
        p13: &str,
        p14: &str,
        p15: &str,
        p16: &str,
        p17: &str,
        p18: &str,
        p19: &str,
        p20: &str,
        p21: &str,
        p22: &str,
        p23: &str,
        p24: &str,
        p25: &str,
    ) -> ::std::result::Result<
        super::runtime::client::Response<()>,
        super::runtime::Error<::std::convert::Infallible>,
    > {
        let request = super::runtime::client::Request::new(
            ::reqwest::Method::GET,
            [
                "/",
                &super::runtime::client::path_param(&p0),
                "/",
                &super::runtime::client::path_param(&p1),
                "/",
                &super::runtime::client::path_param(&p2),
                "/",
                &super::runtime::client::path_param(&p3),
                "/",
                &super::runtime::client::path_param(&p4),
                "/",
                &super::runtime::client::path_param(&p5),
                "/",
                &super::runtime::client::path_param(&p6),
                "/",
                &super::runtime::client::path_param(&p7),
                "/",
                &super::runtime::client::path_param(&p8),
                "/",
                &super::runtime::client::path_param(&p9),
                "/",
                &super::runtime::client::path_param(&p10),
                "/",
                &super::runtime::client::path_param(&p11),
                "/",
                &super::runtime::client::path_param(&p12),
                "/",
                &super::runtime::client::path_param(&p13),
                "/",
                &super::runtime::client::path_param(&p14),
                "/",
                &super::runtime::client::path_param(&p15),
                "/",
                &super::runtime::client::path_param(&p16),
                "/",
                &super::runtime::client::path_param(&p17),
                "/",
                &super::runtime::client::path_param(&p18),
                "/",
                &super::runtime::client::path_param(&p19),
                "/",
                &super::runtime::client::path_param(&p20),
                "/",
                &super::runtime::client::path_param(&p21),
                "/",
                &super::runtime::client::path_param(&p22),
                "/",
                &super::runtime::client::path_param(&p23),
                "/",
                &super::runtime::client::path_param(&p24),
                "/",
                &super::runtime::client::path_param(&p25),
            ]
                .concat(),
        );
        let (status, headers, bytes) = self
            .core
            .execute(request, &[&["apiKey"], &["basic"]])
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
/// The spec's server `https://{region}.example.test/{version}`, variables at their defaults.
pub const DEFAULT_BASE_URL: &str = "https://eu.example.test/v1";
/// The spec's server `https://{region}.example.test/{version}` with its variables filled in:
/// - `region`: default `eu`
/// - `version`: default `v1`
pub fn server_url(region: &str, version: &str) -> ::std::string::String {
    ::std::format!("https://{}.example.test/{}", region, version)
}
impl Client {
    /// A client for the spec's server `https://{region}.example.test/{version}`.
    pub fn for_server(region: &str, version: &str) -> Self {
        Self::new(server_url(region, version))
    }
}
