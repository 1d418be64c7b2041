//! The specs measured: found in the corpus's MANIFEST.md or the seeds' project, read with
//! specforge's ingest and modelled.

use specforge::ingest::{self, Api, ApiInput, IngestOptions, SpecVersion};
use specforge::model::ApiModel;
use std::path::{Path, PathBuf};

/// One API, read and modelled.
pub struct Spec {
    /// What tables call it (the corpus path, or `seeds/<api>`).
    pub label: String,
    /// The merged document and its dialect.
    pub api: Api,
    /// The model lint checks.
    pub model: ApiModel,
}

impl Spec {
    pub fn is_31(&self) -> bool {
        self.api.version == SpecVersion::V31
    }
}

/// The corpus paths MANIFEST.md lists with an OpenAPI version starting with `3.1`, in its
/// order (the version column also covers specs embedded in docs pages).
pub fn manifest_31(corpus: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(corpus.join("MANIFEST.md")).unwrap_or_default();
    text.lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let path = cells.get(1)?.strip_prefix('`')?.strip_suffix('`')?;
            cells.get(6)?.starts_with("3.1").then(|| path.to_string())
        })
        .collect()
}

/// Reads `files` as one input (APIs grouped by `info`, as the CLI does with file arguments).
pub fn load_files(label: &str, files: &[PathBuf]) -> Result<Vec<Spec>, String> {
    let inputs = [ApiInput {
        name: None,
        files: files.to_vec(),
        ..ApiInput::default()
    }];
    load(&inputs, |_| label.to_string())
}

/// Reads the APIs of a `specforge.toml`, each labelled `seeds/<name>`.
pub fn load_project(path: &Path) -> Result<Vec<Spec>, String> {
    let mut sources = specforge::source::SourceMap::new();
    let project = specforge::config::load(path, &mut sources).map_err(|d| d.message)?;
    load(&project.inputs(), |api| format!("seeds/{}", api.name))
}

fn load(inputs: &[ApiInput], label: impl Fn(&Api) -> String) -> Result<Vec<Spec>, String> {
    let ws = ingest::ingest(inputs, &IngestOptions::default());
    // Ingest errors that still leave an API (a duplicate component, a bad `$ref`) are what lint
    // runs on too; only input that yields no API is skipped.
    if ws.apis.is_empty() {
        let first = ws
            .diagnostics
            .items()
            .iter()
            .find(|d| d.severity == specforge::diag::Severity::Error)
            .map_or_else(|| "no API".to_string(), |d| d.message.clone());
        return Err(format!("ingest failed: {first}"));
    }
    let (model, _) = specforge::model::build(&ws);
    Ok(ws
        .apis
        .into_iter()
        .zip(model.apis)
        .map(|(api, model)| Spec {
            label: label(&api),
            api,
            model,
        })
        .collect())
}
