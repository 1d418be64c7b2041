//! Helpers shared by the integration tests.

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

/// Standard error as text.
#[allow(dead_code)] // not every test file reads stderr
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
