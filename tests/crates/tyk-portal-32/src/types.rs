//! Types of Tyk Developer Portal (3.2) 1.14.0, one per schema that needs one.
#[allow(unused_imports)]
use super::runtime::prelude::*;
/// A server-sent event, as OpenAPI 3.2 models one
#[cfg(feature = "products")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct AuditEvent {
    #[serde(default, skip_serializing_if = "absent")]
    pub event: Option<AuditEventEvent>,
    pub data: String,
    #[serde(default, skip_serializing_if = "absent")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "absent")]
    pub retry: Option<i64>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: BTreeMap<String, Value>,
}
#[cfg(feature = "products")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AuditEventEvent {
    #[serde(rename = "created")]
    Created,
    #[serde(rename = "published")]
    Published,
    #[serde(rename = "archived")]
    Archived,
    /// A value this version of the spec does not list (a newer server may send one).
    #[serde(untagged)]
    Other(String),
}
#[cfg(feature = "products")]
super::runtime::enums::wire_names!(
    AuditEventEvent, Other; Created("created"), Published("published"),
    Archived("archived")
);
/// An application's credential; one without a known `Kind` is an API key
///
/// Selected by the `Kind` property.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Credential {
    KeyCredential(KeyCredential),
    OAuthCredential(OAuthCredential),
    /// A value this version of the spec does not describe (a newer server may send one).
    Other(Value),
}
impl<'de> ::serde::Deserialize<'de> for Credential {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let tag = value
            .get("Kind")
            .and_then(::serde_json::Value::as_str)
            .map(::std::string::String::from);
        match tag.as_deref() {
            ::std::option::Option::Some("key") => {
                ::serde_json::from_value(value)
                    .map(Credential::KeyCredential)
                    .map_err(::serde::de::Error::custom)
            }
            ::std::option::Option::Some("oauth") => {
                ::serde_json::from_value(value)
                    .map(Credential::OAuthCredential)
                    .map_err(::serde::de::Error::custom)
            }
            _ => {
                ::serde_json::from_value(value)
                    .map(Credential::KeyCredential)
                    .map_err(::serde::de::Error::custom)
            }
        }
    }
}
/// Optional parameters of `export-products` (GET /products/export); all `None` by default.
#[cfg(feature = "products")]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExportProductsParams {
    /// `where` (query): Which products, as JSON (`?where={"State":"draft"}`)
    pub where_: Option<ExportProductsWhere>,
}
#[cfg(feature = "products")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ExportProductsWhere {
    #[serde(rename = "State", default, skip_serializing_if = "absent")]
    pub state: Option<ExportProductsWhereState>,
}
#[cfg(feature = "products")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ExportProductsWhereState {
    #[serde(rename = "draft")]
    Draft,
    #[serde(rename = "published")]
    Published,
    #[serde(rename = "retired")]
    Retired,
    /// A value this version of the spec does not list (a newer server may send one).
    #[serde(untagged)]
    Other(String),
}
#[cfg(feature = "products")]
super::runtime::enums::wire_names!(
    ExportProductsWhereState, Other; Draft("draft"), Published("published"),
    Retired("retired")
);
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct KeyCredential {
    #[serde(rename = "Kind", default, skip_serializing_if = "absent")]
    pub kind: Option<String>,
    #[serde(rename = "Key")]
    pub key: String,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: BTreeMap<String, Value>,
}
/// Optional parameters of `list-products` (GET /products); all `None` by default.
#[cfg(feature = "products")]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListProductsParams {
    /// `filter` (querystring): The whole query string, as a form
    pub filter: Option<ProductFilter>,
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct OAuthCredential {
    #[serde(rename = "Kind", default, skip_serializing_if = "absent")]
    pub kind: Option<String>,
    #[serde(rename = "ClientID")]
    pub client_id: String,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: BTreeMap<String, Value>,
}
#[cfg(feature = "client-types")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct OnlyErrors {
    #[serde(default, skip_serializing_if = "absent")]
    pub errors: Option<Vec<String>>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: BTreeMap<String, Value>,
}
#[cfg(feature = "products")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Product {
    #[serde(rename = "ID")]
    pub id: i64,
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "State", default, skip_serializing_if = "absent")]
    pub state: Option<ProductFilterState>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: BTreeMap<String, Value>,
}
#[cfg(feature = "client-types")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ProductClientTypeAttach {
    /// UID of this client type
    #[serde(rename = "ID", default, skip_serializing_if = "absent")]
    pub id: Option<i64>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: BTreeMap<String, Value>,
}
#[cfg(feature = "client-types")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ProductClientTypeResponse {
    #[serde(rename = "ID", default, skip_serializing_if = "absent")]
    pub id: Option<i64>,
    #[serde(rename = "Name", default, skip_serializing_if = "absent")]
    pub name: Option<String>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: BTreeMap<String, Value>,
}
#[cfg(feature = "products")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ProductFilter {
    #[serde(default, skip_serializing_if = "absent")]
    pub page: Option<i64>,
    #[serde(default, skip_serializing_if = "absent")]
    pub per_page: Option<i64>,
    #[serde(default, skip_serializing_if = "absent")]
    pub state: Option<ProductFilterState>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: BTreeMap<String, Value>,
}
#[cfg(feature = "products")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ProductFilterState {
    #[serde(rename = "draft")]
    Draft,
    #[serde(rename = "published")]
    Published,
    /// A value this version of the spec does not list (a newer server may send one).
    #[serde(untagged)]
    Other(String),
}
#[cfg(feature = "products")]
super::runtime::enums::wire_names!(
    ProductFilterState, Other; Draft("draft"), Published("published")
);
#[cfg(feature = "products")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ProductSearch {
    #[serde(rename = "NameContains")]
    pub name_contains: String,
    #[serde(rename = "Limit", default, skip_serializing_if = "absent")]
    pub limit: Option<i64>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: BTreeMap<String, Value>,
}
