//! Validating example values against model schemas with the evaluator generated servers
//! run ([`crate::validation`]), each violation located at the offending value in its file.

use crate::model::{ApiModel, SchemaId};
use crate::source::Loc;
use crate::tree::{Node, Value};
use crate::validation::runtime::{Direction, Options};
use crate::validation::{Table, arena};

pub use crate::validation::runtime::Kind;

/// One violation.
#[derive(Debug, Clone)]
pub struct Violation {
    /// Where the offending value is (for a missing property: the object; for a property that
    /// is not allowed: its key).
    pub loc: Loc,
    /// JSON pointer of the value inside the example (`""` for the example itself).
    pub path: String,
    /// What is wrong, naming the concrete values.
    pub message: String,
    /// The kind of keyword broken.
    pub kind: Kind,
    /// The schema that was broken.
    pub schema: SchemaId,
}

/// How lint validates by default: formats asserted (the formats JSON Schema defines), every
/// violation reported.
pub const LINT: Options = Options {
    formats: true,
    direction: Direction::Any,
    max_violations: 64,
};

/// Validators for the schemas of one API: the rules planned once, lent to the evaluator.
pub struct Validator<'t> {
    /// The schema each rule checks.
    schemas: Vec<Option<SchemaId>>,
    rules: crate::validation::runtime::Rules<'t>,
    index: std::collections::HashMap<SchemaId, u32>,
}

/// Runs `f` with a validator for `roots` (the schemas values will be checked against) and
/// everything they refer to.
pub fn with_validator<R>(
    api: &ApiModel,
    roots: impl IntoIterator<Item = SchemaId>,
    f: impl FnOnce(&Validator<'_>) -> R,
) -> R {
    let mut table = Table::new(api);
    let index = roots.into_iter().map(|id| (id, table.rule(id))).collect();
    table.finish();
    let bump = bumpalo::Bump::new();
    // The arena holds everything the evaluator reads (names and values are the model's).
    let (rules, schemas) = arena::into_rules(table, &bump);
    f(&Validator {
        schemas,
        rules,
        index,
    })
}

impl Validator<'_> {
    /// The violations of `v` (a located value) against root schema `id` (one of the roots the
    /// validator was made for; any other schema accepts everything).
    pub fn validate(&self, id: SchemaId, v: &Node, options: &Options) -> Vec<Violation> {
        let Some(&rule) = self.index.get(&id) else {
            return Vec::new();
        };
        let json = v.to_json();
        self.rules
            .validate(rule, &json, options)
            .into_iter()
            .map(|x| {
                let loc = locate(v, &x.pointer, x.kind);
                Violation {
                    loc,
                    schema: self
                        .schemas
                        .get(x.rule as usize)
                        .copied()
                        .flatten()
                        .unwrap_or(id),
                    path: x.pointer,
                    message: x.message,
                    kind: x.kind,
                }
            })
            .collect()
    }
}

/// Validates `v` against schema `id` of `api` (building the rules for this one check).
pub fn validate(api: &ApiModel, id: SchemaId, v: &Node) -> Vec<Violation> {
    validate_with(api, id, v, &LINT)
}

/// [`validate`] with other options (format assertion off, a direction).
pub fn validate_with(api: &ApiModel, id: SchemaId, v: &Node, options: &Options) -> Vec<Violation> {
    with_validator(api, [id], |val| val.validate(id, v, options))
}

/// The location of the value at `pointer` inside `v` (for a property that is not allowed,
/// its key).
fn locate(v: &Node, pointer: &str, kind: Kind) -> Loc {
    let Some((parent, last)) = pointer.rsplit_once('/') else {
        return v.loc;
    };
    let key = crate::tree::unescape_pointer_token(last);
    let node = v.pointer(pointer);
    if matches!(
        kind,
        Kind::AdditionalProperties | Kind::PropertyNames | Kind::Unevaluated
    ) && let Some(p) = v.pointer(parent)
        && let Value::Map(m) = &p.value
        && let Some(e) = m.get(&key)
    {
        return e.key_loc;
    }
    node.map_or(v.loc, |n| n.loc)
}
