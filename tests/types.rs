//! The generated types say what the data is, for the JSON Schema shapes that crashed, hung or
//! mistyped generation before the type space (issue 15). Each shape is in the kitchen-sink
//! fixture (`Shapes`), whose crate is generated, checked in and compiled; these tests read and
//! write real values through it. The JSON Schema Test Suite judges the same types at scale
//! (`tests/crates/conformance`).

// Names in the spec's own scripts (`٣`) are what the test is about.
#![allow(mixed_script_confusables, uncommon_codepoints)]

use kitchen_sink::types::*;
// The fixture has schemas named `Default` and `Value`, which the glob would put in the
// prelude's place.
use serde_json::{Value, json};
use std::default::Default;

/// `value` read as `T` and written back unchanged.
fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize>(value: Value) -> T {
    let typed: T = serde_json::from_value(value.clone()).expect("reads");
    assert_eq!(serde_json::to_value(&typed).unwrap(), value, "writes back");
    typed
}

#[test]
fn self_recursive_maps_and_arrays_are_newtypes() {
    // `Json: {type: object, additionalProperties: $ref Json}` overflowed the stack.
    let tree: Json = round_trip(json!({"a": {"b": {}, "c": {"d": {}}}}));
    assert_eq!(tree.0["a"].0.len(), 2);
    // `Forest: {type: array, items: $ref Forest}`.
    let forest: Forest = round_trip(json!([[[]], []]));
    assert_eq!(forest.0.len(), 2);
    // Not a value of either type.
    assert!(serde_json::from_value::<Json>(json!({"a": 1})).is_err());
}

#[test]
fn schemas_defined_only_by_themselves_are_values() {
    // `Itself: {oneOf: [$ref Itself]}` and `Ping → Pong → Ping` hung generation. They say
    // nothing but themselves, so any value is one (reported as SF023).
    let v: Itself = json!({"anything": [1, "two"]});
    let p: Pong = json!(null);
    assert!(v.is_object() && p.is_null());
}

#[test]
fn scalar_all_of_stays_a_scalar() {
    // `Count: {type: integer, allOf: [{minimum: 1}]}` and `Name: {allOf: [{type: string},
    // {maxLength: 10}]}` became empty structs that no value read into.
    let c: Count = round_trip(json!(5));
    let n: Name = round_trip(json!("short"));
    assert_eq!((c, n.as_str()), (5, "short"));
}

#[test]
fn nullable_all_of_a_reference_is_an_option_of_it() {
    // `MaybeOwner: {allOf: [$ref Owner], nullable: true}`.
    let s: Shapes = round_trip(json!({"maybe_owner": null}));
    assert!(matches!(
        s.maybe_owner,
        Some(kitchen_sink::runtime::Nullable::Null)
    ));
    let s: Shapes = round_trip(json!({"maybe_owner": {"name": "Ada"}}));
    let Some(kitchen_sink::runtime::Nullable::Value(owner)) = s.maybe_owner else {
        panic!("an owner");
    };
    assert_eq!(owner.name.as_deref(), Some("Ada"));
}

#[test]
fn tuples_are_positional() {
    // `prefixItems` was ignored and `items` applied to every element: `["a", true]` failed.
    let mixed: Mixed = round_trip(json!(["a", true]));
    assert_eq!((mixed.0.as_deref(), mixed.1), (Some("a"), Some(true)));
    // Shorter and longer arrays are valid too, and keep their length.
    let short: Mixed = round_trip(json!(["a"]));
    assert_eq!(short.1, None);
    let long: Mixed = round_trip(json!(["a", false, 3, {"x": 1}]));
    assert_eq!(long.2.len(), 2);
    assert!(
        serde_json::from_value::<Mixed>(json!([true])).is_err(),
        "position 0 is a string"
    );
    // A fixed length is a Rust tuple.
    let p: Point = round_trip(json!([1.5, -2.0]));
    assert_eq!(p, (1.5, -2.0));
}

#[test]
fn read_only_and_write_only_properties_have_request_and_response_views() {
    // `Account.id` is `readOnly` and required: a request does not send it, so the request view
    // has no such field (it used to be a required field of the request type, so a valid request
    // was refused). `password` is `writeOnly`: a response does not carry it.
    let request = AccountRequest {
        name: "ada".into(),
        password: "secret".into(),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_value(&request).unwrap(),
        json!({"name": "ada", "password": "secret"})
    );
    let _: AccountRequest = round_trip(json!({"name": "ada", "password": "secret"}));
    let response: Account = round_trip(json!({"id": 7, "name": "ada"}));
    assert_eq!(response.id, 7);
    // The request body of `shapes` uses the request view; its answer the response view.
    let _: ShapesRequest = round_trip(json!({"account": {"name": "a", "password": "p"}}));
    let _: Shapes = round_trip(json!({"account": {"id": 1, "name": "a"}}));
}

#[test]
fn a_delimited_string_without_an_enum_is_a_set_of_strings() {
    // `x-specforge-delimited` on a string with no `enum` gave a self-referential alias.
    let scopes: Scopes = round_trip(json!("read write admin"));
    assert_eq!(scopes.members(), ["read", "write", "admin"]);
}

#[test]
fn enum_values_that_are_rust_names_stay_usable() {
    // A value `err` became a variant `Err`, which clashed with `Self::Err` of `FromStr`; a
    // value listed twice gave an unreachable match arm.
    let o: Outcome = round_trip(json!("err"));
    assert_eq!(o, Outcome::Err);
    assert_eq!("Err".parse::<Outcome>().unwrap(), Outcome::Err2);
    assert_eq!(Outcome::Ok.to_string(), "ok");
    // `Display` and `FromStr` go through serde (decision 023): every listed value and an
    // unlisted one read and write back as the wire spells them.
    for wire in ["ok", "err", "Err", "maybe", ""] {
        let o: Outcome = wire.parse().unwrap();
        assert_eq!(o.to_string(), wire);
        assert_eq!(o, serde_json::from_value(json!(wire)).unwrap());
    }
    assert_eq!(
        "maybe".parse::<Outcome>().unwrap(),
        Outcome::Other("maybe".into())
    );
}

#[test]
fn names_from_any_script_and_keywords_are_identifiers() {
    // `Self` and `self` are types `SelfType` and `SelfType2`; properties named with a digit of
    // another script (`٣`, `١x`) panicked ("is not a valid Ident").
    let s: SelfType = round_trip(json!({"self": "a", "Self": "b"}));
    assert_eq!(
        (s.self_.as_deref(), s.self_2.as_deref()),
        (Some("a"), Some("b"))
    );
    let _: SelfType2 = round_trip(json!("x"));
    let d: Digits = round_trip(json!({"٣": "three", "١x": 1}));
    assert_eq!(d.f١x, Some(1));
}

#[test]
fn type_lists_and_boolean_schemas() {
    let s: Shapes = round_trip(json!({"either": 3, "anything": [null, {}]}));
    assert_eq!(s.either, Some(ShapesEither::Integer(3)));
    let s: Shapes = round_trip(json!({"either": "three"}));
    assert_eq!(s.either, Some(ShapesEither::String("three".into())));
}

#[test]
fn properties_the_spec_does_not_list_are_kept() {
    // No silent data loss: a vendor's new property survives a read and a write.
    let s: Shapes = round_trip(json!({"count": 2, "added_by_vendor": {"x": [1]}}));
    assert_eq!(
        s.additional_properties["added_by_vendor"],
        json!({"x": [1]})
    );
    // `patternProperties` values are kept even where `additionalProperties: false`.
    let settings: Settings = round_trip(json!({"name": "n", "x-flag": "on"}));
    assert_eq!(settings.additional_properties["x-flag"], "on");
}

#[test]
fn deep_nesting_is_bounded() {
    // 60 nested arrays overflowed rustc's trait solver; past 24 levels the rest is a value
    // (SF023), which still holds every valid value.
    let mut v = json!("leaf");
    for _ in 0..60 {
        v = json!([v]);
    }
    let _: Deep = round_trip(v);
}

#[test]
fn descriptions_stay_documentation() {
    // Code blocks in spec text became doctests that `cargo test` of the crate compiled and
    // ran; they are `text` blocks now (the kitchen-sink's doctests run in this workspace, so a
    // block that still ran would fail its `assert!(false, …)`).
    let text = include_str!("crates/kitchen-sink/src/types.rs");
    let blocks = text.matches("/// ```").count();
    let as_text = text.matches("/// ```text").count();
    assert!(
        as_text > 0 && blocks == as_text * 2,
        "{blocks} fences, {as_text} text"
    );
    // A bare CR is a line break.
    assert!(!text.contains('\r'));
}

#[test]
fn vendor_date_layouts_are_dates_in_exactly_that_layout() {
    // Issue 16: a date is not a date-time. `YYYYMMDD` (from the description) and an explicit
    // `%d/%m/%Y` read as dates and write back byte for byte; RFC 3339 is not their layout.
    let p: Purchase = round_trip(json!({"purchaseDate": "20240131", "settledDate": "02/02/2024"}));
    assert_eq!(
        p.purchase_date.value(),
        chrono::NaiveDate::from_ymd_opt(2024, 1, 31).unwrap()
    );
    assert_eq!(
        p.settled_date.unwrap().value(),
        chrono::NaiveDate::from_ymd_opt(2024, 2, 2).unwrap()
    );
    assert!(serde_json::from_value::<Purchase>(json!({"purchaseDate": "2024-01-31"})).is_err());
}
