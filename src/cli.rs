//! What the subcommands do, as library functions (the binary only parses arguments).

use crate::config;
use crate::diag::{Diagnostic, Severity};
use crate::emit;
use crate::ingest::{self, ApiInput, IngestOptions, Workspace};
use crate::lint::config::LintConfig;
use crate::lint::registry;
use crate::model;
use crate::report;
use crate::source::SourceMap;
use std::io::Write as _;
use std::path::PathBuf;

/// How a command ended, mapped to the process exit code by the binary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// 0: nothing wrong.
    Ok,
    /// 1: findings at error level.
    Findings,
    /// 2: usage or input error.
    InputError,
}

/// Which documents to read.
#[derive(Debug, Clone, Default)]
pub struct Input {
    /// Files given on the command line (empty: use the project file).
    pub files: Vec<PathBuf>,
    /// An explicit project file.
    pub config: Option<PathBuf>,
    /// Let `$ref`s leave each spec's directory.
    pub allow_refs_outside_root: bool,
    /// Overlay documents applied to every API.
    pub overlays: Vec<PathBuf>,
}

/// What [`load`] read: the workspace, the project's `[lint]` settings (defaults for plain
/// files) and the project file, when one was used.
pub struct Loaded {
    /// The ingested APIs.
    pub ws: Workspace,
    /// `[lint]` of the project, its ignore entries located in `ws.sources`.
    pub lint: LintConfig,
    /// The project file, when the input came from one.
    pub project: Option<config::Project>,
}

/// Reads the input: the files given, or the project's APIs. Config problems are returned as
/// diagnostics with the source map that locates them.
pub fn load(input: &Input) -> Result<Loaded, Box<(SourceMap, Diagnostic)>> {
    let options = IngestOptions {
        allow_refs_outside_root: input.allow_refs_outside_root,
        overlays: input.overlays.clone(),
    };
    if !input.files.is_empty() {
        let inputs = vec![ApiInput {
            name: None,
            files: input.files.clone(),
            ..ApiInput::default()
        }];
        return Ok(Loaded {
            ws: ingest::ingest(&inputs, &options),
            lint: LintConfig::default(),
            project: None,
        });
    }
    let Some(path) = input.config.clone().or_else(config::find_default) else {
        return Err(Box::new((
            SourceMap::new(),
            ingest::codes::CONFIG
                .diag("no files given and no specforge.toml found (looked for specforge.toml and specs/specforge.toml here and in every directory above)")
                .help("pass the documents to read, or run in a project with specforge.toml"),
        )));
    };
    let mut sources = SourceMap::new();
    let project = match config::load(&path, &mut sources) {
        Ok(p) => p,
        Err(d) => return Err(Box::new((sources, d))),
    };
    let mut lint = LintConfig::from_table(project.config.lint.as_ref()).map_err(|e| {
        Box::new((
            sources,
            ingest::codes::CONFIG.diag(format!("invalid [lint] in {}: {e}", path.display())),
        ))
    })?;
    let mut ws = ingest::ingest(&project.inputs(), &options);
    // The project file joins the workspace's sources so findings about it (an acknowledgment
    // that matches nothing) are located like any other.
    let id = ws.sources.add(crate::source::SourceFile::new(
        crate::ingest::refs::display_rel(&path),
        path.clone(),
        project.text.clone(),
    ));
    for (entry, span) in lint.ignore.iter_mut().zip(project.ignore_spans()) {
        entry.loc = Some(config::byte_loc(&project.text, id, span.start));
    }
    // A misspelt rule would acknowledge nothing forever; refuse it where it is written.
    if let Some(entry) = lint
        .ignore
        .iter()
        .find(|e| registry::find_exact(&e.rule).is_none())
    {
        let names = registry::RULES.iter().flat_map(|r| [r.code, r.name]);
        let mut d = ingest::codes::CONFIG
            .diag(format!(
                "`[[lint.ignore]]` names no lint rule `{}`",
                entry.rule
            ))
            .at(
                entry.loc.unwrap_or(crate::source::Loc::new(id, 1, 1)),
                "in this entry",
            );
        d = match crate::similar::closest(&entry.rule, names) {
            Some(c) => d.help(format!(
                "did you mean `{c}`? (`specforge rules` lists them)"
            )),
            None => d.help("`specforge rules` lists the rules"),
        };
        return Err(Box::new((ws.sources, d)));
    }
    Ok(Loaded {
        ws,
        lint,
        project: Some(project),
    })
}

fn print_diags(sources: &SourceMap, diags: &[Diagnostic]) {
    let mut err = std::io::stderr().lock();
    for d in diags {
        let _ = write!(err, "{}", d.render(sources));
        let _ = writeln!(err);
    }
}

fn load_or_report(input: &Input) -> Option<Loaded> {
    match load(input) {
        Ok(l) => {
            print_diags(&l.ws.sources, &l.ws.diagnostics.sorted());
            Some(l)
        }
        Err(e) => {
            let (sources, d) = *e;
            print_diags(&sources, &[d]);
            None
        }
    }
}

/// `specforge extract`.
pub fn extract(
    input: &Input,
    json: bool,
    only: Option<&str>,
    openapi: Option<crate::ingest::convert::Target>,
) -> Exit {
    let Some(Loaded { ws, .. }) = load_or_report(input) else {
        return Exit::InputError;
    };
    if ws.has_errors() || no_such_api(&ws, only) {
        return Exit::InputError;
    }
    let mut apis: Vec<crate::ingest::Api> = ws
        .apis
        .iter()
        .filter(|a| only.is_none_or(|o| o == a.name))
        .cloned()
        .collect();
    if let Some(target) = openapi {
        let mut lost = Vec::new();
        for a in &mut apis {
            match crate::ingest::convert::convert(&a.doc, a.version, target) {
                Ok((doc, diags)) => {
                    a.doc = doc;
                    lost.extend(diags);
                }
                Err(refused) => {
                    print_diags(&ws.sources, &[refused]);
                    return Exit::InputError;
                }
            }
        }
        print_diags(&ws.sources, &lost);
    }
    let mut out = String::new();
    if json {
        if apis.len() == 1 {
            out = emit::to_json(&apis[0].doc);
        } else {
            let map: serde_json::Map<String, serde_json::Value> = apis
                .iter()
                .map(|a| (a.name.clone(), a.doc.to_json()))
                .collect();
            out = serde_json::to_string_pretty(&map).expect("serialises") + "\n";
        }
    } else {
        for (i, a) in apis.iter().enumerate() {
            if apis.len() > 1 {
                if i > 0 {
                    out.push_str("---\n");
                }
                out.push_str(&format!("# api: {}\n", a.name));
            }
            out.push_str(&emit::to_yaml(&a.doc));
        }
    }
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
    Exit::Ok
}

/// `text` with its first letter upper-cased (summaries are written as clauses).
fn upper_first(text: &str) -> String {
    let mut c = text.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Whether `--api` names an API the workspace does not have (then it is reported, with the
/// nearest name): a typo is an input error, never an empty result.
fn no_such_api(ws: &Workspace, only: Option<&str>) -> bool {
    let Some(o) = only else { return false };
    if ws.apis.iter().any(|a| a.name == o) {
        return false;
    }
    eprintln!("error: no API named `{o}`");
    let names: Vec<&str> = ws.apis.iter().map(|a| a.name.as_str()).collect();
    match crate::similar::closest(o, names.iter().copied()) {
        Some(c) => eprintln!("  = help: did you mean `{c}`?"),
        None => eprintln!("  = help: the APIs are {}", names.join(", ")),
    }
    true
}

/// `specforge model`.
pub fn model(input: &Input, only: Option<&str>) -> Exit {
    let Some(Loaded { ws, .. }) = load_or_report(input) else {
        return Exit::InputError;
    };
    if ws.has_errors() {
        return Exit::InputError;
    }
    if no_such_api(&ws, only) {
        return Exit::InputError;
    }
    let (m, diags) = model::build(&ws);
    print_diags(&ws.sources, &diags.sorted());
    let dump = model::dump(&m, &ws.sources, only);
    let _ = writeln!(
        std::io::stdout().lock(),
        "{}",
        serde_json::to_string_pretty(&dump).expect("serialises")
    );
    Exit::Ok
}

/// What [`analyse`] produced.
struct Analysis {
    ws: Workspace,
    m: model::Model,
    /// Every diagnostic to report: ingest's, the model's, the rules'.
    findings: Vec<Diagnostic>,
    /// Findings acknowledged by ignore entries or `x-specforge-ignore`.
    acknowledged: usize,
    /// `[lint] deny_warnings`.
    deny_warnings: bool,
    project: Option<config::Project>,
}

/// Ingest, model and lint, or the exit code after reporting an input error (`then` says what
/// was not done). `no_ignore` reports acknowledged findings too.
fn analyse(input: &Input, then: &str, no_ignore: bool, all_rules: bool) -> Result<Analysis, Exit> {
    let Loaded {
        ws,
        mut lint,
        project,
    } = match load(input) {
        Ok(x) => x,
        Err(e) => {
            let (sources, d) = *e;
            print_diags(&sources, &[d]);
            return Err(Exit::InputError);
        }
    };
    if ws.has_errors() {
        print_diags(&ws.sources, &ws.diagnostics.sorted());
        eprintln!("error: input could not be read; {then}");
        return Err(Exit::InputError);
    }
    lint.no_ignore = no_ignore;
    lint.all_rules = all_rules;
    let (m, model_diags) = model::build(&ws);
    let mut findings: Vec<Diagnostic> = ws.diagnostics.sorted();
    findings.extend(model_diags.sorted());
    let linted = crate::lint::lint_with_acknowledged(&ws, &m, &lint);
    findings.extend(linted.findings);
    crate::lint::drop_restated(&mut findings);
    Ok(Analysis {
        ws,
        m,
        findings,
        acknowledged: linted.acknowledged,
        deny_warnings: lint.deny_warnings,
        project,
    })
}

/// `specforge check`: ingest, model and lint every API; print one line per API and the lint
/// summary (errors in full); with a project file, verify that the generated crates are exactly
/// what generation produces now (a unified diff of each stale file with `diff`). Writes
/// nothing. Exit 0 when all is current and there are no error-level findings, 1 when not, 2
/// when input cannot be read.
pub fn check(input: &Input, diff: bool) -> Exit {
    let Analysis {
        ws,
        m,
        findings,
        acknowledged,
        deny_warnings,
        project,
    } = match analyse(input, "see above", false, false) {
        Ok(x) => x,
        Err(exit) => return exit,
    };
    // What fails the gate is shown in full; the rest is counted (`specforge lint` lists it).
    let failing: Vec<Diagnostic> = findings
        .iter()
        .filter(|d| d.fails(deny_warnings))
        .cloned()
        .collect();
    print_diags(&ws.sources, &failing);
    let mut out = std::io::stdout().lock();
    for api in &m.apis {
        let _ = writeln!(
            out,
            "{}: {} document(s), {} operation(s), {} named type(s), {} semantic type(s)",
            api.name,
            ws.api(&api.name).map_or(0, |a| a.documents.len()),
            api.operations.len(),
            api.named.len(),
            api.schemas.iter().filter(|s| s.semantic.is_some()).count()
        );
    }
    let s = report::Summary::of(&findings);
    let _ = writeln!(
        out,
        "lint: {} error(s), {} warning(s), {} info(s){}",
        s.errors,
        s.warnings,
        s.infos,
        if acknowledged > 0 {
            // Acknowledged findings are hidden unless asked for.
            format!(", {acknowledged} acknowledged (`specforge lint --no-ignore` lists them)")
        } else {
            " (`specforge lint` lists them)".to_string()
        }
    );
    // With a project file, the generated crates must be what generation produces now.
    let mut stale = Vec::new();
    if let Some(project) = &project {
        let root = project.generate_root();
        let all: Vec<usize> = (0..ws.apis.len()).collect();
        let opts = generate_options(Some(project), false);
        match plan(&ws, &m, &all, &root, false, &opts) {
            Ok((trees, _)) => stale = trees.iter().flat_map(|t| t.compare()).collect(),
            Err(d) => {
                print_diags(&ws.sources, &[d]);
                return Exit::InputError;
            }
        }
        if stale.is_empty() {
            let _ = writeln!(out, "generated: {} crate(s) current", all.len());
        } else {
            let _ = writeln!(
                out,
                "generated: {} stale file(s); run `specforge generate`:",
                stale.len()
            );
            for st in &stale {
                let (what, path) = match st {
                    crate::output::Stale::Missing(p) => ("missing", p),
                    crate::output::Stale::Differs(p, _, _) => ("differs", p),
                    crate::output::Stale::Extra(p) => ("no longer generated", p),
                };
                let _ = writeln!(out, "  {what}: {}", path.display());
            }
            if diff {
                for st in &stale {
                    if let crate::output::Stale::Differs(p, old, new) = st {
                        let name = p.display().to_string();
                        let text = ::similar::TextDiff::from_lines(old.as_str(), new.as_str())
                            .unified_diff()
                            .context_radius(3)
                            .header(&format!("a/{name}"), &format!("b/{name}"))
                            .to_string();
                        let _ = write!(out, "{text}");
                    }
                }
            }
        }
    }
    if !failing.is_empty() || !stale.is_empty() {
        Exit::Findings
    } else {
        Exit::Ok
    }
}

/// Output formats of `lint`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LintFormat {
    /// rustc-style text.
    Human,
    /// JSON document.
    Json,
    /// SARIF 2.1.0.
    Sarif,
    /// GitHub workflow annotations.
    Github,
}

/// Options of `specforge lint` beyond the input.
#[derive(Debug, Clone, Default)]
pub struct LintOptions {
    /// Fail on warnings too.
    pub deny_warnings: bool,
    /// Report every finding, ignoring acknowledgments (`[[lint.ignore]]`,
    /// `x-specforge-ignore`).
    pub no_ignore: bool,
    /// Report only findings not recorded in this baseline.
    pub baseline: Option<PathBuf>,
    /// Record today's findings in this baseline file.
    pub write_baseline: Option<PathBuf>,
    /// Write every mechanical fix as one Overlay 1.0 document here.
    pub fix_overlay: Option<PathBuf>,
    /// Report only findings at least this severe.
    pub min_severity: Option<Severity>,
    /// Run the opt-in rules too.
    pub all_rules: bool,
}

/// The mechanical fixes of `findings` as one OpenAPI Overlay 1.0 document (YAML).
pub fn fixes_overlay(findings: &[Diagnostic], ws: &Workspace) -> (String, usize) {
    let mut actions: Vec<serde_json::Value> = Vec::new();
    for f in findings {
        let Some(fix) = &f.fix else {
            continue;
        };
        // The fix's pointer is in the merged document of the API the finding is about.
        let Some(target) = ws
            .apis
            .iter()
            .find_map(|a| crate::overlay::pointer_to_path(&a.doc, &fix.pointer))
        else {
            continue;
        };
        let action = serde_json::json!({
            "target": target,
            "description": format!("{} {}: {}", f.code, f.name, f.message),
            "update": fix.update,
        });
        if !actions
            .iter()
            .any(|a| a["target"] == action["target"] && a["update"] == action["update"])
        {
            actions.push(action);
        }
    }
    let n = actions.len();
    let doc = serde_json::json!({
        "overlay": "1.0.0",
        "info": { "title": "specforge fixes", "version": "1.0.0" },
        "actions": actions,
    });
    let node = crate::tree::Node::from_json(&doc, crate::source::Loc::default());
    (emit::to_yaml(&node), n)
}

/// `specforge lint`.
pub fn lint(input: &Input, format: LintFormat, opts: &LintOptions) -> Exit {
    let Analysis {
        ws,
        m,
        mut findings,
        acknowledged,
        deny_warnings,
        ..
    } = match analyse(input, "nothing was linted", opts.no_ignore, opts.all_rules) {
        Ok(x) => x,
        Err(exit) => return exit,
    };
    if let Some(path) = &opts.fix_overlay {
        let (text, n) = fixes_overlay(&findings, &ws);
        if let Err(e) = crate::output::write_atomic(path, text.as_bytes()) {
            eprintln!("error: cannot write {}: {e}", path.display());
            return Exit::InputError;
        }
        eprintln!("wrote {n} fix action(s) to {}", path.display());
    }
    if let Some(path) = &opts.write_baseline {
        let b = crate::lint::baseline::Baseline::record(&findings, &ws.sources);
        if let Err(e) = crate::output::write_atomic(path, b.to_json().as_bytes()) {
            eprintln!("error: cannot write baseline {}: {e}", path.display());
            return Exit::InputError;
        }
        eprintln!(
            "recorded {} finding(s) in {}",
            b.findings.len(),
            path.display()
        );
        return Exit::Ok;
    }
    if let Some(path) = &opts.baseline {
        let b = match std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|t| crate::lint::baseline::Baseline::parse(&t))
        {
            Ok(b) => b,
            Err(e) => {
                eprintln!("error: baseline {}: {e}", path.display());
                return Exit::InputError;
            }
        };
        findings = b.new_findings(findings, &ws.sources);
    }
    let before = findings.len();
    if let Some(min) = opts.min_severity {
        findings.retain(|d| d.severity >= min);
    }
    let below = before - findings.len();
    let text = match format {
        LintFormat::Human => {
            report::human::render(&findings, &ws.sources, report::human::use_colour())
        }
        LintFormat::Json => report::json::render(&findings, &ws.sources),
        LintFormat::Sarif => report::sarif::render(&findings, &ws.sources),
        LintFormat::Github => report::github::render(&findings, &ws.sources),
    };
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    if below > 0 && format == LintFormat::Human {
        eprintln!("{below} finding(s) below `--min-severity` not shown");
    }
    if acknowledged > 0 && format == LintFormat::Human {
        eprintln!(
            "{acknowledged} acknowledged finding(s) not shown (`--no-ignore` shows every finding)"
        );
    }
    // Most users lint a vendor's document they cannot edit: say how to fix it on their side.
    let fixable = findings.iter().filter(|d| d.fix.is_some()).count();
    if fixable > 0 && opts.fix_overlay.is_none() && format == LintFormat::Human {
        eprintln!(
            "{fixable} finding(s) have a mechanical fix: `specforge lint --fix-overlay fixes.yaml` writes them as an overlay, which `--overlay fixes.yaml` or `overlays = [\"fixes.yaml\"]` in specforge.toml applies without editing the vendor's document"
        );
    }
    let fails = findings
        .iter()
        .any(|d| d.fails(opts.deny_warnings || deny_warnings));
    // The process ends here: freeing a large tree the OS reclaims anyway costs ~10% of a run.
    std::mem::forget((ws, m));
    if fails { Exit::Findings } else { Exit::Ok }
}

/// `specforge rules`: one line per rule.
pub fn rules() -> Exit {
    let mut out = String::new();
    for r in registry::RULES {
        out.push_str(&format!(
            "{}  {:<34} {:<16} {}\n",
            r.code,
            r.name,
            default_label(r),
            r.summary
        ));
    }
    out.push_str("\nopt-in rules run only when `[lint.rules]` gives them a severity (`SF142 = \"warning\"`) or with `lint --all-rules`\n");
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
    Exit::Ok
}

/// A rule's default as `rules` lists it and the README's table writes it: its severity, or
/// `opt-in (warning)` for a rule that runs only when asked for.
pub fn default_label(r: &crate::lint::Rule) -> String {
    match r.selection {
        crate::lint::Selection::Default => r.severity.as_str().to_string(),
        crate::lint::Selection::OptIn => format!("opt-in ({})", r.severity.as_str()),
    }
}

/// `specforge explain CODE|NAME`.
pub fn explain(what: &str) -> Exit {
    match registry::find(what) {
        Some(r) => {
            let default = match r.selection {
                crate::lint::Selection::Default => format!("{} by default", r.severity.as_str()),
                crate::lint::Selection::OptIn => format!(
                    "opt-in: off by default; `[lint.rules] {} = \"{}\"` or `lint --all-rules` runs it",
                    r.code,
                    r.severity.as_str()
                ),
            };
            let text = format!("{} {} ({default})\n\n{}", r.code, r.name, r.doc());
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            Exit::Ok
        }
        None => {
            // Not a lint rule: ingest's and generation's codes are explained by their summary.
            if let Some(c) = ingest::codes::ALL
                .iter()
                .find(|c| c.code.eq_ignore_ascii_case(what) || c.name == what)
            {
                let text = format!(
                    "{} {} ({})

{}.

Reported by specforge itself (reading the documents or the project file, checking acknowledgments, generating code), not by a lint rule: `[lint.rules]` and `[[lint.ignore]]` do not apply to it.
",
                    c.code,
                    c.name,
                    c.severity.as_str(),
                    upper_first(c.summary)
                );
                let _ = std::io::stdout().lock().write_all(text.as_bytes());
                return Exit::Ok;
            }
            let names = registry::RULES
                .iter()
                .flat_map(|r| [r.code, r.name])
                .chain(ingest::codes::ALL.iter().flat_map(|c| [c.code, c.name]));
            match crate::similar::closest(what, names) {
                Some(s) => eprintln!(
                    "error: no rule `{what}`; did you mean `{s}`? (`specforge rules` lists them)"
                ),
                None => eprintln!("error: no rule `{what}` (`specforge rules` lists them)"),
            }
            Exit::InputError
        }
    }
}

/// `specforge generate`: one crate per API, into `[generate] out` of the project (default
/// `generated/` beside the config), or into `--out DIR` (exactly one API).
pub fn generate(
    input: &Input,
    out: Option<&std::path::Path>,
    only: Option<&str>,
    no_server: bool,
) -> Exit {
    let Some(Loaded { ws, project, .. }) = load_or_report(input) else {
        return Exit::InputError;
    };
    if ws.has_errors() {
        eprintln!("error: input could not be read; nothing was generated");
        return Exit::InputError;
    }
    if no_such_api(&ws, only) {
        return Exit::InputError;
    }
    let (m, diags) = model::build(&ws);
    if diags.has_errors() {
        print_diags(&ws.sources, &diags.sorted());
        eprintln!("error: the model has errors; nothing was generated");
        return Exit::InputError;
    }
    let apis: Vec<usize> = (0..ws.apis.len())
        .filter(|&i| only.is_none_or(|o| o == ws.apis[i].name))
        .collect();
    if apis.is_empty() {
        eprintln!(
            "error: no API to generate{}",
            only.map(|o| format!(" named `{o}`")).unwrap_or_default()
        );
        return Exit::InputError;
    }
    let root = match out {
        Some(dir) if apis.len() == 1 => dir.to_path_buf(),
        Some(_) => {
            eprintln!("error: --out writes one crate; choose the API with --api");
            return Exit::InputError;
        }
        None => match project.as_ref().map(config::Project::generate_root) {
            Some(r) => r,
            None => {
                eprintln!("error: no --out and no project file to say where generated crates go");
                return Exit::InputError;
            }
        },
    };
    // Render everything first: nothing is written unless every crate generated.
    let opts = generate_options(project.as_ref(), no_server);
    let trees = match plan(&ws, &m, &apis, &root, out.is_some(), &opts) {
        Ok((t, warnings)) => {
            print_diags(&ws.sources, &warnings);
            t
        }
        Err(d) => {
            print_diags(&ws.sources, &[d]);
            return Exit::InputError;
        }
    };
    for tree in &trees {
        if let Err(e) = tree.check_links() {
            eprintln!("error: cannot write into {}: {e}", tree.dir.display());
            return Exit::InputError;
        }
    }
    for tree in &trees {
        match tree.write() {
            Ok(w) => {
                eprintln!(
                    "generated {}: {} written, {} unchanged, {} removed",
                    tree.dir.display(),
                    w.changed.len(),
                    w.unchanged,
                    w.removed.len()
                );
                for r in &w.removed {
                    eprintln!("  removed {} (no longer generated)", r.display());
                }
            }
            Err(e) => {
                eprintln!("error: cannot write into {}: {e}", tree.dir.display());
                return Exit::InputError;
            }
        }
    }
    Exit::Ok
}

/// The crates to generate for `apis`, in memory: one directory under `root` per API, or
/// `root` itself for a single `--out` crate.
fn plan(
    ws: &Workspace,
    m: &model::Model,
    apis: &[usize],
    root: &std::path::Path,
    single: bool,
    opts: &crate::codegen::Options,
) -> Result<(Vec<crate::output::Tree>, Vec<Diagnostic>), Diagnostic> {
    use rayon::prelude::*;
    // APIs generate in parallel; results are taken in order. The options are rebuilt in each
    // task (syn paths cannot cross threads); the CLI sets no derives or replacements.
    debug_assert!(opts.extra_derives.is_empty() && opts.replace.is_empty());
    let (client, server) = (opts.client, opts.server);
    let dir_of = |i: usize| {
        if single {
            root.to_path_buf()
        } else {
            root.join(&ws.apis[i].name)
        }
    };
    let generated: Vec<_> = apis
        .par_iter()
        .map(|&i| {
            let opts = crate::codegen::Options {
                client,
                server,
                crate_dir: Some(dir_of(i)),
                ..Default::default()
            };
            crate::codegen::generate_crate_reporting(&ws.apis[i], &m.apis[i], &ws.sources, &opts)
                .map(|g| (i, g))
        })
        .collect();
    let mut warnings = Vec::new();
    let trees = generated
        .into_iter()
        .map(|g| {
            let (i, (files, notes)) = g?;
            warnings.extend(notes);
            Ok(crate::output::Tree {
                dir: dir_of(i),
                files,
            })
        })
        .collect::<Result<Vec<_>, Diagnostic>>()?;
    Ok((trees, warnings))
}

/// What to generate: `[generate] client` and `server` in specforge.toml (both default on),
/// and `--no-server`.
fn generate_options(project: Option<&config::Project>, no_server: bool) -> crate::codegen::Options {
    let flag = |key: &str| {
        project
            .and_then(|p| p.config.generate.as_ref()?.get(key)?.as_bool())
            .unwrap_or(true)
    };
    crate::codegen::Options {
        client: flag("client"),
        server: flag("server") && !no_server,
        ..Default::default()
    }
}

/// Output formats of `diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiffFormat {
    /// Text grouped by operation and schema.
    Human,
    /// JSON document.
    Json,
    /// Markdown for a pull-request comment.
    Markdown,
}

/// When `diff` exits 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOn {
    /// Never (report only).
    Never,
    /// Any change breaking clients or servers.
    Breaking,
    /// Changes breaking clients.
    ClientBreaking,
    /// Changes breaking servers.
    ServerBreaking,
}

/// Options of `specforge diff` beyond the two versions.
#[derive(Debug, Clone)]
pub struct DiffOptions {
    /// Output format.
    pub format: DiffFormat,
    /// Exit 1 on these changes.
    pub fail_on: FailOn,
    /// Only these operations.
    pub filter: crate::diff::Filter,
    /// Let `$ref`s leave each spec's directory.
    pub allow_refs_outside_root: bool,
}

/// The documents of one version: a file, or every spec-like file directly in a directory
/// (docs pages of one API, a multi-file spec's parts).
fn version_files(path: &std::path::Path) -> Vec<PathBuf> {
    if !path.is_dir() {
        return vec![path.to_path_buf()];
    }
    const EXTENSIONS: &[&str] = &["yaml", "yml", "json", "md", "mdx", "txt", "html", "htm"];
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.is_file()
                && p.extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        })
        .collect();
    files.sort();
    files
}

/// `specforge diff OLD NEW`: every change between two versions of an API, classified as
/// breaking or not for clients and for servers.
pub fn diff(old: &std::path::Path, new: &std::path::Path, opts: &DiffOptions) -> Exit {
    let mut inputs = Vec::new();
    for (name, path) in [("old", old), ("new", new)] {
        let files = version_files(path);
        if files.is_empty() {
            eprintln!(
                "error: no OpenAPI documents in directory `{}`",
                path.display()
            );
            return Exit::InputError;
        }
        inputs.push(ApiInput {
            name: Some(name.into()),
            files,
            ..ApiInput::default()
        });
    }
    let ws = ingest::ingest(
        &inputs,
        &IngestOptions {
            allow_refs_outside_root: opts.allow_refs_outside_root,
            overlays: Vec::new(),
        },
    );
    // Only what stops the comparison is shown; lint the versions for their defects.
    let stop = |diags: &crate::diag::Diagnostics, why: &str| {
        let errors: Vec<Diagnostic> = diags
            .sorted()
            .into_iter()
            .filter(Diagnostic::is_error)
            .collect();
        if !errors.is_empty() {
            print_diags(&ws.sources, &errors);
            eprintln!("error: {why}; nothing was compared");
        }
        !errors.is_empty()
    };
    if stop(&ws.diagnostics, "input could not be read") {
        return Exit::InputError;
    }
    let (m, model_diags) = model::build(&ws);
    if stop(&model_diags, "the model has errors") {
        return Exit::InputError;
    }
    let find = |name: &str| ws.apis.iter().position(|a| a.name == name);
    let (Some(o), Some(n)) = (find("old"), find("new")) else {
        eprintln!("error: one of the versions holds no OpenAPI document");
        return Exit::InputError;
    };
    if let Some(&pattern) = opts.filter.unmatched(&[&m.apis[o], &m.apis[n]]).first() {
        let ids = m.apis[o]
            .operations
            .iter()
            .chain(&m.apis[n].operations)
            .filter_map(|op| op.operation_id.as_deref());
        eprintln!(
            "error: `--operation {pattern}` matches no operation of either version; nothing was compared"
        );
        match crate::similar::closest(pattern, ids) {
            Some(c) => eprintln!("  = help: did you mean `{c}`?"),
            None => eprintln!(
                "  = help: give an operationId, `METHOD /path`, or a glob over paths (`/users/*`)"
            ),
        }
        return Exit::InputError;
    }
    let report = crate::diff::diff(&m.apis[o], &m.apis[n], &opts.filter);
    let side = |i: usize| crate::diff::render::Side {
        files: ws.apis[i]
            .documents
            .iter()
            .map(|d| ws.sources.name(d.file).to_string())
            .collect(),
        title: m.apis[i].title.clone(),
        version: m.apis[i].version.clone(),
        spec_version: ws.apis[i]
            .doc
            .get("openapi")
            .or_else(|| ws.apis[i].doc.get("swagger"))
            .and_then(crate::tree::Node::as_text)
            .unwrap_or("?")
            .to_string(),
    };
    let (so, sn) = (side(o), side(n));
    let text = match opts.format {
        DiffFormat::Human => crate::diff::render::human(&report, &so, &sn, &ws.sources),
        DiffFormat::Json => crate::diff::render::json(&report, &so, &sn, &ws.sources),
        DiffFormat::Markdown => crate::diff::render::markdown(&report, &so, &sn, &ws.sources),
    };
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    let counts = crate::diff::render::Counts::of(&report);
    let fail = match opts.fail_on {
        FailOn::Never => false,
        FailOn::Breaking => counts.client + counts.server > 0,
        FailOn::ClientBreaking => counts.client > 0,
        FailOn::ServerBreaking => counts.server > 0,
    };
    if fail { Exit::Findings } else { Exit::Ok }
}
