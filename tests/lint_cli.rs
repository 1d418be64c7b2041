//! `specforge lint`, `rules`, `explain`: formats, exit codes, and the seed findings.

mod common;

use common::*;
use std::process::Command;

#[test]
fn seed_findings_human() {
    let o = run(&["lint", "--no-ignore", "--all-rules"]);
    // Warnings only, but the project sets `deny_warnings`.
    assert_eq!(o.status.code(), Some(1));
    let text = stdout(&o);
    assert!(!text.contains("\x1b["), "no colour when not a terminal");
    insta::assert_snapshot!(text);
}

#[test]
fn seed_findings_json() {
    // Every rule, the opt-in ones too: the seeds keep every finding they have.
    let o = run(&["lint", "--no-ignore", "--all-rules", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let findings = v["findings"].as_array().unwrap();
    // Every family the seeds need, at the right place.
    let at = |code: &str, file: &str, line: u64| {
        findings.iter().any(|f| {
            f["code"] == code && f["file"].as_str().unwrap().ends_with(file) && f["line"] == line
        })
    };
    assert!(
        at("SF101", "000_3e821eb901a57be7.txt", 157),
        "ResponseTypes enum"
    );
    assert!(
        at("SF101", "000_3e821eb901a57be7.txt", 170),
        "GrantType enum"
    );
    assert!(at("SF131", "000_3e821eb901a57be7.txt", 160), "it_token");
    assert!(
        at("SF111", "000_3e821eb901a57be7.txt", 224),
        "CreatedAt pattern"
    );
    assert!(
        at("SF112", "000_3e821eb901a57be7.txt", 224),
        "timestamp formats across APIs"
    );
    assert!(
        at("SF153", "000_3e821eb901a57be7.txt", 232),
        "UpdatedAt description"
    );
    assert!(
        at("SF152", "000_3e821eb901a57be7.txt", 104),
        "optional body"
    );
    assert!(at("SF143", "000_3e821eb901a57be7.txt", 110), "200 vs 201");
    assert!(at("SF143", "000_3e821eb901a57be7.txt", 116), "400 vs 422");
    assert!(at("SF142", "002_8a698f709e9fd7de.txt", 89), "client_types");
    assert!(
        at("SF141", "002_8a698f709e9fd7de.txt", 149),
        "GrantType drift"
    );
    assert!(
        at("SF122", "004_ea04a78fdbd13504.txt", 6),
        "accessTokenValiditySeconds"
    );
    let sf122 = findings.iter().find(|f| f["code"] == "SF122").unwrap();
    assert_eq!(sf122["column"], 938);
    assert!(sf122["related"].as_array().unwrap().len() >= 2);
    assert_eq!(
        v["summary"]["total"].as_u64().unwrap() as usize,
        findings.len()
    );
    // Stable order: the same bytes every run.
    assert_eq!(
        o.stdout,
        run(&["lint", "--no-ignore", "--all-rules", "--format", "json"]).stdout
    );
    // By default the opt-in rules the project does not turn on (SF145, SF155; it runs SF112,
    // SF142 and SF143 for its acknowledgments) do not run; everything else is the same.
    let o = run(&["lint", "--no-ignore", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let default = v["findings"].as_array().unwrap();
    assert!(
        default.iter().any(|f| f["code"] == "SF143"),
        "turned on in specforge.toml"
    );
    let opt_in = ["SF145", "SF155"];
    assert!(
        default
            .iter()
            .all(|f| !opt_in.contains(&f["code"].as_str().unwrap()))
    );
    assert_eq!(
        default.len(),
        findings
            .iter()
            .filter(|f| !opt_in.contains(&f["code"].as_str().unwrap()))
            .count()
    );
}

#[test]
fn sarif_is_what_code_scanning_reads() {
    let o = run(&["lint", "--no-ignore", "--format", "sarif"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let run0 = &v["runs"][0];
    let rules = run0["tool"]["driver"]["rules"].as_array().unwrap();
    // Every lint rule with its documentation, and the codes ingest and generation report
    // (SF008 had no rule entry: issue 17).
    assert!(rules.iter().all(|r| {
        let id = r["id"].as_str().unwrap();
        let help = r["help"]["text"].as_str().unwrap();
        if id.starts_with("SF0") {
            help == format!("`specforge explain {id}`")
        } else {
            help.contains("## Fix")
        }
    }));
    for id in ["SF008", "SF020", "SF024", "SF101", "SF165"] {
        assert!(rules.iter().any(|r| r["id"] == id), "{id}");
    }
    for r in run0["results"].as_array().unwrap() {
        let idx = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[idx]["id"], r["ruleId"]);
        let region = &r["locations"][0]["physicalLocation"]["region"];
        assert!(
            region["startLine"].as_u64().unwrap() >= 1
                && region["startColumn"].as_u64().unwrap() >= 1
        );
        let uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap();
        assert!(uri.starts_with("specs/"), "relative URI: {uri}");
        assert!(
            r["partialFingerprints"]["specforge/v1"]
                .as_str()
                .unwrap()
                .len()
                == 16
        );
    }
}

#[test]
fn github_annotations() {
    let o = run(&["lint", "--no-ignore", "--format", "github"]);
    let text = stdout(&o);
    let first = text.lines().next().unwrap();
    assert!(
        first.starts_with("::warning file=specs/000_3e821eb901a57be7.txt,line="),
        "{first}"
    );
    assert!(
        text.lines().all(|l| l.starts_with("::")),
        "one command per line"
    );
    assert!(text.contains("title=SF131 near-known-value::"));
}

#[test]
fn exit_codes() {
    assert_eq!(
        run(&["lint", "--no-ignore", "--deny", "warnings"])
            .status
            .code(),
        Some(1)
    );
    // Errors fail without --deny.
    let o = run(&["lint", "tests/fixtures/lint/SF121.yaml"]);
    assert_eq!(o.status.code(), Some(1));
    // Unreadable input is 2, and nothing is linted.
    let o = run(&["lint", "tests/fixtures/bad/malformed.yaml"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    let o = run(&["lint", "--format", "nope"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn inline_ignore_and_config() {
    let dir = fresh_dir("lint");
    let spec = dir.join("spec.yaml");
    std::fs::write(
        &spec,
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      required: [nmae]\n      properties:\n        name: {type: string}\n    B:\n      type: object\n      x-specforge-ignore: [SF151]\n      required: [nmae]\n      properties:\n        name: {type: string}\n",
    )
    .unwrap();
    let o = run(&["lint", "--format", "json", spec.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let codes: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "SF151")
        .map(|f| f["pointer"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        ["/components/schemas/A/required/0"],
        "B is ignored inline"
    );
    std::fs::write(
        dir.join("specforge.toml"),
        "[api.t]\ndocuments = [\"spec.yaml\"]\n\n[lint.rules]\nrequired-without-property = \"warning\"\n",
    )
    .unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_specforge"))
        .arg("lint")
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "downgraded to a warning by [lint.rules]"
    );
    std::fs::write(
        dir.join("specforge.toml"),
        "[api.t]\ndocuments = [\"spec.yaml\"]\n\n[[lint.ignore]]\nrule = \"SF151\"\nfile = \"spec.yaml\"\npointer = \"/components/schemas/A\"\n",
    )
    .unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_specforge"))
        .args(["lint", "--format", "json"])
        .current_dir(&dir)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let findings = v["findings"].as_array().unwrap();
    assert!(findings.iter().all(|f| f["code"] != "SF151"), "{v}");
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn rules_and_explain() {
    let o = run(&["rules"]);
    let text = stdout(&o);
    assert!(text.lines().count() >= 17);
    insta::assert_snapshot!(text);
    let o = run(&["explain", "SF101"]);
    assert!(o.status.success());
    let e = stdout(&o);
    for s in [
        "## What it finds",
        "## Why it matters",
        "## Example",
        "## Fix",
    ] {
        assert!(e.contains(s));
    }
    assert_eq!(stdout(&run(&["explain", "delimited-list-as-enum"])), e);
    // Ingest's and generation's codes are explained too (issue 17).
    let o = run(&["explain", "SF005"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with("SF005 unresolved-ref (error, ingest)\n\nA `$ref` points at"),
        "{}",
        stdout(&o)
    );
    assert_eq!(stdout(&run(&["explain", "unresolved-ref"])), stdout(&o));
    assert!(run(&["explain", "SF024"]).status.success());
    let o = run(&["explain", "SF10"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("did you mean"));
}

#[test]
fn baseline_reports_only_new_findings() {
    let dir = fresh_dir("baseline");
    let base = dir.join("baseline.json");
    let o = run(&[
        "lint",
        "--no-ignore",
        "--write-baseline",
        base.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0));
    let recorded: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&base).unwrap()).unwrap();
    assert!(recorded["findings"].as_array().unwrap().len() >= 14);
    // With the baseline, the seeds report nothing, even with --deny warnings.
    let o = run(&[
        "lint",
        "--no-ignore",
        "--format",
        "json",
        "--deny",
        "warnings",
        "--baseline",
        base.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["summary"]["total"], 0);
    // A finding not in the baseline is reported.
    let mut b = recorded.clone();
    b["findings"]
        .as_array_mut()
        .unwrap()
        .retain(|f| f["code"] != "SF131");
    std::fs::write(&base, serde_json::to_vec(&b).unwrap()).unwrap();
    let o = run(&[
        "lint",
        "--no-ignore",
        "--format",
        "json",
        "--baseline",
        base.to_str().unwrap(),
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let codes: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["SF131"]);
    // A broken baseline is an input error.
    std::fs::write(&base, "nope").unwrap();
    assert_eq!(
        run(&["lint", "--baseline", base.to_str().unwrap()])
            .status
            .code(),
        Some(2)
    );
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn acknowledged_vendor_defects_keep_the_gate_green_until_something_new_appears() {
    // The project acknowledges every known seed defect: lint reports none, check passes.
    let o = run(&["lint", "--format", "json"]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["summary"]["warnings"], 0, "{v}");
    let o = run(&["lint"]);
    // 14: the acknowledgments of the opt-in rules (SF112, SF142, SF143) match nothing by
    // default, and are not reported as stale, since those rules did not run.
    assert!(stderr(&o).contains("18 acknowledged finding(s) not shown"));
    // A copy of the project: specs/ with its specforge.toml, and generated crates.
    let dir = temp_project("ack");
    let sf = |args: &[&str]| run_in(&dir, args);
    assert_eq!(sf(&["generate"]).status.code(), Some(0));
    let o = sf(&["check"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("0 warning(s), 0 info(s), 18 acknowledged"));
    // A new defect in the vendor document is not acknowledged: check fails and shows it.
    let spec = dir.join("specs/000_3e821eb901a57be7.txt");
    let text = std::fs::read_to_string(&spec).unwrap();
    std::fs::write(
        &spec,
        text.replace(
            "description: Description of this Client type",
            "description: Name of this Client type",
        ),
    )
    .unwrap();
    let o = sf(&["check"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("warning[SF153]"), "{}", stderr(&o));
    std::fs::write(&spec, &text).unwrap();
    // An acknowledgment that matches nothing (the vendor fixed the defect) is reported at its
    // line in specforge.toml.
    let toml_path = dir.join("specs/specforge.toml");
    let config = std::fs::read_to_string(&toml_path).unwrap();
    std::fs::write(&spec, text.replace("- it_token", "- id_token")).unwrap();
    let o = sf(&["check"]);
    assert_eq!(o.status.code(), Some(1));
    let line = config
        .lines()
        .position(|l| l.contains("near-known-value"))
        .unwrap();
    let err = stderr(&o);
    assert!(
        err.contains("warning[SF020]") && err.contains(&format!("specs/specforge.toml:{line}:1")),
        "{err}"
    );
    std::fs::write(&spec, &text).unwrap();
    // With its rule turned off, an entry matches nothing because nothing ran: not reported.
    std::fs::write(
        &toml_path,
        config.replacen(
            "[lint.rules]\n",
            "[lint.rules]\nnear-known-value = \"off\"\n",
            1,
        ),
    )
    .unwrap();
    let o = sf(&["check"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!stderr(&o).contains("SF020"));
    std::fs::write(&toml_path, &config).unwrap();
    // A misspelt rule is refused where it is written.
    std::fs::write(
        &toml_path,
        config.replace("near-known-value", "near-known-valeu"),
    )
    .unwrap();
    let o = sf(&["check"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("names no lint rule `near-known-valeu`")
            && err.contains("did you mean `near-known-value`?"),
        "{err}"
    );
    std::fs::write(&toml_path, &config).unwrap();
    // Without the acknowledgments, every defect is still reported (with every rule running).
    let o = sf(&["lint", "--no-ignore", "--all-rules", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["summary"]["warnings"], 18);
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn fix_overlay_makes_its_findings_go_away() {
    let dir = fresh_dir("fix");
    let fixes = dir.join("fixes.yaml");
    let before = run(&[
        "lint",
        "--no-ignore",
        "--format",
        "json",
        "--fix-overlay",
        fixes.to_str().unwrap(),
    ]);
    let before: serde_json::Value = serde_json::from_slice(&before.stdout).unwrap();
    let fixable = ["SF101", "SF111", "SF122", "SF152"];
    let count = |v: &serde_json::Value, code: &str| {
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["code"] == code)
            .count()
    };
    for code in fixable {
        assert!(count(&before, code) > 0, "{code} fires before");
    }
    let overlay = std::fs::read_to_string(&fixes).unwrap();
    assert!(overlay.starts_with("overlay: \"1.0.0\""), "{overlay}");
    // The human output points a vendor's consumer at the overlay route.
    let human = run(&["lint", "--no-ignore"]);
    assert!(
        stderr(&human).contains("have a mechanical fix: `specforge lint --fix-overlay fixes.yaml`"),
        "{}",
        stderr(&human)
    );
    let after = run(&[
        "lint",
        "--no-ignore",
        "--format",
        "json",
        "--overlay",
        fixes.to_str().unwrap(),
    ]);
    let after: serde_json::Value = serde_json::from_slice(&after.stdout).unwrap();
    for code in fixable {
        assert_eq!(count(&after, code), 0, "{code} fixed by the overlay");
    }
    assert_eq!(count(&after, "SF019"), 0, "no stale actions");
    // Findings without a mechanical fix remain.
    assert!(count(&after, "SF131") > 0 && count(&after, "SF153") > 0);
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn overlay_actions_update_append_remove_and_report_stale_targets() {
    let dir = fresh_dir("ov");
    let spec = dir.join("spec.yaml");
    std::fs::write(
        &spec,
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\ntags: [{name: a}]\npaths:\n  /items:\n    get:\n      x-internal: true\n      responses: {'200': {description: ok}}\n    delete:\n      responses: {'204': {description: gone}}\n",
    )
    .unwrap();
    // The Overlay specification's own kinds of action: update an object, append to an
    // array, remove by filter; plus one target that matches nothing.
    let ov = dir.join("overlay.yaml");
    std::fs::write(
        &ov,
        "overlay: 1.0.0\ninfo: {title: o, version: '1'}\nactions:\n  - target: $.info\n    update: {description: Added by an overlay}\n  - target: $.tags\n    update: {name: b}\n  - target: $.paths.*[?@['x-internal'] == true]\n    remove: true\n  - target: $.paths['/gone']\n    update: {summary: x}\n",
    )
    .unwrap();
    let o = run(&[
        "extract",
        "--format",
        "json",
        "--overlay",
        ov.to_str().unwrap(),
        spec.to_str().unwrap(),
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["info"]["description"], "Added by an overlay");
    assert_eq!(v["tags"][1]["name"], "b");
    assert!(v["paths"]["/items"]["get"].is_null(), "removed by filter");
    assert!(!v["paths"]["/items"]["delete"].is_null());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("warning[SF019]") && err.contains("overlay.yaml:10:13"),
        "{err}"
    );
    // A target that is not RFC 9535 is an input error at its line.
    std::fs::write(&ov, "overlay: 1.0.0\ninfo: {title: o, version: '1'}\nactions:\n  - target: $.paths.*.*.x-codeSamples\n    remove: true\n").unwrap();
    let o = run(&[
        "extract",
        "--overlay",
        ov.to_str().unwrap(),
        spec.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("overlay.yaml:4:"));
    std::fs::remove_dir_all(dir).ok();
}

/// Issue 17: a mistake in `[lint]` or `[generate]` is an error where it is written (exit 2),
/// not a setting that silently does nothing.
#[test]
fn config_mistakes_are_located_errors_with_the_nearest_spelling() {
    let dir = fresh_dir("strict-config");
    std::fs::write(
        dir.join("spec.yaml"),
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n",
    )
    .unwrap();
    let base = "[api.t]\ndocuments = [\"spec.yaml\"]\n\n";
    let cases: [(&str, &str, &[&str]); 7] = [
        (
            "[lint.rules]\nsf153 = \"off\"\n",
            "specforge.toml:5:1",
            &["names no lint rule `sf153`", "did you mean `SF153`?"],
        ),
        (
            "[lint.rules]\nSF999 = \"off\"\n",
            "specforge.toml:5:1",
            &["names no lint rule `SF999`"],
        ),
        (
            "[lint.rules]\nnumber-as-strng = \"error\"\n",
            "specforge.toml:5:1",
            &["`number-as-strng`", "did you mean `number-as-string`?"],
        ),
        (
            "[lint.rules]\nSF145 = \"of\"\n",
            "specforge.toml:5:9",
            &[
                "`of` is not a severity (for `SF145`)",
                "did you mean `\"off\"`?",
            ],
        ),
        (
            "[lint]\ndeny_warning = true\n",
            "specforge.toml:5:1",
            &["unknown field `deny_warning`", "deny_warnings"],
        ),
        (
            "[generate]\nserver = \"no\"\n",
            "specforge.toml:5:10",
            &["invalid type: string \"no\", expected a boolean"],
        ),
        (
            "[generate]\nclients = false\n",
            "specforge.toml:5:1",
            &["unknown field `clients`"],
        ),
    ];
    for (section, at, said) in cases {
        std::fs::write(dir.join("specforge.toml"), format!("{base}{section}")).unwrap();
        for command in ["lint", "check"] {
            let o = run_in(&dir, &[command]);
            let err = stderr(&o);
            assert_eq!(o.status.code(), Some(2), "{section}: {err}");
            assert!(err.contains("error[SF"), "{section}: {err}");
            assert!(err.contains(at), "{section}: wanted {at}: {err}");
            for s in said {
                assert!(err.contains(s), "{section}: wanted {s}: {err}");
            }
        }
    }
    // Valid spellings by code and by name pass.
    std::fs::write(
        dir.join("specforge.toml"),
        format!("{base}[lint.rules]\nSF145 = \"off\"\nnumber-as-string = \"error\"\n\n[generate]\nserver = false\n"),
    )
    .unwrap();
    let o = run_in(&dir, &["lint"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    std::fs::remove_dir_all(dir).ok();
}

/// The README's tables of codes say what the registry says: every lint rule and every code
/// ingest and generation report, with its name and default severity (SF018–SF022 were
/// missing: issue 17).
#[test]
fn readme_code_tables_match_the_registry() {
    let readme =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .unwrap();
    let rows: Vec<Vec<&str>> = readme
        .lines()
        .filter(|l| l.starts_with("| SF"))
        .map(|l| l.split('|').map(str::trim).skip(1).take(3).collect())
        .collect();
    let mut expected: Vec<(String, String, String)> = specforge::registry::all()
        .iter()
        .map(|e| (e.code.into(), e.name.into(), e.default_label()))
        .collect();
    expected.sort();
    let mut written: Vec<(String, String, String)> = rows
        .iter()
        .map(|r| (r[0].into(), r[1].into(), r[2].into()))
        .collect();
    written.sort();
    written.dedup();
    assert_eq!(written, expected);
}

#[test]
fn min_severity_summary_by_rule_and_repeated_messages() {
    // The seeds' findings with every rule are warnings and infos: `--min-severity warning`
    // hides the infos (and says how many), `error` leaves nothing, so the gate passes.
    let all = run(&["lint", "--no-ignore", "--all-rules", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&all.stdout).unwrap();
    let infos = v["summary"]["infos"].as_u64().unwrap();
    assert!(infos > 0);
    // The JSON summary counts per rule, most first, and the counts add up.
    let by_rule = v["summary"]["by_rule"].as_array().unwrap();
    let sum: u64 = by_rule.iter().map(|r| r["count"].as_u64().unwrap()).sum();
    assert_eq!(sum, v["summary"]["total"].as_u64().unwrap());
    let counts: Vec<u64> = by_rule
        .iter()
        .map(|r| r["count"].as_u64().unwrap())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");

    let o = run(&[
        "lint",
        "--no-ignore",
        "--all-rules",
        "--min-severity",
        "warning",
    ]);
    let text = stdout(&o);
    assert!(!text.contains("info["), "{text}");
    assert!(text.contains("findings by rule:"), "{text}");
    assert!(
        stderr(&o).contains(&format!(
            "{infos} finding(s) below `--min-severity` not shown"
        )),
        "{}",
        stderr(&o)
    );
    let o = run(&["lint", "--no-ignore", "--min-severity", "error"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).starts_with("0 error(s), 0 warning(s), 0 info(s)"));

    // One message at several places (the same property in the request and the response
    // schema): shown once, with the other places under it.
    assert!(text.contains("= note: the same at specs/"), "{text}");
}

/// `explain SF111` says what generated code does with such a field (it said "an opaque
/// string" while generation emits a layout type: issue 17).
#[test]
fn explain_says_what_generation_does_with_a_vendor_layout() {
    let o = run(&["explain", "SF111"]);
    let text = stdout(&o);
    assert!(!text.contains("opaque string"), "{text}");
    assert!(text.contains("LayoutTime"), "{text}");
}
