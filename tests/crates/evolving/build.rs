//! Generates two clients into OUT_DIR: from `tests/fixtures/codegen/many-optional.yaml` as it
//! is, and from a copy where the vendor added an optional property to a request body with
//! many optional fields, one to a body built with `new(required)`, and an optional query
//! parameter. `src/lib.rs` compiles the same caller code against both.

use std::path::{Path, PathBuf};

/// `text` with `line` inserted after the first line that is `after`; the fixture must still
/// have that line, or the "newer" spec would silently be the same spec.
fn insert_after(text: &str, after: &str, line: &str) -> String {
    let at = text
        .find(after)
        .unwrap_or_else(|| panic!("the fixture lost the line {after:?}"))
        + after.len();
    format!("{}{line}{}", &text[..at], &text[at..])
}

fn generate(spec: &Path, out: &str) {
    let result = specforge::Generator::new()
        .document(spec)
        .server(false)
        .build_script(out);
    if let Err(e) = result {
        eprintln!("{e}");
        std::process::exit(1);
    }
}

fn main() {
    let fixture = Path::new("../../fixtures/codegen/many-optional.yaml");
    println!("cargo:rerun-if-changed={}", fixture.display());
    let text = std::fs::read_to_string(fixture).expect("the fixture is there");
    let newer = insert_after(
        &text,
        "        user: {type: string}\n",
        "        seed: {type: integer}\n",
    );
    let newer = insert_after(
        &newer,
        "        priority: {type: integer}\n",
        "        deadline: {type: string, format: date-time}\n",
    );
    let newer = insert_after(
        &newer,
        "        - {name: before, in: query, schema: {type: string}}\n",
        "        - {name: include, in: query, schema: {type: array, items: {type: string}}}\n",
    );
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let newer_spec = out.join("many-optional-newer.yaml");
    std::fs::write(&newer_spec, newer).expect("OUT_DIR is writable");
    generate(fixture, "before.rs");
    generate(&newer_spec, "after.rs");
}
