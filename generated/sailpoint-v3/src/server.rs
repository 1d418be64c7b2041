//! An axum server: implement [`Api`], serve [`router`]. Requests are checked against
//! the spec (credentials present, parameters and body valid, body size bounded) before
//! a method runs; what fails is answered in the API's own error shape. A reply sets
//! headers with [`SetHeaders`]: `with_header`, and `with_headers` for its operation's
//! documented ones.
pub use super::runtime::server::SetHeaders;
use super::runtime::server as rt;
use super::runtime::validate as v;
use super::runtime::validate::table::*;
/// SailPoint - SaaS API: one method per operation. Implement it in your own module; the generated router checks each request against the spec before calling the method.
pub trait Api: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// `createOauthClient` (POST /oauth-clients).
    fn create_oauth_client(
        &self,
        input: CreateOauthClientInput,
    ) -> impl ::std::future::Future<
        Output = CreateOauthClientReply,
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
            "/oauth-clients",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::POST,
                handle_create_oauth_client::<A>,
            ),
        )
        .with_state(::std::sync::Arc::new(rt::Shared { api, config }))
}
/// The input of `createOauthClient` (POST /oauth-clients), checked against the spec.
#[derive(Debug)]
pub struct CreateOauthClientInput {
    /// The request body.
    pub body: super::types::CreateOauthClientRequest,
    /// The credentials the request came with (present; checking them is the
    /// implementation's job).
    pub credentials: rt::Credentials,
}
impl rt::FromPrepared for CreateOauthClientInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(CreateOauthClientInput {
            body: p.body()?,
            credentials: p.credentials(),
        })
    }
}
/// The documented answers of `createOauthClient` (POST /oauth-clients).
#[derive(Debug)]
pub enum CreateOauthClientReply {
    /// `200`
    Ok(super::types::CreateOauthClient200Response),
    /// `400`
    BadRequest(super::types::CreateOauthClient400Response),
    /// `401`
    Unauthorized(super::types::CreateOauthClient401Response),
    /// `403`
    Forbidden(super::types::CreateOauthClient400Response),
    /// `429`
    TooManyRequests(super::types::CreateOauthClient429Response),
    /// `500`
    InternalServerError(super::types::CreateOauthClient400Response),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<CreateOauthClientReply>, rt::ReplyHeaders),
}
rt::set_headers!(CreateOauthClientReply);
impl ::axum::response::IntoResponse for CreateOauthClientReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            CreateOauthClientReply::Ok(body) => {
                rt::json(200u16, "application/json", &body)
            }
            CreateOauthClientReply::BadRequest(body) => {
                rt::json(400u16, "application/json", &body)
            }
            CreateOauthClientReply::Unauthorized(body) => {
                rt::json(401u16, "application/json", &body)
            }
            CreateOauthClientReply::Forbidden(body) => {
                rt::json(403u16, "application/json", &body)
            }
            CreateOauthClientReply::TooManyRequests(body) => {
                rt::json(429u16, "application/json", &body)
            }
            CreateOauthClientReply::InternalServerError(body) => {
                rt::json(500u16, "application/json", &body)
            }
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(
    handle_create_oauth_client, CreateOauthClientInput, create_oauth_client, 0usize,
    "createOauthClient"
);
/// Rules 0 to 8.
const RULES_0: [R<'static>; 9] = [
    R::of(
        &[
            K::Type(ty::OBJECT),
            K::Required(
                &[
                    ("name", A::ReadWrite),
                    ("description", A::ReadWrite),
                    ("accessTokenValiditySeconds", A::ReadWrite),
                    ("grantTypes", A::ReadWrite),
                    ("accessType", A::ReadWrite),
                    ("enabled", A::ReadWrite),
                ],
            ),
            K::Properties(
                &[
                    ("businessName", 1),
                    ("homepageUrl", 1),
                    ("name", 1),
                    ("description", 1),
                    ("accessTokenValiditySeconds", 2),
                    ("refreshTokenValiditySeconds", 2),
                    ("redirectUris", 3),
                    ("grantTypes", 4),
                    ("accessType", 5),
                    ("type", 6),
                    ("internal", 7),
                    ("enabled", 7),
                    ("strongAuthSupported", 7),
                    ("claimsSupported", 7),
                ],
            ),
        ],
    ),
    R::of(&[K::Type(ty::STRING)]),
    R::of(&[K::Type(ty::INTEGER | ty::STRING), K::NumericString { integer: true }]),
    R::of(&[K::Type(ty::ARRAY), K::Items(1)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(8)]),
    R::of(&[K::Type(ty::STRING), K::Enum(&[L::Str("ONLINE"), L::Str("OFFLINE")])]),
    R::of(&[K::Type(ty::STRING), K::Enum(&[L::Str("CONFIDENTIAL"), L::Str("PUBLIC")])]),
    R::of(&[K::Type(ty::BOOLEAN)]),
    R::of(
        &[
            K::Type(ty::STRING),
            K::Enum(
                &[
                    L::Str("CLIENT_CREDENTIALS"),
                    L::Str("AUTHORIZATION_CODE"),
                    L::Str("REFRESH_TOKEN"),
                ],
            ),
        ],
    ),
];
/// How the spec's security schemes carry their credentials.
const SCHEMES: &[(&str, super::runtime::Scheme)] = &[
    ("oauth2", super::runtime::Scheme::Bearer),
];
/// The spec's patterns, compiled on first use.
static PATTERNS: v::Patterns<'static> = v::Patterns::new(&[]);
/// The request schemas as validation rules; they refer to each other by index.
static RULES: v::Rules<'static> = v::Rules {
    rules: &v::concat::<9>(&[&RULES_0]),
    patterns: &PATTERNS,
    resources: &[],
};
/// An error body of the API: its schema filled in, the message's place marked.
const SHAPE_0: rt::ErrorShape = rt::ErrorShape {
    content_type: "application/json",
    template: "{\"messages\":[{\"text\":\"\"}]}",
    message: ::std::option::Option::Some("/messages/0/text"),
    status: ::std::option::Option::None,
};
/// An error body of the API: its schema filled in, the message's place marked.
const SHAPE_1: rt::ErrorShape = rt::ErrorShape {
    content_type: "application/json",
    template: "{}",
    message: ::std::option::Option::None,
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
        id: "createOauthClient",
        route: "/oauth-clients",
        security: &[&["oauth2"]],
        params: &[],
        body: Some(rt::Body::new(rt::Media::Json, true, Some(0))),
        errors: &[
            ("400", SHAPE_0),
            ("401", SHAPE_1),
            ("403", SHAPE_0),
            ("429", SHAPE_1),
            ("500", SHAPE_0),
        ],
    },
];
