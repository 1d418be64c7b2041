//! Types of SailPoint - SaaS API 3.0.0, one per schema that needs one.
#[allow(unused_imports)]
use super::runtime::derives::*;
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateOauthClient200Response {
    /// ID of the OAuth client
    pub id: ::std::string::String,
    /// Secret of the OAuth client (This field is only returned on the intial create call.)
    pub secret: ::std::string::String,
    /// The name of the business the API Client should belong to
    #[serde(rename = "businessName")]
    pub business_name: ::std::string::String,
    /// The homepage URL associated with the owner of the API Client
    #[serde(rename = "homepageUrl")]
    pub homepage_url: ::std::string::String,
    /// A human-readable name for the API Client
    pub name: ::std::string::String,
    /// A description of the API Client
    pub description: ::std::string::String,
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
    pub redirect_uris: ::std::vec::Vec<::std::string::String>,
    /// A list of OAuth 2.0 grant types this API Client can be used with
    #[serde(rename = "grantTypes")]
    pub grant_types: ::std::vec::Vec<CreateOauthClientRequestGrantTypesItem>,
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
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct CreateOauthClient400Response {
    /// Fine-grained error code providing more detail of the error.
    #[serde(
        rename = "detailCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub detail_code: ::std::option::Option<::std::string::String>,
    /// Unique tracking id for the error.
    #[serde(
        rename = "trackingId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tracking_id: ::std::option::Option<::std::string::String>,
    /// Generic localized reason for error
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub messages: ::std::option::Option<
        ::std::vec::Vec<CreateOauthClient400ResponseMessagesItem>,
    >,
    /// Plain-text descriptive reasons to provide additional detail to the text provided in the messages field
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub causes: ::std::option::Option<
        ::std::vec::Vec<CreateOauthClient400ResponseMessagesItem>,
    >,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct CreateOauthClient400ResponseMessagesItem {
    /// The locale for the message text, a BCP 47 language tag.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub locale: ::std::option::Option<::std::string::String>,
    /// An indicator of how the locale was selected. *DEFAULT* means the locale is the system default. *REQUEST* means the locale was selected from the request context (i.e., best match based on the *Accept-Language* header). Additional values may be added in the future without notice.
    #[serde(
        rename = "localeOrigin",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub locale_origin: ::std::option::Option<
        CreateOauthClient400ResponseMessagesItemLocaleOrigin,
    >,
    /// Actual text of the error message in the indicated locale.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub text: ::std::option::Option<::std::string::String>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
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
    Other(::std::string::String),
}
impl ::std::fmt::Display for CreateOauthClient400ResponseMessagesItemLocaleOrigin {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(
            match self {
                CreateOauthClient400ResponseMessagesItemLocaleOrigin::Default => {
                    "DEFAULT"
                }
                CreateOauthClient400ResponseMessagesItemLocaleOrigin::Request => {
                    "REQUEST"
                }
                CreateOauthClient400ResponseMessagesItemLocaleOrigin::Other(s) => s,
            },
        )
    }
}
impl ::std::str::FromStr for CreateOauthClient400ResponseMessagesItemLocaleOrigin {
    type Err = ::std::convert::Infallible;
    fn from_str(s: &str) -> ::std::result::Result<Self, ::std::convert::Infallible> {
        ::std::result::Result::Ok(
            match s {
                "DEFAULT" => {
                    CreateOauthClient400ResponseMessagesItemLocaleOrigin::Default
                }
                "REQUEST" => {
                    CreateOauthClient400ResponseMessagesItemLocaleOrigin::Request
                }
                other => {
                    CreateOauthClient400ResponseMessagesItemLocaleOrigin::Other(
                        other.to_string(),
                    )
                }
            },
        )
    }
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct CreateOauthClient401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<::serde_json::Value>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct CreateOauthClient429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::serde_json::Value>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
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
    #[serde(
        rename = "businessName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub business_name: ::std::option::Option<::std::string::String>,
    /// The homepage URL associated with the owner of the API Client
    #[serde(
        rename = "homepageUrl",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub homepage_url: ::std::option::Option<::std::string::String>,
    /// A human-readable name for the API Client
    pub name: ::std::string::String,
    /// A description of the API Client
    pub description: ::std::string::String,
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
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub refresh_token_validity_seconds: ::std::option::Option<
        super::runtime::LenientNumber<i64>,
    >,
    /// A list of the approved redirect URIs. Provide one or more URIs when assigning the AUTHORIZATION_CODE grant type to a new OAuth Client.
    #[serde(
        rename = "redirectUris",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub redirect_uris: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// A list of OAuth 2.0 grant types this API Client can be used with
    #[serde(rename = "grantTypes")]
    pub grant_types: ::std::vec::Vec<CreateOauthClientRequestGrantTypesItem>,
    /// The access type (online or offline) of this API Client
    #[serde(rename = "accessType")]
    pub access_type: CreateOauthClientRequestAccessType,
    /// The type of the API Client (public or confidential)
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub type_: ::std::option::Option<CreateOauthClientRequestType>,
    /// An indicator of whether the API Client can be used for requests internal within the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub internal: ::std::option::Option<bool>,
    /// An indicator of whether the API Client is enabled for use
    pub enabled: bool,
    /// An indicator of whether the API Client supports strong authentication
    #[serde(
        rename = "strongAuthSupported",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub strong_auth_supported: ::std::option::Option<bool>,
    /// An indicator of whether the API Client supports the serialization of SAML claims when used with the authorization_code flow
    #[serde(
        rename = "claimsSupported",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub claims_supported: ::std::option::Option<bool>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
impl CreateOauthClientRequest {
    /// A value of the required fields, every optional field absent: code that builds
    /// it this way keeps compiling when the API adds an optional field.
    pub fn new(
        name: ::std::string::String,
        description: ::std::string::String,
        access_token_validity_seconds: super::runtime::LenientNumber<i64>,
        grant_types: ::std::vec::Vec<CreateOauthClientRequestGrantTypesItem>,
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
    Other(::std::string::String),
}
impl ::std::fmt::Display for CreateOauthClientRequestAccessType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(
            match self {
                CreateOauthClientRequestAccessType::Online => "ONLINE",
                CreateOauthClientRequestAccessType::Offline => "OFFLINE",
                CreateOauthClientRequestAccessType::Other(s) => s,
            },
        )
    }
}
impl ::std::str::FromStr for CreateOauthClientRequestAccessType {
    type Err = ::std::convert::Infallible;
    fn from_str(s: &str) -> ::std::result::Result<Self, ::std::convert::Infallible> {
        ::std::result::Result::Ok(
            match s {
                "ONLINE" => CreateOauthClientRequestAccessType::Online,
                "OFFLINE" => CreateOauthClientRequestAccessType::Offline,
                other => CreateOauthClientRequestAccessType::Other(other.to_string()),
            },
        )
    }
}
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
    Other(::std::string::String),
}
impl ::std::fmt::Display for CreateOauthClientRequestGrantTypesItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(
            match self {
                CreateOauthClientRequestGrantTypesItem::ClientCredentials => {
                    "CLIENT_CREDENTIALS"
                }
                CreateOauthClientRequestGrantTypesItem::AuthorizationCode => {
                    "AUTHORIZATION_CODE"
                }
                CreateOauthClientRequestGrantTypesItem::RefreshToken => "REFRESH_TOKEN",
                CreateOauthClientRequestGrantTypesItem::Other(s) => s,
            },
        )
    }
}
impl ::std::str::FromStr for CreateOauthClientRequestGrantTypesItem {
    type Err = ::std::convert::Infallible;
    fn from_str(s: &str) -> ::std::result::Result<Self, ::std::convert::Infallible> {
        ::std::result::Result::Ok(
            match s {
                "CLIENT_CREDENTIALS" => {
                    CreateOauthClientRequestGrantTypesItem::ClientCredentials
                }
                "AUTHORIZATION_CODE" => {
                    CreateOauthClientRequestGrantTypesItem::AuthorizationCode
                }
                "REFRESH_TOKEN" => CreateOauthClientRequestGrantTypesItem::RefreshToken,
                other => CreateOauthClientRequestGrantTypesItem::Other(other.to_string()),
            },
        )
    }
}
/// The type of the API Client (public or confidential)
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CreateOauthClientRequestType {
    #[serde(rename = "CONFIDENTIAL")]
    Confidential,
    #[serde(rename = "PUBLIC")]
    Public,
    /// A value this version of the spec does not list (a newer server may send one).
    #[serde(untagged)]
    Other(::std::string::String),
}
impl ::std::fmt::Display for CreateOauthClientRequestType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(
            match self {
                CreateOauthClientRequestType::Confidential => "CONFIDENTIAL",
                CreateOauthClientRequestType::Public => "PUBLIC",
                CreateOauthClientRequestType::Other(s) => s,
            },
        )
    }
}
impl ::std::str::FromStr for CreateOauthClientRequestType {
    type Err = ::std::convert::Infallible;
    fn from_str(s: &str) -> ::std::result::Result<Self, ::std::convert::Infallible> {
        ::std::result::Result::Ok(
            match s {
                "CONFIDENTIAL" => CreateOauthClientRequestType::Confidential,
                "PUBLIC" => CreateOauthClientRequestType::Public,
                other => CreateOauthClientRequestType::Other(other.to_string()),
            },
        )
    }
}
