//! An axum server: implement [`Api`], serve [`router`]. Requests are checked against
//! the spec (credentials present, parameters and body valid, body size bounded) before
//! a method runs; what fails is answered in the API's own error shape. A reply sets
//! headers with [`SetHeaders`]: `with_header`, and `with_headers` for its operation's
//! documented ones.
pub use super::runtime::server::SetHeaders;
use super::runtime::server as rt;
use super::runtime::validate as v;
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
async fn handle_create_oauth_client<A: Api>(
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
    if !<A as Api>::authorize(
            &shared.api,
            "createOauthClient",
            prepared.credentials_ref(),
        )
        .await
    {
        return <A as Api>::reject(&shared.api, prepared.refused());
    }
    match <CreateOauthClientInput as rt::FromPrepared>::from_prepared(&mut prepared) {
        ::std::result::Result::Ok(input) => {
            ::axum::response::IntoResponse::into_response(
                <A as Api>::create_oauth_client(&shared.api, input).await,
            )
        }
        ::std::result::Result::Err(rejection) => {
            <A as Api>::reject(&shared.api, rejection)
        }
    }
}
/// `/paths/~1oauth-clients/post/requestBody/content/application~1json/schema`
const RULE_0: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::OBJECT),
        v::Keyword::Required(
            &[
                ("name", v::Access::ReadWrite),
                ("description", v::Access::ReadWrite),
                ("accessTokenValiditySeconds", v::Access::ReadWrite),
                ("grantTypes", v::Access::ReadWrite),
                ("accessType", v::Access::ReadWrite),
                ("enabled", v::Access::ReadWrite),
            ],
        ),
        v::Keyword::Properties(
            &[
                ("businessName", 1u32),
                ("homepageUrl", 2u32),
                ("name", 3u32),
                ("description", 4u32),
                ("accessTokenValiditySeconds", 5u32),
                ("refreshTokenValiditySeconds", 6u32),
                ("redirectUris", 7u32),
                ("grantTypes", 8u32),
                ("accessType", 9u32),
                ("type", 10u32),
                ("internal", 11u32),
                ("enabled", 12u32),
                ("strongAuthSupported", 13u32),
                ("claimsSupported", 14u32),
            ],
        ),
    ],
    resource: ::std::option::Option::None,
};
/// `/paths/~1oauth-clients/post/requestBody/content/application~1json/schema/properties/businessName`
const RULE_1: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1oauth-clients/post/requestBody/content/application~1json/schema/properties/homepageUrl`
const RULE_2: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1oauth-clients/post/requestBody/content/application~1json/schema/properties/name`
const RULE_3: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1oauth-clients/post/requestBody/content/application~1json/schema/properties/description`
const RULE_4: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1oauth-clients/post/requestBody/content/application~1json/schema/properties/accessTokenValiditySeconds`
const RULE_5: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::INTEGER | v::ty::STRING),
        v::Keyword::NumericString {
            integer: true,
        },
    ],
    resource: ::std::option::Option::None,
};
/// `/paths/~1oauth-clients/post/requestBody/content/application~1json/schema/properties/refreshTokenValiditySeconds`
const RULE_6: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::INTEGER | v::ty::STRING),
        v::Keyword::NumericString {
            integer: true,
        },
    ],
    resource: ::std::option::Option::None,
};
/// `/paths/~1oauth-clients/post/requestBody/content/application~1json/schema/properties/redirectUris`
const RULE_7: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(16u32)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1oauth-clients/post/requestBody/content/application~1json/schema/properties/grantTypes`
const RULE_8: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::ARRAY), v::Keyword::Items(15u32)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1oauth-clients/post/requestBody/content/application~1json/schema/properties/accessType`
const RULE_9: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::STRING),
        v::Keyword::Enum(&[v::Lit::Str("ONLINE"), v::Lit::Str("OFFLINE")]),
    ],
    resource: ::std::option::Option::None,
};
/// `/paths/~1oauth-clients/post/requestBody/content/application~1json/schema/properties/type`
const RULE_10: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::STRING),
        v::Keyword::Enum(&[v::Lit::Str("CONFIDENTIAL"), v::Lit::Str("PUBLIC")]),
    ],
    resource: ::std::option::Option::None,
};
/// `/paths/~1oauth-clients/post/requestBody/content/application~1json/schema/properties/internal`
const RULE_11: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::BOOLEAN)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1oauth-clients/post/requestBody/content/application~1json/schema/properties/enabled`
const RULE_12: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::BOOLEAN)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1oauth-clients/post/requestBody/content/application~1json/schema/properties/strongAuthSupported`
const RULE_13: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::BOOLEAN)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1oauth-clients/post/requestBody/content/application~1json/schema/properties/claimsSupported`
const RULE_14: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::BOOLEAN)],
    resource: ::std::option::Option::None,
};
/// `/paths/~1oauth-clients/post/requestBody/content/application~1json/schema/properties/grantTypes/items`
const RULE_15: v::Rule<'static> = v::Rule {
    keywords: &[
        v::Keyword::Type(v::ty::STRING),
        v::Keyword::Enum(
            &[
                v::Lit::Str("CLIENT_CREDENTIALS"),
                v::Lit::Str("AUTHORIZATION_CODE"),
                v::Lit::Str("REFRESH_TOKEN"),
            ],
        ),
    ],
    resource: ::std::option::Option::None,
};
/// `/paths/~1oauth-clients/post/requestBody/content/application~1json/schema/properties/redirectUris/items`
const RULE_16: v::Rule<'static> = v::Rule {
    keywords: &[v::Keyword::Type(v::ty::STRING)],
    resource: ::std::option::Option::None,
};
/// How the spec's security schemes carry their credentials.
const SCHEMES: &[(&str, super::runtime::Scheme)] = &[
    ("oauth2", super::runtime::Scheme::Bearer),
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
    ],
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
        body: ::std::option::Option::Some(rt::Body {
            media: rt::Media::Json,
            required: true,
            rule: ::std::option::Option::Some(0u32),
        }),
        errors: &[
            ("400", SHAPE_0),
            ("401", SHAPE_1),
            ("403", SHAPE_0),
            ("429", SHAPE_1),
            ("500", SHAPE_0),
        ],
    },
];
