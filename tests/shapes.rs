//! Random documents made of the shapes that broke generation (issue 15, `common/shapes.rs`):
//! every one must model and generate without an error. Whether the generated crates also
//! compile is the ignored test at the end (it runs `cargo check` on a few hundred crates):
//!
//! ```console
//! $ SHAPES_COUNT=300 cargo test --test shapes -- --ignored --nocapture
//! ```

mod common;

use common::shapes::{Choices, document, ingest_document, seeded_bytes};
use std::collections::BTreeMap;
use std::path::Path;

/// The generated crate's files for the document of `seed`, or what went wrong, with the
/// document, so that a failure can be reproduced.
fn generate(seed: u64, dir: &Path) -> Result<BTreeMap<String, String>, String> {
    let doc = document(&mut Choices::new(&seeded_bytes(seed, 4096)));
    let (ws, text) = ingest_document(&doc, &dir.join(format!("shapes-{seed}.json")));
    let fail = |what: &str, why: String| Err(format!("seed {seed}: {what}: {why}\n{text}"));
    if ws.diagnostics.has_errors() {
        return fail("ingest", format!("{:?}", ws.diagnostics.items()));
    }
    let (m, diags) = specforge::model::build(&ws);
    if diags.has_errors() {
        return fail("model", format!("{:?}", diags.items()));
    }
    // The type space's invariants are a debug assertion inside generation: a panic here is
    // a failure of this document, reported with it.
    let generated = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        specforge::codegen::generate_crate(&ws.apis[0], &m.apis[0], &ws.sources)
    }));
    match generated {
        Ok(Ok(files)) => Ok(files),
        Ok(Err(d)) => fail("generate", d.render(&ws.sources)),
        Err(panic) => {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            fail("generate panicked", message)
        }
    }
}

#[test]
fn random_documents_of_the_issue_15_shapes_generate() {
    let dir = common::fresh_dir("shapes");
    let failures: Vec<String> = (0..250u64)
        .filter_map(|seed| generate(seed, &dir).err())
        .collect();
    assert!(
        failures.is_empty(),
        "{} of 250 failed; the first:\n{}",
        failures.len(),
        failures[0]
    );
}

/// Found by the test above: a tuple (or a type list) whose positions have read-only
/// properties was made once per view under one name, and the request view was lost.
#[test]
fn a_tuple_with_read_only_positions_has_a_request_tuple() {
    let doc = serde_json::json!({
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {"/t": {"post": {
            "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pair"}}}},
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pair"}}}}}
        }}},
        "components": {"schemas": {"Pair": {
            "type": "array",
            "prefixItems": [{"type": "object", "required": ["id"], "properties": {"id": {"type": "string", "readOnly": true}}}],
            "items": true
        }}}
    });
    let dir = common::fresh_dir("shapes-tuple");
    let (ws, _) = ingest_document(&doc, &dir.join("t.json"));
    let (m, _) = specforge::model::build(&ws);
    let files = specforge::codegen::generate_crate(&ws.apis[0], &m.apis[0], &ws.sources).unwrap();
    let types = &files["src/types.rs"];
    assert!(types.contains("pub struct Pair("), "{types}");
    assert!(types.contains("pub struct PairRequest("), "{types}");
}

/// Generates `SHAPES_COUNT` crates (default 200) into one workspace under `target/` and checks
/// them with every feature (types, client, server), offline: dependencies come from the cache
/// the repository's own build filled.
#[test]
#[ignore = "runs cargo check on hundreds of generated crates (minutes)"]
fn random_documents_of_the_issue_15_shapes_compile() {
    let count: u64 = std::env::var("SHAPES_COUNT")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let work = root.join("target/shapes");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).unwrap();
    let mut members = Vec::new();
    for seed in 0..count {
        let files = generate(seed, &work).unwrap_or_else(|e| panic!("{e}"));
        let name = format!("shapes-{seed}");
        let dir = work.join(&name);
        for (rel, text) in files {
            let path = dir.join(&rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            let text = if rel == "Cargo.toml" {
                text.replacen("name = \"shapes\"", &format!("name = \"{name}\""), 1)
            } else {
                text
            };
            std::fs::write(path, text).unwrap();
        }
        members.push(format!("{name:?}"));
    }
    std::fs::write(
        work.join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"3\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    )
    .unwrap();
    // The repository's lock file pins the versions its own build already fetched.
    std::fs::copy(root.join("Cargo.lock"), work.join("Cargo.lock")).unwrap();
    let out = std::process::Command::new(env!("CARGO"))
        .args([
            "check",
            "--offline",
            "--workspace",
            "--all-features",
            "--message-format",
            "short",
        ])
        .current_dir(&work)
        .env("CARGO_TARGET_DIR", work.join("target"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let errors: Vec<&str> = stderr.lines().filter(|l| l.contains("error")).collect();
    println!(
        "{count} generated crates checked; {} error lines",
        errors.len()
    );
    assert!(out.status.success(), "{}", errors.join("\n"));
}
