//! Types of Kitchen Sink 1.0, one per schema that needs one.
#[derive(
    Debug,
    Clone,
    PartialEq,
    ::serde::Serialize,
    ::serde::Deserialize,
    ::std::default::Default
)]
pub struct Cat {
    pub pet_type: ::std::string::String,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lives: ::std::option::Option<i64>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
/// The documented successful answers of `createPet` (POST /pets).
#[derive(Debug, Clone, PartialEq)]
pub enum CreatePetResponse {
    /// `200`
    Ok(Pet),
    /// `201`
    Created(Pet),
}
#[derive(
    Debug,
    Clone,
    PartialEq,
    ::serde::Serialize,
    ::serde::Deserialize,
    ::std::default::Default
)]
pub struct Dog {
    pub pet_type: ::std::string::String,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub good: ::std::option::Option<bool>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[derive(
    Debug,
    Clone,
    PartialEq,
    ::serde::Serialize,
    ::serde::Deserialize,
    ::std::default::Default
)]
pub struct Filter {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created: ::std::option::Option<FilterCreated>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[derive(
    Debug,
    Clone,
    PartialEq,
    ::serde::Serialize,
    ::serde::Deserialize,
    ::std::default::Default
)]
pub struct FilterCreated {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gte: ::std::option::Option<i64>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
/// The documented error answers of `getPetTag` (GET /pets/{petId}/tags/{tag}).
#[derive(Debug, Clone, PartialEq)]
pub enum GetPetTagError {
    /// `404`
    NotFound(::std::string::String),
    /// `default`
    Default(Problem),
}
/// Optional parameters of `getPetTag` (GET /pets/{petId}/tags/{tag}); all `None` by default.
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
#[derive(Debug, Clone, PartialEq)]
pub enum GetPetTagResponse {
    /// `200`
    Ok(Pet),
    /// `204`
    NoContent,
}
#[derive(
    Debug,
    Clone,
    PartialEq,
    ::serde::Serialize,
    ::serde::Deserialize,
    ::std::default::Default
)]
pub struct NewPet {
    pub name: ::std::string::String,
    /// a keyword as a property name
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub type_: ::std::option::Option<::std::string::String>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[derive(
    Debug,
    Clone,
    PartialEq,
    ::serde::Serialize,
    ::serde::Deserialize,
    ::std::default::Default
)]
pub struct Node {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub children: ::std::option::Option<::std::vec::Vec<Node>>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
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
#[derive(
    Debug,
    Clone,
    PartialEq,
    ::serde::Serialize,
    ::serde::Deserialize,
    ::std::default::Default
)]
pub struct Owner {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Pet {
    pub id: i64,
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub type_: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "$ref",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ref_: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "self",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub self_: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "123abc",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub f123abc: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "foo-bar",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub foo_bar: ::std::option::Option<::std::string::String>,
    pub shape: PetShape,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub label: ::std::option::Option<PetLabel>,
    #[serde(
        default,
        deserialize_with = "super::runtime::nullable::present",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub owner: ::std::option::Option<super::runtime::Nullable<Owner>>,
    /// specforge: an RFC 3339 date-time; the UTC offset is kept.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub born: ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum PetLabel {
    String(::std::string::String),
    Integer(i64),
    /// A value this version of the spec does not describe (a newer server may send one).
    Other(::serde_json::Value),
}
/// Selected by the `pet_type` property.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum PetShape {
    Cat(Cat),
    Dog(Dog),
    /// A value this version of the spec does not describe (a newer server may send one).
    Other(::serde_json::Value),
}
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
#[derive(
    Debug,
    Clone,
    PartialEq,
    ::serde::Serialize,
    ::serde::Deserialize,
    ::std::default::Default
)]
pub struct Problem {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<i64>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
