//! An axum server: implement [`Api`], serve [`router`]. Requests are checked against
//! the spec (credentials present, parameters and body valid, body size bounded) before
//! a method runs; what fails is answered in the API's own error shape. A reply sets
//! headers with [`SetHeaders`]: `with_header`, and `with_headers` for its operation's
//! documented ones.
pub use super::runtime::server::SetHeaders;
use super::runtime::server as rt;
use super::runtime::validate as v;
use super::runtime::validate::table::*;
/// Tyk Developer Portal (3.2): one method per operation. Implement it in your own module; the generated router checks each request against the spec before calling the method.
pub trait Api: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// List API Products
    ///
    /// `list-products` (GET /products).
    fn list_products(
        &self,
        input: ListProductsInput,
    ) -> impl ::std::future::Future<Output = ListProductsReply> + ::std::marker::Send;
    /// Search API Products by a structured query
    ///
    /// `search-products` (QUERY /products).
    fn search_products(
        &self,
        input: SearchProductsInput,
    ) -> impl ::std::future::Future<Output = SearchProductsReply> + ::std::marker::Send;
    /// Every product, as JSON or as JSON Lines while the export runs
    ///
    /// `export-products` (GET /products/export).
    fn export_products(
        &self,
        input: ExportProductsInput,
    ) -> impl ::std::future::Future<Output = ExportProductsReply> + ::std::marker::Send;
    /// Products as they change, each event's data one product (the 3.1 way)
    ///
    /// `watch-products` (GET /products/watch).
    fn watch_products(
        &self,
        input: WatchProductsInput,
    ) -> impl ::std::future::Future<Output = WatchProductsReply> + ::std::marker::Send;
    /// The product's audit events, each a server-sent event (the 3.2 way)
    ///
    /// `product-events` (GET /products/{product_id}/events).
    fn product_events(
        &self,
        input: ProductEventsInput,
    ) -> impl ::std::future::Future<Output = ProductEventsReply> + ::std::marker::Send;
    /// Attach a client type to this API Product
    ///
    /// `create-product-client-type` (POST /products/{product_id}/client_types).
    fn create_product_client_type(
        &self,
        input: CreateProductClientTypeInput,
    ) -> impl ::std::future::Future<
        Output = CreateProductClientTypeReply,
    > + ::std::marker::Send;
    /// Detach every client type from this API Product
    ///
    /// `purge-product-client-types` (PURGE /products/{product_id}/client_types).
    fn purge_product_client_types(
        &self,
        input: PurgeProductClientTypesInput,
    ) -> impl ::std::future::Future<
        Output = PurgeProductClientTypesReply,
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
            "/products",
            ::axum::routing::on(
                    ::axum::routing::MethodFilter::GET,
                    handle_list_products::<A>,
                )
                .fallback(other_methods_0::<A>),
        )
        .route(
            "/products/export",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::GET,
                handle_export_products::<A>,
            ),
        )
        .route(
            "/products/watch",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::GET,
                handle_watch_products::<A>,
            ),
        )
        .route(
            "/products/{p0}/events",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::GET,
                handle_product_events::<A>,
            ),
        )
        .route(
            "/products/{p0}/client_types",
            ::axum::routing::on(
                    ::axum::routing::MethodFilter::POST,
                    handle_create_product_client_type::<A>,
                )
                .fallback(other_methods_4::<A>),
        )
        .with_state(::std::sync::Arc::new(rt::Shared { api, config }))
}
/// The input of `list-products` (GET /products), checked against the spec.
#[derive(Debug)]
pub struct ListProductsInput {
    /// The optional parameters that were sent.
    pub params: super::types::ListProductsParams,
    /// The credentials the request came with (present; checking them is the
    /// implementation's job).
    pub credentials: rt::Credentials,
}
impl rt::FromPrepared for ListProductsInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(ListProductsInput {
            params: super::types::ListProductsParams {
                filter: p.take_opt(0usize)?,
            },
            credentials: p.credentials(),
        })
    }
}
/// The documented answers of `list-products` (GET /products).
#[derive(Debug)]
pub enum ListProductsReply {
    /// `200`
    Ok(::std::vec::Vec<super::types::Product>),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<ListProductsReply>, rt::ReplyHeaders),
}
rt::set_headers!(ListProductsReply);
impl ::axum::response::IntoResponse for ListProductsReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            ListProductsReply::Ok(body) => rt::json(200u16, "application/json", &body),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(
    handle_list_products, ListProductsInput, list_products, 0usize, "list-products"
);
/// The input of `search-products` (QUERY /products), checked against the spec.
#[derive(Debug)]
pub struct SearchProductsInput {
    /// The request body.
    pub body: super::types::ProductSearch,
    /// The credentials the request came with (present; checking them is the
    /// implementation's job).
    pub credentials: rt::Credentials,
}
impl rt::FromPrepared for SearchProductsInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(SearchProductsInput {
            body: p.body()?,
            credentials: p.credentials(),
        })
    }
}
/// The documented answers of `search-products` (QUERY /products).
#[derive(Debug)]
pub enum SearchProductsReply {
    /// `200`
    Ok(::std::vec::Vec<super::types::Product>),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<SearchProductsReply>, rt::ReplyHeaders),
}
rt::set_headers!(SearchProductsReply);
impl ::axum::response::IntoResponse for SearchProductsReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            SearchProductsReply::Ok(body) => rt::json(200u16, "application/json", &body),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(
    handle_search_products, SearchProductsInput, search_products, 1usize,
    "search-products"
);
/// The input of `export-products` (GET /products/export), checked against the spec.
#[derive(Debug)]
pub struct ExportProductsInput {
    /// The optional parameters that were sent.
    pub params: super::types::ExportProductsParams,
    /// The credentials the request came with (present; checking them is the
    /// implementation's job).
    pub credentials: rt::Credentials,
}
impl rt::FromPrepared for ExportProductsInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(ExportProductsInput {
            params: super::types::ExportProductsParams {
                where_: p.take_opt(0usize)?,
            },
            credentials: p.credentials(),
        })
    }
}
/// The documented answers of `export-products` (GET /products/export).
#[derive(Debug)]
pub enum ExportProductsReply {
    /// `200`
    Ok(::std::vec::Vec<super::types::Product>),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<ExportProductsReply>, rt::ReplyHeaders),
}
rt::set_headers!(ExportProductsReply);
impl ::axum::response::IntoResponse for ExportProductsReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            ExportProductsReply::Ok(body) => rt::json(200u16, "application/json", &body),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(
    handle_export_products, ExportProductsInput, export_products, 2usize,
    "export-products"
);
/// The input of `watch-products` (GET /products/watch), checked against the spec.
#[derive(Debug)]
pub struct WatchProductsInput {
    /// The credentials the request came with (present; checking them is the
    /// implementation's job).
    pub credentials: rt::Credentials,
}
impl rt::FromPrepared for WatchProductsInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(WatchProductsInput {
            credentials: p.credentials(),
        })
    }
}
/// The documented answers of `watch-products` (GET /products/watch).
#[derive(Debug)]
pub enum WatchProductsReply {
    /// `200`
    Ok(rt::ItemStream<super::types::Product>),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<WatchProductsReply>, rt::ReplyHeaders),
}
rt::set_headers!(WatchProductsReply);
impl ::axum::response::IntoResponse for WatchProductsReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            WatchProductsReply::Ok(body) => {
                rt::stream(200u16, "text/event-stream", rt::Framing::SseData, body)
            }
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(
    handle_watch_products, WatchProductsInput, watch_products, 3usize, "watch-products"
);
/// The input of `product-events` (GET /products/{product_id}/events), checked against the spec.
#[derive(Debug)]
pub struct ProductEventsInput {
    /// Path parameter `product_id`.
    pub product_id: i64,
    /// The credentials the request came with (present; checking them is the
    /// implementation's job).
    pub credentials: rt::Credentials,
}
impl rt::FromPrepared for ProductEventsInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(ProductEventsInput {
            product_id: p.take(0usize)?,
            credentials: p.credentials(),
        })
    }
}
/// The documented answers of `product-events` (GET /products/{product_id}/events).
#[derive(Debug)]
pub enum ProductEventsReply {
    /// `200`
    Ok(rt::ItemStream<super::types::AuditEvent>),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<ProductEventsReply>, rt::ReplyHeaders),
}
rt::set_headers!(ProductEventsReply);
impl ::axum::response::IntoResponse for ProductEventsReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            ProductEventsReply::Ok(body) => {
                rt::stream(200u16, "text/event-stream", rt::Framing::SseEvent, body)
            }
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(
    handle_product_events, ProductEventsInput, product_events, 4usize, "product-events"
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
    create_product_client_type, 5usize, "create-product-client-type"
);
/// The input of `purge-product-client-types` (PURGE /products/{product_id}/client_types), checked against the spec.
#[derive(Debug)]
pub struct PurgeProductClientTypesInput {
    /// Path parameter `product_id`.
    pub product_id: i64,
    /// The credentials the request came with (present; checking them is the
    /// implementation's job).
    pub credentials: rt::Credentials,
}
impl rt::FromPrepared for PurgeProductClientTypesInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(PurgeProductClientTypesInput {
            product_id: p.take(0usize)?,
            credentials: p.credentials(),
        })
    }
}
/// The documented answers of `purge-product-client-types` (PURGE /products/{product_id}/client_types).
#[derive(Debug)]
pub enum PurgeProductClientTypesReply {
    /// `204`
    NoContent,
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<PurgeProductClientTypesReply>, rt::ReplyHeaders),
}
rt::set_headers!(PurgeProductClientTypesReply);
impl ::axum::response::IntoResponse for PurgeProductClientTypesReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            PurgeProductClientTypesReply::NoContent => rt::empty(204u16),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(
    handle_purge_product_client_types, PurgeProductClientTypesInput,
    purge_product_client_types, 6usize, "purge-product-client-types"
);
async fn other_methods_0<A: Api>(
    state: ::axum::extract::State<::std::sync::Arc<rt::Shared<A>>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    match request.method().as_str() {
        "QUERY" => handle_search_products::<A>(state, request).await,
        _ => rt::method_not_allowed(&API, &request, &["GET", "QUERY"]),
    }
}
async fn other_methods_4<A: Api>(
    state: ::axum::extract::State<::std::sync::Arc<rt::Shared<A>>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    match request.method().as_str() {
        "PURGE" => handle_purge_product_client_types::<A>(state, request).await,
        _ => rt::method_not_allowed(&API, &request, &["POST", "PURGE"]),
    }
}
/// Rules 0 to 10.
const RULES_0: [R<'static>; 11] = [
    R::of(
        &[
            K::Type(ty::OBJECT),
            K::Properties(&[("page", 8), ("per_page", 9), ("state", 10)]),
        ],
    ),
    R::of(
        &[
            K::Type(ty::OBJECT),
            K::Required(&[("NameContains", A::ReadWrite)]),
            K::Properties(&[("NameContains", 7), ("Limit", 8)]),
        ],
    ),
    R::of(
        &[
            K::Type(ty::OBJECT),
            K::Properties(&[("State", 5)]),
            K::AdditionalProperties(6),
        ],
    ),
    R::of(&[K::Type(ty::INTEGER)]),
    R::of(&[K::Type(ty::OBJECT), K::Properties(&[("ID", 3)])]),
    R::of(
        &[
            K::Type(ty::STRING),
            K::Enum(&[L::Str("draft"), L::Str("published"), L::Str("retired")]),
        ],
    ),
    R::of(&[K::Never]),
    R::of(&[K::Type(ty::STRING), K::MinLength(1)]),
    R::of(&[K::Type(ty::INTEGER), K::Minimum(1.0)]),
    R::of(&[K::Type(ty::INTEGER), K::Minimum(1.0), K::Maximum(100.0)]),
    R::of(&[K::Type(ty::STRING), K::Enum(&[L::Str("draft"), L::Str("published")])]),
];
/// How the spec's security schemes carry their credentials.
const SCHEMES: &[(&str, super::runtime::Scheme)] = &[
    ("AdminAPIToken", super::runtime::Scheme::Header("Authorization")),
];
/// The spec's patterns, compiled on first use.
static PATTERNS: v::Patterns<'static> = v::Patterns::new(&[]);
/// The request schemas as validation rules; they refer to each other by index.
static RULES: v::Rules<'static> = v::Rules {
    rules: &v::concat::<11>(&[&RULES_0]),
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
        id: "list-products",
        route: "/products",
        security: &[&["AdminAPIToken"]],
        params: &[
            rt::Param::at(
                "filter",
                rt::Location::QueryString(super::runtime::QueryMedia::Form),
                rt::Style::Form,
                false,
                false,
                Some(0),
            ),
        ],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "search-products",
        route: "/products",
        security: &[&["AdminAPIToken"]],
        params: &[],
        body: Some(rt::Body::new(rt::Media::Json, true, Some(1))),
        errors: &[],
    },
    rt::Operation {
        id: "export-products",
        route: "/products/export",
        security: &[&["AdminAPIToken"]],
        params: &[rt::Param::query("where", rt::Style::Json, true, false, Some(2))],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "watch-products",
        route: "/products/watch",
        security: &[&["AdminAPIToken"]],
        params: &[],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "product-events",
        route: "/products/{p0}/events",
        security: &[&["AdminAPIToken"]],
        params: &[
            rt::Param::path("p0", "product_id", rt::Style::Simple, false, Some(3)),
        ],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "create-product-client-type",
        route: "/products/{p0}/client_types",
        security: &[&["AdminAPIToken"]],
        params: &[
            rt::Param::path("p0", "product_id", rt::Style::Simple, false, Some(3)),
        ],
        body: Some(rt::Body::new(rt::Media::Json, false, Some(4))),
        errors: &[("422", SHAPE_0)],
    },
    rt::Operation {
        id: "purge-product-client-types",
        route: "/products/{p0}/client_types",
        security: &[&["AdminAPIToken"]],
        params: &[
            rt::Param::path("p0", "product_id", rt::Style::Simple, false, Some(3)),
        ],
        body: None,
        errors: &[],
    },
];
