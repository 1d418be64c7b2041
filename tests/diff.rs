//! `specforge diff`: classification of each kind of change, equivalent rewrites, output
//! formats, exit codes, and real version pairs from the corpus.

mod common;

use common::*;
use std::path::Path;

const OLD: &str = "tests/fixtures/diff/old.yaml";
const NEW: &str = "tests/fixtures/diff/new.yaml";

/// `specforge diff --format json dir/a dir/b`, parsed.
fn diff_json(dir: &Path, a: &str, b: &str) -> serde_json::Value {
    let o = run(&[
        "diff",
        "--format",
        "json",
        dir.join(a).to_str().unwrap(),
        dir.join(b).to_str().unwrap(),
    ]);
    serde_json::from_slice(&o.stdout).expect("JSON")
}

fn changes(o: &std::process::Output) -> Vec<(String, String, String, bool, bool)> {
    changes_of(&serde_json::from_slice(&o.stdout).expect("JSON"))
}

fn changes_of(v: &serde_json::Value) -> Vec<(String, String, String, bool, bool)> {
    v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["kind"].as_str().unwrap().to_string(),
                c["subject"].as_str().unwrap().to_string(),
                c["message"].as_str().unwrap().to_string(),
                c["breaking"]["client"].as_bool().unwrap(),
                c["breaking"]["server"].as_bool().unwrap(),
            )
        })
        .collect()
}

#[test]
fn every_kind_of_change_is_classified_for_clients_and_servers() {
    let o = run(&["diff", "--format", "json", OLD, NEW]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let got = changes(&o);
    let c = |kind: &str, subject: &str, message: &str, client: bool, server: bool| {
        (
            kind.to_string(),
            subject.to_string(),
            message.to_string(),
            client,
            server,
        )
    };
    // Exactly these: the equivalent rewrites in new.yaml (3.0 → 3.1, `nullable` as a type
    // array, a reordered enum, an inline parameter moved to `$ref`) report nothing.
    let want = vec![
        c(
            "parameter-added",
            "GET /pets",
            "required query parameter `species` added",
            true,
            false,
        ),
        // Pet is only ever sent by the server.
        c(
            "property-removed",
            "schema `Pet`",
            ".tag: property removed",
            true,
            false,
        ),
        c(
            "enum-value-added",
            "schema `Pet`",
            ".kind: enum value(s) `bird` added",
            true,
            false,
        ),
        c(
            "representation-changed",
            "schema `Pet`",
            ".born: timestamp (RFC 3339 full-date) → timestamp (RFC 3339 date-time)",
            true,
            true,
        ),
        c(
            "type-changed",
            "schema `Pet`",
            ".weight: type string → number",
            true,
            true,
        ),
        c(
            "representation-changed",
            "schema `Pet`",
            ".created: timestamp (YYYY-MM-DD HH:MM) → timestamp (RFC 3339 date-time)",
            true,
            true,
        ),
        c(
            "security-scheme-changed",
            "security scheme `key`",
            "API key in header `X-Key` → API key in header `X-Api-Key`",
            true,
            true,
        ),
        // NewPet is only ever sent by clients.
        c(
            "property-required-changed",
            "schema `NewPet`",
            ".tag: now required",
            true,
            false,
        ),
        c(
            "response-status-removed",
            "POST /pets",
            "response status 200 removed",
            false,
            true,
        ),
        c(
            "response-status-added",
            "POST /pets",
            "response status 201 added",
            true,
            false,
        ),
        c(
            "path-parameter-renamed",
            "GET /pets/{petId}",
            "path parameter `{id}` renamed `{petId}`",
            false,
            false,
        ),
        c(
            "response-status-removed",
            "GET /pets/{petId}",
            "response status 404 removed",
            false,
            true,
        ),
        c(
            "response-status-added",
            "GET /pets/{petId}",
            "response status 429 added",
            false,
            false,
        ),
        c(
            "operation-removed",
            "DELETE /pets/{id}",
            "operation removed (`deletePet`)",
            true,
            false,
        ),
        c(
            "operation-added",
            "GET /pets/{petId}/photo",
            "operation added (`getPetPhoto`)",
            false,
            true,
        ),
    ];
    let mut got_sorted = got.clone();
    got_sorted.sort();
    let mut want_sorted = want.clone();
    want_sorted.sort();
    assert_eq!(got_sorted, want_sorted, "{got:#?}");
    // A component's change lists the operations that reach it.
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let pet = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["subject"] == "schema `Pet`")
        .unwrap();
    assert_eq!(
        pet["operations"],
        serde_json::json!(["GET /pets", "GET /pets/{petId}"]),
        "POST /pets returns Pet only under its new status 201, so it is not compared there"
    );
    assert_eq!(pet["old"]["file"], OLD);
    assert_eq!(v["summary"]["breaking_for_clients"], 10);
    assert_eq!(v["summary"]["breaking_for_servers"], 7);
}

#[test]
fn a_field_sent_both_ways_breaks_whoever_must_accept_more() {
    // One schema in a request and a response: a new enum value breaks servers (which must
    // accept it) and clients (which may receive it).
    let dir = fresh_dir("diff-both");
    let spec = |values: &str| {
        format!(
            "openapi: 3.1.0\ninfo: {{title: t, version: '1'}}\npaths:\n  /x:\n    put:\n      requestBody:\n        content: {{application/json: {{schema: {{$ref: '#/components/schemas/S'}}}}}}\n      responses:\n        '200':\n          description: ok\n          content: {{application/json: {{schema: {{$ref: '#/components/schemas/S'}}}}}}\ncomponents:\n  schemas:\n    S: {{type: string, enum: [{values}]}}\n"
        )
    };
    std::fs::write(dir.join("a.yaml"), spec("a, b")).unwrap();
    std::fs::write(dir.join("b.yaml"), spec("a, b, c")).unwrap();
    let got = changes_of(&diff_json(&dir, "a.yaml", "b.yaml"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].3, got[0].4), (true, true));
    // Removing a value breaks clients (that send it) and servers (that still return it).
    let got = changes_of(&diff_json(&dir, "b.yaml", "a.yaml"));
    assert_eq!(got[0].0, "enum-value-removed");
    assert_eq!((got[0].3, got[0].4), (true, true));
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn a_component_replaced_by_another_is_compared_once_for_every_use() {
    // Tyk v1.8.0 → v1.8.4 swapped `Status` for `OnlyErrors` in 14 error responses.
    let dir = fresh_dir("diff-renamed");
    let spec = |schema: &str, defs: &str| {
        format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n  /a:\n    delete:\n      responses:\n        '404': {{description: no, content: {{application/json: {{schema: {{$ref: '#/components/schemas/{schema}'}}}}}}}}\n  /b:\n    delete:\n      responses:\n        '404': {{description: no, content: {{application/json: {{schema: {{$ref: '#/components/schemas/{schema}'}}}}}}}}\ncomponents:\n  schemas:\n{defs}"
        )
    };
    std::fs::write(
        dir.join("a.yaml"),
        spec(
            "Status",
            "    Status: {type: object, properties: {status: {type: string}}}\n",
        ),
    )
    .unwrap();
    std::fs::write(
        dir.join("b.yaml"),
        spec("OnlyErrors", "    OnlyErrors: {type: object, properties: {errors: {type: array, items: {type: string}}}}\n"),
    )
    .unwrap();
    let v = diff_json(&dir, "a.yaml", "b.yaml");
    let got: Vec<(String, String, String)> = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["subject"].as_str().unwrap().into(),
                c["message"].as_str().unwrap().into(),
                c["operations"].to_string(),
            )
        })
        .collect();
    let both = r#"["DELETE /a","DELETE /b"]"#.to_string();
    let replaced = "response 404: schema `Status` replaced by `OnlyErrors`".to_string();
    let pair = "schema `Status` → `OnlyErrors`".to_string();
    assert_eq!(
        got,
        [
            (
                "DELETE /a".into(),
                replaced.clone(),
                r#"["DELETE /a"]"#.into()
            ),
            (
                pair.clone(),
                ".status: property removed".into(),
                both.clone()
            ),
            (pair, ".errors: optional property added".into(), both),
            ("DELETE /b".into(), replaced, r#"["DELETE /b"]"#.into()),
        ]
    );
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn fail_on_breaking_and_exit_codes() {
    assert_eq!(run(&["diff", OLD, NEW]).status.code(), Some(0));
    assert_eq!(
        run(&["diff", "--fail-on", "breaking", OLD, NEW])
            .status
            .code(),
        Some(1)
    );
    // The same version twice: no changes, exit 0 even with --fail-on.
    let o = run(&["diff", "--fail-on", "breaking", OLD, OLD]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("no changes to the API"));
    // An added operation breaks servers only.
    let o = run(&[
        "diff",
        "--fail-on",
        "client-breaking",
        "--operation",
        "getPetPhoto",
        OLD,
        NEW,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert_eq!(
        run(&[
            "diff",
            "--fail-on",
            "server-breaking",
            "--operation",
            "getPetPhoto",
            OLD,
            NEW
        ])
        .status
        .code(),
        Some(1)
    );
    // A misspelt operation selects nothing: an input error, not "no changes" (issue 17).
    let o = run(&[
        "diff",
        "--fail-on",
        "breaking",
        "--operation",
        "getPetPhotos",
        OLD,
        NEW,
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stdout(&o));
    assert!(o.stdout.is_empty());
    let err = stderr(&o);
    assert!(
        err.contains("`--operation getPetPhotos` matches no operation of either version")
            && err.contains("did you mean `getPetPhoto`?"),
        "{err}"
    );
    // A version that cannot be read: 2, located, nothing compared.
    let o = run(&["diff", OLD, "tests/fixtures/bad/malformed.yaml"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("malformed.yaml:"), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    let o = run(&["diff", OLD, "no/such/file.yaml"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn human_and_markdown_output() {
    let o = run(&["diff", OLD, NEW]);
    insta::assert_snapshot!("fixture-human", stdout(&o));
    let o = run(&["diff", "--format", "markdown", OLD, NEW]);
    insta::assert_snapshot!("fixture-markdown", stdout(&o));
}

/// The corpus beside the repository, or `None` (and a message) without it.
fn corpus() -> Option<&'static str> {
    let dir = "../shared/corpus";
    if Path::new(env!("CARGO_MANIFEST_DIR")).join(dir).is_dir() {
        Some(dir)
    } else {
        eprintln!("corpus not found beside the repository; skipped");
        None
    }
}

// Real version pairs. Every breaking change in these snapshots was checked against the two
// documents (see the comments).

#[test]
fn tyk_portal_5_13_to_5_14() {
    let Some(c) = corpus() else { return };
    // 5.14 turned `User-show.Teams` from an array of team-name strings into an array of
    // `Team-show` objects (line 7805 of both files): breaking both ways, as User-show is sent
    // by POST/PUT /users and returned by them and GET /users/{user_id}.
    let o = run(&[
        "diff",
        &format!("{c}/tyk/edp-swagger-5.13.yaml"),
        &format!("{c}/tyk/edp-swagger-5.14.yaml"),
    ]);
    insta::assert_snapshot!("tyk-5.13-5.14", stdout(&o));
}

#[test]
fn tyk_portal_openapi_3_0_to_3_1_move() {
    let Some(c) = corpus() else { return };
    // v1.8.4 (OpenAPI 3.0.0) → v1.9.0 (3.1.0): the text diff has 588 changed lines; the API
    // changes are `page`/`per_page` query parameters ($ref'd from components) on 23 list
    // operations, and the ten /oauth-providers operations added (breaking for servers,
    // which must now implement them). The 3.0 → 3.1 rewrite itself reports nothing.
    let o = run(&[
        "diff",
        "--format",
        "markdown",
        &format!("{c}/tyk/history/edp-swagger-2024-03-07-v1.8.4.yaml"),
        &format!("{c}/tyk/history/edp-swagger-2024-04-30-v1.9.0.yaml"),
    ]);
    insta::assert_snapshot!("tyk-1.8.4-1.9.0-markdown", stdout(&o));
}

#[test]
fn telnyx_3_0_to_3_1_migration_is_no_change() {
    let Some(c) = corpus() else { return };
    // The two commits differ in one line, `openapi: 3.0.0` → `3.1.0`.
    let o = run(&[
        "diff",
        "--fail-on",
        "breaking",
        &format!("{c}/telnyx/telnyx-spec3-2025-08-27-last-3.0.yml"),
        &format!("{c}/telnyx/telnyx-spec3-2025-08-27-first-3.1.yml"),
    ]);
    assert_eq!(o.status.code(), Some(0));
    insta::assert_snapshot!("telnyx-3.0-3.1", stdout(&o));
}

#[test]
fn sailpoint_docs_page_to_todays_spec() {
    let Some(c) = corpus() else { return };
    // The 2022 Docusaurus page of createOauthClient against today's v3 spec
    // (CreateOAuthClientRequest at line 30520): `accessTokenValiditySeconds` and
    // `refreshTokenValiditySeconds` went from `type: string` to `integer` (both ways); the
    // request's strings became `nullable: true` (servers must accept null); the response's
    // `scope` is new and required (servers must send it); ErrorMessageDto's `locale` and
    // `localeOrigin` became nullable (clients must accept null); the security requirement
    // changed from `oauth2` to `userAuth` with scope `sp:oauth-client:manage` (line 11387).
    let o = run(&[
        "diff",
        "--operation",
        "createOauthClient",
        &format!("{c}/sailpoint-mdx/json-frontmatter-2022/create-oauth-client.api.mdx"),
        &format!("{c}/sailpoint/deref-sailpoint-api.v3.yaml"),
    ]);
    insta::assert_snapshot!("sailpoint-mdx-2022-v3", stdout(&o));
}
