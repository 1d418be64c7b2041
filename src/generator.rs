//! The library entry point for generation, shared by the CLI and build scripts: a typed
//! settings builder, then [`Generator::run`] (everything in memory) and ways to write the
//! result.
//!
//! In `build.rs` (see `examples/build-time`):
//!
//! ```no_run
//! specforge::Generator::new()
//!     .project("../specs/specforge.toml")
//!     .api("tyk-portal")
//!     .build_script("tyk_portal.rs")
//!     .expect("specforge generation");
//! ```

use crate::codegen::{self, Options};
use crate::diag::Diagnostic;
use crate::project::{self, Project};
use crate::source::SourceMap;
use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

/// Settings for one generation run.
#[derive(Clone, Default)]
pub struct Generator {
    project: Option<PathBuf>,
    documents: Vec<PathBuf>,
    apis: Vec<String>,
    overlays: Vec<PathBuf>,
    allow_refs_outside_root: bool,
    remote_refs: Vec<(String, PathBuf)>,
    client: Option<bool>,
    server: Option<bool>,
    group_features: Option<bool>,
    extra_derives: Vec<String>,
    replace: BTreeMap<String, String>,
}

/// What one run produced, in memory.
pub struct Output {
    /// Each API generated: its name, the crate's files, and the single-file module form.
    pub apis: Vec<GeneratedApi>,
    /// Every file the run read (project file, documents, referenced files, overlays): what a
    /// build script reruns on.
    pub inputs: Vec<PathBuf>,
    /// Warnings (rendered diagnostics of ingest and model; lint findings are not included).
    pub warnings: Vec<String>,
}

/// One generated API.
pub struct GeneratedApi {
    /// The API's name.
    pub name: String,
    /// The crate's files (relative path → contents).
    pub crate_files: BTreeMap<String, String>,
    /// `types`, `client` and `runtime` as one file, for `include!`.
    pub module: String,
}

/// Why a run produced nothing: rendered diagnostics, each naming file:line:column.
#[derive(Debug, Clone)]
pub struct Failure {
    /// The diagnostics, rendered as the CLI prints them.
    pub messages: Vec<String>,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for m in &self.messages {
            writeln!(f, "{}", m.trim_end())?;
        }
        Ok(())
    }
}

impl std::error::Error for Failure {}

impl From<project::Error> for Failure {
    fn from(e: project::Error) -> Self {
        match e {
            project::Error::Diagnostics {
                sources,
                diagnostics,
                ..
            } => Failure {
                messages: diagnostics.iter().map(|d| d.render(&sources)).collect(),
            },
            other => Failure::message(other.to_string()),
        }
    }
}

impl Failure {
    fn one(sources: &SourceMap, d: &Diagnostic) -> Self {
        Failure {
            messages: vec![d.render(sources)],
        }
    }

    fn message(text: String) -> Self {
        Failure {
            messages: vec![text],
        }
    }
}

impl Generator {
    /// Settings with the defaults: what the project file's `[generate]` says (client and
    /// server on without one), no extra derives, nothing replaced.
    pub fn new() -> Self {
        Self::default()
    }

    /// Read the APIs named in this `specforge.toml`.
    pub fn project(mut self, path: impl Into<PathBuf>) -> Self {
        self.project = Some(path.into());
        self
    }

    /// Read this document (instead of a project file); documents given together are grouped
    /// into APIs by `info.title` + `info.version`.
    pub fn document(mut self, path: impl Into<PathBuf>) -> Self {
        self.documents.push(path.into());
        self
    }

    /// Generate only this API (may be repeated; default: every API).
    pub fn api(mut self, name: impl Into<String>) -> Self {
        self.apis.push(name.into());
        self
    }

    /// Apply this OpenAPI Overlay to every API before generating.
    pub fn overlay(mut self, path: impl Into<PathBuf>) -> Self {
        self.overlays.push(path.into());
        self
    }

    /// Let `$ref`s leave each spec's directory.
    pub fn allow_refs_outside_root(mut self, yes: bool) -> Self {
        self.allow_refs_outside_root = yes;
        self
    }

    /// Read documents that `$ref`s name by a URL starting with `prefix` from the local
    /// directory `dir` (specforge never fetches from the network). For documents given with
    /// [`Generator::document`]; a project file says it with `remote_refs` under the API.
    pub fn remote_refs(mut self, prefix: impl Into<String>, dir: impl Into<PathBuf>) -> Self {
        self.remote_refs.push((prefix.into(), dir.into()));
        self
    }

    /// Generate the `client` module (default: `[generate] client` of the project file, on
    /// without one).
    pub fn client(mut self, yes: bool) -> Self {
        self.client = Some(yes);
        self
    }

    /// Generate the `server` module (default: `[generate] server` of the project file, on
    /// without one). The including crate then needs axum, regex and serde_urlencoded.
    pub fn server(mut self, yes: bool) -> Self {
        self.server = Some(yes);
        self
    }

    /// A cargo feature per group of operations in the generated crate (default: `[generate]
    /// group_features` of the project file, on without one). The single-file module a build
    /// script includes always has every operation.
    pub fn group_features(mut self, yes: bool) -> Self {
        self.group_features = Some(yes);
        self
    }

    /// Add a derive to every generated type, as a path (`Eq`, `schemars::JsonSchema`).
    pub fn extra_derive(mut self, path: impl Into<String>) -> Self {
        self.extra_derives.push(path.into());
        self
    }

    /// Use your own type (a path such as `crate::money::Amount`) wherever component schema
    /// `schema` is used; it is then not generated.
    pub fn replace_type(mut self, schema: impl Into<String>, path: impl Into<String>) -> Self {
        self.replace.insert(schema.into(), path.into());
        self
    }

    fn options(&self, settings: &project::GenerateSettings) -> Result<Options, Failure> {
        let path = |what: &str, text: &str| {
            syn::parse_str::<syn::Path>(text).map_err(|e| {
                Failure::message(format!("error: {what} `{text}` is not a Rust path: {e}"))
            })
        };
        Ok(Options {
            client: self.client.unwrap_or(settings.client),
            server: self.server.unwrap_or(settings.server),
            group_features: self.group_features.unwrap_or(settings.group_features),
            extra_derives: self
                .extra_derives
                .iter()
                .map(|d| path("extra derive", d))
                .collect::<Result<_, _>>()?,
            replace: self
                .replace
                .iter()
                .map(|(k, v)| Ok((k.clone(), path("replacement type", v)?)))
                .collect::<Result<_, Failure>>()?,
            // Written into OUT_DIR, the crate has no stable place to name a shared runtime
            // from; the module form carries the runtime inline anyway.
            runtime: Default::default(),
            // A build script writes into OUT_DIR: documents keep the names it gave them.
            crate_dir: None,
        })
    }

    /// The project these settings read: the project file's (only the selected APIs) or the
    /// documents given.
    fn open(&self) -> Result<Project, project::Error> {
        let mut p = if self.documents.is_empty() {
            Project::open(
                self.project
                    .clone()
                    .unwrap_or_else(|| "specforge.toml".into()),
            )?
        } else {
            let mut p = Project::documents(self.documents.iter().cloned());
            for (prefix, dir) in &self.remote_refs {
                p = p.remote_refs(prefix.clone(), dir.clone());
            }
            p
        };
        for o in &self.overlays {
            p = p.overlay(o);
        }
        p = p.allow_refs_outside_root(self.allow_refs_outside_root);
        for api in &self.apis {
            p = p.only(api.clone())?;
        }
        Ok(p)
    }

    /// Reads, models and generates, all in memory. Nothing is written.
    pub fn run(&self) -> Result<Output, Failure> {
        let project = self.open().map_err(Failure::from)?;
        let options = self.options(project.generate_settings())?;
        let m = project.model().map_err(Failure::from)?;
        let ws = &m.read.ws;
        let mut inputs_read: Vec<PathBuf> = project
            .file()
            .map(|f| f.path.clone())
            .into_iter()
            .chain(ws.sources.iter().map(|(_, f)| f.path.clone()))
            .chain(self.overlays.iter().cloned())
            // The project's overlays, resolved as ingest resolves them.
            .chain(
                project
                    .file()
                    .into_iter()
                    .flat_map(|f| f.inputs())
                    .flat_map(|i| i.overlays),
            )
            .collect();
        inputs_read.sort();
        inputs_read.dedup();
        // Notes (info) are for `specforge lint`; a build prints warnings and errors.
        let render_warnings = |ds: &[Diagnostic]| -> Vec<String> {
            ds.iter()
                .filter(|d| d.severity != crate::diag::Severity::Info)
                .map(|d| d.render(&ws.sources))
                .collect()
        };
        let mut warnings = render_warnings(&ws.diagnostics.sorted());
        warnings.extend(render_warnings(&m.diagnostics.sorted()));
        let mut apis = Vec::new();
        for (api, am) in ws.apis.iter().zip(&m.model.apis) {
            let generated = codegen::generate_both(api, am, &ws.sources, &options)
                .map_err(|d| Failure::one(&ws.sources, &d))?;
            warnings.extend(render_warnings(&generated.warnings));
            apis.push(GeneratedApi {
                name: api.name.clone(),
                crate_files: generated.files,
                module: generated.module,
            });
        }
        Ok(Output {
            apis,
            inputs: inputs_read,
            warnings,
        })
    }

    /// For `build.rs`: generates the single-file module of the (one) selected API into
    /// `$OUT_DIR/<file_name>`, prints `cargo:rerun-if-changed` for every input file, and
    /// prints warnings and errors as `cargo:warning` lines. Include the result with
    /// `include!(concat!(env!("OUT_DIR"), "/<file_name>"));`. Returns the path written.
    pub fn build_script(&self, file_name: &str) -> Result<PathBuf, Failure> {
        let warn = |text: &str| {
            for line in text.lines() {
                println!("cargo:warning={line}");
            }
        };
        let result = (|| {
            let out_dir = std::env::var_os("OUT_DIR")
                .map(PathBuf::from)
                .ok_or_else(|| {
                    Failure::message("error: OUT_DIR is not set (not in a build script?)".into())
                })?;
            // Rerun on the settings' own files even when reading them fails.
            if let Some(p) = &self.project {
                println!("cargo:rerun-if-changed={}", p.display());
            }
            for p in self.documents.iter().chain(&self.overlays) {
                println!("cargo:rerun-if-changed={}", p.display());
            }
            let output = self.run()?;
            for p in &output.inputs {
                println!("cargo:rerun-if-changed={}", p.display());
            }
            for w in &output.warnings {
                warn(w);
            }
            let [api] = output.apis.as_slice() else {
                return Err(Failure::message(format!(
                    "error: build_script generates one API, but {} were selected; choose one with .api(NAME)",
                    output.apis.len()
                )));
            };
            let path = out_dir.join(file_name);
            crate::output::write_if_changed(&path, api.module.as_bytes()).map_err(|e| {
                Failure::message(format!("error: cannot write {}: {e}", path.display()))
            })?;
            Ok(path)
        })();
        if let Err(f) = &result {
            for m in &f.messages {
                warn(m);
            }
        }
        result
    }
}
