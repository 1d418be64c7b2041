//! Ingest throughput on the largest corpus specs, beside a bare libyaml-based serde parse of
//! the same bytes to a `Value` (`yaml_serde`, the maintained serde_yaml) in the same run.
//!
//! Run: `cargo bench -p specforge-benches --bench ingest`. Needs `../shared/corpus` beside the repository.
//! "ingest" = read + detect wrapper + parse with a location on every node + bundle refs +
//! normalise + (for 2.0) convert; "model" adds building the intermediate model.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use specforge::ingest::{self, ApiInput, IngestOptions};
use std::path::{Path, PathBuf};
use std::time::Duration;

const FILES: &[&str] = &[
    "stripe/spec3-2023-09-12.yaml",
    "telnyx/telnyx-spec3-2026-07-16.yml",
    "oas31/openai-openapi.yaml",
    "github/apis-guru-api.github.com-1.1.4-openapi.yaml",
    "stripe/spec3-2022-04-12.json",
];

fn corpus() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus");
    p.is_dir().then_some(p)
}

fn bench(c: &mut Criterion) {
    let Some(dir) = corpus() else {
        eprintln!("../shared/corpus not found; nothing to benchmark");
        return;
    };
    let mut g = c.benchmark_group("ingest");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(8))
        .warm_up_time(Duration::from_secs(1));
    for f in FILES {
        let path = dir.join(f);
        let text = std::fs::read_to_string(&path).expect("corpus file");
        g.throughput(Throughput::Bytes(text.len() as u64));
        let name = Path::new(f)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let input = [ApiInput {
            name: None,
            files: vec![path.clone()],
            ..Default::default()
        }];
        g.bench_function(format!("specforge-ingest/{name}"), |b| {
            b.iter(|| {
                let ws = ingest::ingest(&input, &IngestOptions::default());
                assert!(!ws.apis.is_empty());
                ws
            })
        });
        g.bench_function(format!("specforge-ingest+model/{name}"), |b| {
            b.iter(|| {
                let ws = ingest::ingest(&input, &IngestOptions::default());
                specforge::model::build(&ws)
            })
        });
        if f.ends_with(".json") {
            g.bench_function(format!("serde_json-value/{name}"), |b| {
                b.iter(|| serde_json::from_str::<serde_json::Value>(&text).unwrap())
            });
        } else if let Err(e) = yaml_serde::from_str::<yaml_serde::Value>(&text) {
            // OpenAI's spec has `minimum: -9223372036854776000`, which libyaml-based serde
            // cannot hold; specforge keeps the number's text.
            eprintln!("yaml_serde-value/{name}: baseline cannot parse this file: {e}");
        } else {
            g.bench_function(format!("yaml_serde-value/{name}"), |b| {
                b.iter(|| yaml_serde::from_str::<yaml_serde::Value>(&text).unwrap())
            });
        }
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
