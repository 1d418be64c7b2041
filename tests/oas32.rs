//! OpenAPI 3.2 end to end: the generated client and server of
//! `tests/fixtures/oas32/tyk-portal-3.2.yaml` (Tyk's portal operations with 3.2's QUERY
//! method, an `additionalOperations` method and a `querystring` parameter) talk to each
//! other over 127.0.0.1.

use portal::server::*;
use portal::types::*;
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
