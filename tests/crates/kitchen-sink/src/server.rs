//! An axum server: implement [`Api`], serve [`router`]. Requests are checked against
//! the spec (credentials present, parameters and body valid, body size bounded) before
//! a method runs; what fails is answered in the API's own error shape. A reply sets
//! headers with [`SetHeaders`]: `with_header`, and `with_headers` for its operation's
//! documented ones.
pub use super::runtime::server::SetHeaders;
use super::runtime::server as rt;
use super::runtime::validate as v;
use super::runtime::validate::table::*;
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
    /// `upload-pet-photos` (POST /pets/{petId}/photo).
    fn upload_pet_photos(
        &self,
        input: UploadPetPhotosInput,
    ) -> impl ::std::future::Future<Output = UploadPetPhotosReply> + ::std::marker::Send;
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
    /// `reject` (POST /reject).
    fn reject(
        &self,
        input: RejectInput,
    ) -> impl ::std::future::Future<Output = RejectReply> + ::std::marker::Send;
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
    fn reject2(&self, rejection: rt::Rejection) -> ::axum::response::Response {
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
                .on(::axum::routing::MethodFilter::PUT, handle_put_pet_photo::<A>)
                .on(::axum::routing::MethodFilter::POST, handle_upload_pet_photos::<A>),
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
        .route(
            "/reject",
            ::axum::routing::on(::axum::routing::MethodFilter::POST, handle_reject::<A>),
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
rt::handler!(
    handle_get_pet_tag, GetPetTagInput, get_pet_tag, 0usize, "getPetTag"; reject2,
    authorize
);
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
rt::handler!(handle_create_pet, CreatePetInput, create_pet, 1usize; reject2, authorize);
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
rt::handler!(
    handle_get_pet_photo, GetPetPhotoInput, get_pet_photo, 2usize, "get-pet-photo";
    reject2, authorize
);
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
rt::handler!(
    handle_put_pet_photo, PutPetPhotoInput, put_pet_photo, 3usize, "put-pet-photo";
    reject2, authorize
);
/// The input of `upload-pet-photos` (POST /pets/{petId}/photo), checked against the spec.
#[derive(Debug)]
pub struct UploadPetPhotosInput {
    /// Path parameter `petId`.
    pub pet_id: ::std::string::String,
    /// The request body.
    pub body: super::runtime::RawBody,
    /// The credentials the request came with (present; checking them is the
    /// implementation's job).
    pub credentials: rt::Credentials,
}
impl rt::FromPrepared for UploadPetPhotosInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(UploadPetPhotosInput {
            pet_id: p.take(0usize)?,
            body: p.raw(),
            credentials: p.credentials(),
        })
    }
}
/// The documented answers of `upload-pet-photos` (POST /pets/{petId}/photo).
#[derive(Debug)]
pub enum UploadPetPhotosReply {
    /// `204`
    NoContent,
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<UploadPetPhotosReply>, rt::ReplyHeaders),
}
rt::set_headers!(UploadPetPhotosReply);
impl ::axum::response::IntoResponse for UploadPetPhotosReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            UploadPetPhotosReply::NoContent => rt::empty(204u16),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(
    handle_upload_pet_photos, UploadPetPhotosInput, upload_pet_photos, 4usize,
    "upload-pet-photos"; reject2, authorize
);
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
rt::handler!(
    handle_get_tree, GetTreeInput, get_tree, 5usize, "get /tree"; reject2, authorize
);
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
rt::handler!(handle_health, HealthInput, health, 6usize; reject2, authorize);
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
rt::handler!(handle_batch, BatchInput, batch, 7usize; reject2, authorize);
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
rt::handler!(
    handle_cancel_job, CancelJobInput, cancel_job, 8usize, "cancelJob"; reject2,
    authorize
);
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
rt::handler!(handle_run_job, RunJobInput, run_job, 9usize, "runJob"; reject2, authorize);
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
rt::handler!(
    handle_get_job, GetJobInput, get_job, 10usize, "getJob"; reject2, authorize
);
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
rt::handler!(handle_shapes, ShapesInput, shapes, 12usize; reject2, authorize);
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
rt::handler!(handle_into_, IntoInput, into_, 13usize; reject2, authorize);
/// The input of `reject` (POST /reject), checked against the spec.
#[derive(Debug)]
pub struct RejectInput {
    /// The credentials the request came with (present; checking them is the
    /// implementation's job).
    pub credentials: rt::Credentials,
}
impl rt::FromPrepared for RejectInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(RejectInput {
            credentials: p.credentials(),
        })
    }
}
/// The documented answers of `reject` (POST /reject).
#[derive(Debug)]
pub enum RejectReply {
    /// `204`
    NoContent,
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<RejectReply>, rt::ReplyHeaders),
}
rt::set_headers!(RejectReply);
impl ::axum::response::IntoResponse for RejectReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            RejectReply::NoContent => rt::empty(204u16),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(handle_reject, RejectInput, reject, 14usize, "reject"; reject2, authorize);
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
/// Rules 0 to 102.
const RULES_0: [R<'static>; 103] = [
    R::of(&[K::Type(ty::INTEGER), K::Format(F::Int64)]),
    R::of(&[K::Type(ty::STRING)]),
    R::of(&[K::Type(ty::INTEGER), K::Format(F::Int32)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(1)]),
    R::of(&[K::Type(ty::OBJECT), K::Properties(&[("status", 1), ("created", 102)])]),
    R::of(
        &[
            K::Type(ty::OBJECT),
            K::Required(&[("name", A::ReadWrite)]),
            K::Properties(&[("name", 1), ("type", 1)]),
        ],
    ),
    R::of(&[K::Type(ty::INTEGER)]),
    R::of(
        &[
            K::Type(ty::OBJECT),
            K::Properties(
                &[
                    ("json", 8),
                    ("forest", 9),
                    ("itself", 10),
                    ("ping", 11),
                    ("count", 12),
                    ("name", 13),
                    ("maybe_owner", 14),
                    ("point", 15),
                    ("mixed", 16),
                    ("account", 17),
                    ("scopes", 18),
                    ("outcome", 19),
                    ("pet", 20),
                    ("self_type", 21),
                    ("digits", 22),
                    ("documented", 23),
                    ("deep", 24),
                    ("either", 25),
                    ("settings", 26),
                    ("constant", 27),
                    ("anything", 28),
                ],
            ),
        ],
    ),
    R::of(&[K::Type(ty::OBJECT), K::AdditionalProperties(8)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(9)]),
    R::of(&[K::OneOf(&[10])]),
    R::of(&[K::OneOf(&[101])]),
    R::of(&[K::Type(ty::INTEGER), K::AllOf(&[100])]),
    R::of(&[K::AllOf(&[1, 99])]),
    R::of(&[K::AnyOf(&[93, 98])]),
    R::of(
        &[K::Type(ty::ARRAY), K::MinItems(2), K::MaxItems(2), K::PrefixItems(&[97, 97])],
    ),
    R::of(&[K::Type(ty::ARRAY), K::PrefixItems(&[1, 96])]),
    R::of(
        &[
            K::Type(ty::OBJECT),
            K::Required(
                &[
                    ("id", A::ReadOnly),
                    ("name", A::ReadWrite),
                    ("password", A::WriteOnly),
                ],
            ),
            K::Properties(&[("id", 6), ("name", 1), ("password", 1)]),
        ],
    ),
    R::of(
        &[
            K::Type(ty::STRING),
            K::DelimitedSet {
                separator: ' ',
                members: &[],
            },
        ],
    ),
    R::of(
        &[
            K::Type(ty::STRING),
            K::Enum(&[L::Str("ok"), L::Str("err"), L::Str("Err"), L::Str("ok")]),
        ],
    ),
    R::of(
        &[
            K::Type(ty::OBJECT),
            K::Required(&[("id", A::ReadWrite), ("shape", A::ReadWrite)]),
            K::Properties(
                &[
                    ("id", 6),
                    ("type", 1),
                    ("$ref", 1),
                    ("self", 1),
                    ("123abc", 1),
                    ("foo-bar", 1),
                    ("shape", 88),
                    ("label", 89),
                    ("owner", 90),
                    ("born", 91),
                ],
            ),
        ],
    ),
    R::of(&[K::Type(ty::OBJECT), K::Properties(&[("self", 1), ("Self", 1)])]),
    R::of(&[K::Type(ty::OBJECT), K::Properties(&[("٣", 1), ("١x", 6)])]),
    R::of(&[K::Type(ty::OBJECT), K::Properties(&[("x", 1)])]),
    R::of(&[K::Type(ty::ARRAY), K::Items(30)]),
    R::of(&[K::Type(ty::INTEGER | ty::STRING)]),
    R::of(
        &[
            K::Type(ty::OBJECT),
            K::Properties(&[("name", 1)]),
            K::PatternProperties(&[(0, 1)]),
            K::AdditionalProperties(29),
        ],
    ),
    R::of(&[K::Const(L::Int(3))]),
    R::of(&[]),
    R::of(&[K::Never]),
    R::of(&[K::Type(ty::ARRAY), K::Items(31)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(32)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(33)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(34)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(35)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(36)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(37)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(38)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(39)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(40)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(41)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(42)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(43)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(44)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(45)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(46)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(47)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(48)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(49)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(50)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(51)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(52)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(53)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(54)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(55)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(56)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(57)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(58)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(59)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(60)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(61)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(62)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(63)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(64)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(65)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(66)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(67)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(68)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(69)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(70)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(71)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(72)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(73)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(74)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(75)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(76)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(77)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(78)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(79)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(80)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(81)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(82)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(83)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(84)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(85)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(86)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(87)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(3)]),
    R::of(&[K::OneOf(&[94, 95])]),
    R::of(&[K::AnyOf(&[1, 6])]),
    R::of(&[K::AnyOf(&[92, 93])]),
    R::of(&[K::Type(ty::STRING), K::Format(F::DateTime)]),
    R::of(&[K::Type(ty::OBJECT), K::Properties(&[("name", 1)])]),
    R::of(&[K::Type(ty::NULL)]),
    R::of(
        &[
            K::Type(ty::OBJECT),
            K::Required(&[("pet_type", A::ReadWrite)]),
            K::Properties(&[("pet_type", 1), ("lives", 6)]),
        ],
    ),
    R::of(
        &[
            K::Type(ty::OBJECT),
            K::Required(&[("pet_type", A::ReadWrite)]),
            K::Properties(&[("pet_type", 1), ("good", 96)]),
        ],
    ),
    R::of(&[K::Type(ty::BOOLEAN)]),
    R::of(&[K::Type(ty::NUMBER)]),
    R::of(&[K::AllOf(&[92])]),
    R::of(&[K::MaxLength(10)]),
    R::of(&[K::Minimum(1.0)]),
    R::of(&[K::AnyOf(&[11, 93])]),
    R::of(&[K::Type(ty::OBJECT), K::Properties(&[("gte", 6)])]),
];
/// How the spec's security schemes carry their credentials.
const SCHEMES: &[(&str, super::runtime::Scheme)] = &[
    ("apiKey", super::runtime::Scheme::Query("api_key")),
    ("basic", super::runtime::Scheme::Basic),
];
/// The spec's patterns, compiled on first use.
static PATTERNS: v::Patterns<'static> = v::Patterns::new(&["^x-"]);
/// The request schemas as validation rules; they refer to each other by index.
static RULES: v::Rules<'static> = v::Rules {
    rules: &v::concat::<103>(&[&RULES_0]),
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
            rt::Param::path("p0", "petId", rt::Style::Simple, false, Some(0)),
            rt::Param::path("p1", "tag", rt::Style::Simple, false, Some(1)),
            rt::Param::header("X-Request-Id", rt::Style::Simple, false, true, Some(1)),
            rt::Param::query("limit", rt::Style::Form, true, false, Some(2)),
            rt::Param::query("kinds", rt::Style::Form, false, false, Some(3)),
            rt::Param::query("filter", rt::Style::DeepObject, false, false, Some(4)),
        ],
        body: None,
        errors: &[("404", SHAPE_0), ("default", SHAPE_1)],
    },
    rt::Operation {
        id: "createPet",
        route: "/pets",
        security: &[],
        params: &[],
        body: Some(rt::Body::new(rt::Media::Form, true, Some(5))),
        errors: &[],
    },
    rt::Operation {
        id: "get-pet-photo",
        route: "/pets/{p0}/photo",
        security: &[&["apiKey"], &["basic"]],
        params: &[rt::Param::path("p0", "petId", rt::Style::Simple, false, Some(1))],
        body: None,
        errors: &[("4XX", SHAPE_0)],
    },
    rt::Operation {
        id: "put-pet-photo",
        route: "/pets/{p0}/photo",
        security: &[&["apiKey"], &["basic"]],
        params: &[rt::Param::path("p0", "petId", rt::Style::Simple, false, Some(1))],
        body: Some(rt::Body::new(rt::Media::Bytes, false, None)),
        errors: &[("4XX", SHAPE_0)],
    },
    rt::Operation {
        id: "upload-pet-photos",
        route: "/pets/{p0}/photo",
        security: &[&["apiKey"], &["basic"]],
        params: &[rt::Param::path("p0", "petId", rt::Style::Simple, false, Some(1))],
        body: Some(rt::Body::new(rt::Media::Multipart, true, None)),
        errors: &[],
    },
    rt::Operation {
        id: "get /tree",
        route: "/tree",
        security: &[&["apiKey"], &["basic"]],
        params: &[],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "health",
        route: "/health",
        security: &[],
        params: &[],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "batch",
        route: "/:batch",
        security: &[],
        params: &[],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "cancelJob",
        route: "/jobs/{p0}",
        security: &[&["apiKey"], &["basic"]],
        params: &[
            rt::Param::at(
                "id",
                rt::Location::PathSuffixed("p0", ":cancel"),
                rt::Style::Simple,
                false,
                true,
                Some(1),
            ),
        ],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "runJob",
        route: "/jobs/{p0}",
        security: &[&["apiKey"], &["basic"]],
        params: &[
            rt::Param::at(
                "id",
                rt::Location::PathSuffixed("p0", ":run"),
                rt::Style::Simple,
                false,
                true,
                Some(1),
            ),
        ],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "getJob",
        route: "/jobs/{p0}",
        security: &[&["apiKey"], &["basic"]],
        params: &[rt::Param::path("p0", "id", rt::Style::Simple, false, Some(1))],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "getPetTagAgain",
        route: "",
        security: &[&["apiKey"], &["basic"]],
        params: &[
            rt::Param::path("p0", "id", rt::Style::Simple, false, Some(6)),
            rt::Param::path("p1", "name", rt::Style::Simple, false, Some(1)),
        ],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "shapes",
        route: "/shapes",
        security: &[],
        params: &[],
        body: Some(rt::Body::new(rt::Media::Json, true, Some(7))),
        errors: &[],
    },
    rt::Operation {
        id: "into",
        route: "/into",
        security: &[],
        params: &[],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "reject",
        route: "/reject",
        security: &[&["apiKey"], &["basic"]],
        params: &[],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "manyCaptures",
        route: "",
        security: &[&["apiKey"], &["basic"]],
        params: &[
            rt::Param::path("p0", "p0", rt::Style::Simple, false, Some(1)),
            rt::Param::path("p1", "p1", rt::Style::Simple, false, Some(1)),
            rt::Param::path("p2", "p2", rt::Style::Simple, false, Some(1)),
            rt::Param::path("p3", "p3", rt::Style::Simple, false, Some(1)),
            rt::Param::path("p4", "p4", rt::Style::Simple, false, Some(1)),
            rt::Param::path("p5", "p5", rt::Style::Simple, false, Some(1)),
            rt::Param::path("p6", "p6", rt::Style::Simple, false, Some(1)),
            rt::Param::path("p7", "p7", rt::Style::Simple, false, Some(1)),
            rt::Param::path("p8", "p8", rt::Style::Simple, false, Some(1)),
            rt::Param::path("p9", "p9", rt::Style::Simple, false, Some(1)),
            rt::Param::path("p10", "p10", rt::Style::Simple, false, Some(1)),
            rt::Param::path("p11", "p11", rt::Style::Simple, false, Some(1)),
            rt::Param::path("p12", "p12", rt::Style::Simple, false, Some(1)),
            rt::Param::path("p13", "p13", rt::Style::Simple, false, Some(1)),
            rt::Param::path("p14", "p14", rt::Style::Simple, false, Some(1)),
            rt::Param::path("p15", "p15", rt::Style::Simple, false, Some(1)),
            rt::Param::path("p16", "p16", rt::Style::Simple, false, Some(1)),
            rt::Param::path("p17", "p17", rt::Style::Simple, false, Some(1)),
            rt::Param::path("p18", "p18", rt::Style::Simple, false, Some(1)),
            rt::Param::path("p19", "p19", rt::Style::Simple, false, Some(1)),
            rt::Param::path("p20", "p20", rt::Style::Simple, false, Some(1)),
            rt::Param::path("p21", "p21", rt::Style::Simple, false, Some(1)),
            rt::Param::path("p22", "p22", rt::Style::Simple, false, Some(1)),
            rt::Param::path("p23", "p23", rt::Style::Simple, false, Some(1)),
            rt::Param::path("p24", "p24", rt::Style::Simple, false, Some(1)),
            rt::Param::path("p25", "p25", rt::Style::Simple, false, Some(1)),
        ],
        body: None,
        errors: &[],
    },
];
