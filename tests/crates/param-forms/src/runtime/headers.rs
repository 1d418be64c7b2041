//! Documented response headers as typed values: read on the client from a response's headers,
//! written by the server into a reply's. A headers struct is an ordinary serde struct whose
//! field names are the lower-case header names; header text is read by the field's type
//! (`X-RateLimit-Remaining: 12` into an integer, `Allow: GET, PUT` into a list), in OpenAPI's
//! `simple` style.

use serde::de::{self, DeserializeOwned, IntoDeserializer, Visitor};
use serde::{Serialize, forward_to_deserialize_any};
use serde_json::Value;
use std::fmt;

/// A documented header that is missing, or whose text is not of its schema's type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderError {
    /// The header, lower-case (empty when the failure concerns no single header).
    pub header: String,
    /// Why it did not read or write.
    pub reason: String,
}

impl fmt::Display for HeaderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.header.is_empty() {
            write!(f, "the response headers do not read: {}", self.reason)
        } else {
            write!(f, "response header `{}`: {}", self.header, self.reason)
        }
    }
}

impl std::error::Error for HeaderError {}

impl de::Error for HeaderError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        let reason = msg.to_string();
        // serde names a missing required field by its wire name: the header.
        let header = reason
            .strip_prefix("missing field `")
            .and_then(|r| r.strip_suffix('`'))
            .unwrap_or_default()
            .to_string();
        HeaderError { header, reason }
    }
}

/// Reads the typed headers `H` from `(name, value)` pairs (names in any case; a repeated
/// header's values are joined with `,`, as RFC 9110 reads a list). Headers `H` does not name
/// are ignored; a value that is not UTF-8 text is an error naming its header.
pub fn decode<'a, H: DeserializeOwned>(
    pairs: impl IntoIterator<Item = (&'a str, &'a [u8])>,
) -> Result<H, HeaderError> {
    let mut joined: Vec<(String, String)> = Vec::new();
    for (name, value) in pairs {
        let name = name.to_ascii_lowercase();
        let value = std::str::from_utf8(value).map_err(|_| HeaderError {
            header: name.clone(),
            reason: "the value is not UTF-8 text".into(),
        })?;
        match joined.iter_mut().find(|(n, _)| *n == name) {
            Some((_, v)) => {
                v.push(',');
                v.push_str(value);
            }
            None => joined.push((name, value.to_string())),
        }
    }
    H::deserialize(Headers {
        pairs: joined.into_iter(),
        current: String::new(),
        value: None,
    })
}

/// Writes the typed headers `headers` as `(name, value)` pairs: absent (`None`) fields are left
/// out, lists and objects comma-joined.
pub fn encode<H: Serialize>(headers: &H) -> Result<Vec<(String, String)>, HeaderError> {
    let value = serde_json::to_value(headers).map_err(|e| HeaderError {
        header: String::new(),
        reason: e.to_string(),
    })?;
    let Value::Object(map) = value else {
        return Ok(Vec::new());
    };
    Ok(map
        .into_iter()
        .filter(|(_, v)| !v.is_null())
        .map(|(k, v)| (k, simple(&v, false)))
        .collect())
}

/// A scalar as text: strings without quotes, numbers and booleans as JSON writes them.
pub(crate) fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Simple style: arrays and objects comma-joined (`k,v,k,v`, or `k=v,k=v` exploded).
pub(crate) fn simple(v: &Value, explode: bool) -> String {
    match v {
        Value::Array(items) => items.iter().map(scalar).collect::<Vec<_>>().join(","),
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| {
                if explode {
                    format!("{k}={}", scalar(v))
                } else {
                    format!("{k},{}", scalar(v))
                }
            })
            .collect::<Vec<_>>()
            .join(","),
        other => scalar(other),
    }
}

/// The headers as a map for a headers struct to read.
struct Headers {
    pairs: std::vec::IntoIter<(String, String)>,
    current: String,
    value: Option<String>,
}

impl<'de> de::Deserializer<'de> for Headers {
    type Error = HeaderError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, HeaderError> {
        visitor.visit_map(self)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, HeaderError> {
        visitor.visit_unit()
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier
        ignored_any
    }
}

impl<'de> de::MapAccess<'de> for Headers {
    type Error = HeaderError;

    fn next_key_seed<K: de::DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, HeaderError> {
        let Some((name, value)) = self.pairs.next() else {
            return Ok(None);
        };
        self.current = name.clone();
        self.value = Some(value);
        seed.deserialize(name.into_deserializer()).map(Some)
    }

    fn next_value_seed<V: de::DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, HeaderError> {
        let value = self.value.take().unwrap_or_default();
        seed.deserialize(Text(value.trim()))
            .map_err(|e| HeaderError {
                header: self.current.clone(),
                reason: e.reason,
            })
    }
}

/// One header's text, read as the type asks: a number, a boolean, a comma-separated list, a
/// string.
struct Text<'a>(&'a str);

impl Text<'_> {
    fn parse<T: std::str::FromStr>(&self, what: &str) -> Result<T, HeaderError> {
        self.0
            .parse()
            .map_err(|_| de::Error::custom(format!("`{}` is not {what}", self.0)))
    }
}

macro_rules! parsed {
    ($($method:ident $visit:ident $what:literal),* $(,)?) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, HeaderError> {
            visitor.$visit(self.parse($what)?)
        }
    )*};
}

impl<'de> de::Deserializer<'de> for Text<'_> {
    type Error = HeaderError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, HeaderError> {
        visitor.visit_str(self.0)
    }

    parsed! {
        deserialize_bool visit_bool "a boolean",
        deserialize_i8 visit_i8 "an integer",
        deserialize_i16 visit_i16 "an integer",
        deserialize_i32 visit_i32 "an integer",
        deserialize_i64 visit_i64 "an integer",
        deserialize_u8 visit_u8 "an integer",
        deserialize_u16 visit_u16 "an integer",
        deserialize_u32 visit_u32 "an integer",
        deserialize_u64 visit_u64 "an integer",
        deserialize_f32 visit_f32 "a number",
        deserialize_f64 visit_f64 "a number",
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, HeaderError> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, HeaderError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, HeaderError> {
        let items = self
            .0
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(Text);
        visitor.visit_seq(de::value::SeqDeserializer::new(items))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, HeaderError> {
        visitor.visit_enum(self.0.into_deserializer())
    }

    forward_to_deserialize_any! {
        i128 u128 char str string bytes byte_buf unit unit_struct tuple tuple_struct map struct
        identifier ignored_any
    }
}

impl<'de> IntoDeserializer<'de, HeaderError> for Text<'_> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, PartialEq, Deserialize, Serialize)]
    struct Limits {
        #[serde(rename = "x-ratelimit-remaining")]
        remaining: i64,
        #[serde(rename = "etag", default, skip_serializing_if = "Option::is_none")]
        etag: Option<String>,
        #[serde(rename = "allow", default)]
        allow: Option<Vec<String>>,
    }

    fn pairs<'a>(v: &'a [(&'a str, &'a str)]) -> Vec<(&'a str, &'a [u8])> {
        v.iter().map(|(k, v)| (*k, v.as_bytes())).collect()
    }

    #[test]
    fn headers_read_by_their_types_in_any_case() {
        let got: Limits = decode(pairs(&[
            ("X-RateLimit-Remaining", " 12 "),
            ("ETag", "\"v1\""),
            ("allow", "GET, PUT"),
            ("Allow", "DELETE"),
            ("x-other", "ignored"),
        ]))
        .unwrap();
        assert_eq!(got.remaining, 12);
        assert_eq!(got.etag.as_deref(), Some("\"v1\""), "ETag quotes are kept");
        assert_eq!(got.allow.unwrap(), ["GET", "PUT", "DELETE"]);
    }

    #[test]
    fn a_bad_or_missing_header_is_named() {
        let bad = decode::<Limits>(pairs(&[("x-ratelimit-remaining", "many")])).unwrap_err();
        assert_eq!(bad.header, "x-ratelimit-remaining");
        assert!(
            bad.to_string().contains("`many` is not an integer"),
            "{bad}"
        );
        let missing = decode::<Limits>(pairs(&[("etag", "x")])).unwrap_err();
        assert_eq!(missing.header, "x-ratelimit-remaining", "{missing}");
    }

    #[test]
    fn headers_write_present_fields() {
        let out = encode(&Limits {
            remaining: 3,
            etag: None,
            allow: Some(vec!["GET".into(), "PUT".into()]),
        })
        .unwrap();
        assert_eq!(
            out,
            [
                ("x-ratelimit-remaining".to_string(), "3".to_string()),
                ("allow".to_string(), "GET,PUT".to_string())
            ]
        );
    }
}
