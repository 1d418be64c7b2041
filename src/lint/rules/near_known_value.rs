//! ## What it finds
//! Enum values one small edit away from a well-known value of the field's domain: OAuth 2.0 /
//! OpenID Connect response types, grant types, token endpoint auth methods and PKCE methods,
//! HTTP methods, MIME types. The domain comes from the field's name (`response_type`,
//! `GrantType`, `token_endpoint_auth_method`, `code_challenge_method`, `method`,
//! `content_type`). Tyk lists the response type `it_token`, one edit from `id_token`.
//!
//! ## Why it matters
//! A typo in an enum is a contract: clients send the misspelt value and servers reject the
//! right one, or the value silently never matches what an identity provider returns.
//!
//! ## Example
//! ```yaml
//! ResponseTypes:
//!   enum: [code, token, it_token, none]
//! ```
//!
//! ## Fix
//! Use the registered value (`id_token`). If the vendor's API really accepts the misspelling,
//! keep it and silence this finding with `x-specforge-ignore: [SF131]` on the schema.

use crate::diag::Severity;
use crate::lint::{Context, Rule, schema_label};
use crate::similar::edit_distance;

/// The rule.
pub const RULE: Rule = Rule {
    code: "SF131",
    name: "near-known-value",
    severity: Severity::Warning,
    selection: crate::lint::Selection::Default,
    summary: "an enum value one small edit away from a registered value of its domain",
    source: include_str!("near_known_value.rs"),
    check,
};

struct Domain {
    name: &'static str,
    /// Lower-case fragments of a field name that select the domain.
    keys: &'static [&'static str],
    values: &'static [&'static str],
    case_insensitive: bool,
}

const DOMAINS: &[Domain] = &[
    Domain {
        name: "OAuth 2.0 response type",
        keys: &["responsetype", "response_type"],
        values: &["code", "token", "id_token", "none"],
        case_insensitive: false,
    },
    Domain {
        name: "OAuth 2.0 grant type",
        keys: &["granttype", "grant_type"],
        values: &[
            "authorization_code",
            "implicit",
            "password",
            "client_credentials",
            "refresh_token",
            "device_code",
            "urn:ietf:params:oauth:grant-type:device_code",
            "urn:ietf:params:oauth:grant-type:jwt-bearer",
            "urn:ietf:params:oauth:grant-type:saml2-bearer",
            "urn:ietf:params:oauth:grant-type:token-exchange",
        ],
        case_insensitive: true,
    },
    Domain {
        name: "token endpoint auth method",
        keys: &[
            "tokenendpointauthmethod",
            "token_endpoint_auth_method",
            "auth_method",
            "authmethod",
        ],
        values: &[
            "client_secret_basic",
            "client_secret_post",
            "client_secret_jwt",
            "private_key_jwt",
            "tls_client_auth",
            "self_signed_tls_client_auth",
            "none",
        ],
        case_insensitive: false,
    },
    Domain {
        name: "PKCE code challenge method",
        keys: &["challengemethod", "challenge_method"],
        values: &["plain", "S256"],
        case_insensitive: false,
    },
    Domain {
        name: "HTTP method",
        keys: &["httpmethod", "http_method", "method"],
        values: &[
            "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "CONNECT",
        ],
        case_insensitive: true,
    },
    Domain {
        name: "MIME type",
        keys: &[
            "contenttype",
            "content_type",
            "mimetype",
            "mime_type",
            "mediatype",
            "media_type",
        ],
        values: &[
            "application/json",
            "application/xml",
            "application/x-www-form-urlencoded",
            "application/octet-stream",
            "application/pdf",
            "multipart/form-data",
            "text/plain",
            "text/html",
            "text/csv",
            "image/png",
            "image/jpeg",
            "image/gif",
        ],
        case_insensitive: true,
    },
];

fn domain_for(name: &str) -> Option<&'static Domain> {
    let n = name.to_ascii_lowercase();
    // The most specific key wins (`token_endpoint_auth_method` before `method`).
    DOMAINS
        .iter()
        .flat_map(|d| d.keys.iter().map(move |k| (k.len(), d, *k)))
        .filter(|(_, _, k)| n.contains(k))
        .max_by_key(|(len, _, _)| *len)
        .map(|(_, d, _)| d)
}

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    for (api, m) in cx.apis() {
        for s in &m.schemas {
            let Some(values) = &s.enum_values else {
                continue;
            };
            let label = schema_label(s);
            let label = if label == "item" {
                // Array items take the domain of the array's name.
                match &s.name {
                    crate::model::SchemaName::Inline(p) => {
                        let p = p.to_vec();
                        if p.len() >= 2 {
                            p[p.len() - 2].clone()
                        } else {
                            label
                        }
                    }
                    _ => label,
                }
            } else {
                label
            };
            let Some(domain) = domain_for(&label) else {
                continue;
            };
            for (i, v) in values.iter().enumerate() {
                let Some(text) = v.as_str() else {
                    continue;
                };
                let norm = |x: &str| {
                    if domain.case_insensitive {
                        x.to_ascii_lowercase()
                    } else {
                        x.to_string()
                    }
                };
                if domain.values.iter().any(|k| norm(k) == norm(text)) {
                    continue;
                }
                let limit = if text.chars().count() <= 5 { 1 } else { 2 };
                let best = domain
                    .values
                    .iter()
                    .map(|k| (edit_distance(&norm(text), &norm(k)), *k))
                    .filter(|(d, _)| *d > 0 && *d <= limit)
                    .min_by_key(|(d, _)| *d);
                let Some((_, known)) = best else {
                    continue;
                };
                // The vendor may list the right value too; then this one is a stray duplicate.
                let also_listed = values.iter().any(|x| x.as_str() == Some(known));
                let ptr = format!("{}/enum/{i}", s.pointer);
                out.push(
                    RULE.finding(format!(
                        "`{text}` in `{label}` is one small edit away from the {} `{known}`{}",
                        domain.name,
                        if also_listed {
                            ", which is listed too"
                        } else {
                            ""
                        }
                    ))
                    .at(v.loc, format!("did you mean `{known}`?"))
                    .pointer(&ptr)
                    .help(format!("replace `{text}` with `{known}`")),
                );
                let _ = api;
            }
        }
    }
}
