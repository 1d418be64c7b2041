//! Types of Tyk Developer Portal 1.14.0, one per schema that needs one.
#[allow(unused_imports)]
use super::runtime::prelude::*;
/// The date or timestamp layout `%Y-%m-%d %H:%M` (not RFC 3339), as the spec fixes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LayoutYmdHm;
impl super::runtime::Layout for LayoutYmdHm {
    const FORMAT: &'static str = "%Y-%m-%d %H:%M";
}
#[cfg(feature = "oauth2-0-providers")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OAuthClientTypeBasic {
    /// Name of this Client type
    #[serde(rename = "Name")]
    pub name: String,
    /// Description of this Client type
    #[serde(rename = "Description", default, skip_serializing_if = "absent")]
    pub description: Option<String>,
    /// The OAuth 2.0 response type(s) the client is permitted to use, determining how it receives authorization responses from the Identity Provider. Format as CSV and Specify at least one.
    ///
    /// specforge: the spec types this as one enum value, but it holds several members joined by `,` (see lint SF101), so it is a set.
    #[serde(rename = "ResponseTypes")]
    pub response_types: super::runtime::DelimitedSet<
        OAuthClientTypeBasicResponseTypes,
        ',',
    >,
    /// The OAuth 2.0 grant types the client is permitted to use, determining how it obtains access tokens from the authorization server. Format as CSV and Specify at least one.
    ///
    /// specforge: the spec types this as one enum value, but it holds several members joined by `,` (see lint SF101), so it is a set.
    #[serde(rename = "GrantType")]
    pub grant_type: super::runtime::DelimitedSet<OAuthClientTypeBasicGrantType, ','>,
    /// The authentication method a client can use at the token endpoint, ensuring secure communication with the authorization server during the OAuth 2.0 authentication.
    #[serde(rename = "TokenEndpointAuthMethod", default, skip_serializing_if = "absent")]
    pub token_endpoint_auth_method: Option<OAuthClientTypeBasicTokenEndpointAuthMethod>,
    /// Dictates how an application will authenticate and interact with Okta's authorization servers, including whether it operates as a web, native, single-page, or service application. This setting is required to register Okta Identity Providers and not required for other Identity Provider. Please note that Okta overwrites values of the `TokenEndpointAuthMethod`, `GrantType`, and `ResponseTypes` properties and fills them based on the value of the `OktaAppType` property.
    #[serde(rename = "OktaAppType", default, skip_serializing_if = "absent")]
    pub okta_app_type: Option<OAuthClientTypeBasicOktaAppType>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: BTreeMap<String, Value>,
}
#[cfg(feature = "oauth2-0-providers")]
impl OAuthClientTypeBasic {
    /// A value of the required fields, every optional field absent: code that builds
    /// it this way keeps compiling when the API adds an optional field.
    pub fn new(
        name: String,
        response_types: super::runtime::DelimitedSet<
            OAuthClientTypeBasicResponseTypes,
            ',',
        >,
        grant_type: super::runtime::DelimitedSet<OAuthClientTypeBasicGrantType, ','>,
    ) -> Self {
        Self {
            name,
            description: ::std::default::Default::default(),
            response_types,
            grant_type,
            token_endpoint_auth_method: ::std::default::Default::default(),
            okta_app_type: ::std::default::Default::default(),
            additional_properties: ::std::default::Default::default(),
        }
    }
}
/// The OAuth 2.0 grant types the client is permitted to use, determining how it obtains access tokens from the authorization server. Format as CSV and Specify at least one.
#[cfg(feature = "oauth2-0-providers")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OAuthClientTypeBasicGrantType {
    #[serde(rename = "authorization_code")]
    AuthorizationCode,
    #[serde(rename = "pkce")]
    Pkce,
    #[serde(rename = "client_credentials")]
    ClientCredentials,
    #[serde(rename = "device_code")]
    DeviceCode,
    #[serde(rename = "refresh_token")]
    RefreshToken,
    #[serde(rename = "password")]
    Password,
    #[serde(rename = "implicit")]
    Implicit,
    /// A value this version of the spec does not list (a newer server may send one).
    #[serde(untagged)]
    Other(String),
}
#[cfg(feature = "oauth2-0-providers")]
super::runtime::enums::wire_names!(
    OAuthClientTypeBasicGrantType, Other; AuthorizationCode("authorization_code"),
    Pkce("pkce"), ClientCredentials("client_credentials"), DeviceCode("device_code"),
    RefreshToken("refresh_token"), Password("password"), Implicit("implicit")
);
/// Dictates how an application will authenticate and interact with Okta's authorization servers, including whether it operates as a web, native, single-page, or service application. This setting is required to register Okta Identity Providers and not required for other Identity Provider. Please note that Okta overwrites values of the `TokenEndpointAuthMethod`, `GrantType`, and `ResponseTypes` properties and fills them based on the value of the `OktaAppType` property.
#[cfg(feature = "oauth2-0-providers")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OAuthClientTypeBasicOktaAppType {
    #[serde(rename = "web")]
    Web,
    #[serde(rename = "native")]
    Native,
    #[serde(rename = "browser")]
    Browser,
    #[serde(rename = "service")]
    Service,
    /// A value this version of the spec does not list (a newer server may send one).
    #[serde(untagged)]
    Other(String),
}
#[cfg(feature = "oauth2-0-providers")]
super::runtime::enums::wire_names!(
    OAuthClientTypeBasicOktaAppType, Other; Web("web"), Native("native"),
    Browser("browser"), Service("service")
);
/// The OAuth 2.0 response type(s) the client is permitted to use, determining how it receives authorization responses from the Identity Provider. Format as CSV and Specify at least one.
#[cfg(feature = "oauth2-0-providers")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OAuthClientTypeBasicResponseTypes {
    #[serde(rename = "code")]
    Code,
    #[serde(rename = "token")]
    Token,
    #[serde(rename = "it_token")]
    ItToken,
    #[serde(rename = "none")]
    None,
    /// A value this version of the spec does not list (a newer server may send one).
    #[serde(untagged)]
    Other(String),
}
#[cfg(feature = "oauth2-0-providers")]
super::runtime::enums::wire_names!(
    OAuthClientTypeBasicResponseTypes, Other; Code("code"), Token("token"),
    ItToken("it_token"), None("none")
);
/// The authentication method a client can use at the token endpoint, ensuring secure communication with the authorization server during the OAuth 2.0 authentication.
#[cfg(feature = "oauth2-0-providers")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OAuthClientTypeBasicTokenEndpointAuthMethod {
    #[serde(rename = "client_secret_basic")]
    ClientSecretBasic,
    #[serde(rename = "client_secret_post")]
    ClientSecretPost,
    /// A value this version of the spec does not list (a newer server may send one).
    #[serde(untagged)]
    Other(String),
}
#[cfg(feature = "oauth2-0-providers")]
super::runtime::enums::wire_names!(
    OAuthClientTypeBasicTokenEndpointAuthMethod, Other;
    ClientSecretBasic("client_secret_basic"), ClientSecretPost("client_secret_post")
);
#[cfg(feature = "oauth2-0-providers")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OAuthClientTypeElem {
    /// Name of this Client type
    #[serde(rename = "Name")]
    pub name: String,
    /// Description of this Client type
    #[serde(rename = "Description", default, skip_serializing_if = "absent")]
    pub description: Option<String>,
    /// The OAuth 2.0 response type(s) the client is permitted to use, determining how it receives authorization responses from the Identity Provider. Format as CSV and Specify at least one.
    ///
    /// specforge: the spec types this as one enum value, but it holds several members joined by `,` (see lint SF101), so it is a set.
    #[serde(rename = "ResponseTypes")]
    pub response_types: super::runtime::DelimitedSet<
        OAuthClientTypeBasicResponseTypes,
        ',',
    >,
    /// The OAuth 2.0 grant types the client is permitted to use, determining how it obtains access tokens from the authorization server. Format as CSV and Specify at least one.
    ///
    /// specforge: the spec types this as one enum value, but it holds several members joined by `,` (see lint SF101), so it is a set.
    #[serde(rename = "GrantType")]
    pub grant_type: super::runtime::DelimitedSet<OAuthClientTypeBasicGrantType, ','>,
    /// The authentication method a client can use at the token endpoint, ensuring secure communication with the authorization server during the OAuth 2.0 authentication.
    #[serde(rename = "TokenEndpointAuthMethod", default, skip_serializing_if = "absent")]
    pub token_endpoint_auth_method: Option<OAuthClientTypeBasicTokenEndpointAuthMethod>,
    /// Dictates how an application will authenticate and interact with Okta's authorization servers, including whether it operates as a web, native, single-page, or service application. This setting is required to register Okta Identity Providers and not required for other Identity Provider. Please note that Okta overwrites values of the `TokenEndpointAuthMethod`, `GrantType`, and `ResponseTypes` properties and fills them based on the value of the `OktaAppType` property.
    #[serde(rename = "OktaAppType", default, skip_serializing_if = "absent")]
    pub okta_app_type: Option<OAuthClientTypeBasicOktaAppType>,
    /// UID of this client type
    #[serde(rename = "ID", default, skip_serializing_if = "absent")]
    pub id: Option<i64>,
    /// Timestamp of when this client type was created
    ///
    /// specforge: a timestamp in the layout `YYYY-MM-DD HH:MM`, not RFC 3339 (see lint SF111); read and written in exactly that layout.
    #[serde(rename = "CreatedAt", default, skip_serializing_if = "absent")]
    pub created_at: Option<super::runtime::LayoutTime<LayoutYmdHm>>,
    /// Timestamp of when this client type was created
    ///
    /// specforge: a timestamp in the layout `YYYY-MM-DD HH:MM`, not RFC 3339 (see lint SF111); read and written in exactly that layout.
    #[serde(rename = "UpdatedAt", default, skip_serializing_if = "absent")]
    pub updated_at: Option<super::runtime::LayoutTime<LayoutYmdHm>>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: BTreeMap<String, Value>,
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct OnlyErrors {
    /// Human-readable description of the errors
    #[serde(default, skip_serializing_if = "absent")]
    pub errors: Option<Vec<String>>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: BTreeMap<String, Value>,
}
#[cfg(feature = "products")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ProductClientTypeAttach {
    /// UID of this client type
    #[serde(rename = "ID", default, skip_serializing_if = "absent")]
    pub id: Option<i64>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: BTreeMap<String, Value>,
}
#[cfg(feature = "products")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ProductClientTypeResponse {
    /// Name of this client type
    #[serde(rename = "Name", default, skip_serializing_if = "absent")]
    pub name: Option<String>,
    /// UID of this client type
    #[serde(rename = "ID", default, skip_serializing_if = "absent")]
    pub id: Option<i64>,
    /// description on the client type
    #[serde(rename = "Description", default, skip_serializing_if = "absent")]
    pub description: Option<String>,
    /// OAuth2.0 grant types that are allowed for this client type
    #[serde(rename = "GrantType", default, skip_serializing_if = "absent")]
    pub grant_type: Option<ProductClientTypeResponseGrantType>,
    /// The type of client application for Okta
    #[serde(rename = "OktaAppType", default, skip_serializing_if = "absent")]
    pub okta_app_type: Option<ProductClientTypeResponseOktaAppType>,
    /// Date-time when a client type is created
    ///
    /// specforge: a timestamp in the layout `YYYY-MM-DD HH:MM`, not RFC 3339 (see lint SF111); read and written in exactly that layout.
    #[serde(rename = "CreatedAt", default, skip_serializing_if = "absent")]
    pub created_at: Option<super::runtime::LayoutTime<LayoutYmdHm>>,
    /// Date-time when a client type was updated the last time
    ///
    /// specforge: a timestamp in the layout `YYYY-MM-DD HH:MM`, not RFC 3339 (see lint SF111); read and written in exactly that layout.
    #[serde(rename = "UpdatedAt", default, skip_serializing_if = "absent")]
    pub updated_at: Option<super::runtime::LayoutTime<LayoutYmdHm>>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: BTreeMap<String, Value>,
}
/// OAuth2.0 grant types that are allowed for this client type
#[cfg(feature = "products")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ProductClientTypeResponseGrantType {
    #[serde(rename = "authorization_code")]
    AuthorizationCode,
    #[serde(rename = "client_credentials")]
    ClientCredentials,
    #[serde(rename = "device_code")]
    DeviceCode,
    #[serde(rename = "pkce")]
    Pkce,
    #[serde(rename = "password")]
    Password,
    #[serde(rename = "implicit")]
    Implicit,
    #[serde(rename = "refresh_token")]
    RefreshToken,
    /// A value this version of the spec does not list (a newer server may send one).
    #[serde(untagged)]
    Other(String),
}
#[cfg(feature = "products")]
super::runtime::enums::wire_names!(
    ProductClientTypeResponseGrantType, Other; AuthorizationCode("authorization_code"),
    ClientCredentials("client_credentials"), DeviceCode("device_code"), Pkce("pkce"),
    Password("password"), Implicit("implicit"), RefreshToken("refresh_token")
);
/// The type of client application for Okta
#[cfg(feature = "products")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ProductClientTypeResponseOktaAppType {
    #[serde(rename = "browser")]
    Browser,
    #[serde(rename = "native")]
    Native,
    #[serde(rename = "web")]
    Web,
    #[serde(rename = "service")]
    Service,
    /// A value this version of the spec does not list (a newer server may send one).
    #[serde(untagged)]
    Other(String),
}
#[cfg(feature = "products")]
super::runtime::enums::wire_names!(
    ProductClientTypeResponseOktaAppType, Other; Browser("browser"), Native("native"),
    Web("web"), Service("service")
);
