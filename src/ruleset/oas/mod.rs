//! The native parts of `spectral:oas`: the functions its rules call beyond the core ones.
//! (Filled in by the `spectral:oas` work; the engine looks functions up here by name.)

use super::function::Function;

/// The whole `spectral:oas` ruleset, in Spectral's own format (filled in by the `spectral:oas` work).
pub const RULESET: &str = "rules: {}";

/// The `spectral:oas` functions, by name.
pub const FUNCTIONS: &[Function] = &[];
