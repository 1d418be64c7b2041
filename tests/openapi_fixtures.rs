//! The OpenAPI Initiative's own pass/fail fixtures (`../shared/openapi-spec/v3.{1,2}/tests/schema`)
//! as the judge of lint's structural check (SF100, with ingest and the model builder beside
//! it): every `fail` document gets an error-level finding at the line that breaks the rule,
//! and no `pass` document gets a finding from the structural check, nor an error from ingest
//! or the model.

use specforge::diag::{Diagnostic, Severity};
use specforge::ingest::{self, ApiInput, IngestOptions};
use specforge::lint::{self, config::LintConfig};
use specforge::model;
use std::path::{Path, PathBuf};

fn fixtures(version: &str, kind: &str) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/openapi-spec")
        .join(version)
        .join("tests/schema")
        .join(kind);
    dir.is_dir().then_some(dir)
}

/// Everything `specforge lint` reports for one file: ingest, model and lint, as the CLI
/// combines them.
fn findings(file: &Path) -> Vec<Diagnostic> {
    let ws = ingest::ingest(
        &[ApiInput {
            name: None,
            files: vec![file.to_path_buf()],
            ..Default::default()
        }],
        &IngestOptions::default(),
    );
    let mut out = ws.diagnostics.sorted();
    if ws.has_errors() {
        return out;
    }
    let (m, model_diags) = model::build(&ws);
    out.extend(model_diags.sorted());
    out.extend(lint::lint(&ws, &m, &LintConfig::default()));
    lint::drop_restated(&mut out);
    out
}

fn error_lines(found: &[Diagnostic]) -> Vec<u32> {
    let mut lines: Vec<u32> = found
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .filter_map(|d| d.primary.as_ref().map(|p| p.loc.line))
        .collect();
    lines.sort();
    lines.dedup();
    lines
}

/// Each `fail` fixture and the lines that break the schema, read from the fixture: the node
/// its comment or name says is wrong (and any other node the schema rejects there).
const FAIL_3_1: &[(&str, &[u32])] = &[
    ("example-examples.yaml", &[15]), // `examples` beside `example`
    ("header-object-allowReserved.yaml", &[12]), // `allowReserved` on a header
    ("invalid_schema_types.yaml", &[10, 11, 12]), // null, number and array schemas
    ("link-object-no-body.yaml", &[10]), // `body` is not a Link field
    ("no_containers.yaml", &[1]),     // neither paths, components nor webhooks
    ("parameter-object-cookie-form-allowReserved.yaml", &[11, 16]), // allowReserved; style: cookie
    ("parameter-object-header-allowReserved.yaml", &[10]),
    ("parameter-object-path-allowReserved.yaml", &[8, 10]), // no `required: true`; allowReserved
    ("server_enum_empty.yaml", &[13]),                      // `enum: []`
    ("servers.yaml", &[10]),                                // `servers` is a mapping
    ("unknown_container.yaml", &[1, 8]),                    // no container; `overlays`
];

/// Each 3.2 `fail` fixture and the lines that break it, judged the same way.
const FAIL_3_2: &[(&str, &[u32])] = &[
    ("encoding-enc-item-exclusion.yaml", &[13]), // `prefixEncoding` beside `encoding`
    ("encoding-enc-prefix-exclusion.yaml", &[13]), // `itemEncoding` beside `encoding`
    ("example-examples.yaml", &[15]),            // `examples` beside `example`
    ("example-object-old-exclusions.yaml", &[10]), // `externalValue` beside `value`
    ("example-object-old-vs-data.yaml", &[10]),  // `dataValue` beside `value`
    ("example-object-old-vs-ser.yaml", &[10]),   // `serializedValue` beside `value`
    ("example-object-ser-exclusions.yaml", &[10]), // `externalValue` beside `serializedValue`
    ("header-object-allowReserved.yaml", &[12]), // `allowReserved` on a header
    ("header-object-name.yaml", &[11]),          // `Bad=Header` is not a field name
    ("invalid_schema_types.yaml", &[10, 11, 12]), // null, number and array schemas
    ("media-type-enc-item-exclusion.yaml", &[11]), // `itemEncoding` beside `encoding`
    ("media-type-enc-prefix-exclusion.yaml", &[11]), // `prefixEncoding` beside `encoding`
    ("no_containers.yaml", &[1]),                // neither paths, components nor webhooks
    ("operation-object-query-with-querystring.yaml", &[11]), // querystring beside query
    ("operation-object-two-querystrings.yaml", &[11]),
    ("parameter-object-content-not-with-style.yaml", &[14]), // `style` beside `content`
    ("parameter-object-cookie-allowReserved.yaml", &[11]),
    ("parameter-object-header-allowReserved.yaml", &[10]),
    ("parameter-object-header-name.yaml", &[8]), // `Bad[Header]`
    ("parameter-object-path-name.yaml", &[8]),   // `Bad{Path}` (and no `required: true`)
    ("parameter-object-querystring-not-with-schema.yaml", &[8]), // querystring needs `content`
    // `POST` under `additionalOperations` (line 37); the fixture's `$ref`s to a missing
    // `Pet` schema (19, 58) are real errors too.
    (
        "path-item-object-conflicting-additional-operation.yaml",
        &[19, 37, 58],
    ),
    ("path-item-object-query-with-querystring.yaml", &[9]),
    ("path-item-object-two-querystrings.yaml", &[10]),
    ("server_enum_empty.yaml", &[13]),     // `enum: []`
    ("servers.yaml", &[10]),               // `servers` is a mapping
    ("unknown_container.yaml", &[1, 8]),   // no container; `overlays`
    ("xml-attr-exclusion.yaml", &[10]),    // deprecated `attribute` beside `nodeType`
    ("xml-wrapped-exclusion.yaml", &[10]), // deprecated `wrapped` beside `nodeType`
];

fn check_fail_fixtures(version: &str, expected: &[(&str, &[u32])]) {
    let Some(dir) = fixtures(version, "fail") else {
        eprintln!("skipped: ../shared/openapi-spec is not beside the project");
        return;
    };
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".yaml"))
        .collect();
    files.sort();
    let listed: Vec<&str> = expected.iter().map(|(f, _)| *f).collect();
    let mut wrong = Vec::new();
    for file in &files {
        let found = findings(&dir.join(file));
        let got = error_lines(&found);
        let want = expected.iter().find(|(f, _)| f == file).map(|(_, l)| *l);
        if want != Some(got.as_slice()) {
            let rendered: Vec<String> = found
                .iter()
                .map(|d| {
                    format!(
                        "{} {:?} {}",
                        d.code,
                        d.primary.as_ref().map(|p| p.loc.line),
                        d.message
                    )
                })
                .collect();
            wrong.push(format!("{file}: want {want:?}, got {got:?}: {rendered:#?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert_eq!(
        files, listed,
        "the fixture list changed: judge the new ones"
    );
}

fn check_pass_fixtures(version: &str) {
    let Some(dir) = fixtures(version, "pass") else {
        eprintln!("skipped: ../shared/openapi-spec is not beside the project");
        return;
    };
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let found = findings(&path);
        let bad: Vec<String> = found
            .iter()
            // Ingest and the model (SF0xx) must read it without error; the semantic rules may
            // still find the document inconsistent (the operation example's path names `{id}`
            // and its parameter `petId`: SF163, rightly).
            .filter(|d| d.code == "SF100" || (d.severity == Severity::Error && &*d.code < "SF100"))
            .map(|d| format!("{} {}", d.code, d.message))
            .collect();
        assert!(bad.is_empty(), "{}: {bad:#?}", path.display());
        checked += 1;
    }
    assert!(checked >= 30, "only {checked} pass fixtures found");
}

#[test]
fn every_3_1_fail_fixture_is_flagged_at_the_breaking_line() {
    check_fail_fixtures("v3.1", FAIL_3_1);
}

#[test]
fn no_3_1_pass_fixture_gets_a_structural_finding_or_a_reading_error() {
    check_pass_fixtures("v3.1");
}

#[test]
fn every_3_2_fail_fixture_is_flagged_at_the_breaking_line() {
    check_fail_fixtures("v3.2", FAIL_3_2);
}

#[test]
fn no_3_2_pass_fixture_gets_a_structural_finding_or_a_reading_error() {
    check_pass_fixtures("v3.2");
}
