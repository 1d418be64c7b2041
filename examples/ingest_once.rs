//! Ingests the files given on the command line once per repetition and prints the time
//! (for profiling: `cargo run --release --example ingest_once -- FILE [REPS]`).
fn main() {
    let mut args = std::env::args().skip(1);
    let file = std::path::PathBuf::from(args.next().expect("a file"));
    let reps: usize = args.next().map_or(5, |r| r.parse().expect("a number"));
    let input = [specforge::ingest::ApiInput {
        name: None,
        files: vec![file],
        root: None,
    }];
    for _ in 0..reps {
        let t = std::time::Instant::now();
        let ws = specforge::ingest::ingest(&input, &Default::default());
        let el = t.elapsed();
        println!(
            "{:?} apis={} diags={}",
            el,
            ws.apis.len(),
            ws.diagnostics.len()
        );
    }
}
