//! Reading Spectral ruleset files (YAML or JSON) with the located tree reader, so every mistake
//! is reported at its line and column in the ruleset file (SF029).
//!
//! `extends` is applied first (files relative to the ruleset, recursively, a cycle refused;
//! `spectral:oas` from [`super::oas::RULESET`]), in order, with its mode (`recommended`, the
//! default, enables the recommended rules; `all` every rule; `off` none); then the file's own
//! `rules` define new rules or change inherited ones (a severity, `true`/`false`, or fields).

use super::function::Segment;
use super::jsonpath;
use super::model::{Field, Format, Given, Override, Rule, RuleChange, RuleSeverity, Ruleset, Then};
use crate::diag::Diagnostic;
use crate::ingest::codes;
use crate::source::{Loc, Origin, SourceFile, SourceMap};
use crate::tree::{Node, Value};
use indexmap::IndexMap;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The name `extends` gives the built-in OpenAPI ruleset.
pub const SPECTRAL_OAS: &str = "spectral:oas";

/// Loads the rulesets at `paths` as one (later files override earlier ones, as if each
/// extended the one before). The files join `sources`, so findings and errors locate in them.
pub fn load(paths: &[PathBuf], sources: &mut SourceMap) -> Result<Ruleset, Vec<Diagnostic>> {
    let mut loader = Loader {
        sources,
        stack: Vec::new(),
        errors: Vec::new(),
        warnings: Vec::new(),
    };
    let mut all = FileRules::default();
    for path in paths {
        let abs = crate::ingest::refs::absolute(path);
        if let Some(rules) = loader.file(&abs, None) {
            all.merge(rules);
        }
    }
    if !loader.errors.is_empty() {
        return Err(loader.errors);
    }
    Ok(Ruleset {
        rules: all.rules.into_values().collect(),
        overrides: all.overrides,
        warnings: loader.warnings,
    })
}

/// A scoped alias's targets, or a plain alias's paths (formats `None`).
type Alias = Vec<(Option<Vec<Format>>, String)>;

#[derive(Default)]
struct FileRules {
    rules: IndexMap<String, Rule>,
    aliases: HashMap<String, Alias>,
    overrides: Vec<Override>,
}

impl FileRules {
    fn merge(&mut self, other: FileRules) {
        for (name, rule) in other.rules {
            self.rules.insert(name, rule);
        }
        self.aliases.extend(other.aliases);
        self.overrides.extend(other.overrides);
    }
}

/// How an `extends` entry enables the rules it brings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Recommended,
    All,
    Off,
}

struct Loader<'s> {
    sources: &'s mut SourceMap,
    /// The files being read, outermost first (cycle guard).
    stack: Vec<PathBuf>,
    errors: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
}

fn error(loc: Loc, message: impl Into<String>, label: &str) -> Diagnostic {
    codes::RULESET.diag(message).at(loc, label)
}

const TOP_KEYS: [&str; 10] = [
    "extends",
    "rules",
    "aliases",
    "overrides",
    "formats",
    "documentationUrl",
    "functions",
    "functionsDir",
    "description",
    "parserOptions",
];

const RULE_KEYS: [&str; 10] = [
    "description",
    "message",
    "severity",
    "recommended",
    "given",
    "then",
    "formats",
    "resolved",
    "documentationUrl",
    "type",
];

impl Loader<'_> {
    /// Reads one ruleset file (or the built-in `spectral:oas` when `builtin`), with its extends.
    fn file(&mut self, path: &Path, builtin: Option<&'static str>) -> Option<FileRules> {
        let (text, display) = match builtin {
            Some(text) => (text.to_string(), SPECTRAL_OAS.to_string()),
            None => match std::fs::read_to_string(path) {
                Ok(t) => (t, crate::ingest::refs::display_rel(path)),
                Err(e) => {
                    self.errors.push(codes::RULESET.diag(format!(
                        "cannot read ruleset `{}`: {e}",
                        crate::ingest::refs::display_rel(path)
                    )));
                    return None;
                }
            },
        };
        let id = self
            .sources
            .add(SourceFile::new(display, path.to_path_buf(), text.clone()));
        let mut warnings = Vec::new();
        let parsed = if crate::ingest::is_json_text(&text) {
            crate::ingest::json::parse(&text, Origin::whole(id), &mut warnings)
        } else {
            crate::ingest::yaml::parse(&text, Origin::whole(id), &mut warnings)
        };
        let root = match parsed {
            Ok(r) => r,
            Err(mut d) => {
                d.message = format!("the ruleset does not parse: {}", d.message);
                self.errors.push(d);
                return None;
            }
        };
        let Some(map) = root.as_map() else {
            self.errors.push(error(
                root.loc,
                format!("a ruleset is a mapping, found {}", root.kind_name()),
                "expected a mapping",
            ));
            return None;
        };
        for (k, e) in map.iter() {
            if !TOP_KEYS.contains(&k.as_str()) {
                let help = crate::similar::closest(k, TOP_KEYS.iter().copied())
                    .map(|c| format!("did you mean `{c}`?"))
                    .unwrap_or_else(|| format!("a ruleset's keys are {}", TOP_KEYS.join(", ")));
                self.errors.push(
                    error(
                        e.key_loc,
                        format!("unknown ruleset key `{k}`"),
                        "not a ruleset key",
                    )
                    .help(help),
                );
            }
        }
        self.stack.push(path.to_path_buf());
        let mut out = FileRules::default();
        if let Some(ext) = root.get("extends") {
            self.extends(path, ext, &mut out);
        }
        self.stack.pop();
        // Aliases first: rules and overrides use them.
        if let Some(a) = root.get("aliases") {
            self.aliases(a, &mut out.aliases);
        }
        let formats = root.get("formats").and_then(|f| self.formats(f));
        let custom: Vec<(String, Loc)> = match root.get("functions") {
            Some(Node {
                value: Value::Seq(items),
                ..
            }) => items
                .iter()
                .filter_map(|n| n.as_str().map(|s| (s.to_string(), n.loc)))
                .collect(),
            Some(other) => {
                self.errors.push(error(
                    other.loc,
                    "`functions` is a list of function names",
                    "expected a sequence",
                ));
                Vec::new()
            }
            None => Vec::new(),
        };
        let doc_url = root
            .get("documentationUrl")
            .and_then(Node::as_str)
            .map(str::to_string);
        let scope = Scope {
            aliases: &out.aliases,
            formats: formats.as_deref(),
            custom: &custom,
            documentation_url: doc_url.as_deref(),
        };
        let mut own: Vec<(String, RuleChange)> = Vec::new();
        if let Some(rules) = root.get("rules") {
            own = self.rules(rules, &scope, &out.rules);
        }
        for (name, change) in own {
            apply(&mut out.rules, name, change);
        }
        // After the file's own rules: an override may set the severity of a rule defined
        // beside it, as Spectral allows.
        let mut overrides = Vec::new();
        if let Some(o) = root.get("overrides") {
            overrides = self.overrides(path, o, &scope, &out.rules);
        }
        out.overrides.extend(overrides);
        Some(out)
    }

    fn extends(&mut self, path: &Path, ext: &Node, out: &mut FileRules) {
        let entries: Vec<&Node> = match &ext.value {
            Value::Seq(items) => items.iter().collect(),
            _ => vec![ext],
        };
        for entry in entries {
            let (target, mode) = match &entry.value {
                Value::String(s) => ((s.as_str(), entry.loc), Mode::Recommended),
                Value::Seq(pair) if pair.len() == 2 && pair[0].as_str().is_some() => {
                    let mode = match pair[1].as_str() {
                        Some("recommended") => Mode::Recommended,
                        Some("all") => Mode::All,
                        Some("off") => Mode::Off,
                        _ => {
                            self.errors.push(error(
                                pair[1].loc,
                                "an `extends` mode is `recommended`, `all` or `off`",
                                "unknown mode",
                            ));
                            continue;
                        }
                    };
                    ((pair[0].as_str().unwrap_or_default(), pair[0].loc), mode)
                }
                _ => {
                    self.errors.push(error(
                        entry.loc,
                        "an `extends` entry is a ruleset name or `[name, mode]`",
                        "expected a string or a pair",
                    ));
                    continue;
                }
            };
            let (name, loc) = target;
            let loaded = if name == SPECTRAL_OAS {
                self.file(Path::new(SPECTRAL_OAS), Some(super::oas::RULESET))
            } else if name.starts_with("spectral:") {
                self.errors.push(error(
                    loc,
                    format!("`{name}` is not a ruleset specforge has (it has `{SPECTRAL_OAS}`)"),
                    "unknown built-in ruleset",
                ));
                continue;
            } else if name.starts_with("http://") || name.starts_with("https://") {
                self.errors.push(
                    error(
                        loc,
                        format!("`{name}`: rulesets are read from files, not fetched"),
                        "a URL",
                    )
                    .help("download the ruleset next to this one and extend it by its path"),
                );
                continue;
            } else {
                let base = path.parent().unwrap_or(Path::new("."));
                let target = crate::ingest::refs::lexical(&base.join(name));
                if self.stack.contains(&target) {
                    self.errors.push(error(
                        loc,
                        format!(
                            "`extends: {name}` makes a cycle (a ruleset extends itself through it)"
                        ),
                        "extends a ruleset already being read",
                    ));
                    continue;
                }
                if !target.is_file() {
                    self.errors.push(error(loc, format!("no ruleset file `{name}`"), "not found").help("an `extends` path is relative to the ruleset that names it; npm packages cannot be read"));
                    continue;
                }
                self.file(&target, None)
            };
            let Some(mut rules) = loaded else { continue };
            for rule in rules.rules.values_mut() {
                rule.enabled = match mode {
                    Mode::All => true,
                    Mode::Off => false,
                    Mode::Recommended => rule.enabled && rule.recommended,
                };
            }
            out.merge(rules);
        }
    }

    fn formats(&mut self, node: &Node) -> Option<Vec<Format>> {
        let Some(items) = node.as_seq() else {
            self.errors.push(error(
                node.loc,
                "`formats` is a list of format names",
                "expected a sequence",
            ));
            return None;
        };
        let mut out = Vec::new();
        for n in items {
            match n.as_str().and_then(Format::from_name) {
                Some(f) => out.push(f),
                None => self.errors.push(error(n.loc, format!("unknown format `{}`", n.as_text().unwrap_or("?")), "not a format").help("the formats are oas2, oas3, oas3.0, oas3.1, oas3.2 (and Spectral's non-OpenAPI ones, which never match here)")),
            }
        }
        Some(out)
    }

    fn aliases(&mut self, node: &Node, out: &mut HashMap<String, Alias>) {
        let Some(map) = node.as_map() else {
            self.errors.push(error(
                node.loc,
                "`aliases` is a mapping of names to paths",
                "expected a mapping",
            ));
            return;
        };
        for (name, e) in map.iter() {
            let n = &e.node;
            let alias: Alias = match &n.value {
                Value::String(s) => vec![(None, s.to_string())],
                Value::Seq(items) => items
                    .iter()
                    .filter_map(|i| i.as_str().map(|s| (None, s.to_string())))
                    .collect(),
                Value::Map(_) => {
                    let Some(targets) = n.get("targets").and_then(Node::as_seq) else {
                        self.errors.push(error(
                            n.loc,
                            format!("scoped alias `{name}` needs `targets`"),
                            "no targets",
                        ));
                        continue;
                    };
                    let mut out = Vec::new();
                    for t in targets {
                        let formats = t.get("formats").and_then(|f| self.formats(f));
                        let given: Vec<String> = match t.get("given") {
                            Some(Node {
                                value: Value::String(s),
                                ..
                            }) => vec![s.to_string()],
                            Some(Node {
                                value: Value::Seq(g),
                                ..
                            }) => g
                                .iter()
                                .filter_map(|x| x.as_str().map(str::to_string))
                                .collect(),
                            _ => {
                                self.errors.push(error(
                                    t.loc,
                                    format!("a target of alias `{name}` needs `given`"),
                                    "no given",
                                ));
                                continue;
                            }
                        };
                        out.extend(given.into_iter().map(|g| (formats.clone(), g)));
                    }
                    out
                }
                _ => {
                    self.errors.push(error(
                        n.loc,
                        format!("alias `{name}` is a path, a list of paths or a scoped alias"),
                        "unexpected value",
                    ));
                    continue;
                }
            };
            out.insert(name.to_string(), alias);
        }
    }

    fn rules(
        &mut self,
        node: &Node,
        scope: &Scope<'_>,
        inherited: &IndexMap<String, Rule>,
    ) -> Vec<(String, RuleChange)> {
        let Some(map) = node.as_map() else {
            self.errors.push(error(
                node.loc,
                "`rules` is a mapping of rule names to definitions",
                "expected a mapping",
            ));
            return Vec::new();
        };
        let mut out = Vec::new();
        for (name, e) in map.iter() {
            if let Some(change) = self.rule(name, e.key_loc, &e.node, scope, inherited) {
                out.push((name.to_string(), change));
            }
        }
        out
    }

    fn rule(
        &mut self,
        name: &str,
        key_loc: Loc,
        n: &Node,
        scope: &Scope<'_>,
        inherited: &IndexMap<String, Rule>,
    ) -> Option<RuleChange> {
        let unknown = |this: &mut Self| {
            let help = crate::similar::closest(name, inherited.keys().map(String::as_str))
                .map(|c| format!("did you mean `{c}`?"))
                .unwrap_or_else(|| {
                    "a rule changed by severity alone must come from an `extends`".into()
                });
            this.errors.push(error(key_loc, format!("no rule `{name}` to set: it is not defined by this ruleset or any it extends"), "unknown rule").help(help));
        };
        match &n.value {
            Value::String(_) | Value::Number(_) => {
                let Some(sev) = n.as_text().and_then(RuleSeverity::from_text) else {
                    self.errors.push(error(
                        n.loc,
                        format!("`{}` is not a severity", n.as_text().unwrap_or_default()),
                        "expected error, warn, info, hint, off or 0-3",
                    ));
                    return None;
                };
                if !inherited.contains_key(name) {
                    unknown(self);
                    return None;
                }
                Some(RuleChange::Severity(sev))
            }
            Value::Bool(b) => {
                if !inherited.contains_key(name) {
                    unknown(self);
                    return None;
                }
                Some(RuleChange::Severity(if *b {
                    inherited[name].severity
                } else {
                    RuleSeverity::Off
                }))
            }
            Value::Map(m) => {
                for (k, e) in m.iter() {
                    if !RULE_KEYS.contains(&k.as_str()) {
                        let help = crate::similar::closest(k, RULE_KEYS.iter().copied())
                            .map(|c| format!("did you mean `{c}`?"))
                            .unwrap_or_else(|| {
                                format!("a rule's keys are {}", RULE_KEYS.join(", "))
                            });
                        self.errors.push(
                            error(
                                e.key_loc,
                                format!("unknown key `{k}` in rule `{name}`"),
                                "not a rule key",
                            )
                            .help(help),
                        );
                    }
                }
                let base = match (
                    m.get("given").is_some() || m.get("then").is_some(),
                    inherited.get(name),
                ) {
                    (false, Some(r)) => Some(r.clone()),
                    (false, None) => {
                        self.errors.push(error(key_loc, format!("rule `{name}` has no `given` and `then`, and no extended ruleset defines it"), "incomplete rule"));
                        return None;
                    }
                    (true, _) => None,
                };
                let fresh = base.is_none();
                let mut rule = base.unwrap_or_else(|| Rule {
                    name: name.to_string(),
                    loc: key_loc,
                    description: None,
                    message: None,
                    severity: RuleSeverity::Warn,
                    recommended: true,
                    enabled: true,
                    given: Vec::new(),
                    then: Vec::new(),
                    formats: scope.formats.map(<[Format]>::to_vec),
                    resolved: true,
                    documentation_url: scope.documentation_url.map(str::to_string),
                    unavailable: None,
                });
                let text = |this: &mut Self, key: &str| -> Option<String> {
                    let v = n.get(key)?;
                    match v.as_str() {
                        Some(s) => Some(s.to_string()),
                        None => {
                            this.errors.push(error(
                                v.loc,
                                format!("`{key}` of rule `{name}` is a string"),
                                "expected a string",
                            ));
                            None
                        }
                    }
                };
                if let Some(d) = text(self, "description") {
                    rule.description = Some(d);
                }
                if let Some(d) = text(self, "message") {
                    rule.message = Some(d);
                }
                if let Some(d) = text(self, "documentationUrl") {
                    rule.documentation_url = Some(d);
                }
                if let Some(s) = n.get("severity") {
                    match s.as_text().and_then(RuleSeverity::from_text) {
                        Some(sev) => rule.severity = sev,
                        None => self.errors.push(error(
                            s.loc,
                            format!("`{}` is not a severity", s.as_text().unwrap_or_default()),
                            "expected error, warn, info, hint, off or 0-3",
                        )),
                    }
                }
                let flag = |this: &mut Self, key: &str| -> Option<bool> {
                    let v = n.get(key)?;
                    let b = v.as_bool();
                    if b.is_none() {
                        this.errors.push(error(
                            v.loc,
                            format!("`{key}` of rule `{name}` is true or false"),
                            "expected a boolean",
                        ));
                    }
                    b
                };
                if let Some(b) = flag(self, "recommended") {
                    rule.recommended = b;
                    if fresh {
                        rule.enabled = b;
                    }
                }
                if let Some(b) = flag(self, "resolved") {
                    rule.resolved = b;
                }
                if let Some(f) = n.get("formats") {
                    rule.formats = self.formats(f);
                }
                if fresh {
                    let Some(given) = n.get("given") else {
                        self.errors.push(error(
                            key_loc,
                            format!("rule `{name}` has no `given`"),
                            "no given",
                        ));
                        return None;
                    };
                    rule.given = self.given(given, scope)?;
                    let Some(then) = n.get("then") else {
                        self.errors.push(error(
                            key_loc,
                            format!("rule `{name}` has no `then`"),
                            "no then",
                        ));
                        return None;
                    };
                    let (then, unavailable) = self.then(name, then, scope)?;
                    rule.then = then;
                    rule.unavailable = unavailable;
                    return Some(RuleChange::Define(Box::new(rule)));
                }
                // Fields changed on an inherited rule: a definition of its own from here on.
                rule.enabled = rule.severity != RuleSeverity::Off;
                Some(RuleChange::Define(Box::new(rule)))
            }
            _ => {
                self.errors.push(error(
                    n.loc,
                    format!("rule `{name}` is a definition, a severity or true/false"),
                    "unexpected value",
                ));
                None
            }
        }
    }

    fn given(&mut self, node: &Node, scope: &Scope<'_>) -> Option<Vec<Given>> {
        let items: Vec<&Node> = match &node.value {
            Value::String(_) => vec![node],
            Value::Seq(s) if !s.is_empty() => s.iter().collect(),
            _ => {
                self.errors.push(error(
                    node.loc,
                    "`given` is a JSONPath or a list of them",
                    "expected a string or a sequence",
                ));
                return None;
            }
        };
        let mut out = Vec::new();
        let mut ok = true;
        for item in items {
            let Some(text) = item.as_str() else {
                self.errors.push(error(
                    item.loc,
                    "a `given` entry is a JSONPath string",
                    "expected a string",
                ));
                ok = false;
                continue;
            };
            match expand_aliases(text, scope.aliases, 0) {
                Err(e) => {
                    self.errors.push(error(item.loc, e, "here"));
                    ok = false;
                }
                Ok(expanded) => {
                    for (formats, path_text) in expanded {
                        match jsonpath::parse(&path_text) {
                            Ok(p) => out.push(Given {
                                text: path_text,
                                path: Arc::new(p),
                                formats,
                            }),
                            Err(e) => {
                                self.errors.push(error(item.loc, e, "invalid JSONPath"));
                                ok = false;
                            }
                        }
                    }
                }
            }
        }
        ok.then_some(out)
    }

    fn then(
        &mut self,
        rule: &str,
        node: &Node,
        scope: &Scope<'_>,
    ) -> Option<(Vec<Then>, Option<String>)> {
        let items: Vec<&Node> = match &node.value {
            Value::Map(_) => vec![node],
            Value::Seq(s) if !s.is_empty() => s.iter().collect(),
            _ => {
                self.errors.push(error(
                    node.loc,
                    "`then` is a mapping or a list of them",
                    "expected a mapping or a sequence",
                ));
                return None;
            }
        };
        let mut out = Vec::new();
        let mut unavailable = None;
        let mut ok = true;
        for item in items {
            let Some(map) = item.as_map() else {
                self.errors.push(error(
                    item.loc,
                    "a `then` entry is a mapping with `function`",
                    "expected a mapping",
                ));
                ok = false;
                continue;
            };
            for (k, e) in map.iter() {
                if !["field", "function", "functionOptions"].contains(&k.as_str()) {
                    self.errors.push(
                        error(
                            e.key_loc,
                            format!("unknown key `{k}` in a `then` of rule `{rule}`"),
                            "not a `then` key",
                        )
                        .help("a `then` has `field`, `function` and `functionOptions`"),
                    );
                    ok = false;
                }
            }
            let field = match item.get("field") {
                None => None,
                Some(f) => match f.as_str().map(parse_field) {
                    Some(Ok(field)) => Some(field),
                    Some(Err(e)) => {
                        self.errors.push(error(f.loc, e, "invalid field"));
                        ok = false;
                        continue;
                    }
                    None => {
                        self.errors
                            .push(error(f.loc, "`field` is a string", "expected a string"));
                        ok = false;
                        continue;
                    }
                },
            };
            let Some(fnode) = item.get("function") else {
                self.errors.push(error(
                    item.loc,
                    format!("a `then` of rule `{rule}` has no `function`"),
                    "no function",
                ));
                ok = false;
                continue;
            };
            let Some(fname) = fnode.as_str() else {
                self.errors.push(error(
                    fnode.loc,
                    "`function` is a function name",
                    "expected a string",
                ));
                ok = false;
                continue;
            };
            let options = item.get("functionOptions").cloned();
            match super::functions::find(fname) {
                Some(function) => {
                    if let Err(e) = (function.check_options)(options.as_ref()) {
                        let at = item.get("functionOptions").map_or(fnode.loc, |o| o.loc);
                        self.errors.push(error(
                            at,
                            format!(
                                "invalid `functionOptions` for `{fname}` in rule `{rule}`: {e}"
                            ),
                            "invalid options",
                        ));
                        ok = false;
                        continue;
                    }
                    out.push(Then {
                        field,
                        function,
                        options,
                    });
                }
                None if scope.custom.iter().any(|(c, _)| c == fname) => {
                    self.warnings.push(
                        codes::RULESET_FUNCTION
                            .diag(format!("rule `{rule}` calls the custom function `{fname}`, which specforge cannot run (it is JavaScript); the rule is skipped"))
                            .at(fnode.loc, "a custom JavaScript function")
                            .help(format!("turn the rule off (`{rule}: off`) to silence this, or express it with the core functions")),
                    );
                    unavailable = Some(fname.to_string());
                }
                None => {
                    let help = crate::similar::closest(fname, super::functions::names())
                        .map(|c| format!("did you mean `{c}`?"))
                        .unwrap_or_else(|| "a custom function must be listed under the ruleset's `functions` (and cannot run here)".into());
                    self.errors.push(
                        error(
                            fnode.loc,
                            format!("unknown function `{fname}` in rule `{rule}`"),
                            "no such function",
                        )
                        .help(help),
                    );
                    ok = false;
                }
            }
        }
        ok.then_some((out, unavailable))
    }

    fn overrides(
        &mut self,
        path: &Path,
        node: &Node,
        scope: &Scope<'_>,
        inherited: &IndexMap<String, Rule>,
    ) -> Vec<Override> {
        let Some(items) = node.as_seq() else {
            self.errors.push(error(
                node.loc,
                "`overrides` is a list",
                "expected a sequence",
            ));
            return Vec::new();
        };
        let base = path.parent().unwrap_or(Path::new("."));
        let mut out = Vec::new();
        for item in items {
            let Some(files) = item.get("files").and_then(Node::as_seq) else {
                self.errors.push(error(
                    item.loc,
                    "an override needs `files`: a list of globs",
                    "no files",
                ));
                continue;
            };
            for (k, e) in item.as_map().into_iter().flat_map(|m| m.iter()) {
                if !["files", "rules", "extends", "aliases"].contains(&k.as_str()) {
                    self.errors.push(error(
                        e.key_loc,
                        format!("unknown key `{k}` in an override"),
                        "not an override key",
                    ));
                }
            }
            if let Some(e) = item.get("extends") {
                self.errors.push(
                    error(
                        e.loc,
                        "`extends` inside `overrides` is not supported",
                        "unsupported",
                    )
                    .help("extend at the top level and set the rules' severities in the override"),
                );
            }
            let globs = files
                .iter()
                .filter_map(|f| f.as_str())
                .map(|f| {
                    let (glob, pointer) = match f.split_once('#') {
                        Some((g, p)) => (g, Some(p.to_string())),
                        None => (f, None),
                    };
                    (
                        base.join(glob).to_string_lossy().replace('\\', "/"),
                        pointer,
                    )
                })
                .collect();
            let rules = item
                .get("rules")
                .map(|r| self.rules(r, scope, inherited))
                .unwrap_or_default();
            out.push(Override {
                files: globs,
                rules,
            });
        }
        out
    }
}

/// What a ruleset file's rules are read in: its aliases, formats and custom functions.
struct Scope<'a> {
    aliases: &'a HashMap<String, Alias>,
    formats: Option<&'a [Format]>,
    custom: &'a [(String, Loc)],
    documentation_url: Option<&'a str>,
}

/// Applies a change to the rules.
pub fn apply(rules: &mut IndexMap<String, Rule>, name: String, change: RuleChange) {
    match change {
        RuleChange::Severity(sev) => {
            if let Some(r) = rules.get_mut(&name) {
                match sev {
                    RuleSeverity::Off => r.enabled = false,
                    s => {
                        r.enabled = true;
                        r.severity = s;
                    }
                }
            }
        }
        RuleChange::Define(rule) => {
            rules.insert(name, *rule);
        }
    }
}

/// Most aliases expanded inside one another.
const MAX_ALIAS_DEPTH: usize = 16;

/// `#Name...` replaced by each of the alias's paths (recursively).
fn expand_aliases(
    text: &str,
    aliases: &HashMap<String, Alias>,
    depth: usize,
) -> Result<Alias, String> {
    let Some(rest) = text.strip_prefix('#') else {
        return Ok(vec![(None, text.to_string())]);
    };
    if depth > MAX_ALIAS_DEPTH {
        return Err(format!(
            "alias `{text}` expands through too many aliases (a cycle?)"
        ));
    }
    let end = rest.find(['.', '[', '~']).unwrap_or(rest.len());
    let (name, tail) = rest.split_at(end);
    let Some(alias) = aliases.get(name) else {
        let help = crate::similar::closest(name, aliases.keys().map(String::as_str))
            .map(|c| format!(" (did you mean `#{c}`?)"))
            .unwrap_or_default();
        return Err(format!("no alias `{name}`{help}"));
    };
    let mut out = Vec::new();
    for (formats, path) in alias {
        for (inner_formats, expanded) in expand_aliases(path, aliases, depth + 1)? {
            out.push((
                inner_formats.or_else(|| formats.clone()),
                format!("{expanded}{tail}"),
            ));
        }
    }
    Ok(out)
}

/// A `then.field`: `@key`, a JSONPath (`$...`), or member names (`a.b`, `a[0]`, `['x.y']`).
fn parse_field(text: &str) -> Result<Field, String> {
    if text == "@key" {
        return Ok(Field::Key);
    }
    // `$ref` is a member, not a path: only what parses as a JSONPath is one.
    if text.starts_with('$')
        && let Ok(p) = jsonpath::parse(text)
    {
        return Ok(Field::Path(Arc::new(p)));
    }
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    let mut cur = String::new();
    while i < b.len() {
        match b[i] {
            b'.' => {
                if !cur.is_empty() {
                    out.push(Segment::Key(std::mem::take(&mut cur)));
                }
                i += 1;
            }
            b'[' => {
                if !cur.is_empty() {
                    out.push(Segment::Key(std::mem::take(&mut cur)));
                }
                let close = text[i..]
                    .find(']')
                    .ok_or_else(|| format!("unclosed `[` in field `{text}`"))?
                    + i;
                let inner = text[i + 1..close].trim();
                let inner = inner.trim_matches(|c| c == '\'' || c == '"');
                out.push(match inner.parse::<usize>() {
                    Ok(n) => Segment::Index(n),
                    Err(_) => Segment::Key(inner.to_string()),
                });
                i = close + 1;
            }
            _ => {
                let c = text[i..].chars().next().unwrap_or_default();
                cur.push(c);
                i += c.len_utf8();
            }
        }
    }
    if !cur.is_empty() {
        out.push(Segment::Key(cur));
    }
    if out.is_empty() {
        return Err("an empty `field`".into());
    }
    Ok(Field::Members(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields() {
        assert!(matches!(parse_field("@key"), Ok(Field::Key)));
        match parse_field("a.b[0]['x.y']") {
            Ok(Field::Members(m)) => assert_eq!(
                m,
                vec![
                    Segment::Key("a".into()),
                    Segment::Key("b".into()),
                    Segment::Index(0),
                    Segment::Key("x.y".into())
                ]
            ),
            _ => panic!("members"),
        }
    }

    #[test]
    fn aliases_expand_with_their_tails() {
        let mut aliases = HashMap::new();
        aliases.insert(
            "Ops".to_string(),
            vec![(None, "$.paths[*][get,put]".to_string())],
        );
        aliases.insert(
            "Resp".to_string(),
            vec![(Some(vec![Format::Oas2]), "#Ops.responses".to_string())],
        );
        let out = expand_aliases("#Resp[*]", &aliases, 0).unwrap();
        assert_eq!(
            out,
            vec![(
                Some(vec![Format::Oas2]),
                "$.paths[*][get,put].responses[*]".to_string()
            )]
        );
        assert!(expand_aliases("#Nope", &aliases, 0).is_err());
    }
}
