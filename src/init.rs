//! `specforge init`: a starter `specforge.toml` naming the APIs of some documents, grouped as
//! `specforge lint FILES` groups them (by `info.title` + `info.version`), with the settings a
//! new user reaches for next written as comments.

use crate::ingest::{self, ApiInput, IngestOptions};
use std::path::{Path, PathBuf};

/// Extensions of the files that can hold a spec or a docs page.
pub const EXTENSIONS: &[&str] = &["yaml", "yml", "json", "md", "mdx", "txt", "html", "htm"];

/// The files directly in `dir` that can hold a spec or a docs page ([`EXTENSIONS`]), in name
/// order: what `init` and `diff DIR` read from a directory.
pub fn spec_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.is_file()
                && p.extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        })
        .collect();
    files.sort();
    files
}

/// The files `init` looks at without arguments: [`spec_files`] of `dir` and of `dir/specs`.
pub fn candidates(dir: &Path) -> Vec<PathBuf> {
    [dir.to_path_buf(), dir.join("specs")]
        .iter()
        .flat_map(|d| spec_files(d))
        .collect()
}

/// The text of a starter `specforge.toml` for `files`, paths relative to the current
/// directory (where it is written). Files found by [`candidates`] (`named` false) that hold no
/// OpenAPI document are left out; a named file that cannot be read is an error, as is finding
/// no API at all.
pub fn starter(files: &[PathBuf], named: bool) -> Result<String, String> {
    let ws = ingest::ingest(
        &[ApiInput {
            name: None,
            files: files.to_vec(),
            ..ApiInput::default()
        }],
        &IngestOptions::default(),
    );
    if named && ws.has_errors() {
        let rendered: Vec<String> = ws
            .diagnostics
            .sorted()
            .iter()
            .filter(|d| d.is_error())
            .map(|d| d.render(&ws.sources))
            .collect();
        return Err(rendered.join("\n") + "error: nothing was written");
    }
    if ws.apis.is_empty() {
        return Err(format!(
            "error: no OpenAPI document found in {}\n  = help: name the documents: `specforge init FILE...`",
            if files.is_empty() {
                "this directory or specs/".to_string()
            } else {
                format!("{} file(s)", files.len())
            }
        ));
    }
    let mut text = String::from(
        "# The APIs of this project and their settings (README.md, section \"Configuration\").\n\
         # Written by `specforge init`; `specforge check` reads it from here or any directory below.\n",
    );
    for api in &ws.apis {
        // A docs page holding only examples (curl requests, response samples) belongs to the
        // API as much as its documents do.
        let mut files: Vec<crate::source::FileId> = api
            .documents
            .iter()
            .map(|d| d.file)
            .chain(api.examples.iter().map(|e| e.example.loc.file))
            .collect();
        files.sort_by_key(|&f| ws.sources.name(f).to_string());
        files.dedup();
        let documents: Vec<toml::Value> = files
            .iter()
            .map(|&f| toml::Value::String(ws.sources.name(f).replace('\\', "/")))
            .collect();
        let bare = api
            .name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        let key = if bare {
            api.name.clone()
        } else {
            toml::Value::String(api.name.clone()).to_string()
        };
        text.push_str(&format!(
            "\n[api.{key}]\ndocuments = {}\n# overlays = [\"{}.overlay.yaml\"]   # your fixes to a vendor's document, kept apart from it\n",
            toml::Value::Array(documents),
            api.name
        ));
    }
    text.push_str(
        "\n[lint]\n\
         # deny_warnings = true         # `check` fails on warnings too\n\
         # [lint.rules]\n\
         # SF154 = \"off\"                # by code or name: \"error\", \"warning\", \"info\" or \"off\"\n\
         \n[generate]\n\
         out = \"generated\"              # one crate per API, relative to this file\n\
         # server = false               # client only\n",
    );
    // What init writes, the project reader must accept.
    toml::from_str::<crate::config::Config>(&text)
        .map_err(|e| format!("error: internal: the starter file does not read back: {e}"))?;
    Ok(text)
}
