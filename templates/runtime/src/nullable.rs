//! A field that may be absent, `null`, or a value, and where the API tells the three apart
//! (optional *and* nullable in the spec: PATCH-style "clear this field").

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// `null` or a value. Used as `Option<Nullable<T>>`: `None` is absent, `Some(Null)` is an
/// explicit `null`, `Some(Value(v))` is a value. Generated fields pair it with
/// `#[serde(default, deserialize_with = "present", skip_serializing_if = "absent")]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Nullable<T> {
    /// An explicit `null`.
    Null,
    /// A value.
    Value(T),
}

impl<T> Nullable<T> {
    /// The value, if not null.
    pub fn as_ref(&self) -> Option<&T> {
        match self {
            Nullable::Null => None,
            Nullable::Value(v) => Some(v),
        }
    }
}

impl<T: Serialize> Serialize for Nullable<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Nullable::Null => s.serialize_none(),
            Nullable::Value(v) => v.serialize(s),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Nullable<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match Option::<T>::deserialize(d)? {
            None => Nullable::Null,
            Some(v) => Nullable::Value(v),
        })
    }
}

/// For `Option<Nullable<T>>` fields: a key that is present (even as `null`) is `Some`; with
/// `#[serde(default)]`, a missing key is `None`.
pub fn present<'de, D, T>(d: D) -> Result<Option<Nullable<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Nullable::deserialize(d).map(Some)
}

/// `Option::is_none` as a free function, for `skip_serializing_if` on optional fields: short,
/// and a spec's type named `Option` cannot shadow it.
pub fn absent<T>(value: &Option<T>) -> bool {
    value.is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Client {
        #[serde(default, deserialize_with = "present", skip_serializing_if = "absent")]
        logo_uri: Option<Nullable<String>>,
    }

    #[test]
    fn absent_null_and_value_are_three_things() {
        for json in [
            r#"{}"#,
            r#"{"logo_uri":null}"#,
            r#"{"logo_uri":"https://x"}"#,
        ] {
            let c: Client = serde_json::from_str(json).unwrap();
            assert_eq!(serde_json::to_string(&c).unwrap(), json);
        }
        let c: Client = serde_json::from_str(r#"{"logo_uri":null}"#).unwrap();
        assert_eq!(c.logo_uri, Some(Nullable::Null));
    }
}
