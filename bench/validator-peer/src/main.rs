//! specforge's validator beside the `jsonschema` crate, for a decision record.
//!
//! `validator-peer [agree|speed|all] [--corpus DIR] [--limit N]` prints markdown tables:
//!
//! - **agree**: every example lint checks (SF121's cases) in every OpenAPI 3.1 spec of the
//!   corpus and of the seeds' project, judged by both validators; each disagreement classified.
//! - **speed**: building the validators and validating every example once and ten times, on
//!   Stripe, GitHub and Telnyx.
//!
//! The dependency weight of each validator is measured by `bench/validator-peer.sh`.

mod agree;
mod cases;
mod inputs;
mod peer;
mod speed;
mod table;

use std::path::PathBuf;
use std::process::ExitCode;

/// The repository this crate sits in (`bench/validator-peer/../..`).
fn repo_root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

struct Args {
    agree: bool,
    speed: bool,
    corpus: PathBuf,
    /// Unexplained disagreements printed in full.
    limit: usize,
}

fn args() -> Result<Args, String> {
    let mut a = Args {
        agree: true,
        speed: true,
        corpus: repo_root().join("../shared/corpus"),
        limit: 20,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "agree" => (a.agree, a.speed) = (true, false),
            "speed" => (a.agree, a.speed) = (false, true),
            "all" => (a.agree, a.speed) = (true, true),
            "--corpus" => a.corpus = it.next().ok_or("--corpus needs a directory")?.into(),
            "--limit" => {
                a.limit = it
                    .next()
                    .and_then(|n| n.parse().ok())
                    .ok_or("--limit needs a number")?;
            }
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    Ok(a)
}

fn main() -> ExitCode {
    let a = match args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!(
                "validator-peer: {e}\nusage: validator-peer [agree|speed|all] [--corpus DIR] [--limit N]"
            );
            return ExitCode::from(2);
        }
    };
    if !a.corpus.join("MANIFEST.md").is_file() {
        eprintln!(
            "validator-peer: no corpus at {} (MANIFEST.md missing)",
            a.corpus.display()
        );
        return ExitCode::from(2);
    }
    if a.agree {
        agree::run(
            &a.corpus,
            &repo_root().join("specs/specforge.toml"),
            a.limit,
        );
    }
    if a.speed {
        speed::run(&a.corpus);
    }
    ExitCode::SUCCESS
}
