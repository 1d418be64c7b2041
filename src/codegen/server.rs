//! The `server` module: an axum router that enforces the spec in front of a trait the user
//! implements.
//!
//! Per operation: an `{Op}Input` struct (parameters, body, credentials), an `{Op}Reply` enum
//! (one variant per documented status) and one trait method. The router checks each request
//! before the method runs: credentials present, parameters and body valid against the spec's
//! schemas (through a static rule table, see `runtime::validate`), body size bounded. What it
//! rejects is answered in the API's own error shape. Operation metadata is static data handed
//! to `runtime::server`, so the generated code per operation stays small.

use super::naming::{Names, upper_camel};
use super::plan::{BodyKind, OpShape, Param, PathPiece};
use super::types::{docs, ident, render_ref};
use super::typespace::TypeSpace;
use crate::diag::Diagnostic;
use crate::ingest::codes;
use crate::model::{
    ApiModel, JsonType, Operation, ParamLocation, SchemaId, Semantic, TimestampFormat,
};
use indexmap::IndexMap;
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use std::collections::BTreeMap;

/// The module's text and what could not be generated as the spec says.
pub struct ServerModule {
    /// The module, laid out. Items are rendered as they are made, so a large API's tokens
    /// and syntax tree never exist all at once.
    pub text: String,
    /// Warnings: patterns the server cannot check, operations it cannot route.
    pub warnings: Vec<Diagnostic>,
}

/// Builds the `server` module for `shapes`.
pub fn server_module(
    m: &ApiModel,
    space: &TypeSpace<'_>,
    shapes: &[OpShape],
) -> Result<ServerModule, Diagnostic> {
    let ty = |t| render_ref(space, t, true);
    let chunk = |tokens: TokenStream| super::render(tokens, "server.rs");
    let mut warnings = Vec::new();
    let mut rules = RuleTable::new(m);
    let mut names = Names::default();
    names.claim("Api");
    let mut fns = Names::default();
    for f in ["router", "router_with"] {
        fns.claim(f);
    }
    let mut methods = Names::default();
    for s in shapes {
        methods.claim(&s.method);
    }
    let reject = ident(&methods.claim("reject"));
    let authorize = ident(&methods.claim("authorize"));

    // Every rule an operation refers to is planned and the table minimised before any index
    // is written out: rules that check alike become one (decision 023).
    for s in shapes {
        for p in declared(s) {
            rules.reference(p.schema);
        }
        if let Some(b) = &s.body {
            rules.reference(b.schema.filter(|_| structured(&b.kind)));
        }
    }
    rules.table.minimize();

    let routable = routable(m, shapes, &mut warnings);
    let mut error_shapes = Shapes::new(m);
    let mut ops = Vec::new();
    let mut items = Vec::new();
    let mut trait_methods = Vec::new();
    // Route → method → the handlers (several when they differ by a segment's suffix).
    type Handlers = Vec<(Option<(String, usize)>, proc_macro2::Ident)>;
    let mut routes: IndexMap<String, IndexMap<String, Handlers>> = IndexMap::new();
    for (i, s) in shapes.iter().enumerate() {
        let op = &m.operations[s.index];
        let op_type = upper_camel(&op.name);
        let input = ident(&names.claim(&format!("{op_type}Input")));
        let reply = ident(&names.claim(&format!("{op_type}Reply")));
        let handler = ident(&fns.claim(&format!("handle_{}", s.method)));
        let method = ident(&s.method);
        let described = super::plan::describe(op);

        for p in declared(s) {
            if let (_, Some(why)) = p.wire_style() {
                warnings.push(
                    codes::UNMODELLED
                        .diag(why)
                        .at(p.loc.unwrap_or(op.loc), "this parameter"),
                );
            }
        }
        // Parameters in index order: path, required, optional.
        let mut params = Vec::new();
        let mut fields = Vec::new();
        let mut takes = Vec::new();
        for (n, p) in s.path_params.iter().enumerate() {
            let key = format!("p{n}");
            let suffix = routable[i]
                .as_ref()
                .and_then(|r| r.suffix.as_ref())
                .filter(|(at, _, _)| *at == n)
                .map(|(_, t, _)| t.as_str());
            let location = match suffix {
                Some(t) => Place::Other(quote!(rt::Location::PathSuffixed(#key, #t))),
                None => Place::Path(&key),
            };
            params.push(param_meta(&mut rules, p, location));
            let (f, t) = (ident(&p.name), ty(p.ty));
            let doc = format!(" Path parameter `{}`.", p.wire);
            fields.push(quote! { #[doc = #doc] pub #f: #t, });
            let idx = params.len() - 1;
            takes.push(quote! { #f: p.take(#idx)?, });
        }
        for p in &s.required {
            params.push(param_meta(&mut rules, p, location(p)));
            let (f, t) = (ident(&p.name), ty(p.ty));
            let doc = format!(" `{}` ({}).", p.wire, p.location.as_str());
            fields.push(quote! { #[doc = #doc] pub #f: #t, });
            let idx = params.len() - 1;
            takes.push(quote! { #f: p.take(#idx)?, });
        }
        if let Some((struct_id, optional)) = &s.optional {
            let struct_name = ty(*struct_id);
            let mut sets = Vec::new();
            for p in optional {
                params.push(param_meta(&mut rules, p, location(p)));
                let f = ident(&p.name);
                let idx = params.len() - 1;
                sets.push(quote! { #f: p.take_opt(#idx)?, });
            }
            fields.push(quote! {
                /// The optional parameters that were sent.
                pub params: #struct_name,
            });
            takes.push(quote! { params: #struct_name { #(#sets)* }, });
        }
        let body_meta = match &s.body {
            Some(b) => {
                let body_ty = ty(b.ty);
                let (media, ty, take) = match &b.kind {
                    BodyKind::Json(_) => (quote!(Json), body_ty, quote!(body)),
                    BodyKind::Form => (quote!(Form), body_ty, quote!(body)),
                    BodyKind::Text(_) => (quote!(Text), body_ty, quote!(text)),
                    BodyKind::Bytes(_) => (quote!(Bytes), body_ty, quote!(bytes)),
                    // The server hands over a form as it came (a typed form is the client's).
                    BodyKind::Multipart => (
                        quote!(Multipart),
                        quote!(super::runtime::RawBody),
                        quote!(raw),
                    ),
                };
                let structured = structured(&b.kind);
                let rule = rules.reference(b.schema.filter(|_| structured));
                let (field_ty, take) = match (structured, b.required) {
                    (true, true) => (ty, quote!(p.body()?)),
                    (true, false) => (quote!(::std::option::Option<#ty>), quote!(p.body_opt()?)),
                    (false, _) => (ty, quote!(p.#take())),
                };
                fields.push(quote! {
                    /// The request body.
                    pub body: #field_ty,
                });
                takes.push(quote! { body: #take, });
                let required = b.required;
                quote!(Some(rt::Body::new(rt::Media::#media, #required, #rule)))
            }
            None => quote!(None),
        };
        let alternatives = super::plan::security(m, op);
        if !alternatives.is_empty() {
            fields.push(quote! {
                /// The credentials the request came with (present; checking them is the
                /// implementation's job).
                pub credentials: rt::Credentials,
            });
            takes.push(quote! { credentials: p.credentials(), });
        }
        let security = alternatives.iter().map(|alt| quote! { &[#(#alt),*] });
        let errors = error_entries(m, op, &mut error_shapes);
        let id = op.name.as_str();
        let route = routable[i].as_ref().map_or("", |r| r.path.as_str());
        ops.push(quote! {
            rt::Operation {
                id: #id,
                route: #route,
                security: &[#(#security),*],
                params: &[#(#params),*],
                body: #body_meta,
                errors: &[#(#errors),*],
            }
        });

        let input_doc = format!(" The input of {described}, checked against the spec.");
        // An input with nothing to take does not name the prepared request.
        let p_arg = if takes.is_empty() {
            quote!(_)
        } else {
            quote!(p)
        };
        items.push(chunk(quote! {
            #[doc = #input_doc]
            #[derive(Debug)]
            pub struct #input { #(#fields)* }
            impl rt::FromPrepared for #input {
                fn from_prepared(
                    #p_arg: &mut rt::Prepared,
                ) -> ::std::result::Result<Self, rt::Rejection> {
                    ::std::result::Result::Ok(#input { #(#takes)* })
                }
            }
        })?);
        items.push(chunk(reply_enum(space, &reply, &described, s))?);

        let mut doc_text = op.summary.clone().unwrap_or_default();
        if !doc_text.is_empty() {
            doc_text.push_str("\n\n");
        }
        doc_text.push_str(&format!("{described}."));
        if routable[i].is_none() {
            doc_text.push_str(
                "\n\nNot routed: axum cannot route this path beside the others (warning SF022); \
                 serve it with a route of your own.",
            );
        }
        let d = docs(&doc_text);
        trait_methods.push(quote! {
            #d
            fn #method(
                &self,
                input: #input,
            ) -> impl ::std::future::Future<Output = #reply> + ::std::marker::Send;
        });
        let Some(route) = &routable[i] else {
            continue;
        };
        routes
            .entry(route.path.clone())
            .or_default()
            .entry(op.method.wire().into_owned())
            .or_default()
            .push((
                route.suffix.as_ref().map(|(_, t, n)| (t.clone(), *n)),
                handler.clone(),
            ));
        // One line per operation: the handler's body is the same for all but the names
        // (decision 023); the operation's id is given when it has credentials to authorize.
        let authorized = (!alternatives.is_empty()).then(|| quote!(, #id));
        // The trait's own `reject`/`authorize` are named only when an operation took the name.
        let renamed =
            (reject != "reject" || authorize != "authorize").then(|| quote!(; #reject, #authorize));
        items.push(chunk(quote! {
            rt::handler!(#handler, #input, #method, #i #authorized #renamed);
        })?);
    }

    // A method with several handlers on one route gets a dispatcher that picks one by the
    // segment's suffix (longest first), then the handler without one, else 404.
    let mut route_calls = Vec::new();
    for (path, methods) in &routes {
        let mut ons = Vec::new();
        let mut others = Vec::new();
        for (method, handlers) in methods {
            let target = if let [(_, h)] = handlers.as_slice() {
                quote!(#h::<A>)
            } else {
                let first = handlers[0].1.to_string();
                let name =
                    ident(&fns.claim(&format!("dispatch_{}", first.trim_start_matches("handle_"))));
                let mut by_suffix: Vec<_> = handlers.iter().filter(|h| h.0.is_some()).collect();
                by_suffix.sort_by_key(|h| std::cmp::Reverse(h.0.as_ref().map_or(0, |x| x.0.len())));
                let checks = by_suffix.iter().map(|(x, h)| {
                    let (t, n) = x.as_ref().expect("filtered");
                    quote! {
                        if rt::segment_ends_with(&request, #n, #t) {
                            return #h::<A>(state, request).await;
                        }
                    }
                });
                let last = match handlers.iter().find(|h| h.0.is_none()) {
                    Some((_, h)) => quote!(#h::<A>(state, request).await),
                    None => quote!(rt::not_found(&API, &request)),
                };
                items.push(chunk(quote! {
                    async fn #name<A: Api>(
                        state: ::axum::extract::State<::std::sync::Arc<rt::Shared<A>>>,
                        request: ::axum::extract::Request,
                    ) -> ::axum::response::Response {
                        #(#checks)*
                        #last
                    }
                })?);
                quote!(#name::<A>)
            };
            if AXUM_METHODS.contains(&method.as_str()) {
                let filter = ident(method);
                ons.push((quote!(::axum::routing::MethodFilter::#filter), target));
            } else {
                others.push((method.as_str(), target));
            }
        }
        // Methods axum has no filter for (3.2's QUERY, `additionalOperations`) reach one
        // fallback that dispatches on the method's name; any other method is a 405.
        let mut fallback = None;
        if !others.is_empty() {
            let name = ident(&fns.claim(&format!("other_methods_{}", route_calls.len())));
            let arms = others
                .iter()
                .map(|(m, h)| quote!(#m => #h(state, request).await,));
            let allowed: Vec<&str> = methods.keys().map(String::as_str).collect();
            items.push(chunk(quote! {
                async fn #name<A: Api>(
                    state: ::axum::extract::State<::std::sync::Arc<rt::Shared<A>>>,
                    request: ::axum::extract::Request,
                ) -> ::axum::response::Response {
                    match request.method().as_str() {
                        #(#arms)*
                        _ => rt::method_not_allowed(&API, &request, &[#(#allowed),*]),
                    }
                }
            })?);
            fallback = Some(name);
        }
        let router = match (ons.split_first(), &fallback) {
            (Some(((f0, h0), rest)), _) => {
                let rest = rest.iter().map(|(f, h)| quote! { .on(#f, #h) });
                let fb = fallback.as_ref().map(|f| quote!(.fallback(#f::<A>)));
                quote!(::axum::routing::on(#f0, #h0) #(#rest)* #fb)
            }
            (None, Some(f)) => quote!(::axum::routing::any(#f::<A>)),
            (None, None) => continue,
        };
        route_calls.push(quote! { .route(#path, #router) });
    }
    // The rules are laid out a chunk at a time: as one table expression, a large spec's rules
    // (37,000 lines on Telnyx) were one syntax tree of tens of megabytes.
    let (rule_list, patterns, resources) = rules.finish(&mut warnings);
    let mut rule_text = String::new();
    let mut rule_chunks = Vec::new();
    for (c, part) in rule_list.chunks(RULE_CHUNK).enumerate() {
        let name = format_ident!("RULES_{c}");
        let (first, len) = (c * RULE_CHUNK, part.len());
        let doc = format!(" Rules {first} to {}.", first + len - 1);
        let len = Literal::usize_unsuffixed(len);
        rule_text.push_str(&chunk(quote! {
            #[doc = #doc]
            const #name: [R<'static>; #len] = [#(#part),*];
        })?);
        rule_chunks.push(name);
    }
    let rule_count = Literal::usize_unsuffixed(rule_list.len());
    // Only a table with rules uses the short names.
    let table_names = (!rule_list.is_empty()).then(|| {
        quote!(
            use super::runtime::validate::table::*;
        )
    });
    let schemes = scheme_entries(m);
    let fallback = &error_shapes.fallback;
    let shape_items = &error_shapes.items;
    // With no routed operation, nothing reads the tables.
    let unused = routes.is_empty().then(|| quote!(#[allow(dead_code)]));
    let title = &m.title;
    let trait_doc = format!(
        " {title}: one method per operation. Implement it in your own module; the generated \
         router checks each request against the spec before calling the method."
    );
    let head = chunk(quote! {
        //! An axum server: implement [`Api`], serve [`router`]. Requests are checked against
        //! the spec (credentials present, parameters and body valid, body size bounded) before
        //! a method runs; what fails is answered in the API's own error shape. A reply sets
        //! headers with [`SetHeaders`]: `with_header`, and `with_headers` for its operation's
        //! documented ones.

        pub use super::runtime::server::SetHeaders;
        use super::runtime::server as rt;
        use super::runtime::validate as v;
        #table_names

        #[doc = #trait_doc]
        pub trait Api: ::std::marker::Send + ::std::marker::Sync + 'static {
            #(#trait_methods)*

            /// Decides whether `credentials` (present, as the operation's security asks) may
            /// call `operation` (its operationId). Called before the operation's method; `false`
            /// answers 401 in the API's error shape. By default every present credential may.
            fn #authorize(
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
            fn #reject(&self, rejection: rt::Rejection) -> ::axum::response::Response {
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
                // The spec's paths are literal text around `{captures}`: a segment such as
                // `:batch` is matched as written.
                .without_v07_checks()
                #(#route_calls)*
                .with_state(::std::sync::Arc::new(rt::Shared { api, config }))
        }
    })?;
    let tail = chunk(quote! {
        /// How the spec's security schemes carry their credentials.
        const SCHEMES: &[(&str, super::runtime::Scheme)] = &[#(#schemes),*];

        /// The spec's patterns, compiled on first use.
        static PATTERNS: v::Patterns<'static> = v::Patterns::new(&[#(#patterns),*]);

        /// The request schemas as validation rules; they refer to each other by index.
        static RULES: v::Rules<'static> = v::Rules {
            rules: &v::concat::<#rule_count>(&[#(&#rule_chunks),*]),
            patterns: &PATTERNS,
            resources: &[#(#resources),*],
        };

        #(#shape_items)*

        /// The API as the runtime sees it.
        #unused
        static API: rt::Api = rt::Api {
            schemes: SCHEMES,
            rules: &RULES,
            error: #fallback,
        };

        /// Each operation as the runtime sees it, in the order of the handlers.
        #unused
        static OPERATIONS: &[rt::Operation] = &[#(#ops),*];
    })?;
    let mut text = head;
    for item in items {
        text.push_str(&item);
    }
    text.push_str(&rule_text);
    text.push_str(&tail);
    Ok(ServerModule { text, warnings })
}

/// An operation's parameters in index order: path, required, optional.
fn declared(s: &OpShape) -> impl Iterator<Item = &Param> {
    s.path_params
        .iter()
        .chain(&s.required)
        .chain(s.optional.iter().flat_map(|(_, o)| o))
}

/// Whether a body of `kind` is checked against its schema (read as JSON values).
fn structured(kind: &BodyKind) -> bool {
    matches!(kind, BodyKind::Json(_) | BodyKind::Form)
}

fn location(p: &Param) -> Place<'static> {
    match p.location {
        ParamLocation::Query => Place::Query,
        ParamLocation::Header => Place::Header,
        ParamLocation::Cookie => Place::Cookie,
        ParamLocation::QueryString => {
            let media = ident(p.media.map_or("Text", |m| m.variant()));
            Place::Other(quote!(rt::Location::QueryString(super::runtime::QueryMedia::#media)))
        }
        // Not reached: path parameters come from the template, with their capture names.
        ParamLocation::Path => Place::Other(quote!(rt::Location::Path(""))),
    }
}

fn param_meta(rules: &mut RuleTable<'_>, p: &Param, location: Place<'_>) -> TokenStream {
    let name = p.wire.as_str();
    let style = ident(p.wire_style().0.variant());
    let explode = p.explode;
    let required = p.required;
    let rule = rules.reference(p.schema);
    let style = quote!(rt::Style::#style);
    // One line per parameter: the runtime's `const fn`s (decision 023).
    match location {
        Place::Path(key) => quote!(rt::Param::path(#key, #name, #style, #explode, #rule)),
        Place::Query => quote!(rt::Param::query(#name, #style, #explode, #required, #rule)),
        Place::Header => quote!(rt::Param::header(#name, #style, #explode, #required, #rule)),
        Place::Cookie => quote!(rt::Param::cookie(#name, #style, #explode, #required, #rule)),
        Place::Other(at) => {
            quote!(rt::Param::at(#name, #at, #style, #explode, #required, #rule))
        }
    }
}

/// Where a parameter travels, for [`param_meta`].
enum Place<'a> {
    /// In the path, the route's capture with this key.
    Path(&'a str),
    Query,
    Header,
    Cookie,
    /// Any other `rt::Location`, as tokens.
    Other(TokenStream),
}

/// The reply enum of one operation and how each variant is answered.
fn reply_enum(
    space: &TypeSpace<'_>,
    name: &proc_macro2::Ident,
    described: &str,
    s: &OpShape,
) -> TokenStream {
    let mut decls = Vec::new();
    let mut arms = Vec::new();
    for c in &s.responses {
        let v = ident(&c.variant);
        // `default` and `4XX` leave the exact status to the implementation.
        let fixed: Option<u16> = c.status.parse().ok();
        let doc = match fixed {
            Some(_) => format!(" `{}`", c.status),
            None => format!(" `{}`: the status is given with the body", c.status),
        };
        let media = c.media.as_str();
        let (code_pat, code) = match fixed {
            Some(n) => (quote!(), quote!(#n)),
            None => (quote!(status,), quote!(status)),
        };
        let code_ty = fixed.is_none().then(|| quote!(u16,));
        match (&c.body, c.stream) {
            (Some(_), Some((framing, item))) => {
                let item = render_ref(space, item, true);
                let framing = ident(framing.variant());
                decls.push(quote! { #[doc = #doc] #v(#code_ty rt::ItemStream<#item>), });
                arms.push(quote! {
                    #name::#v(#code_pat body) => rt::stream(#code, #media, rt::Framing::#framing, body),
                });
            }
            (Some((kind, body_ty)), None) => {
                let outside = render_ref(space, *body_ty, true);
                decls.push(quote! { #[doc = #doc] #v(#code_ty #outside), });
                let write = match kind {
                    BodyKind::Json(_) => quote!(rt::json(#code, #media, &body)),
                    BodyKind::Text(_) => quote!(rt::text(#code, #media, body)),
                    _ => quote!(rt::bytes(#code, #media, body)),
                };
                arms.push(quote! { #name::#v(#code_pat body) => #write, });
            }
            (None, _) => {
                match fixed {
                    Some(_) => decls.push(quote! { #[doc = #doc] #v, }),
                    None => decls.push(quote! { #[doc = #doc] #v(u16), }),
                }
                let pat = match fixed {
                    Some(_) => quote!(#name::#v),
                    None => quote!(#name::#v(status)),
                };
                arms.push(quote! { #pat => rt::empty(#code), });
            }
        }
    }
    let doc = format!(" The documented answers of {described}.");
    if decls.is_empty() {
        return quote! {
            #[doc = #doc]
            /// The spec documents none; the reply is an empty 200.
            #[derive(Debug)]
            pub struct #name;
            impl ::axum::response::IntoResponse for #name {
                fn into_response(self) -> ::axum::response::Response {
                    rt::empty(200)
                }
            }
        };
    }
    // `rt::SetHeaders` gives every reply `with_header` and, for the operation's own headers
    // struct, `with_headers`; both wrap the answer in `WithHeaders`, so a handler that sets
    // none writes its variant as before.
    let typed = s.headers.map(|h| {
        let h = render_ref(space, h, true);
        quote!(, #h)
    });
    quote! {
        #[doc = #doc]
        #[derive(Debug)]
        pub enum #name {
            #(#decls)*
            /// An answer with headers set on top of its own (see [`SetHeaders`]).
            WithHeaders(::std::boxed::Box<#name>, rt::ReplyHeaders),
        }
        rt::set_headers!(#name #typed);
        impl ::axum::response::IntoResponse for #name {
            fn into_response(self) -> ::axum::response::Response {
                match self {
                    #(#arms)*
                    Self::WithHeaders(a, h) => h.apply(a.into_response()),
                }
            }
        }
    }
}

/// The normalised route of each shape (`/oauth-providers/{p0}/client-types`), or `None` for
/// one axum cannot route beside the others (with a warning): a path that does not start with
/// `/`, the same method twice on one route shape, or a conflict in axum's router (checked with
/// the `matchit` version axum uses). A capture followed by text in its segment (Google's
/// `/v1/{name}:cancel`) is routed as the whole segment; the runtime checks and strips the text,
/// and operations that differ only by it share the route through a dispatcher.
fn routable(
    m: &ApiModel,
    shapes: &[OpShape],
    warnings: &mut Vec<Diagnostic>,
) -> Vec<Option<Route>> {
    let mut router = matchit::Router::new();
    // Route → the (method, segment suffixes) already taken on it.
    type Taken = Vec<(String, Vec<(usize, String)>)>;
    let mut seen: BTreeMap<String, Taken> = BTreeMap::new();
    shapes
        .iter()
        .map(|s| {
            let op = &m.operations[s.index];
            let mut route = String::new();
            let mut suffixes = Vec::new();
            let mut pieces = s.path.iter().peekable();
            while let Some(piece) = pieces.next() {
                match piece {
                    PathPiece::Text(t) => route.push_str(t),
                    PathPiece::Param(i) => {
                        route.push_str(&format!("{{p{i}}}"));
                        // Text after a capture up to the next `/` (Google's `{name}:cancel`):
                        // axum captures the whole segment and the runtime checks the suffix.
                        if let Some(PathPiece::Text(t)) = pieces.peek()
                            && !t.starts_with('/')
                        {
                            let end = t.find('/').unwrap_or(t.len());
                            suffixes.push((*i, t[..end].to_string()));
                            route.push_str(&t[end..]);
                            pieces.next();
                        }
                    }
                }
            }
            let method = op.method.wire().into_owned();
            let taken = seen.get(&route);
            let problem = if !route.starts_with('/') {
                Some("the path does not start with `/`".to_string())
            } else if taken.is_some_and(|t| t.iter().any(|(m, x)| *m == method && *x == suffixes)) {
                Some(format!(
                    "another {method} operation has the same path shape `{}`",
                    op_path_shape(&route, &suffixes)
                ))
            } else if suffixes.len() > 1 {
                Some("more than one capture is followed by text in its segment".to_string())
            } else if s.path_params.len() > MAX_CAPTURES {
                // matchit names captures `a`..`z` internally and panics past them.
                Some(format!(
                    "it has {} path parameters; axum's router takes at most {MAX_CAPTURES}",
                    s.path_params.len()
                ))
            } else if taken.is_none() {
                router
                    .insert(route.clone(), ())
                    .err()
                    .map(|e| format!("axum cannot route `{route}` beside the others: {e}"))
            } else {
                None
            };
            if let Some(problem) = problem {
                warnings.push(
                    codes::ROUTE_CONFLICT
                        .diag(format!(
                            "`{}` ({method} {}) is left out of the generated server's router: {problem}",
                            op.name, op.path
                        ))
                        .at(op.loc, "this operation"),
                );
                return None;
            }
            seen.entry(route.clone())
                .or_default()
                .push((method, suffixes.clone()));
            let from_end = suffixes
                .first()
                .map(|(i, _)| {
                    let capture = format!("{{p{i}}}");
                    let at = route.find(&capture).unwrap_or(0) + capture.len();
                    route[at..].matches('/').count()
                })
                .unwrap_or(0);
            Some(Route {
                path: route,
                suffix: suffixes.into_iter().next().map(|(i, t)| (i, t, from_end)),
            })
        })
        .collect()
}

/// Captures one route may have (the router axum uses handles no more).
const MAX_CAPTURES: usize = 25;

/// The route shape for messages: the captures with their suffixes.
fn op_path_shape(route: &str, suffixes: &[(usize, String)]) -> String {
    let mut shape = route.to_string();
    for (i, t) in suffixes {
        let capture = format!("{{p{i}}}");
        shape = shape.replacen(&capture, &format!("{capture}{t}"), 1);
    }
    shape
}

/// Where axum routes an operation.
struct Route {
    /// The route, captures renamed `{p0}`, `{p1}`.
    path: String,
    /// A capture followed by text in its segment: its index, the text, and how many segments
    /// follow that segment.
    suffix: Option<(usize, String, usize)>,
}

/// Methods `axum::routing::MethodFilter` names.
const AXUM_METHODS: &[&str] = &[
    "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "CONNECT",
];

/// Every security scheme as `(name, Scheme)`: the ones a request carries as the client
/// sends them, the rest (mutual TLS, digest) unchecked.
fn scheme_entries(m: &ApiModel) -> Vec<TokenStream> {
    m.security_schemes
        .iter()
        .map(|(name, scheme)| {
            let kind = super::client::scheme_kind(&scheme.kind).unwrap_or(quote!(Unchecked));
            quote! { (#name, super::runtime::Scheme::#kind) }
        })
        .collect()
}

/// `("400", shape)` for each documented error status of `op`.
fn error_entries(m: &ApiModel, op: &Operation, shapes: &mut Shapes) -> Vec<TokenStream> {
    let any_success = op.responses.iter().any(|r| r.status.starts_with('2'));
    op.responses
        .iter()
        .filter(|r| !r.status.starts_with('2') && (r.status != "default" || any_success))
        .map(|r| {
            let status = r.status.as_str();
            let json = r
                .content
                .iter()
                .find(|c| matches!(super::plan::body_kind(&c.media_type), BodyKind::Json(_)));
            let shape = match json {
                Some(c) => shapes.name(shape_tokens(&error_template(m, c.schema), &c.media_type)),
                None => shapes.fallback.clone(),
            };
            quote! { (#status, #shape) }
        })
        .collect()
}

/// Error shapes, each written once as a `const` (operations share a few).
struct Shapes {
    /// Shape tokens (as text) → its const's name.
    by_text: IndexMap<String, proc_macro2::Ident>,
    /// The consts.
    items: Vec<TokenStream>,
    /// The API's fallback shape's const.
    fallback: proc_macro2::Ident,
}

impl Shapes {
    fn new(m: &ApiModel) -> Self {
        let mut s = Shapes {
            by_text: IndexMap::new(),
            items: Vec::new(),
            fallback: ident("SHAPE_0"),
        };
        s.fallback = s.name(fallback_shape(m));
        s
    }

    /// The const holding `shape`, added if new.
    fn name(&mut self, shape: TokenStream) -> proc_macro2::Ident {
        let text = shape.to_string();
        if let Some(n) = self.by_text.get(&text) {
            return n.clone();
        }
        let n = ident(&format!("SHAPE_{}", self.items.len()));
        self.items.push(quote! {
            /// An error body of the API: its schema filled in, the message's place marked.
            const #n: rt::ErrorShape = #shape;
        });
        self.by_text.insert(text, n.clone());
        n
    }
}

/// The shape for rejections where an operation documents no error body: the error schema the
/// API's operations use most, else `{"message": …}`.
fn fallback_shape(m: &ApiModel) -> TokenStream {
    let mut counts: BTreeMap<SchemaId, (usize, String)> = BTreeMap::new();
    for op in &m.operations {
        for r in op.responses.iter().filter(|r| r.status.starts_with('4')) {
            for c in &r.content {
                if let (BodyKind::Json(_), Some(id)) =
                    (super::plan::body_kind(&c.media_type), c.schema)
                {
                    let e = counts
                        .entry(m.resolve(id).id)
                        .or_insert((0, c.media_type.to_string()));
                    e.0 += 1;
                }
            }
        }
    }
    // Most used; the lowest id (document order) among equals.
    let best = counts
        .iter()
        .max_by(|a, b| a.1.0.cmp(&b.1.0).then(b.0.cmp(a.0)))
        .map(|(id, (_, media))| (*id, media.clone()));
    match best {
        Some((id, media)) => shape_tokens(&error_template(m, Some(id)), &media),
        None => shape_tokens(
            &Template {
                value: serde_json::json!({ "message": "" }),
                message: Some("/message".into()),
                status: None,
            },
            "application/json",
        ),
    }
}

fn shape_tokens(t: &Template, media: &str) -> TokenStream {
    let template = t.value.to_string();
    let opt = |p: &Option<String>| match p {
        Some(p) => quote!(::std::option::Option::Some(#p)),
        None => quote!(::std::option::Option::None),
    };
    let (message, status) = (opt(&t.message), opt(&t.status));
    quote! {
        rt::ErrorShape {
            content_type: #media,
            template: #template,
            message: #message,
            status: #status,
        }
    }
}

/// A JSON value satisfying an error schema, and where the message and status go.
struct Template {
    value: serde_json::Value,
    message: Option<String>,
    status: Option<String>,
}

/// Property names that carry an error's message, best first.
const MESSAGE_NAMES: &[&str] = &[
    "message",
    "error_description",
    "detail",
    "description",
    "error",
    "title",
    "msg",
    "text",
    "errors",
    "messages",
    "details",
];
/// Integer property names that carry the status.
const STATUS_NAMES: &[&str] = &["status", "code", "statusCode", "status_code"];

fn error_template(m: &ApiModel, schema: Option<SchemaId>) -> Template {
    let mut t = Template {
        value: serde_json::Value::Null,
        message: None,
        status: None,
    };
    match schema {
        Some(id) => t.value = fill(m, id, "", &mut t.message, &mut t.status, 0),
        None => {
            t.value = serde_json::json!({ "message": "" });
            t.message = Some("/message".into());
        }
    }
    t
}

/// A value for schema `id` at JSON pointer `at`: required properties filled with the least
/// value their schema allows, the best message property (and a status property) added.
fn fill(
    m: &ApiModel,
    id: SchemaId,
    at: &str,
    message: &mut Option<String>,
    status: &mut Option<String>,
    depth: usize,
) -> serde_json::Value {
    use serde_json::Value as J;
    let s = m.resolve(id);
    if depth > 8 {
        return J::Null;
    }
    let mut props = IndexMap::new();
    let mut required = Vec::new();
    collect(m, s.id, &mut props, &mut required, 0);
    let is_string = s.single_type() == Some(JsonType::String) && s.enum_values.is_none();
    if is_string && message.is_none() {
        *message = Some(at.to_string());
        return J::String(String::new());
    }
    if !props.is_empty() {
        let mut out = serde_json::Map::new();
        let rank = |k: &str| MESSAGE_NAMES.iter().position(|n| n.eq_ignore_ascii_case(k));
        let mut candidates: Vec<(&String, &SchemaId)> =
            props.iter().filter(|(k, _)| rank(k).is_some()).collect();
        candidates.sort_by_key(|(k, _)| rank(k));
        let chosen = candidates
            .into_iter()
            .find(|(_, p)| carries_text(m, **p, 0));
        for (k, &p) in &props {
            let here = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
            let is_status = status.is_none()
                && STATUS_NAMES.contains(&k.as_str())
                && m.resolve(p).single_type() == Some(JsonType::Integer);
            if chosen.is_some_and(|(c, _)| c == k) && message.is_none() {
                out.insert(k.clone(), fill(m, p, &here, message, status, depth + 1));
            } else if is_status {
                *status = Some(here);
                out.insert(k.clone(), J::from(500));
            } else if required.contains(k) {
                let mut none = Some(String::new());
                let mut no_status = Some(String::new());
                out.insert(
                    k.clone(),
                    fill(m, p, &here, &mut none, &mut no_status, depth + 1),
                );
            }
        }
        return J::Object(out);
    }
    least(m, id, at, message, status, depth)
}

/// The least value of a non-object schema.
fn least(
    m: &ApiModel,
    id: SchemaId,
    at: &str,
    message: &mut Option<String>,
    status: &mut Option<String>,
    depth: usize,
) -> serde_json::Value {
    use serde_json::Value as J;
    let s = m.resolve(id);
    if let Some(first) = s.enum_values.as_ref().and_then(|v| v.first()) {
        return first.to_json();
    }
    if let Some(d) = &s.default {
        return d.to_json();
    }
    match s.semantic.as_deref() {
        Some(Semantic::Timestamp { format, .. }) => {
            return J::String(match format {
                TimestampFormat::Rfc3339 => "1970-01-01T00:00:00Z".into(),
                TimestampFormat::Date => "1970-01-01".into(),
                TimestampFormat::Layout { strftime, .. } => epoch_in(strftime),
                _ => String::new(),
            });
        }
        Some(Semantic::NumericString { .. }) => return J::String("0".into()),
        Some(Semantic::DelimitedSet { members, .. }) => {
            return J::String(members.first().cloned().unwrap_or_default());
        }
        _ => {}
    }
    if s.nullable {
        return J::Null;
    }
    match s.single_type() {
        Some(JsonType::Boolean) => J::Bool(false),
        Some(JsonType::Integer) => {
            J::from(s.bounds().minimum.map(|x| x.ceil() as i64).unwrap_or(0))
        }
        Some(JsonType::Number) => J::from(s.bounds().minimum.unwrap_or(0.0)),
        Some(JsonType::String) => {
            J::String("x".repeat(s.bounds().min_length.unwrap_or(0).min(64) as usize))
        }
        Some(JsonType::Array) => {
            let n = s.bounds().min_items.unwrap_or(0).min(4);
            match s.items {
                Some(item) if message.is_none() || n > 0 => {
                    let first = fill(m, item, &format!("{at}/0"), message, status, depth + 1);
                    let mut items = vec![first];
                    while (items.len() as u64) < n {
                        let mut none = Some(String::new());
                        let mut no_status = Some(String::new());
                        items.push(fill(m, item, "", &mut none, &mut no_status, depth + 1));
                    }
                    J::Array(items)
                }
                _ => J::Array(Vec::new()),
            }
        }
        Some(JsonType::Object) => J::Object(serde_json::Map::new()),
        None => J::Null,
    }
}

/// Whether a message can be written into schema `id` (a string, an array of them, or an
/// object with a message property).
fn carries_text(m: &ApiModel, id: SchemaId, depth: usize) -> bool {
    let s = m.resolve(id);
    if depth > 4 {
        return false;
    }
    match s.single_type() {
        Some(JsonType::String) => s.enum_values.is_none() && s.semantic.is_none(),
        Some(JsonType::Array) => s.items.is_some_and(|i| carries_text(m, i, depth + 1)),
        _ => s.properties.iter().any(|(k, p)| {
            MESSAGE_NAMES.iter().any(|n| n.eq_ignore_ascii_case(k))
                && carries_text(m, p.schema, depth + 1)
        }),
    }
}

/// Properties of `id` with `allOf` parts flattened in, and the required names.
fn collect(
    m: &ApiModel,
    id: SchemaId,
    props: &mut IndexMap<String, SchemaId>,
    required: &mut Vec<String>,
    depth: usize,
) {
    if depth > 16 {
        return;
    }
    let s = m.resolve(id);
    for &part in &s.all_of {
        collect(m, part, props, required, depth + 1);
    }
    if let Some(r) = s.reference.filter(|&r| r != s.id) {
        collect(m, r, props, required, depth + 1);
    }
    for (k, p) in &s.properties {
        props.insert(k.to_string(), p.schema);
    }
    required.extend(s.required.iter().map(|(n, _)| n.clone()));
}

/// 1970-01-01 00:00:00 written in a strftime layout (the common specifiers).
fn epoch_in(layout: &str) -> String {
    layout
        .replace("%Y", "1970")
        .replace("%m", "01")
        .replace("%d", "01")
        .replace("%H", "00")
        .replace("%M", "00")
        .replace("%S", "00")
}

/// The request schemas' validation rules ([`crate::validation::Table`]), written out as static
/// data for the runtime's evaluator.
struct RuleTable<'m> {
    table: crate::validation::Table<'m>,
}

impl<'m> RuleTable<'m> {
    fn new(m: &'m ApiModel) -> Self {
        RuleTable {
            table: crate::validation::Table::new(m).checking_patterns(),
        }
    }

    /// The rule of `schema`, planned now, as the table entry names it: the prelude's
    /// `Some`/`None` (nothing in `server.rs` shadows them) and an unsuffixed index, so that
    /// an entry fits on one line.
    fn reference(&mut self, schema: Option<SchemaId>) -> TokenStream {
        match schema {
            Some(id) => {
                let r = Literal::u32_unsuffixed(self.table.rule(id));
                quote!(Some(#r))
            }
            None => quote!(None),
        }
    }

    /// Plans every rule; returns them, the pattern sources and the resources, as tokens.
    fn finish(
        mut self,
        warnings: &mut Vec<Diagnostic>,
    ) -> (Vec<TokenStream>, Vec<String>, Vec<TokenStream>) {
        self.table.finish();
        warnings.append(&mut self.table.warnings);
        let rules = self.table.rules.iter().map(rule_tokens).collect();
        let resources = self
            .table
            .resources
            .iter()
            .map(|anchors| {
                let a = anchors.iter().map(|(n, r)| {
                    let r = un(*r);
                    quote!((#n, #r))
                });
                quote!(v::Resource { dynamic_anchors: &[#(#a),*] })
            })
            .collect();
        let patterns = self.table.patterns.iter().map(|p| p.to_string()).collect();
        (rules, patterns, resources)
    }
}

/// Rules per laid-out chunk of the table.
const RULE_CHUNK: usize = 512;

/// `x` as an unsuffixed literal: the table's types say what each number is.
fn un(x: impl Into<u64>) -> Literal {
    Literal::u64_unsuffixed(x.into())
}

fn rule_tokens(rule: &crate::validation::Rule) -> TokenStream {
    let ks = rule.keywords.iter().map(keyword_tokens);
    match rule.resource {
        Some(r) => {
            let r = un(r);
            quote!(R::entering(&[#(#ks),*], #r))
        }
        None => quote!(R::of(&[#(#ks),*])),
    }
}

fn f64_tokens(x: f64) -> TokenStream {
    let l = Literal::f64_unsuffixed(x);
    quote!(#l)
}

fn lit_tokens(v: &serde_json::Value) -> TokenStream {
    use serde_json::Value as J;
    match v {
        J::Null => quote!(L::Null),
        J::Bool(b) => quote!(L::Bool(#b)),
        J::Number(n) => match n.as_i64() {
            Some(i) => {
                let i = Literal::i64_unsuffixed(i);
                quote!(L::Int(#i))
            }
            None => {
                let f = f64_tokens(n.as_f64().unwrap_or(0.0));
                quote!(L::Number(#f))
            }
        },
        J::String(s) => quote!(L::Str(#s)),
        J::Array(items) => {
            let items = items.iter().map(lit_tokens);
            quote!(L::Array(&[#(#items),*]))
        }
        J::Object(m) => {
            let members = m.iter().map(|(k, x)| {
                let x = lit_tokens(x);
                quote!((#k, #x))
            });
            quote!(L::Object(&[#(#members),*]))
        }
    }
}

fn format_tokens(f: crate::validation::runtime::Format) -> TokenStream {
    let name = format_ident!("{}", format!("{f:?}"));
    quote!(F::#name)
}

/// A keyword as the generated table writes it, with the short names of
/// `runtime::validate::table`.
fn keyword_tokens(k: &crate::validation::Keyword) -> TokenStream {
    use crate::validation::Keyword as K;
    use crate::validation::runtime::{Access, ty};
    let list = |v: &[u32]| {
        let v = v.iter().map(|&r| un(r));
        quote!(&[#(#v),*])
    };
    let named = |v: &[(&str, u32)]| {
        let e = v.iter().map(|&(n, r)| {
            let r = un(r);
            quote!((#n, #r))
        });
        quote!(&[#(#e),*])
    };
    let opt = |v: Option<u64>| match v {
        Some(r) => {
            let r = un(r);
            quote!(::std::option::Option::Some(#r))
        }
        None => quote!(::std::option::Option::None),
    };
    // A keyword of one number: its name, and the number as written.
    let one = |name: &str, n: Literal| {
        let name = format_ident!("{name}");
        quote!(K::#name(#n))
    };
    match k {
        K::Type(b) => {
            let names: Vec<TokenStream> = [
                (ty::NULL, quote!(ty::NULL)),
                (ty::BOOLEAN, quote!(ty::BOOLEAN)),
                (ty::INTEGER, quote!(ty::INTEGER)),
                (ty::NUMBER, quote!(ty::NUMBER)),
                (ty::STRING, quote!(ty::STRING)),
                (ty::ARRAY, quote!(ty::ARRAY)),
                (ty::OBJECT, quote!(ty::OBJECT)),
            ]
            .into_iter()
            .filter(|(bit, _)| b & bit != 0)
            .map(|(_, t)| t)
            .collect();
            if names.is_empty() {
                quote!(K::Type(0))
            } else {
                quote!(K::Type(#(#names)|*))
            }
        }
        K::Never => quote!(K::Never),
        K::Enum(vs) => {
            let vs = vs.iter().map(|n| lit_tokens(&n.to_json()));
            quote!(K::Enum(&[#(#vs),*]))
        }
        K::Const(l) => {
            let l = lit_tokens(&l.to_json());
            quote!(K::Const(#l))
        }
        K::DelimitedSet { separator, members } => {
            quote!(K::DelimitedSet { separator: #separator, members: &[#(#members),*] })
        }
        K::NumericString { integer } => quote!(K::NumericString { integer: #integer }),
        K::MultipleOf(x) => one("MultipleOf", Literal::f64_unsuffixed(*x)),
        K::Minimum(x) => one("Minimum", Literal::f64_unsuffixed(*x)),
        K::Maximum(x) => one("Maximum", Literal::f64_unsuffixed(*x)),
        K::ExclusiveMinimum(x) => one("ExclusiveMinimum", Literal::f64_unsuffixed(*x)),
        K::ExclusiveMaximum(x) => one("ExclusiveMaximum", Literal::f64_unsuffixed(*x)),
        K::MinLength(n) => one("MinLength", un(*n)),
        K::MaxLength(n) => one("MaxLength", un(*n)),
        K::Pattern(i) => one("Pattern", un(*i)),
        K::Format(f) => {
            let f = format_tokens(*f);
            quote!(K::Format(#f))
        }
        K::Layout(l) => quote!(K::Layout(#l)),
        K::MinItems(n) => one("MinItems", un(*n)),
        K::MaxItems(n) => one("MaxItems", un(*n)),
        K::UniqueItems => quote!(K::UniqueItems),
        K::PrefixItems(v) => {
            let l = list(v);
            quote!(K::PrefixItems(#l))
        }
        K::Items(r) => one("Items", un(*r)),
        K::Contains { rule, min, max } => {
            let (rule, min, max) = (un(*rule), un(*min), opt(*max));
            quote!(K::Contains { rule: #rule, min: #min, max: #max })
        }
        K::MinProperties(n) => one("MinProperties", un(*n)),
        K::MaxProperties(n) => one("MaxProperties", un(*n)),
        K::Required(v) => {
            let e = v.iter().map(|(n, a)| {
                let a = match a {
                    Access::ReadWrite => quote!(A::ReadWrite),
                    Access::ReadOnly => quote!(A::ReadOnly),
                    Access::WriteOnly => quote!(A::WriteOnly),
                };
                quote!((#n, #a))
            });
            quote!(K::Required(&[#(#e),*]))
        }
        K::DependentRequired(v) => {
            let e = v.iter().map(|(n, req)| quote!((#n, &[#(#req),*])));
            quote!(K::DependentRequired(&[#(#e),*]))
        }
        K::Properties(v) => {
            let l = named(v);
            quote!(K::Properties(#l))
        }
        K::PatternProperties(v) => {
            let e = v.iter().map(|&(p, r)| {
                let (p, r) = (un(p), un(r));
                quote!((#p, #r))
            });
            quote!(K::PatternProperties(&[#(#e),*]))
        }
        K::AdditionalProperties(r) => one("AdditionalProperties", un(*r)),
        K::PropertyNames(r) => one("PropertyNames", un(*r)),
        K::DependentSchemas(v) => {
            let l = named(v);
            quote!(K::DependentSchemas(#l))
        }
        K::AllOf(v) => {
            let l = list(v);
            quote!(K::AllOf(#l))
        }
        K::AnyOf(v) => {
            let l = list(v);
            quote!(K::AnyOf(#l))
        }
        K::OneOf(v) => {
            let l = list(v);
            quote!(K::OneOf(#l))
        }
        K::Not(r) => one("Not", un(*r)),
        K::If {
            cond,
            then,
            otherwise,
        } => {
            let cond = un(*cond);
            let (t, o) = (opt(then.map(u64::from)), opt(otherwise.map(u64::from)));
            quote!(K::If { cond: #cond, then: #t, otherwise: #o })
        }
        K::Ref(r) => one("Ref", un(*r)),
        K::DynamicRef { initial, anchor } => {
            let initial = un(*initial);
            quote!(K::DynamicRef { initial: #initial, anchor: #anchor })
        }
        K::UnevaluatedItems(r) => one("UnevaluatedItems", un(*r)),
        K::UnevaluatedProperties(r) => one("UnevaluatedProperties", un(*r)),
    }
}
