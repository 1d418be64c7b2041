//! The `types` module: one Rust type per schema that needs one, built as token streams.
//!
//! Semantic kinds from the model become real types: a delimited set of enum members becomes
//! `runtime::DelimitedSet<Enum, ','>`, a vendor timestamp layout a `runtime::LayoutTime<Marker>`,
//! RFC 3339 a `chrono::DateTime<FixedOffset>`, a number typed as a string a
//! `runtime::LenientNumber<i64>`. Each such decision is stated in the field's doc comment.
//! Constructs not generated yet become `serde_json::Value` with a doc comment saying so (a safe
//! fallback, never a panic).

use super::naming::{Names, camel_part, field, type_name, upper_camel};
use crate::model::{
    Additional, ApiModel, Discriminator, JsonType, Property, Schema, SchemaId, SchemaName,
    Semantic, TimestampFormat,
};
use indexmap::IndexMap;
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use std::collections::{BTreeMap, BTreeSet};

/// Generates the items of the `types` module for one API.
pub struct TypeGen<'a> {
    m: &'a ApiModel,
    names: Names,
    /// Schemas that get their own item → Rust name.
    named: BTreeMap<SchemaId, String>,
    /// Items by name (alphabetical output, independent of discovery order), laid out as
    /// soon as they are made: a large API's tokens never exist all at once.
    items: BTreeMap<String, Result<String, crate::diag::Diagnostic>>,
    /// Schemas named but not yet emitted.
    queue: Vec<SchemaId>,
    /// strftime layout → marker type name.
    layouts: BTreeMap<String, String>,
    /// Structural fingerprint → the inline schema whose type it is.
    by_shape: BTreeMap<String, SchemaId>,
    /// Refer to generated items as `super::types::Name` (for code outside the module).
    qualified: bool,
    /// Derives added to every generated struct and enum (user settings).
    extra_derives: Vec<TokenStream>,
    /// Component schema name → a user's own Rust type used instead of generating one.
    replace: BTreeMap<String, TokenStream>,
}

/// An identifier token for a name already made valid by [`super::naming`].
pub(super) fn ident(s: &str) -> Ident {
    Ident::new(s, Span::call_site())
}

/// `#[doc = "…"]` lines for a text (one attribute per line, as rustdoc expects).
pub(super) fn docs(text: &str) -> TokenStream {
    let lines = text.lines().map(|l| format!(" {}", l.trim_end()));
    quote! { #( #[doc = #lines] )* }
}

impl<'a> TypeGen<'a> {
    /// A generator for `m`; component schemas claim their names first, in document order.
    pub fn new(m: &'a ApiModel) -> Self {
        let mut g = TypeGen {
            m,
            names: Names::default(),
            named: BTreeMap::new(),
            items: BTreeMap::new(),
            queue: Vec::new(),
            layouts: BTreeMap::new(),
            by_shape: BTreeMap::new(),
            qualified: false,
            extra_derives: Vec::new(),
            replace: BTreeMap::new(),
        };
        for (name, &id) in &m.named {
            let n = g.names.claim(&type_name(name));
            g.named.insert(id, n);
            g.queue.push(id);
        }
        g
    }

    /// A generator with user settings: extra derives on every type, and component schemas
    /// replaced by the user's own types (which are then not generated).
    pub fn with_settings(
        m: &'a ApiModel,
        extra_derives: Vec<TokenStream>,
        replace: BTreeMap<String, TokenStream>,
    ) -> Self {
        let mut g = TypeGen::new(m);
        g.queue.retain(|id| {
            m.schema(*id)
                .component_name()
                .is_none_or(|c| !replace.contains_key(c))
        });
        g.extra_derives = extra_derives;
        g.replace = replace;
        g
    }

    /// The Rust type for schema `id` (used for a request/response body, a parameter, …).
    pub fn type_of(&mut self, id: SchemaId) -> TokenStream {
        let t = self.rust_type(id);
        if self.nullable(id) {
            quote!(::std::option::Option<#t>)
        } else {
            t
        }
    }

    /// [`TypeGen::type_of`] for code outside the `types` module: generated items are
    /// referred to by their full path.
    pub fn type_outside(&mut self, id: SchemaId) -> TokenStream {
        self.qualified = true;
        let t = self.type_of(id);
        self.qualified = false;
        t
    }

    /// Claims a name in the `types` namespace for an item made elsewhere (an operation's
    /// parameters or responses), so it cannot collide with a schema's type.
    pub fn claim(&mut self, want: &str) -> String {
        self.names.claim(want)
    }

    /// Adds an item made elsewhere under a name from [`TypeGen::claim`].
    pub fn add_item(&mut self, name: String, item: TokenStream) {
        self.put(name, item);
    }

    fn put(&mut self, name: String, item: TokenStream) {
        self.items.insert(name, super::render(item, "types.rs"));
    }

    /// A path to generated item `name`, as seen from where the tokens go.
    fn item_path(&self, name: &str) -> TokenStream {
        let n = ident(name);
        if self.qualified {
            quote!(super::types::#n)
        } else {
            quote!(#n)
        }
    }

    /// Emits every queued item; returns the module body, laid out.
    pub fn finish(mut self) -> Result<String, crate::diag::Diagnostic> {
        // First in, first out: nested types are named in document order.
        let mut next = 0;
        while next < self.queue.len() {
            let id = self.queue[next];
            next += 1;
            self.emit(id);
        }
        let mut text = String::new();
        for item in self.items.into_values() {
            text.push_str(&item?);
        }
        Ok(text)
    }

    fn nullable(&self, id: SchemaId) -> bool {
        self.m.schema(id).nullable || self.m.resolve(id).nullable
    }

    /// The name for a schema that gets its own item (claimed once).
    fn name_for(&mut self, id: SchemaId) -> String {
        if let Some(n) = self.named.get(&id) {
            return n.clone();
        }
        let m = self.m;
        let s = m.schema(id);
        let want = match &s.name {
            SchemaName::Component(n) => type_name(n),
            SchemaName::Inline(parts) => {
                // A union's inline branch keeps its `variantN` part, so it does not take the
                // union's own name.
                let joined: String = parts.to_vec().iter().map(|p| camel_part(p)).collect();
                type_name(&joined)
            }
        };
        // Identical inline schemas (SailPoint's 400/403/500 bodies) share one type.
        if matches!(s.name, SchemaName::Inline(_)) {
            let fp = fingerprint(m, id, 0);
            if let Some(&same) = self.by_shape.get(&fp) {
                let n = self.named[&same].clone();
                self.named.insert(id, n.clone());
                return n;
            }
            self.by_shape.insert(fp, id);
        }
        let n = self.names.claim(&want);
        self.named.insert(id, n.clone());
        self.queue.push(id);
        n
    }

    fn is_object(s: &Schema) -> bool {
        s.types.contains(&JsonType::Object) || !s.properties.is_empty() || !s.all_of.is_empty()
    }

    fn string_enum(s: &Schema) -> Option<Vec<String>> {
        let values = s.enum_values.as_ref()?;
        let strings: Vec<String> = values
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        let typed_string = s.types.is_empty() || s.single_type() == Some(JsonType::String);
        (typed_string
            && !strings.is_empty()
            && strings.len()
                == values
                    .iter()
                    .filter(|v| v.as_str().is_some() || v.value != crate::tree::Value::Null)
                    .count())
        .then_some(strings)
    }

    /// The alternatives of a `oneOf` (or else `anyOf`), null branches already removed.
    fn branches(s: &Schema) -> &[SchemaId] {
        if s.one_of.is_empty() {
            &s.any_of
        } else {
            &s.one_of
        }
    }

    fn rust_type(&mut self, id: SchemaId) -> TokenStream {
        let m = self.m;
        let s = m.resolve(id);
        let id = s.id;
        if let Some(t) = s.component_name().and_then(|c| self.replace.get(c)) {
            return t.clone();
        }
        match s.semantic.as_deref() {
            Some(Semantic::DelimitedSet { separator, .. }) if separator.chars().count() == 1 => {
                let name = self.name_for(id);
                let name = self.item_path(&name);
                let sep = separator.chars().next().expect("one char");
                return quote!(super::runtime::DelimitedSet<#name, #sep>);
            }
            Some(Semantic::Timestamp { format, .. }) => match format {
                TimestampFormat::Rfc3339 => {
                    return quote!(::chrono::DateTime<::chrono::FixedOffset>);
                }
                TimestampFormat::Date => return quote!(::chrono::NaiveDate),
                TimestampFormat::Layout {
                    strftime,
                    zoned: false,
                    has_time: true,
                    ..
                } => {
                    let marker = self.layout_marker(strftime);
                    let marker = self.item_path(&marker);
                    return quote!(super::runtime::LayoutTime<#marker>);
                }
                _ => {}
            },
            Some(Semantic::NumericString { integer, .. }) => {
                return if *integer {
                    quote!(super::runtime::LenientNumber<i64>)
                } else {
                    quote!(super::runtime::LenientNumber<f64>)
                };
            }
            _ => {}
        }
        if s.never {
            return quote!(::serde_json::Value);
        }
        let branches = Self::branches(s);
        if Self::string_enum(s).is_some()
            || Self::is_object(s) && !s.properties.is_empty()
            || !s.all_of.is_empty()
            || branches.len() > 1
        {
            let name = self.name_for(id);
            return self.item_path(&name);
        }
        if let [only] = branches {
            return self.rust_type(*only);
        }
        // A 3.1 `$ref` with siblings (or a nullable `$ref`): the siblings only constrain.
        if let Some(r) = s.reference
            && r != s.id
            && s.types.is_empty()
        {
            return self.rust_type(r);
        }
        if s.types.len() > 1 {
            return quote!(::serde_json::Value);
        }
        match s.single_type() {
            Some(JsonType::Boolean) => quote!(bool),
            Some(JsonType::Integer) => match s.format.as_deref() {
                Some("int32") => quote!(i32),
                _ => quote!(i64),
            },
            Some(JsonType::Number) => quote!(f64),
            Some(JsonType::String) => quote!(::std::string::String),
            Some(JsonType::Array) => {
                let item = match s.items {
                    Some(i) => self.type_of(i),
                    None => quote!(::serde_json::Value),
                };
                quote!(::std::vec::Vec<#item>)
            }
            Some(JsonType::Object) => {
                let value = match s.additional {
                    Additional::Schema(a) => self.type_of(a),
                    _ => quote!(::serde_json::Value),
                };
                quote!(::std::collections::BTreeMap<::std::string::String, #value>)
            }
            None => quote!(::serde_json::Value),
        }
    }

    fn layout_marker(&mut self, strftime: &str) -> String {
        if let Some(n) = self.layouts.get(strftime) {
            return n.clone();
        }
        let letters: String = strftime
            .chars()
            .filter(|c| c.is_ascii_alphabetic())
            .collect();
        let n = self
            .names
            .claim(&format!("Layout{}", upper_camel(&letters)));
        self.layouts.insert(strftime.to_string(), n.clone());
        let name = ident(&n);
        let doc = docs(&format!(
            "The timestamp layout `{strftime}` (not RFC 3339), as the spec's `pattern` or examples fix it."
        ));
        self.put(
            n.clone(),
            quote! {
                #doc
                #[derive(Debug, Clone, Copy, PartialEq, Eq)]
                pub struct #name;
                impl super::runtime::Layout for #name {
                    const FORMAT: &'static str = #strftime;
                }
            },
        );
        n
    }

    fn emit(&mut self, id: SchemaId) {
        let m = self.m;
        let name = self.named[&id].clone();
        let s = m.schema(id);
        let resolved = m.resolve(id);
        let mut doc_text = resolved
            .description
            .as_deref()
            .unwrap_or_default()
            .to_string();
        if let SchemaName::Component(c) = &s.name
            && **c != *name
        {
            doc_text.push_str(&format!("\n\nSchema `{c}` in the spec."));
        }
        let item = if let Some(values) = Self::string_enum(resolved) {
            self.enum_item(&name, &values, &doc_text)
        } else if Self::is_object(resolved)
            && (!resolved.properties.is_empty() || !resolved.all_of.is_empty())
        {
            self.struct_item(id, &name, &doc_text)
        } else if Self::branches(resolved).len() > 1 {
            self.union_item(id, &name, &doc_text)
        } else {
            // A named schema that is not an object or enum: an alias of its Rust type.
            let t = self.type_of(id);
            let n = ident(&name);
            let d = docs(doc_text.trim());
            quote! { #d pub type #n = #t; }
        };
        self.put(name, item);
    }

    fn enum_item(&mut self, name: &str, values: &[String], doc_text: &str) -> TokenStream {
        let n = ident(name);
        let extra = &self.extra_derives;
        let mut variants = Names::default();
        let vs: Vec<(Ident, &String)> = values
            .iter()
            .map(|v| (ident(&variants.claim(&type_name(v))), v))
            .collect();
        let other = ident(&variants.claim("Other"));
        let decls = vs.iter().map(|(i, v)| quote! { #[serde(rename = #v)] #i, });
        let to_str = vs.iter().map(|(i, v)| quote! { #n::#i => #v, });
        let from_str = vs.iter().map(|(i, v)| quote! { #v => #n::#i, });
        let d = docs(doc_text.trim());
        quote! {
            #d
            #[derive(Debug, Clone, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize #(, #extra)*)]
            pub enum #n {
                #(#decls)*
                /// A value this version of the spec does not list (a newer server may send one).
                #[serde(untagged)]
                #other(::std::string::String),
            }
            impl ::std::fmt::Display for #n {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(match self {
                        #(#to_str)*
                        #n::#other(s) => s,
                    })
                }
            }
            impl ::std::str::FromStr for #n {
                type Err = ::std::convert::Infallible;
                fn from_str(s: &str) -> ::std::result::Result<Self, Self::Err> {
                    ::std::result::Result::Ok(match s {
                        #(#from_str)*
                        other => #n::#other(other.to_string()),
                    })
                }
            }
        }
    }

    /// A variant name for branch `b` (number `i`) of a union.
    fn variant_name(&self, b: SchemaId, i: usize) -> String {
        let t = self.m.resolve(b);
        if let Some(c) = t.component_name() {
            return type_name(c);
        }
        if let Some(title) = &t.title {
            return type_name(title);
        }
        let by_kind = match (t.semantic.as_deref(), t.single_type()) {
            (Some(Semantic::Timestamp { .. }), _) => "Timestamp",
            (Some(Semantic::DelimitedSet { .. }), _) => "Set",
            (Some(Semantic::NumericString { .. }), _) => "Number",
            (_, Some(JsonType::String)) if t.enum_values.is_some() => "Enum",
            (_, Some(JsonType::String)) => "String",
            (_, Some(JsonType::Integer)) => "Integer",
            (_, Some(JsonType::Number)) => "Number",
            (_, Some(JsonType::Boolean)) => "Boolean",
            (_, Some(JsonType::Array)) => "Array",
            (_, Some(JsonType::Object)) if t.properties.is_empty() => "Map",
            _ if Self::is_object(t) => "Object",
            _ => return format!("Variant{i}"),
        };
        by_kind.to_string()
    }

    /// Discriminator values that select branch `b`: the mapping entries that point at it, or
    /// else its component name (the OpenAPI default). Empty when it cannot be tagged.
    fn tags_for(&self, d: &Discriminator, b: SchemaId) -> Vec<String> {
        let Some(component) = self.m.resolve(b).component_name() else {
            return Vec::new();
        };
        let mapped: Vec<String> = d
            .mapping
            .iter()
            .filter(|(_, target)| {
                target.rsplit('/').next() == Some(component) || target.as_str() == component
            })
            .map(|(tag, _)| tag.clone())
            .collect();
        if mapped.is_empty() {
            vec![component.to_string()]
        } else {
            mapped
        }
    }

    /// A `oneOf`/`anyOf` as an enum: selected by the discriminator when every branch has a
    /// tag, tried in order (untagged) otherwise. Either way an `Other` variant keeps a value
    /// this version of the spec does not describe, so a newer server does not break clients.
    fn union_item(&mut self, id: SchemaId, name: &str, doc_text: &str) -> TokenStream {
        let m = self.m;
        let extra = self.extra_derives.clone();
        let s = m.resolve(id);
        let n = ident(name);
        let mut variants = Names::default();
        let mut seen_types = BTreeSet::new();
        // (variant, type, tag values, is the catch-all JSON value)
        let mut vs: Vec<(Ident, TokenStream, Vec<String>, bool)> = Vec::new();
        for (i, &b) in Self::branches(s).iter().enumerate() {
            let mut t = self.type_of(b);
            // Two branches with one Rust type (`string` with different formats) are one variant.
            if !seen_types.insert(t.to_string()) {
                continue;
            }
            if self.reaches(m.resolve(b).id, id, &mut BTreeSet::new()) {
                t = quote!(::std::boxed::Box<#t>);
            }
            let is_value = t.to_string() == quote!(::serde_json::Value).to_string();
            let tags = match &s.discriminator {
                Some(d) => self.tags_for(d, b),
                None => Vec::new(),
            };
            let v = ident(&variants.claim(&self.variant_name(b, i)));
            vs.push((v, t, tags, is_value));
        }
        // Untagged deserialisation tries variants in order: the catch-all goes last.
        vs.sort_by_key(|v| v.3);
        let d = docs(doc_text.trim());
        let tagged = s.discriminator.is_some() && vs.iter().all(|v| !v.2.is_empty());
        let has_value = vs.iter().any(|v| v.3);
        let other = (!has_value || tagged).then(|| ident(&variants.claim("Other")));
        let decls = vs.iter().map(|(v, t, _, _)| quote! { #v(#t), });
        let other_decl = other.as_ref().map(|o| {
            quote! {
                /// A value this version of the spec does not describe (a newer server may send one).
                #o(::serde_json::Value),
            }
        });
        if !tagged {
            return quote! {
                #d
                #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize #(, #extra)*)]
                #[serde(untagged)]
                pub enum #n {
                    #(#decls)*
                    #other_decl
                }
            };
        }
        let prop = &s.discriminator.as_ref().expect("tagged").property;
        let o = other.expect("a tagged union has Other");
        let arms = vs.iter().map(|(v, _, tags, _)| {
            quote! {
                ::std::option::Option::Some(#(#tags)|*) => ::serde_json::from_value(value)
                    .map(#n::#v)
                    .map_err(::serde::de::Error::custom),
            }
        });
        let doc_tag = if doc_text.trim().is_empty() {
            docs(&format!("Selected by the `{prop}` property."))
        } else {
            docs(&format!("\nSelected by the `{prop}` property."))
        };
        quote! {
            #d
            #doc_tag
            #[derive(Debug, Clone, PartialEq, ::serde::Serialize #(, #extra)*)]
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
                        _ => ::std::result::Result::Ok(#n::#o(value)),
                    }
                }
            }
        }
    }

    /// Properties of `id` with `allOf` parts flattened in, and the required names.
    fn collect(
        &self,
        id: SchemaId,
        props: &mut IndexMap<String, Property>,
        required: &mut BTreeSet<String>,
        depth: usize,
    ) {
        if depth > 32 {
            return;
        }
        let s = self.m.resolve(id);
        for &part in &s.all_of {
            self.collect(part, props, required, depth + 1);
        }
        if let Some(r) = s.reference
            && r != s.id
        {
            self.collect(r, props, required, depth + 1);
        }
        for (k, p) in &s.properties {
            props.insert(k.to_string(), p.clone());
        }
        required.extend(s.required.iter().map(|(n, _)| n.clone()));
    }

    /// Whether the type of `from` holds the type of `to` by value, through struct fields or
    /// union variants that are not behind a `Vec` or map (such a cycle needs a `Box`).
    fn reaches(&self, from: SchemaId, to: SchemaId, seen: &mut BTreeSet<SchemaId>) -> bool {
        if from == to {
            return true;
        }
        if !seen.insert(from) {
            return false;
        }
        let s = self.m.resolve(from);
        let kids: Vec<SchemaId> = if Self::is_object(s) {
            let mut props = IndexMap::new();
            self.collect(from, &mut props, &mut BTreeSet::new(), 0);
            props.values().map(|p| p.schema).collect()
        } else {
            let mut kids = Self::branches(s).to_vec();
            kids.extend(s.reference.filter(|&r| r != s.id));
            kids
        };
        kids.into_iter()
            .any(|k| self.reaches(self.m.resolve(k).id, to, seen))
    }

    fn struct_item(&mut self, id: SchemaId, name: &str, doc_text: &str) -> TokenStream {
        let m = self.m;
        let extra = self.extra_derives.clone();
        let n = ident(name);
        let mut props = IndexMap::new();
        let mut required = BTreeSet::new();
        self.collect(id, &mut props, &mut required, 0);
        let mut fields = Names::default();
        let mut out = Vec::new();
        for (prop, p) in &props {
            let fname = fields.claim(&field(prop));
            let f = ident(&fname);
            let target = m.resolve(p.schema);
            let mut t = self.rust_type(p.schema);
            if self.reaches(target.id, id, &mut BTreeSet::new()) {
                t = quote!(::std::boxed::Box<#t>);
            }
            let nullable = self.nullable(p.schema);
            let is_required = required.contains(prop);
            let mut attrs = Vec::new();
            if fname != *prop {
                attrs.push(quote!(rename = #prop));
            }
            let ty = match (is_required, nullable) {
                (true, false) => t,
                // Present but possibly null.
                (true, true) => quote!(::std::option::Option<#t>),
                (false, false) => {
                    attrs.push(quote!(
                        default,
                        skip_serializing_if = "::std::option::Option::is_none"
                    ));
                    quote!(::std::option::Option<#t>)
                }
                // Absent, null and a value are three different things here.
                (false, true) => {
                    attrs.push(quote!(
                        default,
                        deserialize_with = "super::runtime::nullable::present",
                        skip_serializing_if = "::std::option::Option::is_none"
                    ));
                    quote!(::std::option::Option<super::runtime::Nullable<#t>>)
                }
            };
            let serde = if attrs.is_empty() {
                quote!()
            } else {
                quote!(#[serde(#(#attrs),*)])
            };
            let mut text = p
                .description
                .as_deref()
                .or(target.description.as_deref())
                .unwrap_or_default()
                .to_string();
            if let Some(note) = semantic_note(target) {
                if !text.is_empty() {
                    text.push_str("\n\n");
                }
                text.push_str(&note);
            }
            let d = docs(text.trim());
            out.push(quote! { #d #serde pub #f: #ty, });
        }
        let d = docs(doc_text.trim());
        quote! {
            #d
            #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize #(, #extra)*)]
            pub struct #n {
                #(#out)*
            }
        }
    }
}

/// Why a field has the type it has, when the model decided more than JSON Schema says.
fn semantic_note(s: &Schema) -> Option<String> {
    Some(match s.semantic.as_deref()? {
        Semantic::DelimitedSet { separator, .. } => format!(
            "specforge: the spec types this as one enum value, but it holds several members joined by `{separator}` (see lint SF101), so it is a set."
        ),
        Semantic::Timestamp { format: TimestampFormat::Layout { layout, .. }, .. } => {
            format!("specforge: a timestamp in the layout `{layout}`, not RFC 3339 (see lint SF111); read and written in exactly that layout.")
        }
        Semantic::Timestamp { format: TimestampFormat::Rfc3339, .. } => "specforge: an RFC 3339 date-time; the UTC offset is kept.".to_string(),
        Semantic::NumericString { .. } => {
            "specforge: the spec says string, but the examples are numbers (see lint SF122); both `750` and `\"750\"` are accepted.".to_string()
        }
        _ => return None,
    })
}

/// A structural fingerprint of a schema: what decides its generated type (types, enum values,
/// format, properties and their fingerprints, required, items, semantic kind). Descriptions and
/// examples do not count, so copies with different prose share a type.
fn fingerprint(m: &ApiModel, id: SchemaId, depth: usize) -> String {
    let s = m.resolve(id);
    if depth > 8 {
        return format!("#{}", s.id.0);
    }
    if let SchemaName::Component(n) = &s.name
        && depth > 0
    {
        return format!("ref:{n}");
    }
    let mut out = format!(
        "{:?}|{:?}|{:?}|{}|",
        s.types,
        s.format,
        s.semantic.as_ref().map(|x| format!("{x:?}")),
        s.nullable
    );
    if let Some(v) = &s.enum_values {
        out.push_str(&format!(
            "enum{:?}|",
            v.iter()
                .map(|n| n.to_json().to_string())
                .collect::<Vec<_>>()
        ));
    }
    for (k, p) in &s.properties {
        out.push_str(&format!(
            "{k}:{}{};",
            fingerprint(m, p.schema, depth + 1),
            s.required.iter().any(|(r, _)| r == k)
        ));
    }
    if let Some(i) = s.items {
        out.push_str(&format!("items[{}]", fingerprint(m, i, depth + 1)));
    }
    for (tag, list) in [("all", &s.all_of), ("any", &s.any_of), ("one", &s.one_of)] {
        for &p in list {
            out.push_str(&format!("{tag}[{}]", fingerprint(m, p, depth + 1)));
        }
    }
    if let Some(d) = &s.discriminator {
        out.push_str(&format!("disc[{}:{:?}]", d.property, d.mapping));
    }
    if let Additional::Schema(a) = s.additional {
        out.push_str(&format!("map[{}]", fingerprint(m, a, depth + 1)));
    }
    if let Some(r) = s.reference.filter(|&r| r != s.id) {
        out.push_str(&format!("ref[{}]", fingerprint(m, r, depth + 1)));
    }
    out
}
