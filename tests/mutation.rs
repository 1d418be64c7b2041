//! Hostile input: deterministic byte-level mutations of the seeds (and, when present, a few
//! corpus files) go through ingest, model and lint. Nothing may panic; every failure must be a
//! located, coded diagnostic. Bounded: a fixed number of mutants from a fixed seed.

mod common;

use common::fresh_dir;
use specforge::ingest::{self, ApiInput, IngestOptions};
use specforge::lint::{self, config::LintConfig};
use specforge::model;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

/// A small xorshift generator: the same mutants on every run and machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const TOKENS: &[&[u8]] = &[
    b"{", b"}", b"[", b"]", b":", b"\n", b"  ", b"'", b"\"", b"&a", b"*a", b"$ref: x", b"- ",
    b"\t", b"#", b"\\", b"\xff", b"%", b"`````",
];

fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut v = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(v.len());
        match rng.below(4) {
            0 => {
                let t = TOKENS[rng.below(TOKENS.len())];
                v.splice(at..at, t.iter().copied());
            }
            1 => {
                let end = (at + 1 + rng.below(40)).min(v.len());
                v.drain(at..end);
            }
            2 => {
                let i = at.min(v.len().saturating_sub(1));
                if let Some(b) = v.get_mut(i) {
                    *b = rng.next() as u8;
                }
            }
            _ => {
                // Duplicate a chunk elsewhere (keys, nesting).
                let end = (at + rng.below(80)).min(v.len());
                let chunk = v[at..end].to_vec();
                let to = rng.below(v.len());
                v.splice(to..to, chunk);
            }
        }
    }
    v
}

#[test]
fn mutated_inputs_never_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut inputs: Vec<(String, Vec<u8>)> = std::fs::read_dir(root.join("specs"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".txt"))
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    inputs.sort();
    for extra in [
        "mintlify-md/unattributed/tyk-update-a-webhook-by-id.md",
        "apis-guru/aiception.com__1.0.0__swagger.yaml",
    ] {
        if let Ok(b) = std::fs::read(root.join("../shared/corpus").join(extra)) {
            inputs.push((extra.replace('/', "_"), b));
        }
    }
    let dir = fresh_dir("mutants");
    let mut rng = Rng(0x5eed_f00d_1234_5678);
    let mut panics = Vec::new();
    let mut outcomes = [0usize; 2];
    for round in 0..250 {
        for (name, bytes) in &inputs {
            let mutant = mutate(&mut rng, bytes);
            let path = dir.join(name);
            std::fs::write(&path, &mutant).unwrap();
            let r = catch_unwind(AssertUnwindSafe(|| {
                let ws = ingest::ingest(
                    &[ApiInput {
                        name: None,
                        files: vec![path.clone()],
                        ..Default::default()
                    }],
                    &IngestOptions::default(),
                );
                for d in ws.diagnostics.items().iter().filter(|d| d.is_error()) {
                    assert!(d.code.starts_with("SF0"), "coded: {d:?}");
                }
                let (m, _) = model::build(&ws);
                lint::lint(&ws, &m, &LintConfig::default());
                ws.has_errors()
            }));
            match r {
                Ok(failed) => outcomes[usize::from(failed)] += 1,
                Err(_) => {
                    let keep = dir.join(format!("panic-{round}-{name}"));
                    std::fs::write(&keep, &mutant).unwrap();
                    panics.push(keep.display().to_string());
                }
            }
        }
    }
    println!(
        "mutants: {} read, {} rejected with diagnostics",
        outcomes[0], outcomes[1]
    );
    assert!(
        panics.is_empty(),
        "panicked on (kept for replay): {panics:?}"
    );
    std::fs::remove_dir_all(&dir).ok();
}
