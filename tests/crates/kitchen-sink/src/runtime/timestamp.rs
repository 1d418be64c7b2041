//! Timestamps in a fixed vendor layout (`%Y-%m-%d %H:%M`), not RFC 3339.

use chrono::NaiveDateTime;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::marker::PhantomData;

/// A timestamp layout, as a strftime string. Generated code declares one type per layout:
/// `struct TykMinute; impl Layout for TykMinute { const FORMAT: &str = "%Y-%m-%d %H:%M"; }`.
pub trait Layout {
    /// The strftime layout.
    const FORMAT: &'static str;
}

/// A zone-less date and time in layout `L`: Tyk's `"2023-06-25 13:37"` reads and writes back
/// byte for byte, and anything else (RFC 3339 included) is rejected with a message naming the
/// expected layout.
pub struct LayoutTime<L: Layout> {
    value: NaiveDateTime,
    layout: PhantomData<L>,
}

impl<L: Layout> LayoutTime<L> {
    /// Wraps a date-time.
    pub fn new(value: NaiveDateTime) -> Self {
        LayoutTime {
            value,
            layout: PhantomData,
        }
    }

    /// The date-time (no time zone: the layout has none).
    pub fn value(&self) -> NaiveDateTime {
        self.value
    }

    /// Parses `s` in layout `L`.
    pub fn parse(s: &str) -> Result<Self, String> {
        NaiveDateTime::parse_from_str(s, L::FORMAT)
            .map(Self::new)
            .map_err(|e| {
                format!(
                    "`{s}` is not a timestamp in the layout `{}`: {e}",
                    L::FORMAT
                )
            })
    }
}

// Manual impls: derives would demand `L: Clone` etc. of a marker type.
impl<L: Layout> Clone for LayoutTime<L> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<L: Layout> Copy for LayoutTime<L> {}
impl<L: Layout> PartialEq for LayoutTime<L> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}
impl<L: Layout> Eq for LayoutTime<L> {}
impl<L: Layout> PartialOrd for LayoutTime<L> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl<L: Layout> Ord for LayoutTime<L> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.value.cmp(&other.value)
    }
}
impl<L: Layout> fmt::Debug for LayoutTime<L> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "LayoutTime({})", self)
    }
}

impl<L: Layout> fmt::Display for LayoutTime<L> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.value.format(L::FORMAT))
    }
}

impl<L: Layout> Serialize for LayoutTime<L> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de, L: Layout> Deserialize<'de> for LayoutTime<L> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Self::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct TykMinute;
    impl Layout for TykMinute {
        const FORMAT: &'static str = "%Y-%m-%d %H:%M";
    }

    #[test]
    fn tyk_layout_round_trips() {
        let json = "\"2023-06-25 13:37\"";
        let t: LayoutTime<TykMinute> = serde_json::from_str(json).unwrap();
        assert_eq!(t.value().format("%H:%M").to_string(), "13:37");
        assert_eq!(serde_json::to_string(&t).unwrap(), json);
    }

    #[test]
    fn other_layouts_are_rejected_with_the_expected_one() {
        let e =
            serde_json::from_str::<LayoutTime<TykMinute>>("\"2023-06-25T13:37:00Z\"").unwrap_err();
        assert!(e.to_string().contains("%Y-%m-%d %H:%M"), "{e}");
    }
}
