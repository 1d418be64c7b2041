//! A readable JSON view of the model (for `specforge model` and snapshot tests).
//! Only fields that carry information are shown; locations read `file:line:col`.

use super::*;
use crate::source::SourceMap;
use serde_json::{Map, Value as J, json};

/// The model of all APIs (or only `only`) as JSON.
pub fn dump(m: &Model, sources: &SourceMap, only: Option<&str>) -> J {
    let apis: Vec<J> = m
        .apis
        .iter()
        .filter(|a| only.is_none_or(|o| o == a.name))
        .map(|a| api(a, sources))
        .collect();
    json!({ "apis": apis })
}

fn loc(sources: &SourceMap, l: crate::source::Loc) -> J {
    J::String(sources.describe(l))
}

fn put(m: &mut Map<String, J>, k: &str, v: J) {
    let empty = match &v {
        J::Null => true,
        J::Bool(b) => !b,
        J::Array(a) => a.is_empty(),
        J::Object(o) => o.is_empty(),
        _ => false,
    };
    if !empty {
        m.insert(k.to_string(), v);
    }
}

fn api(a: &ApiModel, s: &SourceMap) -> J {
    let mut m = Map::new();
    put(&mut m, "name", json!(a.name));
    put(&mut m, "title", json!(a.title));
    put(&mut m, "version", json!(a.version));
    put(&mut m, "spec_version", json!(a.spec_version));
    put(
        &mut m,
        "servers",
        J::Array(a.servers.iter().map(|x| server(x, s)).collect()),
    );
    put(
        &mut m,
        "security_schemes",
        J::Object(
            a.security_schemes
                .iter()
                .map(|(k, v)| {
                    let mut o = Map::new();
                    put(
                        &mut o,
                        "kind",
                        serde_json::to_value(&v.kind).expect("serialises"),
                    );
                    put(&mut o, "at", loc(s, v.loc));
                    (k.clone(), J::Object(o))
                })
                .collect(),
        ),
    );
    if let Some(sec) = &a.security {
        m.insert("security".into(), json!(sec));
    }
    put(
        &mut m,
        "operations",
        J::Array(a.operations.iter().map(|o| operation(a, o, s)).collect()),
    );
    put(
        &mut m,
        "named_types",
        J::Object(
            a.named
                .iter()
                .map(|(k, v)| (k.clone(), json!(v.0)))
                .collect(),
        ),
    );
    put(
        &mut m,
        "schemas",
        J::Array(a.schemas.iter().map(|x| schema(x, s)).collect()),
    );
    J::Object(m)
}

fn server(x: &Server, s: &SourceMap) -> J {
    let mut m = Map::new();
    put(&mut m, "url", json!(x.url));
    put(
        &mut m,
        "variables",
        J::Object(
            x.variables
                .iter()
                .map(|(k, v)| (k.clone(), json!({"default": v.default, "enum": v.allowed})))
                .collect(),
        ),
    );
    put(&mut m, "at", loc(s, x.loc));
    J::Object(m)
}

fn examples(v: &[Example], s: &SourceMap) -> J {
    J::Array(
        v.iter()
            .map(|e| {
                let mut m = Map::new();
                put(&mut m, "name", json!(e.name));
                put(&mut m, "source", json!(e.source));
                put(&mut m, "at", loc(s, e.value.loc));
                put(&mut m, "value", e.value.to_json());
                J::Object(m)
            })
            .collect(),
    )
}

fn media(v: &[MediaType], s: &SourceMap) -> J {
    J::Array(
        v.iter()
            .map(|mt| {
                let mut m = Map::new();
                put(&mut m, "media_type", json!(mt.media_type.as_str()));
                put(&mut m, "schema", json!(mt.schema.map(|x| x.0)));
                if let Some(item) = mt.item_schema {
                    put(&mut m, "item_schema", json!(item.0));
                }
                put(&mut m, "examples", examples(&mt.examples, s));
                J::Object(m)
            })
            .collect(),
    )
}

fn operation(_a: &ApiModel, o: &Operation, s: &SourceMap) -> J {
    let mut m = Map::new();
    put(&mut m, "name", json!(o.name));
    // The Path Item field (`get`), or an `additionalOperations` key as written (`LINK`).
    put(
        &mut m,
        "method",
        json!(o.method.field().map_or_else(|| o.method.wire(), Into::into)),
    );
    put(&mut m, "path", json!(o.path));
    put(&mut m, "webhook", json!(o.webhook));
    put(&mut m, "at", loc(s, o.loc));
    put(&mut m, "pointer", json!(o.pointer));
    put(&mut m, "tags", json!(o.tags));
    put(
        &mut m,
        "parameters",
        J::Array(
            o.parameters
                .iter()
                .map(|p| {
                    let mut pm = Map::new();
                    put(&mut pm, "name", json!(p.name));
                    put(&mut pm, "in", json!(p.location));
                    put(&mut pm, "required", json!(p.required));
                    put(&mut pm, "style", json!(p.style));
                    put(&mut pm, "explode", json!(p.explode));
                    put(&mut pm, "schema", json!(p.schema.map(|x| x.0)));
                    if let Some(mt) = &p.media_type {
                        put(&mut pm, "media_type", json!(mt.as_str()));
                    }
                    put(&mut pm, "at", loc(s, p.loc));
                    put(&mut pm, "examples", examples(&p.examples, s));
                    J::Object(pm)
                })
                .collect(),
        ),
    );
    if let Some(b) = &o.request_body {
        let mut bm = Map::new();
        put(&mut bm, "required", json!(b.required));
        put(&mut bm, "content", media(&b.content, s));
        m.insert("request_body".into(), J::Object(bm));
    }
    put(
        &mut m,
        "responses",
        J::Object(
            o.responses
                .iter()
                .map(|r| {
                    let mut rm = Map::new();
                    put(&mut rm, "description", json!(r.description));
                    put(&mut rm, "content", media(&r.content, s));
                    (r.status.to_string(), J::Object(rm))
                })
                .collect(),
        ),
    );
    if let Some(sec) = &o.security {
        m.insert("security".into(), json!(sec));
    }
    J::Object(m)
}

fn schema(x: &Schema, s: &SourceMap) -> J {
    let mut m = Map::new();
    put(&mut m, "id", json!(x.id.0));
    put(
        &mut m,
        "name",
        serde_json::to_value(&x.name).expect("serialises"),
    );
    put(&mut m, "at", loc(s, x.loc));
    put(&mut m, "pointer", json!(x.pointer));
    put(&mut m, "never", json!(x.never));
    put(&mut m, "types", json!(x.types));
    put(&mut m, "nullable", json!(x.nullable));
    put(&mut m, "ref", json!(x.reference.map(|r| r.0)));
    put(&mut m, "format", json!(x.format));
    put(&mut m, "pattern", json!(x.pattern));
    if let Some(e) = &x.enum_values {
        m.insert(
            if x.is_const { "const" } else { "enum" }.into(),
            J::Array(e.iter().map(|v| v.to_json()).collect()),
        );
    }
    for (k, v) in [
        ("minimum", x.bounds().minimum),
        ("maximum", x.bounds().maximum),
        ("exclusive_minimum", x.bounds().exclusive_minimum),
        ("exclusive_maximum", x.bounds().exclusive_maximum),
    ] {
        put(&mut m, k, json!(v));
    }
    put(&mut m, "items", json!(x.items.map(|i| i.0)));
    put(
        &mut m,
        "prefix_items",
        json!(x.prefix_items.iter().map(|i| i.0).collect::<Vec<_>>()),
    );
    put(
        &mut m,
        "properties",
        J::Object(
            x.properties
                .iter()
                .map(|(k, p)| {
                    let mut pm = Map::new();
                    put(&mut pm, "schema", json!(p.schema.0));
                    put(&mut pm, "required", json!(p.required));
                    put(&mut pm, "at", loc(s, p.key_loc));
                    (k.to_string(), J::Object(pm))
                })
                .collect(),
        ),
    );
    let missing: Vec<&str> = x
        .required
        .iter()
        .filter(|(n, _)| !x.properties.contains_key(n.as_str()))
        .map(|(n, _)| n.as_str())
        .collect();
    put(&mut m, "required_without_property", json!(missing));
    match x.additional {
        Additional::Unspecified => {}
        Additional::Any => put(&mut m, "additional_properties", json!(true)),
        Additional::Forbidden => put(&mut m, "additional_properties", json!(false)),
        Additional::Schema(id) => put(&mut m, "additional_properties", json!(id.0)),
    }
    for (k, v) in [
        ("all_of", &x.all_of),
        ("any_of", &x.any_of),
        ("one_of", &x.one_of),
    ] {
        put(&mut m, k, json!(v.iter().map(|i| i.0).collect::<Vec<_>>()));
    }
    if let Some(d) = &x.discriminator {
        m.insert(
            "discriminator".into(),
            json!({"property": d.property, "mapping": d.mapping}),
        );
    }
    put(&mut m, "examples", examples(&x.examples, s));
    put(&mut m, "unmodelled", json!(&x.unmodelled[..]));
    if let Some(sem) = x.semantic.as_deref() {
        m.insert(
            "semantic".into(),
            serde_json::to_value(sem).expect("serialises"),
        );
    }
    J::Object(m)
}
