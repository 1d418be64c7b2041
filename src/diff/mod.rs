//! `specforge diff`: every change between two versions of an API, each classified as breaking
//! or not, for clients and for servers.
//!
//! Both versions are compared through the model, not the text: `$ref`s are resolved, `allOf`
//! is flattened, enums are sets and 3.0 `nullable` equals a 3.1 `null` type, so equivalent
//! rewrites are not changes. Each change says what it does to the set of valid messages at its
//! place ([`Effect`]) and whether that place carries requests or responses ([`Flow`]); breaking
//! for whom follows from the two (see [`Effect::impact`]). A change inside a named component is
//! reported once, under the component, with the operations that reach it.

pub mod render;
mod schema;

use crate::model::{ApiModel, Operation, ParamLocation, SecurityKind, SecurityRequirement};
use crate::source::Loc;
use indexmap::IndexMap;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Which way data flows through the place a change is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Flow {
    /// Sent by clients, read by servers.
    Request,
    /// Sent by servers, read by clients.
    Response,
}

/// What a change does at its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// More is valid than before (a new enum value, a field no longer required).
    Widened,
    /// Less is valid than before (a new required field, a removed enum value).
    Narrowed,
    /// Different things are valid (a changed type, format or timestamp layout).
    Changed,
    /// Something code written against the old version uses is gone (an operation, a field).
    Removed,
    /// A change nothing written against the old version depends on (an optional field added).
    Neutral,
}

impl Effect {
    /// Whether the change breaks (clients, servers) in `flow`. Clients write requests and read
    /// responses, servers the reverse; whoever must now accept more than before, or can no
    /// longer send what they sent, is broken.
    pub fn impact(self, flow: Flow) -> (bool, bool) {
        match (self, flow) {
            (Effect::Changed, _) => (true, true),
            (Effect::Removed, _) => (true, false),
            (Effect::Neutral, _) => (false, false),
            (Effect::Widened, Flow::Request) | (Effect::Narrowed, Flow::Response) => (false, true),
            (Effect::Widened, Flow::Response) | (Effect::Narrowed, Flow::Request) => (true, false),
        }
    }
}

/// One change.
#[derive(Debug, Clone)]
pub struct Change {
    /// Stable kebab-case kind, e.g. `property-removed`.
    pub kind: &'static str,
    /// What it is in: `POST /oauth-clients` or ``schema `OAuthClient` ``.
    pub subject: String,
    /// What changed, naming the concrete values.
    pub message: String,
    /// Breaks clients written against the old version.
    pub client_breaking: bool,
    /// Breaks servers implementing the old version.
    pub server_breaking: bool,
    /// Where it was in the old version.
    pub old: Option<Loc>,
    /// Where it is in the new version.
    pub new: Option<Loc>,
    /// The operations it affects (several for a shared component).
    pub operations: Vec<String>,
}

impl Change {
    /// Breaking for anyone.
    pub fn is_breaking(&self) -> bool {
        self.client_breaking || self.server_breaking
    }
}

/// The result of comparing two versions.
#[derive(Debug, Default)]
pub struct Report {
    /// The changes, grouped by subject in walk order.
    pub changes: Vec<Change>,
}

/// Which operations to compare (all when empty): an operationId, `METHOD /path`, or a path
/// glob (`/oauth-clients*`).
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// The patterns.
    pub operations: Vec<String>,
}

impl Filter {
    fn selects(&self, op: &Operation) -> bool {
        self.operations.is_empty() || self.operations.iter().any(|p| Self::matches(p, op))
    }

    fn matches(pattern: &str, op: &Operation) -> bool {
        op.operation_id.as_deref() == Some(pattern)
            || op_label(op).eq_ignore_ascii_case(pattern)
            || crate::lint::config::glob(pattern, &op.path)
    }

    /// The patterns that select no operation of any of `apis`: a misspelt operation would
    /// otherwise compare nothing and report "no changes".
    pub fn unmatched<'a>(&'a self, apis: &[&ApiModel]) -> Vec<&'a str> {
        self.operations
            .iter()
            .map(String::as_str)
            .filter(|p| {
                !apis
                    .iter()
                    .any(|a| a.operations.iter().any(|op| Self::matches(p, op)))
            })
            .collect()
    }
}

/// A change not yet classified: the flows it was seen in decide its impact.
struct Pending {
    kind: &'static str,
    effect: Effect,
    flows: BTreeSet<Flow>,
    old: Option<Loc>,
    new: Option<Loc>,
    operations: BTreeSet<String>,
}

/// Collects changes, merging repeats of one change (a component reached from several
/// operations, or in requests and responses).
#[derive(Default)]
struct Collector {
    pending: IndexMap<(String, String), Pending>,
    /// Operations that reach each component subject.
    uses: BTreeMap<String, BTreeSet<String>>,
}

/// Where a change is being recorded.
#[derive(Clone)]
struct At<'s> {
    subject: &'s str,
    operation: &'s str,
    flow: Flow,
}

impl Collector {
    fn add(
        &mut self,
        at: &At<'_>,
        kind: &'static str,
        effect: Effect,
        message: String,
        old: Option<Loc>,
        new: Option<Loc>,
    ) {
        let p = self
            .pending
            .entry((at.subject.to_string(), message))
            .or_insert_with(|| Pending {
                kind,
                effect,
                flows: BTreeSet::new(),
                old,
                new,
                operations: BTreeSet::new(),
            });
        p.flows.insert(at.flow);
        p.operations.insert(at.operation.to_string());
    }

    /// Notes that `operation` reaches the shared `subject` (a component, a security scheme).
    fn record_use(&mut self, subject: &str, operation: &str) {
        self.uses
            .entry(subject.to_string())
            .or_default()
            .insert(operation.to_string());
    }

    fn finish(self) -> Report {
        let uses = self.uses;
        let changes = self
            .pending
            .into_iter()
            .map(|((subject, message), p)| {
                let (client, server) = p.flows.iter().fold((false, false), |(c, s), f| {
                    let (c2, s2) = p.effect.impact(*f);
                    (c || c2, s || s2)
                });
                let operations = uses
                    .get(&subject)
                    .cloned()
                    .unwrap_or(p.operations)
                    .into_iter()
                    .collect();
                Change {
                    kind: p.kind,
                    subject,
                    message,
                    client_breaking: client,
                    server_breaking: server,
                    old: p.old,
                    new: p.new,
                    operations,
                }
            })
            .collect();
        Report { changes }
    }
}

/// `/users/{id}/keys/{key_id}` → `/users/{}/keys/{}`: path parameter names do not make a
/// different operation.
fn path_shape(path: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in path.chars() {
        match c {
            '{' => {
                depth += 1;
                if depth == 1 {
                    out.push_str("{}");
                }
            }
            '}' => depth = (depth - 1).max(0),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn op_label(op: &Operation) -> String {
    format!("{} {}", op.method, op.path)
}

/// Compares two versions of an API.
pub fn diff(old: &ApiModel, new: &ApiModel, filter: &Filter) -> Report {
    let mut collector = Collector::default();
    let mut w = schema::Walk::new(&mut collector, old, new);
    let key = |op: &Operation| (op.webhook, op.method.clone(), path_shape(&op.path));
    let new_ops: IndexMap<_, &Operation> = new
        .operations
        .iter()
        .filter(|o| filter.selects(o))
        .map(|o| (key(o), o))
        .collect();
    let old_ops: IndexMap<_, &Operation> = old
        .operations
        .iter()
        .filter(|o| filter.selects(o))
        .map(|o| (key(o), o))
        .collect();
    let api = At {
        subject: "API",
        operation: "",
        flow: Flow::Request,
    };
    let server = |m: &ApiModel| m.servers.first().map(|s| (s.url.clone(), s.loc));
    if let (Some((a, al)), Some((b, bl))) = (server(old), server(new))
        && a != b
    {
        w.c.add(
            &api,
            "server-url-changed",
            Effect::Removed,
            format!("server URL `{a}` → `{b}`"),
            Some(al),
            Some(bl),
        );
    }
    // Operations that moved keep their operationId: one change, not a removal and an addition.
    // Where to: the first operation with that id that exists only in the new version.
    let mut new_only: HashMap<&str, usize> = HashMap::new();
    for (i, (k, n)) in new_ops.iter().enumerate() {
        if let Some(id) = n.operation_id.as_deref()
            && !old_ops.contains_key(k)
        {
            new_only.entry(id).or_insert(i);
        }
    }
    let mut moved: BTreeSet<usize> = BTreeSet::new();
    for (k, o) in &old_ops {
        if let Some(n) = new_ops.get(k) {
            operation(&mut w, o, n);
            continue;
        }
        let label = op_label(o);
        let at = At {
            subject: &label,
            operation: &label,
            flow: Flow::Request,
        };
        let same_id = o
            .operation_id
            .as_deref()
            .and_then(|id| new_only.get(id).copied());
        match same_id {
            Some(i) => {
                moved.insert(i);
                let n = new_ops[i];
                w.c.add(
                    &at,
                    "operation-moved",
                    Effect::Changed,
                    format!(
                        "operation `{}` moved to {}",
                        o.operation_id.as_deref().unwrap_or_default(),
                        op_label(n)
                    ),
                    Some(o.loc),
                    Some(n.loc),
                );
            }
            None => w.c.add(
                &at,
                "operation-removed",
                Effect::Removed,
                format!(
                    "operation removed{}",
                    o.operation_id
                        .as_ref()
                        .map(|i| format!(" (`{i}`)"))
                        .unwrap_or_default()
                ),
                Some(o.loc),
                None,
            ),
        }
    }
    for (i, (k, n)) in new_ops.iter().enumerate() {
        if old_ops.contains_key(k) || moved.contains(&i) {
            continue;
        }
        let label = op_label(n);
        w.c.add(
            &At {
                subject: &label,
                operation: &label,
                flow: Flow::Request,
            },
            "operation-added",
            Effect::Widened,
            format!(
                "operation added{}",
                n.operation_id
                    .as_ref()
                    .map(|i| format!(" (`{i}`)"))
                    .unwrap_or_default()
            ),
            None,
            Some(n.loc),
        );
    }
    drop(w);
    collector.finish()
}

/// Compares one operation present in both versions.
fn operation(w: &mut schema::Walk<'_, '_>, o: &Operation, n: &Operation) {
    let (old, new) = (w.old, w.new);
    let label = op_label(n);
    let req = At {
        subject: &label,
        operation: &label,
        flow: Flow::Request,
    };
    if let (Some(a), Some(b)) = (&o.operation_id, &n.operation_id)
        && a != b
    {
        w.c.add(
            &req,
            "operation-id-changed",
            Effect::Changed,
            format!(
                "operationId `{a}` → `{b}`: generated client methods and server trait methods are renamed (the wire format is unchanged)"
            ),
            Some(o.loc),
            Some(n.loc),
        );
    }
    // Path parameters are matched by position: `{id}` → `{client_id}` is a rename.
    let (op_names, np_names) = (o.path_placeholders(), n.path_placeholders());
    let renamed: BTreeMap<&str, &str> = op_names
        .iter()
        .copied()
        .zip(np_names.iter().copied())
        .collect();
    for (a, b) in &renamed {
        if a != b {
            w.c.add(
                &req,
                "path-parameter-renamed",
                Effect::Neutral,
                format!("path parameter `{{{a}}}` renamed `{{{b}}}`"),
                Some(o.loc),
                Some(n.loc),
            );
        }
    }
    let pkey = |name: &str, loc: ParamLocation| match loc {
        ParamLocation::Header => (loc, name.to_ascii_lowercase()),
        // The whole query string: its name is never sent, so a rename changes nothing.
        ParamLocation::QueryString => (loc, String::new()),
        _ => (loc, name.to_string()),
    };
    let new_params: IndexMap<_, _> = n
        .parameters
        .iter()
        .map(|p| (pkey(&p.name, p.location), p))
        .collect();
    let mut seen = BTreeSet::new();
    for p in &o.parameters {
        let name = match p.location {
            ParamLocation::Path => renamed.get(p.name.as_str()).copied().unwrap_or(&p.name),
            _ => &p.name,
        };
        let k = pkey(name, p.location);
        let what = format!("{} parameter `{}`", p.location.as_str(), p.name);
        match new_params.get(&k) {
            None => w.c.add(
                &req,
                "parameter-removed",
                Effect::Removed,
                format!("{what} removed"),
                Some(p.loc),
                None,
            ),
            Some(q) => {
                seen.insert(k);
                if p.required != q.required {
                    let (effect, now) = required_change(q.required);
                    w.c.add(
                        &req,
                        "parameter-required-changed",
                        effect,
                        format!("{what} is now {now}"),
                        Some(p.loc),
                        Some(q.loc),
                    );
                }
                if (p.style.as_str(), p.explode) != (q.style.as_str(), q.explode) {
                    w.c.add(
                        &req,
                        "parameter-style-changed",
                        Effect::Changed,
                        format!(
                            "{what} is serialised differently: style `{}`{} → `{}`{}",
                            p.style,
                            if p.explode { " exploded" } else { "" },
                            q.style,
                            if q.explode { " exploded" } else { "" }
                        ),
                        Some(p.loc),
                        Some(q.loc),
                    );
                }
                if p.media_type != q.media_type {
                    let name = |m: &Option<crate::tree::Key>| {
                        m.as_ref()
                            .map_or("a schema".to_string(), |m| format!("`{m}`"))
                    };
                    w.c.add(
                        &req,
                        "parameter-media-type-changed",
                        Effect::Changed,
                        format!(
                            "{what} is written as {} → {}",
                            name(&p.media_type),
                            name(&q.media_type)
                        ),
                        Some(p.loc),
                        Some(q.loc),
                    );
                }
                if let (Some(a), Some(b)) = (p.schema, q.schema) {
                    w.compare(&req, a, b, &what);
                }
            }
        }
    }
    for (k, q) in &new_params {
        if seen.contains(k) {
            continue;
        }
        let what = format!("{} parameter `{}`", q.location.as_str(), q.name);
        let (effect, kind) = addition(q.required);
        w.c.add(
            &req,
            "parameter-added",
            effect,
            format!("{kind} {what} added"),
            None,
            Some(q.loc),
        );
    }
    body(w, &req, o, n);
    responses(w, &label, o, n);
    security(w.c, old, new, &req, o, n);
}

/// Something added that is `required` or not: a required addition accepts less (old senders
/// lack it), an optional one breaks nobody.
fn addition(required: bool) -> (Effect, &'static str) {
    if required {
        (Effect::Narrowed, "required")
    } else {
        (Effect::Neutral, "optional")
    }
}

/// A `required` flag that changed: becoming required accepts less, becoming optional more.
fn required_change(now_required: bool) -> (Effect, &'static str) {
    if now_required {
        (Effect::Narrowed, "required")
    } else {
        (Effect::Widened, "optional")
    }
}

fn body(w: &mut schema::Walk<'_, '_>, req: &At<'_>, o: &Operation, n: &Operation) {
    match (&o.request_body, &n.request_body) {
        (None, None) => {}
        (Some(a), None) => w.c.add(
            req,
            "request-body-removed",
            Effect::Removed,
            "request body removed".into(),
            Some(a.loc),
            None,
        ),
        (None, Some(b)) => {
            let (effect, kind) = addition(b.required);
            w.c.add(
                req,
                "request-body-added",
                effect,
                format!("{kind} request body added"),
                None,
                Some(b.loc),
            );
        }
        (Some(a), Some(b)) => {
            if a.required != b.required {
                let (effect, now) = required_change(b.required);
                w.c.add(
                    req,
                    "request-body-required-changed",
                    effect,
                    format!("the request body is now {now}"),
                    Some(a.loc),
                    Some(b.loc),
                );
            }
            w.media(req, &a.content, &b.content, "request body");
        }
    }
}

fn is_success(status: &str) -> bool {
    status.starts_with('2')
}

fn responses(w: &mut schema::Walk<'_, '_>, label: &str, o: &Operation, n: &Operation) {
    let resp = At {
        subject: label,
        operation: label,
        flow: Flow::Response,
    };
    for a in &o.responses {
        match n.responses.iter().find(|b| b.status == a.status) {
            None => w.c.add(
                &resp,
                "response-status-removed",
                Effect::Narrowed,
                format!("response status {} removed", a.status),
                Some(a.loc),
                None,
            ),
            Some(b) => {
                let what = format!("response {}", a.status);
                w.media(&resp, &a.content, &b.content, &what);
                for h in &a.headers {
                    match b
                        .headers
                        .iter()
                        .find(|x| x.name.eq_ignore_ascii_case(&h.name))
                    {
                        None => w.c.add(
                            &resp,
                            "response-header-removed",
                            Effect::Removed,
                            format!("{what} header `{}` removed", h.name),
                            Some(h.loc),
                            None,
                        ),
                        Some(x) => {
                            if let (Some(s), Some(t)) = (h.schema, x.schema) {
                                w.compare(&resp, s, t, &format!("{what} header `{}`", h.name));
                            }
                        }
                    }
                }
                for x in &b.headers {
                    if !a
                        .headers
                        .iter()
                        .any(|h| h.name.eq_ignore_ascii_case(&x.name))
                    {
                        w.c.add(
                            &resp,
                            "response-header-added",
                            addition(x.required).0,
                            format!("{what} header `{}` added", x.name),
                            None,
                            Some(x.loc),
                        );
                    }
                }
            }
        }
    }
    for b in &n.responses {
        if o.responses.iter().any(|a| a.status == b.status) {
            continue;
        }
        // A new success status is one an old client does not expect; a new error status was
        // an unexpected status before and is typed now.
        let effect = if is_success(&b.status) {
            Effect::Widened
        } else {
            Effect::Neutral
        };
        w.c.add(
            &resp,
            "response-status-added",
            effect,
            format!("response status {} added", b.status),
            None,
            Some(b.loc),
        );
    }
}

/// A requirement alternative as comparable text: `AdminAPIToken`, `oauth2[read write]`.
fn alternative(r: &SecurityRequirement) -> BTreeSet<String> {
    r.iter()
        .map(|(name, scopes)| {
            let mut s: Vec<&str> = scopes.iter().map(String::as_str).collect();
            s.sort_unstable();
            if s.is_empty() {
                name.clone()
            } else {
                format!("{name}[{}]", s.join(" "))
            }
        })
        .collect()
}

fn effective_security(m: &ApiModel, op: &Operation) -> BTreeSet<BTreeSet<String>> {
    match m.effective_security(op) {
        // No requirement at all: anonymous access, the one empty alternative.
        None => BTreeSet::from([BTreeSet::new()]),
        Some(reqs) if reqs.is_empty() => BTreeSet::from([BTreeSet::new()]),
        Some(reqs) => reqs.iter().map(alternative).collect(),
    }
}

fn show_alternative(a: &BTreeSet<String>) -> String {
    if a.is_empty() {
        "anonymous access".into()
    } else {
        a.iter()
            .map(|s| format!("`{s}`"))
            .collect::<Vec<_>>()
            .join(" + ")
    }
}

fn describe_scheme(k: &SecurityKind) -> String {
    match k {
        SecurityKind::ApiKey { name, location } => {
            format!("API key in {} `{name}`", location.as_str())
        }
        SecurityKind::Http { scheme, .. } => format!("HTTP `{scheme}`"),
        SecurityKind::OAuth2 { flows } => format!("OAuth 2.0 ({})", flows.join(", ")),
        SecurityKind::OpenIdConnect { url } => format!("OpenID Connect `{url}`"),
        SecurityKind::MutualTls => "mutual TLS".into(),
        SecurityKind::Unknown { declared } => format!("`{declared}`"),
    }
}

fn security(
    c: &mut Collector,
    old: &ApiModel,
    new: &ApiModel,
    req: &At<'_>,
    o: &Operation,
    n: &Operation,
) {
    let (a, b) = (effective_security(old, o), effective_security(new, n));
    for x in a.difference(&b) {
        c.add(
            req,
            "security-removed",
            Effect::Narrowed,
            format!(
                "security alternative {} no longer accepted",
                show_alternative(x)
            ),
            Some(o.loc),
            Some(n.loc),
        );
    }
    for x in b.difference(&a) {
        c.add(
            req,
            "security-added",
            Effect::Widened,
            format!("security alternative {} now accepted", show_alternative(x)),
            Some(o.loc),
            Some(n.loc),
        );
    }
    // A scheme both versions use but define differently breaks whoever sends or checks it.
    let names = |m: &ApiModel, op: &Operation| -> BTreeSet<String> {
        m.effective_security(op)
            .into_iter()
            .flatten()
            .flat_map(|r| r.keys().cloned())
            .collect()
    };
    for name in names(old, o).intersection(&names(new, n)) {
        if let (Some(x), Some(y)) = (
            old.security_schemes.get(name),
            new.security_schemes.get(name),
        ) {
            // Reported once, under the scheme, with the operations that use it.
            let subject = format!("security scheme `{name}`");
            c.record_use(&subject, req.operation);
            if x.kind != y.kind {
                let at = At {
                    subject: &subject,
                    ..req.clone()
                };
                c.add(
                    &at,
                    "security-scheme-changed",
                    Effect::Changed,
                    format!(
                        "{} → {}",
                        describe_scheme(&x.kind),
                        describe_scheme(&y.kind)
                    ),
                    Some(x.loc),
                    Some(y.loc),
                );
            }
        }
    }
}
