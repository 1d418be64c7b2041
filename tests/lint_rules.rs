//! One fixture per rule (`tests/fixtures/lint/<CODE>*.yaml`), linted with only that rule
//! enabled; the rendered findings are snapshots. Each fixture also holds cases marked "must not
//! fire", so a snapshot that shows one of them is a bug.

use specforge::diag::Diagnostic;
use specforge::ingest::{self, ApiInput, IngestOptions};
use specforge::lint::{self, config::LintConfig, registry::RULES};
use specforge::model;
use std::path::Path;

fn lint_only(code: &str, files: &[&str]) -> (Vec<Diagnostic>, String) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lint");
    let ws = ingest::ingest(
        &[ApiInput {
            name: None,
            files: files.iter().map(|f| dir.join(f)).collect(),
            ..Default::default()
        }],
        &IngestOptions::default(),
    );
    assert!(!ws.has_errors(), "{code}: {:?}", ws.diagnostics.sorted());
    let (m, _) = model::build(&ws);
    // The rule under test runs even when it is opt-in; every other rule is off.
    let mut config = LintConfig {
        all_rules: true,
        ..LintConfig::default()
    };
    for r in RULES {
        if r.code != code {
            config.rules.insert(r.code.to_string(), "off".to_string());
        }
    }
    let found = lint::lint(&ws, &m, &config);
    let text = specforge::report::human::render(&found, &ws.sources, false);
    (found, text)
}

fn case(code: &str, files: &[&str], expected: usize) {
    let (found, text) = lint_only(code, files);
    assert!(found.iter().all(|d| d.code == code));
    assert_eq!(found.len(), expected, "{code}:\n{text}");
    insta::assert_snapshot!(
        format!("{code}-{}", files[0].trim_end_matches(".yaml")),
        text
    );
}

/// Opt-in rules (house style) run only when `[lint.rules]` gives them a severity.
#[test]
fn opt_in_rules_run_only_when_asked_for() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lint");
    let ws = ingest::ingest(
        &[ApiInput {
            name: None,
            files: vec![dir.join("SF142.yaml")],
            ..Default::default()
        }],
        &IngestOptions::default(),
    );
    let (m, _) = model::build(&ws);
    let count = |config: &LintConfig| {
        lint::lint(&ws, &m, config)
            .iter()
            .filter(|d| d.code == "SF142")
            .count()
    };
    assert_eq!(count(&LintConfig::default()), 0);
    let mut on = LintConfig::default();
    on.rules
        .insert("mixed-path-naming-style".into(), "warning".into());
    assert_eq!(count(&on), 1);
    let opt_in: Vec<&str> = RULES
        .iter()
        .filter(|r| r.selection == lint::Selection::OptIn)
        .map(|r| r.code)
        .collect();
    assert_eq!(opt_in, ["SF112", "SF142", "SF143", "SF145", "SF155"]);
}

#[test]
fn sf101_delimited_list_as_enum() {
    case("SF101", &["SF101.yaml"], 2);
}

#[test]
fn sf111_non_rfc3339_timestamp() {
    case("SF111", &["SF111.yaml"], 3);
}

#[test]
fn sf114_epoch_integer_timestamp() {
    case("SF114", &["SF114.yaml"], 2);
}

#[test]
fn sf112_mixed_timestamp_formats_across_apis() {
    case("SF112", &["SF112-a.yaml", "SF112-b.yaml"], 1);
    // Each API alone is consistent.
    assert_eq!(lint_only("SF112", &["SF112-a.yaml"]).0.len(), 0);
    assert_eq!(lint_only("SF112", &["SF112-b.yaml"]).0.len(), 0);
}

#[test]
fn sf113_date_time_example_not_rfc3339() {
    case("SF113", &["SF113.yaml"], 2);
}

#[test]
fn sf121_example_schema_mismatch() {
    case("SF121", &["SF121.yaml"], 9);
}

#[test]
fn sf122_number_as_string() {
    case("SF122", &["SF122.yaml"], 2);
}

#[test]
fn sf131_near_known_value() {
    case("SF131", &["SF131.yaml"], 3);
}

#[test]
fn sf141_property_drift() {
    case("SF141", &["SF141.yaml"], 2);
}

#[test]
fn sf142_mixed_path_naming_style() {
    case("SF142", &["SF142.yaml"], 1);
    assert_eq!(lint_only("SF142", &["SF142-consistent.yaml"]).0.len(), 0);
}

#[test]
fn sf143_status_code_drift() {
    case("SF143", &["SF143.yaml"], 2);
}

#[test]
fn sf145_mixed_example_keywords() {
    case("SF145", &["SF145.yaml"], 1);
}

#[test]
fn sf151_required_without_property() {
    case("SF151", &["SF151.yaml"], 1);
}

#[test]
fn sf152_optional_body_with_required_fields() {
    case("SF152", &["SF152.yaml"], 1);
}

#[test]
fn sf153_copy_pasted_description() {
    case("SF153", &["SF153.yaml"], 1);
}

#[test]
fn sf161_operation_id() {
    case("SF161", &["SF161.yaml"], 3);
    case("SF161", &["SF161-none.yaml"], 1);
}

#[test]
fn sf163_path_parameter_mismatch() {
    case("SF163", &["SF163.yaml"], 6);
}

#[test]
fn sf164_undefined_tag_or_security_scheme() {
    case("SF164", &["SF164.yaml"], 2);
}

#[test]
fn every_rule_has_a_fixture() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lint");
    for r in RULES {
        let has = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with(r.code));
        assert!(has, "{} has no fixture", r.code);
    }
}

#[test]
fn sf154_missing_type() {
    case("SF154", &["SF154.yaml"], 2);
}

#[test]
fn sf155_repeated_inline_schema() {
    case("SF155", &["SF155.yaml"], 1);
}

#[test]
fn sf165_no_servers_or_unused_component() {
    // No servers (1), `Old` (1), `basic` (1).
    case("SF165", &["SF165.yaml"], 3);
    // A multi-file spec names a schema file in `components` and references the file itself
    // (SailPoint's v3 tree): the component is in use. An unreferenced alias is not.
    case("SF165", &["SF165-multifile.yaml"], 2);
}

#[test]
fn sf166_unsendable_header() {
    // Five names that are not field names (the shared one once, with both operations), and
    // one header declared twice in different case.
    case("SF166", &["SF166.yaml"], 6);
}

#[test]
fn sf167_querystring_conflict() {
    case("SF167", &["SF167.yaml"], 2);
}

#[test]
fn sf168_tag_parent() {
    case("SF168", &["SF168.yaml"], 3);
}

#[test]
fn sf169_item_schema_not_sequential() {
    case("SF169", &["SF169.yaml"], 1);
}

#[test]
fn sf100_openapi_schema() {
    // A path parameter without `required: true` (with SF163 on, only SF163's is reported), a
    // typo'd operation field (with its suggestion), a media type's `description`, a response
    // without one, an API key scheme without `in`, a server variable without a default;
    // extensions and `$ref`s are fine.
    case("SF100", &["SF100.yaml"], 7);
}
