//! Ingest: turn the files users hand us into located OpenAPI documents.

pub mod codes;
pub mod json;
pub mod limits;
pub mod yaml;
