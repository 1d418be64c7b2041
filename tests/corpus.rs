//! Corpus sweep: every file in `../shared/corpus/` is ingested and modelled without a panic.
//! Each file is read alone; files of the multi-file SailPoint spec that are reached through
//! `$ref` from its root count as parts of that spec. Prints counts of OK / clear error, and
//! fails if any file panics, or if an error has no location or code.
//!
//! Skipped (with a message) when the corpus is not beside the repository.

use specforge::ingest::{self, ApiInput, IngestOptions};
use specforge::model;
use std::collections::{BTreeMap, BTreeSet};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

fn corpus_dir() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    p.is_dir().then_some(p)
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files(&p, out);
        } else if p.file_name().is_some_and(|n| n != "MANIFEST.md") {
            out.push(p);
        }
    }
}

/// The corpus directory and every file in it, sorted; `None` (and a message) without a corpus.
fn corpus_files() -> Option<(PathBuf, Vec<PathBuf>)> {
    let Some(dir) = corpus_dir() else {
        eprintln!("corpus not found beside the repository; skipped");
        return None;
    };
    let mut all = Vec::new();
    files(&dir, &mut all);
    Some((dir, all))
}

#[test]
fn every_corpus_file_is_ingested_without_panic() {
    let Some((dir, all)) = corpus_files() else {
        return;
    };

    // Files reached from the multi-file root are parts of it.
    let root = dir.join("sailpoint/multifile-v3/sailpoint-api.v3.yaml");
    let ws = ingest::ingest(
        &[ApiInput {
            name: Some("sailpoint-multifile".into()),
            files: vec![root.clone()],
            ..Default::default()
        }],
        &IngestOptions::default(),
    );
    let parts: BTreeSet<PathBuf> = ws.sources.iter().map(|(_, f)| f.path.clone()).collect();
    assert!(
        parts.len() > 100,
        "the multi-file root reaches its fragments ({} files)",
        parts.len()
    );

    let mut ok = 0;
    let mut part_of_root = 0;
    let mut errors: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut panics = Vec::new();
    for f in &all {
        let canonical = f.canonicalize().unwrap();
        if canonical != root.canonicalize().unwrap() && parts.contains(&canonical) {
            part_of_root += 1;
            continue;
        }
        let result = catch_unwind(AssertUnwindSafe(|| {
            let ws = ingest::ingest(
                &[ApiInput {
                    name: None,
                    files: vec![f.clone()],
                    ..Default::default()
                }],
                &IngestOptions::default(),
            );
            let (_m, mdiags) = model::build(&ws);
            let mut errs: Vec<String> = ws
                .diagnostics
                .items()
                .iter()
                .chain(mdiags.items())
                .filter(|d| d.is_error())
                .map(|d| d.short(&ws.sources))
                .collect();
            errs.sort();
            (ws.apis.len(), errs)
        }));
        let rel = f.strip_prefix(&dir).unwrap().display().to_string();
        match result {
            Ok((_, errs)) if errs.is_empty() => ok += 1,
            Ok((_, errs)) => {
                errors.insert(rel, errs);
            }
            Err(_) => panics.push(rel),
        }
    }
    println!(
        "corpus: {} files: {ok} OK, {part_of_root} parts of the multi-file spec, {} clear errors, {} panics",
        all.len(),
        errors.len(),
        panics.len()
    );
    for (file, errs) in &errors {
        println!("  {file}: {} error(s); first: {}", errs.len(), errs[0]);
    }
    assert!(panics.is_empty(), "panicked on: {panics:?}");
    for errs in errors.values() {
        for e in errs {
            assert!(e.contains("[SF0"), "every error has a code: {e}");
        }
    }
}

#[test]
fn every_corpus_file_is_linted_and_diffed_against_itself_without_panic() {
    use specforge::lint::{self, config::LintConfig};
    let Some((dir, all)) = corpus_files() else {
        return;
    };
    let root = dir
        .join("sailpoint/multifile-v3/sailpoint-api.v3.yaml")
        .canonicalize()
        .unwrap();
    let fragments = root.parent().unwrap().to_path_buf();
    let mut counts: BTreeMap<String, (usize, BTreeSet<String>)> = BTreeMap::new();
    let mut linted = 0;
    let (mut panics, mut unequal, mut repeated) = (Vec::new(), Vec::new(), Vec::new());
    for f in &all {
        let c = f.canonicalize().unwrap();
        if c != root && c.starts_with(&fragments) {
            continue; // linted through the root
        }
        let rel = f.strip_prefix(&dir).unwrap().display().to_string();
        let result = catch_unwind(AssertUnwindSafe(|| {
            let ws = ingest::ingest(
                &[ApiInput {
                    name: None,
                    files: vec![f.clone()],
                    ..Default::default()
                }],
                &IngestOptions::default(),
            );
            if ws.has_errors() {
                return None;
            }
            let (m, _) = model::build(&ws);
            // An API compared with itself has no changes (and the walk terminates on it).
            let self_changes: usize = m
                .apis
                .iter()
                .map(|a| {
                    specforge::diff::diff(a, a, &Default::default())
                        .changes
                        .len()
                })
                .sum();
            Some((lint::lint(&ws, &m, &LintConfig::default()), self_changes))
        }));
        match result {
            Ok(Some((found, self_changes))) => {
                if self_changes > 0 {
                    unequal.push(rel.clone());
                }
                linted += 1;
                // One defect, one finding: no rule reports the same node twice.
                let mut places = BTreeSet::new();
                for d in &found {
                    if let Some(p) = &d.primary
                        && !places.insert((d.code.clone(), p.loc))
                    {
                        repeated.push(format!("{rel}: {} {}", d.code, d.message));
                    }
                }
                for d in found {
                    let e = counts.entry(d.code.to_string()).or_default();
                    e.0 += 1;
                    e.1.insert(rel.clone());
                }
            }
            Ok(None) => {}
            Err(_) => panics.push(rel),
        }
    }
    println!("lint over the corpus: {linted} APIs linted");
    println!("| rule | findings | files |");
    println!("|---|---:|---:|");
    for (code, (n, files)) in &counts {
        println!("| {code} | {n} | {} |", files.len());
    }
    assert!(panics.is_empty(), "lint or diff panicked on: {panics:?}");
    assert!(
        repeated.is_empty(),
        "{} findings repeat a rule at a node already reported: {:#?}",
        repeated.len(),
        &repeated[..repeated.len().min(10)]
    );
    assert!(
        unequal.is_empty(),
        "diff against itself found changes in: {unequal:?}"
    );
}

#[test]
fn types_are_generated_for_every_corpus_api_without_panic() {
    let Some((dir, all)) = corpus_files() else {
        return;
    };
    let root = dir
        .join("sailpoint/multifile-v3/sailpoint-api.v3.yaml")
        .canonicalize()
        .unwrap();
    let fragments = root.parent().unwrap().to_path_buf();
    let (mut generated, mut items, mut failures, mut panics) = (0, 0, Vec::new(), Vec::new());
    for f in &all {
        let c = f.canonicalize().unwrap();
        if c != root && c.starts_with(&fragments) {
            continue;
        }
        let rel = f.strip_prefix(&dir).unwrap().display().to_string();
        let result = catch_unwind(AssertUnwindSafe(|| {
            let ws = ingest::ingest(
                &[ApiInput {
                    name: None,
                    files: vec![f.clone()],
                    ..Default::default()
                }],
                &IngestOptions::default(),
            );
            if ws.has_errors() {
                return None;
            }
            let (m, _) = model::build(&ws);
            Some(
                ws.apis
                    .iter()
                    .zip(&m.apis)
                    .map(|(a, am)| specforge::codegen::generate_crate(a, am, &ws.sources))
                    .collect::<Vec<_>>(),
            )
        }));
        match result {
            Ok(Some(crates)) => {
                for c in crates {
                    match c {
                        // Rendering parses the output with syn: a crate here is valid Rust syntax.
                        Ok(files) => {
                            generated += 1;
                            items += files["src/types.rs"].matches("\npub ").count();
                        }
                        Err(d) => failures.push(format!("{rel}: {}", d.message)),
                    }
                }
            }
            Ok(None) => {}
            Err(_) => panics.push(rel),
        }
    }
    println!(
        "types generated for {generated} corpus APIs ({items} items); {} failures",
        failures.len()
    );
    assert!(panics.is_empty(), "generation panicked on: {panics:?}");
    assert!(failures.is_empty(), "{failures:#?}");
}
