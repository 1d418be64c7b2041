//! An axum server: implement [`Api`], serve [`router`]. Requests are checked against
//! the spec (credentials present, parameters and body valid, body size bounded) before
//! a method runs; what fails is answered in the API's own error shape. A reply sets
//! headers with [`SetHeaders`]: `with_header`, and `with_headers` for its operation's
//! documented ones.
pub use super::runtime::server::SetHeaders;
use super::runtime::server as rt;
use super::runtime::validate as v;
use super::runtime::validate::table::*;
/// Param Forms: one method per operation. Implement it in your own module; the generated router checks each request against the spec before calling the method.
pub trait Api: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// `pathSimple` (GET /path/simple/plain/{p}/{a}/{o}).
    fn path_simple(
        &self,
        input: PathSimpleInput,
    ) -> impl ::std::future::Future<Output = PathSimpleReply> + ::std::marker::Send;
    /// `pathSimpleExplode` (GET /path/simple/explode/{p}/{a}/{o}).
    fn path_simple_explode(
        &self,
        input: PathSimpleExplodeInput,
    ) -> impl ::std::future::Future<
        Output = PathSimpleExplodeReply,
    > + ::std::marker::Send;
    /// `pathLabel` (GET /path/label/plain/{p}/{a}/{o}).
    fn path_label(
        &self,
        input: PathLabelInput,
    ) -> impl ::std::future::Future<Output = PathLabelReply> + ::std::marker::Send;
    /// `pathLabelExplode` (GET /path/label/explode/{p}/{a}/{o}).
    fn path_label_explode(
        &self,
        input: PathLabelExplodeInput,
    ) -> impl ::std::future::Future<
        Output = PathLabelExplodeReply,
    > + ::std::marker::Send;
    /// `pathMatrix` (GET /path/matrix/plain/{p}/{a}/{o}).
    fn path_matrix(
        &self,
        input: PathMatrixInput,
    ) -> impl ::std::future::Future<Output = PathMatrixReply> + ::std::marker::Send;
    /// `pathMatrixExplode` (GET /path/matrix/explode/{p}/{a}/{o}).
    fn path_matrix_explode(
        &self,
        input: PathMatrixExplodeInput,
    ) -> impl ::std::future::Future<
        Output = PathMatrixExplodeReply,
    > + ::std::marker::Send;
    /// `pathJson` (GET /path/json/{j}).
    fn path_json(
        &self,
        input: PathJsonInput,
    ) -> impl ::std::future::Future<Output = PathJsonReply> + ::std::marker::Send;
    /// `queryForm` (GET /query/form/plain).
    fn query_form(
        &self,
        input: QueryFormInput,
    ) -> impl ::std::future::Future<Output = QueryFormReply> + ::std::marker::Send;
    /// `queryFormExplode` (GET /query/form/explode).
    fn query_form_explode(
        &self,
        input: QueryFormExplodeInput,
    ) -> impl ::std::future::Future<
        Output = QueryFormExplodeReply,
    > + ::std::marker::Send;
    /// `querySpaceDelimited` (GET /query/spaceDelimited/plain).
    fn query_space_delimited(
        &self,
        input: QuerySpaceDelimitedInput,
    ) -> impl ::std::future::Future<
        Output = QuerySpaceDelimitedReply,
    > + ::std::marker::Send;
    /// `queryPipeDelimited` (GET /query/pipeDelimited/plain).
    fn query_pipe_delimited(
        &self,
        input: QueryPipeDelimitedInput,
    ) -> impl ::std::future::Future<
        Output = QueryPipeDelimitedReply,
    > + ::std::marker::Send;
    /// `queryDeepObject` (GET /query/deepObject).
    fn query_deep_object(
        &self,
        input: QueryDeepObjectInput,
    ) -> impl ::std::future::Future<Output = QueryDeepObjectReply> + ::std::marker::Send;
    /// `queryJson` (GET /query/json).
    fn query_json(
        &self,
        input: QueryJsonInput,
    ) -> impl ::std::future::Future<Output = QueryJsonReply> + ::std::marker::Send;
    /// `queryReserved` (GET /query/reserved).
    fn query_reserved(
        &self,
        input: QueryReservedInput,
    ) -> impl ::std::future::Future<Output = QueryReservedReply> + ::std::marker::Send;
    /// `headerSimple` (GET /header/plain).
    fn header_simple(
        &self,
        input: HeaderSimpleInput,
    ) -> impl ::std::future::Future<Output = HeaderSimpleReply> + ::std::marker::Send;
    /// `headerExplode` (GET /header/explode).
    fn header_explode(
        &self,
        input: HeaderExplodeInput,
    ) -> impl ::std::future::Future<Output = HeaderExplodeReply> + ::std::marker::Send;
    /// `headerJson` (GET /header/json).
    fn header_json(
        &self,
        input: HeaderJsonInput,
    ) -> impl ::std::future::Future<Output = HeaderJsonReply> + ::std::marker::Send;
    /// `cookieForm` (GET /cookie/form/plain).
    fn cookie_form(
        &self,
        input: CookieFormInput,
    ) -> impl ::std::future::Future<Output = CookieFormReply> + ::std::marker::Send;
    /// `cookieFormExplode` (GET /cookie/form/explode).
    fn cookie_form_explode(
        &self,
        input: CookieFormExplodeInput,
    ) -> impl ::std::future::Future<
        Output = CookieFormExplodeReply,
    > + ::std::marker::Send;
    /// `cookieCookie` (GET /cookie/cookie/plain).
    fn cookie_cookie(
        &self,
        input: CookieCookieInput,
    ) -> impl ::std::future::Future<Output = CookieCookieReply> + ::std::marker::Send;
    /// `cookieCookieExplode` (GET /cookie/cookie/explode).
    fn cookie_cookie_explode(
        &self,
        input: CookieCookieExplodeInput,
    ) -> impl ::std::future::Future<
        Output = CookieCookieExplodeReply,
    > + ::std::marker::Send;
    /// `cookieJson` (GET /cookie/json).
    fn cookie_json(
        &self,
        input: CookieJsonInput,
    ) -> impl ::std::future::Future<Output = CookieJsonReply> + ::std::marker::Send;
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
            "/path/simple/plain/{p0}/{p1}/{p2}",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::GET,
                handle_path_simple::<A>,
            ),
        )
        .route(
            "/path/simple/explode/{p0}/{p1}/{p2}",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::GET,
                handle_path_simple_explode::<A>,
            ),
        )
        .route(
            "/path/label/plain/{p0}/{p1}/{p2}",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::GET,
                handle_path_label::<A>,
            ),
        )
        .route(
            "/path/label/explode/{p0}/{p1}/{p2}",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::GET,
                handle_path_label_explode::<A>,
            ),
        )
        .route(
            "/path/matrix/plain/{p0}/{p1}/{p2}",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::GET,
                handle_path_matrix::<A>,
            ),
        )
        .route(
            "/path/matrix/explode/{p0}/{p1}/{p2}",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::GET,
                handle_path_matrix_explode::<A>,
            ),
        )
        .route(
            "/path/json/{p0}",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::GET,
                handle_path_json::<A>,
            ),
        )
        .route(
            "/query/form/plain",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::GET,
                handle_query_form::<A>,
            ),
        )
        .route(
            "/query/form/explode",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::GET,
                handle_query_form_explode::<A>,
            ),
        )
        .route(
            "/query/spaceDelimited/plain",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::GET,
                handle_query_space_delimited::<A>,
            ),
        )
        .route(
            "/query/pipeDelimited/plain",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::GET,
                handle_query_pipe_delimited::<A>,
            ),
        )
        .route(
            "/query/deepObject",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::GET,
                handle_query_deep_object::<A>,
            ),
        )
        .route(
            "/query/json",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::GET,
                handle_query_json::<A>,
            ),
        )
        .route(
            "/query/reserved",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::GET,
                handle_query_reserved::<A>,
            ),
        )
        .route(
            "/header/plain",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::GET,
                handle_header_simple::<A>,
            ),
        )
        .route(
            "/header/explode",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::GET,
                handle_header_explode::<A>,
            ),
        )
        .route(
            "/header/json",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::GET,
                handle_header_json::<A>,
            ),
        )
        .route(
            "/cookie/form/plain",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::GET,
                handle_cookie_form::<A>,
            ),
        )
        .route(
            "/cookie/form/explode",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::GET,
                handle_cookie_form_explode::<A>,
            ),
        )
        .route(
            "/cookie/cookie/plain",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::GET,
                handle_cookie_cookie::<A>,
            ),
        )
        .route(
            "/cookie/cookie/explode",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::GET,
                handle_cookie_cookie_explode::<A>,
            ),
        )
        .route(
            "/cookie/json",
            ::axum::routing::on(
                ::axum::routing::MethodFilter::GET,
                handle_cookie_json::<A>,
            ),
        )
        .with_state(::std::sync::Arc::new(rt::Shared { api, config }))
}
/// The input of `pathSimple` (GET /path/simple/plain/{p}/{a}/{o}), checked against the spec.
#[derive(Debug)]
pub struct PathSimpleInput {
    /// Path parameter `p`.
    pub p: ::std::string::String,
    /// Path parameter `a`.
    pub a: ::std::vec::Vec<::std::string::String>,
    /// Path parameter `o`.
    pub o: super::types::Color,
}
impl rt::FromPrepared for PathSimpleInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(PathSimpleInput {
            p: p.take(0usize)?,
            a: p.take(1usize)?,
            o: p.take(2usize)?,
        })
    }
}
/// The documented answers of `pathSimple` (GET /path/simple/plain/{p}/{a}/{o}).
#[derive(Debug)]
pub enum PathSimpleReply {
    /// `200`
    Ok(super::types::Echo),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<PathSimpleReply>, rt::ReplyHeaders),
}
rt::set_headers!(PathSimpleReply);
impl ::axum::response::IntoResponse for PathSimpleReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            PathSimpleReply::Ok(body) => rt::json(200u16, "application/json", &body),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(handle_path_simple, PathSimpleInput, path_simple, 0usize);
/// The input of `pathSimpleExplode` (GET /path/simple/explode/{p}/{a}/{o}), checked against the spec.
#[derive(Debug)]
pub struct PathSimpleExplodeInput {
    /// Path parameter `p`.
    pub p: ::std::string::String,
    /// Path parameter `a`.
    pub a: ::std::vec::Vec<::std::string::String>,
    /// Path parameter `o`.
    pub o: super::types::Color,
}
impl rt::FromPrepared for PathSimpleExplodeInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(PathSimpleExplodeInput {
            p: p.take(0usize)?,
            a: p.take(1usize)?,
            o: p.take(2usize)?,
        })
    }
}
/// The documented answers of `pathSimpleExplode` (GET /path/simple/explode/{p}/{a}/{o}).
#[derive(Debug)]
pub enum PathSimpleExplodeReply {
    /// `200`
    Ok(super::types::Echo),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<PathSimpleExplodeReply>, rt::ReplyHeaders),
}
rt::set_headers!(PathSimpleExplodeReply);
impl ::axum::response::IntoResponse for PathSimpleExplodeReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            PathSimpleExplodeReply::Ok(body) => {
                rt::json(200u16, "application/json", &body)
            }
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(
    handle_path_simple_explode, PathSimpleExplodeInput, path_simple_explode, 1usize
);
/// The input of `pathLabel` (GET /path/label/plain/{p}/{a}/{o}), checked against the spec.
#[derive(Debug)]
pub struct PathLabelInput {
    /// Path parameter `p`.
    pub p: ::std::string::String,
    /// Path parameter `a`.
    pub a: ::std::vec::Vec<::std::string::String>,
    /// Path parameter `o`.
    pub o: super::types::Color,
}
impl rt::FromPrepared for PathLabelInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(PathLabelInput {
            p: p.take(0usize)?,
            a: p.take(1usize)?,
            o: p.take(2usize)?,
        })
    }
}
/// The documented answers of `pathLabel` (GET /path/label/plain/{p}/{a}/{o}).
#[derive(Debug)]
pub enum PathLabelReply {
    /// `200`
    Ok(super::types::Echo),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<PathLabelReply>, rt::ReplyHeaders),
}
rt::set_headers!(PathLabelReply);
impl ::axum::response::IntoResponse for PathLabelReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            PathLabelReply::Ok(body) => rt::json(200u16, "application/json", &body),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(handle_path_label, PathLabelInput, path_label, 2usize);
/// The input of `pathLabelExplode` (GET /path/label/explode/{p}/{a}/{o}), checked against the spec.
#[derive(Debug)]
pub struct PathLabelExplodeInput {
    /// Path parameter `p`.
    pub p: ::std::string::String,
    /// Path parameter `a`.
    pub a: ::std::vec::Vec<::std::string::String>,
    /// Path parameter `o`.
    pub o: super::types::Color,
}
impl rt::FromPrepared for PathLabelExplodeInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(PathLabelExplodeInput {
            p: p.take(0usize)?,
            a: p.take(1usize)?,
            o: p.take(2usize)?,
        })
    }
}
/// The documented answers of `pathLabelExplode` (GET /path/label/explode/{p}/{a}/{o}).
#[derive(Debug)]
pub enum PathLabelExplodeReply {
    /// `200`
    Ok(super::types::Echo),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<PathLabelExplodeReply>, rt::ReplyHeaders),
}
rt::set_headers!(PathLabelExplodeReply);
impl ::axum::response::IntoResponse for PathLabelExplodeReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            PathLabelExplodeReply::Ok(body) => {
                rt::json(200u16, "application/json", &body)
            }
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(
    handle_path_label_explode, PathLabelExplodeInput, path_label_explode, 3usize
);
/// The input of `pathMatrix` (GET /path/matrix/plain/{p}/{a}/{o}), checked against the spec.
#[derive(Debug)]
pub struct PathMatrixInput {
    /// Path parameter `p`.
    pub p: ::std::string::String,
    /// Path parameter `a`.
    pub a: ::std::vec::Vec<::std::string::String>,
    /// Path parameter `o`.
    pub o: super::types::Color,
}
impl rt::FromPrepared for PathMatrixInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(PathMatrixInput {
            p: p.take(0usize)?,
            a: p.take(1usize)?,
            o: p.take(2usize)?,
        })
    }
}
/// The documented answers of `pathMatrix` (GET /path/matrix/plain/{p}/{a}/{o}).
#[derive(Debug)]
pub enum PathMatrixReply {
    /// `200`
    Ok(super::types::Echo),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<PathMatrixReply>, rt::ReplyHeaders),
}
rt::set_headers!(PathMatrixReply);
impl ::axum::response::IntoResponse for PathMatrixReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            PathMatrixReply::Ok(body) => rt::json(200u16, "application/json", &body),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(handle_path_matrix, PathMatrixInput, path_matrix, 4usize);
/// The input of `pathMatrixExplode` (GET /path/matrix/explode/{p}/{a}/{o}), checked against the spec.
#[derive(Debug)]
pub struct PathMatrixExplodeInput {
    /// Path parameter `p`.
    pub p: ::std::string::String,
    /// Path parameter `a`.
    pub a: ::std::vec::Vec<::std::string::String>,
    /// Path parameter `o`.
    pub o: super::types::Color,
}
impl rt::FromPrepared for PathMatrixExplodeInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(PathMatrixExplodeInput {
            p: p.take(0usize)?,
            a: p.take(1usize)?,
            o: p.take(2usize)?,
        })
    }
}
/// The documented answers of `pathMatrixExplode` (GET /path/matrix/explode/{p}/{a}/{o}).
#[derive(Debug)]
pub enum PathMatrixExplodeReply {
    /// `200`
    Ok(super::types::Echo),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<PathMatrixExplodeReply>, rt::ReplyHeaders),
}
rt::set_headers!(PathMatrixExplodeReply);
impl ::axum::response::IntoResponse for PathMatrixExplodeReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            PathMatrixExplodeReply::Ok(body) => {
                rt::json(200u16, "application/json", &body)
            }
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(
    handle_path_matrix_explode, PathMatrixExplodeInput, path_matrix_explode, 5usize
);
/// The input of `pathJson` (GET /path/json/{j}), checked against the spec.
#[derive(Debug)]
pub struct PathJsonInput {
    /// Path parameter `j`.
    pub j: super::types::Color,
}
impl rt::FromPrepared for PathJsonInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(PathJsonInput {
            j: p.take(0usize)?,
        })
    }
}
/// The documented answers of `pathJson` (GET /path/json/{j}).
#[derive(Debug)]
pub enum PathJsonReply {
    /// `200`
    Ok(super::types::Echo),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<PathJsonReply>, rt::ReplyHeaders),
}
rt::set_headers!(PathJsonReply);
impl ::axum::response::IntoResponse for PathJsonReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            PathJsonReply::Ok(body) => rt::json(200u16, "application/json", &body),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(handle_path_json, PathJsonInput, path_json, 6usize);
/// The input of `queryForm` (GET /query/form/plain), checked against the spec.
#[derive(Debug)]
pub struct QueryFormInput {
    /// `p` (query).
    pub p: ::std::string::String,
    /// `a` (query).
    pub a: ::std::vec::Vec<::std::string::String>,
    /// `o` (query).
    pub o: super::types::Color,
}
impl rt::FromPrepared for QueryFormInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(QueryFormInput {
            p: p.take(0usize)?,
            a: p.take(1usize)?,
            o: p.take(2usize)?,
        })
    }
}
/// The documented answers of `queryForm` (GET /query/form/plain).
#[derive(Debug)]
pub enum QueryFormReply {
    /// `200`
    Ok(super::types::Echo),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<QueryFormReply>, rt::ReplyHeaders),
}
rt::set_headers!(QueryFormReply);
impl ::axum::response::IntoResponse for QueryFormReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            QueryFormReply::Ok(body) => rt::json(200u16, "application/json", &body),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(handle_query_form, QueryFormInput, query_form, 7usize);
/// The input of `queryFormExplode` (GET /query/form/explode), checked against the spec.
#[derive(Debug)]
pub struct QueryFormExplodeInput {
    /// `p` (query).
    pub p: ::std::string::String,
    /// `a` (query).
    pub a: ::std::vec::Vec<::std::string::String>,
    /// `o` (query).
    pub o: super::types::Color,
}
impl rt::FromPrepared for QueryFormExplodeInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(QueryFormExplodeInput {
            p: p.take(0usize)?,
            a: p.take(1usize)?,
            o: p.take(2usize)?,
        })
    }
}
/// The documented answers of `queryFormExplode` (GET /query/form/explode).
#[derive(Debug)]
pub enum QueryFormExplodeReply {
    /// `200`
    Ok(super::types::Echo),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<QueryFormExplodeReply>, rt::ReplyHeaders),
}
rt::set_headers!(QueryFormExplodeReply);
impl ::axum::response::IntoResponse for QueryFormExplodeReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            QueryFormExplodeReply::Ok(body) => {
                rt::json(200u16, "application/json", &body)
            }
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(
    handle_query_form_explode, QueryFormExplodeInput, query_form_explode, 8usize
);
/// The input of `querySpaceDelimited` (GET /query/spaceDelimited/plain), checked against the spec.
#[derive(Debug)]
pub struct QuerySpaceDelimitedInput {
    /// `a` (query).
    pub a: ::std::vec::Vec<::std::string::String>,
    /// `o` (query).
    pub o: super::types::Color,
}
impl rt::FromPrepared for QuerySpaceDelimitedInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(QuerySpaceDelimitedInput {
            a: p.take(0usize)?,
            o: p.take(1usize)?,
        })
    }
}
/// The documented answers of `querySpaceDelimited` (GET /query/spaceDelimited/plain).
#[derive(Debug)]
pub enum QuerySpaceDelimitedReply {
    /// `200`
    Ok(super::types::Echo),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<QuerySpaceDelimitedReply>, rt::ReplyHeaders),
}
rt::set_headers!(QuerySpaceDelimitedReply);
impl ::axum::response::IntoResponse for QuerySpaceDelimitedReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            QuerySpaceDelimitedReply::Ok(body) => {
                rt::json(200u16, "application/json", &body)
            }
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(
    handle_query_space_delimited, QuerySpaceDelimitedInput, query_space_delimited, 9usize
);
/// The input of `queryPipeDelimited` (GET /query/pipeDelimited/plain), checked against the spec.
#[derive(Debug)]
pub struct QueryPipeDelimitedInput {
    /// `a` (query).
    pub a: ::std::vec::Vec<::std::string::String>,
    /// `o` (query).
    pub o: super::types::Color,
}
impl rt::FromPrepared for QueryPipeDelimitedInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(QueryPipeDelimitedInput {
            a: p.take(0usize)?,
            o: p.take(1usize)?,
        })
    }
}
/// The documented answers of `queryPipeDelimited` (GET /query/pipeDelimited/plain).
#[derive(Debug)]
pub enum QueryPipeDelimitedReply {
    /// `200`
    Ok(super::types::Echo),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<QueryPipeDelimitedReply>, rt::ReplyHeaders),
}
rt::set_headers!(QueryPipeDelimitedReply);
impl ::axum::response::IntoResponse for QueryPipeDelimitedReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            QueryPipeDelimitedReply::Ok(body) => {
                rt::json(200u16, "application/json", &body)
            }
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(
    handle_query_pipe_delimited, QueryPipeDelimitedInput, query_pipe_delimited, 10usize
);
/// The input of `queryDeepObject` (GET /query/deepObject), checked against the spec.
#[derive(Debug)]
pub struct QueryDeepObjectInput {
    /// `o` (query).
    pub o: super::types::Color,
}
impl rt::FromPrepared for QueryDeepObjectInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(QueryDeepObjectInput {
            o: p.take(0usize)?,
        })
    }
}
/// The documented answers of `queryDeepObject` (GET /query/deepObject).
#[derive(Debug)]
pub enum QueryDeepObjectReply {
    /// `200`
    Ok(super::types::Echo),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<QueryDeepObjectReply>, rt::ReplyHeaders),
}
rt::set_headers!(QueryDeepObjectReply);
impl ::axum::response::IntoResponse for QueryDeepObjectReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            QueryDeepObjectReply::Ok(body) => rt::json(200u16, "application/json", &body),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(handle_query_deep_object, QueryDeepObjectInput, query_deep_object, 11usize);
/// The input of `queryJson` (GET /query/json), checked against the spec.
#[derive(Debug)]
pub struct QueryJsonInput {
    /// `j` (query).
    pub j: super::types::Color,
}
impl rt::FromPrepared for QueryJsonInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(QueryJsonInput {
            j: p.take(0usize)?,
        })
    }
}
/// The documented answers of `queryJson` (GET /query/json).
#[derive(Debug)]
pub enum QueryJsonReply {
    /// `200`
    Ok(super::types::Echo),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<QueryJsonReply>, rt::ReplyHeaders),
}
rt::set_headers!(QueryJsonReply);
impl ::axum::response::IntoResponse for QueryJsonReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            QueryJsonReply::Ok(body) => rt::json(200u16, "application/json", &body),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(handle_query_json, QueryJsonInput, query_json, 12usize);
/// The input of `queryReserved` (GET /query/reserved), checked against the spec.
#[derive(Debug)]
pub struct QueryReservedInput {
    /// `p` (query).
    pub p: ::std::string::String,
    /// `a` (query).
    pub a: ::std::vec::Vec<::std::string::String>,
}
impl rt::FromPrepared for QueryReservedInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(QueryReservedInput {
            p: p.take(0usize)?,
            a: p.take(1usize)?,
        })
    }
}
/// The documented answers of `queryReserved` (GET /query/reserved).
#[derive(Debug)]
pub enum QueryReservedReply {
    /// `200`
    Ok(super::types::Echo),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<QueryReservedReply>, rt::ReplyHeaders),
}
rt::set_headers!(QueryReservedReply);
impl ::axum::response::IntoResponse for QueryReservedReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            QueryReservedReply::Ok(body) => rt::json(200u16, "application/json", &body),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(handle_query_reserved, QueryReservedInput, query_reserved, 13usize);
/// The input of `headerSimple` (GET /header/plain), checked against the spec.
#[derive(Debug)]
pub struct HeaderSimpleInput {
    /// `x-p` (header).
    pub x_p: ::std::string::String,
    /// `x-a` (header).
    pub x_a: ::std::vec::Vec<::std::string::String>,
    /// `x-o` (header).
    pub x_o: super::types::Color,
}
impl rt::FromPrepared for HeaderSimpleInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(HeaderSimpleInput {
            x_p: p.take(0usize)?,
            x_a: p.take(1usize)?,
            x_o: p.take(2usize)?,
        })
    }
}
/// The documented answers of `headerSimple` (GET /header/plain).
#[derive(Debug)]
pub enum HeaderSimpleReply {
    /// `200`
    Ok(super::types::Echo),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<HeaderSimpleReply>, rt::ReplyHeaders),
}
rt::set_headers!(HeaderSimpleReply);
impl ::axum::response::IntoResponse for HeaderSimpleReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            HeaderSimpleReply::Ok(body) => rt::json(200u16, "application/json", &body),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(handle_header_simple, HeaderSimpleInput, header_simple, 14usize);
/// The input of `headerExplode` (GET /header/explode), checked against the spec.
#[derive(Debug)]
pub struct HeaderExplodeInput {
    /// `x-p` (header).
    pub x_p: ::std::string::String,
    /// `x-a` (header).
    pub x_a: ::std::vec::Vec<::std::string::String>,
    /// `x-o` (header).
    pub x_o: super::types::Color,
}
impl rt::FromPrepared for HeaderExplodeInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(HeaderExplodeInput {
            x_p: p.take(0usize)?,
            x_a: p.take(1usize)?,
            x_o: p.take(2usize)?,
        })
    }
}
/// The documented answers of `headerExplode` (GET /header/explode).
#[derive(Debug)]
pub enum HeaderExplodeReply {
    /// `200`
    Ok(super::types::Echo),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<HeaderExplodeReply>, rt::ReplyHeaders),
}
rt::set_headers!(HeaderExplodeReply);
impl ::axum::response::IntoResponse for HeaderExplodeReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            HeaderExplodeReply::Ok(body) => rt::json(200u16, "application/json", &body),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(handle_header_explode, HeaderExplodeInput, header_explode, 15usize);
/// The input of `headerJson` (GET /header/json), checked against the spec.
#[derive(Debug)]
pub struct HeaderJsonInput {
    /// `x-j` (header).
    pub x_j: super::types::Color,
}
impl rt::FromPrepared for HeaderJsonInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(HeaderJsonInput {
            x_j: p.take(0usize)?,
        })
    }
}
/// The documented answers of `headerJson` (GET /header/json).
#[derive(Debug)]
pub enum HeaderJsonReply {
    /// `200`
    Ok(super::types::Echo),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<HeaderJsonReply>, rt::ReplyHeaders),
}
rt::set_headers!(HeaderJsonReply);
impl ::axum::response::IntoResponse for HeaderJsonReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            HeaderJsonReply::Ok(body) => rt::json(200u16, "application/json", &body),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(handle_header_json, HeaderJsonInput, header_json, 16usize);
/// The input of `cookieForm` (GET /cookie/form/plain), checked against the spec.
#[derive(Debug)]
pub struct CookieFormInput {
    /// `p` (cookie).
    pub p: ::std::string::String,
    /// `a` (cookie).
    pub a: ::std::vec::Vec<::std::string::String>,
    /// `o` (cookie).
    pub o: super::types::Color,
}
impl rt::FromPrepared for CookieFormInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(CookieFormInput {
            p: p.take(0usize)?,
            a: p.take(1usize)?,
            o: p.take(2usize)?,
        })
    }
}
/// The documented answers of `cookieForm` (GET /cookie/form/plain).
#[derive(Debug)]
pub enum CookieFormReply {
    /// `200`
    Ok(super::types::Echo),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<CookieFormReply>, rt::ReplyHeaders),
}
rt::set_headers!(CookieFormReply);
impl ::axum::response::IntoResponse for CookieFormReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            CookieFormReply::Ok(body) => rt::json(200u16, "application/json", &body),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(handle_cookie_form, CookieFormInput, cookie_form, 17usize);
/// The input of `cookieFormExplode` (GET /cookie/form/explode), checked against the spec.
#[derive(Debug)]
pub struct CookieFormExplodeInput {
    /// `p` (cookie).
    pub p: ::std::string::String,
    /// `a` (cookie).
    pub a: ::std::vec::Vec<::std::string::String>,
    /// `o` (cookie).
    pub o: super::types::Color,
}
impl rt::FromPrepared for CookieFormExplodeInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(CookieFormExplodeInput {
            p: p.take(0usize)?,
            a: p.take(1usize)?,
            o: p.take(2usize)?,
        })
    }
}
/// The documented answers of `cookieFormExplode` (GET /cookie/form/explode).
#[derive(Debug)]
pub enum CookieFormExplodeReply {
    /// `200`
    Ok(super::types::Echo),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<CookieFormExplodeReply>, rt::ReplyHeaders),
}
rt::set_headers!(CookieFormExplodeReply);
impl ::axum::response::IntoResponse for CookieFormExplodeReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            CookieFormExplodeReply::Ok(body) => {
                rt::json(200u16, "application/json", &body)
            }
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(
    handle_cookie_form_explode, CookieFormExplodeInput, cookie_form_explode, 18usize
);
/// The input of `cookieCookie` (GET /cookie/cookie/plain), checked against the spec.
#[derive(Debug)]
pub struct CookieCookieInput {
    /// `p` (cookie).
    pub p: ::std::string::String,
    /// `a` (cookie).
    pub a: ::std::vec::Vec<::std::string::String>,
    /// `o` (cookie).
    pub o: super::types::Color,
}
impl rt::FromPrepared for CookieCookieInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(CookieCookieInput {
            p: p.take(0usize)?,
            a: p.take(1usize)?,
            o: p.take(2usize)?,
        })
    }
}
/// The documented answers of `cookieCookie` (GET /cookie/cookie/plain).
#[derive(Debug)]
pub enum CookieCookieReply {
    /// `200`
    Ok(super::types::Echo),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<CookieCookieReply>, rt::ReplyHeaders),
}
rt::set_headers!(CookieCookieReply);
impl ::axum::response::IntoResponse for CookieCookieReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            CookieCookieReply::Ok(body) => rt::json(200u16, "application/json", &body),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(handle_cookie_cookie, CookieCookieInput, cookie_cookie, 19usize);
/// The input of `cookieCookieExplode` (GET /cookie/cookie/explode), checked against the spec.
#[derive(Debug)]
pub struct CookieCookieExplodeInput {
    /// `p` (cookie).
    pub p: ::std::string::String,
    /// `a` (cookie).
    pub a: ::std::vec::Vec<::std::string::String>,
    /// `o` (cookie).
    pub o: super::types::Color,
}
impl rt::FromPrepared for CookieCookieExplodeInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(CookieCookieExplodeInput {
            p: p.take(0usize)?,
            a: p.take(1usize)?,
            o: p.take(2usize)?,
        })
    }
}
/// The documented answers of `cookieCookieExplode` (GET /cookie/cookie/explode).
#[derive(Debug)]
pub enum CookieCookieExplodeReply {
    /// `200`
    Ok(super::types::Echo),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<CookieCookieExplodeReply>, rt::ReplyHeaders),
}
rt::set_headers!(CookieCookieExplodeReply);
impl ::axum::response::IntoResponse for CookieCookieExplodeReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            CookieCookieExplodeReply::Ok(body) => {
                rt::json(200u16, "application/json", &body)
            }
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(
    handle_cookie_cookie_explode, CookieCookieExplodeInput, cookie_cookie_explode,
    20usize
);
/// The input of `cookieJson` (GET /cookie/json), checked against the spec.
#[derive(Debug)]
pub struct CookieJsonInput {
    /// `j` (cookie).
    pub j: super::types::Color,
}
impl rt::FromPrepared for CookieJsonInput {
    fn from_prepared(
        p: &mut rt::Prepared,
    ) -> ::std::result::Result<Self, rt::Rejection> {
        ::std::result::Result::Ok(CookieJsonInput {
            j: p.take(0usize)?,
        })
    }
}
/// The documented answers of `cookieJson` (GET /cookie/json).
#[derive(Debug)]
pub enum CookieJsonReply {
    /// `200`
    Ok(super::types::Echo),
    /// An answer with headers set on top of its own (see [`SetHeaders`]).
    WithHeaders(::std::boxed::Box<CookieJsonReply>, rt::ReplyHeaders),
}
rt::set_headers!(CookieJsonReply);
impl ::axum::response::IntoResponse for CookieJsonReply {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            CookieJsonReply::Ok(body) => rt::json(200u16, "application/json", &body),
            Self::WithHeaders(a, h) => h.apply(a.into_response()),
        }
    }
}
rt::handler!(handle_cookie_json, CookieJsonInput, cookie_json, 21usize);
/// Rules 0 to 3.
const RULES_0: [R<'static>; 4] = [
    R::of(&[K::Type(ty::STRING)]),
    R::of(&[K::Type(ty::ARRAY), K::Items(0)]),
    R::of(
        &[
            K::Type(ty::OBJECT),
            K::Required(
                &[("R", A::ReadWrite), ("G", A::ReadWrite), ("B", A::ReadWrite)],
            ),
            K::Properties(&[("R", 3), ("G", 0), ("B", 0)]),
        ],
    ),
    R::of(&[K::Type(ty::INTEGER)]),
];
/// How the spec's security schemes carry their credentials.
const SCHEMES: &[(&str, super::runtime::Scheme)] = &[];
/// The spec's patterns, compiled on first use.
static PATTERNS: v::Patterns<'static> = v::Patterns::new(&[]);
/// The request schemas as validation rules; they refer to each other by index.
static RULES: v::Rules<'static> = v::Rules {
    rules: &v::concat::<4>(&[&RULES_0]),
    patterns: &PATTERNS,
    resources: &[],
};
/// An error body of the API: its schema filled in, the message's place marked.
const SHAPE_0: rt::ErrorShape = rt::ErrorShape {
    content_type: "application/json",
    template: "{\"message\":\"\"}",
    message: ::std::option::Option::Some("/message"),
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
        id: "pathSimple",
        route: "/path/simple/plain/{p0}/{p1}/{p2}",
        security: &[],
        params: &[
            rt::Param::path("p0", "p", rt::Style::Simple, false, Some(0)),
            rt::Param::path("p1", "a", rt::Style::Simple, false, Some(1)),
            rt::Param::path("p2", "o", rt::Style::Simple, false, Some(2)),
        ],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "pathSimpleExplode",
        route: "/path/simple/explode/{p0}/{p1}/{p2}",
        security: &[],
        params: &[
            rt::Param::path("p0", "p", rt::Style::Simple, true, Some(0)),
            rt::Param::path("p1", "a", rt::Style::Simple, true, Some(1)),
            rt::Param::path("p2", "o", rt::Style::Simple, true, Some(2)),
        ],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "pathLabel",
        route: "/path/label/plain/{p0}/{p1}/{p2}",
        security: &[],
        params: &[
            rt::Param::path("p0", "p", rt::Style::Label, false, Some(0)),
            rt::Param::path("p1", "a", rt::Style::Label, false, Some(1)),
            rt::Param::path("p2", "o", rt::Style::Label, false, Some(2)),
        ],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "pathLabelExplode",
        route: "/path/label/explode/{p0}/{p1}/{p2}",
        security: &[],
        params: &[
            rt::Param::path("p0", "p", rt::Style::Label, true, Some(0)),
            rt::Param::path("p1", "a", rt::Style::Label, true, Some(1)),
            rt::Param::path("p2", "o", rt::Style::Label, true, Some(2)),
        ],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "pathMatrix",
        route: "/path/matrix/plain/{p0}/{p1}/{p2}",
        security: &[],
        params: &[
            rt::Param::path("p0", "p", rt::Style::Matrix, false, Some(0)),
            rt::Param::path("p1", "a", rt::Style::Matrix, false, Some(1)),
            rt::Param::path("p2", "o", rt::Style::Matrix, false, Some(2)),
        ],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "pathMatrixExplode",
        route: "/path/matrix/explode/{p0}/{p1}/{p2}",
        security: &[],
        params: &[
            rt::Param::path("p0", "p", rt::Style::Matrix, true, Some(0)),
            rt::Param::path("p1", "a", rt::Style::Matrix, true, Some(1)),
            rt::Param::path("p2", "o", rt::Style::Matrix, true, Some(2)),
        ],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "pathJson",
        route: "/path/json/{p0}",
        security: &[],
        params: &[rt::Param::path("p0", "j", rt::Style::Json, false, Some(2))],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "queryForm",
        route: "/query/form/plain",
        security: &[],
        params: &[
            rt::Param::query("p", rt::Style::Form, false, true, Some(0)),
            rt::Param::query("a", rt::Style::Form, false, true, Some(1)),
            rt::Param::query("o", rt::Style::Form, false, true, Some(2)),
        ],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "queryFormExplode",
        route: "/query/form/explode",
        security: &[],
        params: &[
            rt::Param::query("p", rt::Style::Form, true, true, Some(0)),
            rt::Param::query("a", rt::Style::Form, true, true, Some(1)),
            rt::Param::query("o", rt::Style::Form, true, true, Some(2)),
        ],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "querySpaceDelimited",
        route: "/query/spaceDelimited/plain",
        security: &[],
        params: &[
            rt::Param::query("a", rt::Style::SpaceDelimited, false, true, Some(1)),
            rt::Param::query("o", rt::Style::SpaceDelimited, false, true, Some(2)),
        ],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "queryPipeDelimited",
        route: "/query/pipeDelimited/plain",
        security: &[],
        params: &[
            rt::Param::query("a", rt::Style::PipeDelimited, false, true, Some(1)),
            rt::Param::query("o", rt::Style::PipeDelimited, false, true, Some(2)),
        ],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "queryDeepObject",
        route: "/query/deepObject",
        security: &[],
        params: &[rt::Param::query("o", rt::Style::DeepObject, true, true, Some(2))],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "queryJson",
        route: "/query/json",
        security: &[],
        params: &[rt::Param::query("j", rt::Style::Json, true, true, Some(2))],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "queryReserved",
        route: "/query/reserved",
        security: &[],
        params: &[
            rt::Param::query("p", rt::Style::Form, true, true, Some(0)),
            rt::Param::query("a", rt::Style::Form, false, true, Some(1)),
        ],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "headerSimple",
        route: "/header/plain",
        security: &[],
        params: &[
            rt::Param::header("x-p", rt::Style::Simple, false, true, Some(0)),
            rt::Param::header("x-a", rt::Style::Simple, false, true, Some(1)),
            rt::Param::header("x-o", rt::Style::Simple, false, true, Some(2)),
        ],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "headerExplode",
        route: "/header/explode",
        security: &[],
        params: &[
            rt::Param::header("x-p", rt::Style::Simple, true, true, Some(0)),
            rt::Param::header("x-a", rt::Style::Simple, true, true, Some(1)),
            rt::Param::header("x-o", rt::Style::Simple, true, true, Some(2)),
        ],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "headerJson",
        route: "/header/json",
        security: &[],
        params: &[rt::Param::header("x-j", rt::Style::Json, false, true, Some(2))],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "cookieForm",
        route: "/cookie/form/plain",
        security: &[],
        params: &[
            rt::Param::cookie("p", rt::Style::Form, false, true, Some(0)),
            rt::Param::cookie("a", rt::Style::Form, false, true, Some(1)),
            rt::Param::cookie("o", rt::Style::Form, false, true, Some(2)),
        ],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "cookieFormExplode",
        route: "/cookie/form/explode",
        security: &[],
        params: &[
            rt::Param::cookie("p", rt::Style::Form, true, true, Some(0)),
            rt::Param::cookie("a", rt::Style::Form, true, true, Some(1)),
            rt::Param::cookie("o", rt::Style::Form, true, true, Some(2)),
        ],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "cookieCookie",
        route: "/cookie/cookie/plain",
        security: &[],
        params: &[
            rt::Param::cookie("p", rt::Style::Cookie, false, true, Some(0)),
            rt::Param::cookie("a", rt::Style::Cookie, false, true, Some(1)),
            rt::Param::cookie("o", rt::Style::Cookie, false, true, Some(2)),
        ],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "cookieCookieExplode",
        route: "/cookie/cookie/explode",
        security: &[],
        params: &[
            rt::Param::cookie("p", rt::Style::Cookie, true, true, Some(0)),
            rt::Param::cookie("a", rt::Style::Cookie, true, true, Some(1)),
            rt::Param::cookie("o", rt::Style::Cookie, true, true, Some(2)),
        ],
        body: None,
        errors: &[],
    },
    rt::Operation {
        id: "cookieJson",
        route: "/cookie/json",
        security: &[],
        params: &[rt::Param::cookie("j", rt::Style::Json, true, true, Some(2))],
        body: None,
        errors: &[],
    },
];
