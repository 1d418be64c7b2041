//! Shared by the fuzz targets: the input written as a file (ingest reads paths, and the
//! wrapper kind is decided from the content and the extension the first byte picks).

use specforge::ingest::{self, ApiInput, IngestOptions, Workspace};
use std::path::PathBuf;

/// Ingests `data` as one file; `None` when the first byte is missing.
pub fn ingest_bytes(data: &[u8]) -> Option<Workspace> {
    let (&pick, body) = data.split_first()?;
    let ext = ["yaml", "json", "md", "mdx", "txt", "html"][pick as usize % 6];
    let dir = std::env::temp_dir().join(format!("specforge-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok()?;
    let path: PathBuf = dir.join(format!("input.{ext}"));
    std::fs::write(&path, body).ok()?;
    let ws = ingest::ingest(
        &[ApiInput {
            name: None,
            files: vec![path],
            ..Default::default()
        }],
        &IngestOptions::default(),
    );
    Some(ws)
}

/// Ingests `data` and builds the model; `None` when ingest reported errors.
pub fn model_bytes(data: &[u8]) -> Option<(Workspace, specforge::model::Model, bool)> {
    let ws = ingest_bytes(data)?;
    if ws.has_errors() {
        return None;
    }
    let (m, diags) = specforge::model::build(&ws);
    let model_errors = diags.has_errors();
    Some((ws, m, model_errors))
}
