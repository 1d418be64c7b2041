//! Spectral rulesets (`lint --ruleset`): one small ruleset per core function and per ruleset
//! feature over one spec (with a `$ref` into a second file), and the located error of each
//! kind of malformed ruleset. The snapshots list what each ruleset finds: rule, severity,
//! place, Spectral path and message.

mod common;

use common::*;

const DIR: &str = "tests/fixtures/rulesets";

/// The ruleset findings of `lint --format json --ruleset <name>` on the fixture spec, one line each.
fn findings(ruleset: &str) -> String {
    findings_in(ruleset, "spec.yaml")
}

/// [`findings`] on the fixture `spec` (a path under the fixture directory).
fn findings_in(ruleset: &str, spec: &str) -> String {
    let path = format!("{DIR}/{ruleset}");
    let o = run(&[
        "lint",
        "--format",
        "json",
        "--ruleset",
        &path,
        &format!("{DIR}/{spec}"),
    ]);
    assert!(
        matches!(o.status.code(), Some(0 | 1)),
        "{ruleset}: {}",
        stderr(&o)
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let mut out = String::new();
    for f in v["findings"].as_array().unwrap() {
        let code = f["code"].as_str().unwrap();
        // Built-in rules' findings are other tests' business.
        if code.starts_with("SF") && code != "SF030" {
            continue;
        }
        out.push_str(&format!(
            "{code} {} {}:{}:{} {} | {}\n",
            f["severity"].as_str().unwrap(),
            f["file"].as_str().unwrap().rsplit('/').next().unwrap(),
            f["line"],
            f["column"],
            f["path"],
            f["message"].as_str().unwrap(),
        ));
    }
    out
}

macro_rules! ruleset_cases {
    ($($name:ident => $file:literal,)*) => {$(
        #[test]
        fn $name() {
            insta::assert_snapshot!(concat!("ruleset-", stringify!($name)), findings($file));
        }
    )*};
}

ruleset_cases! {
    truthy => "truthy.spectral.yaml",
    falsy => "falsy.spectral.yaml",
    defined => "defined.spectral.yaml",
    undefined => "undefined.spectral.yaml",
    pattern => "pattern.spectral.yaml",
    casing => "casing.spectral.yaml",
    length => "length.spectral.yaml",
    enumeration => "enumeration.spectral.yaml",
    alphabetical => "alphabetical.spectral.yaml",
    schema => "schema.spectral.yaml",
    xor => "xor.spectral.yaml",
    or => "or.spectral.yaml",
    typed_enum => "typed-enum.spectral.yaml",
    unreferenced_reusable_object => "unreferenced.spectral.yaml",
    extends => "extends.spectral.yaml",
    extends_all => "extends-all.spectral.yaml",
    aliases => "aliases.spectral.yaml",
    formats => "formats.spectral.yaml",
    resolved => "resolved.spectral.yaml",
    overrides => "overrides.spectral.yaml",
    custom_function => "custom-function.spectral.yaml",
    fields => "fields.spectral.yaml",
    filters => "filters.spectral.yaml",
}

/// An example is judged by the schema its `$ref` names in another file, and by what that
/// schema's own references reach there (`nullable` honoured), as in Spectral's resolved
/// document: the media example breaking the other file's `Timestamp` is found, the one using
/// its `nullable` is not, and the other file's own bad example is reported in that file.
#[test]
fn examples_are_judged_by_schemas_in_other_files() {
    let found = findings_in("examples.spectral.yaml", "cross-file/openapi.yaml");
    let lines: Vec<&str> = found.lines().collect();
    assert_eq!(lines.len(), 2, "{found}");
    assert!(
        lines.iter().any(
            |l| l.starts_with("oas3-valid-media-example error openapi.yaml:")
                && l.contains("/widgets")
                && l.contains("created")
        ),
        "{found}"
    );
    assert!(
        lines.iter().any(
            |l| l.starts_with("oas3-valid-schema-example error schemas.yaml:")
                && l.contains("Timestamp")
        ),
        "{found}"
    );
}

/// A path item in its own file whose parameter is a `$ref` relative to that file (SailPoint's
/// layout): the parameter is found, as in Spectral's resolved document; the path item that
/// really lacks its parameter is reported in its own file.
#[test]
fn references_inside_referenced_files_are_relative_to_them() {
    let found = findings_in("path-params.spectral.yaml", "nested-files/openapi.yaml");
    let lines: Vec<&str> = found.lines().collect();
    assert_eq!(lines.len(), 1, "{found}");
    assert!(
        lines[0].starts_with("path-params error other.yaml:") && lines[0].contains("{name}"),
        "{found}"
    );
}

/// A request's example need not hold a read-only property even when its path item and its
/// schema are files of their own: where the media type is in the resolved document decides.
/// Spectral 6.16.3 reports the same two findings on this fixture.
#[test]
fn read_only_properties_are_relaxed_across_files() {
    let found = findings_in("examples.spectral.yaml", "read-only-files/openapi.yaml");
    let lines: Vec<&str> = found.lines().collect();
    assert_eq!(lines.len(), 2, "{found}");
    assert!(
        lines[0].starts_with("oas3-valid-media-example error path.yaml:")
            && lines[0].contains("nameless")
            && lines[0].contains("`name`"),
        "{found}"
    );
    assert!(
        lines[1].contains("stored") && lines[1].contains("`created`"),
        "{found}"
    );
}

/// Two APIs in one run whose media schemas have the same text but whose `$ref`s name
/// different schemas: each example is judged by its own document's (a schema compiled for
/// one set of documents was once reused for the other, so both were reported).
#[test]
fn schemas_compiled_for_one_document_are_not_used_for_another() {
    let o = run(&[
        "lint",
        "--format",
        "json",
        "--ruleset",
        &format!("{DIR}/examples.spectral.yaml"),
        &format!("{DIR}/two-apis/a.yaml"),
        &format!("{DIR}/two-apis/b.yaml"),
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let files: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["name"] == "oas3-valid-media-example")
        .map(|f| f["file"].as_str().unwrap().rsplit('/').next().unwrap())
        .collect();
    assert_eq!(files, ["b.yaml"], "{}", stdout(&o));
}

/// A malformed ruleset stops the run with exit 2 and a located error in the ruleset file.
fn malformed(name: &str) -> String {
    let path = format!("{DIR}/bad/{name}");
    let o = run(&["lint", "--ruleset", &path, &format!("{DIR}/spec.yaml")]);
    assert_eq!(o.status.code(), Some(2), "{name}: {}", stdout(&o));
    let err = stderr(&o);
    assert!(
        err.contains(".spectral.yaml:"),
        "{name}: not located: {err}"
    );
    err
}

macro_rules! malformed_cases {
    ($($name:ident => $file:literal,)*) => {$(
        #[test]
        fn $name() {
            insta::assert_snapshot!(concat!("ruleset-bad-", stringify!($name)), malformed($file));
        }
    )*};
}

malformed_cases! {
    bad_unknown_function => "unknown-function.spectral.yaml",
    bad_options => "bad-options.spectral.yaml",
    bad_jsonpath => "bad-jsonpath.spectral.yaml",
    bad_unknown_key => "unknown-key.spectral.yaml",
    bad_wrong_type => "wrong-type.spectral.yaml",
    bad_unknown_rule => "unknown-rule.spectral.yaml",
    bad_cycle => "cycle-a.spectral.yaml",
    bad_missing_alias => "missing-alias.spectral.yaml",
    bad_not_yaml => "not-yaml.spectral.yaml",
}

#[test]
fn missing_ruleset_file_is_an_input_error() {
    let o = run(&[
        "lint",
        "--ruleset",
        "tests/fixtures/rulesets/nope.yaml",
        &format!("{DIR}/spec.yaml"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("cannot read ruleset"), "{}", stderr(&o));
}

#[test]
fn rulesets_from_the_project_file_and_ignores_by_rule_name() {
    let dir = fresh_dir("ruleset-project");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(DIR);
    for f in ["spec.yaml", "common.yaml", "defined.spectral.yaml"] {
        std::fs::copy(root.join(f), dir.join(f)).unwrap();
    }
    std::fs::write(
        dir.join("specforge.toml"),
        "[api.pets]\ndocuments = [\"spec.yaml\"]\n\n[lint]\nrulesets = [\"defined.spectral.yaml\"]\n\n[[lint.ignore]]\nrule = \"operation-tags\"\npointer = \"/paths/~1pets/post\"\n",
    )
    .unwrap();
    let codes = json_codes(&run_in(&dir, &["lint", "--format", "json", "--no-ignore"]));
    assert!(codes.iter().any(|c| c == "operation-tags"), "{codes:?}");
    let codes = json_codes(&run_in(&dir, &["lint", "--format", "json"]));
    assert!(
        !codes.iter().any(|c| c == "operation-tags"),
        "acknowledged: {codes:?}"
    );
    // A ruleset the project file names that does not exist: exit 2.
    std::fs::write(
        dir.join("specforge.toml"),
        "[api.pets]\ndocuments = [\"spec.yaml\"]\n\n[lint]\nrulesets = [\"gone.yaml\"]\n",
    )
    .unwrap();
    let o = run_in(&dir, &["lint"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

#[test]
fn sarif_and_github_name_ruleset_rules() {
    let path = format!("{DIR}/defined.spectral.yaml");
    let spec = format!("{DIR}/spec.yaml");
    let o = run(&["lint", "--format", "sarif", "--ruleset", &path, &spec]);
    assert!(
        stdout(&o).contains("\"ruleId\": \"operation-tags\""),
        "{}",
        stdout(&o)
    );
    let o = run(&["lint", "--format", "github", "--ruleset", &path, &spec]);
    assert!(stdout(&o).contains("operation-tags"), "{}", stdout(&o));
}
