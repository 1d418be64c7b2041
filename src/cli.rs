//! The `specforge` command's layer over [`crate::project`]: each subcommand runs the library
//! pipeline, renders its outcome and chooses the exit code. Argument parsing is in the binary;
//! nothing here reads a project file or decides a setting on its own.

use crate::diag::{Diagnostic, Severity};
use crate::emit;
use crate::ingest::Workspace;
use crate::project::{self, Error, Project, Stage};
use crate::report;
use crate::report::human::ColourChoice;
use crate::source::SourceMap;
use std::io::{IsTerminal as _, Write as _};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

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

/// How much to say, and how: the global flags.
#[derive(Debug, Clone, Copy, Default)]
pub struct Ui {
    /// `--color`.
    pub colour: ColourChoice,
    /// `--quiet`: only what fails (errors, failing findings, stale files).
    pub quiet: bool,
    /// `--verbose`: also what was read and how long each step took.
    pub verbose: bool,
}

impl Ui {
    fn colour_stdout(&self) -> bool {
        self.colour.colour(std::io::stdout().is_terminal())
    }

    fn colour_stderr(&self) -> bool {
        self.colour.colour(std::io::stderr().is_terminal())
    }

    /// A status line on stderr, unless `--quiet`.
    fn status(&self, text: impl std::fmt::Display) {
        if !self.quiet {
            eprintln!("{text}");
        }
    }

    /// A line of `--verbose` detail on stderr.
    fn detail(&self, text: impl std::fmt::Display) {
        if self.verbose && !self.quiet {
            eprintln!("specforge: {text}");
        }
    }

    fn print_diags(&self, sources: &SourceMap, diags: &[Diagnostic]) {
        let colour = self.colour_stderr();
        let mut err = std::io::stderr().lock();
        for d in diags {
            let _ = writeln!(err, "{}", d.render_styled(sources, colour));
        }
    }

    /// Reports what stopped a command (`then`: what was not done) and gives its exit code.
    fn fail(&self, e: &Error, then: &str) -> Exit {
        match e {
            Error::Diagnostics {
                sources,
                diagnostics,
                stage,
            } => {
                self.print_diags(sources, diagnostics);
                let why = match stage {
                    Stage::Read => "input could not be read",
                    Stage::Model => "the model has errors",
                };
                eprintln!("error: {why}; {then}");
            }
            other => eprintln!("{other}"),
        }
        Exit::InputError
    }
}

/// A spinner on stderr for work that takes over a second, on a terminal only; it disappears
/// when the guard is dropped.
struct Progress(Option<(std::sync::mpsc::Sender<()>, std::thread::JoinHandle<()>)>);

impl Progress {
    fn start(ui: &Ui, message: &str) -> Self {
        if ui.quiet || !std::io::stderr().is_terminal() {
            return Progress(None);
        }
        let (tx, rx) = std::sync::mpsc::channel::<()>();
        let message = message.to_string();
        let handle = std::thread::spawn(move || {
            // Work done within a second shows nothing; the sender's drop ends the wait.
            if rx.recv_timeout(Duration::from_secs(1))
                != Err(std::sync::mpsc::RecvTimeoutError::Timeout)
            {
                return;
            }
            let bar = indicatif::ProgressBar::new_spinner().with_message(message);
            bar.enable_steady_tick(Duration::from_millis(120));
            let _ = rx.recv();
            bar.finish_and_clear();
        });
        Progress(Some((tx, handle)))
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some((tx, handle)) = self.0.take() {
            drop(tx);
            let _ = handle.join();
        }
    }
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

/// The project the input names. With a project file, the process moves to the project's root
/// ([`Project::root`]) first, so that every path in the output is relative to it and a
/// command says the same from any directory. Paths the caller passes must be absolute (the
/// binary makes them so) or they would move too.
fn open(input: &Input, only: Option<&str>, ui: &Ui) -> Result<Project, Error> {
    let mut p = if !input.files.is_empty() {
        Project::documents(input.files.iter().cloned())
    } else {
        let found = match &input.config {
            Some(c) => c.clone(),
            None => crate::config::find_default().ok_or(Error::NoProject)?,
        };
        let path = crate::ingest::refs::absolute(&found);
        let root = crate::config::project_root(&path);
        // A root that cannot be entered leaves paths relative to where the command ran.
        if std::env::set_current_dir(&root).is_ok() {
            ui.detail(format_args!(
                "project {} (paths relative to {})",
                crate::ingest::refs::display_rel(&path),
                root.display()
            ));
        }
        Project::open(crate::ingest::refs::display_rel(&path))?
    };
    for o in &input.overlays {
        p = p.overlay(o);
    }
    p = p.allow_refs_outside_root(input.allow_refs_outside_root);
    if let Some(api) = only {
        p = p.only(api)?;
    }
    Ok(p)
}

/// Says how much was read, with `--verbose`.
fn read_detail(ui: &Ui, ws: &Workspace, started: Instant) {
    ui.detail(format_args!(
        "{} API(s) from {} file(s) in {} ms",
        ws.apis.len(),
        ws.sources.iter().count(),
        started.elapsed().as_millis()
    ));
}

/// `specforge extract`.
pub fn extract(
    input: &Input,
    json: bool,
    only: Option<&str>,
    openapi: Option<crate::ingest::convert::Target>,
    ui: &Ui,
) -> Exit {
    let started = Instant::now();
    let read = match open(input, only, ui).and_then(|p| p.read()) {
        Ok(r) => r,
        Err(e) => return ui.fail(&e, "nothing was extracted"),
    };
    let ws = read.ws;
    read_detail(ui, &ws, started);
    if !ui.quiet {
        ui.print_diags(&ws.sources, &ws.diagnostics.sorted());
    }
    let mut apis: Vec<crate::ingest::Api> = ws.apis.clone();
    if let Some(target) = openapi {
        let mut lost = Vec::new();
        for a in &mut apis {
            match crate::ingest::convert::convert(&a.doc, a.version, target) {
                Ok((doc, diags)) => {
                    a.doc = doc;
                    lost.extend(diags);
                }
                Err(refused) => {
                    ui.print_diags(&ws.sources, &[refused]);
                    return Exit::InputError;
                }
            }
        }
        ui.print_diags(&ws.sources, &lost);
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

/// `specforge model`.
pub fn model(input: &Input, only: Option<&str>, ui: &Ui) -> Exit {
    let m = match open(input, only, ui).and_then(|p| p.model()) {
        Ok(m) => m,
        Err(e) => return ui.fail(&e, "nothing was modelled"),
    };
    let ws = &m.read.ws;
    if !ui.quiet {
        ui.print_diags(&ws.sources, &ws.diagnostics.sorted());
        ui.print_diags(&ws.sources, &m.diagnostics.sorted());
    }
    let dump = crate::model::dump(&m.model, &ws.sources, only);
    let _ = writeln!(
        std::io::stdout().lock(),
        "{}",
        serde_json::to_string_pretty(&dump).expect("serialises")
    );
    Exit::Ok
}

/// `specforge check`: ingest, model and lint every API; print one line per API and the lint
/// summary (errors in full); with a project file, verify that the generated crates are exactly
/// what generation produces now (a unified diff of each stale file with `diff`). Writes
/// nothing. Exit 0 when all is current and there are no error-level findings, 1 when not, 2
/// when input cannot be read.
pub fn check(input: &Input, diff: bool, ui: &Ui) -> Exit {
    let started = Instant::now();
    let project = match open(input, None, ui) {
        Ok(p) => p,
        Err(e) => return ui.fail(&e, "see above"),
    };
    let progress = Progress::start(ui, "checking");
    let analysis = match project.analyse(false, false) {
        Ok(a) => a,
        Err(e) => return ui.fail(&e, "see above"),
    };
    read_detail(ui, &analysis.ws, started);
    // What fails the gate is shown in full; the rest is counted (`specforge lint` lists it).
    let failing: Vec<Diagnostic> = analysis
        .findings
        .iter()
        .filter(|d| d.fails(analysis.deny_warnings))
        .cloned()
        .collect();
    let stale = match project.stale(&analysis) {
        Ok(s) => s,
        Err(e) => return ui.fail(&e, "see above"),
    };
    drop(progress);
    ui.print_diags(&analysis.ws.sources, &failing);
    let mut out = std::io::stdout().lock();
    let ws = &analysis.ws;
    if !ui.quiet {
        for api in &analysis.model.apis {
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
        let s = report::Summary::of(&analysis.findings);
        let _ = writeln!(
            out,
            "lint: {} error(s), {} warning(s), {} info(s){}",
            s.errors,
            s.warnings,
            s.infos,
            match analysis.acknowledged {
                // Acknowledged findings are hidden unless asked for.
                0 => " (`specforge lint` lists them)".to_string(),
                n => format!(", {n} acknowledged (`specforge lint --no-ignore` lists them)"),
            }
        );
    }
    if project.file().is_some() {
        if stale.is_empty() {
            if !ui.quiet {
                let n = analysis.ws.apis.len();
                let _ = writeln!(out, "generated: {n} crate(s) current");
            }
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
    /// Spectral rulesets to run too (`--ruleset`).
    pub rulesets: Vec<PathBuf>,
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
            .find_map(|a| crate::ingest::overlay::pointer_to_path(&a.doc, &fix.pointer))
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

/// A path for a message.
fn shown(p: &Path) -> String {
    crate::ingest::refs::display_rel(p)
}

/// `specforge lint`.
pub fn lint(input: &Input, format: LintFormat, opts: &LintOptions, ui: &Ui) -> Exit {
    let started = Instant::now();
    let progress = Progress::start(ui, "linting");
    let analysis =
        match open(input, None, ui).and_then(|p| {
            let p = opts.rulesets.iter().fold(p, |p, r| p.ruleset(r));
            p.analyse(opts.no_ignore, opts.all_rules)
        }) {
            Ok(a) => a,
            Err(e) => {
                drop(progress);
                return ui.fail(&e, "nothing was linted");
            }
        };
    drop(progress);
    read_detail(ui, &analysis.ws, started);
    let project::Analysis {
        ws,
        model,
        mut findings,
        acknowledged,
        deny_warnings,
    } = analysis;
    if let Some(path) = &opts.fix_overlay {
        let (text, n) = fixes_overlay(&findings, &ws);
        if let Err(e) = crate::output::write_atomic(path, text.as_bytes()) {
            eprintln!("error: cannot write {}: {e}", shown(path));
            return Exit::InputError;
        }
        ui.status(format_args!("wrote {n} fix action(s) to {}", shown(path)));
    }
    if let Some(path) = &opts.write_baseline {
        let b = crate::lint::baseline::Baseline::record(&findings, &ws.sources);
        if let Err(e) = crate::output::write_atomic(path, b.to_json().as_bytes()) {
            eprintln!("error: cannot write baseline {}: {e}", shown(path));
            return Exit::InputError;
        }
        ui.status(format_args!(
            "recorded {} finding(s) in {}",
            b.findings.len(),
            shown(path)
        ));
        return Exit::Ok;
    }
    let mut in_baseline = 0;
    if let Some(path) = &opts.baseline {
        let b = match crate::ingest::limits::read_input_text(path)
            .map_err(|e| e.to_string())
            .and_then(|t| crate::lint::baseline::Baseline::parse(&t))
        {
            Ok(b) => b,
            Err(e) => {
                eprintln!("error: baseline {}: {e}", shown(path));
                return Exit::InputError;
            }
        };
        let before = findings.len();
        findings = b.new_findings(findings, &ws.sources);
        in_baseline = before - findings.len();
    }
    let before = findings.len();
    if let Some(min) = opts.min_severity {
        findings.retain(|d| d.severity >= min);
    }
    let below = before - findings.len();
    let text = match format {
        LintFormat::Human => report::human::render(&findings, &ws.sources, ui.colour_stdout()),
        LintFormat::Json => report::json::render(&findings, &ws.sources),
        LintFormat::Sarif => report::sarif::render(&findings, &ws.sources),
        LintFormat::Github => report::github::render(&findings, &ws.sources),
    };
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    if format == LintFormat::Human {
        let hidden = [
            (in_baseline, "finding(s) recorded in the baseline not shown"),
            (below, "finding(s) below `--min-severity` not shown"),
            (
                acknowledged,
                "acknowledged finding(s) not shown (`--no-ignore` shows every finding)",
            ),
        ];
        for (n, what) in hidden {
            if n > 0 {
                ui.status(format_args!("{n} {what}"));
            }
        }
        // Most users lint a vendor's document they cannot edit: say how to fix it on their side.
        let fixable = findings.iter().filter(|d| d.fix.is_some()).count();
        if fixable > 0 && opts.fix_overlay.is_none() {
            ui.status(format_args!(
                "{fixable} finding(s) have a mechanical fix: `specforge lint --fix-overlay fixes.yaml` writes them as an overlay, which `--overlay fixes.yaml` or `overlays = [\"fixes.yaml\"]` in specforge.toml applies without editing the vendor's document"
            ));
        }
    }
    let fails = findings
        .iter()
        .any(|d| d.fails(opts.deny_warnings || deny_warnings));
    // The process ends here: freeing a large tree the OS reclaims anyway costs ~10% of a run.
    std::mem::forget((ws, model));
    if fails { Exit::Findings } else { Exit::Ok }
}

/// `specforge rules`: one line per lint rule.
pub fn rules() -> Exit {
    let mut out = String::new();
    for r in crate::registry::all().iter().filter(|e| e.rule.is_some()) {
        out.push_str(&format!(
            "{}  {:<34} {:<16} {}\n",
            r.code,
            r.name,
            r.default_label(),
            r.summary
        ));
    }
    out.push_str("\nopt-in rules run only when `[lint.rules]` gives them a severity (`SF142 = \"warning\"`) or with `lint --all-rules`\n");
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
    Exit::Ok
}

/// `specforge explain CODE|NAME`: any code of the registry, lint rule or not.
pub fn explain(what: &str) -> Exit {
    if let Some(e) = crate::registry::find(what) {
        let _ = std::io::stdout().lock().write_all(e.explain().as_bytes());
        return Exit::Ok;
    }
    match crate::registry::closest(what) {
        Some(s) => eprintln!(
            "error: no code `{what}`; did you mean `{s}`? (`specforge rules` lists the lint rules)"
        ),
        None => eprintln!("error: no code `{what}` (`specforge rules` lists the lint rules)"),
    }
    Exit::InputError
}

/// `specforge generate`: one crate per API, into `[generate] out` of the project (default
/// `generated/` beside the config), or into `--out DIR` (exactly one API). Everything is
/// rendered before anything is written: an error leaves the output as it was.
pub fn generate(
    input: &Input,
    out: Option<&Path>,
    only: Option<&str>,
    no_server: bool,
    ui: &Ui,
) -> Exit {
    let started = Instant::now();
    let progress = Progress::start(ui, "generating");
    let project = match open(input, only, ui) {
        Ok(p) => p,
        Err(e) => return ui.fail(&e, "nothing was generated"),
    };
    let m = match project.model() {
        Ok(m) => m,
        Err(e) => {
            drop(progress);
            return ui.fail(&e, "nothing was generated");
        }
    };
    let ws = &m.read.ws;
    read_detail(ui, ws, started);
    let plan = match project.plan(ws, &m.model, out, !no_server) {
        Ok(p) => p,
        Err(e) => {
            drop(progress);
            return ui.fail(&e, "nothing was generated");
        }
    };
    drop(progress);
    // Nothing here stops generation: `--quiet` leaves it out.
    if !ui.quiet {
        ui.print_diags(&ws.sources, &ws.diagnostics.sorted());
        ui.print_diags(&ws.sources, &m.diagnostics.sorted());
        ui.print_diags(&ws.sources, &plan.warnings);
    }
    for tree in &plan.trees {
        if let Err(e) = tree.check_links() {
            eprintln!("error: cannot write into {}: {e}", tree.dir.display());
            return Exit::InputError;
        }
    }
    for tree in &plan.trees {
        match tree.write() {
            Ok(w) => {
                ui.status(format_args!(
                    "generated {}: {} written, {} unchanged, {} removed",
                    tree.dir.display(),
                    w.changed.len(),
                    w.unchanged,
                    w.removed.len()
                ));
                for r in &w.removed {
                    ui.status(format_args!(
                        "  removed {} (no longer generated)",
                        r.display()
                    ));
                }
            }
            Err(e) => {
                eprintln!("error: cannot write into {}: {e}", tree.dir.display());
                return Exit::InputError;
            }
        }
    }
    ui.detail(format_args!("done in {} ms", started.elapsed().as_millis()));
    Exit::Ok
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

/// `specforge diff OLD NEW`: every change between two versions of an API, classified as
/// breaking or not for clients and for servers.
pub fn diff(old: &Path, new: &Path, opts: &DiffOptions, ui: &Ui) -> Exit {
    let c = match project::compare(old, new, &opts.filter, opts.allow_refs_outside_root) {
        Ok(c) => c,
        Err(e) => return ui.fail(&e, "nothing was compared"),
    };
    let render = match opts.format {
        DiffFormat::Human => crate::diff::render::human,
        DiffFormat::Json => crate::diff::render::json,
        DiffFormat::Markdown => crate::diff::render::markdown,
    };
    let text = render(&c.report, &c.old, &c.new, &c.sources);
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    let counts = crate::diff::render::Counts::of(&c.report);
    let fail = match opts.fail_on {
        FailOn::Never => false,
        FailOn::Breaking => counts.client + counts.server > 0,
        FailOn::ClientBreaking => counts.client > 0,
        FailOn::ServerBreaking => counts.server > 0,
    };
    if fail { Exit::Findings } else { Exit::Ok }
}

/// `specforge init [FILES]`: writes a starter `specforge.toml` in the current directory naming
/// the APIs of `files` (default: the OpenAPI documents in this directory and in `specs/`),
/// grouped by `info.title` + `info.version` as `lint FILES` groups them. Refuses to replace an
/// existing file unless `force`.
pub fn init(files: &[PathBuf], force: bool, ui: &Ui) -> Exit {
    let target = Path::new("specforge.toml");
    if target.exists() && !force {
        eprintln!(
            "error: specforge.toml already exists here\n  = help: edit it, or pass --force to replace it"
        );
        return Exit::InputError;
    }
    let candidates: Vec<PathBuf> = if files.is_empty() {
        crate::init::candidates(Path::new("."))
    } else {
        files.to_vec()
    };
    let text = match crate::init::starter(&candidates, !files.is_empty()) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            return Exit::InputError;
        }
    };
    if let Err(e) = crate::output::write_atomic(target, text.as_bytes()) {
        eprintln!("error: cannot write specforge.toml: {e}");
        return Exit::InputError;
    }
    ui.status("wrote specforge.toml; `specforge check` reads it");
    Exit::Ok
}
