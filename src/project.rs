//! A specforge project as a library: the typed settings of `specforge.toml` (or of documents
//! given directly) and the pipeline every command runs on them: read (ingest), model, lint,
//! plan generation, compare with what is on disk, diff two versions. The `specforge` binary
//! and [`crate::Generator`] (build scripts) are both thin layers over it, so a setting means
//! the same in both and neither reads the project file its own way.
//!
//! Nothing here prints or exits: every outcome is a value, every failure an [`Error`] the
//! caller renders.
//!
//! ```no_run
//! let project = specforge::project::Project::open("specs/specforge.toml")?;
//! let analysis = project.analyse(false, false)?;
//! for d in &analysis.findings {
//!     eprint!("{}", d.render(&analysis.ws.sources));
//! }
//! let stale = project.stale(&analysis)?;
//! assert!(stale.is_empty(), "generated crates are out of date");
//! # Ok::<(), specforge::project::Error>(())
//! ```

use crate::config;
use crate::diag::{Diagnostic, Diagnostics};
use crate::ingest::{self, ApiInput, IngestOptions, Workspace};
use crate::lint::config::LintConfig;
use crate::model::{self, Model};
use crate::output::{Stale, Tree};
use crate::source::{Loc, SourceFile, SourceMap};
use std::fmt;
use std::path::{Path, PathBuf};

/// Why a command could not do its work. Located problems come with the source map that
/// locates them; the rest name what was asked for and what there is.
#[derive(Debug)]
pub enum Error {
    /// The project file, a document or the model has errors (shown in full: warnings read on
    /// the way are included, so the errors are seen in context).
    Diagnostics {
        /// The files the diagnostics point into.
        sources: SourceMap,
        /// The diagnostics, in location order.
        diagnostics: Vec<Diagnostic>,
        /// What stopped: reading the input or building the model.
        stage: Stage,
    },
    /// Generation failed (a bug in specforge: SF028).
    Generation {
        /// The diagnostic.
        diagnostic: Box<Diagnostic>,
        /// It rendered against the workspace the plan was made from.
        rendered: String,
    },
    /// No documents were given and no `specforge.toml` was found.
    NoProject,
    /// `--api NAME` names no API of the project.
    NoSuchApi {
        /// The name asked for.
        name: String,
        /// The names there are.
        known: Vec<String>,
    },
    /// Generation has nowhere to write: no `--out` and no project file.
    NoOutput,
    /// `--out` writes one crate, but several APIs were selected.
    OutNeedsOneApi(usize),
    /// `--operation PATTERN` matches no operation of either version.
    NoSuchOperation {
        /// The pattern asked for.
        pattern: String,
        /// The nearest operationId, if any is near.
        nearest: Option<String>,
    },
    /// A version given to `diff` holds no OpenAPI document.
    EmptyVersion(PathBuf),
}

/// Where the pipeline stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading the project file or the documents.
    Read,
    /// Building the model.
    Model,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Diagnostics {
                sources,
                diagnostics,
                ..
            } => {
                for d in diagnostics {
                    writeln!(f, "{}", d.render(sources).trim_end())?;
                }
                Ok(())
            }
            Error::Generation { rendered, .. } => write!(f, "{}", rendered.trim_end()),
            Error::NoProject => write!(
                f,
                "error: no files given and no specforge.toml found (looked for {} here and in every directory above)\n  = help: pass the documents to read, or run in a project with specforge.toml (`specforge init` writes one)",
                config::DEFAULT_LOCATIONS.join(" and ")
            ),
            Error::NoSuchApi { name, known } => {
                write!(f, "error: no API named `{name}`")?;
                match crate::similar::closest(name, known.iter().map(String::as_str)) {
                    Some(c) => write!(f, "\n  = help: did you mean `{c}`?"),
                    None => write!(f, "\n  = help: the APIs are {}", known.join(", ")),
                }
            }
            Error::NoOutput => write!(
                f,
                "error: no --out and no project file to say where generated crates go"
            ),
            Error::OutNeedsOneApi(n) => write!(
                f,
                "error: --out writes one crate, but {n} APIs were selected; choose one with --api"
            ),
            Error::NoSuchOperation { pattern, nearest } => {
                write!(
                    f,
                    "error: `--operation {pattern}` matches no operation of either version; nothing was compared"
                )?;
                match nearest {
                    Some(c) => write!(f, "\n  = help: did you mean `{c}`?"),
                    None => write!(
                        f,
                        "\n  = help: give an operationId, `METHOD /path`, or a glob over paths (`/users/*`)"
                    ),
                }
            }
            Error::EmptyVersion(p) => {
                write!(f, "error: no OpenAPI documents in `{}`", p.display())
            }
        }
    }
}

impl std::error::Error for Error {}

impl Error {
    fn located(sources: SourceMap, diagnostics: Vec<Diagnostic>, stage: Stage) -> Self {
        Error::Diagnostics {
            sources,
            diagnostics,
            stage,
        }
    }
}

/// `[generate]` of the project file, typed and resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenerateSettings {
    /// Where the generated crates go (one directory per API): `out` relative to the project
    /// file, `generated` beside it by default. `None` without a project file.
    pub out: Option<PathBuf>,
    /// Generate the client module (`client`, default on).
    pub client: bool,
    /// Generate the server module (`server`, default on).
    pub server: bool,
    /// A cargo feature per group of operations (`group_features`, default on).
    pub group_features: bool,
    /// The shared runtime crate's directory (`runtime_path`, resolved), if any.
    pub runtime_path: Option<PathBuf>,
}

impl Default for GenerateSettings {
    fn default() -> Self {
        GenerateSettings {
            out: None,
            client: true,
            server: true,
            group_features: true,
            runtime_path: None,
        }
    }
}

/// What a project reads and how: a project file's APIs, or documents given directly.
#[derive(Debug, Clone)]
pub struct Project {
    file: Option<config::Project>,
    documents: Vec<PathBuf>,
    remote_refs: Vec<(String, PathBuf)>,
    overlays: Vec<PathBuf>,
    allow_refs_outside_root: bool,
    only: Vec<String>,
    lint: LintConfig,
    generate: GenerateSettings,
    rulesets: Vec<PathBuf>,
}

/// The read input: every API's merged document, and the lint settings with their
/// acknowledgments located in the project file.
pub struct Read {
    /// The APIs, their sources and what reading them reported (warnings, infos).
    pub ws: Workspace,
    /// `[lint]` of the project (defaults for documents given directly).
    pub lint: LintConfig,
    /// The Spectral rulesets (`[lint] rulesets`, `lint --ruleset`), loaded as one.
    pub ruleset: Option<crate::ruleset::Ruleset>,
}

/// Read and modelled.
pub struct Modelled {
    /// The input.
    pub read: Read,
    /// One model per API, in the workspace's order.
    pub model: Model,
    /// What modelling reported (no errors: those stop at [`Project::model`]).
    pub diagnostics: Diagnostics,
}

/// Read, modelled and linted: what `lint` and `check` report.
pub struct Analysis {
    /// The APIs.
    pub ws: Workspace,
    /// Their models.
    pub model: Model,
    /// Every finding to report: reading's, the model's and the rules', in that order, each
    /// said once.
    pub findings: Vec<Diagnostic>,
    /// Findings acknowledged by `[[lint.ignore]]` or `x-specforge-ignore`, not reported.
    pub acknowledged: usize,
    /// `[lint] deny_warnings`.
    pub deny_warnings: bool,
}

/// Generated crates, in memory; nothing is written until the caller writes them.
pub struct Plan {
    /// One tree per API: its directory and files.
    pub trees: Vec<Tree>,
    /// What generation reported (warnings and infos).
    pub warnings: Vec<Diagnostic>,
}

impl Project {
    /// The project of `specforge.toml` found in the current directory or the nearest
    /// directory above it (also as `specs/specforge.toml`), as cargo finds `Cargo.toml`.
    pub fn discover() -> Result<Project, Error> {
        let path = config::find_default().ok_or(Error::NoProject)?;
        Project::open(path)
    }

    /// The project of this `specforge.toml`. Every mistake in it (an unknown key, rule or
    /// severity) is a located error.
    pub fn open(path: impl AsRef<Path>) -> Result<Project, Error> {
        let path = path.as_ref();
        let mut sources = SourceMap::new();
        let file = config::load(path, &mut sources)
            .map_err(|d| Error::located(sources, vec![d], Stage::Read))?;
        // `config::load` checked `[lint]` strictly, with locations; this cannot fail after it.
        let lint = LintConfig::from_table(file.config.lint.as_ref()).unwrap_or_default();
        let g = file.config.generate.clone().unwrap_or_default();
        let root = config::project_root(&file.path);
        let rulesets = lint.rulesets.iter().map(|r| root.join(r)).collect();
        let generate = GenerateSettings {
            out: Some(file.generate_root()),
            client: g.client.unwrap_or(true),
            server: g.server.unwrap_or(true),
            group_features: g.group_features.unwrap_or(true),
            runtime_path: g.runtime_path.as_ref().map(|p| {
                let file = crate::ingest::refs::absolute(&file.path);
                file.parent().unwrap_or(Path::new("/")).join(p.get_ref())
            }),
        };
        Ok(Project {
            file: Some(file),
            documents: Vec::new(),
            remote_refs: Vec::new(),
            overlays: Vec::new(),
            allow_refs_outside_root: false,
            only: Vec::new(),
            lint,
            generate,
            rulesets,
        })
    }

    /// Documents read directly, with default settings; documents given together are grouped
    /// into APIs by `info.title` + `info.version`.
    pub fn documents(files: impl IntoIterator<Item = impl Into<PathBuf>>) -> Project {
        Project {
            file: None,
            documents: files.into_iter().map(Into::into).collect(),
            remote_refs: Vec::new(),
            overlays: Vec::new(),
            allow_refs_outside_root: false,
            only: Vec::new(),
            lint: LintConfig::default(),
            generate: GenerateSettings::default(),
            rulesets: Vec::new(),
        }
    }

    /// Also run this Spectral ruleset (repeatable; later ones override earlier ones, after
    /// the project's `[lint] rulesets`).
    pub fn ruleset(mut self, path: impl Into<PathBuf>) -> Self {
        self.rulesets.push(path.into());
        self
    }

    /// Also apply this OpenAPI Overlay 1.0 document to every API, after the project's own.
    pub fn overlay(mut self, path: impl Into<PathBuf>) -> Self {
        self.overlays.push(path.into());
        self
    }

    /// Let `$ref`s leave each spec's directory.
    pub fn allow_refs_outside_root(mut self, yes: bool) -> Self {
        self.allow_refs_outside_root = yes;
        self
    }

    /// Read documents that `$ref`s name by a URL starting with `prefix` from `dir` (for
    /// documents given directly; a project file says it with `remote_refs` under the API).
    pub fn remote_refs(mut self, prefix: impl Into<String>, dir: impl Into<PathBuf>) -> Self {
        self.remote_refs.push((prefix.into(), dir.into()));
        self
    }

    /// Only this API (repeatable). With a project file only the selected APIs are read, so a
    /// build script does not depend on the others' files; a name the project lacks is an
    /// error here, before anything is read.
    pub fn only(mut self, api: impl Into<String>) -> Result<Self, Error> {
        let api = api.into();
        if let Some(file) = &self.file {
            let known: Vec<String> = file.config.api.keys().cloned().collect();
            if !known.contains(&api) {
                return Err(Error::NoSuchApi { name: api, known });
            }
        }
        self.only.push(api);
        Ok(self)
    }

    /// The project file, when there is one.
    pub fn file(&self) -> Option<&config::Project> {
        self.file.as_ref()
    }

    /// The directory paths in output are relative to, so that a command gives the same output
    /// from any directory: the directory holding the project file, or the one holding
    /// `specs/` for `specs/specforge.toml`. `None` for documents given directly.
    pub fn root(&self) -> Option<PathBuf> {
        Some(config::project_root(&self.file.as_ref()?.path))
    }

    /// `[generate]`, resolved.
    pub fn generate_settings(&self) -> &GenerateSettings {
        &self.generate
    }

    /// `[lint]`.
    pub fn lint_settings(&self) -> &LintConfig {
        &self.lint
    }

    /// What ingest reads.
    fn inputs(&self) -> Vec<ApiInput> {
        match &self.file {
            Some(file) => file
                .inputs()
                .into_iter()
                .filter(|i| {
                    self.only.is_empty() || i.name.as_ref().is_some_and(|n| self.only.contains(n))
                })
                .collect(),
            None => vec![ApiInput {
                name: None,
                files: self.documents.clone(),
                remote_refs: self.remote_refs.clone(),
                ..ApiInput::default()
            }],
        }
    }

    /// Reads the documents: ingest, then the project file joins the sources so that findings
    /// about it (an acknowledgment that matches nothing) are located like any other.
    pub fn read(&self) -> Result<Read, Error> {
        let options = IngestOptions {
            allow_refs_outside_root: self.allow_refs_outside_root,
            overlays: self.overlays.clone(),
            keep_written: !self.rulesets.is_empty(),
        };
        let mut ws = ingest::ingest(&self.inputs(), &options);
        if ws.has_errors() {
            let diagnostics = ws.diagnostics.sorted();
            return Err(Error::located(ws.sources, diagnostics, Stage::Read));
        }
        if self.file.is_none()
            && let Some(name) = self
                .only
                .iter()
                .find(|o| !ws.apis.iter().any(|a| &a.name == *o))
        {
            return Err(Error::NoSuchApi {
                name: name.clone(),
                known: ws.apis.iter().map(|a| a.name.clone()).collect(),
            });
        }
        let mut lint = self.lint.clone();
        let ruleset = if self.rulesets.is_empty() {
            None
        } else {
            match crate::ruleset::load(&self.rulesets, &mut ws.sources) {
                Ok(r) => Some(r),
                Err(diagnostics) => {
                    return Err(Error::located(ws.sources, diagnostics, Stage::Read));
                }
            }
        };
        let ruleset_rule = |name: &str| {
            ruleset
                .as_ref()
                .is_some_and(|r| r.rules.iter().any(|x| x.name == name))
        };
        if let Some(file) = &self.file {
            let id = ws.sources.add(SourceFile::new(
                ingest::refs::display_rel(&file.path),
                file.path.clone(),
                file.text.clone(),
            ));
            for (entry, span) in lint.ignore.iter_mut().zip(file.ignore_spans()) {
                entry.loc = Some(config::byte_loc(&file.text, id, span.start));
            }
            // A misspelt rule would acknowledge nothing forever; refuse it where it is written.
            if let Some(entry) = lint.ignore.iter().find(|e| {
                crate::lint::registry::find_exact(&e.rule).is_none() && !ruleset_rule(&e.rule)
            }) {
                let d = ingest::codes::CONFIG
                    .diag(format!(
                        "`[[lint.ignore]]` names no lint rule `{}`",
                        entry.rule
                    ))
                    .at(entry.loc.unwrap_or(Loc::new(id, 1, 1)), "in this entry")
                    .help(crate::lint::registry::unknown_rule_help(&entry.rule));
                return Err(Error::located(ws.sources, vec![d], Stage::Read));
            }
        }
        Ok(Read { ws, lint, ruleset })
    }

    /// Reads and models. Model errors stop here, with what reading reported before them.
    pub fn model(&self) -> Result<Modelled, Error> {
        let read = self.read()?;
        let (model, diagnostics) = model::build(&read.ws);
        if diagnostics.has_errors() {
            let mut all = read.ws.diagnostics.sorted();
            all.extend(diagnostics.sorted());
            return Err(Error::located(read.ws.sources, all, Stage::Model));
        }
        Ok(Modelled {
            read,
            model,
            diagnostics,
        })
    }

    /// Reads, models and lints. `no_ignore` reports acknowledged findings too; `all_rules`
    /// runs the opt-in rules as well. Unlike [`Project::model`], model errors are findings
    /// here: lint reports them with the rest.
    pub fn analyse(&self, no_ignore: bool, all_rules: bool) -> Result<Analysis, Error> {
        let Read {
            ws,
            mut lint,
            ruleset,
        } = self.read()?;
        lint.no_ignore = no_ignore;
        lint.all_rules = all_rules;
        let (model, model_diags) = model::build(&ws);
        let mut findings: Vec<Diagnostic> = ws.diagnostics.sorted();
        if !all_rules {
            findings.retain(|d| !crate::ingest::codes::lint_opt_in(&d.code));
        }
        findings.extend(model_diags.sorted());
        let extra = match &ruleset {
            Some(r) => {
                let mut found = r.warnings.clone();
                found.extend(crate::ruleset::engine::run(r, &ws));
                found
            }
            None => Vec::new(),
        };
        let linted = crate::lint::lint_with_rulesets(&ws, &model, &lint, extra);
        findings.extend(linted.findings);
        crate::lint::drop_restated(&mut findings);
        Ok(Analysis {
            ws,
            model,
            findings,
            acknowledged: linted.acknowledged,
            deny_warnings: lint.deny_warnings,
        })
    }

    /// The crates of every API read, in memory: one directory per API under `out` (default
    /// the project's `[generate] out`), or `out` itself when `single` (one API's `--out`).
    /// `server` is and-ed with `[generate] server`.
    pub fn plan(
        &self,
        ws: &Workspace,
        model: &Model,
        out: Option<&Path>,
        server: bool,
    ) -> Result<Plan, Error> {
        let single = out.is_some();
        let root = match out {
            Some(dir) if ws.apis.len() == 1 => dir.to_path_buf(),
            Some(_) => return Err(Error::OutNeedsOneApi(ws.apis.len())),
            None => self.generate.out.clone().ok_or(Error::NoOutput)?,
        };
        let dir_of = |i: usize| {
            if single {
                root.clone()
            } else {
                root.join(&ws.apis[i].name)
            }
        };
        let (client, server) = (self.generate.client, self.generate.server && server);
        use rayon::prelude::*;
        // APIs generate in parallel; results are taken in order. The options are built in
        // each task (syn paths cannot cross threads).
        let generated: Vec<_> = (0..ws.apis.len())
            .into_par_iter()
            .map(|i| {
                let opts = crate::codegen::Options {
                    client,
                    server,
                    group_features: self.generate.group_features,
                    runtime: runtime_for(self.generate.runtime_path.as_deref(), &dir_of(i)),
                    crate_dir: Some(dir_of(i)),
                    ..Default::default()
                };
                crate::codegen::generate_crate_reporting(
                    &ws.apis[i],
                    &model.apis[i],
                    &ws.sources,
                    &opts,
                )
            })
            .collect();
        let mut warnings = Vec::new();
        let mut trees = Vec::new();
        for (i, g) in generated.into_iter().enumerate() {
            match g {
                Ok((files, notes)) => {
                    warnings.extend(notes);
                    trees.push(Tree {
                        dir: dir_of(i),
                        files,
                    });
                }
                Err(d) => {
                    return Err(Error::Generation {
                        rendered: d.render(&ws.sources),
                        diagnostic: Box::new(d),
                    });
                }
            }
        }
        Ok(Plan { trees, warnings })
    }

    /// The generated files on disk that differ from what generation produces now (empty
    /// without a project file: there is nothing to compare with).
    pub fn stale(&self, analysis: &Analysis) -> Result<Vec<Stale>, Error> {
        if self.file.is_none() {
            return Ok(Vec::new());
        }
        let plan = self.plan(&analysis.ws, &analysis.model, None, true)?;
        Ok(plan.trees.iter().flat_map(Tree::compare).collect())
    }
}

/// What [`compare`] found between two versions of an API.
pub struct Comparison {
    /// The changes.
    pub report: crate::diff::Report,
    /// The old version, as the renderers name it.
    pub old: crate::diff::render::Side,
    /// The new version.
    pub new: crate::diff::render::Side,
    /// Both versions' files.
    pub sources: SourceMap,
}

/// The documents of one version: a file, or every spec-like file directly in a directory
/// (docs pages of one API, a multi-file spec's parts).
fn version_files(path: &Path) -> Vec<PathBuf> {
    if path.is_dir() {
        crate::init::spec_files(path)
    } else {
        vec![path.to_path_buf()]
    }
}

/// Every change between two versions of an API (`specforge diff OLD NEW`): each a file or a
/// directory of one version's documents. Only errors stop the comparison; lint the versions
/// for their other defects.
pub fn compare(
    old: &Path,
    new: &Path,
    filter: &crate::diff::Filter,
    allow_refs_outside_root: bool,
) -> Result<Comparison, Error> {
    let mut inputs = Vec::new();
    for (name, path) in [("old", old), ("new", new)] {
        let files = version_files(path);
        if files.is_empty() {
            return Err(Error::EmptyVersion(path.to_path_buf()));
        }
        inputs.push(ApiInput {
            name: Some(name.into()),
            files,
            ..ApiInput::default()
        });
    }
    let ws = ingest::ingest(
        &inputs,
        &IngestOptions {
            allow_refs_outside_root,
            overlays: Vec::new(),
            keep_written: false,
        },
    );
    let errors = |diags: &Diagnostics| -> Vec<Diagnostic> {
        diags
            .sorted()
            .into_iter()
            .filter(Diagnostic::is_error)
            .collect()
    };
    let read_errors = errors(&ws.diagnostics);
    if !read_errors.is_empty() {
        return Err(Error::located(ws.sources, read_errors, Stage::Read));
    }
    let (m, model_diags) = model::build(&ws);
    let model_errors = errors(&model_diags);
    if !model_errors.is_empty() {
        return Err(Error::located(ws.sources, model_errors, Stage::Model));
    }
    let find = |name: &str| ws.apis.iter().position(|a| a.name == name);
    let (o, n) = match (find("old"), find("new")) {
        (Some(o), Some(n)) => (o, n),
        (None, _) => return Err(Error::EmptyVersion(old.to_path_buf())),
        (_, None) => return Err(Error::EmptyVersion(new.to_path_buf())),
    };
    if let Some(&pattern) = filter.unmatched(&[&m.apis[o], &m.apis[n]]).first() {
        let ids = m.apis[o]
            .operations
            .iter()
            .chain(&m.apis[n].operations)
            .filter_map(|op| op.operation_id.as_deref());
        return Err(Error::NoSuchOperation {
            pattern: pattern.to_string(),
            nearest: crate::similar::closest(pattern, ids).map(str::to_string),
        });
    }
    let report = crate::diff::diff(&m.apis[o], &m.apis[n], filter);
    let side = |i: usize| crate::diff::render::Side {
        files: ws.apis[i]
            .documents
            .iter()
            .map(|d| ws.sources.name(d.file).to_string())
            .collect(),
        title: m.apis[i].title.clone(),
        version: m.apis[i].version.clone(),
        spec_version: ws.apis[i]
            .doc
            .get("openapi")
            .or_else(|| ws.apis[i].doc.get("swagger"))
            .and_then(crate::tree::Node::as_text)
            .unwrap_or("?")
            .to_string(),
    };
    let (old, new) = (side(o), side(n));
    Ok(Comparison {
        report,
        old,
        new,
        sources: ws.sources,
    })
}

/// The runtime a crate written to `crate_dir` uses: the shared crate at `path`, named
/// relative to the crate's directory (a manifest's paths are), or its own copy.
fn runtime_for(path: Option<&Path>, crate_dir: &Path) -> crate::codegen::RuntimeSource {
    match path.and_then(|p| p.canonicalize().ok()) {
        Some(p) => crate::codegen::RuntimeSource::Path(
            crate::ingest::refs::relative_to(&p, crate_dir).replace('\\', "/"),
        ),
        None => crate::codegen::RuntimeSource::Vendored,
    }
}
