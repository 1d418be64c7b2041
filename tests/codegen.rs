//! Code generation: `generated/` is exactly what generation produces now (deterministic), the
//! generated types are reviewed snapshots, and every docs-page example of the seeds round-trips
//! through the generated types unchanged.

use specforge::ingest::{self, IngestOptions, Workspace};
use specforge::model::{self, ExampleSource};
use std::path::Path;

fn seeds() -> Workspace {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let project = specforge::config::load(
        &root.join("specs/specforge.toml"),
        &mut specforge::source::SourceMap::new(),
    )
    .unwrap();
    // Display paths are relative to the working directory, as when the CLI runs at the root.
    std::env::set_current_dir(root).unwrap();
    ingest::ingest(&project.inputs(), &IngestOptions::default())
}

#[test]
fn generated_crates_are_current_and_deterministic() {
    let ws = seeds();
    let (m, _) = model::build(&ws);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("generated");
    for (api, am) in ws.apis.iter().zip(&m.apis) {
        // As `specforge generate` does: documents named relative to the crate, and the
        // runtime crate `specs/specforge.toml` names (`runtime_path`).
        let opts = specforge::codegen::Options {
            crate_dir: Some(root.join(&api.name)),
            runtime: specforge::codegen::RuntimeSource::Path("../../templates/runtime".into()),
            ..Default::default()
        };
        let files = specforge::codegen::generate_crate_with(api, am, &ws.sources, &opts).unwrap();
        let again = specforge::codegen::generate_crate_with(api, am, &ws.sources, &opts).unwrap();
        assert_eq!(files, again, "byte-identical on a second run");
        for (rel, text) in &files {
            let on_disk =
                std::fs::read_to_string(root.join(&api.name).join(rel)).unwrap_or_default();
            assert!(
                on_disk == *text,
                "generated/{}/{rel} is stale: run `specforge generate`",
                api.name
            );
        }
        insta::assert_snapshot!(format!("types-{}", api.name), files["src/types.rs"]);
        insta::assert_snapshot!(format!("client-{}", api.name), files["src/client.rs"]);
        insta::assert_snapshot!(format!("server-{}", api.name), files["src/server.rs"]);
    }
}

/// `tests/crates/kitchen-sink` is what generation makes of its fixture now; its code is
/// reviewed as snapshots and compiled as a workspace member.
#[test]
fn kitchen_sink_crate_is_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixture = "tests/fixtures/codegen/kitchen-sink.yaml";
    std::env::set_current_dir(root).unwrap();
    let input = ingest::ApiInput {
        name: None,
        files: vec![fixture.into()],
        ..Default::default()
    };
    let ws = ingest::ingest(&[input], &IngestOptions::default());
    assert!(!ws.diagnostics.has_errors(), "{:?}", ws.diagnostics.items());
    let (m, _) = model::build(&ws);
    let (files, warnings) = specforge::codegen::generate_crate_reporting(
        &ws.apis[0],
        &m.apis[0],
        &ws.sources,
        &specforge::codegen::Options {
            crate_dir: Some(root.join("tests/crates/kitchen-sink")),
            ..Default::default()
        },
    )
    .unwrap();
    // What the generated server cannot do as the spec says is a located warning, and the
    // operation or pattern falls back (left out of the router, not checked); the crate compiles.
    let said: Vec<String> = warnings
        .iter()
        .map(|d| format!("{} {}", d.code, d.short(&ws.sources)))
        .collect();
    let expected: [(&str, &[&str]); 6] = [
        ("SF022", &["`getPetTagAgain`", "same path shape"]),
        (
            "SF022",
            &["`manyCaptures`", "26 path parameters", "at most 25"],
        ),
        ("SF021", &["look-around"]),
        (
            "SF023",
            &["/components/schemas/Deep/items", "nest more than 24 deep"],
        ),
        (
            "SF023",
            &["/components/schemas/Itself", "only in terms of itself"],
        ),
        (
            "SF023",
            &["/components/schemas/Ping", "only in terms of itself"],
        ),
    ];
    assert_eq!(said.len(), expected.len(), "{said:#?}");
    for (got, (code, parts)) in said.iter().zip(expected) {
        assert!(
            got.starts_with(code) && parts.iter().all(|p| got.contains(p)),
            "{got}"
        );
    }
    for (rel, text) in &files {
        let on_disk = std::fs::read_to_string(root.join("tests/crates/kitchen-sink").join(rel))
            .unwrap_or_default();
        assert!(
            on_disk == *text,
            "tests/crates/kitchen-sink/{rel} is stale: run `specforge generate --out tests/crates/kitchen-sink {fixture}`"
        );
    }
    insta::assert_snapshot!("types-kitchen-sink", files["src/types.rs"]);
    insta::assert_snapshot!("client-kitchen-sink", files["src/client.rs"]);
    insta::assert_snapshot!("server-kitchen-sink", files["src/server.rs"]);
}

/// Deserialises `value` into `T` and serialises it back: the JSON must be unchanged.
fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize>(
    what: &str,
    value: serde_json::Value,
) {
    let typed: T = serde_json::from_value(value.clone()).unwrap_or_else(|e| panic!("{what}: {e}"));
    let back = serde_json::to_value(&typed).unwrap();
    assert_eq!(back, value, "{what} round-trips unchanged");
}

#[test]
fn docs_examples_round_trip_through_the_generated_types() {
    let ws = seeds();
    let (m, _) = model::build(&ws);
    let mut checked = 0;
    let mut docs = 0;
    for am in &m.apis {
        for op in &am.operations {
            let bodies = op
                .request_body
                .iter()
                .flat_map(|b| b.content.iter().map(|c| ("request".to_string(), c)))
                .chain(
                    op.responses
                        .iter()
                        .flat_map(|r| r.content.iter().map(|c| (r.status.to_string(), c))),
                );
            for (role, mt) in bodies {
                for ex in &mt.examples {
                    let v = ex.value.to_json();
                    let what = format!("{} {} {role} {:?}", am.name, op.name, ex.source);
                    match (am.name.as_str(), role.as_str()) {
                        ("tyk-portal", "request") if op.path.starts_with("/oauth-providers") => {
                            round_trip::<tyk_portal::types::OAuthClientTypeBasic>(&what, v)
                        }
                        ("tyk-portal", "200") => {
                            round_trip::<tyk_portal::types::OAuthClientTypeElem>(&what, v)
                        }
                        ("sailpoint-v3", "request") => {
                            round_trip::<sailpoint_v3::types::CreateOauthClientRequest>(&what, v)
                        }
                        ("sailpoint-v3", "200") => round_trip::<
                            sailpoint_v3::types::CreateOauthClient200Response,
                        >(&what, v),
                        ("sailpoint-v3", "400" | "403" | "500") => {
                            round_trip::<sailpoint_v3::types::CreateOauthClient400Response>(
                                &what, v,
                            )
                        }
                        ("sailpoint-v3", "401") => round_trip::<
                            sailpoint_v3::types::CreateOauthClient401Response,
                        >(&what, v),
                        ("sailpoint-v3", "429") => round_trip::<
                            sailpoint_v3::types::CreateOauthClient429Response,
                        >(&what, v),
                        other => panic!("no type chosen for {other:?}"),
                    }
                    if matches!(
                        ex.source,
                        ExampleSource::DocsCurlRequest
                            | ExampleSource::DocsResponseSample
                            | ExampleSource::DocsRequestBody
                    ) {
                        docs += 1;
                    }
                    checked += 1;
                }
            }
        }
    }
    // Seed 001's curl body and response sample, seed 004's jsonRequestBodyExample, and the
    // media-type examples the documents carry.
    assert_eq!(docs, 3);
    assert!(checked > docs, "{checked}");
}

#[test]
fn semantic_types_behave_on_the_wire() {
    use tyk_portal::types::{OAuthClientTypeBasicGrantType as Grant, OAuthClientTypeElem};
    let body = serde_json::json!({
        "Name": "x",
        "ResponseTypes": "code,token",
        "GrantType": "authorization_code,refresh_token,urn:new",
        "ID": 1,
        "CreatedAt": "2023-06-25 13:37",
        "UpdatedAt": "2023-06-25 13:38"
    });
    let e: OAuthClientTypeElem = serde_json::from_value(body.clone()).unwrap();
    assert_eq!(e.grant_type.members()[0], Grant::AuthorizationCode);
    assert_eq!(
        e.grant_type.members()[2],
        Grant::Other("urn:new".into()),
        "a newer grant type is kept"
    );
    assert_eq!(serde_json::to_value(&e).unwrap(), body);
    // RFC 3339 where Tyk's layout is required is rejected, naming the layout.
    let mut bad = body.clone();
    bad["CreatedAt"] = "2023-06-25T13:37:00Z".into();
    let err = serde_json::from_value::<OAuthClientTypeElem>(bad)
        .unwrap_err()
        .to_string();
    assert!(err.contains("%Y-%m-%d %H:%M"), "{err}");
    // SailPoint's seconds typed as string accept both forms.
    let r: sailpoint_v3::types::CreateOauthClientRequest =
        serde_json::from_value(serde_json::json!({
            "name": "n", "description": "d", "accessTokenValiditySeconds": "750",
            "grantTypes": ["CLIENT_CREDENTIALS"], "accessType": "ONLINE", "enabled": true
        }))
        .unwrap();
    assert_eq!(*r.access_token_validity_seconds.value(), 750);
    // Telnyx: an optional nullable field keeps absent, null and a value apart; unknown fields
    // are tolerated.
    let json = serde_json::json!({
        "record_type": "oauth_client", "client_id": "c", "name": "n", "org_id": "o", "user_id": "u",
        "client_type": "confidential", "require_pkce": false,
        "created_at": "2024-01-02T03:04:05+02:00", "updated_at": "2024-01-02T03:04:05Z",
        "logo_uri": null, "tos_uri": "https://t"
    });
    let c: telnyx_oauth::types::OAuthClient = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(
        c.logo_uri,
        Some(telnyx_oauth::runtime::Nullable::Null),
        "explicit null"
    );
    assert_eq!(c.policy_uri, None, "absent");
    assert_eq!(
        c.created_at.offset().local_minus_utc(),
        7200,
        "the UTC offset is kept"
    );
    assert_eq!(
        serde_json::to_value(&c).unwrap(),
        json,
        "null survives a round trip"
    );
    let mut newer = json.clone();
    newer["added_by_a_newer_server"] = 1.into();
    assert!(serde_json::from_value::<telnyx_oauth::types::OAuthClient>(newer).is_ok());
}

/// A struct that cannot derive `Default` (a required field's type has none) gets
/// `new(required fields)`, every optional field absent; adding an optional property to the spec
/// leaves that signature as it was, so code building the value keeps compiling (issue 18).
#[test]
fn constructors_survive_an_added_optional_field() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text =
        std::fs::read_to_string(root.join("tests/fixtures/codegen/kitchen-sink.yaml")).unwrap();
    let more = text.replacen(
        "        id: {type: integer}\n        type: {type: string}\n",
        "        id: {type: integer}\n        nickname: {type: string}\n        type: {type: string}\n",
        1,
    );
    assert_ne!(more, text, "the fixture's Pet changed shape");
    let dir = std::env::temp_dir().join(format!("specforge-ctor-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let types = |name: &str, spec: &str| {
        let path = dir.join(name);
        std::fs::write(&path, spec).unwrap();
        let out = specforge::Generator::new().document(&path).run().unwrap();
        out.apis[0].crate_files["src/types.rs"].clone()
    };
    let (before, after) = (types("a.yaml", &text), types("b.yaml", &more));
    let signature = |t: &str| {
        let start = t.find("impl Pet {").expect("Pet has a constructor");
        let sig = &t[start..];
        sig[..sig.find(") -> Self").unwrap()].to_string()
    };
    assert_eq!(signature(&before), signature(&after));
    assert!(signature(&before).contains("pub fn new(id: i64, shape: PetShape"));
    assert!(after.contains("nickname: ::std::default::Default::default()"));
    std::fs::remove_dir_all(dir).ok();
}

/// Union variants are named for what tells them apart (issue 18: `Object2`, `Array2` said
/// nothing): the one-value property that tags an object branch, the items of an array.
#[test]
fn union_variants_are_named_for_what_tells_them_apart() {
    let spec = r#"
openapi: 3.1.0
info: {title: Variants, version: "1"}
paths: {}
components:
  schemas:
    Event:
      oneOf:
        - {type: object, required: [event, data], properties: {event: {const: thread.created}, data: {type: string}}}
        - {type: object, required: [event], properties: {event: {type: string, enum: [thread.deleted]}}}
        - {type: object, properties: {kind: {const: ""}}}
    Prompt:
      oneOf:
        - {type: string}
        - {type: array, items: {type: string}}
        - {type: array, items: {type: integer}}
        - {type: array, items: {type: array, items: {type: integer}}}
"#;
    let dir = std::env::temp_dir().join(format!("specforge-variants-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("variants.yaml");
    std::fs::write(&path, spec).unwrap();
    let out = specforge::Generator::new().document(&path).run().unwrap();
    let types = &out.apis[0].crate_files["src/types.rs"];
    for v in [
        "ThreadCreated(EventVariant0)",
        "ThreadDeleted(EventVariant1)",
        // An empty tag names nothing: the branch is what it is.
        "Object(EventVariant2)",
        "String(String)",
        "StringArray(Vec<String>)",
        "IntegerArray(Vec<i64>)",
        "IntegerArrayArray(Vec<Vec<i64>>)",
    ] {
        assert!(types.contains(v), "no variant `{v}` in\n{types}");
    }
    std::fs::remove_dir_all(dir).ok();
}

/// Operations that document the same success headers share one struct; each keeps its own
/// `{Op}Headers` name as an alias (GitHub's `Link` on 180 lists was 180 structs).
#[test]
fn identical_success_headers_share_one_struct() {
    let spec = r#"
openapi: 3.1.0
info: {title: Pages, version: "1"}
paths:
  /a:
    get:
      operationId: listA
      responses:
        "200": {description: a page, headers: {Link: {$ref: '#/components/headers/Link'}}}
  /b:
    get:
      operationId: listB
      responses:
        "200": {description: a page, headers: {Link: {$ref: '#/components/headers/Link'}}}
  /c:
    get:
      operationId: listC
      responses:
        "200": {description: a page, headers: {Link: {required: true, schema: {type: string}}}}
components:
  headers:
    Link: {schema: {type: string}}
"#;
    let dir = std::env::temp_dir().join(format!("specforge-headers-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("pages.yaml");
    std::fs::write(&path, spec).unwrap();
    let out = specforge::Generator::new().document(&path).run().unwrap();
    let types = &out.apis[0].crate_files["src/types.rs"];
    assert!(types.contains("pub struct ListAHeaders {"), "{types}");
    assert!(
        types.contains("pub type ListBHeaders = ListAHeaders;"),
        "{types}"
    );
    // A required `Link` is another struct.
    assert!(types.contains("pub struct ListCHeaders {"), "{types}");
    let client = &out.apis[0].crate_files["src/client.rs"];
    assert!(
        client.contains("Response<(), super::types::ListBHeaders>"),
        "{client}"
    );
    std::fs::remove_dir_all(dir).ok();
}

/// Merging the rules that check alike (what generated servers carry, decision 023) keeps what
/// every schema accepts: the kitchen sink's table and its minimised form judge a spread of
/// values alike, schema by schema, and the minimised one is smaller.
#[test]
fn minimised_rule_table_judges_values_alike() {
    use serde_json::json;
    use specforge::validation::runtime::{Direction, Options};
    use specforge::validation::{Table, arena};
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::env::set_current_dir(root).unwrap();
    let input = ingest::ApiInput {
        name: None,
        files: vec!["tests/fixtures/codegen/kitchen-sink.yaml".into()],
        ..Default::default()
    };
    let ws = ingest::ingest(&[input], &IngestOptions::default());
    let (m, _) = model::build(&ws);
    let api = &m.apis[0];
    let ids: Vec<_> = (0..api.schemas.len() as u32).map(model::SchemaId).collect();
    let mut full = Table::new(api);
    let roots: Vec<u32> = ids.iter().map(|&id| full.rule(id)).collect();
    full.finish();
    let mut small = Table::new(api);
    for &id in &ids {
        small.rule(id);
    }
    let renamed = small.minimize();
    assert!(
        small.rules.len() * 3 < full.rules.len() * 2,
        "{} of {} rules",
        small.rules.len(),
        full.rules.len()
    );
    let bump = bumpalo::Bump::new();
    let (a, b) = (arena::rules(&full, &bump), arena::rules(&small, &bump));
    let values = [
        json!(null),
        json!(true),
        json!(0),
        json!(3),
        json!(-2.5),
        json!(""),
        json!("ok"),
        json!("x"),
        json!([]),
        json!([1, "a"]),
        json!(["a", "b"]),
        json!([[["a"]]]),
        json!({}),
        json!({"name": "x"}),
        json!({"name": 1, "x-a": "b", "other": true}),
        json!({"id": 1, "name": "n", "password": "p"}),
        json!({"pet_type": "cat", "name": "Tom"}),
        json!({"value": "v", "option": {"value": 1}}),
        json!({"children": [{"children": []}, {"name": "leaf"}]}),
    ];
    let options = Options {
        formats: true,
        direction: Direction::Request,
        max_violations: 20,
    };
    for (&id, &rule) in ids.iter().zip(&roots) {
        for v in &values {
            let (x, y) = (
                a.validate(rule, v, &options),
                b.validate(renamed[rule as usize], v, &options),
            );
            let said = |w: &[specforge::validation::runtime::Violation]| {
                w.iter()
                    .map(|x| (x.pointer.clone(), x.message.clone()))
                    .collect::<Vec<_>>()
            };
            assert_eq!(said(&x), said(&y), "schema {id:?} on {v}");
        }
    }
}
