//! The JSON Schema Test Suite as the judge of generated servers and types. Every test
//! instance is sent, over 127.0.0.1, as the request body of its group's operation:
//!
//! - **the request check** must accept every valid instance and reject (4xx) every invalid
//!   one;
//! - **the types**: a valid instance the server accepted was deserialized into the group's
//!   generated type and is answered from it, so the answer must equal the instance (JSON
//!   equality: numbers by value, objects in any order). A valid instance the type cannot hold
//!   is answered 500 (`Reason::Unrepresentable`).
//!
//! Draft 2020-12 groups are read as OpenAPI 3.1, draft 4 groups as OpenAPI 3.0. Groups that need
//! the JSON Schema meta-schema (not in the suite's remotes; never fetched) are excluded.

use std::collections::BTreeMap;

#[derive(serde::Deserialize)]
struct Case {
    group: usize,
    file: String,
    group_description: String,
    description: String,
    data: serde_json::Value,
    valid: bool,
    excluded: bool,
    /// The JSON type the group's untyped root schema is generated as (see build.rs).
    narrowed: Option<String>,
}

/// What one draft's run found.
#[derive(Default)]
struct Tally {
    /// Per suite file: (check passed, tests).
    check: BTreeMap<String, (usize, usize)>,
    /// Groups whose every valid instance round-trips / groups with a valid instance.
    round_trip: (usize, usize),
    excluded: usize,
    /// Valid instances of another JSON type than an untyped root is generated as.
    outside: usize,
    check_failures: Vec<String>,
    type_failures: Vec<String>,
}

fn json_eq(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value as V;
    match (a, b) {
        (V::Number(x), V::Number(y)) => {
            x.as_f64() == y.as_f64() && (x.as_i64() == y.as_i64() || x.as_f64().is_some())
        }
        (V::Array(x), V::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| json_eq(p, q))
        }
        (V::Object(x), V::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| json_eq(v, w)))
        }
        _ => a == b,
    }
}

async fn run(cases: &str, router: axum::Router) -> Tally {
    let cases: Vec<Case> = serde_json::from_str(cases).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    let client = reqwest::Client::new();
    let mut t = Tally::default();
    // Per group: whether every valid instance so far round-tripped.
    let mut groups: BTreeMap<usize, bool> = BTreeMap::new();
    for c in &cases {
        if c.excluded {
            t.excluded += 1;
            continue;
        }
        let entry = t.check.entry(c.file.clone()).or_default();
        entry.1 += 1;
        let body = serde_json::to_vec(&c.data).unwrap();
        let response = client
            .post(format!("http://{addr}/g{:03}", c.group))
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        let answer: serde_json::Value = serde_json::from_slice(&response.bytes().await.unwrap())
            .unwrap_or(serde_json::Value::Null);
        let accepted = status == 200 || status == 500;
        let what = format!("{}: {}: {}", c.file, c.group_description, c.description);
        if accepted == c.valid {
            entry.0 += 1;
        } else {
            t.check_failures.push(format!(
                "{what}: expected {}, got {status} {answer}",
                if c.valid { "valid" } else { "invalid" }
            ));
        }
        let json_type = match &c.data {
            serde_json::Value::Object(_) => "object",
            serde_json::Value::Array(_) => "array",
            _ => "scalar",
        };
        if c.valid && c.narrowed.as_deref().is_some_and(|n| n != json_type) {
            t.outside += 1;
            continue;
        }
        if c.valid && accepted {
            let ok = status == 200 && json_eq(&answer, &c.data);
            if !ok {
                t.type_failures
                    .push(format!("{what}: sent {}, got {status} {answer}", c.data));
            }
            let g = groups.entry(c.group).or_insert(true);
            *g &= ok;
        }
    }
    t.round_trip = (groups.values().filter(|ok| **ok).count(), groups.len());
    t
}

/// The suite's required tests take `format` as an annotation (JSON Schema's default); the
/// generated server asserts formats unless told otherwise.
fn annotate<T: Default + SetFormats>() -> T {
    let mut c = T::default();
    c.set_formats(false);
    c
}

/// Both drafts' `Config` (each generated module has its own runtime).
trait SetFormats {
    fn set_formats(&mut self, on: bool);
}
impl SetFormats for conformance::d2020::runtime::server::Config {
    fn set_formats(&mut self, on: bool) {
        self.assert_formats = on;
    }
}
impl SetFormats for conformance::d4::runtime::server::Config {
    fn set_formats(&mut self, on: bool) {
        self.assert_formats = on;
    }
}

fn report(name: &str, t: &Tally) -> (f64, f64) {
    let (pass, total) = t
        .check
        .values()
        .fold((0, 0), |(p, n), (a, b)| (p + a, n + b));
    eprintln!(
        "{name}: request check {pass}/{total} ({} excluded: meta-schema); round trip {}/{} groups \
         ({} valid instances of another type than their untyped root is read as)",
        t.excluded, t.round_trip.0, t.round_trip.1, t.outside
    );
    for (f, (p, n)) in &t.check {
        if p != n {
            eprintln!("  check {f:32} {p:4}/{n:4}");
        }
    }
    if std::env::var_os("CONFORMANCE_VERBOSE").is_some() {
        for f in t.check_failures.iter().chain(&t.type_failures) {
            eprintln!("  FAIL {f}");
        }
    }
    (
        pass as f64 / total.max(1) as f64,
        t.round_trip.0 as f64 / t.round_trip.1.max(1) as f64,
    )
}

#[tokio::test]
async fn draft2020_12_as_openapi_31() {
    let t = run(
        conformance::d2020::CASES,
        conformance::d2020::server::router_with(conformance::d2020::Echo, annotate()),
    )
    .await;
    let (check, round_trip) = report("draft2020-12 (OpenAPI 3.1)", &t);
    if t.check.is_empty() {
        return; // the suite is not beside the repository
    }
    assert!(check >= 0.99, "request check {check:.4}");
    assert!(round_trip >= 0.95, "round trip {round_trip:.4}");
}

#[tokio::test]
async fn draft4_as_openapi_30() {
    let t = run(
        conformance::d4::CASES,
        conformance::d4::server::router_with(conformance::d4::Echo, annotate()),
    )
    .await;
    let (check, round_trip) = report("draft4 (OpenAPI 3.0)", &t);
    if t.check.is_empty() {
        return;
    }
    assert!(check >= 0.99, "request check {check:.4}");
    assert!(round_trip >= 0.95, "round trip {round_trip:.4}");
}
