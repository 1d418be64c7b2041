//! String enums: `Display` and `FromStr` from each variant's wire name.

/// Implements `Display` and `FromStr` for a generated string enum, given its catch-all
/// variant and each other variant with its wire name in parentheses (which keeps the pair on
/// one line as generated code is laid out): one call per enum instead of two `match`
/// blocks of a line per variant. It expands to those matches (not to a round trip through
/// serde, which doubled the time to check Stripe's types; decision 023).
///
/// ```text
/// enums::wire_names!(Status, Other; Active("active"), PastDue("past_due"));
/// ```
// Exported (hidden) and made local in the module form, as `server::handler!` is.
#[doc(hidden)]
#[macro_export]
macro_rules! __specforge_wire_names {
    ($ty:ident, $other:ident; $($variant:ident($wire:literal)),* $(,)?) => {
        impl ::std::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(match self {
                    $($ty::$variant => $wire,)*
                    $ty::$other(s) => s,
                })
            }
        }
        impl ::std::str::FromStr for $ty {
            type Err = ::std::convert::Infallible;
            // Spelled out rather than `Self::Err`: a variant may be named `Err`.
            fn from_str(s: &str) -> ::std::result::Result<Self, ::std::convert::Infallible> {
                ::std::result::Result::Ok(match s {
                    $($wire => $ty::$variant,)*
                    other => $ty::$other(::std::string::ToString::to_string(other)),
                })
            }
        }
    };
}
#[doc(inline)]
pub use crate::__specforge_wire_names as wire_names;

#[cfg(test)]
mod tests {
    use super::wire_names;

    #[derive(Debug, PartialEq)]
    enum Status {
        Active,
        PastDue,
        Other(String),
    }
    wire_names!(Status, Other; Active("active"), PastDue("past_due"));

    #[test]
    fn listed_names_and_the_rest_round_trip() {
        for (wire, value) in [
            ("active", Status::Active),
            ("past_due", Status::PastDue),
            ("paused", Status::Other("paused".into())),
        ] {
            assert_eq!(wire.parse::<Status>(), Ok(value));
            assert_eq!(wire.parse::<Status>().unwrap().to_string(), wire);
        }
    }
}
