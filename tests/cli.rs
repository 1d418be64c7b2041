//! The `specforge` binary: exit codes, error rendering, and the seed snapshots.

use std::path::Path;
mod common;

use common::*;
use std::process::Command;

/// Runs `extract` on a bad input: exit code 2, nothing on stdout, the rendered error.
fn bad(file: &str) -> String {
    let o = run(&["extract", file]);
    assert_eq!(o.status.code(), Some(2), "{file}: {}", stderr(&o));
    assert!(o.stdout.is_empty(), "nothing half-written to stdout");
    stderr(&o)
}

#[test]
fn malformed_yaml() {
    let e = bad("tests/fixtures/bad/malformed.yaml");
    assert!(e.contains("tests/fixtures/bad/malformed.yaml:11:"), "{e}");
    insta::assert_snapshot!(e);
}

#[test]
fn page_without_a_spec() {
    insta::assert_snapshot!(bad("tests/fixtures/bad/no-spec.md"));
}

#[test]
fn broken_refs() {
    let e = bad("tests/fixtures/bad/broken-ref.yaml");
    assert!(e.contains("broken-ref.yaml:12:17"), "{e}");
    assert!(e.contains("broken-ref.yaml:14:17"), "{e}");
    insta::assert_snapshot!(e);
}

#[test]
fn cyclic_refs() {
    let o = run(&["check", "tests/fixtures/bad/cyclic-ref.yaml"]);
    assert_eq!(o.status.code(), Some(1));
    insta::assert_snapshot!(stderr(&o));
}

#[test]
fn unknown_version() {
    insta::assert_snapshot!(bad("tests/fixtures/bad/version.yaml"));
}

#[test]
fn remote_and_escaping_refs_are_refused() {
    let e = bad("tests/fixtures/bad/remote-ref.yaml");
    assert!(
        e.contains("error[SF006]") && e.contains("never fetches"),
        "{e}"
    );
    let e = bad("tests/fixtures/outside/spec/escape.yaml");
    assert!(
        e.contains("error[SF006]") && e.contains("outside the spec's root directory"),
        "{e}"
    );
    let o = run(&[
        "extract",
        "--allow-refs-outside-root",
        "tests/fixtures/outside/spec/escape.yaml",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("secret"), "the allowed file is bundled");
}

#[test]
fn missing_file_and_missing_config() {
    let e = bad("tests/fixtures/does-not-exist.yaml");
    assert!(
        e.contains("error[SF010]") && e.contains("does-not-exist.yaml"),
        "{e}"
    );
    let o = Command::new(env!("CARGO_BIN_EXE_specforge"))
        .arg("check")
        .current_dir(std::env::temp_dir())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no specforge.toml found"));
}

#[test]
fn an_unknown_api_is_an_input_error_in_every_command() {
    // `model --api nope` printed `{"apis": []}` and exited 0 (issue 17).
    for c in ["extract", "model", "generate"] {
        let o = run(&[c, "--api", "tyk-portl"]);
        assert_eq!(o.status.code(), Some(2), "{c}: {}", stderr(&o));
        assert!(o.stdout.is_empty(), "{c}");
        assert!(stderr(&o).contains("`tyk-portl`"), "{c}: {}", stderr(&o));
    }
    assert!(stderr(&run(&["model", "--api", "tyk-portl"])).contains("did you mean `tyk-portal`?"));
}

#[test]
fn help_names_every_command() {
    let o = run(&["--help"]);
    assert!(o.status.success());
    let h = stdout(&o);
    for c in ["extract", "model", "check"] {
        assert!(h.contains(c), "{h}");
    }
    let o = run(&["extract", "--help"]);
    assert!(stdout(&o).contains("--format"));
}

#[test]
fn check_on_the_default_project() {
    let o = run(&["check"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    insta::assert_snapshot!(stdout(&o));
}

/// The project is found from any directory inside it, and generated crates name their
/// documents relative to themselves: `cd specs && specforge check` reported six stale files
/// (issue 17).
#[test]
fn check_is_green_from_any_directory_of_the_project() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in ["specs", "src", "generated/tyk-portal/src"] {
        let o = run_in(&root.join(dir), &["check"]);
        assert_eq!(
            o.status.code(),
            Some(0),
            "from {dir}: {}{}",
            stdout(&o),
            stderr(&o)
        );
        assert!(stdout(&o).contains("current"), "from {dir}: {}", stdout(&o));
    }
}

#[test]
fn extracted_seed_documents() {
    for api in ["tyk-portal", "telnyx-oauth", "sailpoint-v3"] {
        let o = run(&["extract", "--api", api]);
        assert!(o.status.success(), "{}", stderr(&o));
        insta::assert_snapshot!(format!("extract-{api}"), stdout(&o));
        // The JSON form is the same document.
        let j = run(&["extract", "--api", api, "--format", "json"]);
        let v: serde_json::Value = serde_json::from_slice(&j.stdout).expect("valid JSON");
        assert!(v.get("paths").is_some());
    }
}

#[test]
fn extracted_yaml_reads_back_identically() {
    let dir = fresh_dir("rt");
    for api in ["tyk-portal", "telnyx-oauth", "sailpoint-v3"] {
        let o = run(&["extract", "--api", api, "--format", "json"]);
        let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let y = run(&["extract", "--api", api]);
        let f = dir.join(format!("{api}.yaml"));
        std::fs::write(&f, &y.stdout).unwrap();
        let back = run(&["extract", "--format", "json", f.to_str().unwrap()]);
        let back: serde_json::Value = serde_json::from_slice(&back.stdout).unwrap();
        assert_eq!(json, back, "{api}");
    }
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn seed_models() {
    for api in ["tyk-portal", "telnyx-oauth", "sailpoint-v3"] {
        let o = run(&["model", "--api", api]);
        assert!(o.status.success(), "{}", stderr(&o));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        insta::assert_json_snapshot!(format!("model-{api}"), v);
    }
}

#[test]
fn snapshots_dir_is_beside_this_file() {
    assert!(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").is_dir());
}

#[test]
fn check_gates_on_stale_generated_code() {
    let dir = temp_project("gate");
    // Nothing generated yet: every file is missing.
    let o = run_in(&dir, &["check"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(stdout(&o).contains("missing: "), "{}", stdout(&o));
    assert_eq!(run_in(&dir, &["generate"]).status.code(), Some(0));
    let o = run_in(&dir, &["check"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("generated: 3 crate(s) current"));

    // A hand edit of a generated file fails the gate, with a diff on request.
    let types = dir.join("generated/telnyx-oauth/src/types.rs");
    let original = std::fs::read_to_string(&types).unwrap();
    std::fs::write(
        &types,
        original.replace("pub struct OauthError", "pub struct MyError"),
    )
    .unwrap();
    let o = run_in(&dir, &["check", "--diff"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("differs: ") && out.contains("telnyx-oauth/src/types.rs"),
        "{out}"
    );
    assert!(
        out.contains("-pub struct MyError") && out.contains("+pub struct OauthError"),
        "{out}"
    );
    // `check` wrote nothing.
    assert!(std::fs::read_to_string(&types).unwrap().contains("MyError"));
    assert_eq!(run_in(&dir, &["generate"]).status.code(), Some(0));
    assert_eq!(run_in(&dir, &["check"]).status.code(), Some(0));

    // A vendor change to the spec makes the checked-in code stale.
    let spec = dir.join("specs/003_f3156d18c0b7f6c7.txt");
    let text = std::fs::read_to_string(&spec).unwrap();
    std::fs::write(
        &spec,
        text.replace(
            "operationId: CreateOAuthClient",
            "operationId: RegisterOAuthClient",
        ),
    )
    .unwrap();
    let o = run_in(&dir, &["check"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("telnyx-oauth/src/client.rs"),
        "{}",
        stdout(&o)
    );

    // Generation rewrites only what changed, removes what it no longer generates (and only
    // that), and leaves the user's own files alone.
    let mine = dir.join("generated/telnyx-oauth/src/mine.rs");
    std::fs::write(&mine, "// mine").unwrap();
    let old = dir.join("generated/telnyx-oauth/src/old.rs");
    std::fs::write(&old, "// generated by an older version").unwrap();
    let manifest = dir.join("generated/telnyx-oauth/.specforge-manifest");
    let mut m = std::fs::read_to_string(&manifest).unwrap();
    m.push_str("src/old.rs\n../../specs/specforge.toml\n");
    std::fs::write(&manifest, m).unwrap();
    let o = run_in(&dir, &["generate"]);
    let err = stderr(&o);
    // client.rs, server.rs and types.rs (the operation's types are named after it) and the
    // manifest.
    assert!(err.contains("generated/telnyx-oauth: 4 written"), "{err}");
    assert!(err.contains("generated/tyk-portal: 0 written"), "{err}");
    assert!(!old.exists() && mine.exists());
    assert!(
        dir.join("specs/specforge.toml").exists(),
        "a hostile manifest entry is ignored"
    );
    assert_eq!(run_in(&dir, &["check"]).status.code(), Some(0));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The server module is generated by default; `--no-server` leaves it out for one run, and
/// `[generate] server = false` for good (then `check` expects crates without it).
#[test]
fn the_server_module_can_be_left_out() {
    let dir = temp_project("no-server");
    // Each crate with its own copy of the runtime, so the copy's modules can be seen.
    let config = dir.join("specs/specforge.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(
        &config,
        text.replace("\nruntime_path =", "\n# runtime_path ="),
    )
    .unwrap();
    let o = run_in(&dir, &["generate"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let server = dir.join("generated/tyk-portal/src/server.rs");
    assert!(server.exists());

    let out = dir.join("tyk-client-only");
    let o = run_in(
        &dir,
        &[
            "generate",
            "--api",
            "tyk-portal",
            "--no-server",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!out.join("src/server.rs").exists());
    assert!(!out.join("src/runtime/validate.rs").exists());
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
    assert!(!manifest.contains("axum") && !manifest.contains("[features.server]"));
    assert!(!manifest.contains("server ="), "{manifest}");
    let runtime = std::fs::read_to_string(out.join("src/runtime/mod.rs")).unwrap();
    assert!(!runtime.contains("server"), "{runtime}");

    // The setting: `check` now finds the checked-in server files stale (they would be
    // removed), and `generate` removes them.
    let config = dir.join("specs/specforge.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(
        &config,
        text.replace("[generate]\n", "[generate]\nserver = false\n"),
    )
    .unwrap();
    let o = run_in(&dir, &["check"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let o = run_in(&dir, &["generate"]);
    assert!(
        stderr(&o).contains("removed generated/tyk-portal/src/server.rs"),
        "{}",
        stderr(&o)
    );
    assert!(!server.exists());
    assert_eq!(run_in(&dir, &["check"]).status.code(), Some(0));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// `[generate] runtime_path` makes the crates depend on the shared runtime crate instead of
/// carrying a copy; a path that is not that crate is a located error and nothing is written.
#[test]
fn crates_can_share_the_runtime_crate() {
    let dir = temp_project("shared-runtime");
    let o = run_in(&dir, &["generate"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let krate = dir.join("generated/tyk-portal");
    assert!(!krate.join("src/runtime").exists());
    let lib = std::fs::read_to_string(krate.join("src/lib.rs")).unwrap();
    assert!(
        lib.contains("pub use ::specforge_runtime as runtime;"),
        "{lib}"
    );
    let manifest = std::fs::read_to_string(krate.join("Cargo.toml")).unwrap();
    assert!(
        manifest.contains(
            "[dependencies.specforge-runtime]\npath = \"../../templates/runtime\"\ndefault-features = false"
        ),
        "{manifest}"
    );
    assert!(
        manifest.contains("\"specforge-runtime/client\"")
            && manifest.contains("\"specforge-runtime/server\"")
    );

    // Back to a copy per crate: the copy is written, and the dependency goes.
    let config = dir.join("specs/specforge.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    let vendored = text.replace("\nruntime_path =", "\n# runtime_path =");
    std::fs::write(&config, &vendored).unwrap();
    assert_eq!(run_in(&dir, &["generate"]).status.code(), Some(0));
    assert!(krate.join("src/runtime/mod.rs").exists());
    let manifest = std::fs::read_to_string(krate.join("Cargo.toml")).unwrap();
    assert!(!manifest.contains("specforge-runtime"), "{manifest}");

    // A directory that is not the runtime crate.
    std::fs::write(
        &config,
        vendored.replace(
            "\n# runtime_path = \"../templates/runtime\"",
            "\nruntime_path = \"../templates\"",
        ),
    )
    .unwrap();
    let o = run_in(&dir, &["generate"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("`runtime_path` `../templates` is not the specforge-runtime crate")
            && err.contains("specforge.toml:20:16"),
        "{err}"
    );
    assert!(
        krate.join("src/runtime/mod.rs").exists(),
        "nothing was removed"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
