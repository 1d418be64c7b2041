//! Types of Kitchen Sink 1.0, one per schema that needs one.
#[allow(unused_imports)]
use super::runtime::prelude::*;
#[cfg(feature = "shapes")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Account {
    pub id: i64,
    pub name: ::std::string::String,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
/// Schema `Account` in the spec.
#[cfg(feature = "shapes")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct AccountRequest {
    pub name: ::std::string::String,
    pub password: ::std::string::String,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct BTreeMap {
    #[serde(default, skip_serializing_if = "absent")]
    pub text: ::std::option::Option<String>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Box {
    #[serde(default, skip_serializing_if = "absent")]
    pub next: ::std::option::Option<::std::boxed::Box<Box>>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[cfg(any(feature = "pets", feature = "shapes"))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Cat {
    pub pet_type: ::std::string::String,
    #[serde(default, skip_serializing_if = "absent")]
    pub lives: ::std::option::Option<i64>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[cfg(feature = "shapes")]
pub type Count = i64;
/// The documented headers of `createPet` (POST /pets)'s successful answers.
#[cfg(feature = "pets")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct CreatePetHeaders {
    /// `X-RateLimit-Remaining`: Calls left in this window.
    #[serde(rename = "x-ratelimit-remaining")]
    pub x_rate_limit_remaining: i64,
    /// `Location`: Where the new pet is.
    #[serde(default, skip_serializing_if = "absent")]
    pub location: ::std::option::Option<::std::string::String>,
    /// `Allow`: What the new pet accepts.
    #[serde(default, skip_serializing_if = "absent")]
    pub allow: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
/// The documented successful answers of `createPet` (POST /pets).
#[cfg(feature = "pets")]
#[derive(Debug, Clone, PartialEq)]
pub enum CreatePetResponse {
    /// `200`
    Ok(Pet),
    /// `201`
    Created(Pet),
}
pub type Debug = ::std::vec::Vec<Serialize>;
#[cfg(feature = "shapes")]
pub type Deep = ::std::vec::Vec<
    ::std::vec::Vec<
        ::std::vec::Vec<
            ::std::vec::Vec<
                ::std::vec::Vec<
                    ::std::vec::Vec<
                        ::std::vec::Vec<
                            ::std::vec::Vec<
                                ::std::vec::Vec<
                                    ::std::vec::Vec<
                                        ::std::vec::Vec<
                                            ::std::vec::Vec<
                                                ::std::vec::Vec<
                                                    ::std::vec::Vec<
                                                        ::std::vec::Vec<
                                                            ::std::vec::Vec<
                                                                ::std::vec::Vec<
                                                                    ::std::vec::Vec<
                                                                        ::std::vec::Vec<
                                                                            ::std::vec::Vec<
                                                                                ::std::vec::Vec<
                                                                                    ::std::vec::Vec<
                                                                                        ::std::vec::Vec<
                                                                                            ::std::vec::Vec<
                                                                                                ::std::vec::Vec<::std::vec::Vec<::serde_json::Value>>,
                                                                                            >,
                                                                                        >,
                                                                                    >,
                                                                                >,
                                                                            >,
                                                                        >,
                                                                    >,
                                                                >,
                                                            >,
                                                        >,
                                                    >,
                                                >,
                                            >,
                                        >,
                                    >,
                                >,
                            >,
                        >,
                    >,
                >,
            >,
        >,
    >,
>;
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Default {
    #[serde(default, skip_serializing_if = "absent")]
    pub option: ::std::option::Option<Option>,
    #[serde(default, skip_serializing_if = "absent")]
    pub debug: ::std::option::Option<Debug>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Deserialize {
    #[serde(rename = "a")]
    A,
    #[serde(rename = "b")]
    B,
    /// A value this version of the spec does not list (a newer server may send one).
    #[serde(untagged)]
    Other(::std::string::String),
}
super::runtime::enums::wire_names!(Deserialize, Other; A("a"), B("b"));
#[cfg(feature = "shapes")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Digits {
    #[serde(rename = "٣", default, skip_serializing_if = "absent")]
    pub f٣: ::std::option::Option<::std::string::String>,
    #[serde(rename = "١x", default, skip_serializing_if = "absent")]
    pub f١x: ::std::option::Option<i64>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
/// First line.
/// A bare CR:
/// then text.
///
/// ```text
/// assert!(false, "spec text ran as a doctest");
/// ```
///
/// ```text
/// assert!(false, "spec text ran as a doctest");
/// ```
///
/// ```text
/// assert!(false, "indented spec text ran as a doctest");
/// ```
#[cfg(feature = "shapes")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Documented {
    #[serde(default, skip_serializing_if = "absent")]
    pub x: ::std::option::Option<::std::string::String>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[cfg(any(feature = "pets", feature = "shapes"))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Dog {
    pub pet_type: ::std::string::String,
    #[serde(default, skip_serializing_if = "absent")]
    pub good: ::std::option::Option<bool>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[cfg(feature = "pets")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Filter {
    #[serde(default, skip_serializing_if = "absent")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "absent")]
    pub created: ::std::option::Option<FilterCreated>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[cfg(feature = "pets")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct FilterCreated {
    #[serde(default, skip_serializing_if = "absent")]
    pub gte: ::std::option::Option<i64>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
/// An array of itself.
#[cfg(feature = "shapes")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(transparent)]
pub struct Forest(pub ::std::vec::Vec<Forest>);
/// The documented error answers of `getPetTag` (GET /pets/{petId}/tags/{tag}).
#[cfg(feature = "pets")]
#[derive(Debug, Clone, PartialEq)]
pub enum GetPetTagError {
    /// `404`
    NotFound(::std::string::String),
    /// `default`
    Default(Problem),
}
/// Optional parameters of `getPetTag` (GET /pets/{petId}/tags/{tag}); all `None` by default.
#[cfg(feature = "pets")]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetPetTagParams {
    /// `limit` (query)
    pub limit: ::std::option::Option<i32>,
    /// `kinds` (query)
    pub kinds: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `filter` (query)
    pub filter: ::std::option::Option<Filter>,
}
/// The documented successful answers of `getPetTag` (GET /pets/{petId}/tags/{tag}).
#[cfg(feature = "pets")]
#[derive(Debug, Clone, PartialEq)]
pub enum GetPetTagResponse {
    /// `200`
    Ok(Pet),
    /// `204`
    NoContent,
}
/// Defined only as itself (SF023, a value).
#[cfg(feature = "shapes")]
pub type Itself = ::serde_json::Value;
/// A JSON value tree, a map of itself.
#[cfg(feature = "shapes")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(transparent)]
pub struct Json(pub ::std::collections::BTreeMap<::std::string::String, Json>);
/// The date or timestamp layout `%d/%m/%Y` (not RFC 3339), as the spec fixes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LayoutDmY;
impl super::runtime::Layout for LayoutDmY {
    const FORMAT: &'static str = "%d/%m/%Y";
}
/// The date or timestamp layout `%Y%m%d` (not RFC 3339), as the spec fixes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LayoutYmd;
impl super::runtime::Layout for LayoutYmd {
    const FORMAT: &'static str = "%Y%m%d";
}
#[cfg(feature = "shapes")]
pub type MaybeOwner = Owner;
#[cfg(feature = "shapes")]
#[derive(Debug, Clone, PartialEq)]
pub struct Mixed(
    pub ::std::option::Option<::std::string::String>,
    pub ::std::option::Option<bool>,
    pub ::std::vec::Vec<::serde_json::Value>,
);
#[cfg(feature = "shapes")]
impl ::serde::Serialize for Mixed {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeSeq as _;
        let mut seq = serializer.serialize_seq(::std::option::Option::None)?;
        'items: {
            let ::std::option::Option::Some(x) = &self.0 else { break 'items };
            seq.serialize_element(x)?;
            let ::std::option::Option::Some(x) = &self.1 else { break 'items };
            seq.serialize_element(x)?;
            for x in &self.2 {
                seq.serialize_element(x)?;
            }
        }
        seq.end()
    }
}
#[cfg(feature = "shapes")]
impl<'de> ::serde::Deserialize<'de> for Mixed {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let items = <::std::vec::Vec<
            ::serde_json::Value,
        > as ::serde::Deserialize>::deserialize(deserializer)?;
        let mut items = items.into_iter();
        let e0 = super::runtime::tuple::optional(&mut items, 0usize)?;
        let e1 = super::runtime::tuple::optional(&mut items, 1usize)?;
        let rest = super::runtime::tuple::rest(items, 2usize)?;
        ::std::result::Result::Ok(Mixed(e0, e1, rest))
    }
}
#[cfg(feature = "shapes")]
pub type Name = ::std::string::String;
#[cfg(feature = "pets")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct NewPet {
    pub name: ::std::string::String,
    /// a keyword as a property name
    #[serde(rename = "type", default, skip_serializing_if = "absent")]
    pub type_: ::std::option::Option<::std::string::String>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[cfg(feature = "tree")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Node {
    #[serde(default, skip_serializing_if = "absent")]
    pub value: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "absent")]
    pub children: ::std::option::Option<::std::vec::Vec<Node>>,
    #[serde(default, skip_serializing_if = "absent")]
    pub parent: ::std::option::Option<::std::boxed::Box<Node>>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
/// collides with Node after case conversion
///
/// Schema `node` in the spec.
pub type Node2 = ::std::string::String;
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Nullable {
    #[serde(rename = "x")]
    X,
    #[serde(rename = "y")]
    Y,
    /// A value this version of the spec does not list (a newer server may send one).
    #[serde(untagged)]
    Other(::std::string::String),
}
super::runtime::enums::wire_names!(Nullable, Other; X("x"), Y("y"));
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Option {
    pub value: ::std::string::String,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[cfg(feature = "shapes")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Outcome {
    #[serde(rename = "ok")]
    Ok,
    #[serde(rename = "err")]
    Err,
    #[serde(rename = "Err")]
    Err2,
    /// A value this version of the spec does not list (a newer server may send one).
    #[serde(untagged)]
    Other(::std::string::String),
}
#[cfg(feature = "shapes")]
super::runtime::enums::wire_names!(Outcome, Other; Ok("ok"), Err("err"), Err2("Err"));
#[cfg(any(feature = "pets", feature = "shapes"))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Owner {
    #[serde(default, skip_serializing_if = "absent")]
    pub name: ::std::option::Option<::std::string::String>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[cfg(any(feature = "pets", feature = "shapes"))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pet {
    pub id: i64,
    #[serde(rename = "type", default, skip_serializing_if = "absent")]
    pub type_: ::std::option::Option<::std::string::String>,
    #[serde(rename = "$ref", default, skip_serializing_if = "absent")]
    pub ref_: ::std::option::Option<::std::string::String>,
    #[serde(rename = "self", default, skip_serializing_if = "absent")]
    pub self_: ::std::option::Option<::std::string::String>,
    #[serde(rename = "123abc", default, skip_serializing_if = "absent")]
    pub f123abc: ::std::option::Option<::std::string::String>,
    #[serde(rename = "foo-bar", default, skip_serializing_if = "absent")]
    pub foo_bar: ::std::option::Option<::std::string::String>,
    pub shape: PetShape,
    #[serde(default, skip_serializing_if = "absent")]
    pub label: ::std::option::Option<PetLabel>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "absent")]
    pub owner: ::std::option::Option<super::runtime::Nullable<Owner>>,
    /// specforge: an RFC 3339 date-time; the UTC offset is kept.
    #[serde(default, skip_serializing_if = "absent")]
    pub born: ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[cfg(any(feature = "pets", feature = "shapes"))]
impl Pet {
    /// A value of the required fields, every optional field absent: code that builds
    /// it this way keeps compiling when the API adds an optional field.
    pub fn new(id: i64, shape: PetShape) -> Self {
        Self {
            id,
            type_: ::std::default::Default::default(),
            ref_: ::std::default::Default::default(),
            self_: ::std::default::Default::default(),
            f123abc: ::std::default::Default::default(),
            foo_bar: ::std::default::Default::default(),
            shape,
            label: ::std::default::Default::default(),
            owner: ::std::default::Default::default(),
            born: ::std::default::Default::default(),
            additional_properties: ::std::default::Default::default(),
        }
    }
}
#[cfg(any(feature = "pets", feature = "shapes"))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum PetLabel {
    String(::std::string::String),
    Integer(i64),
    /// A value this version of the spec does not describe (a newer server may send one).
    Other(::serde_json::Value),
}
/// Selected by the `pet_type` property.
#[cfg(any(feature = "pets", feature = "shapes"))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum PetShape {
    Cat(Cat),
    Dog(Dog),
    /// A value this version of the spec does not describe (a newer server may send one).
    Other(::serde_json::Value),
}
#[cfg(any(feature = "pets", feature = "shapes"))]
impl<'de> ::serde::Deserialize<'de> for PetShape {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let tag = value
            .get("pet_type")
            .and_then(::serde_json::Value::as_str)
            .map(::std::string::String::from);
        match tag.as_deref() {
            ::std::option::Option::Some("cat") => {
                ::serde_json::from_value(value)
                    .map(PetShape::Cat)
                    .map_err(::serde::de::Error::custom)
            }
            ::std::option::Option::Some("dog") => {
                ::serde_json::from_value(value)
                    .map(PetShape::Dog)
                    .map_err(::serde::de::Error::custom)
            }
            _ => ::std::result::Result::Ok(PetShape::Other(value)),
        }
    }
}
pub type Ping = ::serde_json::Value;
#[cfg(feature = "shapes")]
pub type Point = (f64, f64);
pub type Pong = Ping;
#[cfg(feature = "pets")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Problem {
    #[serde(default, skip_serializing_if = "absent")]
    pub title: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "absent")]
    pub status: ::std::option::Option<i64>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Purchase {
    /// The purchase date, format YYYYMMDD.
    ///
    /// specforge: a date in the layout `YYYYMMDD`, not RFC 3339 (see lint SF111); read and written in exactly that layout.
    #[serde(rename = "purchaseDate")]
    pub purchase_date: super::runtime::LayoutDate<LayoutYmd>,
    /// specforge: a date in the layout `DD/MM/YYYY`, not RFC 3339 (see lint SF111); read and written in exactly that layout.
    #[serde(rename = "settledDate", default, skip_serializing_if = "absent")]
    pub settled_date: ::std::option::Option<super::runtime::LayoutDate<LayoutDmY>>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[cfg(feature = "shapes")]
pub type Scopes = super::runtime::DelimitedSet<::std::string::String, ' '>;
/// Schema `Self` in the spec.
#[cfg(feature = "shapes")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct SelfType {
    #[serde(rename = "self", default, skip_serializing_if = "absent")]
    pub self_: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Self", default, skip_serializing_if = "absent")]
    pub self_2: ::std::option::Option<::std::string::String>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
/// Schema `self` in the spec.
pub type SelfType2 = ::std::string::String;
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Serialize {
    #[serde(default, skip_serializing_if = "absent")]
    pub with: ::std::option::Option<Deserialize>,
    #[serde(default, skip_serializing_if = "absent")]
    pub default: ::std::option::Option<Default>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[cfg(feature = "shapes")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Settings {
    #[serde(default, skip_serializing_if = "absent")]
    pub name: ::std::option::Option<::std::string::String>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::std::string::String,
    >,
}
#[cfg(feature = "shapes")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Shapes {
    /// A JSON value tree, a map of itself.
    #[serde(default, skip_serializing_if = "absent")]
    pub json: ::std::option::Option<Json>,
    /// An array of itself.
    #[serde(default, skip_serializing_if = "absent")]
    pub forest: ::std::option::Option<Forest>,
    /// Defined only as itself (SF023, a value).
    #[serde(default, skip_serializing_if = "absent")]
    pub itself: ::std::option::Option<Itself>,
    #[serde(default, skip_serializing_if = "absent")]
    pub ping: ::std::option::Option<Ping>,
    #[serde(default, skip_serializing_if = "absent")]
    pub count: ::std::option::Option<Count>,
    #[serde(default, skip_serializing_if = "absent")]
    pub name: ::std::option::Option<Name>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "absent")]
    pub maybe_owner: ::std::option::Option<super::runtime::Nullable<MaybeOwner>>,
    #[serde(default, skip_serializing_if = "absent")]
    pub point: ::std::option::Option<Point>,
    #[serde(default, skip_serializing_if = "absent")]
    pub mixed: ::std::option::Option<Mixed>,
    #[serde(default, skip_serializing_if = "absent")]
    pub account: ::std::option::Option<Account>,
    /// specforge: the spec types this as one enum value, but it holds several members joined by ` ` (see lint SF101), so it is a set.
    #[serde(default, skip_serializing_if = "absent")]
    pub scopes: ::std::option::Option<Scopes>,
    #[serde(default, skip_serializing_if = "absent")]
    pub outcome: ::std::option::Option<Outcome>,
    /// a request struct with a required union: built with Pet::new
    #[serde(default, skip_serializing_if = "absent")]
    pub pet: ::std::option::Option<Pet>,
    #[serde(default, skip_serializing_if = "absent")]
    pub self_type: ::std::option::Option<SelfType>,
    #[serde(default, skip_serializing_if = "absent")]
    pub digits: ::std::option::Option<Digits>,
    /// First line.
    /// A bare CR:
    /// then text.
    ///
    /// ```text
    /// assert!(false, "spec text ran as a doctest");
    /// ```
    ///
    /// ```text
    /// assert!(false, "spec text ran as a doctest");
    /// ```
    ///
    /// ```text
    /// assert!(false, "indented spec text ran as a doctest");
    /// ```
    #[serde(default, skip_serializing_if = "absent")]
    pub documented: ::std::option::Option<Documented>,
    #[serde(default, skip_serializing_if = "absent")]
    pub deep: ::std::option::Option<Deep>,
    #[serde(default, skip_serializing_if = "absent")]
    pub either: ::std::option::Option<ShapesEither>,
    #[serde(default, skip_serializing_if = "absent")]
    pub settings: ::std::option::Option<Settings>,
    #[serde(default, skip_serializing_if = "absent")]
    pub constant: ::std::option::Option<f64>,
    #[serde(default, skip_serializing_if = "absent")]
    pub anything: ::std::option::Option<::serde_json::Value>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[cfg(feature = "shapes")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ShapesEither {
    Integer(i64),
    String(::std::string::String),
}
/// Schema `Shapes` in the spec.
#[cfg(feature = "shapes")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ShapesRequest {
    /// A JSON value tree, a map of itself.
    #[serde(default, skip_serializing_if = "absent")]
    pub json: ::std::option::Option<Json>,
    /// An array of itself.
    #[serde(default, skip_serializing_if = "absent")]
    pub forest: ::std::option::Option<Forest>,
    /// Defined only as itself (SF023, a value).
    #[serde(default, skip_serializing_if = "absent")]
    pub itself: ::std::option::Option<Itself>,
    #[serde(default, skip_serializing_if = "absent")]
    pub ping: ::std::option::Option<Ping>,
    #[serde(default, skip_serializing_if = "absent")]
    pub count: ::std::option::Option<Count>,
    #[serde(default, skip_serializing_if = "absent")]
    pub name: ::std::option::Option<Name>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "absent")]
    pub maybe_owner: ::std::option::Option<super::runtime::Nullable<MaybeOwner>>,
    #[serde(default, skip_serializing_if = "absent")]
    pub point: ::std::option::Option<Point>,
    #[serde(default, skip_serializing_if = "absent")]
    pub mixed: ::std::option::Option<Mixed>,
    #[serde(default, skip_serializing_if = "absent")]
    pub account: ::std::option::Option<AccountRequest>,
    /// specforge: the spec types this as one enum value, but it holds several members joined by ` ` (see lint SF101), so it is a set.
    #[serde(default, skip_serializing_if = "absent")]
    pub scopes: ::std::option::Option<Scopes>,
    #[serde(default, skip_serializing_if = "absent")]
    pub outcome: ::std::option::Option<Outcome>,
    /// a request struct with a required union: built with Pet::new
    #[serde(default, skip_serializing_if = "absent")]
    pub pet: ::std::option::Option<Pet>,
    #[serde(default, skip_serializing_if = "absent")]
    pub self_type: ::std::option::Option<SelfType>,
    #[serde(default, skip_serializing_if = "absent")]
    pub digits: ::std::option::Option<Digits>,
    /// First line.
    /// A bare CR:
    /// then text.
    ///
    /// ```text
    /// assert!(false, "spec text ran as a doctest");
    /// ```
    ///
    /// ```text
    /// assert!(false, "spec text ran as a doctest");
    /// ```
    ///
    /// ```text
    /// assert!(false, "indented spec text ran as a doctest");
    /// ```
    #[serde(default, skip_serializing_if = "absent")]
    pub documented: ::std::option::Option<Documented>,
    #[serde(default, skip_serializing_if = "absent")]
    pub deep: ::std::option::Option<Deep>,
    #[serde(default, skip_serializing_if = "absent")]
    pub either: ::std::option::Option<ShapesEither>,
    #[serde(default, skip_serializing_if = "absent")]
    pub settings: ::std::option::Option<Settings>,
    #[serde(default, skip_serializing_if = "absent")]
    pub constant: ::std::option::Option<f64>,
    #[serde(default, skip_serializing_if = "absent")]
    pub anything: ::std::option::Option<::serde_json::Value>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum String {
    #[serde(rename = "s")]
    S,
    /// A value this version of the spec does not list (a newer server may send one).
    #[serde(untagged)]
    Other(::std::string::String),
}
super::runtime::enums::wire_names!(String, Other; S("s"));
/// A `multipart/form-data` body: each field is one part, or one per file.
#[cfg(feature = "pets")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UploadPetPhotosForm {
    /// `photo` (a file): The main photo.
    pub photo: super::runtime::FilePart,
    /// `extra` (files, a part each).
    pub extra: ::std::option::Option<::std::vec::Vec<super::runtime::FilePart>>,
    /// `scans` (files, a part each).
    pub scans: ::std::option::Option<::std::vec::Vec<super::runtime::FilePart>>,
    /// `thumbnail` (a file).
    pub thumbnail: ::std::option::Option<super::runtime::FilePart>,
    /// `caption`.
    pub caption: ::std::string::String,
    /// `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `meta`.
    pub meta: ::std::option::Option<UploadPetPhotosRequestMeta>,
    /// `type`.
    pub type_: ::std::option::Option<UploadPetPhotosRequestType>,
}
#[cfg(feature = "pets")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct UploadPetPhotosRequestMeta {
    #[serde(default, skip_serializing_if = "absent")]
    pub width: ::std::option::Option<i64>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[cfg(feature = "pets")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum UploadPetPhotosRequestType {
    #[serde(rename = "portrait")]
    Portrait,
    #[serde(rename = "landscape")]
    Landscape,
    /// A value this version of the spec does not list (a newer server may send one).
    #[serde(untagged)]
    Other(::std::string::String),
}
#[cfg(feature = "pets")]
super::runtime::enums::wire_names!(
    UploadPetPhotosRequestType, Other; Portrait("portrait"), Landscape("landscape")
);
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Value {
    #[serde(default, skip_serializing_if = "absent")]
    pub nullable: ::std::option::Option<Nullable>,
    #[serde(default, skip_serializing_if = "absent")]
    pub map: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, BTreeMap>,
    >,
    #[serde(default, skip_serializing_if = "absent")]
    pub list: ::std::option::Option<::std::vec::Vec<Vec>>,
    #[serde(default, skip_serializing_if = "absent")]
    pub anything: ::std::option::Option<::serde_json::Value>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "absent")]
    pub cleared: ::std::option::Option<super::runtime::Nullable<::std::string::String>>,
    #[serde(default, skip_serializing_if = "absent")]
    pub bytes: ::std::option::Option<::std::string::String>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
pub type Vec = i64;
