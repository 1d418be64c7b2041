//! The examples of the OpenAPI Overlay 1.0.0 specification, applied to a small description
//! (`tests/fixtures/overlay/`): what each one must do, checked on the extracted document.

mod common;

use common::*;
use serde_json::json;

fn apply(overlay: &str) -> serde_json::Value {
    let o = run(&[
        "extract",
        "--format",
        "json",
        "--overlay",
        &format!("tests/fixtures/overlay/{overlay}.yaml"),
        "tests/fixtures/overlay/base.yaml",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        !stderr(&o).contains("SF019"),
        "every action matches: {}",
        stderr(&o)
    );
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn structured_overlay_merges_one_update_at_the_root() {
    let v = apply("structured");
    assert_eq!(v["info"]["x-overlay-applied"], "structured-overlay");
    assert_eq!(
        v["info"]["title"], "Overlay examples",
        "merged, not replaced"
    );
    assert_eq!(v["paths"]["/"]["summary"], "The root resource");
    assert_eq!(
        v["paths"]["/"]["get"]["summary"],
        "Retrieve the root resource"
    );
    assert_eq!(v["paths"]["/"]["get"]["x-rate-limit"], 100);
    assert_eq!(v["paths"]["/pets"]["get"]["x-rate-limit"], 100);
    assert_eq!(
        v["paths"]["/pets"]["get"]["parameters"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn targeted_overlay_updates_the_selected_objects_only() {
    let v = apply("targeted");
    assert_eq!(
        v["paths"]["/foo"]["get"]["description"],
        "This is the new description"
    );
    assert_eq!(
        v["paths"]["/bar"]["get"]["description"],
        "This is the updated description"
    );
    let post = &v["paths"]["/bar"]["post"];
    assert_eq!(
        post["description"],
        "This is an updated description of a child object"
    );
    assert_eq!(post["x-safe"], false);
    assert_eq!(post["responses"]["201"]["description"], "Created");
}

#[test]
fn wildcard_overlay_updates_many_objects_and_filters_arrays() {
    let v = apply("wildcard");
    for p in ["/", "/pets", "/foo", "/bar"] {
        assert_eq!(v["paths"][p]["get"]["x-safe"], true, "{p}");
    }
    assert!(v["paths"]["/bar"]["post"].get("x-safe").is_none());
    let params = &v["paths"]["/pets"]["get"]["parameters"];
    assert_eq!(
        params[0]["schema"],
        json!({"type": "string", "$ref": "#/components/schemas/filterSchema"})
    );
    assert_eq!(
        params[1]["schema"],
        json!({"type": "string"}),
        "not `filter`"
    );
}

#[test]
fn array_overlay_appends_and_removes_elements() {
    let v = apply("array");
    assert_eq!(
        v["paths"]["/pets"]["get"]["parameters"],
        json!([
            {"name": "filter", "in": "query", "schema": {"type": "string"}},
            {"name": "newParam", "in": "query"}
        ])
    );
}
