//! Types of Tyk Developer Portal (3.2) 1.14.0, one per schema that needs one.
#[allow(unused_imports)]
use super::runtime::derives::*;
/// A server-sent event, as OpenAPI 3.2 models one
#[cfg(feature = "products")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct AuditEvent {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event: ::std::option::Option<AuditEventEvent>,
    pub data: ::std::string::String,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub retry: ::std::option::Option<i64>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
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
    Other(::std::string::String),
}
#[cfg(feature = "products")]
impl ::std::fmt::Display for AuditEventEvent {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(
            match self {
                AuditEventEvent::Created => "created",
                AuditEventEvent::Published => "published",
                AuditEventEvent::Archived => "archived",
                AuditEventEvent::Other(s) => s,
            },
        )
    }
}
#[cfg(feature = "products")]
impl ::std::str::FromStr for AuditEventEvent {
    type Err = ::std::convert::Infallible;
    fn from_str(s: &str) -> ::std::result::Result<Self, ::std::convert::Infallible> {
        ::std::result::Result::Ok(
            match s {
                "created" => AuditEventEvent::Created,
                "published" => AuditEventEvent::Published,
                "archived" => AuditEventEvent::Archived,
                other => AuditEventEvent::Other(other.to_string()),
            },
        )
    }
}
/// An application's credential; one without a known `Kind` is an API key
///
/// Selected by the `Kind` property.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Credential {
    KeyCredential(KeyCredential),
    OAuthCredential(OAuthCredential),
    /// A value this version of the spec does not describe (a newer server may send one).
    Other(::serde_json::Value),
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
    pub where_: ::std::option::Option<ExportProductsWhere>,
}
#[cfg(feature = "products")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ExportProductsWhere {
    #[serde(
        rename = "State",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state: ::std::option::Option<ExportProductsWhereState>,
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
    Other(::std::string::String),
}
#[cfg(feature = "products")]
impl ::std::fmt::Display for ExportProductsWhereState {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(
            match self {
                ExportProductsWhereState::Draft => "draft",
                ExportProductsWhereState::Published => "published",
                ExportProductsWhereState::Retired => "retired",
                ExportProductsWhereState::Other(s) => s,
            },
        )
    }
}
#[cfg(feature = "products")]
impl ::std::str::FromStr for ExportProductsWhereState {
    type Err = ::std::convert::Infallible;
    fn from_str(s: &str) -> ::std::result::Result<Self, ::std::convert::Infallible> {
        ::std::result::Result::Ok(
            match s {
                "draft" => ExportProductsWhereState::Draft,
                "published" => ExportProductsWhereState::Published,
                "retired" => ExportProductsWhereState::Retired,
                other => ExportProductsWhereState::Other(other.to_string()),
            },
        )
    }
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct KeyCredential {
    #[serde(
        rename = "Kind",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kind: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Key")]
    pub key: ::std::string::String,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
/// Optional parameters of `list-products` (GET /products); all `None` by default.
#[cfg(feature = "products")]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListProductsParams {
    /// `filter` (querystring): The whole query string, as a form
    pub filter: ::std::option::Option<ProductFilter>,
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct OAuthCredential {
    #[serde(
        rename = "Kind",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kind: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ClientID")]
    pub client_id: ::std::string::String,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[cfg(feature = "client-types")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct OnlyErrors {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub errors: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[cfg(feature = "products")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Product {
    #[serde(rename = "ID")]
    pub id: i64,
    #[serde(rename = "Name")]
    pub name: ::std::string::String,
    #[serde(
        rename = "State",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state: ::std::option::Option<ProductFilterState>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[cfg(feature = "client-types")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ProductClientTypeAttach {
    /// UID of this client type
    #[serde(
        rename = "ID",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<i64>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[cfg(feature = "client-types")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ProductClientTypeResponse {
    #[serde(
        rename = "ID",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<i64>,
    #[serde(
        rename = "Name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[cfg(feature = "products")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ProductFilter {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub page: ::std::option::Option<i64>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub per_page: ::std::option::Option<i64>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<ProductFilterState>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
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
    Other(::std::string::String),
}
#[cfg(feature = "products")]
impl ::std::fmt::Display for ProductFilterState {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(
            match self {
                ProductFilterState::Draft => "draft",
                ProductFilterState::Published => "published",
                ProductFilterState::Other(s) => s,
            },
        )
    }
}
#[cfg(feature = "products")]
impl ::std::str::FromStr for ProductFilterState {
    type Err = ::std::convert::Infallible;
    fn from_str(s: &str) -> ::std::result::Result<Self, ::std::convert::Infallible> {
        ::std::result::Result::Ok(
            match s {
                "draft" => ProductFilterState::Draft,
                "published" => ProductFilterState::Published,
                other => ProductFilterState::Other(other.to_string()),
            },
        )
    }
}
#[cfg(feature = "products")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ProductSearch {
    #[serde(rename = "NameContains")]
    pub name_contains: ::std::string::String,
    #[serde(
        rename = "Limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i64>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
