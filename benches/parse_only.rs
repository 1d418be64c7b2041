//! A bare parse of a YAML file to a `yaml_serde::Value` (the libyaml-based serde parser), the
//! reference the lint benchmark compares against: `cargo run --release -p specforge-benches --example parse_only -- FILE`.
fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let text = std::fs::read_to_string(path).expect("readable");
    let v: yaml_serde::Value = yaml_serde::from_str(&text).expect("valid YAML");
    std::hint::black_box(v);
}
