//! Build-time generation: the library's `Generator`, and the `examples/build-time` crate whose
//! build.rs uses it (a dev-dependency, so it is built before these tests run).

mod common;

use common::fresh_dir;
use specforge::Generator;
use std::path::{Path, PathBuf};

/// The newest build-script output of `examples/build-time` in this target directory.
fn build_script_output() -> String {
    // target/<profile>/deps/<this test> → target/<profile>/build/build-time-example-*/output
    let exe = std::env::current_exe().unwrap();
    let profile_dir = exe.parent().unwrap().parent().unwrap();
    let mut outputs: Vec<(std::time::SystemTime, PathBuf)> =
        std::fs::read_dir(profile_dir.join("build"))
            .unwrap()
            .flatten()
            .filter(|e| {
                e.file_name()
                    .to_string_lossy()
                    .starts_with("build-time-example-")
            })
            .map(|e| e.path().join("output"))
            .filter_map(|p| Some((p.metadata().ok()?.modified().ok()?, p)))
            .collect();
    outputs.sort();
    let (_, newest) = outputs.last().expect("the example's build script ran");
    std::fs::read_to_string(newest).unwrap()
}

#[test]
fn the_example_reruns_on_its_own_specs_only() {
    let out = build_script_output();
    let reruns: Vec<&str> = out
        .lines()
        .filter_map(|l| l.strip_prefix("cargo:rerun-if-changed="))
        .collect();
    for doc in [
        "000_3e821eb901a57be7.txt",
        "001_129e32d28a02f197.txt",
        "002_8a698f709e9fd7de.txt",
        "specforge.toml",
    ] {
        assert!(
            reruns.iter().any(|r| r.ends_with(doc)),
            "{doc} missing from {reruns:?}"
        );
    }
    // The other APIs' documents are unrelated to the Tyk client.
    for doc in ["003_f3156d18c0b7f6c7.txt", "004_ea04a78fdbd13504.txt"] {
        assert!(
            !reruns.iter().any(|r| r.ends_with(doc)),
            "{doc} should not rerun the build"
        );
    }
}

#[test]
fn a_spec_edit_changes_the_output_and_an_unrelated_edit_does_not() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = fresh_dir("build-time");
    let spec = dir.join("telnyx.md");
    let original = std::fs::read_to_string(root.join("specs/003_f3156d18c0b7f6c7.txt")).unwrap();
    std::fs::write(&spec, &original).unwrap();
    std::fs::write(dir.join("notes.txt"), "unrelated").unwrap();
    let run = || {
        let out = Generator::new().document(&spec).run().unwrap();
        assert!(out.inputs.iter().any(|p| p.ends_with("telnyx.md")));
        assert!(!out.inputs.iter().any(|p| p.ends_with("notes.txt")));
        out.apis[0].module.clone()
    };
    let first = run();
    assert!(
        first.contains("pub mod client"),
        "client included by default"
    );
    std::fs::write(dir.join("notes.txt"), "still unrelated").unwrap();
    assert_eq!(run(), first, "an unrelated file does not change the output");
    // The vendor renames the operation.
    std::fs::write(
        &spec,
        original.replace(
            "operationId: CreateOAuthClient",
            "operationId: RegisterOAuthClient",
        ),
    )
    .unwrap();
    let second = run();
    assert!(second.contains("pub async fn register_oauth_client"));
    assert!(!second.contains("pub async fn create_oauth_client"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn settings_reach_the_generated_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Generator::new()
        .project(root.join("specs/specforge.toml"))
        .api("telnyx-oauth")
        .client(false)
        .extra_derive("Eq")
        .replace_type("oauth_Error", "crate::errors::MyError")
        .run()
        .unwrap();
    let api = &out.apis[0];
    assert!(!api.module.contains("pub mod client"));
    assert!(!api.crate_files.contains_key("src/client.rs"));
    assert!(!api.crate_files["Cargo.toml"].contains("reqwest"));
    let types = &api.crate_files["src/types.rs"];
    assert!(
        types.contains("Serialize, Deserialize, Eq)]"),
        "extra derive"
    );
    assert!(
        !types.contains("pub struct OauthError"),
        "a replaced schema is not generated"
    );
    // The module form parses as Rust.
    syn::parse_file(&api.module).unwrap();
}

#[test]
fn bad_settings_and_inputs_are_clear_errors() {
    let err = Generator::new()
        .document("tests/fixtures/codegen/kitchen-sink.yaml")
        .extra_derive("not a path!")
        .run()
        .err()
        .unwrap();
    assert!(
        err.to_string().contains("`not a path!` is not a Rust path"),
        "{err}"
    );
    let err = Generator::new()
        .document("does/not/exist.yaml")
        .run()
        .err()
        .unwrap();
    assert!(err.to_string().contains("does/not/exist.yaml"), "{err}");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let err = Generator::new()
        .project(root.join("specs/specforge.toml"))
        .api("nope")
        .run()
        .err()
        .unwrap();
    assert!(err.to_string().contains("no API named `nope`"), "{err}");
}
