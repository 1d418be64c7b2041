//! Ingest: turn the files users hand us into one located OpenAPI document per API.
//!
//! Per file: read → detect the wrapper and extract ([`wrapper`]) → check the version →
//! bundle external `$ref`s ([`refs`]) → convert Swagger 2.0 ([`swagger2`]) → check local refs.
//! Then documents are grouped into APIs (by `specforge.toml`, or by `info.title` + `info.version`),
//! merged ([`merge`]), overlays are applied to each API's document ([`overlay`]), and docs-page
//! examples are attached to the operations they show.

pub mod bundle;
pub mod codes;
pub mod convert;
pub mod curl;
pub mod json;
pub mod limits;
pub mod merge;
pub mod normalize;
pub mod overlay;
pub mod refs;
pub mod swagger2;
pub mod uri;
pub mod wrapper;
pub mod yaml;

use crate::diag::{Diagnostic, Diagnostics};
use crate::source::{FileId, Loc, SourceFile, SourceMap};
use crate::tree::Node;
use curl::DocsExample;
use std::path::{Path, PathBuf};
use wrapper::WrapperKind;

/// The OpenAPI dialect a document was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub enum SpecVersion {
    /// Swagger 2.0 (converted to 3.0.3 on ingest).
    #[serde(rename = "2.0")]
    Swagger2,
    /// OpenAPI 3.0.x.
    #[serde(rename = "3.0")]
    V30,
    /// OpenAPI 3.1.x.
    #[serde(rename = "3.1")]
    V31,
    /// OpenAPI 3.2.x: 3.1's schema dialect plus the `query` method, `additionalOperations`,
    /// `in: querystring`, sequential media types with `itemSchema`, and more.
    #[serde(rename = "3.2")]
    V32,
}

impl SpecVersion {
    /// The version as people write it: `2.0`, `3.0`, `3.1`, `3.2`.
    pub fn as_str(self) -> &'static str {
        match self {
            SpecVersion::Swagger2 => "2.0",
            SpecVersion::V30 => "3.0",
            SpecVersion::V31 => "3.1",
            SpecVersion::V32 => "3.2",
        }
    }

    /// Whether this dialect has what OpenAPI 3.2 added.
    pub fn has_32(self) -> bool {
        self >= SpecVersion::V32
    }
}

/// Options that change how input is read.
#[derive(Debug, Clone, Default)]
pub struct IngestOptions {
    /// Let `$ref` reach files outside the spec's root directory.
    pub allow_refs_outside_root: bool,
    /// Overlay documents applied to every API, in order.
    pub overlays: Vec<PathBuf>,
    /// Keep each plain YAML/JSON document's tree as written ([`Workspace::written`]), for
    /// Spectral rulesets, which read documents before bundling and normalising.
    pub keep_written: bool,
}

/// Files the user says form one API (or, with no name, files to group by their `info`).
#[derive(Debug, Clone, Default)]
pub struct ApiInput {
    /// The API's name (from `specforge.toml`); `None` groups by `info.title` + `info.version`.
    pub name: Option<String>,
    /// The files.
    pub files: Vec<PathBuf>,
    /// Directory `$ref`s may not leave (default: the directory of each file).
    pub root: Option<PathBuf>,
    /// Overlay documents applied to this API after merging, in order.
    pub overlays: Vec<PathBuf>,
    /// Let this API's `$ref`s leave its root (in addition to [`IngestOptions`]' global switch).
    pub allow_refs_outside_root: bool,
    /// URL prefixes whose documents are read from a local directory instead
    /// (`http://localhost:1234/` → `remotes/`); any other URL is refused.
    pub remote_refs: Vec<(String, PathBuf)>,
}

/// One source document of an API (its content lives in the API's merged document).
#[derive(Debug, Clone)]
pub struct Document {
    /// The file it came from.
    pub file: FileId,
    /// How it was wrapped.
    pub kind: WrapperKind,
    /// Its dialect.
    pub version: SpecVersion,
}

/// A document as read, before merging: its description and its tree.
#[derive(Debug)]
pub struct ReadDocument {
    /// Where it came from.
    pub info: Document,
    /// The document, bundled and (for 2.0) converted.
    pub root: Node,
    /// Its schema resources, where bundling had to resolve identifiers.
    pub resources: bundle::SchemaResources,
    /// Examples its docs page gave, already placed in `root`.
    pub harvested: Vec<HarvestedExample>,
}

/// Which part of a rendered docs page an example was harvested from. Ingest keeps such an
/// example in its media type's `examples` like any other, and records the origin beside it
/// ([`Api::harvested`]), so nothing has to read it back out of the name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocsOrigin {
    /// The request body of a curl command on the page.
    CurlRequest,
    /// The response sample shown with a curl command.
    ResponseSample,
    /// A Docusaurus page's `jsonRequestBodyExample`, in its front matter.
    FrontMatterRequestBody,
}

impl DocsOrigin {
    /// The name the example is kept under (then `-2`, `-3`, … when taken): what users see in
    /// the document and the model.
    pub fn example_name(self) -> &'static str {
        match self {
            DocsOrigin::CurlRequest => "docs-curl-request",
            DocsOrigin::ResponseSample => "docs-response-sample",
            DocsOrigin::FrontMatterRequestBody => "docs-jsonRequestBodyExample",
        }
    }
}

/// An example ingest placed into a document from a docs page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HarvestedExample {
    /// JSON pointer of its entry in a media type's `examples` map.
    pub pointer: String,
    /// Where on the page it came from.
    pub origin: DocsOrigin,
}

/// A docs example and what became of it.
#[derive(Debug, Clone)]
pub struct AttachedExample {
    /// The example.
    pub example: DocsExample,
    /// `(method, path)` of the operation it was attached to.
    pub operation: Option<(String, String)>,
}

/// One API: its documents merged into one.
#[derive(Debug, Clone)]
pub struct Api {
    /// Name (from `specforge.toml`, or derived from `info.title`).
    pub name: String,
    /// The source documents.
    pub documents: Vec<Document>,
    /// The merged document, with docs examples attached.
    pub doc: Node,
    /// Docs-page examples of this API.
    pub examples: Vec<AttachedExample>,
    /// The examples of `doc` that came from docs pages, with their origin.
    pub harvested: Vec<HarvestedExample>,
    /// The dialect of the merged document (the newest of its sources).
    pub version: SpecVersion,
    /// Its schema resources (for `$dynamicRef`), when any document declared identifiers.
    pub resources: bundle::SchemaResources,
}

/// Everything read in one run.
#[derive(Debug, Default)]
pub struct Workspace {
    /// All files read, including `$ref` targets.
    pub sources: SourceMap,
    /// Diagnostics from ingest.
    pub diagnostics: Diagnostics,
    /// The APIs, in input order.
    pub apis: Vec<Api>,
    /// Each plain YAML/JSON document as parsed, before bundling (only with
    /// [`IngestOptions::keep_written`]). Trees are shared copy-on-write with what ingest made of
    /// them, so keeping one costs only the mappings ingest changed.
    pub written: Vec<(FileId, Node)>,
    /// Results computed from whole documents in this run, by tree: SF100 and the
    /// `oas3-schema` rule of Spectral rulesets share their check against the OpenAPI schema.
    pub memo: crate::tree::Memo,
}

impl Workspace {
    /// Whether ingest reported errors.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.has_errors()
    }

    /// The API with this name.
    pub fn api(&self, name: &str) -> Option<&Api> {
        self.apis.iter().find(|a| a.name == name)
    }
}

/// Whether text is JSON (first non-space character `{` or `[`).
pub fn is_json_text(text: &str) -> bool {
    let t = text.trim_start_matches('\u{feff}').trim_start();
    t.starts_with('{') || t.starts_with('[')
}

/// Reads and merges all inputs. Never panics on input; problems become diagnostics.
pub fn ingest(inputs: &[ApiInput], options: &IngestOptions) -> Workspace {
    let mut ws = Workspace::default();
    // Overlays for every API, loaded once; their stale actions are judged over all APIs.
    let mut global: Vec<(overlay::Overlay, Vec<usize>)> = Vec::new();
    for path in &options.overlays {
        match overlay::load(path, &mut ws.sources) {
            Ok(o) => {
                let n = o.actions.len();
                global.push((o, vec![0; n]));
            }
            Err(d) => ws.diagnostics.push(d),
        }
    }
    let mut per_api: Vec<Vec<PathBuf>> = Vec::new();
    let mut groups: Vec<Group> = Vec::new();
    let mut loose_examples: Vec<DocsExample> = Vec::new();
    // Every user file is read first, parsed in parallel (both cores on a project of many
    // specs), then finished in order: `$ref` bundling reads further files into the map.
    let mut loaded: Vec<Vec<Option<FileId>>> = Vec::new();
    for input in inputs {
        let mut ids = Vec::new();
        for path in &input.files {
            let mut diags = Vec::new();
            ids.push(load_file(&mut ws.sources, path, &mut diags));
            ws.diagnostics.extend(into_diags(diags));
        }
        loaded.push(ids);
    }
    let flat: Vec<FileId> = loaded.iter().flatten().flatten().copied().collect();
    let sources = &ws.sources;
    let mut parsed: std::collections::VecDeque<_> = {
        use rayon::prelude::*;
        flat.par_iter()
            .map(|&id| parse_file(sources, id))
            .collect::<Vec<_>>()
            .into()
    };
    for (input, ids) in inputs.iter().zip(loaded) {
        let mut named = input.name.as_ref().map(|n| Group {
            name: Some(n.clone()),
            key: None,
            documents: Vec::new(),
            examples: Vec::new(),
        });
        for id in ids {
            let Some(id) = id else {
                continue;
            };
            let Some((contents, mut diags)) = parsed.pop_front() else {
                continue;
            };
            let contents = match contents {
                Ok(c) => c,
                Err(e) => {
                    diags.push(e);
                    ws.diagnostics.extend(into_diags(diags));
                    continue;
                }
            };
            if options.keep_written {
                for ex in &contents.documents {
                    if matches!(ex.kind, WrapperKind::PlainYaml | WrapperKind::PlainJson) {
                        ws.written.push((id, ex.root.clone()));
                    }
                }
            }
            let (docs, examples) = finish_file(
                &mut ws.sources,
                id,
                contents,
                input.root.as_deref(),
                options.allow_refs_outside_root || input.allow_refs_outside_root,
                &input.remote_refs,
                &mut diags,
            );
            ws.diagnostics.extend(into_diags(diags));
            match &mut named {
                Some(g) => {
                    g.documents.extend(docs);
                    g.examples.extend(examples);
                }
                None => {
                    for d in docs {
                        let key = info_key(&d.root);
                        match groups
                            .iter_mut()
                            .find(|g| g.name.is_none() && g.key == Some(key.clone()))
                        {
                            Some(g) => g.documents.push(d),
                            None => {
                                groups.push(Group {
                                    name: None,
                                    key: Some(key),
                                    documents: vec![d],
                                    examples: Vec::new(),
                                });
                                per_api.push(Vec::new());
                            }
                        }
                    }
                    loose_examples.extend(examples);
                }
            }
        }
        if let Some(g) = named {
            groups.push(g);
            per_api.push(input.overlays.clone());
        }
    }
    let mut used_names: Vec<String> = groups.iter().filter_map(|g| g.name.clone()).collect();
    for (g, overlays) in groups.into_iter().zip(per_api) {
        let name = match g.name {
            Some(n) => n,
            None => {
                let title = g.key.as_ref().map_or("api", |k| k.0.as_str());
                let mut n = slug(title);
                if used_names.contains(&n) {
                    let v = g.key.as_ref().map_or("", |k| k.1.as_str());
                    n = format!("{n}-{}", slug(v));
                }
                let base = n.clone();
                let mut i = 2;
                while used_names.contains(&n) {
                    n = format!("{base}-{i}");
                    i += 1;
                }
                used_names.push(n.clone());
                n
            }
        };
        let mut diags = Vec::new();
        if g.documents.is_empty() {
            if !g.examples.is_empty() {
                diags.push(
                    codes::NO_SPEC
                        .diag(format!("API `{name}` has docs examples but no OpenAPI document to attach them to"))
                        .at(g.examples[0].loc, "example here"),
                );
            }
            ws.diagnostics.extend(into_diags(diags));
            continue;
        }
        let version = g
            .documents
            .iter()
            .map(|d| d.info.version)
            .max()
            .expect("non-empty");
        let infos: Vec<Document> = g.documents.iter().map(|d| d.info.clone()).collect();
        let mut resources = bundle::SchemaResources::default();
        let mut harvested = Vec::new();
        let mut documents = g.documents;
        for d in &mut documents {
            resources.absorb(std::mem::take(&mut d.resources));
            harvested.append(&mut d.harvested);
        }
        let mut doc = merge::merge(documents, &mut diags);
        for path in &overlays {
            match overlay::load(path, &mut ws.sources) {
                Ok(o) => {
                    let matched = overlay::apply(&o, &mut [&mut doc], &mut diags);
                    overlay::stale_actions(&o, &matched, &mut diags);
                }
                Err(d) => diags.push(d),
            }
        }
        for (o, matched) in &mut global {
            let m = overlay::apply(o, &mut [&mut doc], &mut diags);
            matched.iter_mut().zip(m).for_each(|(a, b)| *a += b);
        }
        // An overlay may have removed a page's example; what is left keeps its origin.
        harvested.retain(|h| doc.pointer(&h.pointer).is_some());
        let examples = g
            .examples
            .into_iter()
            .map(|ex| {
                let operation =
                    merge::attach_example(&mut doc, &ex, &ws.sources, &mut harvested, &mut diags);
                AttachedExample {
                    example: ex,
                    operation,
                }
            })
            .collect();
        ws.diagnostics.extend(into_diags(diags));
        ws.apis.push(Api {
            name,
            documents: infos,
            doc,
            examples,
            harvested,
            version,
            resources,
        });
    }
    for (o, matched) in &global {
        let mut diags = Vec::new();
        overlay::stale_actions(o, matched, &mut diags);
        ws.diagnostics.extend(into_diags(diags));
    }
    // Examples given without a named API go to whichever API has their operation.
    for ex in loose_examples {
        let mut diags = Vec::new();
        let mut attached = false;
        for api in &mut ws.apis {
            if merge::find_operation(&api.doc, &ex).is_some() {
                let operation = merge::attach_example(
                    &mut api.doc,
                    &ex,
                    &ws.sources,
                    &mut api.harvested,
                    &mut diags,
                );
                api.examples.push(AttachedExample {
                    example: ex.clone(),
                    operation,
                });
                attached = true;
                break;
            }
        }
        if !attached {
            diags.push(merge::unattached(&ex));
        }
        ws.diagnostics.extend(into_diags(diags));
    }
    // Parsing is done: from here on only diagnostics read the text, a line at a time.
    ws.sources.pack();
    ws
}

fn into_diags(v: Vec<Diagnostic>) -> Diagnostics {
    let mut d = Diagnostics::default();
    v.into_iter().for_each(|x| d.push(x));
    d
}

struct Group {
    name: Option<String>,
    key: Option<(String, String)>,
    documents: Vec<ReadDocument>,
    examples: Vec<DocsExample>,
}

fn info_key(root: &Node) -> (String, String) {
    let t = root
        .pointer("/info/title")
        .and_then(Node::as_text)
        .unwrap_or("api");
    let v = root
        .pointer("/info/version")
        .and_then(Node::as_text)
        .unwrap_or("");
    (t.to_string(), v.to_string())
}

/// `Tyk Developer Portal` → `tyk-developer-portal`.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() { "api".into() } else { out }
}

/// Reads one user file into the source map (size limit, UTF-8); its id, or `None` with a
/// diagnostic.
fn load_file(sources: &mut SourceMap, path: &Path, diags: &mut Vec<Diagnostic>) -> Option<FileId> {
    let display = refs::display_rel(path);
    let bytes = match limits::read_input(path) {
        Ok(b) => b,
        Err(e) => {
            diags.push(
                codes::IO
                    .diag(format!("cannot read `{display}`: {e}"))
                    .help("check the path; with no file arguments specforge reads specforge.toml"),
            );
            return None;
        }
    };
    let canonical = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let b = e.as_bytes();
            let line = b[..valid].iter().filter(|&&c| c == b'\n').count() as u32 + 1;
            let col = String::from_utf8_lossy(&b[..valid])
                .rsplit('\n')
                .next()
                .map_or(0, |l| l.chars().count()) as u32
                + 1;
            let id = sources.add(SourceFile::new(
                display.clone(),
                canonical,
                String::from_utf8_lossy(b).into_owned(),
            ));
            diags.push(
                codes::SYNTAX
                    .diag(format!("`{display}` is not UTF-8 text"))
                    .at(Loc::new(id, line, col), "invalid byte sequence starts here")
                    .help(
                        "OpenAPI documents must be UTF-8 (YAML 1.2 and JSON both require Unicode)",
                    ),
            );
            return None;
        }
    };
    Some(match sources.find(&canonical) {
        Some(id) => id,
        None => sources.add(SourceFile::new(display, canonical, text)),
    })
}

/// Parses a loaded file: the documents and docs examples found in it (the expensive step, so
/// files are parsed in parallel), with the diagnostics in order.
fn parse_file(
    sources: &SourceMap,
    id: FileId,
) -> (Result<wrapper::FileContents, Diagnostic>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let contents = wrapper::extract(sources.get(id), id, &mut diags);
    (contents, diags)
}

/// Finishes one user file's documents: `$ref`s bundled, Swagger 2.0 converted, normalised.
fn finish_file(
    sources: &mut SourceMap,
    id: FileId,
    contents: wrapper::FileContents,
    root: Option<&Path>,
    allow_refs_outside_root: bool,
    remote_refs: &[(String, PathBuf)],
    diags: &mut Vec<Diagnostic>,
) -> (Vec<ReadDocument>, Vec<DocsExample>) {
    let canonical = sources.get(id).path.clone();
    let root_dir = root
        .and_then(|r| r.canonicalize().ok())
        .or_else(|| canonical.parent().map(Path::to_path_buf))
        .unwrap_or_default();
    let mut docs = Vec::new();
    for ex in contents.documents {
        let mut root_node = ex.root;
        let Some(version) = check_version(&root_node, diags) else {
            continue;
        };
        let dialect = match version {
            SpecVersion::Swagger2 => bundle::Dialect::JsonReference,
            SpecVersion::V30 => bundle::Dialect::Draft4,
            SpecVersion::V31 | SpecVersion::V32 => bundle::Dialect::Draft2020,
        };
        let mut resources = bundle::SchemaResources::default();
        if bundle::needs_bundling(sources.get(id).text(), dialect) {
            resources = bundle::Bundler::new(
                sources,
                diags,
                id,
                root_dir.clone(),
                allow_refs_outside_root,
                dialect,
                remote_refs.to_vec(),
            )
            .bundle(&mut root_node);
        }
        if version == SpecVersion::Swagger2 {
            swagger2::convert(&mut root_node, diags);
        }
        normalize::finish(&mut root_node, version.has_32(), diags);
        docs.push(ReadDocument {
            info: Document {
                file: id,
                kind: ex.kind,
                version,
            },
            root: root_node,
            resources,
            harvested: ex.harvested,
        });
    }
    (docs, contents.examples)
}

fn check_version(root: &Node, diags: &mut Vec<Diagnostic>) -> Option<SpecVersion> {
    let (key, node) = match (root.get("openapi"), root.get("swagger")) {
        (Some(n), _) => ("openapi", n),
        (None, Some(n)) => ("swagger", n),
        (None, None) => return None,
    };
    let text = node.as_text().unwrap_or("");
    let v = match key {
        "swagger" if text == "2.0" => Some(SpecVersion::Swagger2),
        "openapi" if text.starts_with("3.0.") || text == "3.0" => Some(SpecVersion::V30),
        "openapi" if text.starts_with("3.1.") || text == "3.1" => Some(SpecVersion::V31),
        "openapi" if text.starts_with("3.2.") || text == "3.2" => Some(SpecVersion::V32),
        _ => None,
    };
    if v.is_none() {
        diags.push(
            codes::UNKNOWN_VERSION
                .diag(format!(
                    "unsupported `{key}: {}`; specforge reads `swagger: \"2.0\"` and `openapi: 3.0.x`, `3.1.x` and `3.2.x`",
                    if text.is_empty() { node.kind_name() } else { text }
                ))
                .at(node.loc, "version declared here")
                .help(if text.starts_with("3.") {
                    "OpenAPI after 3.2 is not read yet; a document that uses nothing newer reads correctly when it declares 3.2.0"
                } else {
                    "write the version as `openapi: 3.2.0` (or 3.1.x, 3.0.x, or `swagger: \"2.0\"`)"
                }),
        );
    }
    v
}
