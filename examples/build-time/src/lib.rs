//! The Tyk portal API, generated at build time by specforge (see `build.rs`).

/// Types, client and runtime support generated from `specs/` (tyk-portal).
pub mod tyk {
    include!(concat!(env!("OUT_DIR"), "/tyk_portal.rs"));
}

#[cfg(test)]
mod tests {
    use super::tyk;

    #[test]
    fn the_docs_sample_reads_into_the_generated_types() {
        let sample = serde_json::json!({
            "Name": "Server-side application",
            "GrantType": "authorization_code,refresh_token,password",
            "ResponseTypes": "code,token",
            "ID": 1,
            "CreatedAt": "2023-06-25 13:37",
            "UpdatedAt": "2023-06-25 13:37"
        });
        let typed: tyk::types::OAuthClientTypeElem =
            serde_json::from_value(sample.clone()).unwrap();
        assert_eq!(typed.grant_type.len(), 3);
        assert_eq!(serde_json::to_value(&typed).unwrap(), sample);
    }

    #[test]
    fn the_client_is_there() {
        let client =
            tyk::client::Client::new("http://127.0.0.1:1/portal-api").with_admin_api_token("t");
        assert_eq!(client.base_url(), "http://127.0.0.1:1/portal-api");
    }
}
