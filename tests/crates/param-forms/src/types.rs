//! Types of Param Forms 1.0.0, one per schema that needs one.
#[allow(unused_imports)]
use super::runtime::derives::*;
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Color {
    #[serde(rename = "R")]
    pub r: i64,
    #[serde(rename = "G")]
    pub g: ::std::string::String,
    #[serde(rename = "B")]
    pub b: ::std::string::String,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
/// The values an operation received, under the names it took them by.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Echo {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub p: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub a: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub o: ::std::option::Option<Color>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub j: ::std::option::Option<Color>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
