//! The `client` module: an async reqwest client with one method per operation.
//!
//! Each method builds a `runtime::client::Request` (path, query, headers, body by the spec's
//! styles), sends it with the credentials of the first satisfied security alternative, and maps
//! the status onto the operation's documented answers (see [`super::plan`]).

use super::naming::{Names, field};
use super::plan::{
    Body, BodyKind, Case, OpShape, Outcome, PathPiece, Template, ValueMedia, WireStyle,
    scheme_setter, split_template,
};
use super::types::{docs, ident, render_ref};
use super::typespace::{Builtin, FormField, FormPart, Item, ItemKind, Type, TypeId, TypeSpace};
use crate::model::{ApiModel, HttpMethod, ParamLocation, SecurityKind};
use proc_macro2::{Ident, TokenStream};
use quote::quote;

/// Method names the client itself uses, and the setter name of each security scheme (in
/// order; two schemes whose names convert alike get `with_x` and `with_x2`). Operations
/// claim their method names after these.
pub fn reserved_methods(m: &ApiModel) -> (Names, Vec<String>) {
    let mut names = Names::default();
    for n in [
        "new",
        "with_http_client",
        "base_url",
        "for_server",
        "with_hook",
        "with_retry",
    ] {
        names.claim(n);
    }
    let setters = m
        .security_schemes
        .keys()
        .map(|scheme| names.claim(&scheme_setter(scheme)))
        .collect();
    (names, setters)
}

/// How a security scheme's credential travels (`runtime::Scheme` variant tokens), for the
/// client and the server alike; `None` for one a request does not carry (mutual TLS, digest).
pub fn scheme_kind(kind: &SecurityKind) -> Option<TokenStream> {
    Some(match kind {
        SecurityKind::ApiKey {
            name: key,
            location,
        } => match location {
            ParamLocation::Query => quote!(Query(#key)),
            ParamLocation::Cookie => quote!(Cookie(#key)),
            _ => quote!(Header(#key)),
        },
        SecurityKind::Http { scheme: s, .. } if s == "basic" => quote!(Basic),
        SecurityKind::Http { scheme: s, .. } if s == "bearer" => quote!(Bearer),
        SecurityKind::OAuth2 { .. } | SecurityKind::OpenIdConnect { .. } => quote!(Bearer),
        _ => return None,
    })
}

/// The `client` module's body.
pub fn client_module(
    m: &ApiModel,
    space: &TypeSpace<'_>,
    shapes: &[OpShape],
    setter_names: &[String],
    features: Option<&super::features::Features>,
) -> TokenStream {
    let mut scheme_entries = Vec::new();
    let mut setters = Vec::new();
    for ((name, scheme), setter) in m.security_schemes.iter().zip(setter_names) {
        let setter = ident(setter);
        let desc = scheme
            .description
            .as_deref()
            .map(|d| format!("\n\n{d}"))
            .unwrap_or_default();
        // Mutual TLS is configured on the `reqwest::Client`; other HTTP schemes (digest, …)
        // cannot be sent from a static credential.
        let Some(kind) = scheme_kind(&scheme.kind) else {
            continue;
        };
        let (doc, basic) = match &scheme.kind {
            SecurityKind::ApiKey {
                name: key,
                location,
            } => {
                let place = match location {
                    ParamLocation::Query => "query parameter",
                    ParamLocation::Cookie => "cookie",
                    _ => "header",
                };
                (
                    format!("Sends an API key in the `{key}` {place} (scheme `{name}`).{desc}"),
                    false,
                )
            }
            SecurityKind::Http { scheme: s, .. } if s == "basic" => (
                format!("Uses HTTP basic authentication (scheme `{name}`).{desc}"),
                true,
            ),
            SecurityKind::Http { .. } => (
                format!("Sends `Authorization: Bearer <token>` (scheme `{name}`).{desc}"),
                false,
            ),
            _ => (
                format!(
                    "Sends an access token obtained elsewhere as `Authorization: Bearer <token>` (scheme `{name}`).{desc}"
                ),
                false,
            ),
        };
        scheme_entries.push(quote! { (#name, super::runtime::client::Scheme::#kind), });
        let d = docs(&doc);
        setters.push(if basic {
            quote! {
                #d
                pub fn #setter(
                    mut self,
                    user: impl ::std::convert::Into<::std::string::String>,
                    password: ::std::option::Option<::std::string::String>,
                ) -> Self {
                    self.core.set_basic(#name, user.into(), password);
                    self
                }
            }
        } else {
            quote! {
                #d
                pub fn #setter(mut self, token: impl ::std::convert::Into<::std::string::String>) -> Self {
                    self.core.set_token(#name, token.into());
                    self
                }
            }
        });
    }

    let servers = servers(m);
    let methods = shapes
        .iter()
        .map(|s| method(m, space, s, features.and_then(|f| f.op_gate(s.index))));
    quote! {
        //! An async client (reqwest) with one method per operation.

        /// How the spec's security schemes carry their credentials.
        const SCHEMES: &[(&str, super::runtime::client::Scheme)] = &[#(#scheme_entries)*];

        /// A client for the API. Cheap to clone; clones share one connection pool.
        #[derive(Debug, Clone)]
        pub struct Client {
            core: super::runtime::client::Core,
        }

        impl Client {
            /// A client for the API at `base_url` (the spec's paths are appended to it).
            pub fn new(base_url: impl ::std::convert::Into<::std::string::String>) -> Self {
                Self::with_http_client(base_url, ::reqwest::Client::new())
            }

            /// A client that sends through `http` (for timeouts, proxies, TLS settings).
            pub fn with_http_client(
                base_url: impl ::std::convert::Into<::std::string::String>,
                http: ::reqwest::Client,
            ) -> Self {
                Client {
                    core: super::runtime::client::Core::new(base_url, http, SCHEMES),
                }
            }

            /// The base URL requests go to.
            pub fn base_url(&self) -> &str {
                self.core.base_url()
            }

            /// Runs `hook` around every request (tracing, signing, refreshing credentials),
            /// after the hooks added before it.
            pub fn with_hook(mut self, hook: impl super::runtime::client::Hook) -> Self {
                self.core.add_hook(hook);
                self
            }

            /// Retries idempotent calls on connection failures, `429` and `503` (honouring
            /// `Retry-After`), `502` and `504`, as `retry` says.
            pub fn with_retry(mut self, retry: super::runtime::client::Retry) -> Self {
                self.core.set_retry(Some(retry));
                self
            }

            #(#setters)*
            #(#methods)*
        }

        #servers
    }
}

/// The spec's first absolute server: a constant with variables at their defaults, and a
/// function and constructor that fill the variables in.
fn servers(m: &ApiModel) -> TokenStream {
    let Some(server) = m
        .servers
        .iter()
        .find(|s| s.url.starts_with("http://") || s.url.starts_with("https://"))
    else {
        return quote!();
    };
    let mut fmt = String::new();
    let mut with_defaults = String::new();
    let mut args = Vec::new();
    let mut names = Names::default();
    for piece in split_template(&server.url) {
        match piece {
            Template::Text(t) => {
                fmt.push_str(&t.replace('{', "{{").replace('}', "}}"));
                with_defaults.push_str(t);
            }
            Template::Var(var) => {
                let default = server
                    .variables
                    .get(var)
                    .map(|v| v.default.as_str())
                    .unwrap_or_default();
                with_defaults.push_str(default);
                fmt.push_str("{}");
                args.push((ident(&names.claim(&field(var))), var.to_string(), default));
            }
        }
    }
    let const_doc = format!(
        " The spec's server `{}`, variables at their defaults.",
        server.url
    );
    let idents: Vec<&Ident> = args.iter().map(|a| &a.0).collect();
    let arg_docs: Vec<String> = args
        .iter()
        .map(|(_, var, default)| format!(" - `{var}`: default `{default}`"))
        .collect();
    let fn_doc = format!(
        " The spec's server `{}` with its variables filled in:",
        server.url
    );
    let url_fn = if args.is_empty() {
        quote!()
    } else {
        quote! {
            #[doc = #fn_doc]
            #(#[doc = #arg_docs])*
            pub fn server_url(#(#idents: &str),*) -> ::std::string::String {
                ::std::format!(#fmt, #(#idents),*)
            }
        }
    };
    let ctor_body = if args.is_empty() {
        quote!(Self::new(DEFAULT_BASE_URL))
    } else {
        quote!(Self::new(server_url(#(#idents),*)))
    };
    let ctor_doc = format!(" A client for the spec's server `{}`.", server.url);
    quote! {
        #[doc = #const_doc]
        pub const DEFAULT_BASE_URL: &str = #with_defaults;
        #url_fn
        impl Client {
            #[doc = #ctor_doc]
            pub fn for_server(#(#idents: &str),*) -> Self {
                #ctor_body
            }
        }
    }
}

/// The argument type for a parameter: `&str` for strings, by value for small copies, else a
/// reference.
fn arg_type(space: &TypeSpace<'_>, ty: TypeId) -> TokenStream {
    if matches!(space.get(ty), Type::Builtin(Builtin::String)) {
        quote!(&str)
    } else if is_copy(space, ty) {
        render_ref(space, ty, true)
    } else {
        let t = render_ref(space, ty, true);
        quote!(&#t)
    }
}

/// Primitive types passed by value.
fn is_copy(space: &TypeSpace<'_>, ty: TypeId) -> bool {
    matches!(
        space.get(ty),
        Type::Builtin(Builtin::Bool | Builtin::I32 | Builtin::I64 | Builtin::F64)
    )
}

fn method(
    m: &ApiModel,
    space: &TypeSpace<'_>,
    s: &OpShape,
    gate: Option<TokenStream>,
) -> TokenStream {
    let op = &m.operations[s.index];
    let name = ident(&s.method);
    let mut doc = String::new();
    for text in [&op.summary, &op.description].into_iter().flatten() {
        if !doc.is_empty() {
            doc.push_str("\n\n");
        }
        doc.push_str(text.trim());
    }
    if !doc.is_empty() {
        doc.push_str("\n\n");
    }
    doc.push_str(&format!("`{} {}`", op.method, op.path));
    if op.deprecated {
        doc.push_str(" (deprecated in the spec)");
    }
    let d = docs(&doc);

    // Arguments: path parameters, required others, the optional-parameter struct, the body.
    let mut args = Vec::new();
    for p in s.path_params.iter().chain(&s.required) {
        let (i, t) = (ident(&p.name), arg_type(space, p.ty));
        args.push(quote!(#i: #t));
    }
    if let Some((params, _)) = &s.optional {
        let t = render_ref(space, *params, true);
        args.push(quote!(params: &#t));
    }
    if let Some(body) = &s.body {
        let t = body_arg(space, body);
        args.push(quote!(body: #t));
    }

    // The path: literal pieces and encoded parameters, joined.
    let pieces: Vec<TokenStream> = s
        .path
        .iter()
        .map(|piece| match piece {
            PathPiece::Text(t) => quote!(#t),
            PathPiece::Param(i) => {
                let p = &s.path_params[*i];
                let a = ident(&p.name);
                match p.wire_style().0 {
                    WireStyle::Simple if !p.explode => {
                        quote!(&super::runtime::client::path_param(&#a))
                    }
                    style => {
                        let (wire, explode) = (&p.wire, p.explode);
                        let variant = ident(style.variant());
                        let value = match style {
                            WireStyle::Json => quote!(&super::runtime::client::JsonText(&#a)),
                            _ => quote!(&#a),
                        };
                        quote!(&super::runtime::client::path_param_styled(
                            #wire,
                            #value,
                            super::runtime::client::Style::#variant,
                            #explode,
                        ))
                    }
                }
            }
        })
        .collect();
    let wire_method = op.method.wire();
    let method_expr = match &op.method {
        HttpMethod::Query | HttpMethod::Other(_) => {
            // The model admits only token characters, so this always parses.
            let bytes = proc_macro2::Literal::byte_string(wire_method.as_bytes());
            quote!(::reqwest::Method::from_bytes(#bytes).unwrap_or(::reqwest::Method::GET))
        }
        _ => {
            let http_method = ident(&wire_method);
            quote!(::reqwest::Method::#http_method)
        }
    };
    let path_expr = match pieces.as_slice() {
        [] => quote!(::std::string::String::new()),
        [one] if s.path_params.is_empty() => quote!(::std::string::String::from(#one)),
        _ => quote!([#(#pieces),*].concat()),
    };

    let mut steps = Vec::new();
    // Required parameters are arguments (`&str`, `&T`, or a copy); optional ones are fields.
    let required = s.required.iter().map(|p| {
        let i = ident(&p.name);
        let v = if is_copy(space, p.ty) {
            quote!(&#i)
        } else {
            quote!(#i)
        };
        (p, v)
    });
    let optional = s
        .optional
        .iter()
        .flat_map(|(_, fields)| fields.iter())
        .map(|p| {
            let i = ident(&p.name);
            (p, quote!(&params.#i))
        });
    for (p, value) in required.chain(optional) {
        let wire = &p.wire;
        let explode = p.explode;
        // A parameter given by `content: {application/json: …}` travels as JSON text.
        let value = if p.media == Some(ValueMedia::Json) && p.location != ParamLocation::QueryString
        {
            quote!(&super::runtime::client::JsonText(#value))
        } else {
            value
        };
        steps.push(match p.location {
            ParamLocation::Query => {
                let style = ident(p.wire_style().0.variant());
                let method = match p.allow_reserved {
                    true => quote!(query_reserved),
                    false => quote!(query),
                };
                quote! {
                    request
                        .#method(#wire, #value, super::runtime::client::Style::#style, #explode)
                        .map_err(super::runtime::client::invalid)?;
                }
            }
            ParamLocation::Header => quote! {
                request.header(#wire, #value, #explode).map_err(super::runtime::client::invalid)?;
            },
            ParamLocation::Cookie => {
                let style = ident(p.wire_style().0.variant());
                quote! {
                    request
                        .cookie(#wire, #value, super::runtime::client::Style::#style, #explode)
                        .map_err(super::runtime::client::invalid)?;
                }
            }
            ParamLocation::QueryString => {
                let media = ident(p.media.map_or("Text", |m| m.variant()));
                quote! {
                    request
                        .query_string(#value, super::runtime::client::QueryMedia::#media)
                        .map_err(super::runtime::client::invalid)?;
                }
            }
            ParamLocation::Path => quote!(),
        });
    }
    if let Some(body) = &s.body {
        steps.push(body_step(space, body));
    }
    let request_binding = if steps.is_empty() {
        quote!(request)
    } else {
        quote!(mut request)
    };

    let security: Vec<TokenStream> = super::plan::security(m, op)
        .into_iter()
        .map(|alt| quote!(&[#(#alt),*]))
        .collect();
    let stream_arms = arms(space, s, true).0;
    let stream_answer = match stream_arms.as_slice() {
        [only] => only.clone(),
        _ => quote!(match status { #(#stream_arms)* }),
    };
    let (arms, uses_bytes) = arms(space, s, false);
    let answer = match arms.as_slice() {
        [only] => only.clone(),
        _ => quote!(match status { #(#arms)* }),
    };
    let bytes = if uses_bytes {
        quote!(bytes)
    } else {
        quote!(_bytes)
    };
    let ok = render_ref(space, s.success.ty, true);
    let err = render_ref(space, s.error.ty, true);
    let streaming = s.stream.as_ref().map(|st| {
        let name = ident(&st.method);
        let item = render_ref(space, st.item, true);
        let media = st.media.as_str();
        let framing = ident(st.framing.variant());
        let status = proc_macro2::Literal::u16_unsuffixed(st.status.parse().unwrap_or(200));
        let d = docs(&format!(
            "{doc}\n\nThe `{}` answer as a stream of items, each decoded as it arrives (asks for `{media}`).",
            st.status
        ));
        quote! {
            #d
            #gate
            pub async fn #name(&self, #(#args),*) -> ::std::result::Result<super::runtime::client::Items<#item, #err>, super::runtime::Error<#err>> {
                let mut request = super::runtime::client::Request::new(#method_expr, #path_expr);
                #(#steps)*
                request.accept(#media);
                let response = self.core.open(request, &[#(#security),*]).await?;
                if response.status().as_u16() == #status {
                    return ::std::result::Result::Ok(super::runtime::client::Items::new(
                        response,
                        super::runtime::client::Framing::#framing,
                    ));
                }
                let (status, headers, bytes) = super::runtime::client::read_all(response).await?;
                super::runtime::client::with_headers(#stream_answer, &headers)
            }
        }
    });
    let downloading = s.download.as_ref().map(|dl| {
        let name = ident(&dl.method);
        let media = dl.media.as_str();
        let statuses = match &dl.statuses {
            Some(list) => {
                let list = list.iter().map(|&s| proc_macro2::Literal::u16_unsuffixed(s));
                quote!(#(#list)|*)
            }
            None => quote!(200..=299),
        };
        let d = docs(&format!(
            "{doc}\n\nThe binary answer read as it arrives, in chunks, with its status and headers (asks for `{media}`)."
        ));
        quote! {
            #d
            #gate
            pub async fn #name(&self, #(#args),*) -> ::std::result::Result<super::runtime::client::Download<#err>, super::runtime::Error<#err>> {
                let mut request = super::runtime::client::Request::new(#method_expr, #path_expr);
                #(#steps)*
                request.accept(#media);
                let response = self.core.open(request, &[#(#security),*]).await?;
                if matches!(response.status().as_u16(), #statuses) {
                    return ::std::result::Result::Ok(super::runtime::client::Download::new(response));
                }
                let (status, headers, bytes) = super::runtime::client::read_all(response).await?;
                super::runtime::client::with_headers(#stream_answer, &headers)
            }
        }
    });
    // The plain method forwards to the one with the status and headers: one body per operation.
    let with_response = ident(&s.with_response);
    let forwarded: Vec<TokenStream> = s
        .path_params
        .iter()
        .chain(&s.required)
        .map(|p| {
            let i = ident(&p.name);
            quote!(#i)
        })
        .chain(s.optional.as_ref().map(|_| quote!(params)))
        .chain(s.body.as_ref().map(|_| quote!(body)))
        .collect();
    // `let value = …` of `()` is clippy's let_unit_value.
    let (bind, value) = if ok.to_string() == "()" {
        (quote!(), quote!(()))
    } else {
        (quote!(let value =), quote!(value))
    };
    let (answer_ty, typed_doc) = match s.headers {
        Some(h) => {
            let h = render_ref(space, h, true);
            (
                quote!(super::runtime::client::Response<#ok, #h>),
                " Its documented headers, typed: `typed_headers()`.",
            )
        }
        None => (quote!(super::runtime::client::Response<#ok>), ""),
    };
    let dr = docs(&format!(
        "[`Client::{}`], with the status and headers of the answer.{typed_doc}",
        s.method
    ));
    quote! {
        #d
        #gate
        pub async fn #name(&self, #(#args),*) -> ::std::result::Result<#ok, super::runtime::Error<#err>> {
            self.#with_response(#(#forwarded),*).await.map(super::runtime::client::Response::into_value)
        }
        #dr
        #gate
        pub async fn #with_response(&self, #(#args),*) -> ::std::result::Result<#answer_ty, super::runtime::Error<#err>> {
            let #request_binding = super::runtime::client::Request::new(#method_expr, #path_expr);
            #(#steps)*
            let (status, headers, #bytes) = self.core.execute(request, &[#(#security),*]).await?;
            #bind super::runtime::client::with_headers(#answer, &headers)?;
            ::std::result::Result::Ok(super::runtime::client::Response::new(status, headers, #value))
        }
        #streaming
        #downloading
    }
}

/// The body argument's type.
fn body_arg(space: &TypeSpace<'_>, body: &Body) -> TokenStream {
    let t = render_ref(space, body.ty, true);
    let base = match &body.kind {
        BodyKind::Json(_) | BodyKind::Form => quote!(&#t),
        BodyKind::Text(_) => quote!(&str),
        BodyKind::Multipart if form_fields(space, body.ty).is_some() => quote!(&#t),
        BodyKind::Bytes(_) | BodyKind::Multipart => t,
    };
    if body.required {
        base
    } else {
        quote!(::std::option::Option<#base>)
    }
}

/// The fields of a typed multipart form, when `t` is one.
fn form_fields<'a>(space: &'a TypeSpace<'_>, t: TypeId) -> Option<&'a [FormField]> {
    match space.get(t) {
        Type::Item(Item {
            kind: ItemKind::Form { fields },
            ..
        }) => Some(fields),
        _ => None,
    }
}

/// Sets the request body.
fn body_step(space: &TypeSpace<'_>, body: &Body) -> TokenStream {
    let set = match (&body.kind, form_fields(space, body.ty)) {
        (BodyKind::Multipart, Some(fields)) => {
            let parts = fields.iter().map(|f| {
                let (wire, name) = (&f.wire, ident(&f.name));
                match f.part {
                    FormPart::Files => quote!(form.files(#wire, &body.#name);),
                    FormPart::Value => quote! {
                        form.value(#wire, &body.#name).map_err(super::runtime::client::invalid)?;
                    },
                }
            });
            quote! {
                let mut form = super::runtime::multipart::Form::new();
                #(#parts)*
                request.multipart(form);
            }
        }
        (BodyKind::Json(media), _) => {
            quote!(request.json(#media, body).map_err(super::runtime::client::invalid)?;)
        }
        (BodyKind::Form, _) => {
            quote!(request.form(body).map_err(super::runtime::client::invalid)?;)
        }
        (BodyKind::Text(media), _) => quote!(request.raw(#media, body.as_bytes().to_vec());),
        (BodyKind::Bytes(media), _) => quote!(request.raw(#media, body);),
        (BodyKind::Multipart, _) => quote!(request.raw_body(body);),
    };
    if body.required {
        set
    } else {
        quote! {
            if let ::std::option::Option::Some(body) = body {
                #set
            }
        }
    }
}

/// The `match status` arms, and whether any reads the body bytes.
/// The status arms of a method; `errors_only` leaves the successes to the unexpected arm (a
/// streaming method has handled its own status before).
fn arms(space: &TypeSpace<'_>, s: &OpShape, errors_only: bool) -> (Vec<TokenStream>, bool) {
    let mut uses_bytes = false;
    let mut exact: Vec<(String, Vec<proc_macro2::Literal>, TokenStream)> = Vec::new();
    let mut ranges = Vec::new();
    let mut default = None;
    let mut push = |case: &Case, outcome: &Outcome, success: bool| {
        let (decode, reads) = decode(case);
        uses_bytes |= reads;
        let value = if outcome.is_enum {
            let n = render_ref(space, outcome.ty, true);
            let v = ident(&case.variant);
            if case.body.is_some() {
                quote!(#n::#v(#decode))
            } else {
                quote!(#n::#v)
            }
        } else {
            decode
        };
        let result = if success {
            quote!(::std::result::Result::Ok(#value))
        } else {
            quote!(super::runtime::client::api(status, #value))
        };
        let status = case.status.as_str();
        if let Ok(code) = status.parse::<u16>() {
            // Statuses with the same handling share one arm (`400 | 404 => …`).
            let key = result.to_string();
            let code = proc_macro2::Literal::u16_unsuffixed(code);
            match exact.iter_mut().find(|(k, _, _)| *k == key) {
                Some((_, codes, _)) => codes.push(code),
                None => exact.push((key, vec![code], result)),
            }
        } else if status.len() == 3 && status.ends_with("XX") {
            let lo = status[..1].parse::<u16>().unwrap_or(0) * 100;
            let (lo, hi) = (
                proc_macro2::Literal::u16_unsuffixed(lo),
                proc_macro2::Literal::u16_unsuffixed(lo + 99),
            );
            ranges.push(quote!(#lo..=#hi => #result,));
        } else if success {
            // `default` is a success only when no 2xx status is documented (see operations):
            // it then answers the 2xx range, and its error side answers the rest.
            ranges.push(quote!(200..=299 => #result,));
        } else {
            default = Some(result);
        }
    };
    for c in s.success.cases.iter().filter(|_| !errors_only) {
        push(c, &s.success, true);
    }
    for c in &s.error.cases {
        push(c, &s.error, false);
    }
    let mut out: Vec<TokenStream> = exact
        .into_iter()
        .map(|(_, codes, result)| quote!(#(#codes)|* => #result,))
        .collect();
    out.extend(ranges);
    let fallback = match default {
        Some(d) => d,
        None => {
            uses_bytes = true;
            quote!(super::runtime::client::unexpected(status, bytes))
        }
    };
    if out.is_empty() {
        // One outcome for every status: no `match` (clippy's match_single_binding).
        return (vec![fallback], uses_bytes);
    }
    out.push(quote!(_ => #fallback,));
    (out, uses_bytes)
}

/// The expression that decodes a case's body, and whether it reads the bytes.
fn decode(case: &Case) -> (TokenStream, bool) {
    match &case.body {
        None => (quote!(()), false),
        Some((BodyKind::Json(_), _)) => {
            (quote!(super::runtime::client::json(status, &bytes)?), true)
        }
        Some((BodyKind::Text(_), _)) => (quote!(super::runtime::client::text(&bytes)), true),
        Some(_) => (quote!(bytes), true),
    }
}
