//! The JSON Schema Test Suite's groups as generated servers (see `build.rs`); the judging is in
//! `tests/suite.rs`.

#![allow(clippy::large_enum_variant, clippy::too_many_arguments)]
// The suite's enum values include Greek and other scripts.
#![allow(mixed_script_confusables, confusable_idents, uncommon_codepoints)]

/// Draft 2020-12 groups, read as OpenAPI 3.1.
pub mod d2020 {
    include!(concat!(env!("OUT_DIR"), "/d2020.rs"));
    include!(concat!(env!("OUT_DIR"), "/d2020-echo.rs"));
    /// The test cases, as JSON.
    pub const CASES: &str = include_str!(concat!(env!("OUT_DIR"), "/d2020-cases.json"));
}

/// Draft 4 groups, read as OpenAPI 3.0.
pub mod d4 {
    include!(concat!(env!("OUT_DIR"), "/d4.rs"));
    include!(concat!(env!("OUT_DIR"), "/d4-echo.rs"));
    /// The test cases, as JSON.
    pub const CASES: &str = include_str!(concat!(env!("OUT_DIR"), "/d4-cases.json"));
}
