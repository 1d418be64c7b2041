//! Every parameter serialization OpenAPI 3.0–3.2 defines, between the generated client and
//! the generated server (`tests/crates/param-forms`, from
//! `tests/fixtures/codegen/param-forms.yaml`): each operation answers the values its handler
//! received, and they must equal what the client sent, awkward values included. The rows of
//! the specification's "Style Examples" table (`tests/fixtures/codegen/style-examples.json`,
//! extracted from the specification's text) are checked in both directions.

use param_forms::client::Client;
use param_forms::runtime::{Error, Names, Place, Raw, Shape, Style, deserialize, serialize};
use param_forms::server::*;
use param_forms::types::{Color, Echo};
use serde_json::{Value, json};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// The server's handlers: each answers what it received.
struct Echoer;

/// One trait method per operation, answering the input's fields as an [`Echo`].
macro_rules! echo_ops {
    ($($method:ident($input:ident) -> $reply:ident { $($dst:ident: $src:ident),* })*) => {
        impl Api for Echoer {
            $(
                async fn $method(&self, input: $input) -> $reply {
                    $reply::Ok(Echo { $($dst: Some(input.$src),)* ..Default::default() })
                }
            )*
        }
    };
}

echo_ops! {
    path_simple(PathSimpleInput) -> PathSimpleReply { p: p, a: a, o: o }
    path_simple_explode(PathSimpleExplodeInput) -> PathSimpleExplodeReply { p: p, a: a, o: o }
    path_label(PathLabelInput) -> PathLabelReply { p: p, a: a, o: o }
    path_label_explode(PathLabelExplodeInput) -> PathLabelExplodeReply { p: p, a: a, o: o }
    path_matrix(PathMatrixInput) -> PathMatrixReply { p: p, a: a, o: o }
    path_matrix_explode(PathMatrixExplodeInput) -> PathMatrixExplodeReply { p: p, a: a, o: o }
    path_json(PathJsonInput) -> PathJsonReply { j: j }
    query_form(QueryFormInput) -> QueryFormReply { p: p, a: a, o: o }
    query_form_explode(QueryFormExplodeInput) -> QueryFormExplodeReply { p: p, a: a, o: o }
    query_space_delimited(QuerySpaceDelimitedInput) -> QuerySpaceDelimitedReply { a: a, o: o }
    query_pipe_delimited(QueryPipeDelimitedInput) -> QueryPipeDelimitedReply { a: a, o: o }
    query_deep_object(QueryDeepObjectInput) -> QueryDeepObjectReply { o: o }
    query_json(QueryJsonInput) -> QueryJsonReply { j: j }
    query_reserved(QueryReservedInput) -> QueryReservedReply { p: p, a: a }
    header_simple(HeaderSimpleInput) -> HeaderSimpleReply { p: x_p, a: x_a, o: x_o }
    header_explode(HeaderExplodeInput) -> HeaderExplodeReply { p: x_p, a: x_a, o: x_o }
    header_json(HeaderJsonInput) -> HeaderJsonReply { j: x_j }
    cookie_form(CookieFormInput) -> CookieFormReply { p: p, a: a, o: o }
    cookie_form_explode(CookieFormExplodeInput) -> CookieFormExplodeReply { p: p, a: a, o: o }
    cookie_cookie(CookieCookieInput) -> CookieCookieReply { p: p, a: a, o: o }
    cookie_cookie_explode(CookieCookieExplodeInput) -> CookieCookieExplodeReply { p: p, a: a, o: o }
    cookie_json(CookieJsonInput) -> CookieJsonReply { j: j }
}

/// Serves the echoing server on an ephemeral 127.0.0.1 port for the rest of the test.
async fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router(Echoer)).await.unwrap() });
    base
}

/// One set of values the client sends.
struct Case {
    name: &'static str,
    p: &'static str,
    a: &'static [&'static str],
    o: (i64, &'static str, &'static str),
}

impl Case {
    fn a(&self) -> Vec<String> {
        self.a.iter().map(|s| s.to_string()).collect()
    }
    fn o(&self) -> Color {
        Color {
            r: self.o.0,
            g: self.o.1.to_string(),
            b: self.o.2.to_string(),
            ..Default::default()
        }
    }
}

/// What a case exercises, so a combination can leave out what the spec makes ambiguous.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Plain,
    /// `,;=&?/#[]@!$'()*+` and a `%` that is not an escape.
    Reserved,
    /// Spaces, leading and trailing ones too.
    Spaces,
    /// Non-ASCII text.
    Unicode,
    /// Empty strings, an empty array.
    Empty,
    /// `.` and `..` as values (a dot-segment in the path is refused by the client).
    Dots,
}

const CASES: &[(Kind, Case)] = &[
    (
        Kind::Plain,
        Case {
            name: "the spec's example",
            p: "blue",
            a: &["blue", "black", "brown"],
            o: (100, "200", "150"),
        },
    ),
    (
        Kind::Reserved,
        Case {
            name: "reserved characters",
            p: "a,b;c=d&e?f/g#h[i]@j!$'()*+%zz",
            a: &["x,y", "a;b", "c=d&e", "f/g?h#i"],
            o: (-7, "k=v,w;z", "&?#[]%"),
        },
    ),
    (
        Kind::Spaces,
        Case {
            name: "spaces",
            p: " two  words ",
            a: &[" lead", "trail ", "mid dle"],
            o: (0, "a b", " c "),
        },
    ),
    (
        Kind::Unicode,
        Case {
            name: "unicode",
            p: "ünïcödé 🦀",
            a: &["日本", "ß"],
            o: (1, "é", "Ω"),
        },
    ),
    (
        Kind::Empty,
        Case {
            name: "empty strings and an empty array",
            p: "",
            a: &[],
            o: (2, "", ""),
        },
    ),
    (
        Kind::Dots,
        Case {
            name: "dots",
            p: "..",
            a: &["..", ".", "a.b"],
            o: (3, ".", ".."),
        },
    ),
];

/// The kinds each combination cannot carry, and why; everything else must round-trip.
fn excluded(op: &str) -> &'static [Kind] {
    match op {
        // An empty segment is not routed (axum's router needs one character per capture),
        // and the client refuses `.`/`..` as a whole segment.
        "path_simple" | "path_simple_explode" => &[Kind::Empty, Kind::Dots],
        // An empty label value is the segment `.`, `..` as a label `..`: dot-segments.
        "path_label" | "path_label_explode" => &[Kind::Empty],
        // The delimiter is an encoded space: items with spaces cannot be told apart.
        "query_space_delimited" => &[Kind::Spaces],
        // Header values are not percent-encoded: a `,` in an item splits it, and HTTP trims
        // the value's outer whitespace.
        "header_simple" | "header_explode" => &[Kind::Reserved, Kind::Spaces],
        // `style: cookie` applies no encoding: `;`, `,`, `=` and spaces end a value.
        "cookie_cookie" | "cookie_cookie_explode" => &[Kind::Reserved, Kind::Spaces],
        _ => &[],
    }
}

/// Calls operation `op` with `case`'s values.
async fn call(
    client: &Client,
    op: &str,
    c: &Case,
) -> Result<Echo, Error<std::convert::Infallible>> {
    let (p, a, o) = (c.p, &c.a(), &c.o());
    match op {
        "path_simple" => client.path_simple(p, a, o).await,
        "path_simple_explode" => client.path_simple_explode(p, a, o).await,
        "path_label" => client.path_label(p, a, o).await,
        "path_label_explode" => client.path_label_explode(p, a, o).await,
        "path_matrix" => client.path_matrix(p, a, o).await,
        "path_matrix_explode" => client.path_matrix_explode(p, a, o).await,
        "path_json" => client.path_json(o).await,
        "query_form" => client.query_form(p, a, o).await,
        "query_form_explode" => client.query_form_explode(p, a, o).await,
        "query_space_delimited" => client.query_space_delimited(a, o).await,
        "query_pipe_delimited" => client.query_pipe_delimited(a, o).await,
        "query_deep_object" => client.query_deep_object(o).await,
        "query_json" => client.query_json(o).await,
        "query_reserved" => client.query_reserved(p, a).await,
        "header_simple" => client.header_simple(p, a, o).await,
        "header_explode" => client.header_explode(p, a, o).await,
        "header_json" => client.header_json(o).await,
        "cookie_form" => client.cookie_form(p, a, o).await,
        "cookie_form_explode" => client.cookie_form_explode(p, a, o).await,
        "cookie_cookie" => client.cookie_cookie(p, a, o).await,
        "cookie_cookie_explode" => client.cookie_cookie_explode(p, a, o).await,
        "cookie_json" => client.cookie_json(o).await,
        other => panic!("no operation {other}"),
    }
}

/// What the handler must have received: the fields the operation takes.
fn expected(op: &str, c: &Case) -> Echo {
    let (p, a, o) = match op {
        _ if op.ends_with("_json") => (false, false, false),
        "query_space_delimited" | "query_pipe_delimited" => (false, true, true),
        "query_deep_object" => (false, false, true),
        "query_reserved" => (true, true, false),
        _ => (true, true, true),
    };
    Echo {
        p: p.then(|| c.p.to_string()),
        a: a.then(|| c.a()),
        o: o.then(|| c.o()),
        j: op.ends_with("_json").then(|| c.o()),
        ..Default::default()
    }
}

const OPERATIONS: &[&str] = &[
    "path_simple",
    "path_simple_explode",
    "path_label",
    "path_label_explode",
    "path_matrix",
    "path_matrix_explode",
    "path_json",
    "query_form",
    "query_form_explode",
    "query_space_delimited",
    "query_pipe_delimited",
    "query_deep_object",
    "query_json",
    "query_reserved",
    "header_simple",
    "header_explode",
    "header_json",
    "cookie_form",
    "cookie_form_explode",
    "cookie_cookie",
    "cookie_cookie_explode",
    "cookie_json",
];

#[tokio::test]
async fn every_combination_round_trips_between_client_and_server() {
    let base = serve().await;
    let client = Client::new(&base);
    let mut failures = Vec::new();
    let mut passed = 0;
    for op in OPERATIONS {
        for (kind, case) in CASES {
            if excluded(op).contains(kind) {
                continue;
            }
            let got = tokio::time::timeout(Duration::from_secs(10), call(&client, op, case))
                .await
                .expect("the server answers");
            let want = expected(op, case);
            match got {
                Ok(echo) if echo == want => passed += 1,
                Ok(echo) => {
                    failures.push(format!("{op} / {}: sent {want:?}, got {echo:?}", case.name))
                }
                Err(Error::UnexpectedStatus { status, body, .. }) => failures.push(format!(
                    "{op} / {}: {status} {}",
                    case.name,
                    String::from_utf8_lossy(&body)
                )),
                Err(e) => failures.push(format!("{op} / {}: {e}", case.name)),
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} passed; failed:\n{}",
        passed,
        failures.join("\n")
    );
    assert!(passed >= 100, "only {passed} round trips ran");
}

/// Sends `request` (an HTTP/1.1 request head) as it is, past any URL normalisation, and
/// returns the status and the body.
async fn raw(base: &str, target: &str) -> (u16, String) {
    let addr = base.trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let head = format!("GET {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut out = Vec::new();
    tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut out))
        .await
        .unwrap()
        .unwrap();
    let text = String::from_utf8_lossy(&out).into_owned();
    let status = text[9..12].parse().unwrap();
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

#[tokio::test]
async fn dot_segments_never_resolve_to_another_route() {
    let base = serve().await;
    // Encoded, `..` is a value like any other.
    let (status, body) = raw(&base, "/path/simple/plain/%2E%2E/x/R,1,G,g,B,b").await;
    assert_eq!(status, 200, "{body}");
    assert!(body.contains(r#""p":"..""#), "{body}");
    let (status, body) = raw(&base, "/path/simple/plain/%2e/x/R,1,G,g,B,b").await;
    assert_eq!(status, 200, "{body}");
    assert!(body.contains(r#""p":".""#), "{body}");
    // Literal dot-segments are refused, not handed over as values (a proxy in front would
    // have resolved them to another resource).
    for target in [
        "/path/simple/plain/../x/R,1,G,g,B,b",
        "/path/simple/plain/./x/R,1,G,g,B,b",
        "/path/simple/plain/a/../R,1,G,g,B,b",
    ] {
        let (status, body) = raw(&base, target).await;
        assert_eq!(status, 400, "{target}: {body}");
        assert!(body.contains("dot-segment"), "{target}: {body}");
    }
    // The client never sends a dot-segment value: URL parsers resolve even `%2E%2E`.
    let client = Client::new(&base);
    let case = &CASES[0].1;
    let e = client
        .path_simple("..", &case.a(), &case.o())
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidRequest(_)), "{e}");
    // As a label value the dots are encoded inside a segment that is not a dot-segment.
    let echo = client.path_label("..", &case.a(), &case.o()).await.unwrap();
    assert_eq!(echo.p.as_deref(), Some(".."));
}

#[tokio::test]
async fn a_query_object_given_by_json_content_reaches_the_handler() {
    // Issue 18's report: `?j={"R":1,…}` was answered 400 "expected an object, got the string".
    // (Sent unencoded, `"` is refused by hyper before any handler, as a URI cannot hold it.)
    let base = serve().await;
    let target = "/query/json?j=%7B%22R%22:1,%22G%22:%22g%22,%22B%22:%22b%22%7D";
    let (status, body) = raw(&base, target).await;
    assert_eq!(status, 200, "{body}");
    assert!(body.contains(r#""j":{"R":1,"G":"g","B":"b"}"#), "{body}");
}

/// One row of the specification's "Style Examples" table.
#[derive(Debug, serde::Deserialize, serde::Serialize, PartialEq)]
struct Row {
    /// The specification's text it comes from (`oas-3.2.0.md`).
    spec: String,
    style: String,
    explode: String,
    undefined: String,
    string: String,
    array: String,
    object: String,
}

/// The table's rows from a specification's Markdown: the cells with their HTML taken off,
/// `_empty_` as the empty string, `_n/a_` kept.
fn table_rows(spec: &str, text: &str) -> Vec<Row> {
    let start = text.find("Style Examples\n").expect("the section exists");
    let header = text[start..]
        .find("| [`style`]")
        .map(|i| start + i)
        .expect("the table exists");
    let clean = |cell: &str| {
        let mut out = String::new();
        let mut in_tag = false;
        for ch in cell.chars() {
            match ch {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        match out.trim() {
            "_empty_" => String::new(),
            other => other.to_string(),
        }
    };
    text[header..]
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| {
            let cells: Vec<String> = l.trim_matches('|').split('|').map(clean).collect();
            Row {
                spec: spec.to_string(),
                style: cells[0].clone(),
                explode: cells[1].clone(),
                undefined: cells[2].clone(),
                string: cells[3].clone(),
                array: cells[4].clone(),
                object: cells[5].clone(),
            }
        })
        .collect()
}

const STYLE_EXAMPLES: &str = "tests/fixtures/codegen/style-examples.json";

/// The fixture is the table as the specifications print it: re-extracted when the
/// specifications are beside the project (`../shared/openapi-spec`), and rewritten with
/// `UPDATE_STYLE_EXAMPLES=1`.
#[test]
fn the_style_examples_fixture_is_the_specifications_table() {
    let dir = std::path::Path::new("../shared/openapi-spec");
    let mut rows = Vec::new();
    for spec in ["oas-3.1.2.md", "oas-3.2.0.md"] {
        let Ok(text) = std::fs::read_to_string(dir.join(spec)) else {
            return;
        };
        rows.extend(table_rows(spec, &text));
    }
    let extracted = serde_json::to_string_pretty(&rows).unwrap() + "\n";
    if std::env::var_os("UPDATE_STYLE_EXAMPLES").is_some() {
        std::fs::write(STYLE_EXAMPLES, &extracted).unwrap();
    }
    let fixture = std::fs::read_to_string(STYLE_EXAMPLES).unwrap();
    assert_eq!(
        fixture, extracted,
        "regenerate with UPDATE_STYLE_EXAMPLES=1"
    );
}

/// Each example of the table, serialized from its value and read back from its text.
#[test]
fn every_style_example_of_the_specification_serializes_and_parses() {
    let rows: Vec<Row> =
        serde_json::from_str(&std::fs::read_to_string(STYLE_EXAMPLES).unwrap()).unwrap();
    assert_eq!(rows.len(), 14 + 15, "3.1.2's 14 rows and 3.2.0's 15");
    let object = json!({"R": 100, "G": 200, "B": 150});
    let pairs = Raw::Pairs(
        [("R", "100"), ("G", "200"), ("B", "150")]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    );
    let list = Raw::List(vec!["blue".into(), "black".into(), "brown".into()]);
    let mut checked = 0;
    let mut failures = Vec::new();
    for row in &rows {
        let style = match row.style.as_str() {
            "matrix" => Style::Matrix,
            "label" => Style::Label,
            "simple" => Style::Simple,
            "form" => Style::Form,
            "spaceDelimited" => Style::SpaceDelimited,
            "pipeDelimited" => Style::PipeDelimited,
            "deepObject" => Style::DeepObject,
            "cookie" => Style::Cookie,
            other => panic!("a style the table has and the runtime lacks: {other}"),
        };
        // deepObject's `explode` is _n/a_ in 3.2.0; it is only defined exploded.
        let explode = row.explode != "false";
        let places: &[Place] = match style {
            Style::Matrix | Style::Label => &[Place::Path],
            Style::Simple => &[Place::Path, Place::Header],
            Style::Cookie => &[Place::Cookie],
            _ => &[Place::Query],
        };
        // The `undefined` column shows what an empty string gives (it replaced `empty`).
        let cells = [
            (
                &row.undefined,
                json!(""),
                Shape::Primitive,
                Raw::Text(String::new()),
            ),
            (
                &row.string,
                json!("blue"),
                Shape::Primitive,
                Raw::Text("blue".into()),
            ),
            (
                &row.array,
                json!(["blue", "black", "brown"]),
                Shape::Array,
                list.clone(),
            ),
            (&row.object, object.clone(), Shape::Object, pairs.clone()),
        ];
        for place in places {
            for (wire, value, shape, raw) in &cells {
                if *wire == "_n/a_" {
                    continue;
                }
                checked += 1;
                let what = format!(
                    "{} {} {} {place:?} `{wire}`",
                    row.spec, row.style, row.explode
                );
                let written = serialize(*place, "color", value, style, explode, false);
                if written.as_deref() != Some(wire.as_str()) {
                    failures.push(format!("{what}: serialized as {written:?}"));
                }
                let names = Names {
                    known: &["R", "G", "B"],
                    others: &[],
                };
                let read = deserialize(*place, "color", wire, style, explode, *shape, names);
                if read.as_ref() != Ok(&Some(raw.clone())) {
                    failures.push(format!("{what}: read as {read:?}"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    println!("{checked} style examples pass");
}

/// A value that is none of JSON's scalars (`null`) sends nothing.
#[test]
fn null_sends_nothing() {
    for place in [Place::Path, Place::Query, Place::Header, Place::Cookie] {
        assert_eq!(
            serialize(place, "x", &Value::Null, Style::Form, true, false),
            None
        );
    }
}

/// Generates the crate of `fixture` and the warnings generation gave, as `code message`.
fn generate(fixture: &str, crate_dir: &std::path::Path) -> (Vec<(String, String)>, Vec<String>) {
    use specforge::ingest::{self, IngestOptions};
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    std::env::set_current_dir(root).unwrap();
    let input = ingest::ApiInput {
        name: None,
        files: vec![fixture.into()],
        ..Default::default()
    };
    let ws = ingest::ingest(&[input], &IngestOptions::default());
    assert!(!ws.diagnostics.has_errors(), "{:?}", ws.diagnostics.items());
    let (m, _) = specforge::model::build(&ws);
    let (files, warnings) = specforge::codegen::generate_crate_reporting(
        &ws.apis[0],
        &m.apis[0],
        &ws.sources,
        &specforge::codegen::Options {
            crate_dir: Some(root.join(crate_dir)),
            ..Default::default()
        },
    )
    .unwrap();
    let said = warnings
        .iter()
        .map(|d| format!("{} {}", d.code, d.short(&ws.sources)))
        .collect();
    let files = files
        .iter()
        .map(|(rel, text)| (rel.to_string(), text.to_string()))
        .collect();
    (files, said)
}

#[test]
fn the_param_forms_crate_is_current_and_generates_without_notes() {
    let fixture = "tests/fixtures/codegen/param-forms.yaml";
    let dir = std::path::Path::new("tests/crates/param-forms");
    let (files, said) = generate(fixture, dir);
    assert!(said.is_empty(), "{said:#?}");
    for (rel, text) in &files {
        let on_disk = std::fs::read_to_string(dir.join(rel)).unwrap_or_default();
        assert!(
            on_disk == *text,
            "{}/{rel} is stale: run `specforge generate --out {} {fixture}`",
            dir.display(),
            dir.display()
        );
    }
}

/// A `style` its location does not define is a located note, and the location's default is
/// used: the generated crate still sends and reads the parameter.
#[test]
fn an_undefined_style_falls_back_to_the_default_with_a_note() {
    let (files, said) = generate(
        "tests/fixtures/codegen/undefined-style.yaml",
        std::path::Path::new("target/undefined-style"),
    );
    assert_eq!(said.len(), 2, "{said:#?}");
    // Path parameters first, as the server takes them.
    assert!(said[0].starts_with("SF008"), "{}", said[0]);
    assert!(
        said[0].contains("`style: spaceDelimeted`") && said[0].contains("use `simple`"),
        "{}",
        said[0]
    );
    assert!(said[0].contains("undefined-style.yaml:16:"), "{}", said[0]);
    assert!(
        said[1].contains("`style: matrix`") && said[1].contains("use `form`"),
        "{}",
        said[1]
    );
    assert!(said[1].contains("undefined-style.yaml:12:"), "{}", said[1]);
    let client = &files
        .iter()
        .find(|(rel, _)| rel == "src/client.rs")
        .unwrap()
        .1;
    assert!(
        client.contains("Style::Form"),
        "the query parameter falls back to form"
    );
}
