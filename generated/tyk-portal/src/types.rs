//! Types of Tyk Developer Portal 1.14.0, one per schema that needs one.
#[allow(unused_imports)]
use super::runtime::derives::*;
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
    pub name: ::std::string::String,
    /// Description of this Client type
    #[serde(
        rename = "Description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
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
    #[serde(
        rename = "TokenEndpointAuthMethod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_endpoint_auth_method: ::std::option::Option<
        OAuthClientTypeBasicTokenEndpointAuthMethod,
    >,
    /// Dictates how an application will authenticate and interact with Okta's authorization servers, including whether it operates as a web, native, single-page, or service application. This setting is required to register Okta Identity Providers and not required for other Identity Provider. Please note that Okta overwrites values of the `TokenEndpointAuthMethod`, `GrantType`, and `ResponseTypes` properties and fills them based on the value of the `OktaAppType` property.
    #[serde(
        rename = "OktaAppType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub okta_app_type: ::std::option::Option<OAuthClientTypeBasicOktaAppType>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[cfg(feature = "oauth2-0-providers")]
impl OAuthClientTypeBasic {
    /// A value of the required fields, every optional field absent: code that builds
    /// it this way keeps compiling when the API adds an optional field.
    pub fn new(
        name: ::std::string::String,
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
    Other(::std::string::String),
}
#[cfg(feature = "oauth2-0-providers")]
impl ::std::fmt::Display for OAuthClientTypeBasicGrantType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(
            match self {
                OAuthClientTypeBasicGrantType::AuthorizationCode => "authorization_code",
                OAuthClientTypeBasicGrantType::Pkce => "pkce",
                OAuthClientTypeBasicGrantType::ClientCredentials => "client_credentials",
                OAuthClientTypeBasicGrantType::DeviceCode => "device_code",
                OAuthClientTypeBasicGrantType::RefreshToken => "refresh_token",
                OAuthClientTypeBasicGrantType::Password => "password",
                OAuthClientTypeBasicGrantType::Implicit => "implicit",
                OAuthClientTypeBasicGrantType::Other(s) => s,
            },
        )
    }
}
#[cfg(feature = "oauth2-0-providers")]
impl ::std::str::FromStr for OAuthClientTypeBasicGrantType {
    type Err = ::std::convert::Infallible;
    fn from_str(s: &str) -> ::std::result::Result<Self, ::std::convert::Infallible> {
        ::std::result::Result::Ok(
            match s {
                "authorization_code" => OAuthClientTypeBasicGrantType::AuthorizationCode,
                "pkce" => OAuthClientTypeBasicGrantType::Pkce,
                "client_credentials" => OAuthClientTypeBasicGrantType::ClientCredentials,
                "device_code" => OAuthClientTypeBasicGrantType::DeviceCode,
                "refresh_token" => OAuthClientTypeBasicGrantType::RefreshToken,
                "password" => OAuthClientTypeBasicGrantType::Password,
                "implicit" => OAuthClientTypeBasicGrantType::Implicit,
                other => OAuthClientTypeBasicGrantType::Other(other.to_string()),
            },
        )
    }
}
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
    Other(::std::string::String),
}
#[cfg(feature = "oauth2-0-providers")]
impl ::std::fmt::Display for OAuthClientTypeBasicOktaAppType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(
            match self {
                OAuthClientTypeBasicOktaAppType::Web => "web",
                OAuthClientTypeBasicOktaAppType::Native => "native",
                OAuthClientTypeBasicOktaAppType::Browser => "browser",
                OAuthClientTypeBasicOktaAppType::Service => "service",
                OAuthClientTypeBasicOktaAppType::Other(s) => s,
            },
        )
    }
}
#[cfg(feature = "oauth2-0-providers")]
impl ::std::str::FromStr for OAuthClientTypeBasicOktaAppType {
    type Err = ::std::convert::Infallible;
    fn from_str(s: &str) -> ::std::result::Result<Self, ::std::convert::Infallible> {
        ::std::result::Result::Ok(
            match s {
                "web" => OAuthClientTypeBasicOktaAppType::Web,
                "native" => OAuthClientTypeBasicOktaAppType::Native,
                "browser" => OAuthClientTypeBasicOktaAppType::Browser,
                "service" => OAuthClientTypeBasicOktaAppType::Service,
                other => OAuthClientTypeBasicOktaAppType::Other(other.to_string()),
            },
        )
    }
}
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
    Other(::std::string::String),
}
#[cfg(feature = "oauth2-0-providers")]
impl ::std::fmt::Display for OAuthClientTypeBasicResponseTypes {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(
            match self {
                OAuthClientTypeBasicResponseTypes::Code => "code",
                OAuthClientTypeBasicResponseTypes::Token => "token",
                OAuthClientTypeBasicResponseTypes::ItToken => "it_token",
                OAuthClientTypeBasicResponseTypes::None => "none",
                OAuthClientTypeBasicResponseTypes::Other(s) => s,
            },
        )
    }
}
#[cfg(feature = "oauth2-0-providers")]
impl ::std::str::FromStr for OAuthClientTypeBasicResponseTypes {
    type Err = ::std::convert::Infallible;
    fn from_str(s: &str) -> ::std::result::Result<Self, ::std::convert::Infallible> {
        ::std::result::Result::Ok(
            match s {
                "code" => OAuthClientTypeBasicResponseTypes::Code,
                "token" => OAuthClientTypeBasicResponseTypes::Token,
                "it_token" => OAuthClientTypeBasicResponseTypes::ItToken,
                "none" => OAuthClientTypeBasicResponseTypes::None,
                other => OAuthClientTypeBasicResponseTypes::Other(other.to_string()),
            },
        )
    }
}
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
    Other(::std::string::String),
}
#[cfg(feature = "oauth2-0-providers")]
impl ::std::fmt::Display for OAuthClientTypeBasicTokenEndpointAuthMethod {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(
            match self {
                OAuthClientTypeBasicTokenEndpointAuthMethod::ClientSecretBasic => {
                    "client_secret_basic"
                }
                OAuthClientTypeBasicTokenEndpointAuthMethod::ClientSecretPost => {
                    "client_secret_post"
                }
                OAuthClientTypeBasicTokenEndpointAuthMethod::Other(s) => s,
            },
        )
    }
}
#[cfg(feature = "oauth2-0-providers")]
impl ::std::str::FromStr for OAuthClientTypeBasicTokenEndpointAuthMethod {
    type Err = ::std::convert::Infallible;
    fn from_str(s: &str) -> ::std::result::Result<Self, ::std::convert::Infallible> {
        ::std::result::Result::Ok(
            match s {
                "client_secret_basic" => {
                    OAuthClientTypeBasicTokenEndpointAuthMethod::ClientSecretBasic
                }
                "client_secret_post" => {
                    OAuthClientTypeBasicTokenEndpointAuthMethod::ClientSecretPost
                }
                other => {
                    OAuthClientTypeBasicTokenEndpointAuthMethod::Other(other.to_string())
                }
            },
        )
    }
}
#[cfg(feature = "oauth2-0-providers")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OAuthClientTypeElem {
    /// Name of this Client type
    #[serde(rename = "Name")]
    pub name: ::std::string::String,
    /// Description of this Client type
    #[serde(
        rename = "Description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
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
    #[serde(
        rename = "TokenEndpointAuthMethod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_endpoint_auth_method: ::std::option::Option<
        OAuthClientTypeBasicTokenEndpointAuthMethod,
    >,
    /// Dictates how an application will authenticate and interact with Okta's authorization servers, including whether it operates as a web, native, single-page, or service application. This setting is required to register Okta Identity Providers and not required for other Identity Provider. Please note that Okta overwrites values of the `TokenEndpointAuthMethod`, `GrantType`, and `ResponseTypes` properties and fills them based on the value of the `OktaAppType` property.
    #[serde(
        rename = "OktaAppType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub okta_app_type: ::std::option::Option<OAuthClientTypeBasicOktaAppType>,
    /// UID of this client type
    #[serde(
        rename = "ID",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<i64>,
    /// Timestamp of when this client type was created
    ///
    /// specforge: a timestamp in the layout `YYYY-MM-DD HH:MM`, not RFC 3339 (see lint SF111); read and written in exactly that layout.
    #[serde(
        rename = "CreatedAt",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<super::runtime::LayoutTime<LayoutYmdHm>>,
    /// Timestamp of when this client type was created
    ///
    /// specforge: a timestamp in the layout `YYYY-MM-DD HH:MM`, not RFC 3339 (see lint SF111); read and written in exactly that layout.
    #[serde(
        rename = "UpdatedAt",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<super::runtime::LayoutTime<LayoutYmdHm>>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct OnlyErrors {
    /// Human-readable description of the errors
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
#[cfg(feature = "products")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ProductClientTypeResponse {
    /// Name of this client type
    #[serde(
        rename = "Name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// UID of this client type
    #[serde(
        rename = "ID",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<i64>,
    /// description on the client type
    #[serde(
        rename = "Description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// OAuth2.0 grant types that are allowed for this client type
    #[serde(
        rename = "GrantType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub grant_type: ::std::option::Option<ProductClientTypeResponseGrantType>,
    /// The type of client application for Okta
    #[serde(
        rename = "OktaAppType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub okta_app_type: ::std::option::Option<ProductClientTypeResponseOktaAppType>,
    /// Date-time when a client type is created
    ///
    /// specforge: a timestamp in the layout `YYYY-MM-DD HH:MM`, not RFC 3339 (see lint SF111); read and written in exactly that layout.
    #[serde(
        rename = "CreatedAt",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<super::runtime::LayoutTime<LayoutYmdHm>>,
    /// Date-time when a client type was updated the last time
    ///
    /// specforge: a timestamp in the layout `YYYY-MM-DD HH:MM`, not RFC 3339 (see lint SF111); read and written in exactly that layout.
    #[serde(
        rename = "UpdatedAt",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<super::runtime::LayoutTime<LayoutYmdHm>>,
    /// Properties the spec does not list, kept as they were sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
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
    Other(::std::string::String),
}
#[cfg(feature = "products")]
impl ::std::fmt::Display for ProductClientTypeResponseGrantType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(
            match self {
                ProductClientTypeResponseGrantType::AuthorizationCode => {
                    "authorization_code"
                }
                ProductClientTypeResponseGrantType::ClientCredentials => {
                    "client_credentials"
                }
                ProductClientTypeResponseGrantType::DeviceCode => "device_code",
                ProductClientTypeResponseGrantType::Pkce => "pkce",
                ProductClientTypeResponseGrantType::Password => "password",
                ProductClientTypeResponseGrantType::Implicit => "implicit",
                ProductClientTypeResponseGrantType::RefreshToken => "refresh_token",
                ProductClientTypeResponseGrantType::Other(s) => s,
            },
        )
    }
}
#[cfg(feature = "products")]
impl ::std::str::FromStr for ProductClientTypeResponseGrantType {
    type Err = ::std::convert::Infallible;
    fn from_str(s: &str) -> ::std::result::Result<Self, ::std::convert::Infallible> {
        ::std::result::Result::Ok(
            match s {
                "authorization_code" => {
                    ProductClientTypeResponseGrantType::AuthorizationCode
                }
                "client_credentials" => {
                    ProductClientTypeResponseGrantType::ClientCredentials
                }
                "device_code" => ProductClientTypeResponseGrantType::DeviceCode,
                "pkce" => ProductClientTypeResponseGrantType::Pkce,
                "password" => ProductClientTypeResponseGrantType::Password,
                "implicit" => ProductClientTypeResponseGrantType::Implicit,
                "refresh_token" => ProductClientTypeResponseGrantType::RefreshToken,
                other => ProductClientTypeResponseGrantType::Other(other.to_string()),
            },
        )
    }
}
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
    Other(::std::string::String),
}
#[cfg(feature = "products")]
impl ::std::fmt::Display for ProductClientTypeResponseOktaAppType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(
            match self {
                ProductClientTypeResponseOktaAppType::Browser => "browser",
                ProductClientTypeResponseOktaAppType::Native => "native",
                ProductClientTypeResponseOktaAppType::Web => "web",
                ProductClientTypeResponseOktaAppType::Service => "service",
                ProductClientTypeResponseOktaAppType::Other(s) => s,
            },
        )
    }
}
#[cfg(feature = "products")]
impl ::std::str::FromStr for ProductClientTypeResponseOktaAppType {
    type Err = ::std::convert::Infallible;
    fn from_str(s: &str) -> ::std::result::Result<Self, ::std::convert::Infallible> {
        ::std::result::Result::Ok(
            match s {
                "browser" => ProductClientTypeResponseOktaAppType::Browser,
                "native" => ProductClientTypeResponseOktaAppType::Native,
                "web" => ProductClientTypeResponseOktaAppType::Web,
                "service" => ProductClientTypeResponseOktaAppType::Service,
                other => ProductClientTypeResponseOktaAppType::Other(other.to_string()),
            },
        )
    }
}
