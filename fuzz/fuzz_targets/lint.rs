//! Model and lint never panic on any document ingest accepts.
#![no_main]

mod common;

use specforge::lint::{self, config::LintConfig};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((ws, m, _)) = common::model_bytes(data) else {
        return;
    };
    for d in lint::lint(&ws, &m, &LintConfig::default()) {
        let _ = d.render(&ws.sources);
    }
    for a in &m.apis {
        let _ = specforge::diff::diff(a, a, &Default::default());
    }
});
