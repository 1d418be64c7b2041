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
use crate::ingest::{self, ApiInput, IngestOptions};
use crate::model;
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
    no_client: bool,
    no_server: bool,
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
    /// Settings with the defaults: client on, no extra derives, nothing replaced.
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

    /// Generate the `client` module (default: yes).
    pub fn client(mut self, yes: bool) -> Self {
        self.no_client = !yes;
        self
    }

    /// Generate the `server` module (default: yes). The including crate then needs axum,
    /// regex and serde_urlencoded.
    pub fn server(mut self, yes: bool) -> Self {
        self.no_server = !yes;
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

    fn options(&self) -> Result<Options, Failure> {
        let path = |what: &str, text: &str| {
            syn::parse_str::<syn::Path>(text).map_err(|e| {
                Failure::message(format!("error: {what} `{text}` is not a Rust path: {e}"))
            })
        };
        Ok(Options {
            client: !self.no_client,
            server: !self.no_server,
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
            // A build script writes into OUT_DIR: documents keep the names it gave them.
            crate_dir: None,
        })
    }

    /// Reads, models and generates, all in memory. Nothing is written.
    pub fn run(&self) -> Result<Output, Failure> {
        let options = self.options()?;
        let mut inputs_read = Vec::new();
        let inputs = if self.documents.is_empty() {
            let path = self
                .project
                .clone()
                .unwrap_or_else(|| "specforge.toml".into());
            let mut sources = SourceMap::new();
            let project =
                crate::config::load(&path, &mut sources).map_err(|d| Failure::one(&sources, &d))?;
            inputs_read.push(path.clone());
            let all = project.inputs();
            let names: Vec<&str> = all.iter().filter_map(|i| i.name.as_deref()).collect();
            if let Some(want) = self.apis.iter().find(|w| !names.contains(&w.as_str())) {
                return Err(Failure::message(format!(
                    "error: {} has no API named `{want}` (it has: {})",
                    path.display(),
                    names.join(", ")
                )));
            }
            // Only the selected APIs are read, so an edit to another API's spec is unrelated.
            all.into_iter()
                .filter(|i| {
                    self.apis.is_empty() || i.name.as_ref().is_some_and(|n| self.apis.contains(n))
                })
                .collect()
        } else {
            vec![ApiInput {
                name: None,
                files: self.documents.clone(),
                remote_refs: self.remote_refs.clone(),
                ..ApiInput::default()
            }]
        };
        let ws = ingest::ingest(
            &inputs,
            &IngestOptions {
                allow_refs_outside_root: self.allow_refs_outside_root,
                overlays: self.overlays.clone(),
            },
        );
        inputs_read.extend(ws.sources.iter().map(|(_, f)| f.path.clone()));
        inputs_read.extend(self.overlays.iter().cloned());
        for i in inputs.iter() {
            inputs_read.extend(i.overlays.iter().cloned());
        }
        inputs_read.sort();
        inputs_read.dedup();
        let render_all = |ds: &[Diagnostic]| -> Vec<String> {
            ds.iter().map(|d| d.render(&ws.sources)).collect()
        };
        // Notes (info) are for `specforge lint`; a build prints warnings and errors.
        let render_warnings = |ds: &[Diagnostic]| -> Vec<String> {
            ds.iter()
                .filter(|d| d.severity != crate::diag::Severity::Info)
                .map(|d| d.render(&ws.sources))
                .collect()
        };
        if ws.has_errors() {
            return Err(Failure {
                messages: render_all(&ws.diagnostics.sorted()),
            });
        }
        let (m, model_diags) = model::build(&ws);
        if model_diags.has_errors() {
            return Err(Failure {
                messages: render_all(&model_diags.sorted()),
            });
        }
        let mut warnings = render_warnings(&ws.diagnostics.sorted());
        warnings.extend(render_warnings(&model_diags.sorted()));
        for want in &self.apis {
            if !ws.apis.iter().any(|a| &a.name == want) {
                let names: Vec<&str> = ws.apis.iter().map(|a| a.name.as_str()).collect();
                return Err(Failure::message(format!(
                    "error: no API named `{want}` (there are: {})",
                    names.join(", ")
                )));
            }
        }
        let mut apis = Vec::new();
        for (api, am) in ws.apis.iter().zip(&m.apis) {
            if !self.apis.is_empty() && !self.apis.contains(&api.name) {
                continue;
            }
            let generated = codegen::generate_both(api, am, &ws.sources, &options)
                .map_err(|d| Failure::one(&ws.sources, &d))?;
            warnings.extend(render_warnings(&generated.warnings));
            let (crate_files, module) = (generated.files, generated.module);
            apis.push(GeneratedApi {
                name: api.name.clone(),
                crate_files,
                module,
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
