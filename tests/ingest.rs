//! Ingest: wrappers, locations, refs, merging, 3.1, Swagger 2.0, and bad input.

use specforge::diag::Severity;
use specforge::ingest::wrapper::WrapperKind;
use specforge::ingest::{self, ApiInput, IngestOptions, SpecVersion, Workspace};
use specforge::model::{self, Additional, JsonType, Semantic, TimestampFormat};
use specforge::tree::Node;
use std::path::{Path, PathBuf};

fn fixture(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(p)
}

fn spec(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("specs").join(p)
}

fn read(files: &[PathBuf]) -> Workspace {
    ingest::ingest(
        &[ApiInput {
            name: None,
            files: files.to_vec(),
            ..Default::default()
        }],
        &IngestOptions::default(),
    )
}

fn seeds() -> Workspace {
    let project = specforge::config::load(
        &spec("specforge.toml"),
        &mut specforge::source::SourceMap::new(),
    )
    .expect("specs/specforge.toml loads");
    ingest::ingest(&project.inputs(), &IngestOptions::default())
}

fn codes(ws: &Workspace) -> Vec<String> {
    ws.diagnostics
        .sorted()
        .iter()
        .map(|d| d.code.to_string())
        .collect()
}

/// `(line, col)` of the key at `pointer` in the API's merged document.
fn key_at(ws: &Workspace, api: &str, pointer: &str) -> (u32, u32, String) {
    let doc = &ws.api(api).unwrap_or_else(|| panic!("api {api}")).doc;
    let (key, _) = doc
        .pointer_with_key(pointer)
        .unwrap_or_else(|| panic!("{pointer}"));
    let loc = key.expect("a key");
    (loc.line, loc.col, ws.sources.name(loc.file).to_string())
}

#[test]
fn seeds_ingest_cleanly_into_three_apis() {
    let ws = seeds();
    let errors: Vec<String> = ws
        .diagnostics
        .sorted()
        .iter()
        .filter(|d| d.severity >= Severity::Warning)
        .map(|d| d.short(&ws.sources))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let names: Vec<&str> = ws.apis.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["tyk-portal", "telnyx-oauth", "sailpoint-v3"]);
    let kinds: Vec<WrapperKind> = ws
        .apis
        .iter()
        .flat_map(|a| a.documents.iter().map(|d| d.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            WrapperKind::MarkdownFence,
            WrapperKind::MarkdownFence,
            WrapperKind::MarkdownFence,
            WrapperKind::DocusaurusJson
        ]
    );
    // Seed 001 is a rendered page: its curl example is attached to the operation in 000.
    let tyk = ws.api("tyk-portal").unwrap();
    assert_eq!(tyk.examples.len(), 1);
    assert_eq!(
        tyk.examples[0].operation,
        Some((
            "post".into(),
            "/oauth-providers/{provider_id}/client-types".into()
        ))
    );
}

#[test]
fn locations_point_into_the_original_pages() {
    let ws = seeds();
    // Issue example 1: in seed 000 the `GrantType:` property is at line 164.
    let (line, col, file) = key_at(
        &ws,
        "tyk-portal",
        "/components/schemas/OAuthClientTypeBasic/properties/GrantType",
    );
    assert_eq!((line, col), (164, 9));
    assert!(file.ends_with("000_3e821eb901a57be7.txt"), "{file}");
    // Issue example 2: in seed 004 the first "accessTokenValiditySeconds" key is 6:908.
    let (line, col, file) = key_at(
        &ws,
        "sailpoint-v3",
        "/paths/~1oauth-clients/post/requestBody/content/application~1json/schema/properties/accessTokenValiditySeconds",
    );
    assert_eq!((line, col), (6, 908));
    assert!(file.ends_with("004_ea04a78fdbd13504.txt"));
    // Its value `750` (an integer where a string is declared).
    let v = ws.api("sailpoint-v3").unwrap().doc
        .pointer("/paths/~1oauth-clients/post/requestBody/content/application~1json/schema/properties/accessTokenValiditySeconds/example")
        .unwrap();
    assert_eq!((v.loc.line, v.loc.col), (6, 1061));
    // Telnyx 3.1 type array at seed 003 line 263.
    let (line, col, _) = key_at(
        &ws,
        "telnyx-oauth",
        "/components/schemas/OAuthClient/properties/logo_uri/type",
    );
    assert_eq!((line, col), (263, 11));
    // Seed 002, merged into tyk-portal, keeps its own file.
    let (line, col, file) = key_at(
        &ws,
        "tyk-portal",
        "/components/schemas/ProductClientTypeResponse",
    );
    assert_eq!((line, col), (135, 5));
    assert!(file.ends_with("002_8a698f709e9fd7de.txt"));
    // The curl body and response sample of seed 001 keep their lines in the rendered page.
    let base = "/paths/~1oauth-providers~1{provider_id}~1client-types/post";
    let (line, col, file) = key_at(
        &ws,
        "tyk-portal",
        &format!(
            "{base}/requestBody/content/application~1json/examples/docs-curl-request/value/GrantType"
        ),
    );
    assert_eq!((line, col), (17, 3));
    assert!(file.ends_with("001_129e32d28a02f197.txt"));
    let (line, col, _) = key_at(
        &ws,
        "tyk-portal",
        &format!(
            "{base}/responses/200/content/application~1json/examples/docs-response-sample/value/CreatedAt"
        ),
    );
    assert_eq!((line, col), (29, 3));
}

#[test]
fn docusaurus_page_is_rebuilt_with_its_request_example() {
    let ws = seeds();
    let doc = &ws.api("sailpoint-v3").unwrap().doc;
    assert_eq!(
        doc.pointer("/info/title").and_then(Node::as_str),
        Some("SailPoint - SaaS API")
    );
    assert_eq!(
        doc.pointer("/servers/0/url").and_then(Node::as_str),
        Some("https://{tenant}.api.identitynow.com/v3")
    );
    assert!(doc.pointer("/components/securitySchemes/oauth2").is_some());
    let ex = doc
        .pointer("/paths/~1oauth-clients/post/requestBody/content/application~1json/examples/docs-jsonRequestBodyExample/value/accessTokenValiditySeconds")
        .unwrap();
    assert_eq!(ex.as_text(), Some("750"));
    // Page metadata is not left in the operation.
    let op = doc.pointer("/paths/~1oauth-clients/post").unwrap();
    for k in [
        "method",
        "path",
        "postman",
        "jsonRequestBodyExample",
        "info",
    ] {
        assert!(op.get(k).is_none(), "{k} left in the operation");
    }
}

#[test]
fn every_wrapper_kind_is_detected_from_content() {
    let cases = [
        (
            "wrappers/plain.yaml",
            WrapperKind::PlainYaml,
            SpecVersion::V30,
        ),
        (
            "wrappers/plain.json",
            WrapperKind::PlainJson,
            SpecVersion::V31,
        ),
        (
            "wrappers/swagger2.yaml",
            WrapperKind::PlainYaml,
            SpecVersion::Swagger2,
        ),
        (
            "wrappers/page.md",
            WrapperKind::MarkdownFence,
            SpecVersion::V31,
        ),
        (
            "wrappers/page-json.md",
            WrapperKind::MarkdownFence,
            SpecVersion::V30,
        ),
        (
            "wrappers/docusaurus.mdx",
            WrapperKind::DocusaurusJson,
            SpecVersion::V31,
        ),
        (
            "wrappers/docusaurus-compressed.mdx",
            WrapperKind::DocusaurusCompressed,
            SpecVersion::V31,
        ),
    ];
    for (file, kind, version) in cases {
        let ws = read(&[fixture(file)]);
        assert!(!ws.has_errors(), "{file}: {:?}", codes(&ws));
        let d = &ws.apis[0].documents[0];
        assert_eq!((d.kind, d.version), (kind, version), "{file}");
    }
}

#[test]
fn fenced_page_locations_and_other_fences_ignored() {
    let ws = read(&[fixture("wrappers/page.md")]);
    let doc = &ws.apis[0].doc;
    // The `openapi:` line is line 12 of the page (fence on line 11); the bash fence is not the spec.
    assert_eq!(
        doc.key_loc("openapi").map(|l| (l.line, l.col)),
        Some((12, 1))
    );
    let (k, _) = doc
        .pointer_with_key(
            "/paths/~1widgets/post/requestBody/content/application~1json/schema/properties/Colour",
        )
        .unwrap();
    assert_eq!(k.map(|l| (l.line, l.col)), Some((26, 17)));
}

#[test]
fn compressed_front_matter_locates_at_the_api_value() {
    let ws = read(&[fixture("wrappers/docusaurus-compressed.mdx")]);
    let doc = &ws.apis[0].doc;
    let n = doc.pointer("/paths/~1things/post/operationId").unwrap();
    // Positions inside compressed text have no place in the file: the `api:` value start.
    assert_eq!((n.loc.line, n.loc.col), (4, 6));
    let ex = doc
        .pointer("/paths/~1things/post/requestBody/content/application~1json/examples/docs-jsonRequestBodyExample/value/n")
        .unwrap();
    assert_eq!(ex.as_text(), Some("3"));
}

#[test]
fn rendered_page_examples_attach_to_their_operation() {
    let ws = read(&[
        fixture("wrappers/spec-for-rendered.yaml"),
        fixture("wrappers/rendered.txt"),
    ]);
    assert!(!ws.has_errors(), "{:?}", codes(&ws));
    let api = &ws.apis[0];
    assert_eq!(
        api.examples[0].operation,
        Some(("put".into(), "/widgets/{id}".into()))
    );
    let body = api
        .doc
        .pointer("/paths/~1widgets~1{id}/put/requestBody/content/application~1json/examples/docs-curl-request/value")
        .unwrap();
    assert_eq!(body.get("Name").and_then(Node::as_str), Some("it's mine"));
    assert_eq!(body.key_loc("Size").map(|l| (l.line, l.col)), Some((9, 3)));
    assert!(api
        .doc
        .pointer("/paths/~1widgets~1{id}/put/responses/200/content/application~1json/examples/docs-response-sample/value/Size")
        .is_some());
    // Without the spec, the page's example has nowhere to go: a warning, not silence.
    let alone = read(&[fixture("wrappers/rendered.txt")]);
    assert_eq!(codes(&alone), ["SF009"]);
}

/// The examples of one media type in the model: `(name, source)`.
fn model_examples(m: &model::Model, pointer_end: &str) -> Vec<(String, model::ExampleSource)> {
    m.apis[0]
        .operations
        .iter()
        .flat_map(|op| {
            let bodies = op.request_body.iter().flat_map(|b| &b.content);
            bodies.chain(op.responses.iter().flat_map(|r| &r.content))
        })
        .flat_map(|mt| &mt.examples)
        .filter(|e| e.pointer.ends_with(pointer_end))
        .map(|e| (e.name.as_deref().unwrap_or("").to_string(), e.source))
        .collect()
}

#[test]
fn docs_examples_carry_their_origin_not_their_name() {
    use ingest::{DocsOrigin, HarvestedExample};
    use model::ExampleSource;
    let ws = read(&[
        fixture("wrappers/spec-for-rendered.yaml"),
        fixture("wrappers/rendered.txt"),
    ]);
    let op = "/paths/~1widgets~1{id}/put";
    assert_eq!(
        ws.apis[0].harvested,
        [
            HarvestedExample {
                pointer: format!(
                    "{op}/requestBody/content/application~1json/examples/docs-curl-request"
                ),
                origin: DocsOrigin::CurlRequest,
            },
            HarvestedExample {
                pointer: format!(
                    "{op}/responses/200/content/application~1json/examples/docs-response-sample"
                ),
                origin: DocsOrigin::ResponseSample,
            },
        ]
    );
    let (m, _) = model::build(&ws);
    assert_eq!(
        model_examples(&m, "docs-curl-request/value"),
        [("docs-curl-request".into(), ExampleSource::DocsCurlRequest)]
    );
    assert_eq!(
        model_examples(&m, "docs-response-sample/value"),
        [(
            "docs-response-sample".into(),
            ExampleSource::DocsResponseSample
        )]
    );

    let ws = read(&[fixture("wrappers/docusaurus-compressed.mdx")]);
    assert_eq!(
        ws.apis[0]
            .harvested
            .iter()
            .map(|h| h.origin)
            .collect::<Vec<_>>(),
        [DocsOrigin::FrontMatterRequestBody]
    );
    let (m, _) = model::build(&ws);
    assert_eq!(
        model_examples(&m, "docs-jsonRequestBodyExample/value"),
        [(
            "docs-jsonRequestBodyExample".into(),
            ExampleSource::DocsRequestBody
        )]
    );

    // A vendor's own example under such a name is the vendor's, not a docs page's.
    let dir = std::env::temp_dir().join(format!("specforge-origin-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("own.yaml");
    std::fs::write(
        &file,
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    post:\n      requestBody:\n        content:\n          application/json:\n            examples:\n              docs-curl-request: {value: 1}\n      responses:\n        '200': {description: ok}\n",
    )
    .unwrap();
    let ws = read(std::slice::from_ref(&file));
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(ws.apis[0].harvested.is_empty());
    let (m, _) = model::build(&ws);
    assert_eq!(
        model_examples(&m, "docs-curl-request/value"),
        [("docs-curl-request".into(), ExampleSource::MediaType)]
    );
}

#[test]
fn swagger2_is_converted_to_openapi3() {
    let ws = read(&[fixture("wrappers/swagger2.yaml")]);
    assert!(!ws.has_errors(), "{:?}", codes(&ws));
    let doc = &ws.apis[0].doc;
    assert_eq!(doc.get("openapi").and_then(Node::as_str), Some("3.0.3"));
    assert_eq!(
        doc.pointer("/servers/0/url").and_then(Node::as_str),
        Some("https://api.example.com/v1")
    );
    let tags = doc.pointer("/paths/~1items/get/parameters/0").unwrap();
    assert_eq!(tags.get("style").and_then(Node::as_str), Some("form"));
    assert_eq!(tags.get("explode").and_then(Node::as_bool), Some(false));
    assert_eq!(
        tags.pointer("/schema/items/type").and_then(Node::as_str),
        Some("string")
    );
    let ids = doc.pointer("/paths/~1items/get/parameters/1").unwrap();
    assert_eq!(ids.get("explode").and_then(Node::as_bool), Some(true));
    assert_eq!(
        doc.pointer("/paths/~1items/post/requestBody/content/application~1json/schema/$ref")
            .and_then(Node::as_str),
        Some("#/components/schemas/Item")
    );
    assert_eq!(
        doc.pointer("/paths/~1items/get/responses/200/content/application~1json/example/0/id")
            .and_then(Node::as_text),
        Some("1")
    );
    let upload = doc
        .pointer("/paths/~1upload/post/requestBody/content/multipart~1form-data/schema")
        .unwrap();
    assert_eq!(
        upload
            .pointer("/properties/file/format")
            .and_then(Node::as_str),
        Some("binary")
    );
    assert_eq!(
        upload.pointer("/required/0").and_then(Node::as_str),
        Some("file")
    );
    assert_eq!(
        doc.pointer("/components/securitySchemes/basic/scheme")
            .and_then(Node::as_str),
        Some("basic")
    );
    assert!(
        doc.pointer("/components/securitySchemes/oauth/flows/authorizationCode/tokenUrl")
            .is_some()
    );
    assert_eq!(
        doc.pointer("/components/schemas/Item/properties/note/nullable")
            .and_then(Node::as_bool),
        Some(true)
    );
    // Converted nodes keep their 2.0 location.
    assert_eq!(tags.loc.line, 25);
}

#[test]
fn version_text_is_kept() {
    let ws = read(&[fixture("wrappers/plain.yaml")]);
    assert_eq!(
        ws.apis[0]
            .doc
            .pointer("/info/version")
            .and_then(Node::as_str),
        Some("1.10")
    );
    let (m, _) = model::build(&ws);
    assert_eq!(m.apis[0].version, "1.10");
}

#[test]
fn multi_file_refs_are_bundled_and_recursion_works() {
    let ws = read(&[fixture("multi/root.yaml")]);
    assert!(
        !ws.has_errors(),
        "{:?}",
        ws.diagnostics
            .sorted()
            .iter()
            .map(|d| d.short(&ws.sources))
            .collect::<Vec<_>>()
    );
    let doc = &ws.apis[0].doc;
    assert_eq!(
        doc.pointer("/paths/~1pets/get/responses/200/content/application~1json/schema/items/$ref")
            .and_then(Node::as_str),
        Some("#/components/schemas/Pet")
    );
    assert_eq!(
        doc.pointer("/components/schemas/Pet/properties/children/items/$ref")
            .and_then(Node::as_str),
        Some("#/components/schemas/Pet")
    );
    // The hoisted schema keeps its own file's locations.
    let pet = doc
        .pointer("/components/schemas/Pet/properties/name")
        .unwrap();
    assert!(ws.sources.name(pet.loc.file).ends_with("schemas/Pet.yaml"));
    assert_eq!(pet.loc.line, 5);
    let (m, _) = model::build(&ws);
    let api = &m.apis[0];
    let pet = api.named["Pet"];
    let children = api.schema(pet).properties["children"].schema;
    assert_eq!(
        api.schema(children).items,
        Some(pet),
        "Pet.children is a list of Pet"
    );
    let owner = api.schema(pet).properties["owner"].schema;
    let owner_pets = api.schema(owner).properties["pets"].schema;
    assert_eq!(
        api.schema(owner_pets).items,
        Some(pet),
        "mutual recursion Pet ↔ Owner"
    );
}

#[test]
fn merged_documents_report_conflicts_and_keep_security_where_it_applied() {
    let ws = read(&[fixture("merge/a.yaml"), fixture("merge/b.yaml")]);
    let conflicts: Vec<_> = ws
        .diagnostics
        .sorted()
        .into_iter()
        .filter(|d| d.code == "SF007")
        .collect();
    assert_eq!(conflicts.len(), 1, "{:?}", codes(&ws));
    let d = &conflicts[0];
    assert!(d.message.contains("schemas/Money"), "{}", d.message);
    let p = d.primary.as_ref().unwrap();
    assert!(ws.sources.name(p.loc.file).ends_with("b.yaml"));
    assert_eq!(p.loc.line, 15);
    assert!(ws.sources.name(d.secondary[0].loc.file).ends_with("a.yaml"));
    let doc = &ws.apis[0].doc;
    assert_eq!(
        doc.pointer("/components/schemas/Money/type")
            .and_then(Node::as_str),
        Some("integer"),
        "first wins"
    );
    // a.yaml's global security moved onto its operation; b.yaml's `security: []` onto its own.
    assert_eq!(
        doc.pointer("/paths/~1orders/post/security/0/key")
            .map(|n| n.as_seq().unwrap().len()),
        Some(0)
    );
    assert_eq!(
        doc.pointer("/paths/~1refunds/post/security")
            .and_then(Node::as_seq)
            .map(<[Node]>::len),
        Some(0)
    );
    assert!(doc.get("security").is_none());
}

#[test]
fn openapi_31_constructs_are_understood() {
    let ws = read(&[fixture("oas31/features.yaml")]);
    assert!(!ws.has_errors());
    let (m, diags) = model::build(&ws);
    let api = &m.apis[0];
    let pet = api.schema(api.named["Pet"]);
    let prop = |n: &str| api.schema(pet.properties[n].schema);
    let name = prop("name");
    assert_eq!(
        (&name.types[..], name.nullable),
        (&[JsonType::String][..], true)
    );
    assert_eq!(name.examples.len(), 2);
    let kind = prop("kind");
    assert!(kind.is_const);
    assert_eq!(kind.enum_values.as_ref().unwrap()[0].as_str(), Some("dog"));
    assert_eq!(prop("age").bounds().exclusive_minimum, Some(0.0));
    assert_eq!(
        pet.properties["owner"].description.as_deref(),
        Some("who owns it")
    );
    assert_eq!(pet.properties["owner"].schema, api.named["Owner"]);
    assert!(prop("anything").types.is_empty() && !prop("anything").never);
    assert!(prop("nothing").never);
    assert_eq!(prop("point").prefix_items.len(), 2);
    let parent = prop("parent");
    assert!(parent.nullable);
    assert_eq!(parent.reference, Some(api.named["Pet"]));
    assert!(
        api.operations
            .iter()
            .any(|o| o.webhook && o.name == "newPetHook")
    );
    // if/then is modelled (validation applies it), not reported as lost.
    let unmodelled: Vec<_> = diags.items().iter().filter(|d| d.code == "SF008").collect();
    assert!(unmodelled.is_empty(), "{unmodelled:?}");
    let conditional = prop("extra").applicators();
    assert!(conditional.if_.is_some() && conditional.then.is_some() && conditional.else_.is_none());
    assert_eq!(prop("extra").additional, Additional::Unspecified);
}

#[test]
fn seed_semantic_kinds() {
    let ws = seeds();
    let (m, _) = model::build(&ws);
    let tyk = &m.apis[0];
    let basic = tyk.schema(tyk.named["OAuthClientTypeBasic"]);
    for field in ["GrantType", "ResponseTypes"] {
        match tyk
            .schema(basic.properties[field].schema)
            .semantic
            .as_deref()
        {
            Some(Semantic::DelimitedSet { separator, .. }) => assert_eq!(separator, ","),
            other => panic!("{field}: {other:?}"),
        }
    }
    // TokenEndpointAuthMethod lists two examples, each a single member: not a set.
    assert!(
        tyk.schema(basic.properties["TokenEndpointAuthMethod"].schema)
            .semantic
            .as_deref()
            .is_none()
    );
    let resp = tyk.schema(tyk.named["ProductClientTypeResponse"]);
    match tyk
        .schema(resp.properties["CreatedAt"].schema)
        .semantic
        .as_deref()
    {
        Some(Semantic::Timestamp {
            format:
                TimestampFormat::Layout {
                    layout,
                    strftime,
                    zoned,
                    has_time,
                },
            ..
        }) => {
            assert_eq!(
                (layout.as_str(), strftime.as_str(), *zoned, *has_time),
                ("YYYY-MM-DD HH:MM", "%Y-%m-%d %H:%M", false, true)
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(
        tyk.schema(resp.properties["GrantType"].schema)
            .semantic
            .as_deref()
            .is_none(),
        "single-value example in 002"
    );
    let telnyx = &m.apis[1];
    let client = telnyx.schema(telnyx.named["OAuthClient"]);
    assert!(matches!(
        telnyx
            .schema(client.properties["created_at"].schema)
            .semantic
            .as_deref(),
        Some(Semantic::Timestamp {
            format: TimestampFormat::Rfc3339,
            ..
        })
    ));
    let sp = &m.apis[2];
    let body = sp.operations[0].request_body.as_ref().unwrap().content[0]
        .schema
        .unwrap();
    let secs = sp.schema(sp.schema(body).properties["accessTokenValiditySeconds"].schema);
    assert!(matches!(
        secs.semantic.as_deref(),
        Some(Semantic::NumericString { integer: true, .. })
    ));
}

#[test]
fn explicit_extensions_decide_the_semantic_kind() {
    let ws = read(&[fixture("oas31/explicit-kinds.yaml")]);
    let (m, _) = model::build(&ws);
    let api = &m.apis[0];
    let a = api.schema(api.named["A"]);
    match api
        .schema(a.properties["scopes"].schema)
        .semantic
        .as_deref()
    {
        Some(Semantic::DelimitedSet {
            separator, members, ..
        }) => {
            assert_eq!(separator, "|");
            assert_eq!(members, &["read", "write"]);
        }
        other => panic!("{other:?}"),
    }
    match api.schema(a.properties["seen"].schema).semantic.as_deref() {
        Some(Semantic::Timestamp {
            format: TimestampFormat::Layout {
                layout, strftime, ..
            },
            ..
        }) => {
            assert_eq!(
                (layout.as_str(), strftime.as_str()),
                ("DD/MM/YYYY HH:MM", "%d/%m/%Y %H:%M")
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn only_siblings_of_a_30_ref_that_change_something_are_reported() {
    // `type: object` beside a `$ref` to an object and `additionalProperties: true` lose
    // nothing; `required` beside it is really dropped.
    let ws = read(&[fixture("oas30/ref-siblings.yaml")]);
    let (_, diags) = model::build(&ws);
    let unmodelled: Vec<&str> = diags
        .items()
        .iter()
        .filter(|d| d.code == "SF008")
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(
        unmodelled,
        [
            "`required` beside `$ref` is ignored: in OpenAPI 3.0 a `$ref` stands for its target alone"
        ]
    );
}

/// OpenAPI 3.2: `$self` is the base of relative references, and its directory is read from
/// the file's; a reference to the document's own URI is a local one.
#[test]
fn self_uri_is_the_base_of_relative_references() {
    let ws = read(&[fixture("oas32/self/openapi.yaml")]);
    assert!(!ws.has_errors(), "{:?}", ws.diagnostics.sorted());
    assert_eq!(ws.apis[0].version, SpecVersion::V32);
    let (m, diags) = model::build(&ws);
    assert!(diags.sorted().iter().all(|d| d.severity != Severity::Error));
    let api = &m.apis[0];
    assert!(api.named.contains_key("Pet"), "{:?}", api.named.keys());
    let owner_of_pet = api.resolve(api.named["Pet"]).properties["owner"].schema;
    assert_eq!(
        api.resolve(owner_of_pet).pointer,
        api.resolve(api.named["Owner"]).pointer
    );
}
