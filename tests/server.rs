//! The generated client of each seed API calls its generated server, over 127.0.0.1, with a
//! small implementation of the server's trait (`tests/crates/seed-servers`): success answers, each documented
//! error status, missing credentials, invalid bodies in the API's own error shape, Tyk's CSV
//! sets and timestamps crossing intact, unknown enum values from a newer server kept by the
//! client, and hostile requests answered 4xx without the server falling over.

use serde_json::json;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// Serves `router` on an ephemeral 127.0.0.1 port for the rest of the test.
async fn serve(router: axum::Router) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    base
}

/// A response body as JSON of type `T`.
async fn json_of<T: serde::de::DeserializeOwned>(r: reqwest::Response) -> T {
    serde_json::from_slice(&r.bytes().await.unwrap()).unwrap()
}

fn from<T: serde::de::DeserializeOwned>(v: serde_json::Value) -> T {
    serde_json::from_value(v).unwrap()
}

mod tyk {
    use super::*;
    use tyk_portal::runtime::{DelimitedSet, Error};
    use tyk_portal::server::*;
    use tyk_portal::types::*;

    use seed_servers::tyk::Portal;

    fn body(grant_type: &str) -> OAuthClientTypeBasic {
        from(json!({
            "Name": "SPA",
            "ResponseTypes": "code,token",
            "GrantType": grant_type,
            "TokenEndpointAuthMethod": "client_secret_post",
        }))
    }

    #[tokio::test]
    async fn client_and_server_agree() {
        let base = serve(router(Portal)).await;
        let client = tyk_portal::client::Client::new(&base).with_admin_api_token("secret");

        // The CSV set and the Tyk timestamp cross both ways intact; an unknown enum value
        // from the (newer) server is kept.
        let made = client
            .create_oauth_provider_client_type(99, Some(&body("authorization_code,refresh_token")))
            .await
            .unwrap();
        assert_eq!(
            made.grant_type,
            DelimitedSet::new([
                OAuthClientTypeBasicGrantType::AuthorizationCode,
                OAuthClientTypeBasicGrantType::RefreshToken
            ])
        );
        assert_eq!(
            made.grant_type.to_string(),
            "authorization_code,refresh_token"
        );
        assert_eq!(made.created_at.unwrap().to_string(), "2023-06-25 13:37");
        assert_eq!(
            made.okta_app_type,
            Some(OAuthClientTypeBasicOktaAppType::Other("spa".into()))
        );
        assert_eq!(made.id, Some(99));

        // Each documented error status.
        for status in [400, 404] {
            match client
                .create_oauth_provider_client_type(status, Some(&body("pkce")))
                .await
            {
                Err(Error::Api {
                    status: s, body, ..
                }) => {
                    assert_eq!(s, status as u16);
                    assert_eq!(body.errors.unwrap().len(), 1);
                }
                other => panic!("{status}: {other:?}"),
            }
        }
        // The credential reaches the implementation's `authorize`, which refuses this one:
        // 401 (which Tyk does not document) in Tyk's error shape.
        let wrong = tyk_portal::client::Client::new(&base).with_admin_api_token("wrong");
        match wrong
            .create_oauth_provider_client_type(7, Some(&body("pkce")))
            .await
        {
            Err(Error::UnexpectedStatus {
                status: 401, body, ..
            }) => {
                let e: OnlyErrors = serde_json::from_slice(&body).unwrap();
                assert_eq!(
                    e.errors.unwrap(),
                    ["the credentials were refused for `create-oauth-provider-client-type`"]
                );
            }
            other => panic!("{other:?}"),
        }
        let attached = client
            .create_product_client_type(3, Some(&from(json!({"ID": 12}))))
            .await
            .unwrap();
        assert_eq!(attached.id, Some(12));
        assert_eq!(attached.created_at.unwrap().to_string(), "2024-01-02 03:04");
    }

    #[tokio::test]
    async fn the_spec_is_enforced_in_tyks_error_shape() {
        let base = serve(router(Portal)).await;
        let anonymous = tyk_portal::client::Client::new(&base);
        // No credentials: 401 (Tyk documents none, so the client reports it as unexpected),
        // in Tyk's `OnlyErrors` shape naming the header.
        match anonymous
            .create_oauth_provider_client_type(7, Some(&body("pkce")))
            .await
        {
            Err(Error::UnexpectedStatus {
                status: 401, body, ..
            }) => {
                let e: OnlyErrors = serde_json::from_slice(&body).unwrap();
                let text = &e.errors.unwrap()[0];
                assert!(
                    text.contains("`AdminAPIToken` (the `Authorization` header)"),
                    "{text}"
                );
            }
            other => panic!("{other:?}"),
        }

        // A CSV member the spec does not list: 400, documented for this operation.
        let client = tyk_portal::client::Client::new(&base).with_admin_api_token("secret");
        match client
            .create_oauth_provider_client_type(7, Some(&body("authorization_code,ciba")))
            .await
        {
            Err(Error::Api {
                status: 400, body, ..
            }) => {
                let text = &body.errors.unwrap()[0];
                assert!(
                    text.contains("body.GrantType: `ciba` is not one of [`authorization_code`"),
                    "{text}"
                );
            }
            other => panic!("{other:?}"),
        }
        // The product operation documents 422 (not 400): invalid input is answered 422.
        match client
            .create_product_client_type(3, Some(&from(json!({"ID": 12}))))
            .await
        {
            Ok(_) => {}
            other => panic!("{other:?}"),
        }
        let raw = reqwest::Client::new()
            .post(format!("{base}/products/3/client_types"))
            .header("authorization", "secret")
            .header("content-type", "application/json")
            .body(r#"{"ID": "twelve"}"#)
            .send()
            .await
            .unwrap();
        assert_eq!(raw.status().as_u16(), 422);
        let e: OnlyErrors = json_of(raw).await;
        assert_eq!(
            e.errors.unwrap(),
            ["body.ID: expected an integer, got the string `twelve`"]
        );
        // A path parameter that is not an integer.
        let raw = reqwest::Client::new()
            .post(format!("{base}/oauth-providers/seven/client-types"))
            .header("authorization", "secret")
            .send()
            .await
            .unwrap();
        assert_eq!(raw.status().as_u16(), 400);
        let e: OnlyErrors = json_of(raw).await;
        assert_eq!(
            e.errors.unwrap(),
            ["path parameter `provider_id`: expected an integer, got the string `seven`"]
        );
    }

    #[tokio::test]
    async fn hostile_requests_get_4xx() {
        let base = serve(router(Portal)).await;
        let http = reqwest::Client::new();
        let url = format!("{base}/oauth-providers/7/client-types");
        let send = |ct: &'static str, body: Vec<u8>| {
            http.post(&url)
                .header("authorization", "secret")
                .header("content-type", ct)
                .body(body)
                .send()
        };
        let wrong_type = send("text/plain", b"{}".to_vec()).await.unwrap();
        assert_eq!(wrong_type.status().as_u16(), 415);
        let invalid = send("application/json", b"{\"Name\": ".to_vec())
            .await
            .unwrap();
        assert_eq!(invalid.status().as_u16(), 400);
        let e: OnlyErrors = json_of(invalid).await;
        assert!(e.errors.unwrap()[0].contains("not valid JSON"));
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        let deep = send("application/json", deep.into_bytes()).await.unwrap();
        assert_eq!(deep.status().as_u16(), 400, "10,000-deep JSON");
        let big = send("application/json", vec![b' '; 3 * 1024 * 1024])
            .await
            .unwrap();
        assert_eq!(big.status().as_u16(), 413, "a body over the 2 MiB limit");
        // A body over the limit without a Content-Length (chunked), over a raw socket.
        let addr = base.trim_start_matches("http://");
        let mut socket = TcpStream::connect(addr).await.unwrap();
        let head = "POST /oauth-providers/7/client-types HTTP/1.1\r\nhost: x\r\n\
                    authorization: secret\r\ncontent-type: application/json\r\n\
                    transfer-encoding: chunked\r\n\r\n";
        socket.write_all(head.as_bytes()).await.unwrap();
        let chunk = format!("10000\r\n{}\r\n", " ".repeat(0x10000));
        for _ in 0..48 {
            // The server may answer and close before the whole body is sent.
            if socket.write_all(chunk.as_bytes()).await.is_err() {
                break;
            }
        }
        let _ = socket.write_all(b"0\r\n\r\n").await;
        let mut answer = vec![0u8; 12];
        tokio::time::timeout(Duration::from_secs(5), socket.read_exact(&mut answer))
            .await
            .expect("an answer in time")
            .unwrap();
        assert_eq!(&answer, b"HTTP/1.1 413", "a chunked body over the limit");
        // A huge header: hyper refuses it (431) or closes the connection; the server lives.
        let huge = format!(
            "POST /oauth-providers/7/client-types HTTP/1.1\r\nhost: x\r\nx-big: {}\r\n\r\n",
            "a".repeat(1 << 20)
        );
        let mut socket = TcpStream::connect(addr).await.unwrap();
        let _ = socket.write_all(huge.as_bytes()).await;
        let mut answer = Vec::new();
        let _ = tokio::time::timeout(Duration::from_secs(5), socket.read_to_end(&mut answer)).await;
        let head = String::from_utf8_lossy(&answer);
        assert!(
            answer.is_empty() || head.starts_with("HTTP/1.1 4"),
            "{}",
            &head[..head.len().min(200)]
        );
        // And the server still answers.
        let ok = send(
            "application/json",
            serde_json::to_vec(&body("pkce")).unwrap(),
        )
        .await
        .unwrap();
        assert_eq!(ok.status().as_u16(), 200);
    }
}

mod telnyx {
    use super::*;
    use telnyx_oauth::runtime::Error;
    use telnyx_oauth::server::*;
    use telnyx_oauth::types::*;

    use seed_servers::telnyx::Telnyx;

    fn body(name: &str) -> OAuthClientCreateRequest {
        from(json!({
            "name": name,
            "allowed_scopes": ["admin"],
            "client_type": "confidential",
            "allowed_grant_types": ["client_credentials"],
        }))
    }

    #[tokio::test]
    async fn client_and_server_agree() {
        let base = serve(router(Telnyx)).await;
        let client = telnyx_oauth::client::Client::new(&base).with_bearer_auth("KEY123");
        let made = client.create_oauth_client(&body("ci")).await.unwrap();
        assert_eq!(
            made.data.unwrap().record_type,
            OAuthClientRecordType::OauthClient
        );
        let made = client.create_oauth_client(&body("newer")).await.unwrap();
        let data = made.data.unwrap();
        assert_eq!(data.name, "newer");
        assert_eq!(
            data.record_type,
            OAuthClientRecordType::Other("oauth_client_v2".into())
        );
        for (name, status) in [("bad", 400), ("expired", 401), ("taken", 422)] {
            match client.create_oauth_client(&body(name)).await {
                Err(Error::Api {
                    status: s, body, ..
                }) => {
                    assert_eq!(s, status);
                    assert!(body.error_description.unwrap().ends_with(name));
                }
                other => panic!("{name}: {other:?}"),
            }
        }
        // A refused token, then none: 401, documented, in Telnyx's error shape.
        match telnyx_oauth::client::Client::new(&base)
            .with_bearer_auth("stolen")
            .create_oauth_client(&body("ci"))
            .await
        {
            Err(Error::Api {
                status: 401, body, ..
            }) => assert_eq!(
                body.error_description.unwrap(),
                "the credentials were refused for `CreateOAuthClient`"
            ),
            other => panic!("{other:?}"),
        }
        let anonymous = telnyx_oauth::client::Client::new(&base);
        match anonymous.create_oauth_client(&body("ci")).await {
            Err(Error::Api {
                status: 401, body, ..
            }) => {
                let text = body.error_description.unwrap();
                assert!(
                    text.contains("`bearerAuth` (`Authorization: Bearer …`)"),
                    "{text}"
                );
            }
            other => panic!("{other:?}"),
        }
        // Invalid bodies: 422 (documented) with every problem named.
        let mut bad = serde_json::to_value(body("ci")).unwrap();
        bad["client_type"] = json!("secretive");
        bad["extra"] = json!(1);
        bad.as_object_mut().unwrap().shift_remove("allowed_scopes");
        let raw = reqwest::Client::new()
            .post(format!("{base}/oauth/clients"))
            .bearer_auth("KEY123")
            .header("content-type", "application/json")
            .body(serde_json::to_vec(&bad).unwrap())
            .send()
            .await
            .unwrap();
        assert_eq!(raw.status().as_u16(), 422);
        let e: OauthError = json_of(raw).await;
        assert_eq!(
            e.error_description.unwrap(),
            "body: the required property `allowed_scopes` is missing; \
             body.client_type: `secretive` is not one of [`public`, `confidential`]; \
             body: the property `extra` is not allowed here"
        );
    }
}

mod sailpoint {
    use super::*;
    use sailpoint_v3::runtime::Error;
    use sailpoint_v3::server::*;
    use sailpoint_v3::types::*;

    use seed_servers::sailpoint::IdentityNow;

    fn body(name: &str, seconds: serde_json::Value) -> CreateOauthClientRequest {
        from(json!({
            "name": name,
            "description": "d",
            "accessTokenValiditySeconds": seconds,
            "grantTypes": ["CLIENT_CREDENTIALS"],
            "accessType": "ONLINE",
            "enabled": true,
        }))
    }

    #[tokio::test]
    async fn client_and_server_agree() {
        let base = serve(router(IdentityNow)).await;
        let client = sailpoint_v3::client::Client::new(&base).with_oauth2("T");
        // Seconds typed as a string cross as the string `"750"`, and as the number 750 (what
        // the examples show), and come back as sent.
        for sent in [json!("750"), json!(750)] {
            let made = client
                .create_oauth_client(&body("ci", sent.clone()))
                .await
                .unwrap();
            assert_eq!(*made.access_token_validity_seconds.value(), 750);
            assert_eq!(
                serde_json::to_value(made.access_token_validity_seconds).unwrap(),
                sent
            );
        }
        let made = client
            .create_oauth_client(&body("ci", json!(750)))
            .await
            .unwrap();
        assert_eq!(made.name, "ci");
        for (name, status) in [("forbidden", 403), ("busy", 429), ("broken", 500)] {
            match client.create_oauth_client(&body(name, json!(1))).await {
                Err(Error::Api { status: s, .. }) => assert_eq!(s, status, "{name}"),
                other => panic!("{name}: {other:?}"),
            }
        }
        match sailpoint_v3::client::Client::new(&base)
            .create_oauth_client(&body("ci", json!(1)))
            .await
        {
            Err(Error::Api {
                status: 401,
                body: CreateOauthClientError::Unauthorized(_),
                ..
            }) => {}
            other => panic!("{other:?}"),
        }
        // Not a number (the generated client cannot even send it): 400, as SailPoint
        // documents no 422, in its ErrorResponseDto shape.
        let mut bad = serde_json::to_value(body("ci", json!(1))).unwrap();
        bad["accessTokenValiditySeconds"] = json!("soon");
        let raw = reqwest::Client::new()
            .post(format!("{base}/oauth-clients"))
            .bearer_auth("T")
            .header("content-type", "application/json")
            .body(serde_json::to_vec(&bad).unwrap())
            .send()
            .await
            .unwrap();
        assert_eq!(raw.status().as_u16(), 400);
        let dto: CreateOauthClient400Response = json_of(raw).await;
        assert_eq!(
            dto.messages.unwrap()[0].text.as_deref(),
            Some("body.accessTokenValiditySeconds: `soon` is not a number")
        );
    }
}

/// The kitchen sink's server: custom-method routes (`/jobs/{id}:cancel`, `/jobs/{id}:run` and
/// plain `/jobs/{id}` on one route shape, picked by suffix), a literal `:batch` segment, an
/// operation with no inputs, and a 404 for a path no operation serves.
mod custom_methods {
    use super::*;
    use kitchen_sink::runtime::Error;
    use kitchen_sink::server::*;

    struct Sink;

    impl Api for Sink {
        async fn get_pet_tag(&self, _: GetPetTagInput) -> GetPetTagReply {
            GetPetTagReply::NoContent
        }
        async fn create_pet(&self, input: CreatePetInput) -> CreatePetReply {
            let pet = from(json!({"id": 1, "shape": {"pet_type": "cat"}}));
            if input.body.name == "old" {
                // A handler that sets no header writes its answer as before.
                return CreatePetReply::Ok(pet);
            }
            CreatePetReply::Created(pet)
                .with_headers(&kitchen_sink::types::CreatePetHeaders {
                    x_rate_limit_remaining: 41,
                    location: Some("/pets/1".into()),
                    ..Default::default()
                })
                .with_header("X-Trace", "t-1")
        }
        async fn get_pet_photo(&self, _: GetPetPhotoInput) -> GetPetPhotoReply {
            GetPetPhotoReply::Ok(b"\x89PNG".to_vec())
        }
        async fn put_pet_photo(&self, _: PutPetPhotoInput) -> PutPetPhotoReply {
            PutPetPhotoReply::NoContent
        }
        /// Answers with what `multer` (axum's parser) read of the form: part names in order.
        async fn upload_pet_photos(&self, input: UploadPetPhotosInput) -> UploadPetPhotosReply {
            let boundary = multer::parse_boundary(&input.body.content_type).unwrap_or_default();
            let mut form = multer::Multipart::with_reader(&input.body.bytes[..], boundary);
            let mut names = Vec::new();
            while let Ok(Some(field)) = form.next_field().await {
                let name = field.name().unwrap_or_default().to_string();
                let len = field.bytes().await.map(|b| b.len()).unwrap_or_default();
                names.push(format!("{name}:{len}"));
            }
            UploadPetPhotosReply::NoContent.with_header("X-Parts", &names.join(","))
        }
        async fn get_tree(&self, _: GetTreeInput) -> GetTreeReply {
            GetTreeReply::Ok(from(json!({"value": "root"})))
        }
        async fn health(&self, _: HealthInput) -> HealthReply {
            HealthReply::Ok
        }
        async fn batch(&self, _: BatchInput) -> BatchReply {
            BatchReply::Accepted
        }
        async fn cancel_job(&self, input: CancelJobInput) -> CancelJobReply {
            assert_eq!(
                input.id, "job 7",
                "the suffix is taken off, the value decoded"
            );
            CancelJobReply::NoContent
        }
        async fn run_job(&self, _: RunJobInput) -> RunJobReply {
            RunJobReply::Accepted
        }
        async fn get_job(&self, input: GetJobInput) -> GetJobReply {
            GetJobReply::Ok(input.id)
        }
        async fn get_pet_tag_again(&self, _: GetPetTagAgainInput) -> GetPetTagAgainReply {
            GetPetTagAgainReply::Ok
        }
        async fn shapes(&self, input: ShapesInput) -> ShapesReply {
            // The request view (no read-only `id`) answered as the response view (with one,
            // without the write-only `password`).
            let mut v = serde_json::to_value(&input.body).unwrap();
            if let Some(a) = v.get_mut("account") {
                a["id"] = json!(1);
                a.as_object_mut().unwrap().remove("password");
            }
            ShapesReply::Ok(from(v))
        }
        async fn into_(&self, _: IntoInput) -> IntoReply {
            IntoReply::NoContent
        }
        async fn reject(&self, _: RejectInput) -> RejectReply {
            RejectReply::NoContent
        }
        async fn many_captures(&self, _: ManyCapturesInput) -> ManyCapturesReply {
            ManyCapturesReply::NoContent
        }
    }

    #[tokio::test]
    async fn issue_15_shapes_travel_from_client_to_server_and_back() {
        use kitchen_sink::types::{AccountRequest, Mixed, ShapesRequest};
        let base = serve(router(Sink)).await;
        let client = kitchen_sink::client::Client::new(&base);
        let sent = ShapesRequest {
            account: Some(AccountRequest {
                name: "ada".into(),
                password: "secret".into(),
                ..Default::default()
            }),
            mixed: Some(Mixed(Some("a".into()), Some(true), vec![json!(3)])),
            point: Some((1.0, 2.0)),
            count: Some(3),
            ..Default::default()
        };
        let got = client.shapes(&sent).await.unwrap();
        let account = got.account.unwrap();
        assert_eq!((account.id, account.name.as_str()), (1, "ada"));
        assert_eq!(got.mixed, sent.mixed);
        assert_eq!(got.point, Some((1.0, 2.0)));
        // The server checks the request: a count below the `allOf` minimum is refused.
        let raw = reqwest::Client::new()
            .post(format!("{base}/shapes"))
            .header("content-type", "application/json")
            .body(r#"{"count": 0, "mixed": ["a", "not a boolean"]}"#)
            .send()
            .await
            .unwrap();
        assert_eq!(raw.status().as_u16(), 400);
        let text = raw.text().await.unwrap();
        assert!(
            text.contains("body.count: 0 is less than the minimum 1"),
            "{text}"
        );
        assert!(text.contains("body.mixed[1]: expected a boolean"), "{text}");
        // An operation named `into` is the client's `into_` and the trait's `into_`.
        client.into_().await.unwrap();
    }

    /// Issue 18: the server sets documented headers (typed) and others; the client reads the
    /// status and the documented ones typed.
    #[tokio::test]
    async fn documented_headers_travel_typed_from_server_to_client() {
        use kitchen_sink::types::{CreatePetResponse, NewPet};
        let base = serve(router(Sink)).await;
        let client = kitchen_sink::client::Client::new(&base);
        let new = |name: &str| NewPet {
            name: name.into(),
            ..Default::default()
        };
        let got = client.create_pet_with_response(&new("rex")).await.unwrap();
        assert_eq!(got.status, 201);
        assert!(matches!(got.value, CreatePetResponse::Created(_)));
        let typed = got.typed_headers().unwrap();
        assert_eq!(typed.x_rate_limit_remaining, 41);
        assert_eq!(typed.location.as_deref(), Some("/pets/1"));
        assert_eq!(typed.allow, None, "an absent optional header is None");
        assert_eq!(got.header("x-trace"), Some("t-1"), "an undocumented header");
        // The 200 answer set none: its required rate-limit header is missing, an error that
        // names it (the call itself succeeded).
        let old = client.create_pet_with_response(&new("old")).await.unwrap();
        assert_eq!(old.status, 200);
        let missing = old.typed_headers().unwrap_err();
        assert_eq!(missing.header, "x-ratelimit-remaining", "{missing}");
    }

    /// Issue 18: a typed multipart form from the generated client reaches the generated
    /// server's handler whole, as parts `multer` reads.
    #[tokio::test]
    async fn a_multipart_form_travels_from_client_to_server() {
        use kitchen_sink::runtime::FilePart;
        use kitchen_sink::types::UploadPetPhotosForm;
        let base = serve(router(Sink)).await;
        let client =
            kitchen_sink::client::Client::new(&base).with_basic("user", Some("pass".into()));
        let form = UploadPetPhotosForm {
            photo: FilePart::new(vec![0u8; 3000]).content_type("image/png"),
            caption: "rex".into(),
            tags: Some(vec!["a".into(), "b".into()]),
            ..Default::default()
        };
        let got = client
            .upload_pet_photos_with_response("p1", &form)
            .await
            .unwrap();
        assert_eq!(got.status, 204);
        assert_eq!(
            got.header("x-parts"),
            Some("photo:3000,caption:3,tags:1,tags:1")
        );
    }

    #[tokio::test]
    async fn custom_methods_route_by_suffix() {
        let base = serve(router(Sink)).await;
        let client = kitchen_sink::client::Client::new(&base).with_api_key("k");
        client.cancel_job("job 7").await.unwrap();
        client.run_job("job 7").await.unwrap();
        assert_eq!(client.get_job("job 7").await.unwrap(), "job 7");
        // No credentials needed (`security: []`), no inputs at all.
        let anonymous = kitchen_sink::client::Client::new(&base);
        anonymous.health().await.unwrap();
        anonymous.batch().await.unwrap();
        // Credentials are needed for the jobs.
        match anonymous.run_job("j").await {
            Err(Error::UnexpectedStatus { status: 401, .. }) => {}
            other => panic!("{other:?}"),
        }
        // A POST to the plain shape matches no operation: 404 in the API's error shape.
        let raw = reqwest::Client::new()
            .post(format!("{base}/jobs/j?api_key=k"))
            .send()
            .await
            .unwrap();
        assert_eq!(raw.status().as_u16(), 404);
        let problem: kitchen_sink::types::Problem = json_of(raw).await;
        assert_eq!(problem.title.unwrap(), "no operation serves `/jobs/j`");
        assert_eq!(problem.status, Some(404));
    }

    /// An operation named `reject` is the trait's method; the hooks it took the name of are
    /// renamed (`reject2`) and still answer: its call without credentials is refused in the
    /// API's error shape, and with them the operation's own answer comes back.
    #[tokio::test]
    async fn an_operation_named_like_a_hook_reaches_its_handler() {
        let base = serve(router(Sink)).await;
        let http = reqwest::Client::new();
        let refused = http.post(format!("{base}/reject")).send().await.unwrap();
        assert_eq!(refused.status(), 401);
        let done = http
            .post(format!("{base}/reject?api_key=k"))
            .send()
            .await
            .unwrap();
        assert_eq!(done.status(), 204);
    }

    /// Issue 18: a path parameter `..` or `.` never becomes a dot-segment. URL parsers read
    /// `%2E%2E` as `..` too, so the client refuses such a value rather than request another
    /// resource; a server reached with the encoded segment (a client that does not resolve
    /// it) hands the decoded value to the handler.
    #[tokio::test]
    async fn a_dot_segment_path_parameter_is_refused_not_resolved() {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let base = serve(router(Sink)).await;
        let client = kitchen_sink::client::Client::new(&base).with_api_key("k");
        for value in ["..", "."] {
            match client.get_job(value).await {
                Err(Error::InvalidRequest(e)) => {
                    assert!(e.to_string().contains("dot-segment"), "{e}")
                }
                other => panic!("`{value}`: {other:?}"),
            }
        }
        assert_eq!(client.get_job("..a").await.unwrap(), "..a");
        let addr = base.trim_start_matches("http://");
        let mut tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
        tcp.write_all(
            b"GET /jobs/%2E%2E?api_key=k HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        )
        .await
        .unwrap();
        let mut answer = String::new();
        tcp.read_to_string(&mut answer).await.unwrap();
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
        assert!(answer.ends_with("\r\n\r\n.."), "{answer}");
    }
}
