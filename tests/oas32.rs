//! OpenAPI 3.2 end to end: the generated client and server of
//! `tests/fixtures/oas32/tyk-portal-3.2.yaml` (Tyk's portal operations with 3.2's QUERY
//! method, an `additionalOperations` method and a `querystring` parameter) talk to each
//! other over 127.0.0.1.

use portal::server::*;
use portal::types::*;
mod common;

use serde_json::json;
use std::sync::{Arc, Mutex};
use tokio::net::TcpListener;
use tyk_developer_portal_3_2 as portal;

async fn serve(router: axum::Router) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    base
}

/// Records what reached each handler.
#[derive(Clone, Default)]
struct Portal {
    seen: Arc<Mutex<Vec<String>>>,
}

impl Portal {
    fn saw(&self, what: String) {
        self.seen.lock().unwrap().push(what);
    }
}

fn product(id: i64, name: &str) -> Product {
    serde_json::from_value(json!({"ID": id, "Name": name, "State": "published"})).unwrap()
}

impl Api for Portal {
    async fn list_products(&self, input: ListProductsInput) -> ListProductsReply {
        self.saw(format!(
            "list {:?}",
            input.params.filter.map(|f| (f.page, f.per_page, f.state))
        ));
        ListProductsReply::Ok(vec![product(1, "Payments")])
    }
    async fn search_products(&self, input: SearchProductsInput) -> SearchProductsReply {
        self.saw(format!(
            "search {} {:?}",
            input.body.name_contains, input.body.limit
        ));
        SearchProductsReply::Ok(vec![product(2, "Payouts")])
    }
    async fn export_products(&self, input: ExportProductsInput) -> ExportProductsReply {
        // `where` is JSON in the query string, typed on both sides.
        let state = input.params.where_.and_then(|w| w.state);
        self.saw(format!("export {state:?}"));
        ExportProductsReply::Ok(vec![product(1, "Payments")])
    }
    async fn watch_products(&self, _: WatchProductsInput) -> WatchProductsReply {
        // Written as each product "changes": one event each, its data the product.
        let (tx, rx) = tokio::sync::mpsc::channel(2);
        tokio::spawn(async move {
            for p in [product(1, "Payments"), product(2, "Payouts")] {
                if tx.send(p).await.is_err() {
                    return;
                }
                tokio::time::sleep(std::time::Duration::from_millis(5)).await;
            }
        });
        WatchProductsReply::Ok(portal::runtime::server::ItemStream::new(streams::Receiver(
            rx,
        )))
    }
    async fn product_events(&self, input: ProductEventsInput) -> ProductEventsReply {
        let event = |event, id: Option<String>, data: &str, retry| AuditEvent {
            event: Some(event),
            id,
            data: data.into(),
            retry,
            ..Default::default()
        };
        ProductEventsReply::Ok(portal::runtime::server::ItemStream::from_items(vec![
            event(
                AuditEventEvent::Created,
                Some(format!("{}-1", input.product_id)),
                &format!("product {}", input.product_id),
                Some(5),
            ),
            event(AuditEventEvent::Published, None, "two\nlines", None),
        ]))
    }
    async fn create_product_client_type(
        &self,
        input: CreateProductClientTypeInput,
    ) -> CreateProductClientTypeReply {
        self.saw(format!(
            "attach {} {:?}",
            input.product_id,
            input.body.and_then(|b| b.id)
        ));
        CreateProductClientTypeReply::Created(ProductClientTypeResponse {
            id: Some(11),
            name: Some("foo".into()),
            ..Default::default()
        })
    }
    async fn purge_product_client_types(
        &self,
        input: PurgeProductClientTypesInput,
    ) -> PurgeProductClientTypesReply {
        self.saw(format!("purge {}", input.product_id));
        PurgeProductClientTypesReply::NoContent
    }
}

#[tokio::test]
async fn query_method_custom_method_and_querystring_round_trip() {
    let api = Portal::default();
    let base = serve(router(api.clone())).await;
    let client = portal::client::Client::new(&base).with_admin_api_token("token");

    // The whole query string is one typed value, written as a form.
    let filter = ProductFilter {
        page: Some(2),
        per_page: Some(50),
        state: Some(ProductFilterState::Published),
        ..Default::default()
    };
    let listed = client
        .list_products(&ListProductsParams {
            filter: Some(filter),
        })
        .await
        .unwrap();
    assert_eq!(listed[0].name, "Payments");
    client
        .list_products(&ListProductsParams::default())
        .await
        .unwrap();

    // QUERY carries a body, like POST, and is answered like GET.
    let found = client
        .search_products(&ProductSearch {
            name_contains: "pay".into(),
            limit: Some(10),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(found[0].id, 2);

    // A method of `additionalOperations`, beside a fixed one on the same path.
    let attached = client
        .create_product_client_type(
            7,
            Some(&ProductClientTypeAttach {
                id: Some(11),
                ..Default::default()
            }),
        )
        .await
        .unwrap();
    assert_eq!(attached.id, Some(11));
    client.purge_product_client_types(7).await.unwrap();

    assert_eq!(
        *api.seen.lock().unwrap(),
        [
            "list Some((Some(2), Some(50), Some(Published)))",
            "list None",
            "search pay Some(10)",
            "attach 7 Some(11)",
            "purge 7",
        ]
    );
}

#[tokio::test]
async fn the_server_checks_3_2_requests_like_any_other() {
    let base = serve(router(Portal::default())).await;
    let http = reqwest::Client::new();
    let send = |method: &str, path: &str| {
        http.request(
            reqwest::Method::from_bytes(method.as_bytes()).unwrap(),
            format!("{base}{path}"),
        )
        .header("authorization", "token")
    };

    // The querystring's schema applies to the whole query string.
    let r = send("GET", "/products?page=0&state=archived")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 400);
    let text = r.text().await.unwrap();
    assert!(text.contains("page"), "{text}");
    assert!(text.contains("archived"), "{text}");

    // A QUERY without its required body is refused before the handler.
    let r = send("QUERY", "/products").send().await.unwrap();
    assert_eq!(r.status().as_u16(), 400, "{}", r.text().await.unwrap());

    // A method no operation has: 405, naming the ones the path has.
    let r = send("DELETE", "/products").send().await.unwrap();
    assert_eq!(r.status().as_u16(), 405);
    assert_eq!(r.headers()["allow"], "GET, QUERY");
    let r = send("LINK", "/products/7/client_types")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 405);
    assert_eq!(r.headers()["allow"], "POST, PURGE");

    // Credentials are checked for the custom method too.
    let r = http
        .request(
            reqwest::Method::from_bytes(b"PURGE").unwrap(),
            format!("{base}/products/7/client_types"),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);
}

/// `extract --openapi`, through the library: conversions between 3.1 and 3.2.
mod convert {
    use specforge::diag::{Diagnostic, Severity};
    use specforge::ingest::convert::{Target, convert};
    use specforge::ingest::{self, ApiInput, IngestOptions, SpecVersion, Workspace};
    use specforge::lint::{self, config::LintConfig};
    use specforge::{diff, emit, model};
    use std::path::{Path, PathBuf};

    fn root() -> &'static Path {
        Path::new(env!("CARGO_MANIFEST_DIR"))
    }

    fn read(file: &Path) -> Workspace {
        let ws = ingest::ingest(
            &[ApiInput {
                name: None,
                files: vec![file.to_path_buf()],
                ..Default::default()
            }],
            &IngestOptions::default(),
        );
        assert!(
            !ws.has_errors(),
            "{}: {:?}",
            file.display(),
            ws.diagnostics.sorted()
        );
        ws
    }

    /// The document of `ws` converted to `to`, written to `dir/name`.
    fn converted(ws: &Workspace, to: Target, dir: &Path, name: &str) -> (PathBuf, Vec<Diagnostic>) {
        let api = &ws.apis[0];
        let (doc, lost) = convert(&api.doc, api.version, to).expect("converts");
        let path = dir.join(name);
        std::fs::write(&path, emit::to_yaml(&doc)).unwrap();
        (path, lost)
    }

    /// What the diff of two documents reports.
    fn changes(a: &Workspace, b: &Workspace) -> Vec<String> {
        let (ma, _) = model::build(a);
        let (mb, _) = model::build(b);
        diff::diff(&ma.apis[0], &mb.apis[0], &diff::Filter::default())
            .changes
            .iter()
            .map(|c| format!("{c:?}"))
            .collect()
    }

    /// The structural findings (SF100) on a document: whether it is valid OpenAPI of its
    /// version by the official schema.
    fn structural(ws: &Workspace) -> Vec<String> {
        let (m, _) = model::build(ws);
        lint::lint(ws, &m, &LintConfig::default())
            .into_iter()
            .filter(|d| d.code == "SF100")
            .map(|d| d.message)
            .collect()
    }

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("specforge-convert-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    /// 3.1 documents read the same as 3.2: the seeds, the OAI's 3.1 pass fixtures and
    /// real 3.1 specs, converted up, are valid 3.2 and diff as no change.
    #[test]
    fn every_3_1_document_converts_to_3_2_without_a_change() {
        let dir = scratch("up");
        let mut files: Vec<PathBuf> = [
            "seeds/000_3e821eb901a57be7.txt",
            "seeds/003_f3156d18c0b7f6c7.txt",
        ]
        .iter()
        .chain(
            [
                "corpus/oas31/bump-train-travel-openapi.yaml",
                "corpus/oas31/readme-schema-types.yaml",
                "corpus/oas31/redocly-museum-openapi.yaml",
            ]
            .iter(),
        )
        .map(|f| root().join("../shared").join(f))
        .filter(|p| p.exists())
        .collect();
        if let Ok(pass) =
            std::fs::read_dir(root().join("../shared/openapi-spec/v3.1/tests/schema/pass"))
        {
            let mut pass: Vec<PathBuf> = pass.flatten().map(|e| e.path()).collect();
            pass.sort();
            files.extend(pass);
        }
        let mut checked = 0;
        for (i, file) in files.iter().enumerate() {
            let ws = read(file);
            if ws.apis[0].version != SpecVersion::V31 {
                continue;
            }
            let (up, lost) = converted(&ws, Target::V32, &dir, &format!("{i}.yaml"));
            assert!(lost.is_empty(), "{}: {lost:?}", file.display());
            let ws32 = read(&up);
            assert_eq!(ws32.apis[0].version, SpecVersion::V32);
            assert_eq!(structural(&ws32), structural(&ws), "{}", file.display());
            assert_eq!(
                changes(&ws, &ws32),
                Vec::<String>::new(),
                "{}",
                file.display()
            );
            checked += 1;
        }
        assert!(checked >= 20, "only {checked} 3.1 documents");
    }

    /// 3.2 documents go down to valid 3.1, keep what 3.1 cannot say as `x-oas32-`
    /// extensions (each reported), and come back up unchanged.
    #[test]
    fn every_3_2_document_goes_down_to_valid_3_1_and_back() {
        let dir = scratch("down");
        let mut files = vec![root().join("tests/fixtures/oas32/tyk-portal-3.2.yaml")];
        if let Ok(pass) =
            std::fs::read_dir(root().join("../shared/openapi-spec/v3.2/tests/schema/pass"))
        {
            let mut pass: Vec<PathBuf> = pass.flatten().map(|e| e.path()).collect();
            pass.sort();
            files.extend(pass);
        }
        for (i, file) in files.iter().enumerate() {
            let ws = read(file);
            let (down, lost) = converted(&ws, Target::V31, &dir, &format!("{i}-31.yaml"));
            assert!(
                lost.iter()
                    .all(|d| d.code == "SF027" && d.severity == Severity::Warning)
            );
            let ws31 = read(&down);
            assert_eq!(ws31.apis[0].version, SpecVersion::V31);
            assert_eq!(
                structural(&ws31),
                Vec::<String>::new(),
                "{}",
                file.display()
            );
            let (back, again) = converted(&ws31, Target::V32, &dir, &format!("{i}-32.yaml"));
            assert!(again.is_empty());
            let ws32 = read(&back);
            assert_eq!(
                changes(&ws, &ws32),
                Vec::<String>::new(),
                "{}",
                file.display()
            );
        }
        // The Tyk rewrite loses its QUERY and PURGE operations and its querystring in 3.1:
        // each is said, where it is written.
        let ws = read(&files[0]);
        let (_, lost) = converted(&ws, Target::V31, &dir, "tyk.yaml");
        let said: Vec<String> = lost.iter().map(|d| d.message.clone()).collect();
        for what in [
            "`query`",
            "`additionalOperations`",
            "`in: querystring`",
            "`$self`",
            "`parent`",
        ] {
            assert!(said.iter().any(|m| m.contains(what)), "{what}: {said:#?}");
        }
    }

    /// 3.2 changes classified like the rest: a querystring's name is never sent (renaming it
    /// is no change), its schema is compared like any parameter's, and so is each streamed item.
    #[test]
    fn diff_classifies_3_2_changes() {
        let dir = scratch("diff");
        let original =
            std::fs::read_to_string(root().join("tests/fixtures/oas32/tyk-portal-3.2.yaml"))
                .unwrap();
        let renamed = original.replace("- name: filter", "- name: the-filter");
        std::fs::write(dir.join("renamed.yaml"), &renamed).unwrap();
        let old = read(&root().join("tests/fixtures/oas32/tyk-portal-3.2.yaml"));
        assert_eq!(
            changes(&old, &read(&dir.join("renamed.yaml"))),
            Vec::<String>::new()
        );

        let narrowed = renamed
            .replacen(
                "          minimum: 1\n        per_page:",
                "          minimum: 2\n        per_page:",
                1,
            )
            .replacen(
                "enum: [created, published, archived]",
                "enum: [created, published]",
                1,
            );
        assert_ne!(narrowed, renamed);
        std::fs::write(dir.join("narrowed.yaml"), &narrowed).unwrap();
        let found = changes(&old, &read(&dir.join("narrowed.yaml")));
        // Reported at the component, with the operations that reach it.
        assert!(
            found
                .iter()
                .any(|c| c.contains("`minimum` 1 → 2") && c.contains("\"GET /products\"")),
            "{found:#?}"
        );
        assert!(
            found
                .iter()
                .any(|c| c.contains("`archived` removed") && c.contains("/events")),
            "{found:#?}"
        );
        assert_eq!(found.len(), 2, "{found:#?}");

        // A method under `additionalOperations` is an operation like any other: its wire
        // method is its identity.
        let linked = original.replace(
            "    additionalOperations:\n      PURGE:",
            "    additionalOperations:\n      LINK:\n        operationId: link-product\n        responses:\n          '204':\n            description: linked\n      PURGE:",
        );
        assert_ne!(linked, original);
        std::fs::write(dir.join("linked.yaml"), &linked).unwrap();
        let found = changes(&old, &read(&dir.join("linked.yaml")));
        assert!(
            matches!(&found[..], [c] if c.contains("operation-added") && c.contains("LINK /products/{product_id}/client_types")),
            "{found:#?}"
        );
    }

    #[test]
    fn a_3_0_document_is_refused_with_its_version() {
        let ws = read(
            &root()
                .join("tests/fixtures/oas30")
                .read_dir()
                .unwrap()
                .flatten()
                .map(|e| e.path())
                .find(|p| p.extension().is_some_and(|e| e == "yaml"))
                .unwrap(),
        );
        let api = &ws.apis[0];
        assert_eq!(api.version, SpecVersion::V30);
        let refused = convert(&api.doc, api.version, Target::V32).unwrap_err();
        assert_eq!(refused.severity, Severity::Error);
        assert!(
            refused.message.contains("OpenAPI 3.0"),
            "{}",
            refused.message
        );
    }
}

/// The CLI: `extract --openapi` writes the converted document to stdout and says on stderr
/// what could only be kept as an extension; a 3.0 document is an input error.
#[test]
fn extract_openapi_on_the_command_line() {
    let o = common::run(&[
        "extract",
        "--openapi",
        "3.1",
        "tests/fixtures/oas32/tyk-portal-3.2.yaml",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", common::stderr(&o));
    let out = common::stdout(&o);
    assert!(out.starts_with("openapi: \"3.1.1\""), "{out}");
    assert!(out.contains("x-oas32-query:"), "{out}");
    let err = common::stderr(&o);
    assert!(err.contains("warning[SF027]"), "{err}");
    // Located at the `query:` key of the fixture.
    let text = std::fs::read_to_string("tests/fixtures/oas32/tyk-portal-3.2.yaml").unwrap();
    let line = text.lines().position(|l| l == "    query:").unwrap() + 1;
    assert!(
        err.contains(&format!(
            "tests/fixtures/oas32/tyk-portal-3.2.yaml:{line}:5"
        )),
        "{err}"
    );

    let o = common::run(&[
        "extract",
        "--openapi",
        "3.2",
        "tests/fixtures/oas30/ref-siblings.yaml",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = common::stderr(&o);
    assert!(
        err.contains("error[SF027]") && err.contains("OpenAPI 3.0"),
        "{err}"
    );
    assert!(common::stdout(&o).is_empty());
}

/// Streamed answers, from the generated server to the generated client: server-sent events
/// whose data is the item (the 3.1 way), events that are the items (3.2 `itemSchema`), and
/// JSON Lines read while the server is still writing.
mod streams {
    use super::*;
    use portal::runtime::Error;

    #[tokio::test]
    async fn event_streams_decode_into_typed_items() {
        let base = serve(router(Portal::default())).await;
        let client = portal::client::Client::new(&base).with_admin_api_token("token");

        let mut watched = client.watch_products_stream().await.unwrap();
        let mut names = Vec::new();
        while let Some(item) = watched.next().await {
            names.push(item.unwrap().name);
        }
        assert_eq!(
            names,
            ["Payments", "Payouts"],
            "a data split over two lines is one item; [DONE] ends"
        );

        let mut events = client.product_events_stream(7).await.unwrap();
        let first = events.next().await.unwrap().unwrap();
        assert_eq!(first.event, Some(AuditEventEvent::Created));
        assert_eq!(
            (first.id.as_deref(), first.data.as_str(), first.retry),
            (Some("7-1"), "product 7", Some(5))
        );
        let second = events.next().await.unwrap().unwrap();
        assert_eq!(second.data, "two\nlines");
        assert!(events.next().await.is_none());

        // On the wire: events, not cached.
        let raw = reqwest::Client::new()
            .get(format!("{base}/products/7/events"))
            .header("authorization", "token")
            .send()
            .await
            .unwrap();
        assert_eq!(raw.headers()["content-type"], "text/event-stream");
        assert_eq!(raw.headers()["cache-control"], "no-cache");
        let text = raw.text().await.unwrap();
        assert!(
            text.starts_with("event: created\nid: 7-1\nretry: 5\ndata: product 7\n\n"),
            "{text}"
        );
        assert!(
            text.ends_with("event: published\ndata: two\ndata: lines\n\n"),
            "{text}"
        );

        // Without credentials the stream method gets the documented refusal, not items.
        let anonymous = portal::client::Client::new(&base);
        match anonymous.watch_products_stream().await {
            Err(Error::UnexpectedStatus { status: 401, .. }) => {}
            other => panic!("{other:?}"),
        }
    }

    /// A `tokio` channel as a stream: the server writes while the client reads.
    pub struct Receiver<T>(pub tokio::sync::mpsc::Receiver<T>);

    impl<T> futures_core::Stream for Receiver<T> {
        type Item = T;
        fn poll_next(
            mut self: std::pin::Pin<&mut Self>,
            cx: &mut std::task::Context<'_>,
        ) -> std::task::Poll<Option<T>> {
            self.0.poll_recv(cx)
        }
    }

    /// A body of `tokio` channel chunks: the server writes while the client reads.
    struct Chunks(tokio::sync::mpsc::Receiver<&'static str>);

    impl futures_core::Stream for Chunks {
        type Item = Result<&'static str, std::convert::Infallible>;
        fn poll_next(
            mut self: std::pin::Pin<&mut Self>,
            cx: &mut std::task::Context<'_>,
        ) -> std::task::Poll<Option<Self::Item>> {
            self.0.poll_recv(cx).map(|c| c.map(Ok))
        }
    }

    #[tokio::test]
    async fn json_lines_arrive_one_at_a_time() {
        let (tx, rx) = tokio::sync::mpsc::channel(4);
        let rx = Arc::new(Mutex::new(Some(rx)));
        let app = axum::Router::new().route(
            "/products/export",
            axum::routing::get(move || {
                let rx = rx.lock().unwrap().take().unwrap();
                async move {
                    axum::response::Response::builder()
                        .header("content-type", "application/jsonl")
                        .body(axum::body::Body::from_stream(Chunks(rx)))
                        .unwrap()
                }
            }),
        );
        let base = serve(app).await;
        let client = portal::client::Client::new(&base);
        tx.send("{\"ID\": 1, \"Name\": \"Pay").await.unwrap();
        let mut items = client
            .export_products_stream(&ExportProductsParams::default())
            .await
            .unwrap();
        tx.send("ments\"}\n").await.unwrap();
        // The first item is read before the server has written the second.
        assert_eq!(items.next().await.unwrap().unwrap().name, "Payments");
        tx.send("{\"ID\": 2, \"Name\": \"Payouts\"}\n{\"ID\": \"three\"}\n")
            .await
            .unwrap();
        drop(tx);
        assert_eq!(items.next().await.unwrap().unwrap().id, 2);
        match items.next().await {
            Some(Err(Error::InvalidBody {
                status: 200,
                body,
                headers,
                ..
            })) => {
                assert_eq!(String::from_utf8(body).unwrap(), r#"{"ID":"three"}"#);
                // The stream's headers come with an item that does not decode.
                assert_eq!(headers["content-type"], "application/jsonl");
            }
            other => panic!("{other:?}"),
        }
        assert!(items.next().await.is_none());

        // The same operation without streaming is one JSON array.
        let base = serve(router(Portal::default())).await;
        let all = portal::client::Client::new(&base)
            .with_admin_api_token("t")
            .export_products(&ExportProductsParams::default())
            .await
            .unwrap();
        assert_eq!(all.len(), 1);
    }
}

/// 3.2's discriminator `defaultMapping`: a value whose tag is absent or not in `mapping` is
/// read as the default schema, not as the catch-all.
#[test]
fn default_mapping_picks_the_variant_for_unknown_tags() {
    let read = |v: serde_json::Value| serde_json::from_value::<Credential>(v).unwrap();
    assert!(matches!(
        read(json!({"Kind": "oauth", "ClientID": "c"})),
        Credential::OAuthCredential(_)
    ));
    for v in [json!({"Kind": "legacy", "Key": "k"}), json!({"Key": "k"})] {
        match read(v) {
            Credential::KeyCredential(k) => assert_eq!(k.key, "k"),
            other => panic!("{other:?}"),
        }
    }
}

/// Issue 18: a query parameter given by `content: {application/json: …}` travels as JSON
/// text and reaches the handler typed; text that is not the schema's object is refused.
#[tokio::test]
async fn a_json_query_parameter_round_trips() {
    let api = Portal::default();
    let base = serve(router(api.clone())).await;
    let client = portal::client::Client::new(&base).with_admin_api_token("t");
    let params = ExportProductsParams {
        where_: Some(ExportProductsWhere {
            state: Some(ExportProductsWhereState::Draft),
        }),
    };
    client.export_products(&params).await.unwrap();
    client
        .export_products(&ExportProductsParams::default())
        .await
        .unwrap();
    assert_eq!(
        *api.seen.lock().unwrap(),
        ["export Some(Draft)", "export None"]
    );

    let http = reqwest::Client::new();
    let get = |q: &str| {
        http.get(format!("{base}/products/export?where={q}"))
            .header("authorization", "t")
            .send()
    };
    assert_eq!(
        get("%7B%22State%22%3A%22published%22%7D")
            .await
            .unwrap()
            .status()
            .as_u16(),
        200
    );
    for bad in ["oops", "%7B%22State%22%3A%22gone%22%7D"] {
        let r = get(bad).await.unwrap();
        assert_eq!(r.status().as_u16(), 400, "{bad}");
    }
}
