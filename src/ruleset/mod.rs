//! Spectral rulesets: a team's own `.spectral.yaml` (and the built-in `spectral:oas`) run
//! natively over the located documents, with findings reported like built-in rules.
//!
//! [`function`] is the contract between the rule engine (JSONPath `given`, `then`, the core
//! functions) and the functions it calls; [`oas`] holds what `spectral:oas` needs beyond the
//! core functions.

pub mod ajv_errors;
pub mod engine;
pub mod function;
pub mod functions;
pub mod jsonpath;
pub mod load;
pub mod message;
pub mod model;
pub mod oas;
pub mod resolve;

pub use load::load;
pub use model::Ruleset;
