//! Agreement on real examples: SF121's cases judged by specforge and by `jsonschema`, each
//! disagreement explained by re-running with one difference removed.
//!
//! The classes, tried in this order (the first that makes the two agree wins):
//! - **(a) semantic kind**: specforge re-run with the model's delimited sets, numbers written
//!   as strings and vendor timestamp layouts taken out of every schema.
//! - **(b) readOnly/writeOnly**: specforge re-run with `readOnly`/`writeOnly` taken out, so
//!   `required` asks the same of every direction.
//! - **(c) format**: both re-run with format assertion off.
//! - **(d) pattern**: every innermost `jsonschema` error is `pattern`, or every specforge
//!   violation is (a regex dialect difference: specforge reads patterns with the `regex` crate
//!   and leaves out those it cannot compile, `jsonschema` with `fancy-regex`).
//! - **(e) unexplained**: none of these; printed for a person to judge.

use crate::cases::cases;
use crate::inputs::{Spec, load_files, load_project, manifest_31};
use crate::peer::{Peer, Verdict, judge};
use crate::table::{Table, clip};
use jsonschema::{Draft, Validator};
use serde_json::Value;
use specforge::lint::validate::{Kind, LINT, Violation, with_validator};
use specforge::model::{ApiModel, SchemaId, Semantic, TimestampFormat};
use specforge::tree::Node;
use specforge::validation::runtime::{Direction, Options};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// One example, owned (the model is changed for the re-runs).
struct Case {
    schema: SchemaId,
    value: Node,
    json: Value,
    /// Where the example is in the merged document.
    pointer: String,
    direction: Direction,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Class {
    Semantic,
    Access,
    Format,
    Pattern,
    Several,
    Unexplained,
}

const CLASSES: [Class; 6] = [
    Class::Semantic,
    Class::Access,
    Class::Format,
    Class::Pattern,
    Class::Several,
    Class::Unexplained,
];

#[derive(Default, Clone)]
struct Counts {
    examples: usize,
    schemas: usize,
    agree: usize,
    /// Of `agree`: both reject.
    both_reject: usize,
    disagree: usize,
    classes: BTreeMap<Class, usize>,
    /// Examples whose schema `jsonschema` could not compile.
    peer_failed: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.examples += o.examples;
        self.schemas += o.schemas;
        self.agree += o.agree;
        self.both_reject += o.both_reject;
        self.disagree += o.disagree;
        self.peer_failed += o.peer_failed;
        for (c, n) in &o.classes {
            *self.classes.entry(*c).or_default() += n;
        }
    }
}

/// Which side rejected the example.
#[derive(Default, Clone, Copy)]
struct Sides {
    specforge_rejects: usize,
    jsonschema_rejects: usize,
}

impl Sides {
    fn add(&mut self, specforge_valid: bool) {
        if specforge_valid {
            self.jsonschema_rejects += 1;
        } else {
            self.specforge_rejects += 1;
        }
    }
}

struct Unexplained {
    spec: String,
    schema: String,
    example: String,
    value: String,
    specforge: String,
    jsonschema: String,
}

/// Everything gathered over the specs.
#[derive(Default)]
struct Report {
    rows: Vec<(String, Counts)>,
    skipped: Vec<(String, String)>,
    /// Per class (a), (b): which side rejected.
    sides: BTreeMap<Class, Sides>,
    /// Per semantic kind involved in (a).
    semantic: BTreeMap<&'static str, Sides>,
    formats: BTreeMap<String, Sides>,
    /// Pattern → which side rejected, and whether the `regex` crate reads it.
    patterns: BTreeMap<String, (Sides, bool)>,
    peer_errors: BTreeMap<String, usize>,
    unexplained: Vec<Unexplained>,
    unexplained_total: usize,
}

pub fn run(corpus: &Path, project: &Path, limit: usize) {
    let mut r = Report::default();
    for path in manifest_31(corpus) {
        match load_files(&path, &[corpus.join(&path)]) {
            Ok(specs) => specs.into_iter().for_each(|s| measure(s, &mut r, limit)),
            Err(e) => r.skipped.push((path, e)),
        }
    }
    match load_project(project) {
        Ok(specs) => specs.into_iter().for_each(|s| measure(s, &mut r, limit)),
        Err(e) => r.skipped.push(("seeds".into(), e)),
    }
    print(&r, limit);
}

fn measure(mut spec: Spec, r: &mut Report, limit: usize) {
    if !spec.is_31() {
        let why = format!("OpenAPI {:?}, not 3.1", spec.api.version);
        r.skipped.push((spec.label, why));
        return;
    }
    let doc = spec.api.doc.to_json();
    let peer = match Peer::new(&doc, Draft::Draft202012) {
        Ok(p) => p,
        Err(e) => {
            r.skipped
                .push((spec.label, format!("jsonschema registry: {e}")));
            return;
        }
    };
    let m = &mut spec.model;
    let cases: Vec<Case> = cases(m)
        .into_iter()
        .map(|c| Case {
            schema: c.schema,
            json: c.example.value.to_json(),
            value: c.example.value.clone(),
            pointer: c.example.pointer.to_string(),
            direction: c.direction,
        })
        .collect();
    let all: Vec<usize> = (0..cases.len()).collect();
    let specforge = specforge_run(m, &cases, &all, true);
    let mut peers = Peers::new(&peer);
    let mut counts = Counts {
        examples: cases.len(),
        schemas: cases
            .iter()
            .map(|c| &*m.schema(c.schema).pointer)
            .collect::<HashSet<_>>()
            .len(),
        ..Counts::default()
    };
    let mut disagree = Vec::new();
    let mut verdicts = HashMap::new();
    for (i, c) in cases.iter().enumerate() {
        let pointer = &m.schema(c.schema).pointer;
        let Some(v) = peers.get(pointer, true, &mut r.peer_errors) else {
            counts.peer_failed += 1;
            continue;
        };
        let verdict = judge(v, &c.json);
        if verdict.valid == specforge[i].is_empty() {
            counts.agree += 1;
            counts.both_reject += usize::from(!verdict.valid);
        } else {
            disagree.push(i);
            verdicts.insert(i, verdict);
        }
    }
    counts.disagree = disagree.len();
    if !disagree.is_empty() {
        let classes = classify(m, &cases, &disagree, &specforge, &verdicts, &mut peers, r);
        for (&i, class) in disagree.iter().zip(classes) {
            *counts.classes.entry(class).or_default() += 1;
            if class == Class::Unexplained {
                r.unexplained_total += 1;
                if r.unexplained.len() < limit {
                    r.unexplained.push(unexplained(
                        &spec.label,
                        m,
                        &cases[i],
                        &specforge[i],
                        &verdicts[&i],
                    ));
                }
            }
        }
    }
    r.rows.push((spec.label, counts));
}

/// `jsonschema` validators by schema pointer and format assertion, compiled on first use.
struct Peers<'p, 'd> {
    peer: &'p Peer<'d>,
    compiled: HashMap<(String, bool), Option<Validator>>,
}

impl<'p, 'd> Peers<'p, 'd> {
    fn new(peer: &'p Peer<'d>) -> Self {
        Peers {
            peer,
            compiled: HashMap::new(),
        }
    }

    fn get(
        &mut self,
        pointer: &str,
        formats: bool,
        errors: &mut BTreeMap<String, usize>,
    ) -> Option<&Validator> {
        self.compiled
            .entry((pointer.to_string(), formats))
            .or_insert_with(|| match self.peer.compile(pointer, formats) {
                Ok(v) => Some(v),
                Err(e) => {
                    *errors.entry(clip(&e, 160)).or_default() += 1;
                    None
                }
            })
            .as_ref()
    }
}

/// specforge's violations of the cases `which` (as SF121 runs: one table for all roots).
fn specforge_run(
    m: &ApiModel,
    cases: &[Case],
    which: &[usize],
    formats: bool,
) -> Vec<Vec<Violation>> {
    with_validator(m, which.iter().map(|&i| cases[i].schema), |v| {
        which
            .iter()
            .map(|&i| {
                let c = &cases[i];
                let options = Options {
                    formats,
                    direction: c.direction,
                    ..LINT
                };
                v.validate(c.schema, &c.value, &options)
            })
            .collect()
    })
}

/// The semantic kinds class (a) takes out: those that change what is valid.
fn semantic_name(s: &Semantic) -> Option<&'static str> {
    match s {
        Semantic::DelimitedSet { .. } => Some("delimited set"),
        Semantic::NumericString { .. } => Some("numeric string"),
        Semantic::Timestamp {
            format: TimestampFormat::Layout { .. },
            ..
        } => Some("timestamp layout"),
        Semantic::Timestamp { .. } => None,
    }
}

fn classify(
    m: &mut ApiModel,
    cases: &[Case],
    which: &[usize],
    specforge: &[Vec<Violation>],
    verdicts: &HashMap<usize, Verdict>,
    peers: &mut Peers<'_, '_>,
    r: &mut Report,
) -> Vec<Class> {
    // (a): the model without the semantic kinds.
    let taken: Vec<_> = m
        .schemas
        .iter_mut()
        .filter(|s| s.semantic.as_deref().and_then(semantic_name).is_some())
        .map(|s| (s.id, s.semantic.take()))
        .collect();
    let no_semantic = specforge_run(m, cases, which, true);
    for (id, sem) in taken {
        m.schemas[id.0 as usize].semantic = sem;
    }
    // (b): the model without readOnly / writeOnly.
    let access: Vec<_> = m
        .schemas
        .iter_mut()
        .filter(|s| s.read_only || s.write_only)
        .map(|s| {
            let was = (s.id, s.read_only, s.write_only);
            (s.read_only, s.write_only) = (false, false);
            was
        })
        .collect();
    let no_access = specforge_run(m, cases, which, true);
    // All three at once, for disagreements with more than one cause.
    let taken: Vec<_> = m
        .schemas
        .iter_mut()
        .filter(|s| s.semantic.as_deref().and_then(semantic_name).is_some())
        .map(|s| (s.id, s.semantic.take()))
        .collect();
    let none_at_all = specforge_run(m, cases, which, false);
    for (id, sem) in taken {
        m.schemas[id.0 as usize].semantic = sem;
    }
    for (id, ro, wo) in access {
        let s = &mut m.schemas[id.0 as usize];
        (s.read_only, s.write_only) = (ro, wo);
    }
    // (c): neither asserts formats.
    let no_formats = specforge_run(m, cases, which, false);
    let m = &*m;
    let mut out = Vec::with_capacity(which.len());
    for (k, &i) in which.iter().enumerate() {
        let c = &cases[i];
        let js = &verdicts[&i];
        let sf_valid = specforge[i].is_empty();
        let pointer = &m.schema(c.schema).pointer;
        let class = if no_semantic[k].is_empty() == js.valid {
            let mut kinds = reached_semantics(m, c.schema);
            kinds.sort_unstable();
            kinds.dedup();
            for kind in kinds {
                r.semantic.entry(kind).or_default().add(sf_valid);
            }
            Class::Semantic
        } else if no_access[k].is_empty() == js.valid {
            Class::Access
        } else if let Some(js_plain) = peers.get(pointer, false, &mut r.peer_errors)
            && no_formats[k].is_empty() == judge(js_plain, &c.json).valid
        {
            let mut names: Vec<String> = js
                .leaves
                .iter()
                .filter(|(k, _)| k == "format")
                .filter_map(|(_, f)| f.clone())
                .collect();
            for x in specforge[i].iter().filter(|x| x.kind == Kind::Format) {
                names.push(match &m.schema(x.schema).format {
                    Some(f) => f.to_string(),
                    None => "date-time (inferred by specforge; no `format`)".into(),
                });
            }
            if names.is_empty() {
                names.push("(inside a failed anyOf/oneOf branch)".into());
            }
            names.sort();
            names.dedup();
            for n in names {
                r.formats.entry(n).or_default().add(sf_valid);
            }
            Class::Format
        } else if let Some(patterns) = pattern_only(m, &specforge[i], js) {
            for p in patterns {
                let readable = regex_reads(m, c.schema, &p);
                let e = r.patterns.entry(p).or_insert((Sides::default(), readable));
                e.0.add(sf_valid);
            }
            Class::Pattern
        } else if none_at_all[k].is_empty()
            == peers
                .get(pointer, false, &mut r.peer_errors)
                .is_some_and(|v| judge(v, &c.json).valid)
        {
            Class::Several
        } else {
            Class::Unexplained
        };
        if matches!(class, Class::Access | Class::Several) {
            r.sides.entry(class).or_default().add(sf_valid);
        }
        out.push(class);
    }
    out
}

/// The semantic kinds of class (a) that the rules of `root` reach.
fn reached_semantics(m: &ApiModel, root: SchemaId) -> Vec<&'static str> {
    let mut t = specforge::validation::Table::new(m);
    t.rule(root);
    t.finish();
    t.rules
        .iter()
        .filter_map(|rule| {
            let s = m.schema(rule.schema?);
            s.semantic.as_deref().and_then(semantic_name)
        })
        .collect()
}

/// The patterns at fault when a pattern is all that one side complains about.
fn pattern_only(m: &ApiModel, specforge: &[Violation], js: &Verdict) -> Option<Vec<String>> {
    let mut out: Vec<String>;
    if !js.valid {
        if js.leaves.is_empty() || js.leaves.iter().any(|(k, _)| k != "pattern") {
            return None;
        }
        out = js.leaves.iter().filter_map(|(_, p)| p.clone()).collect();
    } else {
        if specforge.is_empty() || specforge.iter().any(|x| x.kind != Kind::Pattern) {
            return None;
        }
        out = specforge
            .iter()
            .filter_map(|x| m.schema(x.schema).pattern.as_deref().map(str::to_string))
            .collect();
    }
    out.sort();
    out.dedup();
    Some(out)
}

/// Whether specforge's planner (the `regex` crate) reads pattern `p` of a schema `root` reaches.
fn regex_reads(m: &ApiModel, root: SchemaId, p: &str) -> bool {
    let mut t = specforge::validation::Table::new(m).checking_patterns();
    t.rule(root);
    t.finish();
    t.patterns.iter().any(|x| **x == *p)
}

fn describe(vs: &[Violation]) -> String {
    if vs.is_empty() {
        return "valid".into();
    }
    let shown: Vec<String> = vs
        .iter()
        .take(3)
        .map(|x| format!("at `{}`: {}", x.path, x.message))
        .collect();
    format!("invalid ({}): {}", vs.len(), shown.join("; "))
}

fn unexplained(
    spec: &str,
    m: &ApiModel,
    c: &Case,
    specforge: &[Violation],
    js: &Verdict,
) -> Unexplained {
    Unexplained {
        spec: spec.to_string(),
        schema: m.schema(c.schema).pointer.to_string(),
        example: c.pointer.clone(),
        value: clip(&c.json.to_string(), 240),
        specforge: clip(&describe(specforge), 400),
        jsonschema: if js.valid {
            "valid".into()
        } else {
            clip(&format!("invalid: {}", js.messages.join("; ")), 400)
        },
    }
}

fn class_header(c: Class) -> &'static str {
    match c {
        Class::Semantic => "(a) semantic",
        Class::Access => "(b) read/writeOnly",
        Class::Format => "(c) format",
        Class::Pattern => "(d) pattern",
        Class::Several => "(a–c) together",
        Class::Unexplained => "(e) unexplained",
    }
}

fn print(r: &Report, limit: usize) {
    println!("## 1. Agreement on real examples (OpenAPI 3.1, draft 2020-12, formats asserted)\n");
    let mut header = vec![
        "spec",
        "examples",
        "schemas",
        "agree",
        "of which both reject",
        "disagree",
    ];
    header.extend(CLASSES.iter().map(|&c| class_header(c)));
    header.push("jsonschema cannot compile");
    let mut t = Table::new(&header);
    let mut total = Counts::default();
    for (label, c) in &r.rows {
        total.add(c);
        t.row(row(label, c));
    }
    t.row(row("**total**", &total));
    t.print();
    let pct = |n: usize| 100.0 * n as f64 / (total.agree + total.disagree).max(1) as f64;
    println!(
        "{} examples against {} distinct schemas; of the {} both judged, {:.2}% agree.\n",
        total.examples,
        total.schemas,
        total.agree + total.disagree,
        pct(total.agree)
    );
    if !r.skipped.is_empty() {
        println!("Not measured:\n");
        for (label, why) in &r.skipped {
            println!("- `{label}`: {}", clip(why, 200));
        }
        println!();
    }
    let sides = |s: &Sides| {
        vec![
            s.specforge_rejects.to_string(),
            s.jsonschema_rejects.to_string(),
        ]
    };
    let mut t = Table::new(&["cause", "only specforge rejects", "only jsonschema rejects"]);
    for (kind, s) in &r.semantic {
        let mut row = vec![format!("(a) reaches {kind}")];
        row.extend(sides(s));
        t.row(row);
    }
    for (class, s) in &r.sides {
        let mut row = vec![class_header(*class).to_string()];
        row.extend(sides(s));
        t.row(row);
    }
    for (name, s) in &r.formats {
        let mut row = vec![format!("(c) format `{name}`")];
        row.extend(sides(s));
        t.row(row);
    }
    for (p, (s, readable)) in &r.patterns {
        let note = if *readable {
            ""
        } else {
            " (the regex crate cannot read it: specforge skips it)"
        };
        let mut row = vec![format!("(d) pattern `{}`{note}", clip(p, 80))];
        row.extend(sides(s));
        t.row(row);
    }
    println!("### Disagreements by cause\n");
    t.print();
    if !r.peer_errors.is_empty() {
        println!("### Schemas jsonschema could not compile\n");
        let mut t = Table::new(&["error", "schemas"]);
        for (e, n) in &r.peer_errors {
            t.row(vec![e.clone(), n.to_string()]);
        }
        t.print();
    }
    if r.unexplained_total > 0 {
        println!(
            "### Unexplained disagreements ({} of {} shown)\n",
            r.unexplained.len().min(limit),
            r.unexplained_total
        );
        for (n, u) in r.unexplained.iter().enumerate() {
            println!("{}. `{}` schema `{}`", n + 1, u.spec, u.schema);
            println!("   - example `{}`: `{}`", u.example, u.value);
            println!("   - specforge: {}", u.specforge);
            println!("   - jsonschema: {}", u.jsonschema);
        }
        println!();
    }
}

fn row(label: &str, c: &Counts) -> Vec<String> {
    let mut row = vec![
        label.to_string(),
        c.examples.to_string(),
        c.schemas.to_string(),
        c.agree.to_string(),
        c.both_reject.to_string(),
        c.disagree.to_string(),
    ];
    row.extend(
        CLASSES
            .iter()
            .map(|k| c.classes.get(k).copied().unwrap_or(0).to_string()),
    );
    row.push(c.peer_failed.to_string());
    row
}
