//! The native parts of `spectral:oas`: the functions its rules call beyond the core ones.
//! (Filled in by the `spectral:oas` work; the engine looks functions up here by name.)

use super::function::Function;

/// The `spectral:oas` functions, by name.
pub const FUNCTIONS: &[Function] = &[];
