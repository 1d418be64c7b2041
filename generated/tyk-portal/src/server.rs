//! An axum server: implement [`Api`], serve [`router`]. Requests are checked against
//! the spec (credentials present, parameters and body valid, body size bounded) before
//! a method runs; what fails is answered in the API's own error shape. A reply sets
//! headers with [`SetHeaders`]: `with_header`, and `with_headers` for its operation's
//! documented ones.
pub use super::runtime::server::SetHeaders;
use super::runtime::server as rt;
use super::runtime::validate as v;
use super::runtime::validate::table::*;
/// Tyk Developer Portal: one method per operation. Implement it in your own module; the generated router checks each request against the spec before calling the method.
pub trait Api: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// Create a new client type of an OAuth2.0 Identity Provider
    ///
    /// `create-oauth-provider-client-type` (POST /oauth-providers/{provider_id}/client-types).
    fn create_oauth_provider_client_type(
        &self,
        input: CreateOauthProviderClientTypeInput,
    ) -> impl ::std::future::Future<
        Output = CreateOauthProviderClientTypeReply,
    > + ::std::marker::Send;
    /// Attach a client type to this API Product
    ///
    /// `create-product-client-type` (POST /products/{product_id}/client_types).
    fn create_product_client_type(
        &self,
        input: CreateProductClientTypeInput,
    ) -> impl ::std::future::Future<
        Output = CreateProductClientTypeReply,
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
            "/oauth-providers/{p0}/client-types",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::POST,
                handle_create_oauth_provider_client_type::<A>,
            ),
        )
        .route(
            "/products/{p0}/client_types",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::POST,
                handle_create_product_client_type::<A>,
            ),
        )
        .with_state(::std::sync::Arc::new(rt::Shared { api, config }))
}
/// The input of `create-oauth-provider-client-type` (POST /oauth-providers/{provider_id}/client-types), checked against the spec.
#[derive(Debug)]
pub struct CreateOauthProviderClientTypeInput {
    /// Path parameter `provider_id`.
    pub provider_id: i64,
    /// The request body.
    pub body: ::std::option::Option<super::types::OAuthClientTypeBasic>,
    /// The credentials the request came with (present; checking them is the
    /// implementation's job).
    pub credentials: rt::Credentials,
}
impl rt::FromPrepared for CreateOauthProviderClientTypeInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(CreateOauthProviderClientTypeInput {
            provider_id: p.take(0usize)?,
            body: p.body_opt()?,
            credentials: p.credentials(),
        })
    }
}
/// The documented answers of `create-oauth-provider-client-type` (POST /oauth-providers/{provider_id}/client-types).
#[derive(Debug)]
pub enum CreateOauthProviderClientTypeReply {
    /// `200`
    Ok(super::types::OAuthClientTypeElem),
    /// `400`
    BadRequest(super::types::OnlyErrors),
    /// `404`
    NotFound(super::types::OnlyErrors),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<CreateOauthProviderClientTypeReply>, rt::ReplyHeaders),
}
rt::set_headers!(CreateOauthProviderClientTypeReply);
impl ::axum::response::IntoResponse for CreateOauthProviderClientTypeReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            CreateOauthProviderClientTypeReply::Ok(body) => {
                rt::json(200u16, "application/json", &body)
            }
            CreateOauthProviderClientTypeReply::BadRequest(body) => {
                rt::json(400u16, "application/json", &body)
            }
            CreateOauthProviderClientTypeReply::NotFound(body) => {
                rt::json(404u16, "application/json", &body)
            }
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(
    handle_create_oauth_provider_client_type, CreateOauthProviderClientTypeInput,
    create_oauth_provider_client_type, 0usize, "create-oauth-provider-client-type"
);
/// The input of `create-product-client-type` (POST /products/{product_id}/client_types), checked against the spec.
#[derive(Debug)]
pub struct CreateProductClientTypeInput {
    /// Path parameter `product_id`.
    pub product_id: i64,
    /// The request body.
    pub body: ::std::option::Option<super::types::ProductClientTypeAttach>,
    /// The credentials the request came with (present; checking them is the
    /// implementation's job).
    pub credentials: rt::Credentials,
}
impl rt::FromPrepared for CreateProductClientTypeInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(CreateProductClientTypeInput {
            product_id: p.take(0usize)?,
            body: p.body_opt()?,
            credentials: p.credentials(),
        })
    }
}
/// The documented answers of `create-product-client-type` (POST /products/{product_id}/client_types).
#[derive(Debug)]
pub enum CreateProductClientTypeReply {
    /// `201`
    Created(super::types::ProductClientTypeResponse),
    /// `422`
    UnprocessableEntity(super::types::OnlyErrors),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<CreateProductClientTypeReply>, rt::ReplyHeaders),
}
rt::set_headers!(CreateProductClientTypeReply);
impl ::axum::response::IntoResponse for CreateProductClientTypeReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            CreateProductClientTypeReply::Created(body) => {
                rt::json(201u16, "application/json", &body)
            }
            CreateProductClientTypeReply::UnprocessableEntity(body) => {
                rt::json(422u16, "application/json", &body)
            }
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(
    handle_create_product_client_type, CreateProductClientTypeInput,
    create_product_client_type, 1usize, "create-product-client-type"
);
/// Rules 0 to 7.
const RULES_0: [R<'static>; 8] = [
    R::of(&[K::Type(ty::INTEGER)]),
    R::of(
        &[
            K::Type(ty::OBJECT),
            K::Required(
                &[
                    ("Name", A::ReadWrite),
                    ("ResponseTypes", A::ReadWrite),
                    ("GrantType", A::ReadWrite),
                ],
            ),
            K::Properties(
                &[
                    ("Name", 3),
                    ("Description", 3),
                    ("ResponseTypes", 4),
                    ("GrantType", 5),
                    ("TokenEndpointAuthMethod", 6),
                    ("OktaAppType", 7),
                ],
            ),
        ],
    ),
    R::of(&[K::Type(ty::OBJECT), K::Properties(&[("ID", 0)])]),
    R::of(&[K::Type(ty::STRING)]),
    R::of(
        &[
            K::Type(ty::STRING),
            K::DelimitedSet {
                separator: ',',
                members: &["code", "token", "it_token", "none"],
            },
        ],
    ),
    R::of(
        &[
            K::Type(ty::STRING),
            K::DelimitedSet {
                separator: ',',
                members: &[
                    "authorization_code",
                    "pkce",
                    "client_credentials",
                    "device_code",
                    "refresh_token",
                    "password",
                    "implicit",
                ],
            },
        ],
    ),
    R::of(
        &[
            K::Type(ty::STRING),
            K::Enum(&[L::Str("client_secret_basic"), L::Str("client_secret_post")]),
        ],
    ),
    R::of(
        &[
            K::Type(ty::STRING),
            K::Enum(
                &[L::Str("web"), L::Str("native"), L::Str("browser"), L::Str("service")],
            ),
        ],
    ),
];
/// How the spec's security schemes carry their credentials.
const SCHEMES: &[(&str, super::runtime::Scheme)] = &[
    ("AdminAPIToken", super::runtime::Scheme::Header("Authorization")),
];
/// The spec's patterns, compiled on first use.
static PATTERNS: v::Patterns<'static> = v::Patterns::new(&[]);
/// The request schemas as validation rules; they refer to each other by index.
static RULES: v::Rules<'static> = v::Rules {
    rules: &v::concat::<8>(&[&RULES_0]),
    patterns: &PATTERNS,
    resources: &[],
};
/// An error body of the API: its schema filled in, the message's place marked.
const SHAPE_0: rt::ErrorShape = rt::ErrorShape {
    content_type: "application/json",
    template: "{\"errors\":[\"\"]}",
    message: ::std::option::Option::Some("/errors/0"),
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
        id: "create-oauth-provider-client-type",
        route: "/oauth-providers/{p0}/client-types",
        security: &[&["AdminAPIToken"]],
        params: &[
            rt::Param::path("p0", "provider_id", rt::Style::Simple, false, Some(0)),
        ],
        body: Some(rt::Body::new(rt::Media::Json, false, Some(1))),
        errors: &[("400", SHAPE_0), ("404", SHAPE_0)],
    },
    rt::Operation {
        id: "create-product-client-type",
        route: "/products/{p0}/client_types",
        security: &[&["AdminAPIToken"]],
        params: &[
            rt::Param::path("p0", "product_id", rt::Style::Simple, false, Some(0)),
        ],
        body: Some(rt::Body::new(rt::Media::Json, false, Some(2))),
        errors: &[("422", SHAPE_0)],
    },
];
