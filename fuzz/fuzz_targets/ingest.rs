//! Ingest (YAML, JSON, Markdown/MDX wrappers, rendered pages) never panics, whatever the bytes.
#![no_main]

mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Some(ws) = common::ingest_bytes(data) {
        // Every diagnostic renders (locations inside the file, snippets cut on char boundaries).
        for d in ws.diagnostics.sorted() {
            let _ = d.render(&ws.sources);
        }
    }
});
