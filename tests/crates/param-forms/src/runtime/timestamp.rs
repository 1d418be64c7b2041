//! Timestamps and dates in a fixed vendor layout (`%Y-%m-%d %H:%M`, `%Y%m%d`), not RFC 3339.

use chrono::{NaiveDate, NaiveDateTime};
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

/// The traits both layout types implement alike. Manual impls: derives would demand
/// `L: Clone` etc. of a marker type.
macro_rules! layout_value_impls {
    ($ty:ident) => {
        impl<L: Layout> Clone for $ty<L> {
            fn clone(&self) -> Self {
                *self
            }
        }
        impl<L: Layout> Copy for $ty<L> {}
        impl<L: Layout> PartialEq for $ty<L> {
            fn eq(&self, other: &Self) -> bool {
                self.value == other.value
            }
        }
        impl<L: Layout> Eq for $ty<L> {}
        impl<L: Layout> PartialOrd for $ty<L> {
            fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }
        impl<L: Layout> Ord for $ty<L> {
            fn cmp(&self, other: &Self) -> std::cmp::Ordering {
                self.value.cmp(&other.value)
            }
        }
        impl<L: Layout> fmt::Debug for $ty<L> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!(stringify!($ty), "({})"), self)
            }
        }

        impl<L: Layout> fmt::Display for $ty<L> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.value.format(L::FORMAT))
            }
        }

        impl<L: Layout> Serialize for $ty<L> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de, L: Layout> Deserialize<'de> for $ty<L> {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                Self::parse(&s).map_err(serde::de::Error::custom)
            }
        }
    };
}

layout_value_impls!(LayoutTime);

/// Whether a strftime layout has a time of day (hours, minutes, seconds or a combination);
/// one without is a date, read as [`LayoutDate`].
pub fn layout_has_time(format: &str) -> bool {
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c == '%' {
            // Skip padding modifiers (`%-H`, `%_M`, `%0S`).
            let mut spec = chars.next();
            while matches!(spec, Some('-' | '_' | '0' | '.' | ':' | '3' | '6' | '9')) {
                spec = chars.next();
            }
            if matches!(
                spec,
                Some(
                    'H' | 'k'
                        | 'I'
                        | 'l'
                        | 'M'
                        | 'S'
                        | 'T'
                        | 'R'
                        | 'X'
                        | 'r'
                        | 'f'
                        | 'p'
                        | 'P'
                        | 's'
                )
            ) {
                return true;
            }
        }
    }
    false
}

/// A date in layout `L` (`%Y%m%d`, `%d/%m/%Y`): a protocol's `"20240131"` reads and writes back
/// byte for byte, and anything else is rejected with a message naming the expected layout. A
/// date is not a date-time: there is no time of day and no zone to invent.
pub struct LayoutDate<L: Layout> {
    value: NaiveDate,
    layout: PhantomData<L>,
}

impl<L: Layout> LayoutDate<L> {
    /// Wraps a date.
    pub fn new(value: NaiveDate) -> Self {
        LayoutDate {
            value,
            layout: PhantomData,
        }
    }

    /// The date.
    pub fn value(&self) -> NaiveDate {
        self.value
    }

    /// Parses `s` in layout `L`.
    pub fn parse(s: &str) -> Result<Self, String> {
        NaiveDate::parse_from_str(s, L::FORMAT)
            .map(Self::new)
            .map_err(|e| format!("`{s}` is not a date in the layout `{}`: {e}", L::FORMAT))
    }
}

layout_value_impls!(LayoutDate);

#[cfg(test)]
mod tests {
    use super::*;

    struct ThreeDsDate;
    impl Layout for ThreeDsDate {
        const FORMAT: &'static str = "%Y%m%d";
    }

    #[test]
    fn a_protocol_date_layout_round_trips_and_refuses_others() {
        let d: LayoutDate<ThreeDsDate> = serde_json::from_str("\"20240131\"").unwrap();
        assert_eq!(d.value(), NaiveDate::from_ymd_opt(2024, 1, 31).unwrap());
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"20240131\"");
        let e = serde_json::from_str::<LayoutDate<ThreeDsDate>>("\"2024-01-31\"").unwrap_err();
        assert!(e.to_string().contains("%Y%m%d"), "{e}");
    }

    #[test]
    fn layouts_with_and_without_a_time_of_day() {
        assert!(layout_has_time("%Y-%m-%d %H:%M"));
        assert!(layout_has_time("%d.%m.%Y %-I%p"));
        assert!(!layout_has_time("%Y%m%d"));
        assert!(!layout_has_time("%d/%m/%Y"));
    }

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
