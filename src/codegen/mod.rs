//! Code generation: model → `quote!` token streams → `syn::File` → prettyplease → files.
//!
//! Deterministic: items are ordered by name, names are claimed in document order, no clocks,
//! no hash-ordered maps. The runtime support in `templates/runtime` is copied into every
//! generated crate as `src/runtime/`, so a generated crate depends only on serde, serde_json
//! and chrono, plus reqwest for the `client` module (a default cargo feature).

pub mod client;
pub mod doc_text;
pub mod features;
pub mod naming;
pub mod plan;
pub mod server;
pub mod types;
pub mod typespace;

use crate::diag::Diagnostic;
use crate::ingest::{Api, codes};
use crate::model::ApiModel;
use crate::source::SourceMap;
use quote::{ToTokens as _, quote};
use std::collections::BTreeMap;

/// The runtime support files, as `src/runtime/<name>` in a generated crate.
const RUNTIME: &[(&str, &str)] = &[
    ("mod.rs", include_str!("../../templates/runtime/src/lib.rs")),
    (
        "client.rs",
        include_str!("../../templates/runtime/src/client.rs"),
    ),
    (
        "delimited.rs",
        include_str!("../../templates/runtime/src/delimited.rs"),
    ),
    (
        "enums.rs",
        include_str!("../../templates/runtime/src/enums.rs"),
    ),
    (
        "error.rs",
        include_str!("../../templates/runtime/src/error.rs"),
    ),
    (
        "headers.rs",
        include_str!("../../templates/runtime/src/headers.rs"),
    ),
    (
        "lenient.rs",
        include_str!("../../templates/runtime/src/lenient.rs"),
    ),
    (
        "multipart.rs",
        include_str!("../../templates/runtime/src/multipart.rs"),
    ),
    (
        "nullable.rs",
        include_str!("../../templates/runtime/src/nullable.rs"),
    ),
    (
        "server.rs",
        include_str!("../../templates/runtime/src/server.rs"),
    ),
    (
        "stream.rs",
        include_str!("../../templates/runtime/src/stream.rs"),
    ),
    (
        "timestamp.rs",
        include_str!("../../templates/runtime/src/timestamp.rs"),
    ),
    (
        "tuple.rs",
        include_str!("../../templates/runtime/src/tuple.rs"),
    ),
    (
        "validate.rs",
        include_str!("../../templates/runtime/src/validate.rs"),
    ),
    (
        "wire.rs",
        include_str!("../../templates/runtime/src/wire.rs"),
    ),
];

/// Runtime files that only a feature's module uses.
const FEATURE_FILES: &[(&str, &str)] = &[
    ("client.rs", "client"),
    ("error.rs", "client"),
    ("multipart.rs", "client"),
    ("server.rs", "server"),
    ("validate.rs", "server"),
];

/// Pretty-prints a token stream as a Rust file; a syntax error is a bug in the generator and
/// comes back as a diagnostic rather than a panic.
pub(crate) fn render(tokens: proc_macro2::TokenStream, what: &str) -> Result<String, Diagnostic> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| {
        codes::INTERNAL.diag(format!("generated {what} does not parse as Rust: {e}"))
    })?;
    Ok(prettyplease::unparse(&file))
}

/// [`render`], each item gated by `gate` (a `#[cfg(…)]`) when there is one.
pub(crate) fn render_gated(
    tokens: proc_macro2::TokenStream,
    gate: Option<&proc_macro2::TokenStream>,
    what: &str,
) -> Result<String, Diagnostic> {
    let Some(gate) = gate else {
        return render(tokens, what);
    };
    let mut file: syn::File = syn::parse2(tokens).map_err(|e| {
        codes::INTERNAL.diag(format!("generated {what} does not parse as Rust: {e}"))
    })?;
    let cfg = syn::parse::Parser::parse2(syn::Attribute::parse_outer, gate.clone())
        .map_err(|e| codes::INTERNAL.diag(format!("a feature gate does not parse: {e}")))?;
    for item in &mut file.items {
        if let Some(attrs) = item_attrs(item) {
            // After the doc comment, before derives: the gate reads first.
            let at = attrs
                .iter()
                .position(|a| !a.path().is_ident("doc"))
                .unwrap_or(attrs.len());
            attrs.splice(at..at, cfg.iter().cloned());
        }
    }
    Ok(prettyplease::unparse(&file))
}

/// The attributes of the kinds of item generated code has.
fn item_attrs(item: &mut syn::Item) -> Option<&mut Vec<syn::Attribute>> {
    Some(match item {
        syn::Item::Struct(i) => &mut i.attrs,
        syn::Item::Enum(i) => &mut i.attrs,
        syn::Item::Impl(i) => &mut i.attrs,
        syn::Item::Type(i) => &mut i.attrs,
        syn::Item::Const(i) => &mut i.attrs,
        syn::Item::Static(i) => &mut i.attrs,
        syn::Item::Fn(i) => &mut i.attrs,
        syn::Item::Mod(i) => &mut i.attrs,
        syn::Item::Trait(i) => &mut i.attrs,
        syn::Item::Use(i) => &mut i.attrs,
        syn::Item::Macro(i) => &mut i.attrs,
        _ => return None,
    })
}

/// Where a generated crate's runtime support comes from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum RuntimeSource {
    /// Copied into the crate as `src/runtime/` (the default: the crate stands alone).
    #[default]
    Vendored,
    /// The `specforge-runtime` crate at this path (as the crate's manifest writes it, so
    /// relative to the crate's directory), shared by every crate that names it.
    Path(String),
}

/// What to generate, beyond the spec: the settings a build script or project file gives.
#[derive(Clone)]
pub struct Options {
    /// Generate the `client` module (default on).
    pub client: bool,
    /// Generate the `server` module (default on).
    pub server: bool,
    /// Derives added to every generated struct and enum, as paths (`Eq`, `schemars::JsonSchema`).
    pub extra_derives: Vec<syn::Path>,
    /// Component schema name → the user's own type (a path) used instead of generating one.
    pub replace: BTreeMap<String, syn::Path>,
    /// A cargo feature per group of operations (first tag, else first path segment), so a
    /// user compiles only the groups they call (default on; a crate with one group has none).
    pub group_features: bool,
    /// Where the runtime support comes from.
    pub runtime: RuntimeSource,
    /// The directory the crate is written to: the documents it names are given relative to
    /// it, so the text is the same from whatever directory generation ran in. `None`: as the
    /// documents were named (a build script's `OUT_DIR` has no stable place to be relative to).
    pub crate_dir: Option<std::path::PathBuf>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            client: true,
            server: true,
            extra_derives: Vec::new(),
            replace: BTreeMap::new(),
            group_features: true,
            runtime: RuntimeSource::Vendored,
            crate_dir: None,
        }
    }
}

/// The generated modules of one API, before they become files.
struct Modules {
    /// The crate-level doc line.
    header: String,
    /// The source documents (display names).
    documents: Vec<String>,
    /// The cargo features of operation groups (empty: the crate has none).
    groups: Vec<String>,
    /// The `types` module's text.
    types: String,
    /// The `client` module's text, when generated (laid out before the server is generated,
    /// so its syntax tree is not held alongside the server's).
    client: Option<String>,
    /// The `server` module's text, when generated.
    server: Option<String>,
    /// What generation could not do as the spec says.
    warnings: Vec<Diagnostic>,
}

fn modules(
    api: &Api,
    m: &ApiModel,
    sources: &SourceMap,
    opts: &Options,
) -> Result<Modules, Diagnostic> {
    // The spec's documents, and docs pages whose examples were attached to it.
    let mut files: Vec<crate::source::FileId> = api.documents.iter().map(|d| d.file).collect();
    for ex in &api.examples {
        if ex.operation.is_some() && !files.contains(&ex.example.loc.file) {
            files.push(ex.example.loc.file);
        }
    }
    files.sort();
    let documents: Vec<String> = files
        .iter()
        .map(|&f| {
            let name = match &opts.crate_dir {
                Some(dir) => crate::ingest::refs::relative_to(&sources.get(f).path, dir),
                None => sources.name(f).to_string(),
            };
            name.replace('\\', "/")
        })
        .collect();
    let header = format!(
        " {} — generated by specforge {} from {}. Do not edit: regenerate with `specforge generate`.",
        m.title,
        env!("CARGO_PKG_VERSION"),
        documents.join(", ")
    );
    let extra = opts.extra_derives.iter().map(|p| quote!(#p)).collect();
    let replace = opts
        .replace
        .iter()
        .map(|(k, p)| (k.clone(), quote!(#p)))
        .collect();
    let mut type_gen = types::TypeGen::with_settings(m, extra, replace);
    // Bodies and parameters of operations name their inline schemas
    // (`CreateOauthClientRequest`, `CreateOauthClient201Response`). A multipart body is not
    // sent as its schema's type: its form (or raw body) is made with the plan.
    use typespace::View;
    for op in &m.operations {
        let requests =
            op.parameters
                .iter()
                .filter_map(|p| p.schema)
                .chain(op.request_body.iter().flat_map(|b| {
                    b.content
                        .iter()
                        .filter(|c| plan::body_kind(&c.media_type) != plan::BodyKind::Multipart)
                        .filter_map(|c| c.schema)
                }));
        for id in requests {
            type_gen.space().type_of(id, View::Request);
        }
        let responses = op
            .responses
            .iter()
            .flat_map(|r| r.content.iter().filter_map(|c| c.schema));
        for id in responses {
            type_gen.space().type_of(id, View::Response);
        }
    }
    let (mut methods, setters) = client::reserved_methods(m);
    let shapes = plan::shapes(m, type_gen.space(), &mut methods);
    let features = match opts.group_features {
        true => features::Features::plan(m, &shapes),
        false => None,
    };
    let client = match opts.client {
        true => Some(render(
            client::client_module(
                m,
                type_gen.space_ref(),
                &shapes,
                &setters,
                features.as_ref(),
            ),
            "client.rs",
        )?),
        false => None,
    };
    let mut warnings = Vec::new();
    let server = match opts.server {
        true => {
            let s = server::server_module(m, type_gen.space_ref(), &shapes)?;
            warnings = s.warnings;
            Some(s.text)
        }
        false => None,
    };
    let types_doc = format!(
        " Types of {} {}, one per schema that needs one.",
        m.title, m.version
    );
    // Derives, common types and serde helpers by short names, so each type's derive list and
    // most fields are one line (decision 023).
    let mut types = render(
        quote! {
            #![doc = #types_doc]
            #[allow(unused_imports)]
            use super::runtime::prelude::*;
        },
        "types.rs",
    )?;
    let (body, fallbacks) = type_gen.finish(features.as_ref())?;
    types.push_str(&body);
    warnings.extend(fallbacks);
    Ok(Modules {
        header,
        documents,
        groups: features.map(|f| f.names().to_vec()).unwrap_or_default(),
        types,
        client,
        server,
        warnings,
    })
}

/// The files of a generated crate for `api` with default options.
pub fn generate_crate(
    api: &Api,
    m: &ApiModel,
    sources: &SourceMap,
) -> Result<BTreeMap<String, String>, Diagnostic> {
    generate_crate_with(api, m, sources, &Options::default())
}

/// The files of a generated crate for `api` (paths relative to the crate directory).
pub fn generate_crate_with(
    api: &Api,
    m: &ApiModel,
    sources: &SourceMap,
    opts: &Options,
) -> Result<BTreeMap<String, String>, Diagnostic> {
    crate_files(&modules(api, m, sources, opts)?, m, opts)
}

/// [`generate_crate_with`], also returning the warnings of generation (patterns the server
/// cannot check, operations it cannot route).
pub fn generate_crate_reporting(
    api: &Api,
    m: &ApiModel,
    sources: &SourceMap,
    opts: &Options,
) -> Result<(BTreeMap<String, String>, Vec<Diagnostic>), Diagnostic> {
    let mods = modules(api, m, sources, opts)?;
    Ok((crate_files(&mods, m, opts)?, mods.warnings))
}

/// Both forms of one API's code from one generation pass: the crate's files, the single-file
/// module a build script includes (see `module_file`), and the warnings of generation.
pub fn generate_both(
    api: &Api,
    m: &ApiModel,
    sources: &SourceMap,
    opts: &Options,
) -> Result<Generated, Diagnostic> {
    let mods = modules(api, m, sources, opts)?;
    Ok(Generated {
        files: crate_files(&mods, m, opts)?,
        module: module_file(&mods, opts)?,
        warnings: mods.warnings,
    })
}

/// One API's generated code in both forms.
pub struct Generated {
    /// The crate's files (relative path → contents).
    pub files: BTreeMap<String, String>,
    /// The single-file module form.
    pub module: String,
    /// Warnings of generation.
    pub warnings: Vec<Diagnostic>,
}

fn crate_files(
    mods: &Modules,
    m: &ApiModel,
    opts: &Options,
) -> Result<BTreeMap<String, String>, Diagnostic> {
    let mut files = BTreeMap::new();
    let header = &mods.header;
    let client_mod = mods.client.is_some().then(|| {
        quote! {
            #[cfg(feature = "client")]
            #[rustfmt::skip]
            pub mod client;
        }
    });
    let server_mod = mods.server.is_some().then(|| {
        quote! {
            #[cfg(feature = "server")]
            #[rustfmt::skip]
            pub mod server;
        }
    });
    let runtime_mod = match opts.runtime {
        RuntimeSource::Vendored => quote!(
            pub mod runtime;
        ),
        // Generated code names `super::runtime::…` either way.
        RuntimeSource::Path(_) => quote!(
            pub use ::specforge_runtime as runtime;
        ),
    };
    // No `deny(warnings)`: a lint added to a later rustc would break builds of code its users
    // cannot edit. CI denies warnings on the checked-in crates with flags instead.
    let lib = quote! {
        #![doc = #header]
        // Sizes and argument counts follow the spec (a 200 body beside a 204 with none); boxing
        // them would make every caller pay for it.
        #![allow(clippy::large_enum_variant, clippy::too_many_arguments)]
        // Names come from the spec's own words, in whatever script it writes them.
        #![allow(mixed_script_confusables, confusable_idents)]
        #runtime_mod
        // Laid out by prettyplease; `cargo fmt` in a workspace must leave it as generated.
        #[rustfmt::skip]
        pub mod types;
        #client_mod
        #server_mod
    };
    files.insert("src/lib.rs".to_string(), render(lib, "lib.rs")?);
    if let Some(server) = &mods.server {
        files.insert("src/server.rs".to_string(), server.clone());
    }
    if let Some(client) = &mods.client {
        files.insert("src/client.rs".to_string(), client.clone());
    }
    files.insert("src/types.rs".to_string(), mods.types.clone());
    let vendored = opts.runtime == RuntimeSource::Vendored;
    for (name, text) in RUNTIME.iter().filter(|_| vendored) {
        let unused = FEATURE_FILES
            .iter()
            .any(|(f, feature)| f == name && !opts.has(feature));
        if unused {
            continue;
        }
        let text = if *name == "mod.rs" && !(opts.client && opts.server) {
            runtime_root(opts)?
        } else {
            (*text).to_string()
        };
        files.insert(format!("src/runtime/{name}"), text);
    }
    // The README is prose, filled in from a template; no Rust is built this way. Sections
    // between `<!-- server -->` markers are about the server module, `<!-- groups -->` about
    // the group features.
    let mut readme = include_str!("../../templates/crate/README.md").to_string();
    section(&mut readme, "server", opts.server);
    section(&mut readme, "groups", !mods.groups.is_empty());
    let runtime_path = match &opts.runtime {
        RuntimeSource::Vendored => "",
        RuntimeSource::Path(p) => p.as_str(),
    };
    section(&mut readme, "vendored", runtime_path.is_empty());
    section(&mut readme, "shared", !runtime_path.is_empty());
    let first_group = mods.groups.first().map(String::as_str).unwrap_or_default();
    let group_list = mods
        .groups
        .iter()
        .map(|g| format!("`{g}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let readme = readme
        .replace("{what}", opts.what())
        .replace("{groups}", &group_list)
        .replace("{runtime_path}", runtime_path)
        .replace("{group}", first_group)
        .replace("{crate}", &m.name)
        .replace("{lib}", &m.name.replace('-', "_"))
        .replace("{title}", &m.title)
        .replace("{version}", &m.version)
        .replace("{specforge}", env!("CARGO_PKG_VERSION"))
        .replace(
            "{documents}",
            &mods
                .documents
                .iter()
                .map(|d| format!("`{d}`"))
                .collect::<Vec<_>>()
                .join(", "),
        );
    files.insert("README.md".to_string(), readme);
    let cargo = toml_manifest(&m.name, &m.title, opts, &mods.groups);
    files.insert("Cargo.toml".to_string(), cargo);
    Ok(files)
}

/// Keeps the text between `<!-- name -->` markers (without the markers) or drops it.
fn section(readme: &mut String, name: &str, keep: bool) {
    let (open_mark, close_mark) = (format!("<!-- {name} -->\n"), format!("<!-- /{name} -->\n"));
    while let (Some(open), Some(close)) = (readme.find(&open_mark), readme.find(&close_mark)) {
        let end = close + close_mark.len();
        if keep {
            readme.replace_range(close..end, "");
            readme.replace_range(open..open + open_mark.len(), "");
        } else {
            readme.replace_range(open..end, "");
        }
    }
}

/// Which optional modules a generated crate has (each is a cargo feature of it).
impl Options {
    /// What the crate holds, for its description and README.
    fn what(&self) -> &'static str {
        match (self.client, self.server) {
            (true, true) => "Rust types, an async client and an axum server",
            (true, false) => "Rust types and an async client",
            (false, true) => "Rust types and an axum server",
            (false, false) => "Rust types",
        }
    }

    fn has(&self, feature: &str) -> bool {
        match feature {
            "client" => self.client,
            "server" => self.server,
            _ => false,
        }
    }
}

/// The feature a runtime item is gated on (`#[cfg(feature = "x")]`), and the attribute's index.
fn gate(attrs: &[syn::Attribute]) -> Option<(usize, &'static str)> {
    attrs.iter().enumerate().find_map(|(i, a)| {
        if !a.path().is_ident("cfg") {
            return None;
        }
        let text = a.meta.to_token_stream().to_string();
        ["client", "server"]
            .into_iter()
            .find(|f| text.contains("feature") && text.contains(&format!("\"{f}\"")))
            .map(|f| (i, f))
    })
}

fn parse_runtime(name: &str, text: &str) -> Result<syn::File, Diagnostic> {
    syn::parse_file(text)
        .map_err(|e| codes::INTERNAL.diag(format!("runtime {name} does not parse: {e}")))
}

/// The runtime's `mod.rs` without the modules of features the crate does not have (a
/// `cfg(feature)` naming an undeclared feature would be a warning, and the crate denies them).
fn runtime_root(opts: &Options) -> Result<String, Diagnostic> {
    let mut lib = parse_runtime("mod.rs", RUNTIME[0].1)?;
    lib.items.retain(|item| {
        let attrs = match item {
            syn::Item::Mod(m) => &m.attrs,
            syn::Item::Use(u) => &u.attrs,
            _ => return true,
        };
        gate(attrs).is_none_or(|(_, f)| opts.has(f))
    });
    Ok(prettyplease::unparse(&lib))
}

/// One Rust file holding `types`, `client`, `server` and `runtime` as inline modules, for a
/// build script to write into `OUT_DIR` and a crate to `include!`. It has no inner attributes
/// of its own, so it can be included at a crate's root or inside a module; the generated code
/// only uses `super::` paths between its modules. The including crate needs serde (derive),
/// serde_json, chrono, with the client reqwest, and with the server axum, serde_urlencoded and
/// regex.
fn module_file(mods: &Modules, opts: &Options) -> Result<String, Diagnostic> {
    let header = &mods.header;
    // Each module is laid out on its own, straight from the items read back from its text:
    // one syntax tree of a large spec's whole output (14 MB of Rust for Telnyx) was hundreds
    // of megabytes, and a build script paid for it.
    let mut out = String::new();
    // Inner attributes only: clippy rejects a module with both inner and outer ones.
    let types_attrs: Vec<syn::Attribute> = vec![
        syn::parse_quote!(#![doc = #header]),
        syn::parse_quote!(#![doc = ""]),
        syn::parse_quote!(#![allow(clippy::large_enum_variant, clippy::too_many_arguments)]),
    ];
    let mut types = parse_runtime("types.rs", &mods.types)?;
    ungate(&mut types);
    out.push_str(&nested("types", types_attrs, types));
    if let Some(text) = &mods.client {
        let mut client = parse_runtime("client.rs", text)?;
        ungate(&mut client);
        out.push_str(&nested("client", Vec::new(), client));
    }
    if let Some(text) = &mods.server {
        out.push_str(&nested(
            "server",
            Vec::new(),
            parse_runtime("server.rs", text)?,
        ));
    }
    let runtime = runtime_inline(opts)?;
    out.push_str(&render(
        quote! {
            pub mod runtime {
                #![allow(dead_code)]
                #runtime
            }
        },
        "the generated module",
    )?);
    Ok(out)
}

/// Drops the group features' gates: a crate that includes the module has no such features, so
/// it gets every operation (a `cfg` naming an undeclared feature would also be a warning).
fn ungate(file: &mut syn::File) {
    let keep = |a: &syn::Attribute| {
        !(a.path().is_ident("cfg") && a.meta.to_token_stream().to_string().contains("feature"))
    };
    for item in &mut file.items {
        if let syn::Item::Impl(i) = item {
            for member in &mut i.items {
                if let syn::ImplItem::Fn(f) = member {
                    f.attrs.retain(keep);
                }
            }
        }
        if let Some(attrs) = item_attrs(item) {
            attrs.retain(keep);
        }
    }
}

/// `pub mod name { .. }` holding `file`'s attributes and items, laid out.
fn nested(name: &str, mut attrs: Vec<syn::Attribute>, file: syn::File) -> String {
    attrs.extend(file.attrs);
    let module = syn::ItemMod {
        attrs,
        vis: syn::parse_quote!(pub),
        unsafety: None,
        mod_token: Default::default(),
        ident: syn::Ident::new(name, proc_macro2::Span::call_site()),
        content: Some((Default::default(), file.items)),
        semi: None,
    };
    let mut out: syn::File = syn::parse_quote!();
    out.items.push(syn::Item::Mod(module));
    prettyplease::unparse(&out)
}

/// The runtime as inline modules: `mod x;` replaced by the file's items, unit tests left out,
/// and the feature gates resolved now (the including crate has no such features).
fn runtime_inline(opts: &Options) -> Result<proc_macro2::TokenStream, Diagnostic> {
    let is_test = |attrs: &[syn::Attribute]| {
        attrs.iter().any(|a| {
            a.path().is_ident("cfg") && a.meta.to_token_stream().to_string().contains("test")
        })
    };
    let lib = parse_runtime("mod.rs", RUNTIME[0].1)?;
    let mut items = Vec::new();
    for item in lib.items {
        let syn::Item::Mod(mut module) = item else {
            if let syn::Item::Use(mut u) = item {
                if let Some((i, f)) = gate(&u.attrs) {
                    if !opts.has(f) {
                        continue;
                    }
                    u.attrs.remove(i);
                }
                items.push(syn::Item::Use(u));
            } else {
                items.push(item);
            }
            continue;
        };
        if let Some((i, f)) = gate(&module.attrs) {
            if !opts.has(f) {
                continue;
            }
            module.attrs.remove(i);
        }
        if module.content.is_none() {
            let file_name = format!("{}.rs", module.ident);
            let Some((_, text)) = RUNTIME.iter().find(|(n, _)| *n == file_name) else {
                return Err(codes::INTERNAL.diag(format!("runtime module {file_name} is missing")));
            };
            let file = parse_runtime(&file_name, text)?;
            let inner: Vec<syn::Item> = file
                .items
                .into_iter()
                .filter(|i| match i {
                    syn::Item::Mod(m) => !is_test(&m.attrs),
                    _ => true,
                })
                .map(local_macro)
                .collect();
            module.attrs.extend(file.attrs);
            module.content = Some((Default::default(), inner));
            module.semi = None;
        }
        items.push(syn::Item::Mod(module));
    }
    let attrs = lib.attrs;
    Ok(quote! { #(#attrs)* #(#items)* })
}

/// A runtime item as the module form holds it: an exported macro (`#[macro_export]`, reached
/// at the crate root) becomes local to its module, and its re-export from the root a `use` of
/// the local name. Two APIs included in one crate would otherwise define the macro twice at
/// that crate's root.
fn local_macro(item: syn::Item) -> syn::Item {
    match item {
        syn::Item::Macro(mut m) => {
            m.attrs.retain(|a| !a.path().is_ident("macro_export"));
            syn::Item::Macro(m)
        }
        syn::Item::Use(u) => {
            let text = u.tree.to_token_stream().to_string();
            match (text.strip_prefix("crate :: "), &u.tree) {
                (Some(_), syn::UseTree::Path(p)) => {
                    let rest = &p.tree;
                    syn::parse_quote! {
                        #[allow(unused_imports)]
                        pub(crate) use #rest;
                    }
                }
                _ => syn::Item::Use(u),
            }
        }
        other => other,
    }
}

/// The generated crate's manifest. Values are escaped as TOML strings.
fn toml_manifest(name: &str, title: &str, opts: &Options, groups: &[String]) -> String {
    let table = |pairs: &[(&str, toml::Value)]| {
        let mut t = toml::Table::new();
        for (k, v) in pairs {
            t.insert((*k).to_string(), v.clone());
        }
        toml::Value::Table(t)
    };
    let list = |items: &[&str]| toml::Value::Array(items.iter().map(|&i| i.into()).collect());
    let mut doc = toml::Table::new();
    let what = opts.what();
    doc.insert(
        "package".into(),
        table(&[
            ("name", name.into()),
            ("version", "0.1.0".into()),
            ("edition", "2024".into()),
            ("publish", false.into()),
            (
                "description",
                format!("{what} for {title}, generated by specforge").into(),
            ),
        ]),
    );
    // The crate has no unit tests of its own: `cargo test` in a user's workspace need not
    // compile the library a second time as a test harness.
    doc.insert("lib".into(), table(&[("test", false.into())]));
    let mut deps = toml::Table::new();
    deps.insert(
        "serde".into(),
        table(&[("version", "1".into()), ("features", list(&["derive"]))]),
    );
    // Object keys keep the spec's order (query parameters, form bodies).
    deps.insert(
        "serde_json".into(),
        table(&[
            ("version", "1".into()),
            ("features", list(&["preserve_order"])),
        ]),
    );
    deps.insert(
        "chrono".into(),
        table(&[
            ("version", "0.4.45".into()),
            ("default-features", false.into()),
            ("features", list(&["std", "serde"])),
        ]),
    );
    if opts.client || opts.server {
        // The `Stream` of streamed answers, on both sides.
        deps.insert(
            "futures-core".into(),
            table(&[("version", "0.3".into()), ("optional", true.into())]),
        );
    }
    let mut feature_table = toml::Table::new();
    let mut default = Vec::new();
    // The shared runtime builds the support of the modules the crate has.
    let shared_runtime = match &opts.runtime {
        RuntimeSource::Vendored => false,
        RuntimeSource::Path(path) => {
            deps.insert(
                "specforge-runtime".into(),
                table(&[
                    ("path", path.as_str().into()),
                    ("default-features", false.into()),
                ]),
            );
            true
        }
    };
    let runtime_feature = |feature: &str, list: &mut Vec<String>| {
        if shared_runtime {
            list.push(format!("specforge-runtime/{feature}"));
        }
    };
    if opts.client {
        deps.insert(
            "reqwest".into(),
            table(&[
                ("version", "0.13".into()),
                ("default-features", false.into()),
                ("features", list(&["rustls"])),
                ("optional", true.into()),
            ]),
        );
        // Where a response body failed to decode.
        deps.insert(
            "serde_path_to_error".into(),
            table(&[("version", "0.1".into()), ("optional", true.into())]),
        );
        // The timer between retries; reqwest already builds tokio.
        deps.insert(
            "tokio".into(),
            table(&[
                ("version", "1".into()),
                ("default-features", false.into()),
                ("features", list(&["time"])),
                ("optional", true.into()),
            ]),
        );
        let mut client: Vec<String> = [
            "dep:reqwest",
            "dep:futures-core",
            "dep:serde_path_to_error",
            "dep:tokio",
        ]
        .map(String::from)
        .to_vec();
        runtime_feature("client", &mut client);
        let client: Vec<&str> = client.iter().map(String::as_str).collect();
        feature_table.insert("client".into(), list(&client));
        default.push("client");
    }
    if opts.server {
        deps.insert(
            "axum".into(),
            table(&[
                ("version", "0.8".into()),
                ("default-features", false.into()),
                ("features", list(&["http1", "tokio"])),
                ("optional", true.into()),
            ]),
        );
        deps.insert(
            "regex".into(),
            table(&[("version", "1".into()), ("optional", true.into())]),
        );
        deps.insert(
            "serde_urlencoded".into(),
            table(&[("version", "0.7".into()), ("optional", true.into())]),
        );
        // Off by default: a crate used as a client does not build axum. A server implements
        // every operation, so it needs every group's types.
        let mut server: Vec<String> = [
            "dep:axum",
            "dep:regex",
            "dep:serde_urlencoded",
            "dep:futures-core",
        ]
        .map(String::from)
        .to_vec();
        if !groups.is_empty() {
            server.insert(0, "full".into());
        }
        runtime_feature("server", &mut server);
        let server: Vec<&str> = server.iter().map(String::as_str).collect();
        feature_table.insert("server".into(), list(&server));
    }
    // One feature per group of operations; `full` (on by default) is all of them.
    if !groups.is_empty() {
        for g in groups {
            feature_table.insert(g.clone(), toml::Value::Array(Vec::new()));
        }
        let all: Vec<&str> = groups.iter().map(String::as_str).collect();
        feature_table.insert("full".into(), list(&all));
        default.push("full");
    }
    doc.insert("dependencies".into(), deps.into());
    if !feature_table.is_empty() {
        feature_table.insert("default".into(), list(&default));
        doc.insert("features".into(), feature_table.into());
    }
    manifest_text(&doc)
}

fn manifest_text(doc: &toml::Table) -> String {
    format!(
        "# Generated by specforge {}. Do not edit: regenerate with `specforge generate`.\n{}",
        env!("CARGO_PKG_VERSION"),
        toml::to_string(doc).expect("a table serialises")
    )
}
