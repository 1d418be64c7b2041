//! Rust names, decided in one place: case conversion, keywords, invalid identifiers, and
//! deterministic collision handling.

use std::collections::BTreeSet;

/// Rust keywords (2024 edition, strict and reserved).
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// Methods every type has through the prelude's traits (`Clone`, `Into`, `ToString`, …): a
/// generated method with one of these names would lose to the trait method at a call like
/// `client.into()`, so it gets a trailing `_` (see [`method`]).
const PRELUDE_METHODS: &[&str] = &[
    "as_mut",
    "as_ref",
    "borrow",
    "borrow_mut",
    "clone",
    "clone_from",
    "cmp",
    "default",
    "drop",
    "eq",
    "extend",
    "fmt",
    "from",
    "from_iter",
    "hash",
    "into",
    "into_iter",
    "max",
    "min",
    "ne",
    "partial_cmp",
    "to_owned",
    "to_string",
    "try_from",
    "try_into",
    "type_id",
];

/// A method name: [`field`], and not one of the prelude's trait methods (`into` → `into_`).
pub fn method(s: &str) -> String {
    let n = field(s);
    if PRELUDE_METHODS.contains(&n.as_str()) {
        format!("{n}_")
    } else {
        n
    }
}

/// Words of a name: `OAuthClientTypeElem` → [O, Auth, Client, Type, Elem] is avoided by
/// treating runs of capitals as one word: [OAuth, Client, Type, Elem].
fn words(s: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut cur = String::new();
    for (i, &c) in chars.iter().enumerate() {
        // Only characters an identifier may hold (`²` is alphanumeric but not XID).
        if !(c.is_ascii_alphanumeric() || c.is_alphanumeric() && unicode_ident::is_xid_continue(c))
        {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let boundary = match prev {
            Some(p) if p.is_alphanumeric() => {
                (p.is_lowercase() && c.is_uppercase())
                    || (p.is_ascii_digit() && c.is_alphabetic() && c.is_uppercase())
                    || (p.is_uppercase()
                        && c.is_uppercase()
                        && next.is_some_and(|n| n.is_lowercase())
                        && cur.len() > 1)
            }
            _ => false,
        };
        if boundary && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        cur.push(c);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// `oauth_Error` → `OauthError`, `create-oauth-client` → `CreateOauthClient`.
pub fn upper_camel(s: &str) -> String {
    fix_start(camel_part(s), "T")
}

/// [`upper_camel`] for a part of a longer name: no guard against a leading digit, since the
/// part does not start the name (`CreateOauthClient` + `200` + `Response`).
pub fn camel_part(s: &str) -> String {
    let mut out = String::new();
    for w in words(s) {
        let mut cs = w.chars();
        if let Some(f) = cs.next() {
            out.extend(f.to_uppercase());
            // Keep mixed case as written (`OAuth`); an all-capital word reads as a word (`ID` → `Id`).
            let rest = cs.as_str();
            if w.chars().all(|c| !c.is_lowercase()) {
                out.push_str(&rest.to_lowercase());
            } else {
                out.push_str(rest);
            }
        }
    }
    out
}

/// `GrantType` → `grant_type`, `accessTokenValiditySeconds` → `access_token_validity_seconds`.
pub fn snake(s: &str) -> String {
    let out = words(s)
        .iter()
        .map(|w| w.to_lowercase())
        .collect::<Vec<_>>()
        .join("_");
    fix_start(out, "f")
}

/// A cargo feature name: `Payment Methods` → `payment-methods`, `accountsV2` → `accounts-v2`.
/// ASCII letters and digits only (cargo accepts more, but a feature is typed on command lines);
/// empty when the text has none.
pub fn kebab(s: &str) -> String {
    words(s)
        .iter()
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
                .to_ascii_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// Names must start with a character that may start an identifier (not a digit of any
/// script: `٣` continues identifiers but cannot start one); an empty name gets `prefix`.
fn fix_start(s: String, prefix: &str) -> String {
    match s.chars().next() {
        None => prefix.to_string(),
        Some(c) if !(c == '_' || unicode_ident::is_xid_start(c)) => format!("{prefix}{s}"),
        Some(_) => s,
    }
}

/// A field or variable name that is not a keyword (`type` → `type_`).
pub fn field(s: &str) -> String {
    let n = snake(s);
    if KEYWORDS.contains(&n.as_str()) {
        format!("{n}_")
    } else {
        n
    }
}

/// A type or variant name that is not a keyword (`Self` → `SelfType`: a trailing `_` would not
/// be camel case, and a numbered repeat `Self_2` even less).
pub fn type_name(s: &str) -> String {
    let n = upper_camel(s);
    if KEYWORDS.contains(&n.as_str()) {
        format!("{n}Type")
    } else {
        n
    }
}

/// Names already given in one namespace; a repeat gets the next free numeric suffix, in the
/// order names are requested (which is document order), so output is deterministic.
#[derive(Debug, Default)]
pub struct Names {
    used: BTreeSet<String>,
}

impl Names {
    /// `want`, or `want2`, `want3`, … when taken.
    pub fn claim(&mut self, want: &str) -> String {
        if self.used.insert(want.to_string()) {
            return want.to_string();
        }
        (2..)
            .map(|i| format!("{want}{i}"))
            .find(|n| self.used.insert(n.clone()))
            .expect("an unused suffix exists")
    }

    /// Whether `name` is given.
    pub fn is_used(&self, name: &str) -> bool {
        self.used.contains(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        assert_eq!(upper_camel("oauth_Error"), "OauthError");
        assert_eq!(upper_camel("OAuthClientTypeElem"), "OAuthClientTypeElem");
        assert_eq!(
            upper_camel("create-oauth-provider-client-type"),
            "CreateOauthProviderClientType"
        );
        assert_eq!(
            snake("accessTokenValiditySeconds"),
            "access_token_validity_seconds"
        );
        assert_eq!(snake("GrantType"), "grant_type");
        assert_eq!(snake("ID"), "id");
        assert_eq!(field("type"), "type_");
        assert_eq!(field("$ref"), "ref_");
        assert_eq!(field("123abc"), "f123abc");
        assert_eq!(upper_camel("foo-bar"), "FooBar");
        assert_eq!(type_name("self"), "SelfType");
        assert_eq!(field("size²"), "size");
        assert_eq!(upper_camel("Größe"), "Größe");
        // Digits of other scripts continue names but cannot start one.
        assert_eq!(field("٣"), "f٣");
        assert_eq!(upper_camel("١x"), "T١x");
        assert_eq!(type_name("Self"), "SelfType");
        assert_eq!(method("into"), "into_");
        assert_eq!(method("listPets"), "list_pets");
    }

    #[test]
    fn collisions_are_deterministic() {
        let mut n = Names::default();
        assert_eq!(n.claim("Node"), "Node");
        assert_eq!(n.claim("Node"), "Node2");
        assert_eq!(n.claim("Node"), "Node3");
    }
}
