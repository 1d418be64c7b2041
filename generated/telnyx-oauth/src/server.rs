//! An axum server: implement [`Api`], serve [`router`]. Requests are checked against
//! the spec (credentials present, parameters and body valid, body size bounded) before
//! a method runs; what fails is answered in the API's own error shape. A reply sets
//! headers with [`SetHeaders`]: `with_header`, and `with_headers` for its operation's
//! documented ones.
pub use super::runtime::server::SetHeaders;
use super::runtime::server as rt;
use super::runtime::validate as v;
use super::runtime::validate::table::*;
/// Telnyx OAuth API: one method per operation. Implement it in your own module; the generated router checks each request against the spec before calling the method.
pub trait Api: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// Create OAuth client
    ///
    /// `CreateOAuthClient` (POST /oauth/clients).
    fn create_oauth_client(
        &self,
        input: CreateOAuthClientInput,
    ) -> impl ::std::future::Future<
        Output = CreateOAuthClientReply,
    > + ::std::marker::Send;
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
            "/oauth/clients",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::POST,
                handle_create_oauth_client::<A>,
            ),
        )
        .with_state(::std::sync::Arc::new(rt::Shared { api, config }))
}
/// The input of `CreateOAuthClient` (POST /oauth/clients), checked against the spec.
#[derive(Debug)]
pub struct CreateOAuthClientInput {
    /// The request body.
    pub body: super::types::OAuthClientCreateRequest,
    /// The credentials the request came with (present; checking them is the
    /// implementation's job).
    pub credentials: rt::Credentials,
}
impl rt::FromPrepared for CreateOAuthClientInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(CreateOAuthClientInput {
            body: p.body()?,
            credentials: p.credentials(),
        })
    }
}
/// The documented answers of `CreateOAuthClient` (POST /oauth/clients).
#[derive(Debug)]
pub enum CreateOAuthClientReply {
    /// `201`
    Created(super::types::CreateOAuthClient201Response),
    /// `400`
    BadRequest(super::types::OauthError),
    /// `401`
    Unauthorized(super::types::OauthError),
    /// `422`
    UnprocessableEntity(super::types::OauthError),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<CreateOAuthClientReply>, rt::ReplyHeaders),
}
rt::set_headers!(CreateOAuthClientReply);
impl ::axum::response::IntoResponse for CreateOAuthClientReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            CreateOAuthClientReply::Created(body) => {
                rt::json(201u16, "application/json", &body)
            }
            CreateOAuthClientReply::BadRequest(body) => {
                rt::json(400u16, "application/json", &body)
            }
            CreateOAuthClientReply::Unauthorized(body) => {
                rt::json(401u16, "application/json", &body)
            }
            CreateOAuthClientReply::UnprocessableEntity(body) => {
                rt::json(422u16, "application/json", &body)
            }
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(
    handle_create_oauth_client, CreateOAuthClientInput, create_oauth_client, 0usize,
    "CreateOAuthClient"
);
/// Rules 0 to 9.
const RULES_0: [R<'static>; 10] = [
    R::of(
        &[
            K::Type(ty::OBJECT),
            K::Required(
                &[
                    ("name", A::ReadWrite),
                    ("allowed_scopes", A::ReadWrite),
                    ("client_type", A::ReadWrite),
                    ("allowed_grant_types", A::ReadWrite),
                ],
            ),
            K::Properties(
                &[
                    ("name", 1),
                    ("allowed_scopes", 2),
                    ("client_type", 3),
                    ("require_pkce", 4),
                    ("allowed_grant_types", 5),
                    ("redirect_uris", 6),
                    ("logo_uri", 7),
                    ("policy_uri", 7),
                    ("tos_uri", 7),
                ],
            ),
            K::AdditionalProperties(8),
        ],
    ),
    R::of(&[K::Type(ty::STRING)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(1)]),
    R::of(&[K::Type(ty::STRING), K::Enum(&[L::Str("public"), L::Str("confidential")])]),
    R::of(&[K::Type(ty::BOOLEAN)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(9)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(7)]),
    R::of(&[K::Type(ty::STRING), K::Format(F::Uri)]),
    R::of(&[K::Never]),
    R::of(
        &[
            K::Type(ty::STRING),
            K::Enum(
                &[
                    L::Str("client_credentials"),
                    L::Str("authorization_code"),
                    L::Str("refresh_token"),
                ],
            ),
        ],
    ),
];
/// How the spec's security schemes carry their credentials.
const SCHEMES: &[(&str, super::runtime::Scheme)] = &[
    ("bearerAuth", super::runtime::Scheme::Bearer),
];
/// The spec's patterns, compiled on first use.
static PATTERNS: v::Patterns<'static> = v::Patterns::new(&[]);
/// The request schemas as validation rules; they refer to each other by index.
static RULES: v::Rules<'static> = v::Rules {
    rules: &v::concat::<10>(&[&RULES_0]),
    patterns: &PATTERNS,
    resources: &[],
};
/// An error body of the API: its schema filled in, the message's place marked.
const SHAPE_0: rt::ErrorShape = rt::ErrorShape {
    content_type: "application/json",
    template: "{\"error\":\"\",\"error_description\":\"\"}",
    message: ::std::option::Option::Some("/error_description"),
    status: ::std::option::Option::None,
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
        id: "CreateOAuthClient",
        route: "/oauth/clients",
        security: &[&["bearerAuth"]],
        params: &[],
        body: Some(rt::Body::new(rt::Media::Json, true, Some(0))),
        errors: &[("400", SHAPE_0), ("401", SHAPE_0), ("422", SHAPE_0)],
    },
];
