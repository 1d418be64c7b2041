//! Hostile and broken input: every case ends in a result or a located error with exit code 2
//! (1 for lint findings), never a panic (101), a hang or unbounded memory; nothing is read or
//! written outside where it was told.

mod common;

use common::*;
use std::path::Path;

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.to_str().unwrap().to_string()
}

const HEAD: &str = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n";

#[test]
fn yaml_alias_bomb_is_refused_at_the_alias() {
    let dir = fresh_dir("bomb");
    let mut text = format!("{HEAD}x-a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..10 {
        let refs = vec![format!("*a{}", i - 1); 10].join(", ");
        text.push_str(&format!("x-a{i}: &a{i} [{refs}]\n"));
    }
    let f = write(&dir, "bomb.yaml", text);
    let o = run(&["lint", &f]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(e.contains("aliases expand to more than"), "{e}");
    assert!(e.contains("bomb.yaml:"), "{e}");
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn deep_nesting_is_refused_not_a_stack_overflow() {
    let dir = fresh_dir("deep");
    let n = 100_000;
    let (open, close) = ("[".repeat(n), "]".repeat(n));
    let yaml = write(&dir, "deep.yaml", format!("{HEAD}x-deep: {open}{close}\n"));
    let json = write(
        &dir,
        "deep.json",
        format!(
            "{{\"openapi\":\"3.1.0\",\"info\":{{\"title\":\"t\",\"version\":\"1\"}},\"paths\":{{}},\"x\":{open}{close}}}"
        ),
    );
    let block: String = (0..5000)
        .map(|i| format!("{}k{i}:\n", " ".repeat(i + 1)))
        .collect();
    let block = write(&dir, "block.yaml", format!("{HEAD}x:\n{block}"));
    for (f, at) in [
        (&yaml, "deep.yaml:4:"),
        (&json, "deep.json:1:"),
        (&block, "block.yaml:132:"),
    ] {
        let o = run(&["lint", f]);
        assert_eq!(o.status.code(), Some(2), "{f}: {}", stderr(&o));
        let e = stderr(&o);
        assert!(e.contains("error[SF001]") && e.contains(at), "{e}");
    }
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn invalid_utf8_is_located() {
    let dir = fresh_dir("utf8");
    let f = write(
        &dir,
        "bad.yaml",
        b"openapi: 3.1.0\ninfo: {title: t\xff\xfe, version: '1'}\npaths: {}\n",
    );
    let o = run(&["lint", &f]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.contains("is not UTF-8 text") && e.contains("bad.yaml:2:16"),
        "{e}"
    );
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn bom_and_crlf_keep_locations_right() {
    let dir = fresh_dir("crlf");
    let f = write(
        &dir,
        "crlf.yaml",
        b"\xef\xbb\xbfopenapi: 3.1.0\r\ninfo: {title: t, version: '1'}\r\npaths: {}\r\ncomponents:\r\n  schemas:\r\n    A: {type: object, required: [nmae], properties: {name: {type: string}}}\r\n",
    );
    let o = run(&["lint", &f]);
    assert_eq!(o.status.code(), Some(1), "SF151 is an error finding");
    let out = stdout(&o);
    assert!(out.contains("crlf.yaml:6:34"), "the `nmae` entry: {out}");
    assert!(!out.contains('\r'), "no carriage return in the snippet");
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn snippets_of_large_files_show_the_right_lines() {
    // Past the size at which the source is kept compressed after parsing (decision 011): the
    // snippet lines must still be the ones the locations name, across CRLF and non-ASCII text.
    let dir = fresh_dir("large");
    let mut text = String::from(
        "openapi: 3.1.0\r\ninfo: {title: t, version: '1'}\r\npaths: {}\r\ncomponents:\r\n  schemas:\r\n",
    );
    let bad = |i: usize| {
        format!(
            "    Bad{i}: {{type: object, required: [nmae{i}], properties: {{name{i}: {{type: string}}}}}}\r\n"
        )
    };
    text.push_str(&bad(0));
    for i in 0..6000 {
        text.push_str(&format!(
            "    S{i}:\r\n      type: string\r\n      description: Grüße, naïve café nº {i}, a line long enough to fill blocks\r\n"
        ));
    }
    text.push_str(&bad(1));
    assert!(text.len() > 512 * 1024, "{} bytes", text.len());
    let lines = text.lines().count();
    let f = write(&dir, "large.yaml", text);
    let o = run(&["lint", &f]);
    let out = stdout(&o);
    assert!(out.contains("large.yaml:6:37"), "first finding: {out}");
    assert!(
        out.contains(&format!("large.yaml:{lines}:37")),
        "last finding: {out}"
    );
    assert!(
        out.contains("6 |     Bad0: {type: object, required: [nmae0]")
            && out.contains(&format!(
                "{lines} |     Bad1: {{type: object, required: [nmae1]"
            )),
        "snippets: {out}"
    );
    assert!(!out.contains('\r'), "no carriage return in the snippet");
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn duplicate_keys_are_reported_with_both_places() {
    let dir = fresh_dir("dup");
    let f = write(
        &dir,
        "dup.yaml",
        format!(
            "{HEAD}components:\n  schemas:\n    A: {{type: string}}\n    A: {{type: integer}}\n"
        ),
    );
    let o = run(&["lint", &f]);
    let out = stdout(&o);
    assert!(out.contains("warning[SF004]: duplicate key `A`"), "{out}");
    assert!(
        out.contains("dup.yaml:7:5") && out.contains("dup.yaml:6:5"),
        "{out}"
    );
    let j = write(
        &dir,
        "dup.json",
        "{\"openapi\":\"3.1.0\",\"openapi\":\"3.0.0\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{}}",
    );
    let out = stdout(&run(&["lint", &j]));
    assert!(out.contains("duplicate key `openapi`"), "{out}");
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn refs_to_system_files_and_urls_are_refused() {
    let dir = fresh_dir("refs");
    let f = write(
        &dir,
        "refs.yaml",
        format!(
            "{HEAD}components:\n  schemas:\n    A: {{$ref: '/etc/passwd'}}\n    B: {{$ref: '../../../../../../../etc/passwd#/x'}}\n    C: {{$ref: 'https://example.com/x.yaml'}}\n    D: {{$ref: 'file:///etc/passwd'}}\n"
        ),
    );
    let o = run(&["lint", &f]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert_eq!(e.matches("error[SF006]").count(), 4, "{e}");
    for line in 6..=9 {
        assert!(e.contains(&format!("refs.yaml:{line}:15")), "{e}");
    }
    assert!(!e.contains("root:x:0:0"), "nothing of /etc/passwd is shown");
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn ref_cycles_through_several_files_end() {
    let dir = fresh_dir("cycle");
    let a = write(
        &dir,
        "c1.yaml",
        format!("{HEAD}components:\n  schemas:\n    A: {{$ref: 'c2.yaml#/B'}}\n"),
    );
    write(&dir, "c2.yaml", "B: {$ref: 'c3.yaml#/C'}\n");
    write(
        &dir,
        "c3.yaml",
        "C: {$ref: 'c1.yaml#/components/schemas/A'}\n",
    );
    let o = run(&["check", &a]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(
        e.contains("error[SF012]") && e.contains("c3.yaml:1:11"),
        "{e}"
    );
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn api_names_cannot_lead_generation_out_of_its_directory() {
    let dir = fresh_dir("escape");
    std::fs::create_dir_all(dir.join("specs")).unwrap();
    std::fs::copy("tests/fixtures/diff/old.yaml", dir.join("specs/a.yaml")).unwrap();
    for name in ["../../evil", "/tmp/evil", "a/b", ".."] {
        std::fs::write(
            dir.join("specs/specforge.toml"),
            format!("[api.\"{name}\"]\ndocuments = [\"a.yaml\"]\n"),
        )
        .unwrap();
        let o = run_in(&dir, &["generate"]);
        assert_eq!(o.status.code(), Some(2), "{name}");
        assert!(
            stderr(&o).contains("is not a valid name") && stderr(&o).contains("specforge.toml:1:"),
            "{}",
            stderr(&o)
        );
    }
    let entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(entries, ["specs"], "nothing written");
    // Titles and operationIds are never paths: the crate goes exactly where --out says.
    let f = write(
        &dir,
        "t.yaml",
        "openapi: 3.1.0\ninfo: {title: '../../x', version: '1'}\npaths:\n  /a:\n    get:\n      operationId: '../../etc/x'\n      responses: {'200': {description: ok}}\n",
    );
    let o = run_in(&dir, &["generate", "--out", "out", &f]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let mut files = Vec::new();
    let mut stack = vec![dir.join("out")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(d).unwrap().flatten() {
            if e.path().is_dir() {
                stack.push(e.path());
            } else {
                files.push(e.path());
            }
        }
    }
    assert!(files.iter().all(|f| f.starts_with(dir.join("out"))));
    let client = std::fs::read_to_string(dir.join("out/src/client.rs")).unwrap();
    assert!(
        client.contains("pub async fn etc_x("),
        "sanitised method name"
    );
    std::fs::remove_dir_all(dir).ok();
}

/// Found by the `lint` fuzz target (its `diff` of a document against itself ran for minutes):
/// a schema whose two properties each refer back to it made the diff walk exponential, since
/// the component's properties were merged into the referring schema and compared again
/// inline. The fixture is the fuzzer's input as found. The walk must end; it is bounded by a
/// wait of 60 s here so a regression fails instead of hanging CI.
#[test]
fn diff_of_shared_recursive_schemas_ends() {
    let f = "tests/fixtures/hostile/diff-shared-recursion.yaml";
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_specforge"))
        .args(["diff", f, f])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut waited = 0;
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if waited >= 600 {
            child.kill().unwrap();
            panic!("`specforge diff` did not finish in 60 s");
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
        waited += 1;
    };
    assert_eq!(status.code(), Some(0));
    let mut out = String::new();
    std::io::Read::read_to_string(&mut child.stdout.take().unwrap(), &mut out).unwrap();
    assert!(out.contains("no changes to the API"), "{out}");
}

/// A document whose `components.schemas` are `schemas` (JSON text) and whose one operation
/// answers the first of them.
fn schema_doc(first: &str, schemas: &str) -> String {
    format!(
        r##"{{"openapi": "3.1.0", "info": {{"title": "t", "version": "1"}},
"paths": {{"/x": {{"get": {{"operationId": "x", "responses": {{"200": {{"description": "ok",
"content": {{"application/json": {{"schema": {{"$ref": "#/components/schemas/{first}"}}}}}}}}}}}}}}}},
"components": {{"schemas": {{{schemas}}}}}}}"##
    )
}

/// Every command on `doc`: none panics or overflows its stack; generation writes a crate.
fn every_command_ends(dir: &Path, doc: &str) {
    let f = write(dir, "doc.json", doc);
    let g = write(dir, "doc2.json", doc);
    for args in [
        vec!["model", f.as_str()],
        vec!["lint", f.as_str()],
        vec!["diff", f.as_str(), g.as_str()],
    ] {
        let o = run(&args);
        assert!(
            matches!(o.status.code(), Some(0 | 1)),
            "{args:?}: {}",
            stderr(&o)
        );
    }
    let out = dir.join("out");
    let o = run(&["generate", "--out", out.to_str().unwrap(), &f]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(out.join("src/types.rs").is_file());
}

#[test]
fn a_chain_of_6000_refs_ends_everywhere() {
    // `A0: {$ref: A1}` … `A5999: {$ref: A6000}`: the model built them recursively and
    // overflowed its stack.
    let dir = fresh_dir("chain");
    let mut schemas: Vec<String> = (0..6000)
        .map(|i| format!(r##""A{i}": {{"$ref": "#/components/schemas/A{}"}}"##, i + 1))
        .collect();
    schemas.push(r#""A6000": {"type": "string"}"#.into());
    every_command_ends(&dir, &schema_doc("A0", &schemas.join(",")));
    // The same chain through properties: the type space made each type inside the last.
    let mut schemas: Vec<String> = (0..6000)
        .map(|i| {
            format!(
                r##""B{i}": {{"type": "object", "properties": {{"next": {{"$ref": "#/components/schemas/B{}"}}}}}}"##,
                i + 1
            )
        })
        .collect();
    schemas.push(r#""B6000": {"type": "string"}"#.into());
    every_command_ends(&dir, &schema_doc("B0", &schemas.join(",")));
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn huge_names_and_structs_are_bounded_with_a_diagnostic() {
    let dir = fresh_dir("huge");
    // A 100,000-character schema name and 100,000 properties made crates rustc could not build.
    let long = "N".repeat(100_000);
    let props: Vec<String> = (0..100_000)
        .map(|i| format!(r#""p{i}": {{"type": "string"}}"#))
        .collect();
    let doc = schema_doc(
        &long,
        &format!(
            r#""{long}": {{"type": "object", "properties": {{"x": {{"type": "string"}}}}}},
"Big": {{"type": "object", "properties": {{{}}}}}"#,
            props.join(",")
        ),
    );
    let f = write(&dir, "doc.json", &doc);
    let out = dir.join("out");
    let o = run(&["generate", "--out", out.to_str().unwrap(), &f]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(
        e.contains("info[SF024]: a name of 100000 characters is shortened"),
        "{e}"
    );
    assert!(
        e.contains("info[SF023]") && e.contains("100000 properties"),
        "{e}"
    );
    // Messages stay short: the pointer of a hostile name is clipped.
    assert!(
        e.lines().all(|l| l.chars().count() < 400),
        "a line of {} characters",
        e.lines().map(|l| l.len()).max().unwrap_or(0)
    );
    let types = std::fs::read_to_string(out.join("src/types.rs")).unwrap();
    assert!(types.len() < 100_000, "{} bytes of types", types.len());
    assert!(
        types.contains("pub type Big = BTreeMap<String, Value>;"),
        "{types}"
    );
    std::fs::remove_dir_all(dir).ok();
}

/// Issue 17: a directory symlink inside `--out` made `generate` write outside it.
#[cfg(unix)]
#[test]
fn generate_does_not_write_through_a_link_inside_out() {
    let base = fresh_dir("out-link");
    let (out, elsewhere) = (base.join("out"), base.join("elsewhere"));
    std::fs::create_dir_all(&out).unwrap();
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, out.join("src")).unwrap();
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/codegen/kitchen-sink.yaml");
    let o = run(&[
        "generate",
        "--out",
        out.to_str().unwrap(),
        fixture.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("is a symbolic link"), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_dir(&elsewhere).unwrap().count(),
        0,
        "nothing written outside"
    );
    assert!(!out.join("Cargo.toml").exists(), "nothing written at all");
    std::fs::remove_dir_all(&base).ok();
}

/// Issue 17: the size limit holds for files reached by `$ref` (a sparse 300 MiB file is
/// refused, not read), and only regular files are read: a FIFO would block forever and
/// `/dev/zero` behind a symbolic link would never end.
#[test]
#[cfg(unix)]
fn special_and_oversized_files_are_refused_not_read() {
    let dir = fresh_dir("special");
    let big = std::fs::File::create(dir.join("big.yaml")).unwrap();
    big.set_len(300 * 1024 * 1024).unwrap();
    drop(big);
    std::os::unix::fs::symlink("/dev/zero", dir.join("zero.yaml")).unwrap();
    let fifo = dir.join("fifo.yaml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    for (target, why) in [
        ("big.yaml", "the limit is"),
        ("zero.yaml", "not a regular file"),
        ("fifo.yaml", "not a regular file"),
    ] {
        if target == "fifo.yaml" && !made {
            continue;
        }
        let spec = write(
            &dir,
            "spec.yaml",
            format!("{HEAD}components:\n  schemas:\n    A: {{$ref: '{target}#/A'}}\n"),
        );
        // The link to /dev/zero leaves the root (SF006) unless allowed; allowed, the device
        // is still not read.
        let o = run(&["lint", "--allow-refs-outside-root", &spec]);
        assert_eq!(o.status.code(), Some(2), "{target}");
        let e = stderr(&o);
        assert!(e.contains(why) && e.contains(target), "{target}: {e}");
        assert!(e.contains("spec.yaml:6:"), "located at the $ref: {e}");
    }
    if made {
        // Named on the command line, a FIFO is refused the same way.
        let o = run(&["lint", fifo.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2));
        assert!(stderr(&o).contains("not a regular file"), "{}", stderr(&o));
    }
    std::fs::remove_dir_all(dir).ok();
}

/// Issue 17: an overlay that updates `$..*` again and again would grow the document until
/// memory runs out (1.9 KB of overlay reached 3.9 GB); the growth overlays may cause is
/// bounded, and the action that would break the bound is named.
#[test]
fn overlay_growth_is_bounded() {
    let dir = fresh_dir("overlay-growth");
    let spec = write(
        &dir,
        "spec.yaml",
        format!(
            "{HEAD}components:\n  schemas:\n    A: {{type: object, properties: {{a: {{type: string}}, b: {{type: string}}}}}}\n"
        ),
    );
    // Each update adds 2,000 nodes to every node selected; the second action selects the
    // first one's copies too, and is refused before anything is copied.
    let items = vec!["1"; 2000].join(", ");
    let mut overlay = String::from("overlay: 1.0.0\ninfo: {title: grow, version: '1'}\nactions:\n");
    for _ in 0..40 {
        overlay.push_str(&format!(
            "  - target: $..*\n    update: {{x-grow: [{items}]}}\n"
        ));
    }
    let overlay = write(&dir, "grow.yaml", overlay);
    let o = run(&["lint", "--overlay", &overlay, &spec]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(
        e.contains("error[SF018]") && e.contains("may add at most"),
        "{e}"
    );
    assert!(e.contains("grow.yaml:"), "located in the overlay: {e}");
    std::fs::remove_dir_all(dir).ok();
}
