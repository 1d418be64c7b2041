//! Speed: building the validators for every example root of a large spec, and validating every
//! example once and ten times, specforge and `jsonschema` in the same process.
//!
//! specforge builds one table for all roots (`with_validator`, as SF121 does) and validates
//! located values (`Validator::validate`, which converts each to JSON first); `jsonschema`
//! compiles one validator per distinct schema pointer against the registered document and
//! validates the values already converted. Both judge a value the same way: a boolean pass,
//! then the errors only when it fails. OpenAPI 3.0 specs are read by `jsonschema` as draft 4
//! (its `nullable` ignored), so verdicts may differ there.

use crate::cases::cases;
use crate::inputs::load_files;
use crate::peer::{self, Peer};
use crate::table::{Table, dur};
use jsonschema::Draft;
use serde_json::Value;
use specforge::ingest::SpecVersion;
use specforge::lint::validate::{LINT, with_validator};
use specforge::model::SchemaId;
use specforge::tree::Node;
use specforge::validation::runtime::{Direction, Options};
use std::collections::HashMap;
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

const REPEAT: u32 = 10;

/// The specs timed, relative to the corpus (a directory: its `.yaml` files).
const SPECS: &[&str] = &[
    "stripe/spec3-2023-09-12.yaml",
    "github",
    "telnyx/telnyx-spec3-2026-07-16.yml",
];

struct Timing {
    build: Duration,
    once: Duration,
    repeated: Duration,
    /// Per example: valid or not.
    valid: Vec<bool>,
}

pub fn run(corpus: &Path) {
    println!("## 2. Speed (release build, one process)\n");
    let mut t = Table::new(&[
        "spec",
        "read as",
        "examples",
        "schemas",
        "build: specforge",
        "build: jsonschema",
        "ratio",
        "validate all once: specforge",
        "jsonschema",
        "ratio",
        "per example (10×): specforge",
        "jsonschema",
        "ratio",
        "of which Node→JSON",
        "verdicts agree",
    ]);
    for entry in SPECS {
        let path = corpus.join(entry);
        let files: Vec<_> = if path.is_dir() {
            let mut f: Vec<_> = std::fs::read_dir(&path)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
                .collect();
            f.sort();
            f
        } else {
            vec![path]
        };
        for file in files {
            let label = file
                .strip_prefix(corpus)
                .unwrap_or(&file)
                .display()
                .to_string();
            match load_files(&label, std::slice::from_ref(&file)) {
                Ok(specs) => {
                    for spec in specs {
                        if let Some(row) = measure(&spec) {
                            t.row(row);
                        }
                    }
                }
                Err(e) => eprintln!("{label}: {e}"),
            }
        }
    }
    t.print();
    println!(
        "Build: specforge plans one rule table for every example root and copies it into its \
         arena; jsonschema prepares a registry with the merged document and compiles one \
         validator per distinct schema pointer. Neither includes ingest, the model, or the \
         document's conversion to `serde_json::Value`. \"Of which Node→JSON\" is the part of \
         specforge's per-example time spent converting the located example to JSON \
         (lint's path does it for every check; jsonschema is given values converted once).\n"
    );
}

fn ratio(a: Duration, b: Duration) -> String {
    format!("{:.1}×", a.as_secs_f64() / b.as_secs_f64().max(1e-12))
}

struct Case {
    schema: SchemaId,
    value: Node,
    json: Value,
    direction: Direction,
}

fn measure(spec: &crate::inputs::Spec) -> Option<Vec<String>> {
    let m = &spec.model;
    let cases: Vec<Case> = cases(m)
        .into_iter()
        .map(|c| Case {
            schema: c.schema,
            value: c.example.value.clone(),
            json: c.example.value.to_json(),
            direction: c.direction,
        })
        .collect();
    if cases.is_empty() {
        return None;
    }
    let n = cases.len();
    let (draft, read_as) = if spec.api.version == SpecVersion::V31 {
        (Draft::Draft202012, "3.1 / 2020-12")
    } else {
        (Draft::Draft4, "3.0 / draft 4")
    };

    // specforge, as SF121 runs it.
    let start = Instant::now();
    let sf = with_validator(m, cases.iter().map(|c| c.schema), |v| {
        let build = start.elapsed();
        let run = |c: &Case| {
            let options = Options {
                direction: c.direction,
                ..LINT
            };
            v.validate(c.schema, &c.value, &options)
        };
        let t = Instant::now();
        let valid: Vec<bool> = cases.iter().map(|c| black_box(run(c)).is_empty()).collect();
        let once = t.elapsed();
        let t = Instant::now();
        for _ in 0..REPEAT {
            for c in &cases {
                black_box(run(c));
            }
        }
        Timing {
            build,
            once,
            repeated: t.elapsed(),
            valid,
        }
    });
    let t = Instant::now();
    for _ in 0..REPEAT {
        for c in &cases {
            black_box(c.value.to_json());
        }
    }
    let to_json = t.elapsed();

    // jsonschema: the document registered once, a validator per distinct pointer.
    let doc = spec.api.doc.to_json();
    let start = Instant::now();
    let peer = match Peer::new(&doc, draft) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{}: jsonschema registry: {e}", spec.label);
            return None;
        }
    };
    let mut compiled = HashMap::new();
    let mut failed = 0;
    for c in &cases {
        let pointer = &*m.schema(c.schema).pointer;
        compiled.entry(pointer).or_insert_with(|| {
            let v = peer.compile(pointer, true).ok();
            failed += usize::from(v.is_none());
            v
        });
    }
    let build = start.elapsed();
    // (example index, its validator) for the examples jsonschema could compile.
    let checked: Vec<(usize, &jsonschema::Validator)> = cases
        .iter()
        .enumerate()
        .filter_map(|(i, c)| Some((i, compiled[&*m.schema(c.schema).pointer].as_ref()?)))
        .collect();
    let t = Instant::now();
    let js_valid: Vec<bool> = checked
        .iter()
        .map(|&(i, v)| black_box(peer::check(v, &cases[i].json)) == 0)
        .collect();
    let once = t.elapsed();
    let t = Instant::now();
    for _ in 0..REPEAT {
        for &(i, v) in &checked {
            black_box(peer::check(v, &cases[i].json));
        }
    }
    let js = Timing {
        build,
        once,
        repeated: t.elapsed(),
        valid: js_valid,
    };

    let agree = checked
        .iter()
        .zip(&js.valid)
        .filter(|((i, _), v)| sf.valid[*i] == **v)
        .count();
    let per = |d: Duration, n: usize| d / (REPEAT * n.max(1) as u32);
    let (sf_per, js_per) = (per(sf.repeated, n), per(js.repeated, checked.len()));
    let mut examples = n.to_string();
    if failed > 0 {
        examples.push_str(&format!(
            " ({} not compiled by jsonschema)",
            n - checked.len()
        ));
    }
    Some(vec![
        spec.label.clone(),
        read_as.into(),
        examples,
        compiled.len().to_string(),
        dur(sf.build),
        dur(js.build),
        ratio(js.build, sf.build),
        dur(sf.once),
        dur(js.once),
        ratio(js.once, sf.once),
        dur(sf_per),
        dur(js_per),
        ratio(js_per, sf_per),
        dur(per(to_json, n)),
        format!("{agree} / {}", checked.len()),
    ])
}
