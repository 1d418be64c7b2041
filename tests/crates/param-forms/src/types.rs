//! Types of Param Forms 1.0.0, one per schema that needs one.
#[allow(unused_imports)]
use super::runtime::prelude::*;
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Color {
    #[serde(rename = "R")]
    pub r: i64,
    #[serde(rename = "G")]
    pub g: String,
    #[serde(rename = "B")]
    pub b: String,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: BTreeMap<String, Value>,
}
/// The values an operation received, under the names it took them by.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Echo {
    #[serde(default, skip_serializing_if = "absent")]
    pub p: Option<String>,
    #[serde(default, skip_serializing_if = "absent")]
    pub a: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "absent")]
    pub o: Option<Color>,
    #[serde(default, skip_serializing_if = "absent")]
    pub j: Option<Color>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: BTreeMap<String, Value>,
}
