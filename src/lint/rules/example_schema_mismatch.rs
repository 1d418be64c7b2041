//! ## What it finds
//! Examples that violate their schema: in schemas (`example`, `examples`), parameters, media
//! types (`example`, named `examples`), and examples taken from docs pages (a rendered page's
//! curl body and response sample, a Docusaurus page's `jsonRequestBodyExample`). Checked:
//! type, enum, format, pattern, lengths and bounds, required properties, properties that
//! `additionalProperties: false` forbids, items, allOf/anyOf/oneOf.
//!
//! ## Why it matters
//! When the example and the schema disagree, one of them is wrong, and it is usually the
//! schema: the example is what the vendor saw on the wire. Generated code built from the schema
//! then rejects real traffic.
//!
//! ## Example
//! ```yaml
//! client_type:
//!   type: string
//!   enum: [public, confidential]
//!   example: private
//! ```
//!
//! ## Fix
//! Correct whichever side is wrong. A number typed as a string is reported by SF122, a
//! delimited list in an enum by SF101, a `date-time` example that is not RFC 3339 by SF113.

use crate::diag::Severity;
use crate::lint::validate::{Kind, LINT, Validator, with_validator};
use crate::lint::{Context, Rule};
use crate::model::{ApiModel, Example, ExampleSource, SchemaId};
use crate::validation::runtime::{Direction, Options};

/// The rule.
pub const RULE: Rule = Rule {
    code: "SF121",
    name: "example-schema-mismatch",
    severity: Severity::Error,
    selection: crate::lint::Selection::Default,
    summary: "an example (in the spec or on a docs page) that violates its schema",
    source: include_str!("example_schema_mismatch.rs"),
    check,
};

fn source_name(s: ExampleSource) -> &'static str {
    match s {
        ExampleSource::Schema => "schema example",
        ExampleSource::MediaType => "media-type example",
        ExampleSource::Parameter => "parameter example",
        ExampleSource::DocsCurlRequest => "curl request body on the docs page",
        ExampleSource::DocsResponseSample => "response sample on the docs page",
        ExampleSource::DocsRequestBody => "jsonRequestBodyExample of the docs page",
    }
}

/// One example to check: its schema, the value, what it is an example of, which message.
struct Case<'m> {
    schema: SchemaId,
    example: &'m Example,
    what: String,
    direction: Direction,
}

/// What one example value breaks, from every case that reaches it: a shared example (a
/// component, a file several operations `$ref`) is one defect, reported once at its place.
#[derive(Default)]
struct AtNode {
    source: Option<ExampleSource>,
    path: String,
    pointer: String,
    schema_loc: Option<crate::source::Loc>,
    whats: Vec<String>,
    messages: Vec<String>,
}

fn collect(
    v: &Validator<'_>,
    m: &ApiModel,
    case: &Case<'_>,
    found: &mut std::collections::BTreeMap<crate::source::Loc, AtNode>,
) {
    let options = Options {
        direction: case.direction,
        ..LINT
    };
    let ex = case.example;
    for x in v.validate(case.schema, &ex.value, &options) {
        let s = m.schema(x.schema);
        // A date-time example that is not RFC 3339 is SF113's finding.
        if x.kind == Kind::Format && s.format.as_deref() == Some("date-time") {
            continue;
        }
        let at = found.entry(x.loc).or_default();
        if at.source.is_none() {
            at.source = Some(ex.source);
            at.pointer = format!("{}{}", ex.pointer, x.path);
            at.path = x.path.clone();
            at.schema_loc = Some(s.loc);
        }
        if !at.whats.contains(&case.what) {
            at.whats.push(case.what.clone());
        }
        if !at.messages.contains(&x.message) {
            at.messages.push(x.message);
        }
    }
}

/// The messages of one value, joined; several missing required properties read as one.
fn merged_messages(messages: &[String]) -> String {
    let missing: Option<Vec<&str>> = messages
        .iter()
        .map(|m| {
            m.strip_prefix("the required property ")
                .and_then(|r| r.strip_suffix(" is missing"))
        })
        .collect();
    match missing {
        Some(names) if names.len() > 1 => {
            let (last, rest) = names.split_last().expect("more than one");
            format!(
                "the required properties {} and {last} are missing",
                rest.join(", ")
            )
        }
        _ => crate::lint::listing(messages, 4, "; "),
    }
}

fn report(
    found: std::collections::BTreeMap<crate::source::Loc, AtNode>,
    out: &mut Vec<crate::diag::Diagnostic>,
) {
    for (loc, at) in found {
        let Some(source) = at.source else { continue };
        let at_path = if at.path.is_empty() {
            String::new()
        } else {
            format!(" at `{}`", at.path)
        };
        let whats = match at.whats.split_first() {
            Some((first, [])) => first.clone(),
            Some((first, rest)) => {
                format!(
                    "{first} (also the example of {})",
                    crate::lint::listing(rest, 4, ", ")
                )
            }
            None => String::new(),
        };
        let mut d = RULE
            .finding(format!(
                "{} of {whats}{at_path}: {}",
                source_name(source),
                merged_messages(&at.messages)
            ))
            .at(loc, "this value")
            .pointer(at.pointer)
            .help("fix the example or the schema, whichever does not match what the API sends");
        if let Some(s) = at.schema_loc {
            d = d.also(s, "the schema it breaks");
        }
        out.push(d);
    }
}

fn cases(m: &ApiModel) -> Vec<Case<'_>> {
    let mut cases = Vec::new();
    for s in &m.schemas {
        for ex in &s.examples {
            // Values that docs examples put inside this schema are checked from the top.
            if ex.source == ExampleSource::Schema && ex.pointer.starts_with(&*s.pointer) {
                cases.push(Case {
                    schema: s.id,
                    example: ex,
                    what: format!("`{}`", crate::lint::schema_label(s)),
                    direction: Direction::Any,
                });
            }
        }
    }
    for op in &m.operations {
        for p in &op.parameters {
            if let Some(schema) = p.schema {
                // A parameter sent as text (no `content` media type) carries a bare `12345` and
                // `"12345"` as the same characters: for a string schema, an unquoted number or
                // boolean example is that string, not a mismatch anyone could see.
                // (Only where nothing else constrains the text: a `pattern` or `enum` is
                // still checked.)
                let r = m.resolve(schema);
                let text_string = p.media_type.is_none()
                    && *r.types == [crate::model::JsonType::String]
                    && r.pattern.is_none()
                    && r.enum_values.is_none();
                for ex in &p.examples {
                    if text_string
                        && matches!(
                            ex.value.value,
                            crate::tree::Value::Number(_) | crate::tree::Value::Bool(_)
                        )
                    {
                        continue;
                    }
                    cases.push(Case {
                        schema,
                        example: ex,
                        what: format!("parameter `{}` of `{}`", p.name, op.name),
                        direction: Direction::Request,
                    });
                }
            }
        }
        if let Some(b) = &op.request_body {
            for mt in &b.content {
                let Some(schema) = mt.schema else { continue };
                for ex in &mt.examples {
                    cases.push(Case {
                        schema,
                        example: ex,
                        what: format!("the request body of `{}`", op.name),
                        direction: Direction::Request,
                    });
                }
            }
        }
        for r in &op.responses {
            for mt in &r.content {
                let Some(schema) = mt.schema else { continue };
                for ex in &mt.examples {
                    cases.push(Case {
                        schema,
                        example: ex,
                        what: format!("the {} response of `{}`", r.status, op.name),
                        direction: Direction::Response,
                    });
                }
            }
        }
    }
    cases
}

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    for (_, m) in cx.apis() {
        let cases = cases(m);
        if cases.is_empty() {
            continue;
        }
        let mut found = std::collections::BTreeMap::new();
        with_validator(m, cases.iter().map(|c| c.schema), |v| {
            for case in &cases {
                collect(v, m, case, &mut found);
            }
        });
        report(found, out);
    }
}
