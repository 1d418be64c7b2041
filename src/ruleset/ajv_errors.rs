//! Which violations of a schema Spectral reports for one value, so that `schema`, `oasSchema`
//! and `oasExample` report the same ones.
//!
//! Spectral validates with Ajv without `allErrors`: each schema stops at its first failing
//! keyword, but a failed `anyOf`/`oneOf` keeps the first error of every alternative it tried,
//! then its own. The errors are then pruned as `@stoplight/better-ajv-errors` does: grouped
//! by where they are, an `anyOf` error and its neighbours are dropped when something deeper
//! failed, a place with only `enum` errors is dropped when it has a neighbouring place and
//! otherwise reported alone, hiding what is below it, and what is left is reported place by
//! place, outer places first. Our evaluator gives the first violation of
//! a rule; the alternatives are evaluated here, one by one, to rebuild that list.

use crate::validation::runtime::{Direction, Keyword, Kind, Options, Rules, Violation};
use serde_json::Value;
use std::sync::LazyLock;

/// How deep failed alternatives are followed into their own alternatives.
const MAX_DEPTH: u32 = 12;
/// Most errors gathered for one value.
const MAX_ERRORS: usize = 200;
/// Most evaluations of one value (the first, then one per alternative tried).
const MAX_VALIDATIONS: u32 = 256;

/// The violations of `value` against rule 0 of `rules` that Spectral reports, in its order,
/// with pointers relative to `value`. Empty when `value` is valid.
pub fn reported(rules: &Rules<'_>, value: &Value, formats: bool) -> Vec<Violation> {
    let mut g = Gather {
        rules,
        options: Options {
            formats,
            direction: Direction::Any,
            max_violations: 1,
        },
        budget: MAX_VALIDATIONS,
        out: Vec::new(),
    };
    if let Some(v) = g.first(0, value) {
        g.gather(v, value, "", 0);
    }
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for v in prune(g.out) {
        // Spectral drops a result that repeats another's place and message.
        if seen.insert((v.pointer.clone(), v.message.clone())) {
            out.push(v);
        }
    }
    out
}

/// Ajv's error list for one value, as it is gathered.
struct Gather<'r, 't> {
    rules: &'r Rules<'t>,
    options: Options,
    /// Evaluations left for the whole value: each is a full one, so a union of unions is
    /// bounded by work, not only by the errors it yields.
    budget: u32,
    out: Vec<Violation>,
}

impl Gather<'_, '_> {
    /// The first violation of `value` against `rule`, while the budget lasts.
    fn first(&mut self, rule: u32, value: &Value) -> Option<Violation> {
        if self.budget == 0 || self.out.len() >= MAX_ERRORS {
            return None;
        }
        self.budget -= 1;
        self.rules
            .validate(rule, value, &self.options)
            .into_iter()
            .next()
    }

    /// Ajv's errors of `value` against a rule whose first violation is `v`, at `at` inside
    /// the whole value.
    fn gather(&mut self, mut v: Violation, value: &Value, at: &str, depth: u32) {
        let alternatives =
            self.rules
                .rule(v.rule)
                .keywords
                .iter()
                .find_map(|k| match (k, v.kind) {
                    (Keyword::AnyOf(list), Kind::AnyOf) | (Keyword::OneOf(list), Kind::OneOf) => {
                        Some(*list)
                    }
                    _ => None,
                });
        if let (Some(list), Some(inner)) = (alternatives, value.pointer(&v.pointer))
            && depth < MAX_DEPTH
        {
            // Every alternative tried that fails leaves its first error. A `oneOf` stops
            // trying at the second alternative that holds.
            let inner_at = format!("{at}{}", v.pointer);
            let mut holding = 0;
            for &alternative in list {
                if self.budget == 0 || self.out.len() >= MAX_ERRORS {
                    break;
                }
                match self.first(alternative, inner) {
                    Some(first) => self.gather(first, inner, &inner_at, depth + 1),
                    None => {
                        holding += 1;
                        if holding == 2 {
                            break;
                        }
                    }
                }
            }
        }
        // Ajv places a missing, unexpected or badly named member's error at the object.
        if matches!(
            v.kind,
            Kind::AdditionalProperties | Kind::Unevaluated | Kind::PropertyNames
        ) && let Some(slash) = v.pointer.rfind('/')
        {
            v.pointer.truncate(slash);
        }
        v.pointer = format!("{at}{}", v.pointer);
        self.out.push(v);
    }
}

/// One place of the tree better-ajv-errors builds: the errors there and the places below.
#[derive(Default)]
struct Place {
    errors: Vec<Violation>,
    children: Vec<(String, Place)>,
}

/// The steps better-ajv-errors groups a pointer into: a name, with the index after it if
/// there is one (`/items/0`), matched as JavaScript's `/\/[\w$_-]+(\/\d+)?/g` matches;
/// `[""]` for the value itself, nothing when no step matches (the error is then dropped).
fn steps(pointer: &str) -> Vec<&str> {
    static STEP: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"/[A-Za-z0-9_$-]+(?:/[0-9]+)?").expect("a valid pattern")
    });
    if pointer.is_empty() {
        return vec![""];
    }
    STEP.find_iter(pointer).map(|m| m.as_str()).collect()
}

/// The errors that better-ajv-errors keeps, in the order it reports them.
fn prune(errors: Vec<Violation>) -> Vec<Violation> {
    let mut root = Place::default();
    for e in errors {
        let path = steps(&e.pointer);
        if path.is_empty() {
            continue;
        }
        let mut at = &mut root;
        for step in path {
            let i = match at.children.iter().position(|(k, _)| k == step) {
                Some(i) => i,
                None => {
                    at.children.push((step.to_string(), Place::default()));
                    at.children.len() - 1
                }
            };
            at = &mut at.children[i].1;
        }
        at.errors.push(e);
    }
    // Every error lands below the root (the value itself is the place `""`), so the root
    // has none of its own to drop.
    drop_redundant(&mut root);
    let mut out = Vec::new();
    collect(root, &mut out);
    out
}

/// An `anyOf` error says less than the errors below it: a place's errors go when it has one
/// and places below have errors.
fn union_dropped(place: &mut Place) {
    if place.errors.iter().any(|e| e.kind == Kind::AnyOf) && !place.children.is_empty() {
        place.errors.clear();
    }
}

/// better-ajv-errors' pruning of the places below `place`, in its order: each child's
/// `anyOf` rule, then a child with only `enum` errors goes when it has a neighbour (the
/// library means "a neighbour with errors", but its test holds for any neighbour), then the
/// places below the child.
fn drop_redundant(place: &mut Place) {
    let mut i = 0;
    while i < place.children.len() {
        let neighbours = place.children.len() > 1;
        let child = &mut place.children[i].1;
        union_dropped(child);
        let only_enum =
            !child.errors.is_empty() && child.errors.iter().all(|e| e.kind == Kind::Enum);
        if only_enum && neighbours {
            place.children.remove(i);
            continue;
        }
        drop_redundant(child);
        i += 1;
    }
}

/// A place's errors, then the places below; a place whose errors are all `enum` errors
/// gives one (the library merges their allowed values) and nothing below it.
fn collect(place: Place, out: &mut Vec<Violation>) {
    if !place.errors.is_empty() && place.errors.iter().all(|e| e.kind == Kind::Enum) {
        out.extend(place.errors.into_iter().take(1));
        return;
    }
    out.extend(place.errors);
    for (_, child) in place.children {
        collect(child, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::schema_compiler::{self, Draft};
    use serde_json::json;

    fn reported_of(schema: Value, value: Value) -> Vec<(String, Kind)> {
        let rules =
            schema_compiler::compile(&schema, Draft::D2020, "urn:t", &|_| None).expect("compiles");
        reported(&rules, &value, true)
            .into_iter()
            .map(|v| (v.pointer, v.kind))
            .collect()
    }

    // The expected lists are what Spectral 6.16.3 reports for the same schema and value
    // through its `schema` function.

    /// Each alternative's first error of a failed `anyOf` at the object, then the `anyOf`.
    #[test]
    fn a_failed_union_reports_each_alternative() {
        let schema = json!({"type": "array", "items": {"anyOf": [
            {"type": "object", "required": ["a"]},
            {"type": "object", "required": ["b"]}
        ]}});
        assert_eq!(
            reported_of(schema, json!([{"c": 1}])),
            [
                ("/0".to_string(), Kind::Required),
                ("/0".to_string(), Kind::Required),
                ("/0".to_string(), Kind::AnyOf)
            ]
        );
    }

    /// An `anyOf` failed at a place with errors below it is dropped with its neighbours there;
    /// the value itself is a place of its own beside its members (the library's tree), so a
    /// union of the whole value is kept.
    #[test]
    fn deeper_errors_replace_the_union() {
        let schema = json!({"type": "array", "items": {"anyOf": [
            {"properties": {"n": {"type": "string"}}},
            {"required": ["y"]},
        ]}});
        assert_eq!(
            reported_of(schema, json!([{"n": 1}])),
            [("/0/n".to_string(), Kind::Type)]
        );
        let schema = json!({"anyOf": [
            {"properties": {"n": {"type": "string"}}},
            {"required": ["y"]},
        ]});
        assert_eq!(
            reported_of(schema, json!({"n": 1})),
            [
                ("/n".to_string(), Kind::Type),
                ("".to_string(), Kind::Required),
                ("".to_string(), Kind::AnyOf)
            ]
        );
    }

    /// An `enum` error with a neighbouring place is dropped.
    #[test]
    fn enum_errors_give_way() {
        let schema = json!({"anyOf": [
            {"properties": {"a": {"enum": [1]}}},
            {"properties": {"b": {"type": "string"}}},
        ]});
        assert_eq!(
            reported_of(schema, json!({"a": 2, "b": 3})),
            [
                ("/b".to_string(), Kind::Type),
                ("".to_string(), Kind::AnyOf)
            ]
        );
        let schema = json!({"oneOf": [
            {"properties": {"a": {"enum": [1]}}},
            {"properties": {"a": {"enum": [2]}}},
        ]});
        assert_eq!(
            reported_of(schema, json!({"a": 3})),
            [("".to_string(), Kind::OneOf)]
        );
    }

    /// A place with only `enum` errors hides the errors below it.
    #[test]
    fn an_enum_place_hides_what_is_below_it() {
        let schema = json!({"properties": {"x": {"anyOf": [
            {"properties": {"a": {"enum": [1]}}},
            {"properties": {"a": {"properties": {"b": {"type": "string"}}}}},
        ]}}});
        assert_eq!(
            reported_of(schema, json!({"x": {"a": {"b": 2}}})),
            [("/x/a".to_string(), Kind::Enum)]
        );
    }

    /// Work is bounded: a union of many unions of many alternatives, none holding.
    #[test]
    fn nested_unions_are_bounded() {
        let leaf: Vec<Value> = (0..40)
            .map(|i| json!({"required": [format!("p{i}")]}))
            .collect();
        let mid: Vec<Value> = (0..40).map(|_| json!({"anyOf": leaf.clone()})).collect();
        let schema = json!({"anyOf": mid});
        let found = reported_of(schema, json!({}));
        assert!(
            !found.is_empty() && found.len() <= MAX_ERRORS,
            "{}",
            found.len()
        );
    }

    /// A `oneOf` that two alternatives hold reports the ones that failed before the second.
    #[test]
    fn a_union_held_twice_reports_what_failed_before() {
        let schema = json!({"oneOf": [
            {"type": "string"},
            {"type": "object"},
            {"required": ["a"]},
            {"required": ["b"]},
        ]});
        assert_eq!(
            reported_of(schema, json!({"a": 1})),
            [("".to_string(), Kind::Type), ("".to_string(), Kind::OneOf)]
        );
    }

    /// The first failing member is the schema's first, as in Ajv, with annotations kept
    /// (`unevaluatedProperties`) or not.
    #[test]
    fn members_are_checked_in_the_schema_order() {
        for extra in [json!({}), json!({"unevaluatedProperties": false})] {
            let mut schema =
                json!({"properties": {"b": {"type": "string"}, "a": {"type": "string"}}});
            schema
                .as_object_mut()
                .unwrap()
                .extend(extra.as_object().unwrap().clone());
            assert_eq!(
                reported_of(schema, json!({"a": 1, "b": 2})),
                [("/b".to_string(), Kind::Type)]
            );
        }
    }

    #[test]
    fn members_not_allowed_are_reported_at_their_object() {
        let schema = json!({"properties": {"o": {"additionalProperties": false}}});
        assert_eq!(
            reported_of(schema, json!({"o": {"x": 1}})),
            [("/o".to_string(), Kind::AdditionalProperties)]
        );
    }

    #[test]
    fn steps_group_a_name_with_its_index() {
        assert_eq!(steps(""), [""]);
        assert_eq!(steps("/a/0/b"), ["/a/0", "/b"]);
        assert_eq!(steps("/0/1"), ["/0/1"]);
        assert_eq!(steps("/a b/c"), ["/a", "/c"]);
        assert!(steps("/ ").is_empty());
    }
}
