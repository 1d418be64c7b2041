//! Helpers shared by the integration tests.

// Each test crate uses a different subset of these.
#![allow(dead_code)]

use std::process::{Command, Output};

/// Runs the `specforge` binary in the repository root, without colour.
pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_specforge"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .expect("runs")
}

/// Standard output as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The codes of the findings of a `lint --format json` run, in order.
pub fn json_codes(o: &Output) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON output");
    v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["code"].as_str().expect("code").to_string())
        .collect()
}

/// Standard error as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// An empty directory `specforge-<name>-<pid>` under the system's temporary directory (what a
/// previous run left there is removed first).
pub fn fresh_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("specforge-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A copy of `specs/` in a temporary project, with its own `generated/`.
pub fn temp_project(name: &str) -> std::path::PathBuf {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = fresh_dir(name);
    std::fs::create_dir_all(dir.join("specs")).unwrap();
    for e in std::fs::read_dir(root.join("specs")).unwrap().flatten() {
        std::fs::copy(e.path(), dir.join("specs").join(e.file_name())).unwrap();
    }
    // The project file names the shared runtime crate (`runtime_path`); its manifest is what
    // generation checks.
    let runtime = dir.join("templates/runtime");
    std::fs::create_dir_all(&runtime).unwrap();
    std::fs::copy(
        root.join("templates/runtime/Cargo.toml"),
        runtime.join("Cargo.toml"),
    )
    .unwrap();
    dir
}

/// Runs the `specforge` binary in `dir`, without colour.
pub fn run_in(dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_specforge"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}
pub mod shapes;
