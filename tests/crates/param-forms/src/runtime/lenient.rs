//! Numbers that a spec types as strings.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A number the spec declares as a string but the API sends (or documents) as a number —
/// SailPoint's `accessTokenValiditySeconds: {type: string, example: 750}`. Accepts `750` and
/// `"750"`, and writes back the form it was read in (a new value is written as the declared
/// string, which is what the spec promises the server accepts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LenientNumber<T> {
    value: T,
    as_string: bool,
}

impl<T> LenientNumber<T> {
    /// A value written as the declared string form.
    pub fn new(value: T) -> Self {
        LenientNumber {
            value,
            as_string: true,
        }
    }

    /// The number.
    pub fn value(&self) -> &T {
        &self.value
    }
}

impl<T: fmt::Display> Serialize for LenientNumber<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.as_string {
            s.collect_str(&self.value)
        } else {
            // Written back as the bare number it was read as.
            let text = self.value.to_string();
            let n: serde_json::Number = text.parse().map_err(serde::ser::Error::custom)?;
            n.serialize(s)
        }
    }
}

impl<'de, T> Deserialize<'de> for LenientNumber<T>
where
    T: FromStr,
    T::Err: fmt::Display,
{
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Wire {
            Number(serde_json::Number),
            Text(String),
        }
        let (text, as_string) = match Wire::deserialize(d)? {
            Wire::Number(n) => (n.to_string(), false),
            Wire::Text(s) => (s, true),
        };
        text.trim()
            .parse()
            .map(|value| LenientNumber { value, as_string })
            .map_err(|e| serde::de::Error::custom(format!("`{text}` is not a number: {e}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_forms_round_trip() {
        let n: LenientNumber<u64> = serde_json::from_str("750").unwrap();
        assert_eq!(*n.value(), 750);
        assert_eq!(serde_json::to_string(&n).unwrap(), "750");
        let s: LenientNumber<u64> = serde_json::from_str("\"750\"").unwrap();
        assert_eq!(*s.value(), 750);
        assert_eq!(serde_json::to_string(&s).unwrap(), "\"750\"");
        assert_eq!(
            serde_json::to_string(&LenientNumber::new(86400u64)).unwrap(),
            "\"86400\""
        );
    }

    #[test]
    fn non_numbers_are_errors() {
        assert!(serde_json::from_str::<LenientNumber<u64>>("\"soon\"").is_err());
        assert!(serde_json::from_str::<LenientNumber<u64>>("true").is_err());
    }
}
