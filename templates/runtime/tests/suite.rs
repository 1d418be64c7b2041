//! The JSON Schema Test Suite (`../shared/json-schema-test-suite`) as the judge of the
//! validator: each group's schema is compiled to a [`Rules`] table by a test-only compiler
//! (identifiers, anchors, dynamic anchors, JSON-pointer fragments and the suite's remote
//! documents), and each test's instance is validated against it.
//!
//! Draft 2020-12 and draft 4 must pass every test except those that need the JSON Schema
//! meta-schema from json-schema.org (not among the suite's remotes, and never fetched):
//! [`NEEDS_METASCHEMA`]. The optional format tests run with formats asserted and are reported,
//! not asserted. Run with `--nocapture` to see the tables.

use serde_json::Value;
use specforge_runtime::validate::{Direction, Options, Rules};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

/// Groups that validate against the draft's meta-schema, which only json-schema.org serves:
/// (draft directory, file, group description). Their tests are not run.
const NEEDS_METASCHEMA: &[(&str, &str, &str)] = &[
    (
        "draft2020-12",
        "defs.json",
        "validate definition against metaschema",
    ),
    (
        "draft2020-12",
        "ref.json",
        "remote ref, containing refs itself",
    ),
    (
        "draft4",
        "definitions.json",
        "validate definition against metaschema",
    ),
    ("draft4", "ref.json", "remote ref, containing refs itself"),
];

const REMOTE_PREFIX: &str = "http://localhost:1234/";

/// The evaluator, as `schema_compiler` expects it beside itself.
mod runtime {
    pub use specforge_runtime::validate::*;
}

#[path = "../src/schema_compiler.rs"]
mod schema_compiler;

use schema_compiler::{Draft, resolve_uri};

/// Compiles a test group's schema; rule 0 is its root. Remote references read the suite's
/// `remotes/` directory.
fn compile(schema: &Value, draft: Draft, remotes: &Path) -> Result<Rules<'static>, String> {
    let remote = |uri: &str| {
        let path = uri.strip_prefix(REMOTE_PREFIX)?;
        let text = std::fs::read_to_string(remotes.join(path)).ok()?;
        serde_json::from_str::<Value>(&text).ok()
    };
    schema_compiler::compile(schema, draft, "http://suite.invalid/schema.json", &remote)
}

fn suite() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/json-schema-test-suite");
    p.is_dir().then_some(p)
}

// ---------------------------------------------------------------------------------------------
// The runner

#[derive(Default)]
struct Tally {
    rows: Vec<(String, usize, usize, usize)>,
    passed: usize,
    total: usize,
    excluded: usize,
    failures: Vec<String>,
}

fn run_dir(dir: &Path, draft_name: &str, draft: Draft, formats: bool, remotes: &Path) -> Tally {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let options = Options {
        formats,
        direction: Direction::Any,
        max_violations: 100,
    };
    let mut tally = Tally::default();
    for f in files {
        let file = f.file_name().unwrap().to_string_lossy().into_owned();
        let groups: Value = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        let (mut passed, mut total, mut excluded) = (0, 0, 0);
        for g in groups.as_array().unwrap() {
            let description = g["description"].as_str().unwrap_or("");
            let tests = g["tests"].as_array().unwrap();
            let skip = NEEDS_METASCHEMA
                .iter()
                .any(|&(d, fl, desc)| d == draft_name && fl == file && desc == description);
            total += tests.len();
            if skip {
                excluded += tests.len();
                continue;
            }
            let rules = catch_unwind(AssertUnwindSafe(|| compile(&g["schema"], draft, remotes)))
                .unwrap_or_else(|_| Err("the compiler panicked".into()));
            let rules = match rules {
                Ok(r) => r,
                Err(e) => {
                    tally
                        .failures
                        .push(format!("{draft_name}/{file} · {description}: {e}"));
                    continue;
                }
            };
            for t in tests {
                let data = &t["data"];
                let expected = t["valid"].as_bool().unwrap();
                let outcome = catch_unwind(AssertUnwindSafe(|| {
                    let violations = rules.validate(0, data, &options);
                    let valid = violations.is_empty();
                    // The boolean fast path must agree (it asserts formats, so only then).
                    if formats && rules.holds(0, data) != valid {
                        return Err(format!("holds disagrees with validate: {violations:?}"));
                    }
                    // The collecting pass must name what the boolean pass rejected.
                    if violations
                        .iter()
                        .any(|v| v.message.ends_with("does not match its schema"))
                    {
                        return Err(format!("the two passes disagree: {violations:?}"));
                    }
                    if violations
                        .iter()
                        .any(|v| data.pointer(&v.pointer).is_none())
                    {
                        return Err(format!("a pointer names no value: {violations:?}"));
                    }
                    Ok((valid, violations))
                }));
                match outcome {
                    Ok(Ok((valid, _))) if valid == expected => passed += 1,
                    Ok(Ok((valid, violations))) => tally.failures.push(format!(
                        "{draft_name}/{file} · {description} · {}: expected {}, got {} {:?}",
                        t["description"].as_str().unwrap_or(""),
                        if expected { "valid" } else { "invalid" },
                        if valid { "valid" } else { "invalid" },
                        violations.iter().map(|v| &v.message).collect::<Vec<_>>()
                    )),
                    Ok(Err(e)) => tally.failures.push(format!(
                        "{draft_name}/{file} · {description} · {}: {e}",
                        t["description"].as_str().unwrap_or("")
                    )),
                    Err(_) => tally.failures.push(format!(
                        "{draft_name}/{file} · {description} · {}: panicked",
                        t["description"].as_str().unwrap_or("")
                    )),
                }
            }
        }
        tally.rows.push((file, passed, total, excluded));
        tally.passed += passed;
        tally.total += total;
        tally.excluded += excluded;
    }
    tally
}

fn report(title: &str, t: &Tally) {
    println!("\n{title}");
    for (file, passed, total, excluded) in &t.rows {
        let note = if *excluded > 0 {
            format!("  ({excluded} excluded: need the json-schema.org meta-schema)")
        } else {
            String::new()
        };
        println!("  {file:<42} {passed:>4}/{total:<4}{note}");
    }
    println!(
        "  {:<42} {:>4}/{:<4} ({} excluded)",
        "total", t.passed, t.total, t.excluded
    );
    for f in &t.failures {
        println!("  FAIL {f}");
    }
}

fn required(draft_name: &str, draft: Draft) {
    let Some(root) = suite() else {
        eprintln!("skipped: ../shared/json-schema-test-suite is not there");
        return;
    };
    let t = run_dir(
        &root.join("tests").join(draft_name),
        draft_name,
        draft,
        false,
        &root.join("remotes"),
    );
    report(&format!("{draft_name} (formats as annotations)"), &t);
    assert!(t.total > 0);
    assert_eq!(
        t.passed,
        t.total - t.excluded,
        "{} failures:\n{}",
        t.failures.len(),
        t.failures.join("\n")
    );
}

#[test]
fn draft2020_12() {
    required("draft2020-12", Draft::D2020);
}

#[test]
fn draft4() {
    required("draft4", Draft::D4);
}

/// The optional format tests with formats asserted: reported, not asserted.
#[test]
fn optional_formats() {
    let Some(root) = suite() else {
        eprintln!("skipped: ../shared/json-schema-test-suite is not there");
        return;
    };
    for (name, draft) in [("draft2020-12", Draft::D2020), ("draft4", Draft::D4)] {
        let t = run_dir(
            &root.join("tests").join(name).join("optional/format"),
            name,
            draft,
            true,
            &root.join("remotes"),
        );
        report(&format!("{name}/optional/format (formats asserted)"), &t);
    }
}

/// The other optional tests (bignums, ECMA-262 regexes …): reported, not asserted.
#[test]
fn optional_other() {
    let Some(root) = suite() else {
        eprintln!("skipped: ../shared/json-schema-test-suite is not there");
        return;
    };
    for (name, draft) in [("draft2020-12", Draft::D2020), ("draft4", Draft::D4)] {
        let t = run_dir(
            &root.join("tests").join(name).join("optional"),
            name,
            draft,
            false,
            &root.join("remotes"),
        );
        report(&format!("{name}/optional (informational)"), &t);
    }
}

#[test]
fn uris_resolve_as_rfc_3986_says() {
    let base = "http://a/b/c/d;p?q";
    for (r, want) in [
        ("g", "http://a/b/c/g"),
        ("./g", "http://a/b/c/g"),
        ("g/", "http://a/b/c/g/"),
        ("/g", "http://a/g"),
        ("//g", "http://g"),
        ("?y", "http://a/b/c/d;p?y"),
        ("#s", "http://a/b/c/d;p?q#s"),
        ("", "http://a/b/c/d;p?q"),
        ("../g", "http://a/b/g"),
        ("../../g", "http://a/g"),
        ("../../../g", "http://a/g"),
        ("g;x=1/../y", "http://a/b/c/y"),
    ] {
        assert_eq!(resolve_uri(base, r), want, "{r}");
    }
    assert_eq!(
        resolve_uri("urn:uuid:deadbeef-1234", "#/$defs/x"),
        "urn:uuid:deadbeef-1234#/$defs/x"
    );
}
