//! Ingests a file once per repetition and prints the time, with and without dropping the
//! result (for profiling: `cargo run --release -p specforge-benches --example ingest_once -- FILE [REPS]`).
fn main() {
    let mut args = std::env::args().skip(1);
    let file = std::path::PathBuf::from(args.next().expect("a file"));
    let reps: usize = args.next().map_or(5, |r| r.parse().expect("a number"));
    let input = [specforge::ingest::ApiInput {
        name: None,
        files: vec![file],
        ..Default::default()
    }];
    for _ in 0..reps {
        let t = std::time::Instant::now();
        let ws = specforge::ingest::ingest(&input, &Default::default());
        let parsed = t.elapsed();
        let (apis, diags) = (ws.apis.len(), ws.diagnostics.len());
        drop(ws);
        println!(
            "{:?} (with drop {:?}) apis={apis} diags={diags}",
            parsed,
            t.elapsed()
        );
    }
}
