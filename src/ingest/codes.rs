//! Codes of the diagnostics specforge itself reports (`SF0xx`): reading documents and the
//! project file, modelling, generating. Lint rules use `SF1xx` and up; [`crate::registry`]
//! lists both.

use crate::diag::{Code, Phase, Severity};

macro_rules! codes {
    ($($(#[$doc:meta])* $id:ident = $code:literal, $name:literal, $sev:ident, $phase:ident, $summary:literal;)*) => {
        $( $(#[$doc])* pub const $id: Code = Code { code: $code, name: $name, severity: Severity::$sev, phase: Phase::$phase, summary: $summary }; )*
        /// Every ingest code, in code order.
        pub const ALL: &[Code] = &[$($id),*];
    };
}

codes! {
    /// A file that is not valid YAML or JSON.
    SYNTAX = "SF001", "syntax-error", Error, Ingest, "the file (or its embedded block) is not valid YAML/JSON";
    /// A file in which no OpenAPI document or docs example could be found.
    NO_SPEC = "SF002", "no-openapi-document", Error, Ingest, "no OpenAPI document, docs operation or docs example was found in the file";
    /// An `openapi`/`swagger` version specforge does not read.
    UNKNOWN_VERSION = "SF003", "unknown-openapi-version", Error, Ingest, "the document's `openapi`/`swagger` version is missing or not 2.0, 3.0.x, 3.1.x or 3.2.x";
    /// A key given twice in one mapping.
    DUPLICATE_KEY = "SF004", "duplicate-key", Warning, Ingest, "a mapping repeats a key; the later value wins";
    /// A `$ref` whose target does not exist.
    UNRESOLVED_REF = "SF005", "unresolved-ref", Error, Ingest, "a `$ref` points at a file or JSON pointer that does not exist";
    /// A `$ref` to a file outside the spec's root directory, or to the network.
    REF_OUTSIDE_ROOT = "SF006", "ref-outside-root", Error, Ingest, "a `$ref` leaves the spec's root directory or names a URL; nothing outside is read";
    /// The same component defined twice, differently, in documents of one API.
    MERGE_CONFLICT = "SF007", "merge-conflict", Error, Ingest, "documents of one API define the same component or operation differently";
    /// A construct kept in the tree but not modelled in detail.
    UNMODELLED = "SF008", "unmodelled-construct", Info, Model, "a JSON Schema / OpenAPI construct is kept but not modelled; lint and codegen treat it loosely";
    /// A docs-page example whose operation is not in the API.
    UNATTACHED_EXAMPLE = "SF009", "unattached-example", Warning, Ingest, "a docs-page example documents an operation no document of the API defines";
    /// A file that could not be read.
    IO = "SF010", "io-error", Error, Ingest, "a file could not be read";
    /// A node of the wrong shape (a string where a mapping must be, …).
    SHAPE = "SF011", "invalid-structure", Error, Ingest, "a node has the wrong JSON type for its place in an OpenAPI document";
    /// A `$ref` chain that never reaches a value.
    REF_CYCLE = "SF012", "ref-cycle", Error, Ingest, "a `$ref` chain refers back to itself without reaching a value";
    /// A note about converting Swagger 2.0.
    SWAGGER_CONVERSION = "SF013", "swagger2-conversion", Info, Ingest, "a Swagger 2.0 construct was converted with a caveat";
    /// A `specforge.toml` problem.
    CONFIG = "SF014", "config-error", Error, Config, "`specforge.toml` is invalid";
    /// More than one YAML document in one file.
    EXTRA_DOCUMENT = "SF015", "extra-yaml-document", Warning, Ingest, "a file holds more than one YAML document; only the first is read";
    /// A docs page embeds a non-OpenAPI view of an operation (e.g. Mintlify's resolved view).
    FOREIGN_VIEW = "SF016", "foreign-docs-view", Error, Ingest, "a docs page embeds a rendered view of an operation, not an OpenAPI document";
    /// A flow collection closed at its parent's indentation (accepted, as libyaml does).
    YAML_FLOW_INDENT = "SF017", "yaml-flow-indentation", Warning, Ingest, "a multi-line flow collection's closing bracket is not indented past its parent key";
    /// An overlay document that cannot be used.
    OVERLAY = "SF018", "invalid-overlay", Error, Ingest, "an overlay document is not valid OpenAPI Overlay 1.0 or cannot be applied";
    /// An overlay action whose target matches nothing.
    OVERLAY_STALE = "SF019", "stale-overlay-action", Warning, Ingest, "an overlay action's target matches nothing (the vendor document changed)";
    /// A `[[lint.ignore]]` entry in `specforge.toml` that acknowledges no finding.
    UNUSED_ACKNOWLEDGMENT = "SF020", "unused-acknowledgment", Warning, Config, "a `[[lint.ignore]]` entry in specforge.toml matches no finding (the defect is gone or moved)";
    /// A `pattern` the generated server cannot check.
    PATTERN_NOT_CHECKED = "SF021", "pattern-not-checked", Warning, Codegen, "a schema's `pattern` uses syntax the Rust `regex` crate lacks (look-around, backreferences); the generated server does not check it";
    /// An operation the generated server cannot route.
    ROUTE_CONFLICT = "SF022", "route-not-generated", Warning, Codegen, "an operation's path cannot be routed beside the others by axum; the generated server leaves it out";
    /// A schema whose Rust type is `serde_json::Value` because it cannot be expressed.
    TYPE_FALLBACK = "SF023", "type-fallback", Info, Codegen, "a schema cannot be expressed as a Rust type (contradictory `allOf`, a `$ref` cycle with no structure, nesting or size beyond the generator's bounds); it is generated as `serde_json::Value`";
    /// An identifier shortened to the generator's bound.
    NAME_SHORTENED = "SF024", "name-shortened", Info, Codegen, "a name from the spec is longer than generated code keeps (64 characters); it is shortened, with a hash of the whole name so names stay distinct";
    /// A `$ref` to a URL where the model does not read (documentation, extensions, security schemes): left unread.
    REMOTE_REF_UNREAD = "SF025", "remote-ref-unread", Warning, Ingest, "a `$ref` names a URL in a part of the document generation does not read (`externalDocs`, examples, extensions); it is left unread";
    /// A 3.2 `additionalOperations` entry for a method a fixed Path Item field holds.
    METHOD_CONFLICT = "SF026", "additional-operation-conflict", Error, Ingest, "a 3.2 `additionalOperations` entry is for a method a fixed Path Item field holds (`POST` beside `post`)";
    /// A 3.2 construct with no 3.1 form, kept as an `x-oas32-` extension by `extract --openapi 3.1`.
    NOT_CONVERTIBLE = "SF027", "not-convertible", Warning, Ingest, "`extract --openapi 3.1` met a 3.2 construct 3.1 cannot express (the QUERY method, `additionalOperations`, `in: querystring`, nested tags, …); it is kept as an `x-oas32-` extension";
    /// Generation produced Rust that does not parse, or lost a runtime file: a bug in specforge.
    INTERNAL = "SF028", "internal-error", Error, Codegen, "generation failed inside specforge (generated Rust that does not parse); a bug to report, with the spec that triggers it";
    /// A Spectral ruleset that cannot be used as written.
    RULESET = "SF029", "invalid-ruleset", Error, Config, "a Spectral ruleset (`lint --ruleset`, `[lint] rulesets`) is malformed: an unknown key, function, option or rule, or an invalid JSONPath";
    /// A ruleset rule that calls a custom JavaScript function.
    RULESET_FUNCTION = "SF030", "ruleset-function-unavailable", Warning, Config, "a ruleset rule calls a custom JavaScript function, which specforge cannot run; that rule is skipped and the others run";
}
