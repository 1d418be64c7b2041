//! Types of SailPoint - SaaS API 3.0.0, one per schema that needs one.
#[allow(unused_imports)]
use super::runtime::prelude::*;
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateOauthClient200Response {
    /// ID of the OAuth client
    pub id: String,
    /// Secret of the OAuth client (This field is only returned on the intial create call.)
    pub secret: String,
    /// The name of the business the API Client should belong to
    #[serde(rename = "businessName")]
    pub business_name: String,
    /// The homepage URL associated with the owner of the API Client
    #[serde(rename = "homepageUrl")]
    pub homepage_url: String,
    /// A human-readable name for the API Client
    pub name: String,
    /// A description of the API Client
    pub description: String,
    /// The number of seconds an access token generated for this API Client is valid for
    ///
    /// specforge: the spec says string, but the examples are numbers (see lint SF122); both `750` and `"750"` are accepted.
    #[serde(rename = "accessTokenValiditySeconds")]
    pub access_token_validity_seconds: super::runtime::LenientNumber<i64>,
    /// The number of seconds a refresh token generated for this API Client is valid for
    ///
    /// specforge: the spec says string, but the examples are numbers (see lint SF122); both `750` and `"750"` are accepted.
    #[serde(rename = "refreshTokenValiditySeconds")]
    pub refresh_token_validity_seconds: super::runtime::LenientNumber<i64>,
    /// A list of the approved redirect URIs used with the authorization_code flow
    #[serde(rename = "redirectUris")]
    pub redirect_uris: Vec<String>,
    /// A list of OAuth 2.0 grant types this API Client can be used with
    #[serde(rename = "grantTypes")]
    pub grant_types: Vec<CreateOauthClientRequestGrantTypesItem>,
    /// The access type (online or offline) of this API Client
    #[serde(rename = "accessType")]
    pub access_type: CreateOauthClientRequestAccessType,
    /// The type of the API Client (public or confidential)
    #[serde(rename = "type")]
    pub type_: CreateOauthClientRequestType,
    /// An indicator of whether the API Client can be used for requests internal to IDN
    pub internal: bool,
    /// An indicator of whether the API Client is enabled for use
    pub enabled: bool,
    /// An indicator of whether the API Client supports strong authentication
    #[serde(rename = "strongAuthSupported")]
    pub strong_auth_supported: bool,
    /// An indicator of whether the API Client supports the serialization of SAML claims when used with the authorization_code flow
    #[serde(rename = "claimsSupported")]
    pub claims_supported: bool,
    /// The date and time, down to the millisecond, when the API Client was created
    ///
    /// specforge: an RFC 3339 date-time; the UTC offset is kept.
    pub created: ::chrono::DateTime<::chrono::FixedOffset>,
    /// The date and time, down to the millisecond, when the API Client was last updated
    ///
    /// specforge: an RFC 3339 date-time; the UTC offset is kept.
    pub modified: ::chrono::DateTime<::chrono::FixedOffset>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: BTreeMap<String, Value>,
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct CreateOauthClient400Response {
    /// Fine-grained error code providing more detail of the error.
    #[serde(rename = "detailCode", default, skip_serializing_if = "absent")]
    pub detail_code: Option<String>,
    /// Unique tracking id for the error.
    #[serde(rename = "trackingId", default, skip_serializing_if = "absent")]
    pub tracking_id: Option<String>,
    /// Generic localized reason for error
    #[serde(default, skip_serializing_if = "absent")]
    pub messages: Option<Vec<CreateOauthClient400ResponseMessagesItem>>,
    /// Plain-text descriptive reasons to provide additional detail to the text provided in the messages field
    #[serde(default, skip_serializing_if = "absent")]
    pub causes: Option<Vec<CreateOauthClient400ResponseMessagesItem>>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: BTreeMap<String, Value>,
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct CreateOauthClient400ResponseMessagesItem {
    /// The locale for the message text, a BCP 47 language tag.
    #[serde(default, skip_serializing_if = "absent")]
    pub locale: Option<String>,
    /// An indicator of how the locale was selected. *DEFAULT* means the locale is the system default. *REQUEST* means the locale was selected from the request context (i.e., best match based on the *Accept-Language* header). Additional values may be added in the future without notice.
    #[serde(rename = "localeOrigin", default, skip_serializing_if = "absent")]
    pub locale_origin: Option<CreateOauthClient400ResponseMessagesItemLocaleOrigin>,
    /// Actual text of the error message in the indicated locale.
    #[serde(default, skip_serializing_if = "absent")]
    pub text: Option<String>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: BTreeMap<String, Value>,
}
/// An indicator of how the locale was selected. *DEFAULT* means the locale is the system default. *REQUEST* means the locale was selected from the request context (i.e., best match based on the *Accept-Language* header). Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CreateOauthClient400ResponseMessagesItemLocaleOrigin {
    #[serde(rename = "DEFAULT")]
    Default,
    #[serde(rename = "REQUEST")]
    Request,
    /// A value this version of the spec does not list (a newer server may send one).
    #[serde(untagged)]
    Other(String),
}
super::runtime::enums::wire_names!(
    CreateOauthClient400ResponseMessagesItemLocaleOrigin, Other; Default("DEFAULT"),
    Request("REQUEST")
);
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct CreateOauthClient401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "absent")]
    pub error: Option<Value>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: BTreeMap<String, Value>,
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct CreateOauthClient429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "absent")]
    pub message: Option<Value>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: BTreeMap<String, Value>,
}
/// The documented error answers of `createOauthClient` (POST /oauth-clients).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOauthClientError {
    /// `400`
    BadRequest(CreateOauthClient400Response),
    /// `401`
    Unauthorized(CreateOauthClient401Response),
    /// `403`
    Forbidden(CreateOauthClient400Response),
    /// `429`
    TooManyRequests(CreateOauthClient429Response),
    /// `500`
    InternalServerError(CreateOauthClient400Response),
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateOauthClientRequest {
    /// The name of the business the API Client should belong to
    #[serde(rename = "businessName", default, skip_serializing_if = "absent")]
    pub business_name: Option<String>,
    /// The homepage URL associated with the owner of the API Client
    #[serde(rename = "homepageUrl", default, skip_serializing_if = "absent")]
    pub homepage_url: Option<String>,
    /// A human-readable name for the API Client
    pub name: String,
    /// A description of the API Client
    pub description: String,
    /// The number of seconds an access token generated for this API Client is valid for
    ///
    /// specforge: the spec says string, but the examples are numbers (see lint SF122); both `750` and `"750"` are accepted.
    #[serde(rename = "accessTokenValiditySeconds")]
    pub access_token_validity_seconds: super::runtime::LenientNumber<i64>,
    /// The number of seconds a refresh token generated for this API Client is valid for
    ///
    /// specforge: the spec says string, but the examples are numbers (see lint SF122); both `750` and `"750"` are accepted.
    #[serde(
        rename = "refreshTokenValiditySeconds",
        default,
        skip_serializing_if = "absent"
    )]
    pub refresh_token_validity_seconds: Option<super::runtime::LenientNumber<i64>>,
    /// A list of the approved redirect URIs. Provide one or more URIs when assigning the AUTHORIZATION_CODE grant type to a new OAuth Client.
    #[serde(rename = "redirectUris", default, skip_serializing_if = "absent")]
    pub redirect_uris: Option<Vec<String>>,
    /// A list of OAuth 2.0 grant types this API Client can be used with
    #[serde(rename = "grantTypes")]
    pub grant_types: Vec<CreateOauthClientRequestGrantTypesItem>,
    /// The access type (online or offline) of this API Client
    #[serde(rename = "accessType")]
    pub access_type: CreateOauthClientRequestAccessType,
    /// The type of the API Client (public or confidential)
    #[serde(rename = "type", default, skip_serializing_if = "absent")]
    pub type_: Option<CreateOauthClientRequestType>,
    /// An indicator of whether the API Client can be used for requests internal within the product.
    #[serde(default, skip_serializing_if = "absent")]
    pub internal: Option<bool>,
    /// An indicator of whether the API Client is enabled for use
    pub enabled: bool,
    /// An indicator of whether the API Client supports strong authentication
    #[serde(rename = "strongAuthSupported", default, skip_serializing_if = "absent")]
    pub strong_auth_supported: Option<bool>,
    /// An indicator of whether the API Client supports the serialization of SAML claims when used with the authorization_code flow
    #[serde(rename = "claimsSupported", default, skip_serializing_if = "absent")]
    pub claims_supported: Option<bool>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: BTreeMap<String, Value>,
}
impl CreateOauthClientRequest {
    /// A value of the required fields, every optional field absent: code that builds
    /// it this way keeps compiling when the API adds an optional field.
    pub fn new(
        name: String,
        description: String,
        access_token_validity_seconds: super::runtime::LenientNumber<i64>,
        grant_types: Vec<CreateOauthClientRequestGrantTypesItem>,
        access_type: CreateOauthClientRequestAccessType,
        enabled: bool,
    ) -> Self {
        Self {
            business_name: ::std::default::Default::default(),
            homepage_url: ::std::default::Default::default(),
            name,
            description,
            access_token_validity_seconds,
            refresh_token_validity_seconds: ::std::default::Default::default(),
            redirect_uris: ::std::default::Default::default(),
            grant_types,
            access_type,
            type_: ::std::default::Default::default(),
            internal: ::std::default::Default::default(),
            enabled,
            strong_auth_supported: ::std::default::Default::default(),
            claims_supported: ::std::default::Default::default(),
            additional_properties: ::std::default::Default::default(),
        }
    }
}
/// The access type (online or offline) of this API Client
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CreateOauthClientRequestAccessType {
    #[serde(rename = "ONLINE")]
    Online,
    #[serde(rename = "OFFLINE")]
    Offline,
    /// A value this version of the spec does not list (a newer server may send one).
    #[serde(untagged)]
    Other(String),
}
super::runtime::enums::wire_names!(
    CreateOauthClientRequestAccessType, Other; Online("ONLINE"), Offline("OFFLINE")
);
/// OAuth2 Grant Type
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CreateOauthClientRequestGrantTypesItem {
    #[serde(rename = "CLIENT_CREDENTIALS")]
    ClientCredentials,
    #[serde(rename = "AUTHORIZATION_CODE")]
    AuthorizationCode,
    #[serde(rename = "REFRESH_TOKEN")]
    RefreshToken,
    /// A value this version of the spec does not list (a newer server may send one).
    #[serde(untagged)]
    Other(String),
}
super::runtime::enums::wire_names!(
    CreateOauthClientRequestGrantTypesItem, Other;
    ClientCredentials("CLIENT_CREDENTIALS"), AuthorizationCode("AUTHORIZATION_CODE"),
    RefreshToken("REFRESH_TOKEN")
);
/// The type of the API Client (public or confidential)
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CreateOauthClientRequestType {
    #[serde(rename = "CONFIDENTIAL")]
    Confidential,
    #[serde(rename = "PUBLIC")]
    Public,
    /// A value this version of the spec does not list (a newer server may send one).
    #[serde(untagged)]
    Other(String),
}
super::runtime::enums::wire_names!(
    CreateOauthClientRequestType, Other; Confidential("CONFIDENTIAL"), Public("PUBLIC")
);
