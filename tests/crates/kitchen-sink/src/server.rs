//! An axum server: implement [`Api`], serve [`router`]. Requests are checked against
//! the spec (credentials present, parameters and body valid, body size bounded) before
//! a method runs; what fails is answered in the API's own error shape. A reply sets
//! headers with [`SetHeaders`]: `with_header`, and `with_headers` for its operation's
//! documented ones.
pub use super::runtime::server::SetHeaders;
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
    /// `get-pet-photo` (GET /pets/{petId}/photo).
    fn get_pet_photo(
        &self,
        input: GetPetPhotoInput,
    ) -> impl ::std::future::Future<Output = GetPetPhotoReply> + ::std::marker::Send;
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
    /// `shapes` (POST /shapes).
    fn shapes(
        &self,
        input: ShapesInput,
    ) -> impl ::std::future::Future<Output = ShapesReply> + ::std::marker::Send;
    /// `into` (GET /into).
    fn into_(
        &self,
        input: IntoInput,
    ) -> impl ::std::future::Future<Output = IntoReply> + ::std::marker::Send;
    /// `manyCaptures` (GET /{p0}/{p1}/{p2}/{p3}/{p4}/{p5}/{p6}/{p7}/{p8}/{p9}/{p10}/{p11}/{p12}/{p13}/{p14}/{p15}/{p16}/{p17}/{p18}/{p19}/{p20}/{p21}/{p22}/{p23}/{p24}/{p25}).
    ///
    /// Not routed: axum cannot route this path beside the others (warning SF022); serve it with a route of your own.
    fn many_captures(
        &self,
        input: ManyCapturesInput,
    ) -> impl ::std::future::Future<Output = ManyCapturesReply> + ::std::marker::Send;
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
                    ::axum::routing::MethodFilter::GET,
                    handle_get_pet_photo::<A>,
                )
                .on(::axum::routing::MethodFilter::PUT, handle_put_pet_photo::<A>),
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
        .route(
            "/shapes",
            ::axum::routing::on(::axum::routing::MethodFilter::POST, handle_shapes::<A>),
        )
        .route(
            "/into",
            ::axum::routing::on(::axum::routing::MethodFilter::GET, handle_into_::<A>),
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
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<GetPetTagReply>, rt::ReplyHeaders),
}
rt::set_headers!(GetPetTagReply);
impl ::axum::response::IntoResponse for GetPetTagReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            GetPetTagReply::Ok(body) => rt::json(200u16, "application/json", &body),
            GetPetTagReply::NoContent => rt::empty(204u16),
            GetPetTagReply::NotFound(body) => rt::text(404u16, "text/plain", body),
            GetPetTagReply::Default(status, body) => {
                rt::json(status, "application/problem+json", &body)
            }
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
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
        ::std::result::Result::Err(rejection) => {
            return <A as Api>::reject(&shared.api, rejection);
        }
    };
    if !<A as Api>::authorize(&shared.api, "getPetTag", prepared.credentials_ref()).await
    {
        return <A as Api>::reject(&shared.api, prepared.refused());
    }
    match <GetPetTagInput as rt::FromPrepared>::from_prepared(&mut prepared) {
        ::std::result::Result::Ok(input) => {
            ::axum::response::IntoResponse::into_response(
                <A as Api>::get_pet_tag(&shared.api, input).await,
            )
        }
        ::std::result::Result::Err(rejection) => {
            <A as Api>::reject(&shared.api, rejection)
        }
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
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<CreatePetReply>, rt::ReplyHeaders),
}
rt::set_headers!(CreatePetReply, super::types::CreatePetHeaders);
impl ::axum::response::IntoResponse for CreatePetReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            CreatePetReply::Ok(body) => rt::json(200u16, "application/json", &body),
            CreatePetReply::Created(body) => rt::json(201u16, "application/json", &body),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
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
        ::std::result::Result::Err(rejection) => {
            return <A as Api>::reject(&shared.api, rejection);
        }
    };
    match <CreatePetInput as rt::FromPrepared>::from_prepared(&mut prepared) {
        ::std::result::Result::Ok(input) => {
            ::axum::response::IntoResponse::into_response(
                <A as Api>::create_pet(&shared.api, input).await,
            )
        }
        ::std::result::Result::Err(rejection) => {
            <A as Api>::reject(&shared.api, rejection)
        }
    }
}
/// The input of `get-pet-photo` (GET /pets/{petId}/photo), checked against the spec.
#[derive(Debug)]
pub struct GetPetPhotoInput {
    /// Path parameter `petId`.
    pub pet_id: ::std::string::String,
    /// The credentials the request came with (present; checking them is the
    /// implementation's job).
    pub credentials: rt::Credentials,
}
impl rt::FromPrepared for GetPetPhotoInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(GetPetPhotoInput {
            pet_id: p.take(0usize)?,
            credentials: p.credentials(),
        })
    }
}
/// The documented answers of `get-pet-photo` (GET /pets/{petId}/photo).
#[derive(Debug)]
pub enum GetPetPhotoReply {
    /// `200`
    Ok(::std::vec::Vec<u8>),
    /// `4XX`: the status is given with the body
    ClientError(u16, super::types::Problem),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<GetPetPhotoReply>, rt::ReplyHeaders),
}
rt::set_headers!(GetPetPhotoReply);
impl ::axum::response::IntoResponse for GetPetPhotoReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            GetPetPhotoReply::Ok(body) => rt::bytes(200u16, "image/png", body),
            GetPetPhotoReply::ClientError(status, body) => {
                rt::json(status, "application/json", &body)
            }
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
async fn handle_get_pet_photo<A: Api>(
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
        ::std::result::Result::Err(rejection) => {
            return <A as Api>::reject(&shared.api, rejection);
        }
    };
    if !<A as Api>::authorize(&shared.api, "get-pet-photo", prepared.credentials_ref())
        .await
    {
        return <A as Api>::reject(&shared.api, prepared.refused());
    }
    match <GetPetPhotoInput as rt::FromPrepared>::from_prepared(&mut prepared) {
        ::std::result::Result::Ok(input) => {
            ::axum::response::IntoResponse::into_response(
                <A as Api>::get_pet_photo(&shared.api, input).await,
            )
        }
        ::std::result::Result::Err(rejection) => {
            <A as Api>::reject(&shared.api, rejection)
        }
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
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<PutPetPhotoReply>, rt::ReplyHeaders),
}
rt::set_headers!(PutPetPhotoReply);
impl ::axum::response::IntoResponse for PutPetPhotoReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            PutPetPhotoReply::NoContent => rt::empty(204u16),
            PutPetPhotoReply::ClientError(status, body) => {
                rt::json(status, "application/json", &body)
            }
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
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
            &OPERATIONS[3usize],
            &shared.config,
            request,
        )
        .await
    {
        ::std::result::Result::Ok(prepared) => prepared,
        ::std::result::Result::Err(rejection) => {
            return <A as Api>::reject(&shared.api, rejection);
        }
    };
    if !<A as Api>::authorize(&shared.api, "put-pet-photo", prepared.credentials_ref())
        .await
    {
        return <A as Api>::reject(&shared.api, prepared.refused());
    }
    match <PutPetPhotoInput as rt::FromPrepared>::from_prepared(&mut prepared) {
        ::std::result::Result::Ok(input) => {
            ::axum::response::IntoResponse::into_response(
                <A as Api>::put_pet_photo(&shared.api, input).await,
            )
        }
        ::std::result::Result::Err(rejection) => {
            <A as Api>::reject(&shared.api, rejection)
        }
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
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<GetTreeReply>, rt::ReplyHeaders),
}
rt::set_headers!(GetTreeReply);
impl ::axum::response::IntoResponse for GetTreeReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            GetTreeReply::Ok(body) => rt::json(200u16, "application/json", &body),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
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
            &OPERATIONS[4usize],
            &shared.config,
            request,
        )
        .await
    {
        ::std::result::Result::Ok(prepared) => prepared,
        ::std::result::Result::Err(rejection) => {
            return <A as Api>::reject(&shared.api, rejection);
        }
    };
    if !<A as Api>::authorize(&shared.api, "get /tree", prepared.credentials_ref()).await
    {
        return <A as Api>::reject(&shared.api, prepared.refused());
    }
    match <GetTreeInput as rt::FromPrepared>::from_prepared(&mut prepared) {
        ::std::result::Result::Ok(input) => {
            ::axum::response::IntoResponse::into_response(
                <A as Api>::get_tree(&shared.api, input).await,
            )
        }
        ::std::result::Result::Err(rejection) => {
            <A as Api>::reject(&shared.api, rejection)
        }
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
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<HealthReply>, rt::ReplyHeaders),
}
rt::set_headers!(HealthReply);
impl ::axum::response::IntoResponse for HealthReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            HealthReply::Ok => rt::empty(200u16),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
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
            &OPERATIONS[5usize],
            &shared.config,
            request,
        )
        .await
    {
        ::std::result::Result::Ok(prepared) => prepared,
        ::std::result::Result::Err(rejection) => {
            return <A as Api>::reject(&shared.api, rejection);
        }
    };
    match <HealthInput as rt::FromPrepared>::from_prepared(&mut prepared) {
        ::std::result::Result::Ok(input) => {
            ::axum::response::IntoResponse::into_response(
                <A as Api>::health(&shared.api, input).await,
            )
        }
        ::std::result::Result::Err(rejection) => {
            <A as Api>::reject(&shared.api, rejection)
        }
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
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<BatchReply>, rt::ReplyHeaders),
}
rt::set_headers!(BatchReply);
impl ::axum::response::IntoResponse for BatchReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            BatchReply::Accepted => rt::empty(202u16),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
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
            &OPERATIONS[6usize],
            &shared.config,
            request,
        )
        .await
    {
        ::std::result::Result::Ok(prepared) => prepared,
        ::std::result::Result::Err(rejection) => {
            return <A as Api>::reject(&shared.api, rejection);
        }
    };
    match <BatchInput as rt::FromPrepared>::from_prepared(&mut prepared) {
        ::std::result::Result::Ok(input) => {
            ::axum::response::IntoResponse::into_response(
                <A as Api>::batch(&shared.api, input).await,
            )
        }
        ::std::result::Result::Err(rejection) => {
            <A as Api>::reject(&shared.api, rejection)
        }
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
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<CancelJobReply>, rt::ReplyHeaders),
}
rt::set_headers!(CancelJobReply);
impl ::axum::response::IntoResponse for CancelJobReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            CancelJobReply::NoContent => rt::empty(204u16),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
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
            &OPERATIONS[7usize],
            &shared.config,
            request,
        )
        .await
    {
        ::std::result::Result::Ok(prepared) => prepared,
        ::std::result::Result::Err(rejection) => {
            return <A as Api>::reject(&shared.api, rejection);
        }
    };
    if !<A as Api>::authorize(&shared.api, "cancelJob", prepared.credentials_ref()).await
    {
        return <A as Api>::reject(&shared.api, prepared.refused());
    }
    match <CancelJobInput as rt::FromPrepared>::from_prepared(&mut prepared) {
        ::std::result::Result::Ok(input) => {
            ::axum::response::IntoResponse::into_response(
                <A as Api>::cancel_job(&shared.api, input).await,
            )
        }
        ::std::result::Result::Err(rejection) => {
            <A as Api>::reject(&shared.api, rejection)
        }
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
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<RunJobReply>, rt::ReplyHeaders),
}
rt::set_headers!(RunJobReply);
impl ::axum::response::IntoResponse for RunJobReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            RunJobReply::Accepted => rt::empty(202u16),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
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
            &OPERATIONS[8usize],
            &shared.config,
            request,
        )
        .await
    {
        ::std::result::Result::Ok(prepared) => prepared,
        ::std::result::Result::Err(rejection) => {
            return <A as Api>::reject(&shared.api, rejection);
        }
    };
    if !<A as Api>::authorize(&shared.api, "runJob", prepared.credentials_ref()).await {
        return <A as Api>::reject(&shared.api, prepared.refused());
    }
    match <RunJobInput as rt::FromPrepared>::from_prepared(&mut prepared) {
        ::std::result::Result::Ok(input) => {
            ::axum::response::IntoResponse::into_response(
                <A as Api>::run_job(&shared.api, input).await,
            )
        }
        ::std::result::Result::Err(rejection) => {
            <A as Api>::reject(&shared.api, rejection)
        }
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
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<GetJobReply>, rt::ReplyHeaders),
}
rt::set_headers!(GetJobReply);
impl ::axum::response::IntoResponse for GetJobReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            GetJobReply::Ok(body) => rt::text(200u16, "text/plain", body),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
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
            &OPERATIONS[9usize],
            &shared.config,
            request,
        )
        .await
    {
        ::std::result::Result::Ok(prepared) => prepared,
        ::std::result::Result::Err(rejection) => {
            return <A as Api>::reject(&shared.api, rejection);
        }
    };
    if !<A as Api>::authorize(&shared.api, "getJob", prepared.credentials_ref()).await {
        return <A as Api>::reject(&shared.api, prepared.refused());
    }
    match <GetJobInput as rt::FromPrepared>::from_prepared(&mut prepared) {
        ::std::result::Result::Ok(input) => {
            ::axum::response::IntoResponse::into_response(
                <A as Api>::get_job(&shared.api, input).await,
            )
        }
        ::std::result::Result::Err(rejection) => {
            <A as Api>::reject(&shared.api, rejection)
        }
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
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<GetPetTagAgainReply>, rt::ReplyHeaders),
}
rt::set_headers!(GetPetTagAgainReply);
impl ::axum::response::IntoResponse for GetPetTagAgainReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            GetPetTagAgainReply::Ok => rt::empty(200u16),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
/// The input of `shapes` (POST /shapes), checked against the spec.
#[derive(Debug)]
pub struct ShapesInput {
    /// The request body.
    pub body: super::types::ShapesRequest,
}
impl rt::FromPrepared for ShapesInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(ShapesInput { body: p.body()? })
    }
}
/// The documented answers of `shapes` (POST /shapes).
#[derive(Debug)]
pub enum ShapesReply {
    /// `200`
    Ok(super::types::Shapes),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<ShapesReply>, rt::ReplyHeaders),
}
rt::set_headers!(ShapesReply);
impl ::axum::response::IntoResponse for ShapesReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            ShapesReply::Ok(body) => rt::json(200u16, "application/json", &body),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
async fn handle_shapes<A: Api>(
    ::axum::extract::State(
        shared,
    ): ::axum::extract::State<::std::sync::Arc<rt::Shared<A>>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut prepared = match rt::prepare(
            &API,
            &OPERATIONS[11usize],
            &shared.config,
            request,
        )
        .await
    {
        ::std::result::Result::Ok(prepared) => prepared,
        ::std::result::Result::Err(rejection) => {
            return <A as Api>::reject(&shared.api, rejection);
        }
    };
    match <ShapesInput as rt::FromPrepared>::from_prepared(&mut prepared) {
        ::std::result::Result::Ok(input) => {
            ::axum::response::IntoResponse::into_response(
                <A as Api>::shapes(&shared.api, input).await,
            )
        }
        ::std::result::Result::Err(rejection) => {
            <A as Api>::reject(&shared.api, rejection)
        }
    }
}
/// The input of `into` (GET /into), checked against the spec.
#[derive(Debug)]
pub struct IntoInput {}
impl rt::FromPrepared for IntoInput {
    fn from_prepared(
        _: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(IntoInput {})
    }
}
/// The documented answers of `into` (GET /into).
#[derive(Debug)]
pub enum IntoReply {
    /// `204`
    NoContent,
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<IntoReply>, rt::ReplyHeaders),
}
rt::set_headers!(IntoReply);
impl ::axum::response::IntoResponse for IntoReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            IntoReply::NoContent => rt::empty(204u16),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
async fn handle_into_<A: Api>(
    ::axum::extract::State(
        shared,
    ): ::axum::extract::State<::std::sync::Arc<rt::Shared<A>>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut prepared = match rt::prepare(
            &API,
            &OPERATIONS[12usize],
            &shared.config,
            request,
        )
        .await
    {
        ::std::result::Result::Ok(prepared) => prepared,
        ::std::result::Result::Err(rejection) => {
            return <A as Api>::reject(&shared.api, rejection);
        }
    };
    match <IntoInput as rt::FromPrepared>::from_prepared(&mut prepared) {
        ::std::result::Result::Ok(input) => {
            ::axum::response::IntoResponse::into_response(
                <A as Api>::into_(&shared.api, input).await,
            )
        }
        ::std::result::Result::Err(rejection) => {
            <A as Api>::reject(&shared.api, rejection)
        }
    }
}
/// The input of `manyCaptures` (GET /{p0}/{p1}/{p2}/{p3}/{p4}/{p5}/{p6}/{p7}/{p8}/{p9}/{p10}/{p11}/{p12}/{p13}/{p14}/{p15}/{p16}/{p17}/{p18}/{p19}/{p20}/{p21}/{p22}/{p23}/{p24}/{p25}), checked against the spec.
#[derive(Debug)]
pub struct ManyCapturesInput {
    /// Path parameter `p0`.
    pub p0: ::std::string::String,
    /// Path parameter `p1`.
    pub p1: ::std::string::String,
    /// Path parameter `p2`.
    pub p2: ::std::string::String,
    /// Path parameter `p3`.
    pub p3: ::std::string::String,
    /// Path parameter `p4`.
    pub p4: ::std::string::String,
    /// Path parameter `p5`.
    pub p5: ::std::string::String,
    /// Path parameter `p6`.
    pub p6: ::std::string::String,
    /// Path parameter `p7`.
    pub p7: ::std::string::String,
    /// Path parameter `p8`.
    pub p8: ::std::string::String,
    /// Path parameter `p9`.
    pub p9: ::std::string::String,
    /// Path parameter `p10`.
    pub p10: ::std::string::String,
    /// Path parameter `p11`.
    pub p11: ::std::string::String,
    /// Path parameter `p12`.
    pub p12: ::std::string::String,
    /// Path parameter `p13`.
    pub p13: ::std::string::String,
    /// Path parameter `p14`.
    pub p14: ::std::string::String,
    /// Path parameter `p15`.
    pub p15: ::std::string::String,
    /// Path parameter `p16`.
    pub p16: ::std::string::String,
    /// Path parameter `p17`.
    pub p17: ::std::string::String,
    /// Path parameter `p18`.
    pub p18: ::std::string::String,
    /// Path parameter `p19`.
    pub p19: ::std::string::String,
    /// Path parameter `p20`.
    pub p20: ::std::string::String,
    /// Path parameter `p21`.
    pub p21: ::std::string::String,
    /// Path parameter `p22`.
    pub p22: ::std::string::String,
    /// Path parameter `p23`.
    pub p23: ::std::string::String,
    /// Path parameter `p24`.
    pub p24: ::std::string::String,
    /// Path parameter `p25`.
    pub p25: ::std::string::String,
    /// The credentials the request came with (present; checking them is the
    /// implementation's job).
    pub credentials: rt::Credentials,
}
impl rt::FromPrepared for ManyCapturesInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(ManyCapturesInput {
            p0: p.take(0usize)?,
            p1: p.take(1usize)?,
            p2: p.take(2usize)?,
            p3: p.take(3usize)?,
            p4: p.take(4usize)?,
            p5: p.take(5usize)?,
            p6: p.take(6usize)?,
            p7: p.take(7usize)?,
            p8: p.take(8usize)?,
            p9: p.take(9usize)?,
            p10: p.take(10usize)?,
            p11: p.take(11usize)?,
            p12: p.take(12usize)?,
            p13: p.take(13usize)?,
            p14: p.take(14usize)?,
            p15: p.take(15usize)?,
            p16: p.take(16usize)?,
            p17: p.take(17usize)?,
            p18: p.take(18usize)?,
            p19: p.take(19usize)?,
            p20: p.take(20usize)?,
            p21: p.take(21usize)?,
            p22: p.take(22usize)?,
            p23: p.take(23usize)?,
            p24: p.take(24usize)?,
            p25: p.take(25usize)?,
            credentials: p.credentials(),
        })
    }
}
/// The documented answers of `manyCaptures` (GET /{p0}/{p1}/{p2}/{p3}/{p4}/{p5}/{p6}/{p7}/{p8}/{p9}/{p10}/{p11}/{p12}/{p13}/{p14}/{p15}/{p16}/{p17}/{p18}/{p19}/{p20}/{p21}/{p22}/{p23}/{p24}/{p25}).
#[derive(Debug)]
pub enum ManyCapturesReply {
    /// `204`
    NoContent,
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<ManyCapturesReply>, rt::ReplyHeaders),
}
rt::set_headers!(ManyCapturesReply);
impl ::axum::response::IntoResponse for ManyCapturesReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            ManyCapturesReply::NoContent => rt::empty(204u16),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
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
    keywords: &[v::Keyword::Type(v::ty::INTEGER), v::Keyword::Format(v::Format::Int64)],
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
    keywords: &[v::Keyword::Type(v::ty::INTEGER), v::Keyword::Format(v::Format::Int32)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1pets~1{petId}~1tags~1{tag}/get/parameters/3/schema`
const RULE_4: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(168u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Filter`
const RULE_5: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::OBJECT),
        v::Keyword::Properties(&[("status", 165u32), ("created", 166u32)]),
    ],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/NewPet`
const RULE_6: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::OBJECT),
        v::Keyword::Required(&[("name", v::Access::ReadWrite)]),
        v::Keyword::Properties(&[("name", 163u32), ("type", 164u32)]),
    ],
    resource: ::std::option::Option::None,
};
/// `/paths/~1pets~1{petId}~1photo/get/parameters/0/schema`
const RULE_7: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1pets~1{petId}~1photo/put/parameters/0/schema`
const RULE_8: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1jobs~1{id}:cancel/post/parameters/0/schema`
const RULE_9: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1jobs~1{id}:run/post/parameters/0/schema`
const RULE_10: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1jobs~1{id}/get/parameters/0/schema`
const RULE_11: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1pets~1{id}~1tags~1{name}/get/parameters/0/schema`
const RULE_12: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::INTEGER)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1pets~1{id}~1tags~1{name}/get/parameters/1/schema`
const RULE_13: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Shapes`
const RULE_14: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::OBJECT),
        v::Keyword::Properties(
            &[
                ("json", 41u32),
                ("forest", 42u32),
                ("itself", 43u32),
                ("ping", 44u32),
                ("count", 45u32),
                ("name", 46u32),
                ("maybe_owner", 47u32),
                ("point", 48u32),
                ("mixed", 49u32),
                ("account", 50u32),
                ("scopes", 51u32),
                ("outcome", 52u32),
                ("pet", 53u32),
                ("self_type", 54u32),
                ("digits", 55u32),
                ("documented", 56u32),
                ("deep", 57u32),
                ("either", 58u32),
                ("settings", 59u32),
                ("constant", 60u32),
                ("anything", 61u32),
            ],
        ),
    ],
    resource: ::std::option::Option::None,
};
/// `/paths/~1{p0}~1{p1}~1{p2}~1{p3}~1{p4}~1{p5}~1{p6}~1{p7}~1{p8}~1{p9}~1{p10}~1{p11}~1{p12}~1{p13}~1{p14}~1{p15}~1{p16}~1{p17}~1{p18}~1{p19}~1{p20}~1{p21}~1{p22}~1{p23}~1{p24}~1{p25}/get/parameters/0/schema`
const RULE_15: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1{p0}~1{p1}~1{p2}~1{p3}~1{p4}~1{p5}~1{p6}~1{p7}~1{p8}~1{p9}~1{p10}~1{p11}~1{p12}~1{p13}~1{p14}~1{p15}~1{p16}~1{p17}~1{p18}~1{p19}~1{p20}~1{p21}~1{p22}~1{p23}~1{p24}~1{p25}/get/parameters/1/schema`
const RULE_16: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1{p0}~1{p1}~1{p2}~1{p3}~1{p4}~1{p5}~1{p6}~1{p7}~1{p8}~1{p9}~1{p10}~1{p11}~1{p12}~1{p13}~1{p14}~1{p15}~1{p16}~1{p17}~1{p18}~1{p19}~1{p20}~1{p21}~1{p22}~1{p23}~1{p24}~1{p25}/get/parameters/2/schema`
const RULE_17: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1{p0}~1{p1}~1{p2}~1{p3}~1{p4}~1{p5}~1{p6}~1{p7}~1{p8}~1{p9}~1{p10}~1{p11}~1{p12}~1{p13}~1{p14}~1{p15}~1{p16}~1{p17}~1{p18}~1{p19}~1{p20}~1{p21}~1{p22}~1{p23}~1{p24}~1{p25}/get/parameters/3/schema`
const RULE_18: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1{p0}~1{p1}~1{p2}~1{p3}~1{p4}~1{p5}~1{p6}~1{p7}~1{p8}~1{p9}~1{p10}~1{p11}~1{p12}~1{p13}~1{p14}~1{p15}~1{p16}~1{p17}~1{p18}~1{p19}~1{p20}~1{p21}~1{p22}~1{p23}~1{p24}~1{p25}/get/parameters/4/schema`
const RULE_19: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1{p0}~1{p1}~1{p2}~1{p3}~1{p4}~1{p5}~1{p6}~1{p7}~1{p8}~1{p9}~1{p10}~1{p11}~1{p12}~1{p13}~1{p14}~1{p15}~1{p16}~1{p17}~1{p18}~1{p19}~1{p20}~1{p21}~1{p22}~1{p23}~1{p24}~1{p25}/get/parameters/5/schema`
const RULE_20: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1{p0}~1{p1}~1{p2}~1{p3}~1{p4}~1{p5}~1{p6}~1{p7}~1{p8}~1{p9}~1{p10}~1{p11}~1{p12}~1{p13}~1{p14}~1{p15}~1{p16}~1{p17}~1{p18}~1{p19}~1{p20}~1{p21}~1{p22}~1{p23}~1{p24}~1{p25}/get/parameters/6/schema`
const RULE_21: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1{p0}~1{p1}~1{p2}~1{p3}~1{p4}~1{p5}~1{p6}~1{p7}~1{p8}~1{p9}~1{p10}~1{p11}~1{p12}~1{p13}~1{p14}~1{p15}~1{p16}~1{p17}~1{p18}~1{p19}~1{p20}~1{p21}~1{p22}~1{p23}~1{p24}~1{p25}/get/parameters/7/schema`
const RULE_22: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1{p0}~1{p1}~1{p2}~1{p3}~1{p4}~1{p5}~1{p6}~1{p7}~1{p8}~1{p9}~1{p10}~1{p11}~1{p12}~1{p13}~1{p14}~1{p15}~1{p16}~1{p17}~1{p18}~1{p19}~1{p20}~1{p21}~1{p22}~1{p23}~1{p24}~1{p25}/get/parameters/8/schema`
const RULE_23: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1{p0}~1{p1}~1{p2}~1{p3}~1{p4}~1{p5}~1{p6}~1{p7}~1{p8}~1{p9}~1{p10}~1{p11}~1{p12}~1{p13}~1{p14}~1{p15}~1{p16}~1{p17}~1{p18}~1{p19}~1{p20}~1{p21}~1{p22}~1{p23}~1{p24}~1{p25}/get/parameters/9/schema`
const RULE_24: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1{p0}~1{p1}~1{p2}~1{p3}~1{p4}~1{p5}~1{p6}~1{p7}~1{p8}~1{p9}~1{p10}~1{p11}~1{p12}~1{p13}~1{p14}~1{p15}~1{p16}~1{p17}~1{p18}~1{p19}~1{p20}~1{p21}~1{p22}~1{p23}~1{p24}~1{p25}/get/parameters/10/schema`
const RULE_25: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1{p0}~1{p1}~1{p2}~1{p3}~1{p4}~1{p5}~1{p6}~1{p7}~1{p8}~1{p9}~1{p10}~1{p11}~1{p12}~1{p13}~1{p14}~1{p15}~1{p16}~1{p17}~1{p18}~1{p19}~1{p20}~1{p21}~1{p22}~1{p23}~1{p24}~1{p25}/get/parameters/11/schema`
const RULE_26: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1{p0}~1{p1}~1{p2}~1{p3}~1{p4}~1{p5}~1{p6}~1{p7}~1{p8}~1{p9}~1{p10}~1{p11}~1{p12}~1{p13}~1{p14}~1{p15}~1{p16}~1{p17}~1{p18}~1{p19}~1{p20}~1{p21}~1{p22}~1{p23}~1{p24}~1{p25}/get/parameters/12/schema`
const RULE_27: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1{p0}~1{p1}~1{p2}~1{p3}~1{p4}~1{p5}~1{p6}~1{p7}~1{p8}~1{p9}~1{p10}~1{p11}~1{p12}~1{p13}~1{p14}~1{p15}~1{p16}~1{p17}~1{p18}~1{p19}~1{p20}~1{p21}~1{p22}~1{p23}~1{p24}~1{p25}/get/parameters/13/schema`
const RULE_28: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1{p0}~1{p1}~1{p2}~1{p3}~1{p4}~1{p5}~1{p6}~1{p7}~1{p8}~1{p9}~1{p10}~1{p11}~1{p12}~1{p13}~1{p14}~1{p15}~1{p16}~1{p17}~1{p18}~1{p19}~1{p20}~1{p21}~1{p22}~1{p23}~1{p24}~1{p25}/get/parameters/14/schema`
const RULE_29: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1{p0}~1{p1}~1{p2}~1{p3}~1{p4}~1{p5}~1{p6}~1{p7}~1{p8}~1{p9}~1{p10}~1{p11}~1{p12}~1{p13}~1{p14}~1{p15}~1{p16}~1{p17}~1{p18}~1{p19}~1{p20}~1{p21}~1{p22}~1{p23}~1{p24}~1{p25}/get/parameters/15/schema`
const RULE_30: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1{p0}~1{p1}~1{p2}~1{p3}~1{p4}~1{p5}~1{p6}~1{p7}~1{p8}~1{p9}~1{p10}~1{p11}~1{p12}~1{p13}~1{p14}~1{p15}~1{p16}~1{p17}~1{p18}~1{p19}~1{p20}~1{p21}~1{p22}~1{p23}~1{p24}~1{p25}/get/parameters/16/schema`
const RULE_31: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1{p0}~1{p1}~1{p2}~1{p3}~1{p4}~1{p5}~1{p6}~1{p7}~1{p8}~1{p9}~1{p10}~1{p11}~1{p12}~1{p13}~1{p14}~1{p15}~1{p16}~1{p17}~1{p18}~1{p19}~1{p20}~1{p21}~1{p22}~1{p23}~1{p24}~1{p25}/get/parameters/17/schema`
const RULE_32: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1{p0}~1{p1}~1{p2}~1{p3}~1{p4}~1{p5}~1{p6}~1{p7}~1{p8}~1{p9}~1{p10}~1{p11}~1{p12}~1{p13}~1{p14}~1{p15}~1{p16}~1{p17}~1{p18}~1{p19}~1{p20}~1{p21}~1{p22}~1{p23}~1{p24}~1{p25}/get/parameters/18/schema`
const RULE_33: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1{p0}~1{p1}~1{p2}~1{p3}~1{p4}~1{p5}~1{p6}~1{p7}~1{p8}~1{p9}~1{p10}~1{p11}~1{p12}~1{p13}~1{p14}~1{p15}~1{p16}~1{p17}~1{p18}~1{p19}~1{p20}~1{p21}~1{p22}~1{p23}~1{p24}~1{p25}/get/parameters/19/schema`
const RULE_34: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1{p0}~1{p1}~1{p2}~1{p3}~1{p4}~1{p5}~1{p6}~1{p7}~1{p8}~1{p9}~1{p10}~1{p11}~1{p12}~1{p13}~1{p14}~1{p15}~1{p16}~1{p17}~1{p18}~1{p19}~1{p20}~1{p21}~1{p22}~1{p23}~1{p24}~1{p25}/get/parameters/20/schema`
const RULE_35: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1{p0}~1{p1}~1{p2}~1{p3}~1{p4}~1{p5}~1{p6}~1{p7}~1{p8}~1{p9}~1{p10}~1{p11}~1{p12}~1{p13}~1{p14}~1{p15}~1{p16}~1{p17}~1{p18}~1{p19}~1{p20}~1{p21}~1{p22}~1{p23}~1{p24}~1{p25}/get/parameters/21/schema`
const RULE_36: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1{p0}~1{p1}~1{p2}~1{p3}~1{p4}~1{p5}~1{p6}~1{p7}~1{p8}~1{p9}~1{p10}~1{p11}~1{p12}~1{p13}~1{p14}~1{p15}~1{p16}~1{p17}~1{p18}~1{p19}~1{p20}~1{p21}~1{p22}~1{p23}~1{p24}~1{p25}/get/parameters/22/schema`
const RULE_37: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1{p0}~1{p1}~1{p2}~1{p3}~1{p4}~1{p5}~1{p6}~1{p7}~1{p8}~1{p9}~1{p10}~1{p11}~1{p12}~1{p13}~1{p14}~1{p15}~1{p16}~1{p17}~1{p18}~1{p19}~1{p20}~1{p21}~1{p22}~1{p23}~1{p24}~1{p25}/get/parameters/23/schema`
const RULE_38: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1{p0}~1{p1}~1{p2}~1{p3}~1{p4}~1{p5}~1{p6}~1{p7}~1{p8}~1{p9}~1{p10}~1{p11}~1{p12}~1{p13}~1{p14}~1{p15}~1{p16}~1{p17}~1{p18}~1{p19}~1{p20}~1{p21}~1{p22}~1{p23}~1{p24}~1{p25}/get/parameters/24/schema`
const RULE_39: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1{p0}~1{p1}~1{p2}~1{p3}~1{p4}~1{p5}~1{p6}~1{p7}~1{p8}~1{p9}~1{p10}~1{p11}~1{p12}~1{p13}~1{p14}~1{p15}~1{p16}~1{p17}~1{p18}~1{p19}~1{p20}~1{p21}~1{p22}~1{p23}~1{p24}~1{p25}/get/parameters/25/schema`
const RULE_40: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Json`
const RULE_41: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::OBJECT),
        v::Keyword::AdditionalProperties(41u32),
    ],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Forest`
const RULE_42: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(42u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Itself`
const RULE_43: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::OneOf(&[43u32])],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Ping`
const RULE_44: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::OneOf(&[162u32])],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Count`
const RULE_45: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::INTEGER), v::Keyword::AllOf(&[161u32])],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Name`
const RULE_46: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::AllOf(&[159u32, 160u32])],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/MaybeOwner`
const RULE_47: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::AnyOf(&[141u32, 158u32])],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Point`
const RULE_48: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::ARRAY),
        v::Keyword::MinItems(2u64),
        v::Keyword::MaxItems(2u64),
        v::Keyword::PrefixItems(&[156u32, 157u32]),
    ],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Mixed`
const RULE_49: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::ARRAY),
        v::Keyword::PrefixItems(&[154u32, 155u32]),
    ],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Account`
const RULE_50: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::OBJECT),
        v::Keyword::Required(
            &[
                ("id", v::Access::ReadOnly),
                ("name", v::Access::ReadWrite),
                ("password", v::Access::WriteOnly),
            ],
        ),
        v::Keyword::Properties(&[("id", 151u32), ("name", 152u32), ("password", 153u32)]),
    ],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Scopes`
const RULE_51: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::STRING),
        v::Keyword::DelimitedSet {
            separator: ' ',
            members: &[],
        },
    ],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Outcome`
const RULE_52: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::STRING),
        v::Keyword::Enum(
            &[
                v::Lit::Str("ok"),
                v::Lit::Str("err"),
                v::Lit::Str("Err"),
                v::Lit::Str("ok"),
            ],
        ),
    ],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Pet`
const RULE_53: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::OBJECT),
        v::Keyword::Required(
            &[("id", v::Access::ReadWrite), ("shape", v::Access::ReadWrite)],
        ),
        v::Keyword::Properties(
            &[
                ("id", 130u32),
                ("type", 131u32),
                ("$ref", 132u32),
                ("self", 133u32),
                ("123abc", 134u32),
                ("foo-bar", 135u32),
                ("shape", 136u32),
                ("label", 137u32),
                ("owner", 138u32),
                ("born", 139u32),
            ],
        ),
    ],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Self`
const RULE_54: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::OBJECT),
        v::Keyword::Properties(&[("self", 128u32), ("Self", 129u32)]),
    ],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Digits`
const RULE_55: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::OBJECT),
        v::Keyword::Properties(&[("٣", 126u32), ("١x", 127u32)]),
    ],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Documented`
const RULE_56: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::OBJECT),
        v::Keyword::Properties(&[("x", 125u32)]),
    ],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep`
const RULE_57: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(65u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Shapes/properties/either`
const RULE_58: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::INTEGER | v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Settings`
const RULE_59: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::OBJECT),
        v::Keyword::Properties(&[("name", 62u32)]),
        v::Keyword::PatternProperties(&[(0u16, 63u32)]),
        v::Keyword::AdditionalProperties(64u32),
    ],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Shapes/properties/constant`
const RULE_60: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Const(v::Lit::Int(3i64))],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Shapes/properties/anything`
const RULE_61: v::Rule<'static> = v::Rule {
    keywords: &[],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Settings/properties/name`
const RULE_62: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Settings/patternProperties/^x-`
const RULE_63: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `the table's own`
const RULE_64: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Never],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items`
const RULE_65: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(66u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items`
const RULE_66: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(67u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items`
const RULE_67: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(68u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items`
const RULE_68: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(69u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items`
const RULE_69: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(70u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items`
const RULE_70: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(71u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items`
const RULE_71: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(72u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items`
const RULE_72: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(73u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items`
const RULE_73: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(74u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items`
const RULE_74: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(75u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items`
const RULE_75: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(76u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_76: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(77u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_77: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(78u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_78: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(79u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_79: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(80u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_80: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(81u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_81: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(82u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_82: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(83u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_83: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(84u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_84: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(85u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_85: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(86u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_86: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(87u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_87: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(88u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_88: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(89u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_89: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(90u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_90: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(91u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_91: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(92u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_92: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(93u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_93: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(94u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_94: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(95u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_95: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(96u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_96: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(97u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_97: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(98u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_98: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(99u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_99: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(100u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_100: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(101u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_101: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(102u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_102: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(103u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_103: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(104u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_104: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(105u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_105: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(106u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_106: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(107u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_107: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(108u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_108: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(109u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_109: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(110u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_110: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(111u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_111: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(112u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_112: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(113u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_113: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(114u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_114: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(115u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_115: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(116u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_116: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(117u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_117: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(118u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_118: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(119u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_119: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(120u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_120: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(121u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_121: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(122u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_122: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(123u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_123: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(124u32)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Deep/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items/items`
const RULE_124: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Documented/properties/x`
const RULE_125: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Digits/properties/٣`
const RULE_126: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Digits/properties/١x`
const RULE_127: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::INTEGER)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Self/properties/self`
const RULE_128: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Self/properties/Self`
const RULE_129: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Pet/properties/id`
const RULE_130: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::INTEGER)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Pet/properties/type`
const RULE_131: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Pet/properties/$ref`
const RULE_132: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Pet/properties/self`
const RULE_133: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Pet/properties/123abc`
const RULE_134: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Pet/properties/foo-bar`
const RULE_135: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Pet/properties/shape`
const RULE_136: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::OneOf(&[145u32, 146u32])],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Pet/properties/label`
const RULE_137: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::AnyOf(&[143u32, 144u32])],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Pet/properties/owner`
const RULE_138: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::AnyOf(&[140u32, 141u32])],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Pet/properties/born`
const RULE_139: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::STRING),
        v::Keyword::Format(v::Format::DateTime),
    ],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Owner`
const RULE_140: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::OBJECT),
        v::Keyword::Properties(&[("name", 142u32)]),
    ],
    resource: ::std::option::Option::None,
};
/// `the table's own`
const RULE_141: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::NULL)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Owner/properties/name`
const RULE_142: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Pet/properties/label/anyOf/0`
const RULE_143: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Pet/properties/label/anyOf/1`
const RULE_144: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::INTEGER)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Cat`
const RULE_145: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::OBJECT),
        v::Keyword::Required(&[("pet_type", v::Access::ReadWrite)]),
        v::Keyword::Properties(&[("pet_type", 149u32), ("lives", 150u32)]),
    ],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Dog`
const RULE_146: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::OBJECT),
        v::Keyword::Required(&[("pet_type", v::Access::ReadWrite)]),
        v::Keyword::Properties(&[("pet_type", 147u32), ("good", 148u32)]),
    ],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Dog/properties/pet_type`
const RULE_147: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Dog/properties/good`
const RULE_148: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::BOOLEAN)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Cat/properties/pet_type`
const RULE_149: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Cat/properties/lives`
const RULE_150: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::INTEGER)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Account/properties/id`
const RULE_151: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::INTEGER)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Account/properties/name`
const RULE_152: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Account/properties/password`
const RULE_153: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Mixed/prefixItems/0`
const RULE_154: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Mixed/prefixItems/1`
const RULE_155: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::BOOLEAN)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Point/prefixItems/0`
const RULE_156: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::NUMBER)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Point/prefixItems/1`
const RULE_157: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::NUMBER)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/MaybeOwner`
const RULE_158: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::AllOf(&[140u32])],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Name/allOf/0`
const RULE_159: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Name/allOf/1`
const RULE_160: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::MaxLength(10u64)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Count/allOf/0`
const RULE_161: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Minimum(1f64)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Pong`
const RULE_162: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::AnyOf(&[44u32, 141u32])],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/NewPet/properties/name`
const RULE_163: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/NewPet/properties/type`
const RULE_164: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Filter/properties/status`
const RULE_165: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Filter/properties/created`
const RULE_166: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::OBJECT),
        v::Keyword::Properties(&[("gte", 167u32)]),
    ],
    resource: ::std::option::Option::None,
};
/// `/components/schemas/Filter/properties/created/properties/gte`
const RULE_167: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::INTEGER)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1pets~1{petId}~1tags~1{tag}/get/parameters/3/schema/items`
const RULE_168: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// How the spec's security schemes carry their credentials.
const SCHEMES: &[(&str, super::runtime::Scheme)] = &[
    ("apiKey", super::runtime::Scheme::Query("api_key")),
    ("basic", super::runtime::Scheme::Basic),
];
/// The spec's patterns, compiled on first use.
static PATTERNS: v::Patterns<'static> = v::Patterns::new(&["^x-"]);
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
        RULE_19,
        RULE_20,
        RULE_21,
        RULE_22,
        RULE_23,
        RULE_24,
        RULE_25,
        RULE_26,
        RULE_27,
        RULE_28,
        RULE_29,
        RULE_30,
        RULE_31,
        RULE_32,
        RULE_33,
        RULE_34,
        RULE_35,
        RULE_36,
        RULE_37,
        RULE_38,
        RULE_39,
        RULE_40,
        RULE_41,
        RULE_42,
        RULE_43,
        RULE_44,
        RULE_45,
        RULE_46,
        RULE_47,
        RULE_48,
        RULE_49,
        RULE_50,
        RULE_51,
        RULE_52,
        RULE_53,
        RULE_54,
        RULE_55,
        RULE_56,
        RULE_57,
        RULE_58,
        RULE_59,
        RULE_60,
        RULE_61,
        RULE_62,
        RULE_63,
        RULE_64,
        RULE_65,
        RULE_66,
        RULE_67,
        RULE_68,
        RULE_69,
        RULE_70,
        RULE_71,
        RULE_72,
        RULE_73,
        RULE_74,
        RULE_75,
        RULE_76,
        RULE_77,
        RULE_78,
        RULE_79,
        RULE_80,
        RULE_81,
        RULE_82,
        RULE_83,
        RULE_84,
        RULE_85,
        RULE_86,
        RULE_87,
        RULE_88,
        RULE_89,
        RULE_90,
        RULE_91,
        RULE_92,
        RULE_93,
        RULE_94,
        RULE_95,
        RULE_96,
        RULE_97,
        RULE_98,
        RULE_99,
        RULE_100,
        RULE_101,
        RULE_102,
        RULE_103,
        RULE_104,
        RULE_105,
        RULE_106,
        RULE_107,
        RULE_108,
        RULE_109,
        RULE_110,
        RULE_111,
        RULE_112,
        RULE_113,
        RULE_114,
        RULE_115,
        RULE_116,
        RULE_117,
        RULE_118,
        RULE_119,
        RULE_120,
        RULE_121,
        RULE_122,
        RULE_123,
        RULE_124,
        RULE_125,
        RULE_126,
        RULE_127,
        RULE_128,
        RULE_129,
        RULE_130,
        RULE_131,
        RULE_132,
        RULE_133,
        RULE_134,
        RULE_135,
        RULE_136,
        RULE_137,
        RULE_138,
        RULE_139,
        RULE_140,
        RULE_141,
        RULE_142,
        RULE_143,
        RULE_144,
        RULE_145,
        RULE_146,
        RULE_147,
        RULE_148,
        RULE_149,
        RULE_150,
        RULE_151,
        RULE_152,
        RULE_153,
        RULE_154,
        RULE_155,
        RULE_156,
        RULE_157,
        RULE_158,
        RULE_159,
        RULE_160,
        RULE_161,
        RULE_162,
        RULE_163,
        RULE_164,
        RULE_165,
        RULE_166,
        RULE_167,
        RULE_168,
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
        route: "/pets/{p0}/tags/{p1}",
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
        route: "/pets",
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
        id: "get-pet-photo",
        route: "/pets/{p0}/photo",
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
        body: ::std::option::Option::None,
        errors: &[("4XX", SHAPE_0)],
    },
    rt::Operation {
        id: "put-pet-photo",
        route: "/pets/{p0}/photo",
        security: &[&["apiKey"], &["basic"]],
        params: &[
            rt::Param {
                name: "petId",
                location: rt::Location::Path("p0"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(8u32),
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
        route: "/tree",
        security: &[&["apiKey"], &["basic"]],
        params: &[],
        body: ::std::option::Option::None,
        errors: &[],
    },
    rt::Operation {
        id: "health",
        route: "/health",
        security: &[],
        params: &[],
        body: ::std::option::Option::None,
        errors: &[],
    },
    rt::Operation {
        id: "batch",
        route: "/:batch",
        security: &[],
        params: &[],
        body: ::std::option::Option::None,
        errors: &[],
    },
    rt::Operation {
        id: "cancelJob",
        route: "/jobs/{p0}",
        security: &[&["apiKey"], &["basic"]],
        params: &[
            rt::Param {
                name: "id",
                location: rt::Location::PathSuffixed("p0", ":cancel"),
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
        id: "runJob",
        route: "/jobs/{p0}",
        security: &[&["apiKey"], &["basic"]],
        params: &[
            rt::Param {
                name: "id",
                location: rt::Location::PathSuffixed("p0", ":run"),
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
        id: "getJob",
        route: "/jobs/{p0}",
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
        ],
        body: ::std::option::Option::None,
        errors: &[],
    },
    rt::Operation {
        id: "getPetTagAgain",
        route: "",
        security: &[&["apiKey"], &["basic"]],
        params: &[
            rt::Param {
                name: "id",
                location: rt::Location::Path("p0"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(12u32),
            },
            rt::Param {
                name: "name",
                location: rt::Location::Path("p1"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(13u32),
            },
        ],
        body: ::std::option::Option::None,
        errors: &[],
    },
    rt::Operation {
        id: "shapes",
        route: "/shapes",
        security: &[],
        params: &[],
        body: ::std::option::Option::Some(rt::Body {
            media: rt::Media::Json,
            required: true,
            rule: ::std::option::Option::Some(14u32),
        }),
        errors: &[],
    },
    rt::Operation {
        id: "into",
        route: "/into",
        security: &[],
        params: &[],
        body: ::std::option::Option::None,
        errors: &[],
    },
    rt::Operation {
        id: "manyCaptures",
        route: "",
        security: &[&["apiKey"], &["basic"]],
        params: &[
            rt::Param {
                name: "p0",
                location: rt::Location::Path("p0"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(15u32),
            },
            rt::Param {
                name: "p1",
                location: rt::Location::Path("p1"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(16u32),
            },
            rt::Param {
                name: "p2",
                location: rt::Location::Path("p2"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(17u32),
            },
            rt::Param {
                name: "p3",
                location: rt::Location::Path("p3"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(18u32),
            },
            rt::Param {
                name: "p4",
                location: rt::Location::Path("p4"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(19u32),
            },
            rt::Param {
                name: "p5",
                location: rt::Location::Path("p5"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(20u32),
            },
            rt::Param {
                name: "p6",
                location: rt::Location::Path("p6"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(21u32),
            },
            rt::Param {
                name: "p7",
                location: rt::Location::Path("p7"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(22u32),
            },
            rt::Param {
                name: "p8",
                location: rt::Location::Path("p8"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(23u32),
            },
            rt::Param {
                name: "p9",
                location: rt::Location::Path("p9"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(24u32),
            },
            rt::Param {
                name: "p10",
                location: rt::Location::Path("p10"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(25u32),
            },
            rt::Param {
                name: "p11",
                location: rt::Location::Path("p11"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(26u32),
            },
            rt::Param {
                name: "p12",
                location: rt::Location::Path("p12"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(27u32),
            },
            rt::Param {
                name: "p13",
                location: rt::Location::Path("p13"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(28u32),
            },
            rt::Param {
                name: "p14",
                location: rt::Location::Path("p14"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(29u32),
            },
            rt::Param {
                name: "p15",
                location: rt::Location::Path("p15"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(30u32),
            },
            rt::Param {
                name: "p16",
                location: rt::Location::Path("p16"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(31u32),
            },
            rt::Param {
                name: "p17",
                location: rt::Location::Path("p17"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(32u32),
            },
            rt::Param {
                name: "p18",
                location: rt::Location::Path("p18"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(33u32),
            },
            rt::Param {
                name: "p19",
                location: rt::Location::Path("p19"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(34u32),
            },
            rt::Param {
                name: "p20",
                location: rt::Location::Path("p20"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(35u32),
            },
            rt::Param {
                name: "p21",
                location: rt::Location::Path("p21"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(36u32),
            },
            rt::Param {
                name: "p22",
                location: rt::Location::Path("p22"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(37u32),
            },
            rt::Param {
                name: "p23",
                location: rt::Location::Path("p23"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(38u32),
            },
            rt::Param {
                name: "p24",
                location: rt::Location::Path("p24"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(39u32),
            },
            rt::Param {
                name: "p25",
                location: rt::Location::Path("p25"),
                style: super::runtime::Style::Simple,
                explode: false,
                required: true,
                rule: ::std::option::Option::Some(40u32),
            },
        ],
        body: ::std::option::Option::None,
        errors: &[],
    },
];
