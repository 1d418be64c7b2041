//! The `specforge` command: a thin shell over the library.

use clap::{Parser, Subcommand, ValueEnum};
use specforge::cli::{self, Exit};
use std::path::PathBuf;
use std::process::ExitCode;

/// Ingest vendor OpenAPI documents as they are published (YAML, JSON, Markdown and MDX docs
/// pages, rendered pages with curl examples), report what is wrong with exact locations, and
/// build the model that lint and code generation use.
#[derive(Parser, Debug)]
#[command(name = "specforge", version, about, long_about = None)]
struct Args {
    #[command(subcommand)]
    command: Command,
    /// When to colour diagnostics: `auto` colours on a terminal unless NO_COLOR is set
    /// (CLICOLOR_FORCE forces it).
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = ColorArg::Auto)]
    color: ColorArg,
    /// Print only what fails: errors, failing findings, stale files.
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Also say what was read and how long it took.
    #[arg(long, short, global = true)]
    verbose: bool,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Print the merged, normalised OpenAPI document of each API, with docs examples attached.
    ///
    /// With no FILES, reads the APIs named in specforge.toml (or specs/specforge.toml).
    /// Files given together are grouped into APIs by info.title + info.version.
    Extract {
        #[command(flatten)]
        input: InputArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Yaml)]
        format: Format,
        /// Only this API.
        #[arg(long)]
        api: Option<String>,
        /// Convert to this OpenAPI version: 3.2 reads every 3.1 document as it is; what 3.1
        /// cannot express is kept as `x-oas32-` extensions, each reported.
        #[arg(long, value_enum)]
        openapi: Option<OpenApiArg>,
    },
    /// Print the intermediate model (APIs, operations, types with semantic kinds) as JSON.
    Model {
        #[command(flatten)]
        input: InputArgs,
        /// Only this API.
        #[arg(long)]
        api: Option<String>,
    },
    /// The CI gate: ingest, model and lint every API, and verify that the project's generated
    /// crates are current; write nothing. Exit 0 when all is current and there are no
    /// error-level findings (nor warnings, with `[lint] deny_warnings = true`), 1 when there
    /// are, 2 on unreadable input. Findings acknowledged in specforge.toml are counted only.
    Check {
        #[command(flatten)]
        input: InputArgs,
        /// Print a unified diff of each stale generated file.
        #[arg(long)]
        diff: bool,
    },
    /// Find what is wrong in the specs. Files given together are linted as one project.
    ///
    /// Exit 0: no errors (warnings allowed); 1: errors (or warnings with --deny warnings);
    /// 2: usage or input error.
    Lint {
        #[command(flatten)]
        input: InputArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = LintFormatArg::Human)]
        format: LintFormatArg,
        /// Treat warnings as errors for the exit code (`--deny warnings`).
        #[arg(long, value_name = "LEVEL", value_parser = ["warnings"])]
        deny: Option<String>,
        /// Report only findings not recorded in this baseline file.
        #[arg(long, value_name = "FILE", conflicts_with = "write_baseline")]
        baseline: Option<PathBuf>,
        /// Record today's findings in this baseline file (and report nothing).
        #[arg(long, value_name = "FILE")]
        write_baseline: Option<PathBuf>,
        /// Write every mechanical fix as one OpenAPI Overlay 1.0 document (apply it with
        /// `--overlay` or `overlays = [...]` in specforge.toml).
        #[arg(long, value_name = "FILE")]
        fix_overlay: Option<PathBuf>,
        /// Report every finding, also those acknowledged by `[[lint.ignore]]` entries in
        /// specforge.toml or `x-specforge-ignore` in a document.
        #[arg(long)]
        no_ignore: bool,
        /// Report only findings at least this severe (the exit code judges what is reported).
        #[arg(long, value_enum, value_name = "LEVEL")]
        min_severity: Option<SeverityArg>,
        /// Run the opt-in rules too (consistency a spec's author chooses: timestamp
        /// representations, path naming, status codes, example keywords, repeated inline
        /// schemas), each at its default severity unless `[lint.rules]` sets one; `specforge
        /// rules` marks them.
        #[arg(long)]
        all_rules: bool,
        /// Also run this Spectral ruleset (`.spectral.yaml`; repeatable), as `[lint] rulesets`
        /// in specforge.toml does.
        #[arg(long, value_name = "FILE")]
        ruleset: Vec<PathBuf>,
    },
    /// Generate a Rust crate per API (types and client): into `generated/<api>/` of the project, or
    /// into `--out DIR` for one API.
    Generate {
        #[command(flatten)]
        input: InputArgs,
        /// Write the crate here (one API; pick it with --api when there are several).
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Only this API.
        #[arg(long)]
        api: Option<String>,
        /// Leave out the `server` module (or set `server = false` under `[generate]` in
        /// specforge.toml, which `check` also reads).
        #[arg(long)]
        no_server: bool,
    },
    /// Every change between two versions of an API, each classified as breaking or not for
    /// clients and for servers. OLD and NEW are documents, or directories of documents (docs
    /// pages of one API).
    ///
    /// Exit 0 (1 with --fail-on when such changes exist); 2 when a version cannot be read.
    Diff {
        /// The old version.
        old: PathBuf,
        /// The new version.
        new: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = DiffFormatArg::Human)]
        format: DiffFormatArg,
        /// Exit 1 when there are changes of this kind.
        #[arg(long, value_enum, value_name = "KIND")]
        fail_on: Option<FailOnArg>,
        /// Compare only this operation: an operationId, `METHOD /path`, or a path glob
        /// (`/oauth-clients*`). Repeatable.
        #[arg(long, value_name = "PATTERN")]
        operation: Vec<String>,
        /// Let `$ref`s read files outside each spec's directory.
        #[arg(long)]
        allow_refs_outside_root: bool,
    },
    /// Write a starter specforge.toml here, naming the APIs of FILES (default: the YAML and
    /// JSON documents in this directory and in specs/).
    Init {
        /// The documents.
        files: Vec<PathBuf>,
        /// Replace an existing specforge.toml.
        #[arg(long)]
        force: bool,
    },
    /// Print a shell completion script (e.g. `specforge completions bash >
    /// ~/.local/share/bash-completion/completions/specforge`).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// List every lint rule: code, name, default severity, summary.
    Rules,
    /// Print the documentation of a diagnostic code: a lint rule or one of specforge's own.
    Explain {
        /// Code (SF101, SF005) or name (delimited-list-as-enum).
        rule: String,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum DiffFormatArg {
    Human,
    Json,
    Markdown,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum FailOnArg {
    /// Any change breaking clients or servers.
    Breaking,
    /// Changes breaking clients.
    ClientBreaking,
    /// Changes breaking servers.
    ServerBreaking,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum SeverityArg {
    Info,
    Warning,
    Error,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum LintFormatArg {
    Human,
    Json,
    Sarif,
    Github,
}

#[derive(clap::Args, Debug)]
struct InputArgs {
    /// Documents to read (OpenAPI YAML/JSON, Swagger 2.0, docs pages). Default: the project's
    /// specforge.toml.
    files: Vec<PathBuf>,
    /// The project file to use instead of specforge.toml / specs/specforge.toml.
    #[arg(long)]
    config: Option<PathBuf>,
    /// Let `$ref`s read files outside each spec's directory.
    #[arg(long)]
    allow_refs_outside_root: bool,
    /// Apply this OpenAPI Overlay 1.0 document to every API before anything else (repeatable).
    #[arg(long, value_name = "FILE")]
    overlay: Vec<PathBuf>,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum Format {
    Yaml,
    Json,
}

/// `extract --openapi`.
#[derive(ValueEnum, Clone, Copy, Debug)]
enum OpenApiArg {
    /// OpenAPI 3.1.
    #[value(name = "3.1")]
    V31,
    /// OpenAPI 3.2.
    #[value(name = "3.2")]
    V32,
}

/// A path from the command line, absolute: a command with a project file runs from the
/// project's root, where a relative path would name something else.
fn abs(p: PathBuf) -> PathBuf {
    std::path::absolute(&p).unwrap_or(p)
}

impl From<InputArgs> for cli::Input {
    fn from(a: InputArgs) -> Self {
        cli::Input {
            files: a.files.into_iter().map(abs).collect(),
            config: a.config.map(abs),
            allow_refs_outside_root: a.allow_refs_outside_root,
            overlays: a.overlay.into_iter().map(abs).collect(),
        }
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    let ui = cli::Ui {
        colour: match args.color {
            ColorArg::Auto => specforge::report::human::ColourChoice::Auto,
            ColorArg::Always => specforge::report::human::ColourChoice::Always,
            ColorArg::Never => specforge::report::human::ColourChoice::Never,
        },
        quiet: args.quiet,
        verbose: args.verbose,
    };
    let ui = &ui;
    let exit = match args.command {
        Command::Extract {
            input,
            format,
            api,
            openapi,
        } => cli::extract(
            &input.into(),
            matches!(format, Format::Json),
            api.as_deref(),
            openapi.map(|v| match v {
                OpenApiArg::V31 => specforge::ingest::convert::Target::V31,
                OpenApiArg::V32 => specforge::ingest::convert::Target::V32,
            }),
            ui,
        ),
        Command::Model { input, api } => cli::model(&input.into(), api.as_deref(), ui),
        Command::Check { input, diff } => cli::check(&input.into(), diff, ui),
        Command::Lint {
            input,
            format,
            deny,
            baseline,
            write_baseline,
            fix_overlay,
            no_ignore,
            min_severity,
            all_rules,
            ruleset,
        } => cli::lint(
            &input.into(),
            match format {
                LintFormatArg::Human => cli::LintFormat::Human,
                LintFormatArg::Json => cli::LintFormat::Json,
                LintFormatArg::Sarif => cli::LintFormat::Sarif,
                LintFormatArg::Github => cli::LintFormat::Github,
            },
            &cli::LintOptions {
                deny_warnings: deny.is_some(),
                no_ignore,
                baseline: baseline.map(abs),
                write_baseline: write_baseline.map(abs),
                fix_overlay: fix_overlay.map(abs),
                min_severity: min_severity.map(|s| match s {
                    SeverityArg::Info => specforge::diag::Severity::Info,
                    SeverityArg::Warning => specforge::diag::Severity::Warning,
                    SeverityArg::Error => specforge::diag::Severity::Error,
                }),
                all_rules,
                rulesets: ruleset.into_iter().map(abs).collect(),
            },
            ui,
        ),
        Command::Generate {
            input,
            out,
            api,
            no_server,
        } => cli::generate(
            &input.into(),
            out.map(abs).as_deref(),
            api.as_deref(),
            no_server,
            ui,
        ),
        Command::Diff {
            old,
            new,
            format,
            fail_on,
            operation,
            allow_refs_outside_root,
        } => cli::diff(
            &old,
            &new,
            &cli::DiffOptions {
                format: match format {
                    DiffFormatArg::Human => cli::DiffFormat::Human,
                    DiffFormatArg::Json => cli::DiffFormat::Json,
                    DiffFormatArg::Markdown => cli::DiffFormat::Markdown,
                },
                fail_on: match fail_on {
                    None => cli::FailOn::Never,
                    Some(FailOnArg::Breaking) => cli::FailOn::Breaking,
                    Some(FailOnArg::ClientBreaking) => cli::FailOn::ClientBreaking,
                    Some(FailOnArg::ServerBreaking) => cli::FailOn::ServerBreaking,
                },
                filter: specforge::diff::Filter {
                    operations: operation,
                },
                allow_refs_outside_root,
            },
            ui,
        ),
        Command::Init { files, force } => cli::init(&files, force, ui),
        Command::Completions { shell } => {
            use clap::CommandFactory as _;
            // Into memory first: clap_complete panics when its writer fails (a closed pipe).
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Args::command(), "specforge", &mut script);
            use std::io::Write as _;
            let _ = std::io::stdout().lock().write_all(&script);
            Exit::Ok
        }
        Command::Rules => cli::rules(),
        Command::Explain { rule } => cli::explain(&rule),
    };
    match exit {
        Exit::Ok => ExitCode::SUCCESS,
        Exit::Findings => ExitCode::from(1),
        Exit::InputError => ExitCode::from(2),
    }
}
