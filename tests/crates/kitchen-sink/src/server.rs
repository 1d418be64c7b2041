//! An axum server: implement [`Api`], serve [`router`]. Requests are checked against
//! the spec (credentials present, parameters and body valid, body size bounded) before
//! a method runs; what fails is answered in the API's own error shape.
use super::runtime::server as rt;
use super::runtime::validate as v;
/// Kitchen Sink: one method per operation. Implement it in your own module; the generated router checks each request against the spec before calling the method.
pub trait Api: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// A description with */ and "quotes", #[attr] and a \ backslash
    ///
    /// `getPetTag` (GET /pets/{petId}/tags/{tag}).
    fn get_pet_tag(
        &self,
        input: GetPetTagInput,
    ) -> impl ::std::future::Future<Output = GetPetTagReply> + ::std::marker::Send;
    /// `createPet` (POST /pets).
    fn create_pet(
        &self,
        input: CreatePetInput,
    ) -> impl ::std::future::Future<Output = CreatePetReply> + ::std::marker::Send;
    /// `put-pet-photo` (PUT /pets/{petId}/photo).
    fn put_pet_photo(
        &self,
        input: PutPetPhotoInput,
    ) -> impl ::std::future::Future<Output = PutPetPhotoReply> + ::std::marker::Send;
    /// `get /tree` (GET /tree).
    fn get_tree(
        &self,
        input: GetTreeInput,
    ) -> impl ::std::future::Future<Output = GetTreeReply> + ::std::marker::Send;
    /// `health` (GET /health).
    fn health(
        &self,
        input: HealthInput,
    ) -> impl ::std::future::Future<Output = HealthReply> + ::std::marker::Send;
    /// `batch` (POST /:batch).
    fn batch(
        &self,
        input: BatchInput,
    ) -> impl ::std::future::Future<Output = BatchReply> + ::std::marker::Send;
    /// `cancelJob` (POST /jobs/{id}:cancel).
    fn cancel_job(
        &self,
        input: CancelJobInput,
    ) -> impl ::std::future::Future<Output = CancelJobReply> + ::std::marker::Send;
    /// `runJob` (POST /jobs/{id}:run).
    fn run_job(
        &self,
        input: RunJobInput,
    ) -> impl ::std::future::Future<Output = RunJobReply> + ::std::marker::Send;
    /// `getJob` (GET /jobs/{id}).
    fn get_job(
        &self,
        input: GetJobInput,
    ) -> impl ::std::future::Future<Output = GetJobReply> + ::std::marker::Send;
    /// `getPetTagAgain` (GET /pets/{id}/tags/{name}).
    ///
    /// Not routed: axum cannot route this path beside the others (warning SF022); serve it with a route of your own.
    fn get_pet_tag_again(
        &self,
        input: GetPetTagAgainInput,
    ) -> impl ::std::future::Future<Output = GetPetTagAgainReply> + ::std::marker::Send;
    /// Decides whether `credentials` (present, as the operation's security asks) may
    /// call `operation` (its operationId). Called before the operation's method; `false`
    /// answers 401 in the API's error shape. By default every present credential may.
    fn authorize(
        &self,
        operation: &'static str,
        credentials: &rt::Credentials,
    ) -> impl ::std::future::Future<Output = bool> + ::std::marker::Send {
        let _ = (operation, credentials);
        async { true }
    }
    /// Answers a request the spec rejects (401, 400/422, 413, 415). By default the
    /// API's own error shape with a message naming the problem; override it to log or
    /// to answer differently.
    fn reject(&self, rejection: rt::Rejection) -> ::axum::response::Response {
        ::axum::response::IntoResponse::into_response(rejection)
    }
}
/// A router serving `api` with the default settings (2 MiB body limit). The spec's
/// paths are routed as they are; nest the router under the server's base path if it
/// has one.
pub fn router<A: Api>(api: A) -> ::axum::Router {
    router_with(api, rt::Config::default())
}
/// A router serving `api` with `config`.
pub fn router_with<A: Api>(api: A, config: rt::Config) -> ::axum::Router {
    ::axum::Router::new()
        .without_v07_checks()
        .route(
            "/pets/{p0}/tags/{p1}",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::GET,
                handle_get_pet_tag::<A>,
            ),
        )
        .route(
            "/pets",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::POST,
                handle_create_pet::<A>,
            ),
        )
        .route(
            "/pets/{p0}/photo",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::PUT,
                handle_put_pet_photo::<A>,
            ),
        )
        .route(
            "/tree",
            ::axum::routing::on(::axum::routing::MethodFilter::GET, handle_get_tree::<A>),
        )
        .route(
            "/health",
            ::axum::routing::on(::axum::routing::MethodFilter::GET, handle_health::<A>),
        )
        .route(
            "/:batch",
            ::axum::routing::on(::axum::routing::MethodFilter::POST, handle_batch::<A>),
        )
        .route(
            "/jobs/{p0}",
            ::axum::routing::on(
                    ::axum::routing::MethodFilter::POST,
                    dispatch_cancel_job::<A>,
                )
                .on(::axum::routing::MethodFilter::GET, handle_get_job::<A>),
        )
        .with_state(::std::sync::Arc::new(rt::Shared { api, config }))
}
/// The input of `getPetTag` (GET /pets/{petId}/tags/{tag}), checked against the spec.
#[derive(Debug)]
pub struct GetPetTagInput {
    /// Path parameter `petId`.
    pub pet_id: i64,
    /// Path parameter `tag`.
    pub tag: ::std::string::String,
    /// `X-Request-Id` (header).
    pub x_request_id: ::std::string::String,
    /// The optional parameters that were sent.
    pub params: super::types::GetPetTagParams,
    /// The credentials the request came with (present; checking them is the
    /// implementation's job).
    pub credentials: rt::Credentials,
}
impl rt::FromPrepared for GetPetTagInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(GetPetTagInput {
            pet_id: p.take(0usize)?,
            tag: p.take(1usize)?,
            x_request_id: p.take(2usize)?,
            params: super::types::GetPetTagParams {
                limit: p.take_opt(3usize)?,
                kinds: p.take_opt(4usize)?,
                filter: p.take_opt(5usize)?,
            },
            credentials: p.credentials(),
        })
    }
}
/// The documented answers of `getPetTag` (GET /pets/{petId}/tags/{tag}).
#[derive(Debug)]
pub enum GetPetTagReply {
    /// `200`
    Ok(super::types::Pet),
    /// `204`
    NoContent,
    /// `404`
    NotFound(::std::string::String),
    /// `default`: the status is given with the body
    Default(u16, super::types::Problem),
}
impl ::axum::response::IntoResponse for GetPetTagReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            GetPetTagReply::Ok(body) => rt::json(200u16, "application/json", &body),
            GetPetTagReply::NoContent => rt::empty(204u16),
            GetPetTagReply::NotFound(body) => rt::text(404u16, "text/plain", body),
            GetPetTagReply::Default(status, body) => {
                rt::json(status, "application/problem+json", &body)
            }
        }
    }
}
async fn handle_get_pet_tag<A: Api>(
    ::axum::extract::State(
        shared,
    ): ::axum::extract::State<::std::sync::Arc<rt::Shared<A>>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut prepared = match rt::prepare(
            &API,
            &OPERATIONS[0usize],
            &shared.config,
            request,
        )
        .await
    {
        ::std::result::Result::Ok(prepared) => prepared,
        ::std::result::Result::Err(rejection) => return shared.api.reject(rejection),
    };
    if !shared.api.authorize("getPetTag", prepared.credentials_ref()).await {
        return shared.api.reject(prepared.refused());
    }
    match <GetPetTagInput as rt::FromPrepared>::from_prepared(&mut prepared) {
        ::std::result::Result::Ok(input) => {
            ::axum::response::IntoResponse::into_response(
                shared.api.get_pet_tag(input).await,
            )
        }
        ::std::result::Result::Err(rejection) => shared.api.reject(rejection),
    }
}
/// The input of `createPet` (POST /pets), checked against the spec.
#[derive(Debug)]
pub struct CreatePetInput {
    /// The request body.
    pub body: super::types::NewPet,
}
impl rt::FromPrepared for CreatePetInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(CreatePetInput { body: p.body()? })
    }
}
/// The documented answers of `createPet` (POST /pets).
#[derive(Debug)]
pub enum CreatePetReply {
    /// `200`
    Ok(super::types::Pet),
    /// `201`
    Created(super::types::Pet),
}
impl ::axum::response::IntoResponse for CreatePetReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            CreatePetReply::Ok(body) => rt::json(200u16, "application/json", &body),
            CreatePetReply::Created(body) => rt::json(201u16, "application/json", &body),
        }
    }
}
async fn handle_create_pet<A: Api>(
    ::axum::extract::State(
        shared,
    ): ::axum::extract::State<::std::sync::Arc<rt::Shared<A>>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut prepared = match rt::prepare(
            &API,
            &OPERATIONS[1usize],
            &shared.config,
            request,
        )
        .await
    {
        ::std::result::Result::Ok(prepared) => prepared,
        ::std::result::Result::Err(rejection) => return shared.api.reject(rejection),
    };
    match <CreatePetInput as rt::FromPrepared>::from_prepared(&mut prepared) {
        ::std::result::Result::Ok(input) => {
            ::axum::response::IntoResponse::into_response(
                shared.api.create_pet(input).await,
            )
        }
        ::std::result::Result::Err(rejection) => shared.api.reject(rejection),
    }
}
/// The input of `put-pet-photo` (PUT /pets/{petId}/photo), checked against the spec.
#[derive(Debug)]
pub struct PutPetPhotoInput {
    /// Path parameter `petId`.
    pub pet_id: ::std::string::String,
    /// The request body.
    pub body: ::std::vec::Vec<u8>,
    /// The credentials the request came with (present; checking them is the
    /// implementation's job).
    pub credentials: rt::Credentials,
}
impl rt::FromPrepared for PutPetPhotoInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(PutPetPhotoInput {
            pet_id: p.take(0usize)?,
            body: p.bytes(),
            credentials: p.credentials(),
        })
    }
}
/// The documented answers of `put-pet-photo` (PUT /pets/{petId}/photo).
#[derive(Debug)]
pub enum PutPetPhotoReply {
    /// `204`
    NoContent,
    /// `4XX`: the status is given with the body
    ClientError(u16, super::types::Problem),
}
impl ::axum::response::IntoResponse for PutPetPhotoReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            PutPetPhotoReply::NoContent => rt::empty(204u16),
            PutPetPhotoReply::ClientError(status, body) => {
                rt::json(status, "application/json", &body)
            }
        }
    }
}
async fn handle_put_pet_photo<A: Api>(
    ::axum::extract::State(
        shared,
    ): ::axum::extract::State<::std::sync::Arc<rt::Shared<A>>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut prepared = match rt::prepare(
            &API,
            &OPERATIONS[2usize],
            &shared.config,
            request,
        )
        .await
    {
        ::std::result::Result::Ok(prepared) => prepared,
        ::std::result::Result::Err(rejection) => return shared.api.reject(rejection),
    };
    if !shared.api.authorize("put-pet-photo", prepared.credentials_ref()).await {
        return shared.api.reject(prepared.refused());
    }
    match <PutPetPhotoInput as rt::FromPrepared>::from_prepared(&mut prepared) {
        ::std::result::Result::Ok(input) => {
            ::axum::response::IntoResponse::into_response(
                shared.api.put_pet_photo(input).await,
            )
        }
        ::std::result::Result::Err(rejection) => shared.api.reject(rejection),
    }
}
/// The input of `get /tree` (GET /tree), checked against the spec.
#[derive(Debug)]
pub struct GetTreeInput {
    /// The credentials the request came with (present; checking them is the
    /// implementation's job).
    pub credentials: rt::Credentials,
}
impl rt::FromPrepared for GetTreeInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(GetTreeInput {
            credentials: p.credentials(),
        })
    }
}
/// The documented answers of `get /tree` (GET /tree).
#[derive(Debug)]
pub enum GetTreeReply {
    /// `200`
    Ok(super::types::Node),
}
impl ::axum::response::IntoResponse for GetTreeReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            GetTreeReply::Ok(body) => rt::json(200u16, "application/json", &body),
        }
    }
}
async fn handle_get_tree<A: Api>(
    ::axum::extract::State(
        shared,
    ): ::axum::extract::State<::std::sync::Arc<rt::Shared<A>>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut prepared = match rt::prepare(
            &API,
            &OPERATIONS[3usize],
            &shared.config,
            request,
        )
        .await
    {
        ::std::result::Result::Ok(prepared) => prepared,
        ::std::result::Result::Err(rejection) => return shared.api.reject(rejection),
    };
    if !shared.api.authorize("get /tree", prepared.credentials_ref()).await {
        return shared.api.reject(prepared.refused());
    }
    match <GetTreeInput as rt::FromPrepared>::from_prepared(&mut prepared) {
        ::std::result::Result::Ok(input) => {
            ::axum::response::IntoResponse::into_response(
                shared.api.get_tree(input).await,
            )
        }
        ::std::result::Result::Err(rejection) => shared.api.reject(rejection),
    }
}
/// The input of `health` (GET /health), checked against the spec.
#[derive(Debug)]
pub struct HealthInput {}
impl rt::FromPrepared for HealthInput {
    fn from_prepared(
        _: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(HealthInput {})
    }
}
/// The documented answers of `health` (GET /health).
#[derive(Debug)]
pub enum HealthReply {
    /// `200`
    Ok,
}
impl ::axum::response::IntoResponse for HealthReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            HealthReply::Ok => rt::empty(200u16),
        }
    }
}
async fn handle_health<A: Api>(
    ::axum::extract::State(
        shared,
    ): ::axum::extract::State<::std::sync::Arc<rt::Shared<A>>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut prepared = match rt::prepare(
            &API,
            &OPERATIONS[4usize],
            &shared.config,
            request,
        )
        .await
    {
        ::std::result::Result::Ok(prepared) => prepared,
        ::std::result::Result::Err(rejection) => return shared.api.reject(rejection),
    };
    match <HealthInput as rt::FromPrepared>::from_prepared(&mut prepared) {
        ::std::result::Result::Ok(input) => {
            ::axum::response::IntoResponse::into_response(shared.api.health(input).await)
        }
        ::std::result::Result::Err(rejection) => shared.api.reject(rejection),
    }
}
/// The input of `batch` (POST /:batch), checked against the spec.
#[derive(Debug)]
pub struct BatchInput {}
impl rt::FromPrepared for BatchInput {
    fn from_prepared(
        _: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(BatchInput {})
    }
}
/// The documented answers of `batch` (POST /:batch).
#[derive(Debug)]
pub enum BatchReply {
    /// `202`
    Accepted,
}
impl ::axum::response::IntoResponse for BatchReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            BatchReply::Accepted => rt::empty(202u16),
        }
    }
}
async fn handle_batch<A: Api>(
    ::axum::extract::State(
        shared,
    ): ::axum::extract::State<::std::sync::Arc<rt::Shared<A>>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut prepared = match rt::prepare(
            &API,
            &OPERATIONS[5usize],
            &shared.config,
            request,
        )
        .await
    {
        ::std::result::Result::Ok(prepared) => prepared,
        ::std::result::Result::Err(rejection) => return shared.api.reject(rejection),
    };
    match <BatchInput as rt::FromPrepared>::from_prepared(&mut prepared) {
        ::std::result::Result::Ok(input) => {
            ::axum::response::IntoResponse::into_response(shared.api.batch(input).await)
        }
        ::std::result::Result::Err(rejection) => shared.api.reject(rejection),
    }
}
/// The input of `cancelJob` (POST /jobs/{id}:cancel), checked against the spec.
#[derive(Debug)]
pub struct CancelJobInput {
    /// Path parameter `id`.
    pub id: ::std::string::String,
    /// The credentials the request came with (present; checking them is the
    /// implementation's job).
    pub credentials: rt::Credentials,
}
impl rt::FromPrepared for CancelJobInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(CancelJobInput {
            id: p.take(0usize)?,
            credentials: p.credentials(),
        })
    }
}
/// The documented answers of `cancelJob` (POST /jobs/{id}:cancel).
#[derive(Debug)]
pub enum CancelJobReply {
    /// `204`
    NoContent,
}
impl ::axum::response::IntoResponse for CancelJobReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            CancelJobReply::NoContent => rt::empty(204u16),
        }
    }
}
async fn handle_cancel_job<A: Api>(
    ::axum::extract::State(
        shared,
    ): ::axum::extract::State<::std::sync::Arc<rt::Shared<A>>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut prepared = match rt::prepare(
            &API,
            &OPERATIONS[6usize],
            &shared.config,
            request,
        )
        .await
    {
        ::std::result::Result::Ok(prepared) => prepared,
        ::std::result::Result::Err(rejection) => return shared.api.reject(rejection),
    };
    if !shared.api.authorize("cancelJob", prepared.credentials_ref()).await {
        return shared.api.reject(prepared.refused());
    }
    match <CancelJobInput as rt::FromPrepared>::from_prepared(&mut prepared) {
        ::std::result::Result::Ok(input) => {
            ::axum::response::IntoResponse::into_response(
                shared.api.cancel_job(input).await,
            )
        }
        ::std::result::Result::Err(rejection) => shared.api.reject(rejection),
    }
}
/// The input of `runJob` (POST /jobs/{id}:run), checked against the spec.
#[derive(Debug)]
pub struct RunJobInput {
    /// Path parameter `id`.
    pub id: ::std::string::String,
    /// The credentials the request came with (present; checking them is the
    /// implementation's job).
    pub credentials: rt::Credentials,
}
impl rt::FromPrepared for RunJobInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(RunJobInput {
            id: p.take(0usize)?,
            credentials: p.credentials(),
        })
    }
}
/// The documented answers of `runJob` (POST /jobs/{id}:run).
#[derive(Debug)]
pub enum RunJobReply {
    /// `202`
    Accepted,
}
impl ::axum::response::IntoResponse for RunJobReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            RunJobReply::Accepted => rt::empty(202u16),
        }
    }
}
async fn handle_run_job<A: Api>(
    ::axum::extract::State(
        shared,
    ): ::axum::extract::State<::std::sync::Arc<rt::Shared<A>>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut prepared = match rt::prepare(
            &API,
            &OPERATIONS[7usize],
            &shared.config,
            request,
        )
        .await
    {
        ::std::result::Result::Ok(prepared) => prepared,
        ::std::result::Result::Err(rejection) => return shared.api.reject(rejection),
    };
    if !shared.api.authorize("runJob", prepared.credentials_ref()).await {
        return shared.api.reject(prepared.refused());
    }
    match <RunJobInput as rt::FromPrepared>::from_prepared(&mut prepared) {
        ::std::result::Result::Ok(input) => {
            ::axum::response::IntoResponse::into_response(
                shared.api.run_job(input).await,
            )
        }
        ::std::result::Result::Err(rejection) => shared.api.reject(rejection),
    }
}
/// The input of `getJob` (GET /jobs/{id}), checked against the spec.
#[derive(Debug)]
pub struct GetJobInput {
    /// Path parameter `id`.
    pub id: ::std::string::String,
    /// The credentials the request came with (present; checking them is the
    /// implementation's job).
    pub credentials: rt::Credentials,
}
impl rt::FromPrepared for GetJobInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(GetJobInput {
            id: p.take(0usize)?,
            credentials: p.credentials(),
        })
    }
}
/// The documented answers of `getJob` (GET /jobs/{id}).
#[derive(Debug)]
pub enum GetJobReply {
    /// `200`
    Ok(::std::string::String),
}
impl ::axum::response::IntoResponse for GetJobReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            GetJobReply::Ok(body) => rt::text(200u16, "text/plain", body),
        }
    }
}
async fn handle_get_job<A: Api>(
    ::axum::extract::State(
        shared,
    ): ::axum::extract::State<::std::sync::Arc<rt::Shared<A>>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut prepared = match rt::prepare(
            &API,
            &OPERATIONS[8usize],
            &shared.config,
            request,
        )
        .await
    {
        ::std::result::Result::Ok(prepared) => prepared,
        ::std::result::Result::Err(rejection) => return shared.api.reject(rejection),
    };
    if !shared.api.authorize("getJob", prepared.credentials_ref()).await {
        return shared.api.reject(prepared.refused());
    }
    match <GetJobInput as rt::FromPrepared>::from_prepared(&mut prepared) {
        ::std::result::Result::Ok(input) => {
            ::axum::response::IntoResponse::into_response(
                shared.api.get_job(input).await,
            )
        }
        ::std::result::Result::Err(rejection) => shared.api.reject(rejection),
    }
}
/// The input of `getPetTagAgain` (GET /pets/{id}/tags/{name}), checked against the spec.
#[derive(Debug)]
pub struct GetPetTagAgainInput {
    /// Path parameter `id`.
    pub id: i64,
    /// Path parameter `name`.
    pub name: ::std::string::String,
    /// The credentials the request came with (present; checking them is the
    /// implementation's job).
    pub credentials: rt::Credentials,
}
impl rt::FromPrepared for GetPetTagAgainInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(GetPetTagAgainInput {
            id: p.take(0usize)?,
            name: p.take(1usize)?,
            credentials: p.credentials(),
        })
    }
}
/// The documented answers of `getPetTagAgain` (GET /pets/{id}/tags/{name}).
#[derive(Debug)]
pub enum GetPetTagAgainReply {
    /// `200`
    Ok,
}
impl ::axum::response::IntoResponse for GetPetTagAgainReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            GetPetTagAgainReply::Ok => rt::empty(200u16),
        }
    }
}
async fn dispatch_cancel_job<A: Api>(
    state: ::axum::extract::State<::std::sync::Arc<rt::Shared<A>>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    if rt::segment_ends_with(&request, 0usize, ":cancel") {
        return handle_cancel_job::<A>(state, request).await;
    }
    if rt::segment_ends_with(&request, 0usize, ":run") {
        return handle_run_job::<A>(state, request).await;
    }
    rt::not_found(&API, &request)
}
/// `/paths/~1pets~1{petId}~1tags~1{tag}/get/parameters/0/schema`
const RULE_0: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::INTEGER)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1pets~1{petId}~1tags~1{tag}/get/parameters/1/schema`
const RULE_1: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1pets~1{petId}~1tags~1{tag}/get/parameters/5/schema`
const RULE_2: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1pets~1{petId}~1tags~1{tag}/get/parameters/2/schema`
const RULE_3: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::INTEGER)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1pets~1{petId}~1tags~1{tag}/get/parameters/3/schema`
const RULE_4: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(18u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Filter`
const RULE_5: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::OBJECT),
        v::Keyword::Properties(&[("status", 15u32), ("created", 16u32)]),
    ],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/NewPet`
const RULE_6: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::OBJECT),
        v::Keyword::Required(&[("name", v::Access::ReadWrite)]),
        v::Keyword::Properties(&[("name", 13u32), ("type", 14u32)]),
    ],
    resource: ::std::option::Option::None,
};
/// `/paths/~1pets~1{petId}~1photo/put/parameters/0/schema`
const RULE_7: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1jobs~1{id}:cancel/post/parameters/0/schema`
const RULE_8: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1jobs~1{id}:run/post/parameters/0/schema`
const RULE_9: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1jobs~1{id}/get/parameters/0/schema`
const RULE_10: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1pets~1{id}~1tags~1{name}/get/parameters/0/schema`
const RULE_11: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::INTEGER)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1pets~1{id}~1tags~1{name}/get/parameters/1/schema`
const RULE_12: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/NewPet/properties/name`
const RULE_13: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/NewPet/properties/type`
const RULE_14: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Filter/properties/status`
const RULE_15: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Filter/properties/created`
const RULE_16: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::OBJECT),
        v::Keyword::Properties(&[("gte", 17u32)]),
    ],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Filter/properties/created/properties/gte`
const RULE_17: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::INTEGER)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1pets~1{petId}~1tags~1{tag}/get/parameters/3/schema/items`
const RULE_18: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// How the spec's security schemes carry their credentials.
const SCHEMES: &[(&str, super::runtime::Scheme)] = &[
    ("apiKey", super::runtime::Scheme::Query("api_key")),
    ("basic", super::runtime::Scheme::Basic),
];
/// The spec's patterns, compiled on first use.
static PATTERNS: v::Patterns<'static> = v::Patterns::new(&[]);
/// The request schemas as validation rules; they refer to each other by index.
static RULES: v::Rules<'static> = v::Rules {
    rules: &[
        RULE_0,
        RULE_1,
        RULE_2,
        RULE_3,
        RULE_4,
        RULE_5,
        RULE_6,
        RULE_7,
        RULE_8,
        RULE_9,
        RULE_10,
        RULE_11,
        RULE_12,
        RULE_13,
        RULE_14,
        RULE_15,
        RULE_16,
        RULE_17,
        RULE_18,
    ],
    patterns: &PATTERNS,
    resources: &[],
};
/// An error body of the API: its schema filled in, the message's place marked.
const SHAPE_0: rt::ErrorShape = rt::ErrorShape {
    content_type: "application/json",
    template: "{\"title\":\"\",\"status\":500}",
    message: ::std::option::Option::Some("/title"),
    status: ::std::option::Option::Some("/status"),
};
/// An error body of the API: its schema filled in, the message's place marked.
const SHAPE_1: rt::ErrorShape = rt::ErrorShape {
    content_type: "application/problem+json",
    template: "{\"title\":\"\",\"status\":500}",
    message: ::std::option::Option::Some("/title"),
    status: ::std::option::Option::Some("/status"),
};
/// The API as the runtime sees it.
static API: rt::Api = rt::Api {
    schemes: SCHEMES,
    rules: &RULES,
    error: SHAPE_0,
};
/// Each operation as the runtime sees it, in the order of the handlers.
static OPERATIONS: &[rt::Operation] = &[
    rt::Operation {
        id: "getPetTag",
        security: &[&["apiKey"], &["basic"]],
        params: &[
            rt::Param {
                name: "petId",
                location: rt::Location::Path("p0"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(0u32),
            },
            rt::Param {
                name: "tag",
                location: rt::Location::Path("p1"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(1u32),
            },
            rt::Param {
                name: "X-Request-Id",
                location: rt::Location::Header,
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(2u32),
            },
            rt::Param {
                name: "limit",
                location: rt::Location::Query,
                style: super::runtime::Style::Form,
                explode: true,
                required: false,
                rule: ::std::option::Option::Some(3u32),
            },
            rt::Param {
                name: "kinds",
                location: rt::Location::Query,
                style: super::runtime::Style::Form,
                explode: false,
                required: false,
                rule: ::std::option::Option::Some(4u32),
            },
            rt::Param {
                name: "filter",
                location: rt::Location::Query,
                style: super::runtime::Style::DeepObject,
                explode: false,
                required: false,
                rule: ::std::option::Option::Some(5u32),
            },
        ],
        body: ::std::option::Option::None,
        errors: &[("404", SHAPE_0), ("default", SHAPE_1)],
    },
    rt::Operation {
        id: "createPet",
        security: &[],
        params: &[],
        body: ::std::option::Option::Some(rt::Body {
            media: rt::Media::Form,
            required: true,
            rule: ::std::option::Option::Some(6u32),
        }),
        errors: &[],
    },
    rt::Operation {
        id: "put-pet-photo",
        security: &[&["apiKey"], &["basic"]],
        params: &[
            rt::Param {
                name: "petId",
                location: rt::Location::Path("p0"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(7u32),
            },
        ],
        body: ::std::option::Option::Some(rt::Body {
            media: rt::Media::Bytes,
            required: false,
            rule: ::std::option::Option::None,
        }),
        errors: &[("4XX", SHAPE_0)],
    },
    rt::Operation {
        id: "get /tree",
        security: &[&["apiKey"], &["basic"]],
        params: &[],
        body: ::std::option::Option::None,
        errors: &[],
    },
    rt::Operation {
        id: "health",
        security: &[],
        params: &[],
        body: ::std::option::Option::None,
        errors: &[],
    },
    rt::Operation {
        id: "batch",
        security: &[],
        params: &[],
        body: ::std::option::Option::None,
        errors: &[],
    },
    rt::Operation {
        id: "cancelJob",
        security: &[&["apiKey"], &["basic"]],
        params: &[
            rt::Param {
                name: "id",
                location: rt::Location::PathSuffixed("p0", ":cancel"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(8u32),
            },
        ],
        body: ::std::option::Option::None,
        errors: &[],
    },
    rt::Operation {
        id: "runJob",
        security: &[&["apiKey"], &["basic"]],
        params: &[
            rt::Param {
                name: "id",
                location: rt::Location::PathSuffixed("p0", ":run"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(9u32),
            },
        ],
        body: ::std::option::Option::None,
        errors: &[],
    },
    rt::Operation {
        id: "getJob",
        security: &[&["apiKey"], &["basic"]],
        params: &[
            rt::Param {
                name: "id",
                location: rt::Location::Path("p0"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(10u32),
            },
        ],
        body: ::std::option::Option::None,
        errors: &[],
    },
    rt::Operation {
        id: "getPetTagAgain",
        security: &[&["apiKey"], &["basic"]],
        params: &[
            rt::Param {
                name: "id",
                location: rt::Location::Path("p0"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(11u32),
            },
            rt::Param {
                name: "name",
                location: rt::Location::Path("p1"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(12u32),
            },
        ],
        body: ::std::option::Option::None,
        errors: &[],
    },
];
