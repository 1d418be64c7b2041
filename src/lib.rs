//! specforge: ingest vendor OpenAPI documents as they are really published, lint what is wrong
//! in them with exact locations, and generate Rust code that works against what the API sends.
//!
//! Phases are modules: [`ingest`] (files → located, normalised OpenAPI documents, one per API)
//! → [`model`] (the intermediate representation lint and codegen consume) → [`lint`],
//! [`codegen`], [`diff`]. [`project::Project`] runs them on a project's settings: the
//! `specforge` command (feature `cli`, on by default) and [`Generator`] for build scripts are
//! both layers over it. A build script depends on specforge with `default-features = false`.

/// The command's layer (rendering, exit codes): only with the `cli` feature.
#[cfg(feature = "cli")]
pub mod cli;
pub mod codegen;
pub mod config;
pub mod diag;
pub mod diff;
pub mod emit;
pub mod generator;
pub mod ingest;
pub mod init;
pub mod lint;
pub mod model;
pub mod output;
pub mod project;
pub mod registry;
pub mod report;
pub mod ruleset;
pub mod similar;
pub mod source;
pub mod tree;
pub mod validation;

pub use generator::Generator;
pub use project::Project;
