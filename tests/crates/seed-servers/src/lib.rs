//! Small implementations of the generated server traits of the three seed APIs. The
//! end-to-end tests (`tests/server.rs`) call them with the generated clients, schemathesis
//! (`tests/schemathesis/run.sh`) calls them with generated requests, and the server benchmark
//! (`bench/server-rps.sh`) compares the generated Tyk router with [`hand_written_tyk`].
//!
//! Each answers every request with a reply its spec documents. Chosen inputs pick the error
//! replies, so a test can reach each documented status.

use serde_json::json;

fn from<T: serde::de::DeserializeOwned>(v: serde_json::Value) -> T {
    serde_json::from_value(v).expect("a fixed value of the type")
}

/// The Tyk portal: echoes the client type it is sent. Provider 404 and 400 answer those
/// statuses; provider 99 answers as a newer Tyk might, with an `OktaAppType` this version of
/// the spec does not list; a token other than `secret` is refused (401).
pub mod tyk {
    use tyk_portal::runtime::server as rt;
    use tyk_portal::server::*;
    use tyk_portal::types::*;

    /// The implementation.
    pub struct Portal;

    fn errors(m: &str) -> OnlyErrors {
        OnlyErrors {
            errors: Some(vec![m.to_string()]),
            ..Default::default()
        }
    }

    /// The answer to a valid create request: the client type as created.
    pub fn created(id: i64, b: OAuthClientTypeBasic) -> OAuthClientTypeElem {
        let newer = Some(OAuthClientTypeBasicOktaAppType::Other("spa".into()));
        OAuthClientTypeElem {
            name: b.name,
            description: b.description,
            response_types: b.response_types,
            grant_type: b.grant_type,
            token_endpoint_auth_method: b.token_endpoint_auth_method,
            okta_app_type: if id == 99 { newer } else { b.okta_app_type },
            id: Some(id),
            created_at: tyk_portal::runtime::LayoutTime::parse("2023-06-25 13:37").ok(),
            updated_at: None,
            additional_properties: Default::default(),
        }
    }

    impl Api for Portal {
        async fn authorize(&self, _: &'static str, credentials: &rt::Credentials) -> bool {
            credentials.get("AdminAPIToken") == Some("secret")
        }

        async fn create_oauth_provider_client_type(
            &self,
            input: CreateOauthProviderClientTypeInput,
        ) -> CreateOauthProviderClientTypeReply {
            match (input.provider_id, input.body) {
                (404, _) => {
                    CreateOauthProviderClientTypeReply::NotFound(errors("no such provider"))
                }
                (400, _) => {
                    CreateOauthProviderClientTypeReply::BadRequest(errors("provider disabled"))
                }
                // The body is optional: a default client type.
                (id, None) => CreateOauthProviderClientTypeReply::Ok(created(
                    id,
                    super::from(serde_json::json!({
                        "Name": "Default",
                        "ResponseTypes": "code",
                        "GrantType": "authorization_code",
                    })),
                )),
                (id, Some(b)) => CreateOauthProviderClientTypeReply::Ok(created(id, b)),
            }
        }

        async fn create_product_client_type(
            &self,
            input: CreateProductClientTypeInput,
        ) -> CreateProductClientTypeReply {
            CreateProductClientTypeReply::Created(super::from(serde_json::json!({
                "ID": input.body.and_then(|b| b.id).unwrap_or(0),
                "Name": "Single page app",
                "GrantType": "authorization_code",
                "CreatedAt": "2024-01-02 03:04",
            })))
        }
    }

    /// The same create operation by hand, with axum's own extractors and the same generated
    /// types (the same serde work), and no checks beyond what serde does: the benchmark's
    /// baseline.
    pub fn hand_written_tyk() -> axum::Router {
        use axum::extract::{Json, Path};
        use axum::http::{HeaderMap, StatusCode};
        async fn create(
            Path(id): Path<i64>,
            headers: HeaderMap,
            Json(body): Json<OAuthClientTypeBasic>,
        ) -> Result<Json<OAuthClientTypeElem>, StatusCode> {
            if headers.get("authorization").is_none() {
                return Err(StatusCode::UNAUTHORIZED);
            }
            Ok(Json(created(id, body)))
        }
        axum::Router::new().route(
            "/oauth-providers/{provider_id}/client-types",
            axum::routing::post(create),
        )
    }
}

/// Telnyx: creates the client it is sent; the name `newer` answers as a newer server might,
/// with a record type this version of the spec does not list; the names `bad`, `expired` and `taken` answer 400, 401 and 422; a token other than
/// `KEY123` is refused (401).
pub mod telnyx {
    use super::*;
    use telnyx_oauth::runtime::server as rt;
    use telnyx_oauth::server::*;
    use telnyx_oauth::types::*;

    /// The implementation.
    pub struct Telnyx;

    impl Api for Telnyx {
        async fn authorize(&self, _: &'static str, credentials: &rt::Credentials) -> bool {
            credentials.get("bearerAuth") == Some("KEY123")
        }

        async fn create_oauth_client(
            &self,
            input: CreateOAuthClientInput,
        ) -> CreateOAuthClientReply {
            let error = |code: &str| OauthError {
                error: code.into(),
                error_description: Some(format!("{code} for {}", input.body.name)),
                ..Default::default()
            };
            match input.body.name.as_str() {
                "bad" => CreateOAuthClientReply::BadRequest(error("invalid_request")),
                "expired" => CreateOAuthClientReply::Unauthorized(error("invalid_token")),
                "taken" => CreateOAuthClientReply::UnprocessableEntity(error("name_taken")),
                _ => CreateOAuthClientReply::Created(from(json!({"data": {
                    "record_type": if input.body.name == "newer" { "oauth_client_v2" } else { "oauth_client" },
                    "client_id": "c1",
                    "name": input.body.name,
                    "org_id": "o1",
                    "user_id": "u1",
                    "client_type": input.body.client_type,
                    "require_pkce": input.body.require_pkce.unwrap_or(false),
                    "allowed_scopes": input.body.allowed_scopes,
                    "allowed_grant_types": input.body.allowed_grant_types,
                    "created_at": "2025-01-01T00:00:00Z",
                    "updated_at": "2025-01-01T00:00:00Z",
                }}))),
            }
        }
    }
}

/// SailPoint: creates the client it is sent; the names `forbidden`, `busy` and `broken`
/// answer 403, 429 and 500.
pub mod sailpoint {
    use super::*;
    use sailpoint_v3::server::*;

    /// The implementation.
    pub struct IdentityNow;

    impl Api for IdentityNow {
        async fn create_oauth_client(
            &self,
            input: CreateOauthClientInput,
        ) -> CreateOauthClientReply {
            let b = input.body;
            let text = |t: &str| {
                from(
                    json!({"messages": [{"locale": "en-US", "localeOrigin": "DEFAULT", "text": t}]}),
                )
            };
            match b.name.as_str() {
                "forbidden" => CreateOauthClientReply::Forbidden(text("no")),
                "busy" => {
                    CreateOauthClientReply::TooManyRequests(from(json!({"message": "slow down"})))
                }
                "broken" => CreateOauthClientReply::InternalServerError(text("oops")),
                _ => CreateOauthClientReply::Ok(from(json!({
                    "id": "2c9180835d2e5168015d32f890ca1581",
                    "secret": "s",
                    "businessName": b.business_name.unwrap_or_default(),
                    "homepageUrl": b.homepage_url.unwrap_or_default(),
                    "name": b.name,
                    "description": b.description,
                    // In the form it was sent: the spec says string, clients send numbers too.
                    "accessTokenValiditySeconds": b.access_token_validity_seconds,
                    "refreshTokenValiditySeconds": "86400",
                    "redirectUris": b.redirect_uris.unwrap_or_default(),
                    "grantTypes": b.grant_types,
                    "accessType": b.access_type,
                    "type": "CONFIDENTIAL",
                    "internal": b.internal.unwrap_or(false),
                    "enabled": b.enabled,
                    "strongAuthSupported": false,
                    "claimsSupported": false,
                    "created": "2017-07-11T18:45:37.098Z",
                    "modified": "2018-06-25T20:22:28.104Z",
                    "scope": ["demo:api-client-scope:first"],
                }))),
            }
        }
    }
}

/// The router of a seed API by name (`tyk-portal`, `telnyx-oauth`, `sailpoint-v3`), or the
/// hand-written Tyk baseline (`tyk-hand`).
pub fn router(api: &str) -> Option<axum::Router> {
    Some(match api {
        "tyk-portal" => tyk_portal::server::router(tyk::Portal),
        "tyk-hand" => tyk::hand_written_tyk(),
        "telnyx-oauth" => telnyx_oauth::server::router(telnyx::Telnyx),
        "sailpoint-v3" => sailpoint_v3::server::router(sailpoint::IdentityNow),
        _ => return None,
    })
}
