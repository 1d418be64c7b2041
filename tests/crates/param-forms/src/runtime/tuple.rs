//! Arrays of positional items (`prefixItems`) whose length varies: generated tuple structs
//! read one element at a time through these.

use serde::de::{DeserializeOwned, Error};
use serde_json::Value;

/// The next element, which every valid array has (position `index`).
pub fn required<T: DeserializeOwned, E: Error>(
    items: &mut impl Iterator<Item = Value>,
    index: usize,
) -> Result<T, E> {
    match items.next() {
        Some(v) => serde_json::from_value(v).map_err(|e| E::custom(format!("item {index}: {e}"))),
        None => Err(E::custom(format!(
            "the array ends before item {index}, which is required"
        ))),
    }
}

/// The next element, if the array goes on (position `index`).
pub fn optional<T: DeserializeOwned, E: Error>(
    items: &mut impl Iterator<Item = Value>,
    index: usize,
) -> Result<Option<T>, E> {
    match items.next() {
        Some(v) => serde_json::from_value(v)
            .map(Some)
            .map_err(|e| E::custom(format!("item {index}: {e}"))),
        None => Ok(None),
    }
}

/// The elements after the positions (`first` is the index of the first of them).
pub fn rest<T: DeserializeOwned, E: Error>(
    items: impl Iterator<Item = Value>,
    first: usize,
) -> Result<Vec<T>, E> {
    items
        .enumerate()
        .map(|(i, v)| {
            serde_json::from_value(v).map_err(|e| E::custom(format!("item {}: {e}", first + i)))
        })
        .collect()
}

/// Nothing may follow the positions (`items: false`, or `maxItems` reached).
pub fn end<E: Error>(mut items: impl Iterator<Item = Value>, len: usize) -> Result<(), E> {
    match items.next() {
        Some(_) => Err(E::custom(format!(
            "the array has more than the {len} items it may have"
        ))),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn elements_in_order() {
        let mut it = vec![json!("a"), json!(true), json!(1), json!(2)].into_iter();
        let a: String = required::<_, serde_json::Error>(&mut it, 0).unwrap();
        let b: Option<bool> = optional::<_, serde_json::Error>(&mut it, 1).unwrap();
        let r: Vec<i64> = rest::<_, serde_json::Error>(it, 2).unwrap();
        assert_eq!((a.as_str(), b, r), ("a", Some(true), vec![1, 2]));
        let mut short = Vec::<Value>::new().into_iter();
        assert!(required::<String, serde_json::Error>(&mut short, 0).is_err());
        assert!(end::<serde_json::Error>(vec![json!(1)].into_iter(), 0).is_err());
    }
}
