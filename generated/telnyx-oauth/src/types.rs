//! Types of Telnyx OAuth API 2.0.0, one per schema that needs one.
#[allow(unused_imports)]
use super::runtime::prelude::*;
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct CreateOAuthClient201Response {
    #[serde(default, skip_serializing_if = "absent")]
    pub data: Option<OAuthClient>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: BTreeMap<String, Value>,
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OAuthClient {
    /// Record type identifier
    pub record_type: OAuthClientRecordType,
    /// OAuth client identifier
    pub client_id: String,
    /// Human-readable name for the OAuth client
    pub name: String,
    /// Organization ID that owns this OAuth client
    pub org_id: String,
    /// User ID that created this OAuth client
    pub user_id: String,
    /// List of allowed OAuth scopes
    #[serde(default, skip_serializing_if = "absent")]
    pub allowed_scopes: Option<Vec<String>>,
    /// OAuth client type
    pub client_type: OAuthClientCreateRequestClientType,
    /// Whether PKCE (Proof Key for Code Exchange) is required for this client
    pub require_pkce: bool,
    /// List of allowed OAuth grant types
    #[serde(default, skip_serializing_if = "absent")]
    pub allowed_grant_types: Option<Vec<OAuthClientCreateRequestAllowedGrantTypesItem>>,
    /// List of allowed redirect URIs
    #[serde(default, skip_serializing_if = "absent")]
    pub redirect_uris: Option<Vec<String>>,
    /// URL of the client logo
    #[serde(default, deserialize_with = "present", skip_serializing_if = "absent")]
    pub logo_uri: Option<Nullable<String>>,
    /// URL of the client's terms of service
    #[serde(default, deserialize_with = "present", skip_serializing_if = "absent")]
    pub tos_uri: Option<Nullable<String>>,
    /// URL of the client's privacy policy
    #[serde(default, deserialize_with = "present", skip_serializing_if = "absent")]
    pub policy_uri: Option<Nullable<String>>,
    /// Client secret (only included when available, for confidential clients)
    #[serde(default, deserialize_with = "present", skip_serializing_if = "absent")]
    pub client_secret: Option<Nullable<String>>,
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
    pub additional_properties: BTreeMap<String, Value>,
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OAuthClientCreateRequest {
    /// The name of the OAuth client
    pub name: String,
    /// List of allowed OAuth scopes
    pub allowed_scopes: Vec<String>,
    /// OAuth client type
    pub client_type: OAuthClientCreateRequestClientType,
    /// Whether PKCE (Proof Key for Code Exchange) is required for this client
    #[serde(default, skip_serializing_if = "absent")]
    pub require_pkce: Option<bool>,
    /// List of allowed OAuth grant types
    pub allowed_grant_types: Vec<OAuthClientCreateRequestAllowedGrantTypesItem>,
    /// List of redirect URIs (required for authorization_code flow)
    #[serde(default, skip_serializing_if = "absent")]
    pub redirect_uris: Option<Vec<String>>,
    /// URL of the client logo
    #[serde(default, skip_serializing_if = "absent")]
    pub logo_uri: Option<String>,
    /// URL of the client's privacy policy
    #[serde(default, skip_serializing_if = "absent")]
    pub policy_uri: Option<String>,
    /// URL of the client's terms of service
    #[serde(default, skip_serializing_if = "absent")]
    pub tos_uri: Option<String>,
}
impl OAuthClientCreateRequest {
    /// A value of the required fields, every optional field absent: code that builds
    /// it this way keeps compiling when the API adds an optional field.
    pub fn new(
        name: String,
        allowed_scopes: Vec<String>,
        client_type: OAuthClientCreateRequestClientType,
        allowed_grant_types: Vec<OAuthClientCreateRequestAllowedGrantTypesItem>,
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
    Other(String),
}
super::runtime::enums::wire_names!(
    OAuthClientCreateRequestAllowedGrantTypesItem, Other;
    ClientCredentials("client_credentials"), AuthorizationCode("authorization_code"),
    RefreshToken("refresh_token")
);
/// OAuth client type
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OAuthClientCreateRequestClientType {
    #[serde(rename = "public")]
    Public,
    #[serde(rename = "confidential")]
    Confidential,
    /// A value this version of the spec does not list (a newer server may send one).
    #[serde(untagged)]
    Other(String),
}
super::runtime::enums::wire_names!(
    OAuthClientCreateRequestClientType, Other; Public("public"),
    Confidential("confidential")
);
/// Record type identifier
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OAuthClientRecordType {
    #[serde(rename = "oauth_client")]
    OauthClient,
    /// A value this version of the spec does not list (a newer server may send one).
    #[serde(untagged)]
    Other(String),
}
super::runtime::enums::wire_names!(
    OAuthClientRecordType, Other; OauthClient("oauth_client")
);
/// Schema `oauth_Error` in the spec.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct OauthError {
    /// Error code
    pub error: String,
    /// Human-readable error description
    #[serde(default, skip_serializing_if = "absent")]
    pub error_description: Option<String>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: BTreeMap<String, Value>,
}
