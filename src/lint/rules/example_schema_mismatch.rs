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
use crate::lint::validate::{Kind, validate};
use crate::lint::{Context, Rule};
use crate::model::{ApiModel, Example, ExampleSource, SchemaId};

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

fn report(
    m: &ApiModel,
    schema: SchemaId,
    ex: &Example,
    what: &str,
    out: &mut Vec<crate::diag::Diagnostic>,
) {
    for v in validate(m, schema, &ex.value) {
        let s = m.schema(v.schema);
        let skip = match v.kind {
            Kind::NumberAsString => true,
            Kind::Format => s.format.as_deref() == Some("date-time"),
            _ => false,
        };
        if skip {
            continue;
        }
        let at = if v.path.is_empty() {
            String::new()
        } else {
            format!(" at `{}`", v.path)
        };
        out.push(
            RULE.finding(format!(
                "{} of {what}{at}: {}",
                source_name(ex.source),
                v.message
            ))
            .at(v.loc, "this value")
            .pointer(format!("{}{}", ex.pointer, v.path))
            .also(s.loc, "the schema it breaks")
            .help("fix the example or the schema, whichever does not match what the API sends"),
        );
    }
}

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    for (_, m) in cx.apis() {
        for s in &m.schemas {
            for ex in &s.examples {
                // Values that docs examples put inside this schema are checked from the top.
                if ex.source == ExampleSource::Schema && ex.pointer.starts_with(&*s.pointer) {
                    report(
                        m,
                        s.id,
                        ex,
                        &format!("`{}`", crate::lint::schema_label(s)),
                        out,
                    );
                }
            }
        }
        for op in &m.operations {
            for p in &op.parameters {
                if let Some(schema) = p.schema {
                    for ex in &p.examples {
                        report(
                            m,
                            schema,
                            ex,
                            &format!("parameter `{}` of `{}`", p.name, op.name),
                            out,
                        );
                    }
                }
            }
            let bodies = op
                .request_body
                .iter()
                .flat_map(|b| b.content.iter().map(|c| (c, "request body".to_string())))
                .chain(op.responses.iter().flat_map(|r| {
                    r.content
                        .iter()
                        .map(move |c| (c, format!("{} response", r.status)))
                }));
            for (mt, role) in bodies {
                let Some(schema) = mt.schema else {
                    continue;
                };
                for ex in &mt.examples {
                    report(m, schema, ex, &format!("the {role} of `{}`", op.name), out);
                }
            }
        }
    }
}
