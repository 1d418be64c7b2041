//! Limits that keep hostile or broken input from exhausting the stack or memory.

/// Deepest nesting of mappings/sequences accepted. Real OpenAPI documents stay under 60.
pub const MAX_DEPTH: usize = 128;

/// Most nodes that YAML alias expansion may produce in one document.
pub const MAX_ALIAS_NODES: usize = 2_000_000;

/// Largest input file read (bytes).
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Largest decompressed MDX front-matter payload (bytes): guards against zlib bombs.
pub const MAX_INFLATED_BYTES: u64 = 64 * 1024 * 1024;
