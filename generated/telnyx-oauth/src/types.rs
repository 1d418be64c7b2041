//! Types of Telnyx OAuth API 2.0.0, one per schema that needs one.
#[allow(unused_imports)]
use super::runtime::derives::*;
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct CreateOAuthClient201Response {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<OAuthClient>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OAuthClient {
    /// Record type identifier
    pub record_type: OAuthClientRecordType,
    /// OAuth client identifier
    pub client_id: ::std::string::String,
    /// Human-readable name for the OAuth client
    pub name: ::std::string::String,
    /// Organization ID that owns this OAuth client
    pub org_id: ::std::string::String,
    /// User ID that created this OAuth client
    pub user_id: ::std::string::String,
    /// List of allowed OAuth scopes
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub allowed_scopes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// OAuth client type
    pub client_type: OAuthClientCreateRequestClientType,
    /// Whether PKCE (Proof Key for Code Exchange) is required for this client
    pub require_pkce: bool,
    /// List of allowed OAuth grant types
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub allowed_grant_types: ::std::option::Option<
        ::std::vec::Vec<OAuthClientCreateRequestAllowedGrantTypesItem>,
    >,
    /// List of allowed redirect URIs
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub redirect_uris: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// URL of the client logo
    #[serde(
        default,
        deserialize_with = "super::runtime::nullable::present",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub logo_uri: ::std::option::Option<super::runtime::Nullable<::std::string::String>>,
    /// URL of the client's terms of service
    #[serde(
        default,
        deserialize_with = "super::runtime::nullable::present",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tos_uri: ::std::option::Option<super::runtime::Nullable<::std::string::String>>,
    /// URL of the client's privacy policy
    #[serde(
        default,
        deserialize_with = "super::runtime::nullable::present",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub policy_uri: ::std::option::Option<
        super::runtime::Nullable<::std::string::String>,
    >,
    /// Client secret (only included when available, for confidential clients)
    #[serde(
        default,
        deserialize_with = "super::runtime::nullable::present",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_secret: ::std::option::Option<
        super::runtime::Nullable<::std::string::String>,
    >,
    /// Timestamp when the client was created
    ///
    /// specforge: an RFC 3339 date-time; the UTC offset is kept.
    pub created_at: ::chrono::DateTime<::chrono::FixedOffset>,
    /// Timestamp when the client was last updated
    ///
    /// specforge: an RFC 3339 date-time; the UTC offset is kept.
    pub updated_at: ::chrono::DateTime<::chrono::FixedOffset>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OAuthClientCreateRequest {
    /// The name of the OAuth client
    pub name: ::std::string::String,
    /// List of allowed OAuth scopes
    pub allowed_scopes: ::std::vec::Vec<::std::string::String>,
    /// OAuth client type
    pub client_type: OAuthClientCreateRequestClientType,
    /// Whether PKCE (Proof Key for Code Exchange) is required for this client
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub require_pkce: ::std::option::Option<bool>,
    /// List of allowed OAuth grant types
    pub allowed_grant_types: ::std::vec::Vec<
        OAuthClientCreateRequestAllowedGrantTypesItem,
    >,
    /// List of redirect URIs (required for authorization_code flow)
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub redirect_uris: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// URL of the client logo
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub logo_uri: ::std::option::Option<::std::string::String>,
    /// URL of the client's privacy policy
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_uri: ::std::option::Option<::std::string::String>,
    /// URL of the client's terms of service
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tos_uri: ::std::option::Option<::std::string::String>,
}
impl OAuthClientCreateRequest {
    /// A value of the required fields, every optional field absent: code that builds
    /// it this way keeps compiling when the API adds an optional field.
    pub fn new(
        name: ::std::string::String,
        allowed_scopes: ::std::vec::Vec<::std::string::String>,
        client_type: OAuthClientCreateRequestClientType,
        allowed_grant_types: ::std::vec::Vec<
            OAuthClientCreateRequestAllowedGrantTypesItem,
        >,
    ) -> Self {
        Self {
            name,
            allowed_scopes,
            client_type,
            require_pkce: ::std::default::Default::default(),
            allowed_grant_types,
            redirect_uris: ::std::default::Default::default(),
            logo_uri: ::std::default::Default::default(),
            policy_uri: ::std::default::Default::default(),
            tos_uri: ::std::default::Default::default(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OAuthClientCreateRequestAllowedGrantTypesItem {
    #[serde(rename = "client_credentials")]
    ClientCredentials,
    #[serde(rename = "authorization_code")]
    AuthorizationCode,
    #[serde(rename = "refresh_token")]
    RefreshToken,
    /// A value this version of the spec does not list (a newer server may send one).
    #[serde(untagged)]
    Other(::std::string::String),
}
impl ::std::fmt::Display for OAuthClientCreateRequestAllowedGrantTypesItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(
            match self {
                OAuthClientCreateRequestAllowedGrantTypesItem::ClientCredentials => {
                    "client_credentials"
                }
                OAuthClientCreateRequestAllowedGrantTypesItem::AuthorizationCode => {
                    "authorization_code"
                }
                OAuthClientCreateRequestAllowedGrantTypesItem::RefreshToken => {
                    "refresh_token"
                }
                OAuthClientCreateRequestAllowedGrantTypesItem::Other(s) => s,
            },
        )
    }
}
impl ::std::str::FromStr for OAuthClientCreateRequestAllowedGrantTypesItem {
    type Err = ::std::convert::Infallible;
    fn from_str(s: &str) -> ::std::result::Result<Self, ::std::convert::Infallible> {
        ::std::result::Result::Ok(
            match s {
                "client_credentials" => {
                    OAuthClientCreateRequestAllowedGrantTypesItem::ClientCredentials
                }
                "authorization_code" => {
                    OAuthClientCreateRequestAllowedGrantTypesItem::AuthorizationCode
                }
                "refresh_token" => {
                    OAuthClientCreateRequestAllowedGrantTypesItem::RefreshToken
                }
                other => {
                    OAuthClientCreateRequestAllowedGrantTypesItem::Other(
                        other.to_string(),
                    )
                }
            },
        )
    }
}
/// OAuth client type
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OAuthClientCreateRequestClientType {
    #[serde(rename = "public")]
    Public,
    #[serde(rename = "confidential")]
    Confidential,
    /// A value this version of the spec does not list (a newer server may send one).
    #[serde(untagged)]
    Other(::std::string::String),
}
impl ::std::fmt::Display for OAuthClientCreateRequestClientType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(
            match self {
                OAuthClientCreateRequestClientType::Public => "public",
                OAuthClientCreateRequestClientType::Confidential => "confidential",
                OAuthClientCreateRequestClientType::Other(s) => s,
            },
        )
    }
}
impl ::std::str::FromStr for OAuthClientCreateRequestClientType {
    type Err = ::std::convert::Infallible;
    fn from_str(s: &str) -> ::std::result::Result<Self, ::std::convert::Infallible> {
        ::std::result::Result::Ok(
            match s {
                "public" => OAuthClientCreateRequestClientType::Public,
                "confidential" => OAuthClientCreateRequestClientType::Confidential,
                other => OAuthClientCreateRequestClientType::Other(other.to_string()),
            },
        )
    }
}
/// Record type identifier
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OAuthClientRecordType {
    #[serde(rename = "oauth_client")]
    OauthClient,
    /// A value this version of the spec does not list (a newer server may send one).
    #[serde(untagged)]
    Other(::std::string::String),
}
impl ::std::fmt::Display for OAuthClientRecordType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(
            match self {
                OAuthClientRecordType::OauthClient => "oauth_client",
                OAuthClientRecordType::Other(s) => s,
            },
        )
    }
}
impl ::std::str::FromStr for OAuthClientRecordType {
    type Err = ::std::convert::Infallible;
    fn from_str(s: &str) -> ::std::result::Result<Self, ::std::convert::Infallible> {
        ::std::result::Result::Ok(
            match s {
                "oauth_client" => OAuthClientRecordType::OauthClient,
                other => OAuthClientRecordType::Other(other.to_string()),
            },
        )
    }
}
/// Schema `oauth_Error` in the spec.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct OauthError {
    /// Error code
    pub error: ::std::string::String,
    /// Human-readable error description
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub error_description: ::std::option::Option<::std::string::String>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
