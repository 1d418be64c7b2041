//! The project layer (issue 17): the library `Project` the CLI and build scripts share, the
//! same output from any directory, `init`, completions and the global flags.

mod common;

use common::*;
use specforge::project::{Error, Project};
use std::path::Path;
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every command prints paths relative to the project's root, so its output is the same from
/// any directory of the project (it was relative to the working directory).
#[test]
fn lint_output_is_the_same_from_any_directory() {
    // Warnings fail it: the project sets `deny_warnings`.
    let at_root = run(&["lint", "--no-ignore"]);
    assert_eq!(at_root.status.code(), Some(1), "{}", stderr(&at_root));
    assert!(
        stdout(&at_root).contains("--> specs/000_"),
        "{}",
        stdout(&at_root)
    );
    for dir in ["specs", "src", "generated/tyk-portal"] {
        let o = run_in(&root().join(dir), &["lint", "--no-ignore"]);
        assert_eq!(stdout(&o), stdout(&at_root), "from {dir}");
        let o = run_in(&root().join(dir), &["check"]);
        assert_eq!(stdout(&o), stdout(&run(&["check"])), "from {dir}");
    }
    // A path given on the command line still means what it meant where the command ran.
    let base = fresh_dir("baseline-from-subdir").join("base.json");
    let o = run_in(
        &root().join("src"),
        &["lint", "--write-baseline", base.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(base.is_file(), "written where the command ran");
}

#[test]
fn the_library_pipeline_reads_lints_and_compares() {
    let p = Project::open(root().join("specs/specforge.toml")).unwrap();
    assert_eq!(p.root().as_deref(), Some(root()));
    let settings = p.generate_settings();
    assert_eq!(
        settings.out.as_deref(),
        Some(root().join("generated").as_path())
    );
    assert!(settings.client && settings.server);
    let analysis = p.analyse(false, false).unwrap();
    assert_eq!(analysis.ws.apis.len(), 3);
    assert!(analysis.acknowledged > 0 && analysis.deny_warnings);
    assert!(p.stale(&analysis).unwrap().is_empty());
    // Selecting an API reads only its documents; a name the project lacks is refused early.
    let one = p.clone().only("telnyx-oauth").unwrap().read().unwrap();
    assert_eq!(one.ws.apis.len(), 1);
    match p.only("telnyx") {
        Err(Error::NoSuchApi { name, known }) => {
            assert_eq!(name, "telnyx");
            assert_eq!(known.len(), 3);
        }
        other => panic!("{:?}", other.map(|_| ())),
    }
    // Errors are values the caller renders, located like the CLI's.
    let e = Project::documents(["tests/fixtures/bad/broken-ref.yaml"])
        .read()
        .err()
        .unwrap();
    assert!(matches!(e, Error::Diagnostics { .. }), "{e}");
    assert!(e.to_string().contains("error[SF005]"), "{e}");
}

/// `[generate] server = false` is read by the build-script API too (it was ignored there).
#[test]
fn build_scripts_read_the_generate_settings() {
    let dir = temp_project("generator-settings");
    let config = dir.join("specs/specforge.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(
        &config,
        text.replace(
            "out = \"../generated\"",
            "out = \"../generated\"\nserver = false",
        ),
    )
    .unwrap();
    let out = specforge::Generator::new()
        .project(&config)
        .api("telnyx-oauth")
        .run()
        .unwrap();
    let files = &out.apis[0].crate_files;
    assert!(files.contains_key("src/client.rs"));
    assert!(!files.contains_key("src/server.rs"), "{:?}", files.keys());
    // An explicit builder setting wins over the file.
    let out = specforge::Generator::new()
        .project(&config)
        .api("telnyx-oauth")
        .server(true)
        .run()
        .unwrap();
    assert!(out.apis[0].crate_files.contains_key("src/server.rs"));
    std::fs::remove_dir_all(dir).ok();
}

/// A build script compiles specforge without the command's dependencies.
#[test]
fn the_library_builds_without_the_cli() {
    let tree = |features: &[&str]| {
        let o = Command::new(env!("CARGO"))
            .args(["tree", "--offline", "-p", "specforge", "-e", "normal"])
            .args(["--prefix", "none"])
            .args(features)
            .current_dir(root())
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        let mut crates: Vec<String> = stdout(&o)
            .lines()
            .map(|l| l.trim_end_matches(" (*)").to_string())
            .collect();
        crates.sort();
        crates.dedup();
        crates
    };
    let lib = tree(&["--no-default-features"]);
    let cli = tree(&[]);
    for c in ["clap", "clap_complete", "indicatif", "similar"] {
        assert!(
            !lib.iter().any(|l| l.starts_with(&format!("{c} v"))),
            "{c} in {lib:?}"
        );
        assert!(
            cli.iter().any(|l| l.starts_with(&format!("{c} v"))),
            "{c} not in the CLI"
        );
    }
    assert!(lib.len() < cli.len());
    // The example crate's build script is such a user.
    let manifest = std::fs::read_to_string(root().join("examples/build-time/Cargo.toml")).unwrap();
    assert!(manifest.contains("default-features = false"), "{manifest}");
}

#[test]
fn init_writes_a_starter_project_that_check_reads() {
    let dir = fresh_dir("init");
    for e in std::fs::read_dir(root().join("specs")).unwrap().flatten() {
        if e.file_name().to_string_lossy().ends_with(".txt") {
            std::fs::copy(e.path(), dir.join(e.file_name())).unwrap();
        }
    }
    std::fs::write(dir.join("package.json"), "{\"name\": \"not a spec\"}").unwrap();
    let o = run_in(&dir, &["init"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(dir.join("specforge.toml")).unwrap();
    // Every seed file is in an API, the examples-only docs page too; the rest is left out.
    for e in std::fs::read_dir(root().join("specs")).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.ends_with(".txt") {
            assert!(text.contains(&name), "{name} missing from\n{text}");
        }
    }
    assert!(!text.contains("package.json"), "{text}");
    assert!(text.contains("[api.tyk-developer-portal]"), "{text}");
    // `check` reads it: the crates are not generated yet, so they are reported missing.
    let o = run_in(&dir, &["check"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stdout(&o).contains("missing: generated/tyk-developer-portal/Cargo.toml"));
    let o = run_in(&dir, &["generate", "--quiet"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
    assert_eq!(run_in(&dir, &["check"]).status.code(), Some(0));
    // It never replaces a project file unasked.
    let o = run_in(&dir, &["init"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("already exists"), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(dir.join("specforge.toml")).unwrap(),
        text
    );
    // Named files that are not specs are an error; nothing is written.
    let empty = fresh_dir("init-none");
    std::fs::write(empty.join("notes.yaml"), "just: data\n").unwrap();
    let o = run_in(&empty, &["init", "notes.yaml"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(!empty.join("specforge.toml").exists());
    std::fs::remove_dir_all(dir).ok();
    std::fs::remove_dir_all(empty).ok();
}

#[test]
fn completions_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let o = run(&["completions", shell]);
        assert_eq!(o.status.code(), Some(0), "{shell}: {}", stderr(&o));
        let script = stdout(&o);
        for word in ["specforge", "lint", "check", "explain", "min-severity"] {
            assert!(script.contains(word), "{shell} lacks {word}");
        }
    }
    assert_eq!(run(&["completions", "tcsh"]).status.code(), Some(2));
}

#[test]
fn quiet_and_verbose() {
    let quiet = run(&["check", "--quiet"]);
    assert_eq!(quiet.status.code(), Some(0));
    assert!(
        stdout(&quiet).is_empty() && stderr(&quiet).is_empty(),
        "{}",
        stdout(&quiet)
    );
    let verbose = run(&["-v", "check"]);
    assert_eq!(verbose.status.code(), Some(0));
    let err = stderr(&verbose);
    assert!(
        err.contains("specforge: project specs/specforge.toml"),
        "{err}"
    );
    assert!(err.contains("3 API(s) from"), "{err}");
    assert_eq!(stdout(&verbose), stdout(&run(&["check"])));
    assert_eq!(run(&["check", "-q", "-v"]).status.code(), Some(2));
}

#[test]
fn colour_follows_the_flag_and_the_environment() {
    let with = |args: &[&str], env: &[(&str, &str)]| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_specforge"));
        c.args(args).current_dir(root()).env_remove("NO_COLOR");
        c.env_remove("CLICOLOR_FORCE");
        for (k, v) in env {
            c.env(k, v);
        }
        stdout(&c.output().unwrap())
    };
    let lint = ["lint", "--no-ignore"];
    let esc = |s: &str| s.contains('\x1b');
    // Not a terminal: plain, unless forced.
    assert!(!esc(&with(&lint, &[])));
    assert!(esc(&with(
        &["--color", "always", "lint", "--no-ignore"],
        &[]
    )));
    assert!(esc(&with(&lint, &[("CLICOLOR_FORCE", "1")])));
    assert!(!esc(&with(&lint, &[("CLICOLOR_FORCE", "0")])));
    assert!(!esc(&with(
        &lint,
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]
    )));
    assert!(!esc(&with(
        &["--color", "never", "lint", "--no-ignore"],
        &[("CLICOLOR_FORCE", "1")]
    )));
    // Coloured, the whole diagnostic is styled and reads the same without its styles.
    let coloured = with(&["--color", "always", "lint", "--no-ignore"], &[]);
    let plain = with(&lint, &[]);
    let stripped = regex::Regex::new("\x1b\\[[0-9;]*m")
        .unwrap()
        .replace_all(&coloured, "")
        .into_owned();
    assert_eq!(stripped, plain);
    assert!(
        coloured.contains("\x1b[1m\x1b[94m   -->"),
        "the gutter is coloured"
    );
}

#[test]
fn a_baseline_says_how_many_findings_it_hid() {
    let dir = fresh_dir("baseline-count");
    let base = dir.join("base.json");
    let b = base.to_str().unwrap();
    assert_eq!(
        run(&["lint", "--no-ignore", "--write-baseline", b])
            .status
            .code(),
        Some(0)
    );
    let o = run(&["lint", "--no-ignore", "--baseline", b]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("18 finding(s) recorded in the baseline not shown"),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).contains("0 error(s), 0 warning(s), 0 info(s)"));
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn explain_knows_every_code() {
    for e in specforge::registry::all() {
        let o = run(&["explain", e.code]);
        assert_eq!(o.status.code(), Some(0), "{}", e.code);
        assert!(stdout(&o).starts_with(&format!("{} {}", e.code, e.name)));
    }
    let o = run(&["explain", "SF9999"]);
    assert_eq!(o.status.code(), Some(2));
}
