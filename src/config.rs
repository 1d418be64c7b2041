//! `specforge.toml`: the APIs of a project and their settings.
//!
//! ```toml
//! [api.tyk-portal]
//! documents = ["000.txt", "001.txt"]   # relative to this file
//! root = "."                            # optional: directory $refs may not leave
//! allow_refs_outside_root = false       # optional
//! ```
//!
//! Without file arguments, the CLI looks for `specforge.toml`, then `specs/specforge.toml`.

use crate::diag::Diagnostic;
use crate::ingest::{ApiInput, codes};
use crate::source::{FileId, Loc, SourceFile, SourceMap};
use indexmap::IndexMap;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The parsed configuration.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The APIs, by name, in file order.
    #[serde(default)]
    pub api: IndexMap<String, ApiConfig>,
    /// Lint settings (read by the linter).
    #[serde(default)]
    pub lint: Option<toml::Table>,
    /// Generation settings.
    #[serde(default)]
    pub generate: Option<GenerateConfig>,
}

/// `[generate]` as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GenerateConfig {
    /// Where the generated crates go, relative to the config file (default `generated`).
    #[serde(default)]
    pub out: Option<PathBuf>,
    /// Generate the client module (default on).
    #[serde(default)]
    pub client: Option<bool>,
    /// Generate the server module (default on).
    #[serde(default)]
    pub server: Option<bool>,
    /// A cargo feature per group of operations (default on).
    #[serde(default)]
    pub group_features: Option<bool>,
    /// The `specforge-runtime` crate's directory (relative to the config file): generated
    /// crates depend on it instead of carrying a copy of the runtime.
    #[serde(default)]
    pub runtime_path: Option<toml::Spanned<PathBuf>>,
}

/// One API.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApiConfig {
    /// Its documents, relative to the config file.
    pub documents: Vec<PathBuf>,
    /// Directory `$ref`s may not leave (relative to the config file).
    #[serde(default)]
    pub root: Option<PathBuf>,
    /// Let `$ref`s leave the root directory.
    #[serde(default)]
    pub allow_refs_outside_root: bool,
    /// OpenAPI Overlay 1.0 documents applied to this API (relative to the config file).
    #[serde(default)]
    pub overlays: Vec<PathBuf>,
    /// URL prefix → local directory (relative to the config file) whose documents stand for
    /// the URLs under it; specforge never fetches from the network.
    #[serde(default)]
    pub remote_refs: IndexMap<String, PathBuf>,
}

/// A loaded configuration and where it came from.
#[derive(Debug, Clone)]
pub struct Project {
    /// The config file.
    pub path: PathBuf,
    /// Its contents.
    pub config: Config,
    /// Its text (for locating entries after loading).
    pub text: String,
}

impl Project {
    /// The ingest inputs, one per API, paths resolved against the config's directory.
    pub fn inputs(&self) -> Vec<ApiInput> {
        let dir = self.path.parent().unwrap_or(Path::new("."));
        self.config
            .api
            .iter()
            .map(|(name, a)| ApiInput {
                name: Some(name.clone()),
                files: a.documents.iter().map(|d| dir.join(d)).collect(),
                root: a.root.as_ref().map(|r| dir.join(r)),
                overlays: a.overlays.iter().map(|o| dir.join(o)).collect(),
                allow_refs_outside_root: a.allow_refs_outside_root,
                remote_refs: a
                    .remote_refs
                    .iter()
                    .map(|(prefix, d)| (prefix.clone(), dir.join(d)))
                    .collect(),
            })
            .collect()
    }

    /// Where the generated crates go: `[generate] out` relative to the config file (default
    /// `generated`), normalised lexically (`specs/../generated` → `generated`).
    pub fn generate_root(&self) -> PathBuf {
        let dir = self.path.parent().unwrap_or(Path::new(""));
        let out = self
            .config
            .generate
            .as_ref()
            .and_then(|g| g.out.as_deref())
            .unwrap_or(Path::new("generated"));
        crate::ingest::refs::lexical(&dir.join(out))
    }

    /// The byte range of each `[[lint.ignore]]` entry in [`Project::text`], in order.
    pub fn ignore_spans(&self) -> Vec<std::ops::Range<usize>> {
        #[derive(Deserialize)]
        struct Root {
            lint: Option<Lint>,
        }
        #[derive(Deserialize)]
        struct Lint {
            #[serde(default)]
            ignore: Vec<toml::Spanned<toml::Table>>,
        }
        toml::from_str::<Root>(&self.text)
            .ok()
            .and_then(|r| r.lint)
            .map(|l| l.ignore.iter().map(toml::Spanned::span).collect())
            .unwrap_or_default()
    }
}

/// Files looked for, in order, when no config is named.
pub const DEFAULT_LOCATIONS: &[&str] = &["specforge.toml", "specs/specforge.toml"];

/// Finds the default config: in the current directory, then in each directory above it (as
/// cargo finds `Cargo.toml`), so a command run in `src/` or `specs/` reads the same project.
/// The path is relative (`../specs/specforge.toml`), as messages show it.
pub fn find_default() -> Option<PathBuf> {
    let cwd = std::env::current_dir().ok()?;
    let mut up = PathBuf::new();
    for _ in cwd.ancestors() {
        if let Some(found) = DEFAULT_LOCATIONS
            .iter()
            .map(|l| up.join(l))
            .find(|p| p.is_file())
        {
            return Some(found);
        }
        up.push("..");
    }
    None
}

/// The project's root for a project file at `path`: the directory holding it, or the one
/// holding `specs/` for `specs/specforge.toml` (the second of [`DEFAULT_LOCATIONS`]), so a
/// project reads the same whichever of the two places holds its file. Paths in output are
/// relative to it.
pub fn project_root(path: &Path) -> PathBuf {
    let path = crate::ingest::refs::absolute(path);
    let dir = path.parent().unwrap_or(Path::new("/"));
    match dir.file_name() {
        Some(n) if n == "specs" => dir.parent().unwrap_or(dir).to_path_buf(),
        _ => dir.to_path_buf(),
    }
}

/// Loads and validates a config file. Errors are located diagnostics.
pub fn load(path: &Path, sources: &mut SourceMap) -> Result<Project, Diagnostic> {
    let text = crate::ingest::limits::read_input_text(path)
        .map_err(|e| codes::IO.diag(format!("cannot read config `{}`: {e}", path.display())))?;
    let id = sources.add(SourceFile::new(
        path.display().to_string(),
        path.to_path_buf(),
        text,
    ));
    let text = sources.get(id).text();
    let config: Config = toml::from_str(text).map_err(|e| parse_error(&e, text, id))?;
    check_sections(text, id)?;
    for (name, api) in &config.api {
        // The name becomes a directory under the output root and a crate name: nothing that
        // could leave the directory or fail to be a package name.
        let valid = name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric())
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            && !name.contains("..");
        if !valid {
            let at = text.find(name.as_str()).unwrap_or(0);
            return Err(codes::CONFIG
                .diag(format!("API name `{name}` is not a valid name"))
                .at(byte_loc(text, id, at), "this name")
                .help("use letters, digits, `-`, `_` and `.`, starting with a letter or digit (it names the generated crate and its directory)"));
        }
        if api.documents.is_empty() {
            return Err(codes::CONFIG
                .diag(format!("API `{name}` lists no documents"))
                .at(Loc::new(id, 1, 1), "in this file"));
        }
    }
    if let Some(runtime) = config
        .generate
        .as_ref()
        .and_then(|g| g.runtime_path.as_ref())
    {
        let dir = crate::ingest::refs::absolute(path)
            .parent()
            .unwrap_or(Path::new("/"))
            .join(runtime.get_ref());
        let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap_or_default();
        let is_runtime = manifest
            .parse::<toml::Table>()
            .ok()
            .and_then(|t| {
                t.get("package")?
                    .get("name")?
                    .as_str()
                    .map(|n| n == "specforge-runtime")
            })
            .unwrap_or(false);
        if !is_runtime {
            return Err(codes::CONFIG
                .diag(format!(
                    "`runtime_path` `{}` is not the specforge-runtime crate",
                    runtime.get_ref().display()
                ))
                .at(byte_loc(text, id, runtime.span().start), "no specforge-runtime here")
                .help("give the directory of the `specforge-runtime` crate (this repository's `templates/runtime`), relative to this file, or leave `runtime_path` out to copy the runtime into each crate"));
        }
    }
    Ok(Project {
        path: path.to_path_buf(),
        config,
        text: text.to_string(),
    })
}

/// A TOML error in the project file, located where the parser stopped.
fn parse_error(e: &toml::de::Error, text: &str, id: FileId) -> Diagnostic {
    let loc = e
        .span()
        .map_or(Loc::new(id, 1, 1), |s| byte_loc(text, id, s.start));
    codes::CONFIG
        .diag(format!("invalid specforge.toml: {}", e.message()))
        .at(loc, "here")
        .help("see README.md, section \"Configuration\"")
}

/// The values `[lint.rules]` accepts.
const SEVERITIES: &[&str] = &["error", "warning", "info", "off"];

/// `[lint]` read strictly: an unknown key, a value of the wrong type, a rule
/// that does not exist or a severity that is not one is an error where it is written, with
/// the nearest valid spelling. A mistake there would otherwise change nothing without a word
/// (`SF999 = "off"` silences nothing; `server = "no"` generates a server).
fn check_sections(text: &str, id: FileId) -> Result<(), Diagnostic> {
    use toml::Spanned;
    // Fields only read by serde (for their checks) are `_`-named. `[generate]` is typed in
    // [`Config`] itself.
    #[derive(Deserialize)]
    struct Sections {
        #[serde(default)]
        lint: Option<LintSection>,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct LintSection {
        #[serde(default)]
        rules: IndexMap<String, Spanned<String>>,
        // Each entry is checked where the linter reads it (with its own location).
        #[serde(default, rename = "ignore")]
        _ignore: Vec<toml::Table>,
        #[serde(default, rename = "deny_warnings")]
        _deny_warnings: bool,
        // Read (and each file checked) when the project is read.
        #[serde(default, rename = "rulesets")]
        _rulesets: Vec<String>,
    }
    let sections: Sections = toml::from_str(text).map_err(|e| parse_error(&e, text, id))?;
    let Some(lint) = sections.lint else {
        return Ok(());
    };
    for (rule, severity) in &lint.rules {
        let value_at = severity.span().start;
        if crate::lint::registry::find_exact(rule).is_none() {
            // The key is written before its value, on the same line or in the same table.
            let at = text[..value_at].rfind(rule.as_str()).unwrap_or(value_at);
            let help = crate::lint::registry::unknown_rule_help(rule);
            return Err(codes::CONFIG
                .diag(format!("`[lint.rules]` names no lint rule `{rule}`"))
                .at(byte_loc(text, id, at), "no such rule")
                .help(help));
        }
        let value = severity.get_ref();
        if !SEVERITIES.contains(&value.as_str()) {
            let help = match crate::similar::closest(value, SEVERITIES.iter().copied()) {
                Some(c) => format!(
                    "did you mean `\"{c}\"`? A severity is one of `error`, `warning`, `info` or `off`"
                ),
                None => "a severity is one of `error`, `warning`, `info` or `off`".to_string(),
            };
            return Err(codes::CONFIG
                .diag(format!("`{value}` is not a severity (for `{rule}`)"))
                .at(byte_loc(text, id, value_at), "not a severity")
                .help(help));
        }
    }
    Ok(())
}

/// The 1-based location of byte offset `at` in `text`.
pub fn byte_loc(text: &str, file: FileId, at: usize) -> Loc {
    let at = at.min(text.len());
    let before = &text[..at];
    let line = before.matches('\n').count() as u32 + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u32 + 1;
    Loc::new(file, line, col)
}
