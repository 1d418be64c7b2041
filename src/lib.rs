//! specforge: ingest vendor OpenAPI documents as they are really published, lint what is wrong
//! in them with exact locations, and generate Rust code that works against what the API sends.
//!
//! Phases are modules: [`ingest`] (files → located, normalised OpenAPI documents, one per API)
//! → [`model`] (the intermediate representation lint and codegen consume).

pub mod cli;
pub mod codegen;
pub mod config;
pub mod diag;
pub mod diff;
pub mod emit;
pub mod generator;
pub mod ingest;
pub mod lint;
pub mod model;
pub mod output;
pub mod report;
pub mod similar;
pub mod source;
pub mod tree;
pub mod validation;

pub use generator::Generator;
