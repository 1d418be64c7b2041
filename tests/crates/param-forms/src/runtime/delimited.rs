//! A set of enum members carried as one delimited string (`"code,token"`).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// Members of `T` joined by `SEP` in one string: Tyk's `GrantType` is
/// `"authorization_code,refresh_token"` although its schema says a single enum value.
///
/// Order and repetitions are kept as received, so a value read from the wire is written back
/// byte for byte. Members are parsed with `T::from_str`; generated enums for responses have an
/// `Other(String)` variant, so a member added by the vendor does not fail parsing.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct DelimitedSet<T, const SEP: char = ','> {
    members: Vec<T>,
}

impl<T, const SEP: char> DelimitedSet<T, SEP> {
    /// A set of these members, in this order.
    pub fn new(members: impl IntoIterator<Item = T>) -> Self {
        DelimitedSet {
            members: members.into_iter().collect(),
        }
    }

    /// The members, in order.
    pub fn members(&self) -> &[T] {
        &self.members
    }

    /// Whether `member` is in the set.
    pub fn contains(&self, member: &T) -> bool
    where
        T: PartialEq,
    {
        self.members.contains(member)
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// Whether the set is empty (the empty string on the wire).
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }
}

impl<T: fmt::Display, const SEP: char> fmt::Display for DelimitedSet<T, SEP> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, m) in self.members.iter().enumerate() {
            if i > 0 {
                write!(f, "{SEP}")?;
            }
            write!(f, "{m}")?;
        }
        Ok(())
    }
}

impl<T: FromStr, const SEP: char> FromStr for DelimitedSet<T, SEP> {
    type Err = T::Err;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.is_empty() {
            return Ok(DelimitedSet {
                members: Vec::new(),
            });
        }
        s.split(SEP)
            .map(|p| p.trim().parse())
            .collect::<Result<Vec<T>, _>>()
            .map(|members| DelimitedSet { members })
    }
}

impl<T: fmt::Display, const SEP: char> Serialize for DelimitedSet<T, SEP> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de, T, const SEP: char> Deserialize<'de> for DelimitedSet<T, SEP>
where
    T: FromStr,
    T::Err: fmt::Display,
{
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, PartialEq)]
    enum Grant {
        AuthorizationCode,
        RefreshToken,
        Other(String),
    }

    impl FromStr for Grant {
        type Err = std::convert::Infallible;
        fn from_str(s: &str) -> Result<Self, Self::Err> {
            Ok(match s {
                "authorization_code" => Grant::AuthorizationCode,
                "refresh_token" => Grant::RefreshToken,
                other => Grant::Other(other.to_string()),
            })
        }
    }

    impl fmt::Display for Grant {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(match self {
                Grant::AuthorizationCode => "authorization_code",
                Grant::RefreshToken => "refresh_token",
                Grant::Other(s) => s,
            })
        }
    }

    #[test]
    fn round_trips_byte_for_byte() {
        let json = r#""authorization_code,refresh_token,password""#;
        let v: DelimitedSet<Grant> = serde_json::from_str(json).unwrap();
        assert_eq!(v.members()[0], Grant::AuthorizationCode);
        assert_eq!(
            v.members()[2],
            Grant::Other("password".into()),
            "a newer member is kept"
        );
        assert_eq!(serde_json::to_string(&v).unwrap(), json);
    }

    #[test]
    fn other_separators_and_empty() {
        let v: DelimitedSet<String, ' '> = "read write".parse().unwrap();
        assert_eq!(v.len(), 2);
        assert_eq!(v.to_string(), "read write");
        let e: DelimitedSet<String> = serde_json::from_str("\"\"").unwrap();
        assert!(e.is_empty());
        assert_eq!(serde_json::to_string(&e).unwrap(), "\"\"");
    }

    #[test]
    fn rejects_non_strings() {
        assert!(serde_json::from_str::<DelimitedSet<String>>("[1]").is_err());
    }
}
