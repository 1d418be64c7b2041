//! The examples lint checks (mirrors `cases` of `src/lint/rules/example_schema_mismatch.rs`).

use specforge::model::{ApiModel, Example, ExampleSource, SchemaId};
use specforge::validation::runtime::Direction;

/// One example and the schema it is checked against.
pub struct Case<'m> {
    pub schema: SchemaId,
    pub example: &'m Example,
    /// As SF121 checks it: `Any` for a schema's own example, else the message's direction.
    pub direction: Direction,
}

/// Every example SF121 checks, in its order.
pub fn cases(m: &ApiModel) -> Vec<Case<'_>> {
    let mut out = Vec::new();
    let mut push = |schema, example, direction| {
        out.push(Case {
            schema,
            example,
            direction,
        });
    };
    for s in &m.schemas {
        for ex in &s.examples {
            // Docs examples placed inside a schema are checked from the top, not here.
            if ex.source == ExampleSource::Schema && ex.pointer.starts_with(&*s.pointer) {
                push(s.id, ex, Direction::Any);
            }
        }
    }
    for op in &m.operations {
        for p in &op.parameters {
            if let Some(schema) = p.schema {
                for ex in &p.examples {
                    push(schema, ex, Direction::Request);
                }
            }
        }
        let bodies = op.request_body.iter().flat_map(|b| &b.content);
        for mt in bodies {
            if let Some(schema) = mt.schema {
                for ex in &mt.examples {
                    push(schema, ex, Direction::Request);
                }
            }
        }
        for mt in op.responses.iter().flat_map(|r| &r.content) {
            if let Some(schema) = mt.schema {
                for ex in &mt.examples {
                    push(schema, ex, Direction::Response);
                }
            }
        }
    }
    out
}
