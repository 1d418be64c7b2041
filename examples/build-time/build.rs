//! Generates the Tyk portal client from the project's specs into OUT_DIR. specforge prints
//! `cargo:rerun-if-changed` for every document it reads, so editing a spec regenerates and an
//! unrelated edit does not.

fn main() {
    let result = specforge::Generator::new()
        .project("../../specs/specforge.toml")
        .api("tyk-portal")
        // A client-only crate; the server module (on by default) also needs axum, regex and
        // serde_urlencoded.
        .server(false)
        .build_script("tyk_portal.rs");
    if let Err(e) = result {
        // The diagnostics were printed as cargo:warning lines; fail the build with them too.
        eprintln!("{e}");
        std::process::exit(1);
    }
}
