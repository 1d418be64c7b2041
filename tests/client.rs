//! The generated clients against a local mock HTTP server on 127.0.0.1 that answers with the
//! documents' own examples: auth headers, path encoding and JSON bodies on the way out; each
//! documented status decoded into its type on the way back; an undocumented status and a
//! malformed body reported as such, with the raw body kept.

use specforge::ingest::{self, IngestOptions};
use specforge::model::{self, ApiModel};
use std::path::Path;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// What the mock saw of one request.
#[derive(Debug)]
struct Seen {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Seen {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("the client sent JSON")
    }
}

/// Serves exactly one request with `status` and `body`, then returns what it saw. Bounded:
/// one connection, a 10 s limit, a 1 MiB cap on what it reads.
async fn mock(status: u16, body: Vec<u8>) -> (String, tokio::task::JoinHandle<Seen>) {
    let (base, all) = mock_answers(vec![(status, "", body)]).await;
    let first = tokio::spawn(async move { all.await.unwrap().remove(0) });
    (base, first)
}

/// Serves one request per answer, in order, each on its own connection (`connection:
/// close`), and returns what it saw. An answer is a status, extra header lines (each ending in
/// `\r\n`) and a body. Bounded: a 10 s limit in all, a 1 MiB cap per request.
async fn mock_answers(
    answers: Vec<(u16, &'static str, Vec<u8>)>,
) -> (String, tokio::task::JoinHandle<Vec<Seen>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let handle = tokio::spawn(async move {
        let serve = async {
            let mut seen = Vec::new();
            for (status, extra, body) in answers {
                let (mut socket, _) = listener.accept().await.unwrap();
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                let head_end = loop {
                    let n = socket.read(&mut chunk).await.unwrap();
                    assert!(n > 0, "client closed before sending a request");
                    buf.extend_from_slice(&chunk[..n]);
                    if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                        break i + 4;
                    }
                    assert!(buf.len() < 1 << 20, "request head too large");
                };
                let head = String::from_utf8(buf[..head_end].to_vec()).unwrap();
                let mut lines = head.split("\r\n");
                let mut first = lines.next().unwrap().split(' ');
                let method = first.next().unwrap().to_string();
                let target = first.next().unwrap().to_string();
                let headers: Vec<(String, String)> = lines
                    .filter_map(|l| l.split_once(": "))
                    .map(|(k, v)| (k.to_ascii_lowercase(), v.to_string()))
                    .collect();
                let len: usize = headers
                    .iter()
                    .find(|(k, _)| k == "content-length")
                    .map(|(_, v)| v.parse().unwrap())
                    .unwrap_or(0);
                assert!(len < 1 << 20);
                while buf.len() < head_end + len {
                    let n = socket.read(&mut chunk).await.unwrap();
                    assert!(n > 0);
                    buf.extend_from_slice(&chunk[..n]);
                }
                let response = format!(
                    "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nx-ratelimit-remaining: 41\r\netag: \"v7\"\r\n{extra}connection: close\r\n\r\n",
                    body.len()
                );
                socket.write_all(response.as_bytes()).await.unwrap();
                socket.write_all(&body).await.unwrap();
                socket.shutdown().await.ok();
                seen.push(Seen {
                    method,
                    target,
                    headers,
                    body: buf[head_end..head_end + len].to_vec(),
                });
            }
            seen
        };
        tokio::time::timeout(Duration::from_secs(10), serve)
            .await
            .expect("the mock got its requests in time")
    });
    (base, handle)
}

/// The seeds' model, for their examples.
fn seeds() -> Vec<ApiModel> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let project = specforge::config::load(
        &root.join("specs/specforge.toml"),
        &mut specforge::source::SourceMap::new(),
    )
    .unwrap();
    let ws = ingest::ingest(&project.inputs(), &IngestOptions::default());
    model::build(&ws).0.apis
}

/// The first example the document gives for `status` of the API's first operation matching
/// `path` (request examples with status `request`).
fn example(apis: &[ApiModel], api: &str, path: &str, status: &str) -> serde_json::Value {
    let am = apis.iter().find(|a| a.name == api).unwrap();
    let op = am.operations.iter().find(|o| o.path == path).unwrap();
    let content = if status == "request" {
        &op.request_body.as_ref().unwrap().content
    } else {
        &op.responses
            .iter()
            .find(|r| r.status == status)
            .unwrap()
            .content
    };
    content[0]
        .examples
        .first()
        .map(|e| e.value.to_json())
        .unwrap_or_else(|| panic!("{api} {path} {status}: no example"))
}

#[tokio::test]
async fn tyk_sends_its_api_key_and_decodes_the_docs_response() {
    use tyk_portal::types::{OAuthClientTypeBasic, OAuthClientTypeElem};
    let apis = seeds();
    let path = "/oauth-providers/{provider_id}/client-types";
    let request = example(&apis, "tyk-portal", path, "request");
    let response = example(&apis, "tyk-portal", path, "200");
    let (base, seen) = mock(200, serde_json::to_vec(&response).unwrap()).await;
    let client = tyk_portal::client::Client::new(format!("{base}/portal-api"))
        .with_admin_api_token("secret-token");
    let body: OAuthClientTypeBasic = serde_json::from_value(request.clone()).unwrap();
    let got: OAuthClientTypeElem = client
        .create_oauth_provider_client_type(7, Some(&body))
        .await
        .unwrap();
    let seen = seen.await.unwrap();
    assert_eq!(seen.method, "POST");
    assert_eq!(seen.target, "/portal-api/oauth-providers/7/client-types");
    // Tyk's scheme is an API key in `Authorization`, sent as it is (no `Bearer`).
    assert_eq!(seen.header("authorization"), Some("secret-token"));
    assert_eq!(seen.header("content-type"), Some("application/json"));
    // The CSV sets and the rest of the curl body go out byte-for-byte as the docs wrote them.
    assert_eq!(seen.json(), request);
    assert_eq!(
        got.grant_type.to_string(),
        "authorization_code,refresh_token,password"
    );
    assert_eq!(serde_json::to_value(&got).unwrap(), response);
}

#[tokio::test]
async fn tyk_error_statuses_decode_into_only_errors() {
    let (base, seen) = mock(404, br#"{"errors":["provider not found"]}"#.to_vec()).await;
    let client = tyk_portal::client::Client::new(&base).with_admin_api_token("t");
    let err = client
        .create_oauth_provider_client_type(999, None)
        .await
        .unwrap_err();
    match err {
        tyk_portal::runtime::Error::Api { status, body, .. } => {
            assert_eq!(status, 404);
            assert_eq!(body.errors, Some(vec!["provider not found".to_string()]));
        }
        other => panic!("expected the API's error, got {other:?}"),
    }
    let seen = seen.await.unwrap();
    // No body given, none sent.
    assert!(seen.body.is_empty());
    assert_eq!(seen.header("content-type"), None);
}

#[tokio::test]
async fn an_undocumented_status_keeps_the_raw_body() {
    let (base, _seen) = mock(418, b"I'm a teapot".to_vec()).await;
    let client = tyk_portal::client::Client::new(&base);
    match client.create_product_client_type(1, None).await {
        Err(tyk_portal::runtime::Error::UnexpectedStatus { status, body, .. }) => {
            assert_eq!(status, 418);
            assert_eq!(body, b"I'm a teapot");
        }
        other => panic!("expected UnexpectedStatus, got {other:?}"),
    }
}

#[tokio::test]
async fn a_malformed_body_is_invalid_body_with_the_raw_bytes() {
    // 201 is documented; `ID` must be an integer.
    let raw = br#"{"ID": "not a number"}"#.to_vec();
    let (base, _seen) = mock(201, raw.clone()).await;
    let client = tyk_portal::client::Client::new(&base);
    match client.create_product_client_type(1, None).await {
        Err(e @ tyk_portal::runtime::Error::InvalidBody { .. }) => {
            // The message names the field, and the body reads as text.
            assert!(e.to_string().contains("at `ID`"), "{e}");
            assert!(
                format!("{e:?}").contains(r#"{\"ID\": \"not a number\"}"#),
                "{e:?}"
            );
            let tyk_portal::runtime::Error::InvalidBody {
                status, body, path, ..
            } = e
            else {
                unreachable!()
            };
            assert_eq!((status, path.as_str()), (201, "ID"));
            assert_eq!(body, raw);
        }
        other => panic!("expected InvalidBody, got {other:?}"),
    }
}

#[tokio::test]
async fn telnyx_sends_a_bearer_token_and_decodes_its_errors() {
    use telnyx_oauth::types::OAuthClientCreateRequest;
    let request: OAuthClientCreateRequest = serde_json::from_value(serde_json::json!({
        "name": "My app",
        "allowed_scopes": ["admin"],
        "client_type": "confidential",
        "allowed_grant_types": ["client_credentials"],
    }))
    .unwrap();
    let error = br#"{"error":"invalid_request","error_description":"name is required"}"#;
    let (base, seen) = mock(422, error.to_vec()).await;
    let client = telnyx_oauth::client::Client::new(&base).with_bearer_auth("KEY123");
    match client.create_oauth_client(&request).await {
        Err(telnyx_oauth::runtime::Error::Api { status, body, .. }) => {
            assert_eq!(status, 422);
            assert_eq!(body.error, "invalid_request");
            assert_eq!(body.error_description.as_deref(), Some("name is required"));
        }
        other => panic!("expected oauth_Error, got {other:?}"),
    }
    let seen = seen.await.unwrap();
    assert_eq!(seen.target, "/oauth/clients");
    assert_eq!(seen.header("authorization"), Some("Bearer KEY123"));
    assert_eq!(seen.json()["client_type"], "confidential");
}

/// Every call can give the status and headers with its value (issue 18): a rate limit and an
/// `ETag` of a success, read typed.
#[tokio::test]
async fn a_success_comes_with_its_status_and_headers() {
    use tyk_portal::types::{OAuthClientTypeBasic, OAuthClientTypeElem};
    let apis = seeds();
    let path = "/oauth-providers/{provider_id}/client-types";
    let request = example(&apis, "tyk-portal", path, "request");
    let answer = example(&apis, "tyk-portal", path, "200");
    let (base, _seen) = mock(200, serde_json::to_vec(&answer).unwrap()).await;
    let client = tyk_portal::client::Client::new(format!("{base}/portal-api"));
    let body: OAuthClientTypeBasic = serde_json::from_value(request).unwrap();
    let response = client
        .create_oauth_provider_client_type_with_response(7, Some(&body))
        .await
        .unwrap();
    assert_eq!(response.status, 200);
    assert_eq!(response.header_as::<u32>("X-RateLimit-Remaining"), Some(41));
    assert_eq!(response.header("etag"), Some("\"v7\""));
    assert_eq!(response.header_as::<u32>("etag"), None, "not a number");
    assert_eq!(response.header("location"), None);
    let value: OAuthClientTypeElem = response.into_value();
    assert_eq!(serde_json::to_value(&value).unwrap(), answer);
}

#[tokio::test]
async fn sailpoint_server_variables_and_per_status_errors() {
    use sailpoint_v3::types::{CreateOauthClientError, CreateOauthClientRequest};
    assert_eq!(
        sailpoint_v3::client::server_url("acme"),
        "https://acme.api.identitynow.com/v3"
    );
    assert_eq!(
        sailpoint_v3::client::DEFAULT_BASE_URL,
        "https://sailpoint.api.identitynow.com/v3"
    );
    let apis = seeds();
    let request = example(&apis, "sailpoint-v3", "/oauth-clients", "request");
    let forbidden = example(&apis, "sailpoint-v3", "/oauth-clients", "403");
    let body: CreateOauthClientRequest = serde_json::from_value(request.clone()).unwrap();
    let (base, seen) = mock(403, serde_json::to_vec(&forbidden).unwrap()).await;
    let client = sailpoint_v3::client::Client::new(&base).with_oauth2("jwt");
    match client.create_oauth_client(&body).await {
        Err(sailpoint_v3::runtime::Error::Api {
            status: 403,
            body: CreateOauthClientError::Forbidden(e),
            ..
        }) => assert_eq!(serde_json::to_value(&e).unwrap(), forbidden),
        other => panic!("expected Forbidden, got {other:?}"),
    }
    let seen = seen.await.unwrap();
    assert_eq!(seen.header("authorization"), Some("Bearer jwt"));
    // The docs page's jsonRequestBodyExample goes out unchanged, the numeric-string
    // `accessTokenValiditySeconds` included.
    assert_eq!(seen.json(), request);

    let (base, _seen) = mock(429, br#"{"message":"slow down"}"#.to_vec()).await;
    let client = sailpoint_v3::client::Client::new(&base);
    match client.create_oauth_client(&body).await {
        Err(sailpoint_v3::runtime::Error::Api {
            status: 429,
            body: CreateOauthClientError::TooManyRequests(e),
            ..
        }) => assert_eq!(e.message, Some(serde_json::json!("slow down"))),
        other => panic!("expected TooManyRequests, got {other:?}"),
    }
}

#[tokio::test]
async fn a_refused_connection_is_a_transport_error() {
    // Bind and drop: nothing listens on the port any more.
    let addr = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let client = telnyx_oauth::client::Client::new(format!("http://{addr}"));
    let request = serde_json::from_value(serde_json::json!({
        "name": "x", "allowed_scopes": [], "client_type": "public", "allowed_grant_types": []
    }))
    .unwrap();
    let err = client.create_oauth_client(&request).await.unwrap_err();
    assert!(
        matches!(err, telnyx_oauth::runtime::Error::Transport(_)),
        "{err:?}"
    );
}

mod kitchen_sink {
    //! The fixture API with every construct: parameter styles, path encoding, several
    //! success statuses, text and `default` errors, form and binary bodies, unions, two
    //! security alternatives.
    use super::mock;
    use kitchen_sink::client::Client;
    use kitchen_sink::runtime::{Error, Nullable};
    use kitchen_sink::types::*;
    // The fixture has schemas named `Default` and `Vec`, which the glob would put in the
    // prelude's place.
    use std::{default::Default, vec::Vec};

    /// Required fields as arguments, optional ones set afterwards: a value built this way keeps
    /// compiling when the spec adds an optional field (`Pet` has a required union, so it has no
    /// `Default`; `Filter` has one).
    #[test]
    fn request_values_without_every_field() {
        let mut pet = Pet::new(5, PetShape::Other(serde_json::json!({"pet_type": "cat"})));
        pet.label = Some(PetLabel::String("Rex".into()));
        let v = serde_json::to_value(&pet).unwrap();
        assert_eq!(v["id"], 5);
        assert_eq!(v["label"], "Rex");
        assert!(
            v.get("owner").is_none(),
            "absent optional fields are not sent: {v}"
        );
        let f = Filter {
            status: Some("open".into()),
            ..Default::default()
        };
        assert_eq!(
            serde_json::to_value(&f).unwrap(),
            serde_json::json!({"status": "open"})
        );
    }

    /// A binary answer is offered read as it arrives: the status and headers first, then the
    /// body in chunks that add up to what was sent; an error status is still the API's error.
    #[tokio::test]
    async fn downloads_arrive_in_chunks() {
        let photo: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
        let (base, seen) = super::mock_answers(vec![
            (200, "", photo.clone()),
            (200, "", photo.clone()),
            (404, "", br#"{"title": "no such pet"}"#.to_vec()),
        ])
        .await;
        let client = Client::new(format!("{base}/v1")).with_api_key("k");
        let mut download = client.get_pet_photo_download("p 1").await.unwrap();
        assert_eq!(download.status(), 200);
        assert_eq!(download.content_length(), Some(300_000));
        assert_eq!(download.header("etag"), Some("\"v7\""));
        let mut got = Vec::new();
        while let Some(chunk) = download.chunk().await.unwrap() {
            got.extend(chunk);
        }
        assert_eq!(got, photo, "the chunks are the body, in order");
        assert!(
            download.chunk().await.unwrap().is_none(),
            "and then nothing"
        );

        // As a `futures_core::Stream`.
        let mut stream = client.get_pet_photo_download("p 1").await.unwrap();
        let mut chunks: Vec<Vec<u8>> = Vec::new();
        while let Some(chunk) = std::future::poll_fn(|cx| {
            futures_core::Stream::poll_next(std::pin::Pin::new(&mut stream), cx)
        })
        .await
        {
            chunks.push(chunk.unwrap());
        }
        assert_eq!(chunks.concat(), photo);

        match client.get_pet_photo_download("p 1").await {
            Err(Error::Api {
                status: 404, body, ..
            }) => {
                assert_eq!(body.title.as_deref(), Some("no such pet"))
            }
            other => panic!("expected the documented 4XX, got {other:?}"),
        }
        let seen = seen.await.unwrap();
        assert_eq!(seen[0].target, "/v1/pets/p%201/photo?api_key=k");
        assert_eq!(seen[0].header("accept"), Some("image/png"));
    }

    fn params() -> GetPetTagParams {
        GetPetTagParams {
            limit: Some(10),
            kinds: Some(vec!["x".into(), "y".into()]),
            filter: Some(Filter {
                status: Some("open".into()),
                created: Some(FilterCreated {
                    gte: Some(1),
                    ..Default::default()
                }),
                ..Default::default()
            }),
        }
    }

    #[tokio::test]
    async fn parameters_are_encoded_by_their_style() {
        let pet = serde_json::json!({
            "id": 5,
            "type": "dog",
            "$ref": "r",
            "shape": {"pet_type": "dog", "good": true},
            "label": 7,
            "owner": null,
            "born": "2024-02-29T12:00:00+01:00"
        });
        let (base, seen) = mock(200, serde_json::to_vec(&pet).unwrap()).await;
        let client = Client::new(format!("{base}/v1")).with_api_key("k&y");
        let got = client
            .get_pet_tag(5, "a/b c", "req-1", &params())
            .await
            .unwrap();
        let seen = seen.await.unwrap();
        // The array's `,` delimiter is sent as it is (the spec's "Style Examples"); a `,`
        // inside an item would be `%2C`.
        assert_eq!(
            seen.target,
            "/v1/pets/5/tags/a%2Fb%20c?limit=10&kinds=x,y&filter%5Bstatus%5D=open\
             &filter%5Bcreated%5D%5Bgte%5D=1&api_key=k%26y"
        );
        assert_eq!(seen.header("x-request-id"), Some("req-1"));
        let GetPetTagResponse::Ok(pet_back) = got else {
            panic!("expected 200: {got:?}")
        };
        assert!(matches!(
            pet_back.shape,
            PetShape::Dog(Dog {
                good: Some(true),
                ..
            })
        ));
        assert_eq!(pet_back.label, Some(PetLabel::Integer(7)));
        // `owner: null` is not the same as an absent owner.
        assert_eq!(pet_back.owner, Some(Nullable::Null));
        assert_eq!(pet_back.type_.as_deref(), Some("dog"));
        assert_eq!(pet_back.ref_.as_deref(), Some("r"));
        assert_eq!(serde_json::to_value(&pet_back).unwrap(), pet);
    }

    #[tokio::test]
    async fn an_unknown_union_tag_is_kept() {
        let pet = serde_json::json!({"id": 1, "shape": {"pet_type": "axolotl", "gills": 6}});
        let (base, _seen) = mock(200, serde_json::to_vec(&pet).unwrap()).await;
        let client = Client::new(&base);
        let got = client
            .get_pet_tag(1, "t", "r", &GetPetTagParams::default())
            .await
            .unwrap();
        let GetPetTagResponse::Ok(p) = got else {
            panic!()
        };
        assert_eq!(p.shape, PetShape::Other(pet["shape"].clone()));
        assert_eq!(serde_json::to_value(&p).unwrap(), pet);
    }

    #[tokio::test]
    async fn each_documented_status_has_its_own_variant() {
        let (base, _) = mock(204, Vec::new()).await;
        let got = Client::new(&base)
            .get_pet_tag(1, "t", "r", &GetPetTagParams::default())
            .await
            .unwrap();
        assert_eq!(got, GetPetTagResponse::NoContent);

        let (base, _) = mock(404, b"no such pet".to_vec()).await;
        match Client::new(&base)
            .get_pet_tag(1, "t", "r", &GetPetTagParams::default())
            .await
        {
            Err(Error::Api {
                status: 404,
                body: GetPetTagError::NotFound(text),
                ..
            }) => assert_eq!(text, "no such pet"),
            other => panic!("{other:?}"),
        }

        // `default` covers every other status, 503 included.
        let (base, _) = mock(503, br#"{"title":"down","status":503}"#.to_vec()).await;
        match Client::new(&base)
            .get_pet_tag(1, "t", "r", &GetPetTagParams::default())
            .await
        {
            Err(Error::Api {
                status: 503,
                body: GetPetTagError::Default(p),
                ..
            }) => assert_eq!(p.title.as_deref(), Some("down")),
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn a_form_body_on_a_public_operation() {
        let (base, seen) = mock(201, br#"{"id":9,"shape":{"pet_type":"cat"}}"#.to_vec()).await;
        // Credentials are set, but `security: []` makes the operation public: none are sent.
        let client = Client::new(&base).with_api_key("k");
        let got = client
            .create_pet(&NewPet {
                name: "Rex & co".into(),
                type_: Some("dog".into()),
                ..Default::default()
            })
            .await
            .unwrap();
        assert!(matches!(got, CreatePetResponse::Created(Pet { id: 9, .. })));
        let seen = seen.await.unwrap();
        assert_eq!(seen.target, "/pets");
        assert_eq!(
            seen.header("content-type"),
            Some("application/x-www-form-urlencoded")
        );
        assert_eq!(seen.body, b"name=Rex+%26+co&type=dog");
    }

    #[tokio::test]
    async fn binary_bodies_and_basic_auth() {
        let (base, seen) = mock(204, Vec::new()).await;
        let client = Client::new(&base).with_basic("user", Some("pass".into()));
        client
            .put_pet_photo("p1", Some(vec![0x89, b'P', b'N', b'G']))
            .await
            .unwrap();
        let seen = seen.await.unwrap();
        assert_eq!(seen.method, "PUT");
        assert_eq!(seen.header("content-type"), Some("image/png"));
        assert_eq!(seen.body, [0x89, b'P', b'N', b'G']);
        // The API-key alternative has no credential, so the basic one is used.
        assert_eq!(seen.header("authorization"), Some("Basic dXNlcjpwYXNz"));

        let (base, _) = mock(409, br#"{"title":"conflict"}"#.to_vec()).await;
        match Client::new(&base).put_pet_photo("p1", None).await {
            Err(Error::Api {
                status: 409, body, ..
            }) => {
                assert_eq!(body.title.as_deref(), Some("conflict"))
            }
            other => panic!("{other:?}"),
        }
    }

    /// A typed `multipart/form-data` body: each field a part, each file its own part with its
    /// name and media type, absent fields no part. Judged by `multer`, the parser axum's
    /// `Multipart` extractor uses.
    #[tokio::test]
    async fn multipart_forms_send_files_and_fields_as_parts() {
        use kitchen_sink::runtime::FilePart;
        let (base, seen) = mock(204, Vec::new()).await;
        let form = UploadPetPhotosForm {
            photo: FilePart::new(vec![0x89, b'P', b'N', b'G', 0, 0xff])
                .file_name("rex.png")
                .content_type("image/png"),
            extra: Some(vec![
                FilePart::new(*b"a"),
                FilePart::new(*b"b").file_name("b.jpg"),
            ]),
            // `anyOf` one file or a list of them: a list.
            scans: Some(vec![FilePart::new(*b"s")]),
            caption: "Rex \"the\" dog\r\n--specforge-boundary-0".into(),
            tags: Some(vec!["good".into(), "boy".into()]),
            meta: Some(UploadPetPhotosRequestMeta {
                width: Some(640),
                ..Default::default()
            }),
            type_: Some(UploadPetPhotosRequestType::Portrait),
            ..Default::default()
        };
        Client::new(&base)
            .upload_pet_photos("p1", &form)
            .await
            .unwrap();
        let seen = seen.await.unwrap();
        assert_eq!(seen.method, "POST");
        let ct = seen.header("content-type").unwrap();
        let boundary = multer::parse_boundary(ct).unwrap();
        assert_eq!(boundary, "specforge-boundary-1", "the caption holds -0");
        let mut parts = multer::Multipart::with_reader(&seen.body[..], boundary);
        let mut got = Vec::new();
        while let Some(field) = parts.next_field().await.unwrap() {
            let name = field.name().unwrap_or_default().to_string();
            let file = field.file_name().map(str::to_string);
            let media = field.content_type().map(|m| m.to_string());
            let bytes = field.bytes().await.unwrap().to_vec();
            got.push((name, file, media, bytes));
        }
        let part =
            |n: &str, f: std::option::Option<&str>, m: std::option::Option<&str>, b: &[u8]| {
                (
                    n.to_string(),
                    f.map(str::to_string),
                    m.map(str::to_string),
                    b.to_vec(),
                )
            };
        let octets = Some("application/octet-stream");
        assert_eq!(
            got,
            vec![
                part(
                    "photo",
                    Some("rex.png"),
                    Some("image/png"),
                    &[0x89, b'P', b'N', b'G', 0, 0xff]
                ),
                part("extra", Some("extra"), octets, b"a"),
                part("extra", Some("b.jpg"), octets, b"b"),
                part("scans", Some("scans"), octets, b"s"),
                part(
                    "caption",
                    None,
                    None,
                    b"Rex \"the\" dog\r\n--specforge-boundary-0"
                ),
                part("tags", None, None, b"good"),
                part("tags", None, None, b"boy"),
                part("meta", None, Some("application/json"), br#"{"width":640}"#),
                part("type", None, None, b"portrait"),
            ]
        );
    }

    #[tokio::test]
    async fn recursive_types_decode() {
        let tree = serde_json::json!({
            "value": "root",
            "children": [{"value": "a", "children": [{"value": "b"}]}],
            "parent": {"value": "up"}
        });
        let (base, _) = mock(200, serde_json::to_vec(&tree).unwrap()).await;
        let got = Client::new(&base).get_tree().await.unwrap();
        assert_eq!(
            got.children.as_ref().unwrap()[0].children.as_ref().unwrap()[0]
                .value
                .as_deref(),
            Some("b")
        );
        assert_eq!(serde_json::to_value(&got).unwrap(), tree);
    }

    #[test]
    fn server_variables_fill_the_url() {
        assert_eq!(
            kitchen_sink::client::server_url("us", "v2"),
            "https://us.example.test/v2"
        );
        assert_eq!(
            kitchen_sink::client::DEFAULT_BASE_URL,
            "https://eu.example.test/v1"
        );
    }
}

/// Retries are opt-in, for idempotent calls only, and wait as `Retry-After` asks; hooks run
/// on every attempt.
mod retries_and_hooks {
    use super::mock_answers;
    use kitchen_sink::client::Client;
    use kitchen_sink::runtime::Error;
    use kitchen_sink::runtime::client::{BoxError, Hook, HookFuture, Retry};
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    /// Counts the answers it sees.
    struct Counter(Arc<AtomicUsize>);

    impl Hook for Counter {
        fn after_receive<'a>(&'a self, _: &'a reqwest::Response) -> HookFuture<'a> {
            self.0.fetch_add(1, Ordering::SeqCst);
            Box::pin(std::future::ready(Ok(())))
        }
    }

    fn trace(request: &mut reqwest::Request) -> Result<(), BoxError> {
        request
            .headers_mut()
            .insert("x-trace", reqwest::header::HeaderValue::from_static("t1"));
        Ok(())
    }

    #[tokio::test]
    async fn a_get_answered_503_is_retried_after_the_wait_it_asks_for() {
        let (base, seen) = mock_answers(vec![
            (503, "retry-after: 0\r\n", Vec::new()),
            (429, "retry-after: 0\r\n", Vec::new()),
            (200, "", Vec::new()),
        ])
        .await;
        let answers = Arc::new(AtomicUsize::new(0));
        let client = Client::new(&base)
            .with_hook(trace)
            .with_hook(Counter(answers.clone()))
            .with_retry(Retry::default().attempts(3));
        client.health().await.unwrap();
        let seen = seen.await.unwrap();
        assert_eq!(seen.len(), 3);
        assert!(seen.iter().all(|s| s.header("x-trace") == Some("t1")));
        assert_eq!(answers.load(Ordering::SeqCst), 3);
    }

    #[tokio::test]
    async fn retries_stop_after_the_attempts_given() {
        let (base, seen) = mock_answers(vec![(503, "", Vec::new()), (503, "", Vec::new())]).await;
        let retry = Retry::default()
            .attempts(2)
            .base_delay(Duration::from_millis(1));
        let client = Client::new(&base).with_retry(retry);
        match client.health().await {
            Err(Error::UnexpectedStatus { status: 503, .. }) => {}
            other => panic!("expected the last 503, got {other:?}"),
        }
        assert_eq!(seen.await.unwrap().len(), 2);
    }

    #[tokio::test]
    async fn a_post_is_not_retried_and_a_long_retry_after_is_not_waited_for() {
        let (base, seen) = mock_answers(vec![(503, "", Vec::new())]).await;
        let client = Client::new(&base).with_retry(Retry::default());
        assert!(matches!(
            client.batch().await,
            Err(Error::UnexpectedStatus { status: 503, .. })
        ));
        assert_eq!(seen.await.unwrap().len(), 1, "POST may have taken effect");

        let (base, seen) = mock_answers(vec![(503, "retry-after: 3600\r\n", Vec::new())]).await;
        let client = Client::new(&base).with_retry(Retry::default());
        assert!(matches!(
            client.health().await,
            Err(Error::UnexpectedStatus { status: 503, .. })
        ));
        assert_eq!(seen.await.unwrap().len(), 1, "an hour is beyond max_delay");
    }

    #[tokio::test]
    async fn a_hook_that_refuses_stops_the_call_before_it_is_sent() {
        // Nothing listens here: a request that went out would be a transport error.
        let refuse = |_: &mut reqwest::Request| -> Result<(), BoxError> { Err("no token".into()) };
        let client = Client::new("http://127.0.0.1:9").with_hook(refuse);
        match client.health().await {
            Err(Error::Hook(e)) => assert_eq!(e.to_string(), "no token"),
            other => panic!("expected the hook's error, got {other:?}"),
        }
    }
}
