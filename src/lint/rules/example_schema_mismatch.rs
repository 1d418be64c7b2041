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

fn report(
    m: &ApiModel,
    v: &Validator<'_>,
    case: &Case<'_>,
    out: &mut Vec<crate::diag::Diagnostic>,
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
        let at = if x.path.is_empty() {
            String::new()
        } else {
            format!(" at `{}`", x.path)
        };
        out.push(
            RULE.finding(format!(
                "{} of {}{at}: {}",
                source_name(ex.source),
                case.what,
                x.message
            ))
            .at(x.loc, "this value")
            .pointer(format!("{}{}", ex.pointer, x.path))
            .also(s.loc, "the schema it breaks")
            .help("fix the example or the schema, whichever does not match what the API sends"),
        );
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
                for ex in &p.examples {
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
        with_validator(m, cases.iter().map(|c| c.schema), |v| {
            for case in &cases {
                report(m, v, case, out);
            }
        });
    }
}
