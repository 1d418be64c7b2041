//! ## What it finds
//! Places where the document is not valid OpenAPI as the OpenAPI Initiative's own JSON Schema
//! for its version defines it (3.0.x, 3.1.x and 3.2.x): a required field missing (`info.version`, a
//! response's `description`), a field the object does not have (`allowReserved` on a header),
//! a value of the wrong type, an empty `enum` of a server variable, a `style` that the
//! parameter's place does not allow. Each finding points at the node that breaks the rule.
//!
//! ## Why it matters
//! Every tool reads a document by the specification: a field the object does not have is
//! ignored, so what the author meant never reaches a client, a server or the docs, and a
//! document that is not valid OpenAPI may be rejected outright by the next tool in the chain.
//! Spectral (`oas3-schema`) and Redocly (`struct`) report the same.
//!
//! ## Example
//! `servers: [{url: 'https://{env}.example.com', variables: {env: {default: prod, enum: []}}}]`:
//! a server variable's `enum` must list at least one value.
//!
//! ## Fix
//! Change the node as the message says. For a vendor's document you cannot edit, correct it
//! with an overlay (`overlays` in `specforge.toml`), which keeps the vendor's file as published.
//! Schema Objects themselves are checked by the model builder (SF011) rather than here, all
//! but their OpenAPI keywords (`discriminator`, `xml`, `externalDocs`), which the OAI's
//! vocabulary schema checks here for 3.1 and 3.2.

use crate::diag::{Diagnostic, Severity};
use crate::ingest::{Api, SpecVersion};
use crate::lint::{Context, Rule};
use crate::tree::{Memo, Node};
use crate::validation::runtime::{
    Access, Direction, Keyword, Kind, Lit, Options, Rules, Violation,
};
use crate::validation::schema_compiler::{self, Draft};
use serde_json::Value;
use std::collections::BTreeSet;
use std::sync::{Arc, OnceLock};

/// The rule.
pub const RULE: Rule = Rule {
    code: "SF100",
    name: "openapi-schema",
    severity: Severity::Error,
    selection: crate::lint::Selection::Default,
    summary: "the document breaks the official OpenAPI JSON Schema of its version",
    source: include_str!("openapi_schema.rs"),
    check,
};

/// Findings per document at most: a document written for another tool can break the schema
/// everywhere, and the first few say what is wrong.
const MAX_FINDINGS: usize = 100;
/// Violations the evaluator collects per document before this rule explains them.
const MAX_VIOLATIONS: usize = 400;
/// How deep the explanation of a failed `oneOf`/`anyOf` descends into its alternatives.
const MAX_EXPLAIN_DEPTH: u32 = 12;

/// The official schema of a version, compiled once per process.
struct Official {
    draft: Draft,
    uri: &'static str,
    text: &'static str,
    /// The documents it references, given to the compiler by their `$id`s.
    uses: &'static [&'static Official],
    table: OnceLock<Option<Rules<'static>>>,
}

static V30: Official = Official {
    draft: Draft::D4,
    uri: "https://spec.openapis.org/oas/3.0/schema/2019-04-02",
    text: include_str!("../openapi_schemas/v3.0.yaml"),
    uses: &[],
    table: OnceLock::new(),
};

static V31: Official = Official {
    draft: Draft::D2020,
    uri: "https://spec.openapis.org/oas/3.1/schema/WORK-IN-PROGRESS",
    text: include_str!("../openapi_schemas/v3.1.yaml"),
    uses: &[],
    table: OnceLock::new(),
};

static V32: Official = Official {
    draft: Draft::D2020,
    uri: "https://spec.openapis.org/oas/3.2/schema/WORK-IN-PROGRESS",
    text: include_str!("../openapi_schemas/v3.2.yaml"),
    uses: &[],
    table: OnceLock::new(),
};

/// The OAS vocabulary of Schema Objects (`discriminator`, `xml`, `externalDocs`), which the
/// document schema leaves to the dialect.
static META_31: Official = Official {
    draft: Draft::D2020,
    uri: "https://spec.openapis.org/oas/3.1/meta/WORK-IN-PROGRESS",
    text: include_str!("../openapi_schemas/v3.1-meta.yaml"),
    uses: &[],
    table: OnceLock::new(),
};

static META_32: Official = Official {
    draft: Draft::D2020,
    uri: "https://spec.openapis.org/oas/3.2/meta/WORK-IN-PROGRESS",
    text: include_str!("../openapi_schemas/v3.2-meta.yaml"),
    uses: &[],
    table: OnceLock::new(),
};

/// What JSON Schema 2020-12 requires of each keyword's value (ours: see the file).
static KEYWORDS_2020: Official = Official {
    draft: Draft::D2020,
    uri: "urn:specforge:json-schema-2020-12-keywords",
    text: include_str!("../openapi_schemas/schema-keywords-2020-12.yaml"),
    uses: &[],
    table: OnceLock::new(),
};

/// What JSON Schema draft 4 requires of each keyword's value (ours: see the file).
static KEYWORDS_4: Official = Official {
    draft: Draft::D4,
    uri: "urn:specforge:json-schema-draft4-keywords",
    text: include_str!("../openapi_schemas/schema-keywords-draft4.yaml"),
    uses: &[],
    table: OnceLock::new(),
};

/// The first way `schema`, a schema of dialect `draft`, breaks what its draft requires of
/// its keywords' values (`exclusiveMinimum: true` in 2020-12, a repeated `enum` member), with
/// a pointer into `schema`; nested schemas are checked too.
pub fn schema_keyword_violation(draft: Draft, schema: &Value) -> Option<Violation> {
    let meta = match draft {
        Draft::D2020 => &KEYWORDS_2020,
        _ => &KEYWORDS_4,
    };
    let options = Options {
        formats: false,
        direction: Direction::Any,
        max_violations: 1,
    };
    meta.table()?
        .validate(0, schema, &options)
        .into_iter()
        .next()
}

/// The 3.1 document schema with its Schema Objects checked as JSON Schema (`oas3-schema`).
static DIALECT_31: Official = Official {
    draft: Draft::D2020,
    uri: "urn:specforge:oas-3.1-dialect-check",
    text: include_str!("../openapi_schemas/v3.1-dialect.yaml"),
    uses: &[&V31, &META_31, &KEYWORDS_2020],
    table: OnceLock::new(),
};

static DIALECT_32: Official = Official {
    draft: Draft::D2020,
    uri: "urn:specforge:oas-3.2-dialect-check",
    text: include_str!("../openapi_schemas/v3.2-dialect.yaml"),
    uses: &[&V32, &META_32, &KEYWORDS_2020],
    table: OnceLock::new(),
};

/// The Schema Object keywords the OAS vocabulary defines.
const VOCABULARY: [&str; 3] = ["discriminator", "xml", "externalDocs"];

impl Official {
    fn of(version: SpecVersion) -> Option<&'static Official> {
        match version {
            SpecVersion::V30 => Some(&V30),
            SpecVersion::V31 => Some(&V31),
            SpecVersion::V32 => Some(&V32),
            // A 2.0 document is converted on ingest; its model is 3.0 written by specforge,
            // so checking it would judge the conversion, not the vendor's text.
            SpecVersion::Swagger2 => None,
        }
    }

    /// The Schema Object vocabulary of `version` (3.0's document schema checks it itself).
    fn meta(version: SpecVersion) -> Option<&'static Official> {
        match version {
            SpecVersion::V31 => Some(&META_31),
            SpecVersion::V32 => Some(&META_32),
            SpecVersion::V30 | SpecVersion::Swagger2 => None,
        }
    }

    /// The document schema of `version` that checks Schema Objects against the JSON Schema
    /// dialect too, as Spectral's `oas3-schema` does (3.0's checks them itself).
    fn with_dialect(version: SpecVersion) -> Option<&'static Official> {
        match version {
            SpecVersion::V31 => Some(&DIALECT_31),
            SpecVersion::V32 => Some(&DIALECT_32),
            SpecVersion::V30 => Some(&V30),
            SpecVersion::Swagger2 => None,
        }
    }

    /// The schema as JSON (`None` only if the embedded YAML does not parse).
    fn json(&self) -> Option<Value> {
        let mut warnings = Vec::new();
        let origin = crate::source::Origin::whole(crate::source::FileId::default());
        let node = crate::ingest::yaml::parse(self.text, origin, &mut warnings).ok()?;
        Some(node.to_json())
    }

    /// The compiled table (`None` only if the embedded schema does not compile, which a unit
    /// test rules out).
    fn table(&self) -> Option<&Rules<'static>> {
        self.table
            .get_or_init(|| {
                let remote = |uri: &str| {
                    let used = self.uses.iter().find(|o| o.uri == uri)?;
                    used.json()
                };
                schema_compiler::compile(&self.json()?, self.draft, self.uri, &remote).ok()
            })
            .as_ref()
    }
}

/// [`document_violations`] of `doc`, computed once per tree in a run (`memo`). SF100 checks
/// each API's document, and `spectral:oas`'s `oas3-schema` each file as written: for an API
/// of one file that ingest left as it was (no overlay, no external `$ref`), that is the same
/// tree against the same schema, and the check is the costliest part of either (Stripe: 40 ms
/// of 0.4 s).
pub fn memo_violations(memo: &Memo, version: SpecVersion, doc: &Node) -> Arc<Vec<Violation>> {
    let what = format!("openapi-schema {}", version.as_str());
    memo.get(&what, doc, || document_violations(version, &doc.to_json()))
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (api, m) in cx.apis() {
        let Some(table) = Official::of(api.version).and_then(Official::table) else {
            continue;
        };
        let mut found: Vec<(&Rules<'_>, Violation)> =
            memo_violations(&cx.ws.memo, api.version, &api.doc)
                .iter()
                .map(|v| (table, v.clone()))
                .collect();
        if let Some(meta) = Official::meta(api.version).and_then(Official::table) {
            found.extend(vocabulary(meta, m, &api.doc).into_iter().map(|v| (meta, v)));
        }
        report(cx, api, found, out);
    }
}

/// Violations of the OAS vocabulary by the Schema Objects the model read, with pointers
/// into the document. Only the vocabulary's keywords are handed over: a Schema Object's
/// JSON Schema keywords are the model builder's to check.
fn vocabulary(meta: &Rules<'_>, m: &crate::model::ApiModel, doc: &Node) -> Vec<Violation> {
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    for s in &m.schemas {
        let Some(obj) = doc.pointer(&s.pointer).and_then(Node::as_map) else {
            continue;
        };
        if !VOCABULARY.iter().any(|k| obj.contains_key(k)) || !seen.insert(&*s.pointer) {
            continue;
        }
        let part: serde_json::Map<String, Value> = VOCABULARY
            .iter()
            .filter_map(|k| obj.get(k).map(|e| (k.to_string(), e.node.to_json())))
            .collect();
        for mut v in explain(meta, &Value::Object(part)) {
            v.pointer = format!("{}{}", s.pointer, v.pointer);
            out.push(v);
        }
    }
    out
}

/// [`dialect_violations`] of `doc`, computed once per tree in a run (`memo`); for 3.0 the
/// same check as SF100's, shared with it.
pub fn memo_dialect_violations(
    memo: &Memo,
    version: SpecVersion,
    doc: &Node,
) -> Arc<Vec<Violation>> {
    if version == SpecVersion::V30 {
        return memo_violations(memo, version, doc);
    }
    let what = format!("openapi-schema+dialect {}", version.as_str());
    memo.get(&what, doc, || dialect_violations(version, &doc.to_json()))
}

/// The violations of `doc` against the official schema of `version` with each Schema Object
/// also checked as JSON Schema 2020-12 and the OAS vocabulary (3.1, 3.2; for 3.0 the same as
/// [`document_violations`]). Spectral's `oas3-schema` checks documents so; SF100 leaves
/// Schema Objects to the model builder, which says more about them.
pub fn dialect_violations(version: SpecVersion, doc: &Value) -> Vec<Violation> {
    Official::with_dialect(version)
        .and_then(Official::table)
        .map(|table| explain(table, doc))
        .unwrap_or_default()
}

/// The violations of `doc` against the official schema of `version`, explained as this rule
/// explains them (`spectral:oas`'s `oasDocumentSchema` reports the same findings).
pub fn document_violations(version: SpecVersion, doc: &Value) -> Vec<Violation> {
    Official::of(version)
        .and_then(Official::table)
        .map(|table| explain(table, doc))
        .unwrap_or_default()
}

/// The violations of `doc` against `table` that say what to change: a failed `oneOf` or
/// `anyOf` is replaced by what is wrong in the alternative the value comes closest to.
pub fn explain(table: &Rules<'_>, doc: &Value) -> Vec<Violation> {
    let options = Options {
        formats: false,
        direction: Direction::Any,
        max_violations: MAX_VIOLATIONS,
    };
    let mut out = Vec::new();
    for v in table.validate(0, doc, &options) {
        explain_one(table, doc, v, &options, 0, &mut out);
    }
    let mut seen = BTreeSet::new();
    out.retain(|v| seen.insert((v.pointer.clone(), v.message.clone())));
    out
}

fn explain_one(
    table: &Rules<'_>,
    doc: &Value,
    v: Violation,
    options: &Options,
    depth: u32,
    out: &mut Vec<Violation>,
) {
    let alternatives = table.rule(v.rule).keywords.iter().find_map(|k| match k {
        Keyword::OneOf(list) | Keyword::AnyOf(list) => Some(*list),
        _ => None,
    });
    let value = doc.pointer(&v.pointer);
    if let Some(message) = item_counts(table, &v, value) {
        out.push(Violation { message, ..v });
        return;
    }
    if let Some(message) = excluded_by(table, &v, doc) {
        out.push(Violation { message, ..v });
        return;
    }
    if v.kind == Kind::Not
        && let Some(together) = forbidden_together(table, v.rule)
    {
        // Shown at the last of the fields the value has: the one to remove.
        let last = together
            .iter()
            .rev()
            .map(|(n, _)| *n)
            .find(|n| value.and_then(|x| x.get(n)).is_some());
        let pointer = match last {
            Some(n) => format!("{}/{}", v.pointer, n.replace('~', "~0").replace('/', "~1")),
            None => v.pointer.clone(),
        };
        out.push(Violation {
            message: format!(
                "{} may not be given together",
                quoted_list(together.iter().map(|(n, _)| *n), "and")
            ),
            kind: Kind::Never,
            pointer,
            ..v
        });
        return;
    }
    let (Some(list), Some(value), true) = (
        alternatives,
        value,
        matches!(v.kind, Kind::OneOf | Kind::AnyOf)
            && v.message.contains("matches none")
            && depth < MAX_EXPLAIN_DEPTH,
    ) else {
        out.push(v);
        return;
    };
    // The alternative the value comes closest to (the one its author meant): first one that
    // declares any of the value's members, then one whose discriminating fields agree (no `enum`/`const` broken by a member of the value),
    // then the one that declares most of the value's members, then the one whose violations
    // lie deepest (it got furthest), then the one with the fewest, then the first listed
    // (schemas list the object before the `$ref` that may stand in for it).
    let best = list
        .iter()
        .enumerate()
        .map(|(i, &r)| (i, r, table.validate(r, value, options)))
        .filter(|(_, _, found)| !found.is_empty())
        .max_by_key(|(i, r, found)| {
            let agrees = !found.iter().any(|x| {
                matches!(x.kind, Kind::Enum | Kind::Const) && x.pointer.matches('/').count() == 1
            });
            let known = value.as_object().map_or(0, |o| {
                let mut names = BTreeSet::new();
                declared(table, *r, 0, &mut names);
                o.keys().filter(|k| names.contains(k.as_str())).count()
            });
            let deepest = found
                .iter()
                .map(|x| x.pointer.matches('/').count())
                .max()
                .unwrap_or(0);
            // An alternative declaring none of the value's members (the Reference beside a
            // Schema with a bad `type`) was not what the author meant, whatever else agrees.
            (
                known > 0,
                agrees,
                known,
                deepest,
                std::cmp::Reverse(found.len()),
                std::cmp::Reverse(*i),
            )
        })
        .map(|(_, _, found)| found);
    let Some(best) = best else {
        out.push(v);
        return;
    };
    // Alternatives that differ only in which field they require (`paths`, `components` or
    // `webhooks`): say so once rather than name the last of them.
    if let Some(fields) = required_alternatives(table, list)
        && best
            .iter()
            .all(|x| x.kind == Kind::Required && x.pointer.is_empty())
    {
        let word = if v.kind == Kind::OneOf {
            "exactly"
        } else {
            "at least"
        };
        out.push(Violation {
            message: format!("{word} one of {fields} is required"),
            kind: Kind::Required,
            ..v
        });
        return;
    }
    for mut inner in best {
        inner.pointer = format!("{}{}", v.pointer, inner.pointer);
        explain_one(table, doc, inner, options, depth + 1, out);
    }
}

/// The property names rule `rule` declares (`properties`), with those of the rules it applies
/// in place (`$ref`, `allOf`, and the alternatives of `oneOf`/`anyOf`: a wrapper over the
/// kinds of security scheme knows their fields).
fn declared<'t>(table: &Rules<'t>, rule: u32, depth: u32, out: &mut BTreeSet<&'t str>) {
    if depth > 8 {
        return;
    }
    for k in table.rule(rule).keywords {
        match k {
            Keyword::Properties(props) => out.extend(props.iter().map(|(n, _)| *n)),
            Keyword::Ref(r) | Keyword::DynamicRef { initial: r, .. } => {
                declared(table, *r, depth + 1, out)
            }
            Keyword::AllOf(list) | Keyword::OneOf(list) | Keyword::AnyOf(list) => {
                for r in *list {
                    declared(table, *r, depth + 1, out);
                }
            }
            _ => {}
        }
    }
}

/// For a `not` whose schema only requires fields (`not: {required: [example, examples]}`),
/// those fields.
fn forbidden_together<'t>(table: &Rules<'t>, rule: u32) -> Option<&'t [(&'t str, Access)]> {
    let inner = table.rule(rule).keywords.iter().find_map(|k| match k {
        Keyword::Not(r) => Some(*r),
        _ => None,
    })?;
    match table.rule(inner).keywords {
        [Keyword::Required(names)] if names.len() > 1 => Some(names),
        _ => None,
    }
}

/// What an item matching `rule` has, when the rule picks items by one constant member
/// (`properties: {in: {const: query}}`): `` `in: query` ``.
fn item_kind(table: &Rules<'_>, rule: u32) -> Option<String> {
    table.rule(rule).keywords.iter().find_map(|k| match k {
        Keyword::Properties([(name, r)]) => table.rule(*r).keywords.iter().find_map(|k| match k {
            Keyword::Const(Lit::Str(v)) => Some(format!("`{name}: {v}`")),
            _ => None,
        }),
        _ => None,
    })
}

/// A list rule about the kinds of items it holds, said in those terms: `not: {allOf:
/// [contains A, contains B]}` is "may not have both an item with A and one with B", and a
/// `maxContains` broken is "at most N items with A".
fn item_counts(table: &Rules<'_>, v: &Violation, value: Option<&Value>) -> Option<String> {
    let keywords = table.rule(v.rule).keywords;
    match v.kind {
        Kind::Not => {
            let inner = keywords.iter().find_map(|k| match k {
                Keyword::Not(r) => Some(*r),
                _ => None,
            })?;
            let [Keyword::AllOf(parts)] = table.rule(inner).keywords else {
                return None;
            };
            let kinds: Option<Vec<String>> = parts
                .iter()
                .map(|&p| match table.rule(p).keywords {
                    [Keyword::Contains { rule, .. }] => item_kind(table, *rule),
                    _ => None,
                })
                .collect();
            let kinds = kinds.filter(|k| k.len() == 2)?;
            Some(format!(
                "the list may not have both an item with {} and one with {}",
                kinds[0], kinds[1]
            ))
        }
        Kind::Contains => {
            let (rule, max) = keywords.iter().find_map(|k| match k {
                Keyword::Contains { rule, max, .. } => Some((*rule, *max)),
                _ => None,
            })?;
            let (max, kind) = (max?, item_kind(table, rule)?);
            let found = value?
                .as_array()?
                .iter()
                .filter(|item| table.validate(rule, item, &quiet()).is_empty())
                .count() as u64;
            (found > max).then(|| format!("at most {max} item may have {kind}; {found} do"))
        }
        _ => None,
    }
}

/// For a member a `dependentSchemas` entry forbids (`dependentSchemas: {nodeType:
/// {properties: {attribute: false}}}`), "`attribute` may not be given with `nodeType`".
fn excluded_by(table: &Rules<'_>, v: &Violation, doc: &Value) -> Option<String> {
    if v.kind != Kind::Never {
        return None;
    }
    let (parent, member) = v.pointer.rsplit_once('/')?;
    let member = member.replace("~1", "/").replace("~0", "~");
    let object = doc.pointer(parent)?.as_object()?;
    table.rules.iter().find_map(|r| {
        r.keywords.iter().find_map(|k| match k {
            Keyword::DependentSchemas(list) => list.iter().find_map(|(trigger, d)| {
                let forbids = table.rule(*d).keywords.iter().any(|k| {
                    matches!(k, Keyword::Properties(props)
                        if props.iter().any(|(n, r)| *n == member && *r == v.rule))
                });
                (forbids && object.contains_key(*trigger))
                    .then(|| format!("`{member}` may not be given with `{trigger}`"))
            }),
            _ => None,
        })
    })
}

fn quiet() -> Options {
    Options {
        formats: false,
        direction: Direction::Any,
        max_violations: 1,
    }
}

/// When every alternative is `required: [one field]`, those fields.
fn required_alternatives(table: &Rules<'_>, list: &[u32]) -> Option<String> {
    let fields: Option<Vec<&str>> = list
        .iter()
        .map(|&r| match table.rule(r).keywords {
            [Keyword::Required([(name, _)])] => Some(*name),
            _ => None,
        })
        .collect();
    fields
        .filter(|f| f.len() > 1)
        .map(|f| quoted_list(f.into_iter(), "or"))
}

/// `` `a`, `b` or `c` ``.
fn quoted_list<'a>(names: impl Iterator<Item = &'a str>, last: &str) -> String {
    let names: Vec<String> = names.map(|n| format!("`{n}`")).collect();
    match names.split_last() {
        Some((tail, [])) => tail.clone(),
        Some((tail, rest)) => format!("{} {last} {tail}", rest.join(", ")),
        None => String::new(),
    }
}

fn report(
    cx: &Context<'_>,
    api: &Api,
    violations: Vec<(&Rules<'_>, Violation)>,
    out: &mut Vec<Diagnostic>,
) {
    // `content: {schema: {type: …, properties: …}}` breaks once (a media type is missing),
    // though every member of the misplaced schema is "not allowed": one finding, at the
    // `schema` key, naming the cause.
    let mut misplaced = BTreeSet::new();
    let violations: Vec<(&Rules<'_>, Violation)> = violations
        .into_iter()
        .filter_map(|(table, mut v)| {
            let Some(at) = v.pointer.find("/content/schema") else {
                return Some((table, v));
            };
            let end = at + "/content/schema".len();
            if v.pointer[end..].contains("/content/schema")
                || !(v.pointer.len() == end || v.pointer.as_bytes()[end] == b'/')
            {
                return Some((table, v));
            }
            let holder = v.pointer[..end].to_string();
            if !misplaced.insert(holder.clone()) {
                return None;
            }
            v.message = "`content` maps media types to Media Type Objects, and `schema` is not a media type: the media type key is missing".to_string();
            v.kind = Kind::AdditionalProperties;
            v.pointer = holder;
            Some((table, v))
        })
        .collect();
    let total = violations.len();
    let mut emitted = 0;
    for (table, v) in violations {
        // A member that may not be there is shown at its key; anything else at the value.
        let member = matches!(
            v.kind,
            Kind::AdditionalProperties | Kind::Unevaluated | Kind::PropertyNames | Kind::Never
        );
        let loc = if member {
            cx.key_loc(api, &v.pointer)
        } else {
            cx.node(api, &v.pointer).map(|n| n.loc)
        };
        let Some(loc) = loc.or_else(|| cx.key_loc(api, &v.pointer)) else {
            continue;
        };
        if emitted == MAX_FINDINGS {
            out.push(
                RULE.finding(format!(
                    "{} more places break the OpenAPI {} schema; not listed",
                    total - emitted,
                    api.version.as_str()
                ))
                .at(loc, "the next one"),
            );
            break;
        }
        emitted += 1;
        let place = if v.pointer.is_empty() {
            "the document".to_string()
        } else {
            format!("`{}`", display_pointer(&v.pointer))
        };
        let mut d = RULE
            .finding(format!(
                "{place} is not valid OpenAPI {}: {}",
                api.version.as_str(),
                v.message
            ))
            .at(loc, label(v.kind))
            .help(match suggestion(table, &v) {
                _ if misplaced_schema(&v.pointer) => "`content` maps media types to their objects: write `content: {application/json: {schema: …}}`".to_string(),
                Some(name) => format!("did you mean `{name}`?"),
                None => help(v.kind).to_string(),
            });
        if !v.pointer.is_empty() {
            d = d.pointer(&v.pointer);
        }
        out.push(d);
    }
}

/// For a member the object does not have, the field of the object it is closest to
/// (`summry` → `summary`).
fn suggestion<'t>(table: &Rules<'t>, v: &Violation) -> Option<&'t str> {
    if !matches!(v.kind, Kind::AdditionalProperties | Kind::Unevaluated) {
        return None;
    }
    let member = v
        .pointer
        .rsplit('/')
        .next()?
        .replace("~1", "/")
        .replace("~0", "~");
    let mut names = BTreeSet::new();
    declared(table, v.rule, 0, &mut names);
    crate::similar::closest(&member, names)
}

/// Whether the pointer goes through `content/schema`: a schema written directly under
/// `content`, where a media type (`application/json`) belongs.
fn misplaced_schema(pointer: &str) -> bool {
    pointer.contains("/content/schema")
}

/// A pointer for people: `paths./pets.get.responses.200` reads better than `~1` escapes.
fn display_pointer(pointer: &str) -> String {
    pointer
        .trim_start_matches('/')
        .split('/')
        .map(|t| t.replace("~1", "/").replace("~0", "~"))
        .collect::<Vec<_>>()
        .join(".")
}

fn label(kind: Kind) -> &'static str {
    match kind {
        Kind::AdditionalProperties | Kind::Unevaluated => "not allowed here",
        Kind::Never => "not allowed beside the other",
        Kind::Required => "a required field is missing",
        Kind::Type => "wrong type",
        Kind::Enum | Kind::Const => "not one of the allowed values",
        _ => "breaks the schema",
    }
}

fn help(kind: Kind) -> &'static str {
    match kind {
        Kind::AdditionalProperties | Kind::Unevaluated => {
            "remove the field, or name it `x-…` to keep it as an extension; for a vendor's document, remove it with an overlay"
        }
        Kind::Never => {
            "keep one of them; for a vendor's document, remove the other with an overlay"
        }
        Kind::Required => "add the field; for a vendor's document, add it with an overlay",
        _ => {
            "correct the value as the specification defines it; for a vendor's document, correct it with an overlay"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_schemas_compile() {
        for s in [
            &V30,
            &V31,
            &V32,
            &META_31,
            &META_32,
            &KEYWORDS_2020,
            &KEYWORDS_4,
            &DIALECT_31,
            &DIALECT_32,
        ] {
            assert!(s.table().is_some(), "{} does not compile", s.uri);
        }
    }

    /// With the dialect, a Schema Object's keywords are checked as JSON Schema 2020-12
    /// (these are Spectral 6.16.3's findings on the same document), nested ones too; without
    /// it, only the document's structure.
    #[test]
    fn the_dialect_check_judges_schema_keywords() {
        let doc = serde_json::json!({
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "paths": {},
            "components": {"schemas": {"A": {
                "type": "object",
                "required": ["a", "a"],
                "$recursiveAnchor": true,
                "properties": {
                    "n": {"type": "number", "exclusiveMinimum": true, "minLength": -1,
                          "items": {"type": "strin"}},
                    "m": {"$id": "x#y", "$anchor": "1a", "examples": 3, "title": 4},
                    "ok": {"type": ["string", "null"], "nullable": true, "example": 1}
                },
                "additionalProperties": {"type": ["string", "string"]},
                "$vocabulary": {"a": 1}
            }}}
        });
        for version in [SpecVersion::V31, SpecVersion::V32] {
            let mut doc = doc.clone();
            if version == SpecVersion::V32 {
                doc["openapi"] = "3.2.0".into();
            }
            let mut found: Vec<String> = dialect_violations(version, &doc)
                .into_iter()
                .map(|v| v.pointer)
                .collect();
            found.sort();
            let at = "/components/schemas/A";
            let mut expected: Vec<String> = [
                "/$recursiveAnchor",
                "/$vocabulary/a",
                "/additionalProperties/type",
                "/properties/m/$anchor",
                "/properties/m/$id",
                "/properties/m/examples",
                "/properties/m/title",
                "/properties/n/exclusiveMinimum",
                "/properties/n/items/type",
                "/properties/n/minLength",
                "/required",
            ]
            .iter()
            .map(|p| format!("{at}{p}"))
            .collect();
            expected.sort();
            assert_eq!(found, expected, "{version:?}");
            assert!(document_violations(version, &doc).is_empty());
        }
    }

    #[test]
    fn pointers_read_as_paths() {
        assert_eq!(
            display_pointer("/paths/~1pets~1{id}/get"),
            "paths./pets/{id}.get"
        );
    }
}
