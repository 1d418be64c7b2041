//! JSONPath as Spectral rulesets write it: RFC 9535 plus the JSONPath-Plus forms they use
//! (`$..[?(@.type)]`, JS-like filters with `@property`, `@path`, `.match(/re/)`, `~` for the
//! property name, `[get,put]` unions). Compiled once per ruleset ([`parse`]) and evaluated over
//! the located tree ([`eval`]), so every match keeps its node, location and path.
//!
//! Not a crate: serde_json_path and jsonpath-rust evaluate `serde_json` values (no locations,
//! a copy of the document) and reject the JSONPath-Plus filter forms (decision 018).

mod eval;
mod filter;
mod parse;

pub use eval::{Match, Plan, Walk};
pub use filter::{Expr, js_regex};
pub use parse::parse;

/// A compiled JSONPath.
#[derive(Debug, Clone, PartialEq)]
pub struct Path {
    /// The steps after `$`.
    pub steps: Vec<Step>,
    /// Ends in `~`: the matches are the property names, not the values.
    pub keys: bool,
}

/// One step.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// `..`: the selectors apply to the node and to every descendant.
    pub descendant: bool,
    /// What is selected (a union when several).
    pub selectors: Vec<Selector>,
}

/// One selector of a step.
#[derive(Debug, Clone, PartialEq)]
pub enum Selector {
    /// A member name (`.name`, `['name']`, or a bare name in a union: `[get,put]`).
    Name(String),
    /// An array index (negative counts from the end).
    Index(i64),
    /// `*`: every member or element.
    Wildcard,
    /// `[start:end:step]`.
    Slice(Option<i64>, Option<i64>, Option<i64>),
    /// `[?(expr)]`: the members or elements for which `expr` holds.
    Filter(Expr),
}

#[cfg(test)]
mod tests {
    /// Why not the JSONPath crate the project already has (decision 018): RFC 9535 only, it
    /// refuses the forms Spectral rulesets are written in.
    #[test]
    fn serde_json_path_refuses_the_jsonpath_plus_forms() {
        for given in [
            "$..[?(@property === 'get')]",
            "$.paths[*]~",
            "$.paths[*][get,put]",
            "$..[?(@.name.match(/^X-/))]",
        ] {
            assert!(serde_json_path::JsonPath::parse(given).is_err(), "{given}");
            assert!(super::parse(given).is_ok(), "{given}");
        }
    }
}
