//! The `types` module: the [`TypeSpace`] rendered as Rust items, and references to its types
//! as token streams for the other modules.
//!
//! Semantic kinds from the model are real types: a delimited set of enum members is
//! `runtime::DelimitedSet<Enum, ','>`, a vendor timestamp layout a `runtime::LayoutTime<Marker>`,
//! RFC 3339 a `chrono::DateTime<FixedOffset>`, a number typed as a string a
//! `runtime::LenientNumber<i64>`. Each such decision is stated in the field's doc comment.

use super::typespace::{
    Builtin, Element, Field, Item, ItemKind, Type, TypeId, TypeSpace, Variant, View,
};
use crate::model::{ApiModel, SchemaId};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use std::collections::BTreeMap;

/// Generates the items of the `types` module for one API.
pub struct TypeGen<'a> {
    space: TypeSpace<'a>,
    /// Derives added to every generated struct and enum (user settings).
    extra_derives: Vec<TokenStream>,
}

/// An identifier token for a name already made valid by [`super::naming`].
pub(super) fn ident(s: &str) -> Ident {
    Ident::new(s, Span::call_site())
}

/// `#[doc = "…"]` lines for a text: one attribute per line, as rustdoc expects. Spec text is
/// data: code blocks in it become ```` ```text ```` blocks, so rustdoc never compiles or runs
/// them as doctests, and line breaks are `\n` (a bare CR is not allowed in a doc comment).
pub(super) fn docs(text: &str) -> TokenStream {
    // Tabs are spaces in doc comments (clippy's `tabs_in_doc_comments`).
    let text = text
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\t', "    ");
    let safe = super::doc_text::neutralize_code(&text);
    let lines = safe.lines().map(|l| format!(" {}", l.trim_end()));
    quote! { #( #[doc = #lines] )* }
}

impl<'a> TypeGen<'a> {
    /// A generator for `m` with default settings.
    pub fn new(m: &'a ApiModel) -> Self {
        Self::with_settings(m, Vec::new(), BTreeMap::new())
    }

    /// A generator with user settings: extra derives on every type, and component schemas
    /// replaced by the user's own types (which are then not generated).
    pub fn with_settings(
        m: &'a ApiModel,
        extra_derives: Vec<TokenStream>,
        replace: BTreeMap<String, TokenStream>,
    ) -> Self {
        let replace = replace
            .into_iter()
            .map(|(k, t)| (k, t.to_string()))
            .collect();
        TypeGen {
            space: TypeSpace::new(m, replace),
            extra_derives,
        }
    }

    /// The type space.
    pub fn space(&mut self) -> &mut TypeSpace<'a> {
        &mut self.space
    }

    /// The type space, to read.
    pub fn space_ref(&self) -> &TypeSpace<'a> {
        &self.space
    }

    /// The type of schema `id` in `view`.
    pub fn id_of(&mut self, id: SchemaId, view: View) -> TypeId {
        self.space.type_of(id, view)
    }

    /// The Rust type of schema `id` in `view`, seen from inside `types` or, `outside`, from
    /// the other modules.
    pub fn type_in(&mut self, id: SchemaId, view: View, outside: bool) -> TokenStream {
        let t = self.space.type_of(id, view);
        self.tokens(t, outside)
    }

    /// The Rust type of schema `id` as a response carries it, from inside `types`.
    pub fn type_of(&mut self, id: SchemaId) -> TokenStream {
        self.type_in(id, View::Response, false)
    }

    /// [`TypeGen::type_of`] for code outside the `types` module.
    pub fn type_outside(&mut self, id: SchemaId) -> TokenStream {
        self.type_in(id, View::Response, true)
    }

    /// Claims a name in the `types` namespace for an item made elsewhere (an operation's
    /// parameters or responses), so it cannot collide with a schema's type.
    pub fn claim(&mut self, want: &str) -> String {
        self.space.claim(want)
    }

    /// Tokens naming type `t`.
    pub fn tokens(&self, t: TypeId, outside: bool) -> TokenStream {
        render_ref(&self.space, t, outside)
    }

    /// Finishes the space and lays out every item, alphabetically; returns the module body
    /// and what could not be expressed as the spec says.
    pub fn finish(
        mut self,
        features: Option<&super::features::Features>,
    ) -> Result<(String, Vec<crate::diag::Diagnostic>), crate::diag::Diagnostic> {
        self.space.finish();
        let gates = features
            .map(|f| f.type_gates(self.space.model(), &self.space))
            .unwrap_or_default();
        // Our own mistakes, not the input's: checked where tests and fuzzing run.
        debug_assert_eq!(self.space.invariants(), Vec::<String>::new());
        let defaults = defaults(&self.space);
        // Constructors are for what callers build: response-only types are read, not made.
        let sent = self.space.sent();
        let mut items: BTreeMap<String, (TokenStream, Option<&TokenStream>)> = BTreeMap::new();
        for (id, t) in self.space.types() {
            let form = matches!(
                t,
                Type::Item(Item {
                    kind: ItemKind::Form { .. },
                    ..
                })
            );
            // A form holds files, which configured derives (`Hash`, `JsonSchema`) need not
            // suit; it is only ever built, so it always gets a constructor or `Default`.
            let mut derives = if form {
                Vec::new()
            } else {
                self.extra_derives.clone()
            };
            let default = defaults.contains(&id);
            if default {
                derives.insert(0, quote!(Default));
            }
            if let Type::Item(item) = t
                && let Some(tokens) = render_item(
                    &self.space,
                    id,
                    item,
                    &derives,
                    default || !(form || sent.contains(&id)),
                )
            {
                items.insert(item.name.clone(), (tokens, gates.get(&id)));
            }
        }
        let mut text = String::new();
        for (_, (tokens, gate)) in items {
            text.push_str(&super::render_gated(tokens, gate, "types.rs")?);
        }
        Ok((text, std::mem::take(&mut self.space.diagnostics)))
    }
}

/// The structs and newtypes that can derive `Default` (every field's type has one), so a
/// value is written as `Foo { name, ..Default::default() }` and a property the vendor adds
/// later does not break it.
fn defaults(space: &TypeSpace<'_>) -> std::collections::HashSet<TypeId> {
    let mut yes: std::collections::HashSet<TypeId> = space
        .types()
        .filter(|(_, t)| {
            matches!(
                t,
                Type::Item(Item {
                    kind: ItemKind::Struct { .. }
                        | ItemKind::Newtype { .. }
                        | ItemKind::Form { .. },
                    ..
                })
            )
        })
        .map(|(i, _)| i)
        .collect();
    loop {
        let drop: Vec<TypeId> = yes
            .iter()
            .copied()
            .filter(|&i| {
                let ok = |t: TypeId| has_default(space, &yes, t, 0);
                match space.get(i) {
                    Type::Item(Item {
                        kind: ItemKind::Struct { fields, additional },
                        ..
                    }) => {
                        !fields.iter().all(|f| !f.required || f.nullable || ok(f.ty))
                            || additional.as_ref().is_some_and(|(_, t)| !ok(*t))
                    }
                    Type::Item(Item {
                        kind: ItemKind::Newtype { inner, .. },
                        ..
                    }) => !ok(*inner),
                    Type::Item(Item {
                        kind: ItemKind::Form { fields },
                        ..
                    }) => !fields.iter().all(|f| !f.required || ok(f.ty)),
                    _ => true,
                }
            })
            .collect();
        if drop.is_empty() {
            return yes;
        }
        for d in drop {
            yes.remove(&d);
        }
    }
}

fn has_default(
    space: &TypeSpace<'_>,
    items: &std::collections::HashSet<TypeId>,
    t: TypeId,
    depth: usize,
) -> bool {
    if depth > 64 {
        return false;
    }
    let ok = |x: TypeId| has_default(space, items, x, depth + 1);
    match space.get(t) {
        Type::Builtin(b) => matches!(
            b,
            Builtin::Bool
                | Builtin::I32
                | Builtin::I64
                | Builtin::F64
                | Builtin::String
                | Builtin::Value
                | Builtin::Null
                | Builtin::Unit
                | Builtin::Bytes
                | Builtin::File
        ),
        Type::Option(_) | Type::Vec(_) | Type::Map(_) => true,
        Type::Tuple(xs) => xs.len() <= 12 && xs.iter().all(|&x| ok(x)),
        Type::Set { member, .. } => ok(*member),
        Type::LayoutTime { .. } | Type::External(_) => false,
        Type::Item(Item {
            kind: ItemKind::Alias { target },
            ..
        }) => *target != t && ok(*target),
        Type::Item(_) => items.contains(&t),
    }
}

/// Names `types.rs` writes short when it can: the standard prelude's, and the runtime
/// prelude's (`use super::runtime::prelude::*`). A spec's type of the same name shadows either
/// without error, so then, and in the other modules, the full path is written. Short names keep
/// most fields and attributes on one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Std {
    Option,
    String,
    Vec,
    Box,
    BTreeMap,
    Value,
    Nullable,
}

impl Std {
    /// The path naming this item in `types` (`outside` false) or a sibling module.
    fn path(self, space: &TypeSpace<'_>, outside: bool) -> TokenStream {
        let (short, full) = match self {
            Std::Option => ("Option", quote!(::std::option::Option)),
            Std::String => ("String", quote!(::std::string::String)),
            Std::Vec => ("Vec", quote!(::std::vec::Vec)),
            Std::Box => ("Box", quote!(::std::boxed::Box)),
            Std::BTreeMap => ("BTreeMap", quote!(::std::collections::BTreeMap)),
            Std::Value => ("Value", quote!(::serde_json::Value)),
            Std::Nullable => ("Nullable", quote!(super::runtime::Nullable)),
        };
        if outside || space.is_taken(short) {
            full
        } else {
            let i = ident(short);
            quote!(#i)
        }
    }
}

fn builtin(space: &TypeSpace<'_>, b: Builtin, outside: bool) -> TokenStream {
    // The runtime is a sibling of `types` and of the modules that use it.
    let rt = quote!(super::runtime);
    match b {
        Builtin::Bool => quote!(bool),
        Builtin::I32 => quote!(i32),
        Builtin::I64 => quote!(i64),
        Builtin::F64 => quote!(f64),
        Builtin::String => Std::String.path(space, outside),
        Builtin::Value => Std::Value.path(space, outside),
        Builtin::Null => quote!(()),
        Builtin::DateTime => quote!(::chrono::DateTime<::chrono::FixedOffset>),
        Builtin::Date => quote!(::chrono::NaiveDate),
        Builtin::LenientInteger => quote!(#rt::LenientNumber<i64>),
        Builtin::LenientNumber => quote!(#rt::LenientNumber<f64>),
        Builtin::Unit => quote!(()),
        Builtin::Never => quote!(::std::convert::Infallible),
        Builtin::Bytes => {
            let v = Std::Vec.path(space, outside);
            quote!(#v<u8>)
        }
        Builtin::RawBody => quote!(#rt::RawBody),
        Builtin::File => quote!(#rt::FilePart),
    }
}

/// Tokens naming type `t`, from inside `types` or (`outside`) from a sibling module.
pub fn render_ref(space: &TypeSpace<'_>, t: TypeId, outside: bool) -> TokenStream {
    render_ref_at(space, t, outside, 0)
}

fn render_ref_at(space: &TypeSpace<'_>, t: TypeId, outside: bool, depth: usize) -> TokenStream {
    let std = |s: Std| s.path(space, outside);
    if depth > 64 {
        return std(Std::Value);
    }
    let r = |x: TypeId| render_ref_at(space, x, outside, depth + 1);
    match space.get(t) {
        Type::Builtin(b) => builtin(space, *b, outside),
        Type::Option(x) => {
            let (o, x) = (std(Std::Option), r(*x));
            quote!(#o<#x>)
        }
        Type::Vec(x) => {
            let (v, x) = (std(Std::Vec), r(*x));
            quote!(#v<#x>)
        }
        Type::Map(x) => {
            let (m, k, x) = (std(Std::BTreeMap), std(Std::String), r(*x));
            quote!(#m<#k, #x>)
        }
        Type::Tuple(xs) => {
            let xs = xs.iter().map(|&x| r(x));
            quote!((#(#xs,)*))
        }
        Type::Set { member, separator } => {
            let m = r(*member);
            quote!(super::runtime::DelimitedSet<#m, #separator>)
        }
        Type::LayoutTime { marker, date } => {
            let m = r(*marker);
            if *date {
                quote!(super::runtime::LayoutDate<#m>)
            } else {
                quote!(super::runtime::LayoutTime<#m>)
            }
        }
        Type::External(path) => path.parse().unwrap_or_else(|_| std(Std::Value)),
        Type::Item(item) => {
            let n = ident(&item.name);
            if outside {
                quote!(super::types::#n)
            } else {
                quote!(#n)
            }
        }
    }
}

/// `Box<t>` in `types` when `b`, else `t`.
fn boxed(space: &TypeSpace<'_>, t: TokenStream, b: bool) -> TokenStream {
    if b {
        let bx = Std::Box.path(space, false);
        quote!(#bx<#t>)
    } else {
        t
    }
}

fn render_item(
    space: &TypeSpace<'_>,
    id: TypeId,
    item: &Item,
    extra: &[TokenStream],
    // Whether a struct goes without a `new` constructor (it has `Default`, or nothing builds
    // it in a request).
    no_constructor: bool,
) -> Option<TokenStream> {
    let n = ident(&item.name);
    let d = docs(item.doc.trim());
    let r = |x: TypeId| render_ref(space, x, false);
    Some(match &item.kind {
        ItemKind::Pending => return None,
        ItemKind::Alias { target } => {
            let t = if *target == id {
                Std::Value.path(space, false)
            } else {
                r(*target)
            };
            quote! { #d pub type #n = #t; }
        }
        ItemKind::Newtype { inner, boxed: b } => {
            let t = boxed(space, r(*inner), *b);
            quote! {
                #d
                #[derive(Debug, Clone, PartialEq, Serialize, Deserialize #(, #extra)*)]
                #[serde(transparent)]
                pub struct #n(pub #t);
            }
        }
        ItemKind::Layout { strftime } => quote! {
            #d
            #[derive(Debug, Clone, Copy, PartialEq, Eq)]
            pub struct #n;
            impl super::runtime::Layout for #n {
                const FORMAT: &'static str = #strftime;
            }
        },
        ItemKind::Enum { variants, other } => render_enum(space, &n, &d, variants, other, extra),
        ItemKind::Struct { fields, additional } => {
            let s = render_struct(space, &n, &d, fields, additional, extra);
            // A request struct without `Default` gets a constructor of its required fields.
            if no_constructor {
                s
            } else {
                let new = render_constructor(space, &n, fields, additional);
                quote! { #s #new }
            }
        }
        ItemKind::Union {
            variants,
            tag,
            other,
            fallback,
        } => render_union(
            space,
            &n,
            &d,
            variants,
            Tagging {
                tag: tag.as_deref(),
                other: other.as_deref(),
                fallback: fallback.as_deref(),
            },
            extra,
        ),
        ItemKind::Tuple { elements, rest } => render_tuple(space, &n, &d, elements, *rest, extra),
        ItemKind::Params { fields } => {
            let o = Std::Option.path(space, false);
            let decls = fields.iter().map(|f| {
                let (i, t) = (ident(&f.name), r(f.ty));
                let fd = docs(&f.doc);
                quote! { #fd pub #i: #o<#t>, }
            });
            quote! {
                #d
                #[derive(Debug, Clone, Default, PartialEq)]
                pub struct #n { #(#decls)* }
            }
        }
        ItemKind::Form { fields } => {
            let o = Std::Option.path(space, false);
            let decls = fields.iter().map(|f| {
                let (i, t) = (ident(&f.name), r(f.ty));
                let fd = docs(&f.doc);
                if f.required {
                    quote! { #fd pub #i: #t, }
                } else {
                    quote! { #fd pub #i: #o<#t>, }
                }
            });
            let s = quote! {
                #d
                #[derive(Debug, Clone, PartialEq #(, #extra)*)]
                pub struct #n { #(#decls)* }
            };
            if no_constructor {
                s
            } else {
                // The constructor of a struct of the same fields.
                let as_fields: Vec<Field> = fields
                    .iter()
                    .map(|f| Field {
                        name: f.name.clone(),
                        wire: f.wire.clone(),
                        ty: f.ty,
                        required: f.required,
                        nullable: false,
                        boxed: false,
                        doc: String::new(),
                    })
                    .collect();
                let new = render_constructor(space, &n, &as_fields, &None);
                quote! { #s #new }
            }
        }
        ItemKind::Answers { variants } => {
            let decls = variants.iter().map(|v| {
                let name = ident(&v.name);
                let vd = docs(&format!("`{}`", v.status));
                match v.ty {
                    Some(t) => {
                        let t = r(t);
                        quote! { #vd #name(#t), }
                    }
                    None => quote! { #vd #name, },
                }
            });
            quote! {
                #d
                #[derive(Debug, Clone, PartialEq)]
                pub enum #n { #(#decls)* }
            }
        }
    })
}

fn render_enum(
    space: &TypeSpace<'_>,
    n: &Ident,
    d: &TokenStream,
    variants: &[(String, String)],
    other: &str,
    extra: &[TokenStream],
) -> TokenStream {
    let vs: Vec<(Ident, &String)> = variants.iter().map(|(v, w)| (ident(v), w)).collect();
    let other = ident(other);
    let string = Std::String.path(space, false);
    let decls = vs.iter().map(|(i, v)| quote! { #[serde(rename = #v)] #i, });
    // `Display` and `FromStr` by the runtime's macro: a match per direction (decision 023).
    let names = vs.iter().map(|(i, v)| quote! { #i(#v) });
    quote! {
        #d
        #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize #(, #extra)*)]
        pub enum #n {
            #(#decls)*
            /// A value this version of the spec does not list (a newer server may send one).
            #[serde(untagged)]
            #other(#string),
        }
        super::runtime::enums::wire_names!(#n, #other; #(#names),*);
    }
}

fn render_struct(
    space: &TypeSpace<'_>,
    n: &Ident,
    d: &TokenStream,
    fields: &[Field],
    additional: &Option<(String, TypeId)>,
    extra: &[TokenStream],
) -> TokenStream {
    let o = Std::Option.path(space, false);
    let nullable = Std::Nullable.path(space, false);
    let mut out = Vec::new();
    for f in fields {
        let name = ident(&f.name);
        let t = boxed(space, render_ref(space, f.ty, false), f.boxed);
        let wire = &f.wire;
        let mut attrs = Vec::new();
        if f.name != f.wire {
            attrs.push(quote!(rename = #wire));
        }
        let ty = match (f.required, f.nullable) {
            (true, false) => t,
            // Present but possibly null.
            (true, true) => quote!(#o<#t>),
            (false, false) => {
                // `absent` is the runtime prelude's `Option::is_none`: shorter, and no spec type
                // named `Option` can shadow it.
                attrs.push(quote!(default, skip_serializing_if = "absent"));
                quote!(#o<#t>)
            }
            // Absent, null and a value are three different things here.
            (false, true) => {
                attrs.push(quote!(
                    default,
                    deserialize_with = "present",
                    skip_serializing_if = "absent"
                ));
                quote!(#o<#nullable<#t>>)
            }
        };
        let serde = if attrs.is_empty() {
            quote!()
        } else {
            quote!(#[serde(#(#attrs),*)])
        };
        let fd = docs(f.doc.trim());
        out.push(quote! { #fd #serde pub #name: #ty, });
    }
    if let Some((name, t)) = additional {
        let name = ident(name);
        let t = render_ref(space, *t, false);
        let (m, k) = (
            Std::BTreeMap.path(space, false),
            Std::String.path(space, false),
        );
        out.push(quote! {
            /// Properties the spec does not list, kept as they were sent.
            #[serde(flatten)]
            pub #name: #m<#k, #t>,
        });
    }
    quote! {
        #d
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize #(, #extra)*)]
        pub struct #n {
            #(#out)*
        }
    }
}

/// `new(required fields)` for a struct a request carries that cannot derive `Default` (a
/// required field's type has none): the required fields are its arguments, every optional one starts absent. Code
/// that builds the value this way keeps compiling when the API adds an optional field, as
/// `..Default::default()` does for the others. Nothing when every field is required: the
/// struct literal is then as robust.
fn render_constructor(
    space: &TypeSpace<'_>,
    n: &Ident,
    fields: &[Field],
    additional: &Option<(String, TypeId)>,
) -> TokenStream {
    if fields.iter().all(|f| f.required) && additional.is_none() {
        return quote!();
    }
    let mut args = Vec::new();
    let mut inits = Vec::new();
    for f in fields {
        let name = ident(&f.name);
        if !f.required {
            inits.push(quote!(#name: ::std::default::Default::default()));
            continue;
        }
        let t = render_ref(space, f.ty, false);
        let t = if f.nullable {
            let o = Std::Option.path(space, false);
            quote!(#o<#t>)
        } else {
            t
        };
        args.push(quote!(#name: #t));
        inits.push(match (f.boxed, f.nullable) {
            (false, _) => quote!(#name),
            (true, false) => quote!(#name: ::std::boxed::Box::new(#name)),
            (true, true) => quote!(#name: #name.map(::std::boxed::Box::new)),
        });
    }
    if let Some((name, _)) = additional {
        let name = ident(name);
        inits.push(quote!(#name: ::std::default::Default::default()));
    }
    // clippy's threshold: a vendor's object may require more fields than it likes.
    let allow = if args.len() > 7 {
        quote!(#[allow(clippy::too_many_arguments)])
    } else {
        quote!()
    };
    quote! {
        impl #n {
            /// A value of the required fields, every optional field absent: code that builds
            /// it this way keeps compiling when the API adds an optional field.
            #allow
            pub fn new(#(#args),*) -> Self {
                Self { #(#inits),* }
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn render_union(
    space: &TypeSpace<'_>,
    n: &Ident,
    d: &TokenStream,
    variants: &[Variant],
    tagging: Tagging<'_>,
    extra: &[TokenStream],
) -> TokenStream {
    let Tagging {
        tag,
        other,
        fallback,
    } = tagging;
    let decls = variants.iter().map(|v| {
        let name = ident(&v.name);
        let t = boxed(space, render_ref(space, v.ty, false), v.boxed);
        quote! { #name(#t), }
    });
    let other_ident = other.map(ident);
    let value = Std::Value.path(space, false);
    let other_decl = other_ident.as_ref().map(|o| {
        quote! {
            /// A value this version of the spec does not describe (a newer server may send one).
            #o(#value),
        }
    });
    let Some(prop) = tag else {
        return quote! {
            #d
            #[derive(Debug, Clone, PartialEq, Serialize, Deserialize #(, #extra)*)]
            #[serde(untagged)]
            pub enum #n {
                #(#decls)*
                #other_decl
            }
        };
    };
    let o = other_ident.unwrap_or_else(|| ident("Other"));
    let wrap = |v: &Variant| {
        let name = ident(&v.name);
        if v.boxed {
            quote!(|x| #n::#name(::std::boxed::Box::new(x)))
        } else {
            quote!(#n::#name)
        }
    };
    let arms = variants.iter().map(|v| {
        let tags = &v.tags;
        let wrap = wrap(v);
        quote! {
            ::std::option::Option::Some(#(#tags)|*) => ::serde_json::from_value(value)
                .map(#wrap)
                .map_err(::serde::de::Error::custom),
        }
    });
    // An absent or unknown tag: the `defaultMapping` variant, else the catch-all.
    let rest = match variants.iter().find(|v| Some(v.name.as_str()) == fallback) {
        Some(v) => {
            let wrap = wrap(v);
            quote!(::serde_json::from_value(value).map(#wrap).map_err(::serde::de::Error::custom))
        }
        None => quote!(::std::result::Result::Ok(#n::#o(value))),
    };
    quote! {
        #d
        #[derive(Debug, Clone, PartialEq, Serialize #(, #extra)*)]
        #[serde(untagged)]
        pub enum #n {
            #(#decls)*
            #other_decl
        }
        // By hand rather than `#[serde(tag)]`: each variant's own struct keeps the tag field,
        // so the whole object is handed to it.
        impl<'de> ::serde::Deserialize<'de> for #n {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)?;
                let tag = value
                    .get(#prop)
                    .and_then(::serde_json::Value::as_str)
                    .map(::std::string::String::from);
                match tag.as_deref() {
                    #(#arms)*
                    _ => #rest,
                }
            }
        }
    }
}

/// How a union's variants are told apart.
struct Tagging<'a> {
    /// The discriminator property, when every variant has a tag.
    tag: Option<&'a str>,
    /// The catch-all variant.
    other: Option<&'a str>,
    /// The variant for an absent or unknown tag (`defaultMapping`).
    fallback: Option<&'a str>,
}

fn render_tuple(
    space: &TypeSpace<'_>,
    n: &Ident,
    d: &TokenStream,
    elements: &[Element],
    rest: Option<TypeId>,
    extra: &[TokenStream],
) -> TokenStream {
    let (o, v) = (Std::Option.path(space, false), Std::Vec.path(space, false));
    let field_types = elements.iter().map(|e| {
        let t = boxed(space, render_ref(space, e.ty, false), e.boxed);
        if e.required {
            quote!(pub #t)
        } else {
            quote!(pub #o<#t>)
        }
    });
    let rest_field = rest.map(|r| {
        let t = render_ref(space, r, false);
        quote!(pub #v<#t>)
    });
    let idx = |i: usize| syn::Index::from(i);
    // Serialise: the positions up to the first absent one, then the rest.
    let mut ser = Vec::new();
    for (i, e) in elements.iter().enumerate() {
        let f = idx(i);
        if e.required {
            ser.push(quote!(seq.serialize_element(&self.#f)?;));
        } else {
            ser.push(quote! {
                let ::std::option::Option::Some(x) = &self.#f else { break 'items };
                seq.serialize_element(x)?;
            });
        }
    }
    if rest.is_some() {
        let f = idx(elements.len());
        ser.push(quote! {
            for x in &self.#f {
                seq.serialize_element(x)?;
            }
        });
    }
    let mut de = Vec::new();
    let mut built = Vec::new();
    for (i, e) in elements.iter().enumerate() {
        let v = ident(&format!("e{i}"));
        let f = if e.required {
            quote!(super::runtime::tuple::required(&mut items, #i)?)
        } else {
            quote!(super::runtime::tuple::optional(&mut items, #i)?)
        };
        let f = if e.boxed && e.required {
            quote!(::std::boxed::Box::new(#f))
        } else if e.boxed {
            quote!((#f).map(::std::boxed::Box::new))
        } else {
            f
        };
        de.push(quote!(let #v = #f;));
        built.push(quote!(#v));
    }
    let len = elements.len();
    match rest {
        Some(_) => {
            de.push(quote!(let rest = super::runtime::tuple::rest(items, #len)?;));
            built.push(quote!(rest));
        }
        None => de.push(quote!(super::runtime::tuple::end(items, #len)?;)),
    }
    let any_optional = elements.iter().any(|e| !e.required);
    let ser = if any_optional {
        quote! { 'items: { #(#ser)* } }
    } else {
        quote! { #(#ser)* }
    };
    quote! {
        #d
        #[derive(Debug, Clone, PartialEq #(, #extra)*)]
        pub struct #n(#(#field_types,)* #rest_field);
        impl ::serde::Serialize for #n {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeSeq as _;
                let mut seq = serializer.serialize_seq(::std::option::Option::None)?;
                #ser
                seq.end()
            }
        }
        impl<'de> ::serde::Deserialize<'de> for #n {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                let items = <::std::vec::Vec<::serde_json::Value> as ::serde::Deserialize>::deserialize(deserializer)?;
                let mut items = items.into_iter();
                #(#de)*
                ::std::result::Result::Ok(#n(#(#built),*))
            }
        }
    }
}
