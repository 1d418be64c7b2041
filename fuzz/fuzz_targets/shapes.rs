//! Structure-aware: the input bytes are the choices of a document made of the JSON Schema
//! shapes that broke generation (issue 15; the same builder as `tests/shapes.rs`). Every such
//! document is valid OpenAPI, so ingest, the model and generation must all succeed on it.
#![no_main]

// The tests' seeded byte source is not needed here.
#[allow(dead_code)]
#[path = "../../tests/common/shapes.rs"]
mod shapes;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let doc = shapes::document(&mut shapes::Choices::new(data));
    let dir = std::env::temp_dir().join(format!("specforge-fuzz-shapes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (ws, text) = shapes::ingest_document(&doc, &dir.join("shapes.json"));
    assert!(!ws.has_errors(), "{:?}\n{text}", ws.diagnostics.items());
    let (m, diags) = specforge::model::build(&ws);
    assert!(!diags.has_errors(), "{:?}\n{text}", diags.items());
    if let Err(d) = specforge::codegen::generate_crate(&ws.apis[0], &m.apis[0], &ws.sources) {
        panic!("{}\n{text}", d.render(&ws.sources));
    }
});
