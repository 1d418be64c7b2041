//! Turns the JSON Schema Test Suite (`../shared/json-schema-test-suite`, beside the
//! repository) into two OpenAPI documents, draft 2020-12 groups as OpenAPI 3.1 and draft 4
//! groups as OpenAPI 3.0. Each group is an operation `POST /gNNN` whose request body and 200
//! response are the group's schema (in a file of its own, so `#` means the group's schema),
//! generates their servers with specforge's build-script API, and writes an `Api`
//! implementation that answers each request with its typed body, plus the test cases.

use quote::{format_ident, quote};
use std::path::{Path, PathBuf};

const DRAFTS: &[(&str, &str, &str)] = &[
    ("draft2020-12", "3.1.0", "d2020"),
    ("draft4", "3.0.3", "d4"),
];

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let suite = manifest.join("../../../../shared/json-schema-test-suite");
    println!("cargo:rerun-if-changed={}", suite.display());
    for &(draft, openapi, module) in DRAFTS {
        let groups = read_groups(&suite.join("tests").join(draft));
        let dir = out.join(module);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let mut paths = serde_json::Map::new();
        let mut cases = Vec::new();
        let mut routed = Vec::new();
        for (i, g) in groups.iter().enumerate() {
            // The JSON Schema meta-schema is not in the suite's remotes, and is never fetched.
            let excluded = needs_metaschema(&g.schema);
            let narrowed = narrowed_to(&g.schema);
            for t in &g.tests {
                cases.push(serde_json::json!({
                    "group": i, "file": g.file, "group_description": g.description,
                    "description": t.0, "data": t.1, "valid": t.2, "excluded": excluded,
                    "narrowed": narrowed,
                }));
            }
            if excluded {
                continue;
            }
            routed.push(i);
            let file = format!("g{i:03}.json");
            std::fs::write(
                dir.join(&file),
                serde_json::to_string_pretty(&g.schema).unwrap(),
            )
            .unwrap();
            paths.insert(
                format!("/g{i:03}"),
                serde_json::json!({"post": {
                    "operationId": format!("g{i:03}"),
                    "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": file}}}},
                    "responses": {
                        "200": {"description": "the body, as its type holds it", "content": {"application/json": {"schema": {"$ref": file}}}},
                    },
                }}),
            );
        }
        let doc = serde_json::json!({
            "openapi": openapi,
            "info": {"title": format!("JSON Schema Test Suite {draft}"), "version": "1"},
            "paths": paths,
        });
        let doc_path = dir.join("openapi.json");
        std::fs::write(&doc_path, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
        std::fs::write(
            out.join(format!("{module}-cases.json")),
            serde_json::to_string(&cases).unwrap(),
        )
        .unwrap();
        let generated = specforge::Generator::new()
            .document(&doc_path)
            .allow_refs_outside_root(true)
            .remote_refs("http://localhost:1234/", suite.join("remotes"))
            .client(false)
            .build_script(&format!("{module}.rs"));
        if let Err(e) = generated {
            eprintln!("{e}");
            std::process::exit(1);
        }
        let methods = routed.iter().map(|i| {
            let method = format_ident!("g{i:03}");
            let input = format_ident!("G{i:03}Input");
            let reply = format_ident!("G{i:03}Reply");
            quote! {
                async fn #method(&self, input: server::#input) -> server::#reply {
                    server::#reply::Ok(input.body)
                }
            }
        });
        let echo = quote! {
            /// Answers every operation with its typed body.
            pub struct Echo;
            // A `const: null` group's body is `()`.
            #[allow(clippy::unit_arg)]
            impl server::Api for Echo {
                #(#methods)*
            }
        };
        let file: syn::File = syn::parse2(echo).unwrap();
        std::fs::write(
            out.join(format!("{module}-echo.rs")),
            prettyplease::unparse(&file),
        )
        .unwrap();
    }
}

/// The JSON type a root schema without `type` is generated as, when its keywords make one
/// evident (OpenAPI's reading, which lint SF154 reports): object keywords make an object, array
/// keywords an array. Mirrors `codegen::typespace`.
fn narrowed_to(v: &serde_json::Value) -> Option<&'static str> {
    let m = v.as_object()?;
    if m.contains_key("type") {
        return None;
    }
    let non_empty = |k: &str| {
        m.get(k)
            .and_then(|x| x.as_object())
            .is_some_and(|o| !o.is_empty())
    };
    let closed = m.get("additionalProperties").is_some_and(|a| {
        a.is_object() && a.as_object().is_some_and(|o| !o.is_empty())
            || a == &serde_json::Value::Bool(false)
    });
    if non_empty("properties") || non_empty("patternProperties") || closed {
        return Some("object");
    }
    if m.contains_key("items") || m.contains_key("prefixItems") {
        return Some("array");
    }
    None
}

/// Whether a schema refers to the JSON Schema meta-schema (by URL, on json-schema.org).
fn needs_metaschema(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::Object(m) => m.iter().any(|(k, x)| {
            (k == "$ref" && x.as_str().is_some_and(|r| r.contains("json-schema.org")))
                || needs_metaschema(x)
        }),
        serde_json::Value::Array(xs) => xs.iter().any(needs_metaschema),
        _ => false,
    }
}

struct Group {
    file: String,
    description: String,
    schema: serde_json::Value,
    tests: Vec<(String, serde_json::Value, bool)>,
}

fn read_groups(dir: &Path) -> Vec<Group> {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect(),
        // Without the suite beside the repository there is nothing to judge.
        Err(_) => Vec::new(),
    };
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        for g in v.as_array().unwrap() {
            out.push(Group {
                file: f.file_stem().unwrap().to_string_lossy().into_owned(),
                description: g["description"].as_str().unwrap().to_string(),
                schema: g["schema"].clone(),
                tests: g["tests"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|t| {
                        (
                            t["description"].as_str().unwrap().to_string(),
                            t["data"].clone(),
                            t["valid"].as_bool().unwrap(),
                        )
                    })
                    .collect(),
            });
        }
    }
    out
}
