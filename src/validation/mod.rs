//! Validation with one semantics everywhere: the model's schemas become one table of rules
//! ([`Table`]), which lint checks examples with and which generated servers carry as static
//! data. Both run the same evaluator: [`runtime`] is compiled from the very file generated
//! crates get as `runtime/validate.rs` (decision 012).
//!
//! The table says what the data really is, as the generated types do: a delimited set is
//! checked member by member, a vendor timestamp against its layout, a number written as a
//! string accepts both forms, and `required` knows which properties a request or a response
//! does not carry.

pub mod arena;
pub mod plan;

/// The evaluator generated servers run, compiled from the same source.
#[path = "../../templates/runtime/src/validate.rs"]
#[allow(missing_docs, dead_code)]
pub mod runtime;

/// Standalone JSON Schema documents (the official OpenAPI schemas) compiled for the same
/// evaluator; shared with the runtime's conformance test.
#[path = "../../templates/runtime/src/schema_compiler.rs"]
pub mod schema_compiler;

pub use plan::{Keyword, Lit, Rule, Table};
