//! The mapping of the located tree: entries in source order, found by key.
//!
//! Most OpenAPI mappings are tiny (a `$ref`; a schema's `type` and `description`): in the
//! largest corpus spec 38,000 mappings hold 103,000 entries. A general-purpose ordered map
//! keeps a hash table and a stored hash per entry for each of them, which was a fifth of the
//! tree's memory. Here a mapping is a list searched in order, and only a mapping that grows
//! past [`INDEXED_FROM`] entries (`paths`, `components/schemas`, or a hostile document's
//! million keys) gets a hash index over entry positions, so lookups stay O(1) where it matters.
//!
//! A small mapping also keeps a 64-bit summary of its keys (a one-hash Bloom filter over
//! length and first and last bytes): most lookups in a small mapping are for a key it does not
//! have (`$ref` on every node a Spectral ruleset walks, `enum` or `example` in a filter), and
//! the summary answers those without reading a key.

use super::{Entry, Key};
use hashbrown::HashTable;
use std::hash::BuildHasher as _;
use std::sync::OnceLock;

/// Size from which a mapping keeps a hash index: below it a scan of short keys is as fast.
pub const INDEXED_FROM: usize = 12;

/// One hasher for every index in the process: seeded at random, so crafted keys in an
/// untrusted spec cannot force collisions, and stored once rather than in every mapping.
fn hasher() -> &'static foldhash::fast::RandomState {
    static STATE: OnceLock<foldhash::fast::RandomState> = OnceLock::new();
    STATE.get_or_init(foldhash::fast::RandomState::default)
}

fn hash(key: &str) -> u64 {
    hasher().hash_one(key)
}

/// A mapping, in source order.
#[derive(Clone, Default)]
pub struct Map {
    entries: Vec<(Key, Entry)>,
    index: Option<Box<HashTable<u32>>>,
    /// The [`summary_bit`]s of the keys (kept for every size; read only while unindexed).
    summary: u64,
}

/// The bit of `key` in a mapping's key summary.
fn summary_bit(key: &[u8]) -> u64 {
    let (first, last) = match key {
        [] => (0, 0),
        [f, .., l] => (*f, *l),
        [f] => (*f, *f),
    };
    let h = u32::from(first) * 31 + u32::from(last) * 7 + key.len() as u32;
    1 << (h % 64)
}

impl Map {
    /// An empty mapping.
    pub fn new() -> Self {
        Map::default()
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn position(&self, key: &str) -> Option<usize> {
        match &self.index {
            Some(index) => index
                .find(hash(key), |&i| self.entries[i as usize].0 == key)
                .map(|&i| i as usize),
            // Lengths and first bytes first: most keys of a small mapping differ there, and a
            // call to memcmp per key was most of a lookup.
            None => {
                let key = key.as_bytes();
                if self.summary & summary_bit(key) == 0 {
                    return None;
                }
                self.entries.iter().position(|(k, _)| {
                    let k = k.as_bytes();
                    k.len() == key.len() && k.first() == key.first() && k == key
                })
            }
        }
    }

    /// The entry for `key`.
    pub fn get(&self, key: &str) -> Option<&Entry> {
        self.position(key).map(|i| &self.entries[i].1)
    }

    /// The entry for `key`, mutably.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Entry> {
        self.position(key).map(|i| &mut self.entries[i].1)
    }

    /// Whether `key` is present.
    pub fn contains_key(&self, key: &str) -> bool {
        self.position(key).is_some()
    }

    /// The `i`th entry in order.
    pub fn get_index(&self, i: usize) -> Option<(&Key, &Entry)> {
        self.entries.get(i).map(|(k, e)| (k, e))
    }

    /// The first entry.
    pub fn first(&self) -> Option<(&Key, &Entry)> {
        self.get_index(0)
    }

    /// Sets `key`: a present key keeps its place and the old entry is returned; a new key
    /// goes last.
    pub fn insert(&mut self, key: Key, entry: Entry) -> Option<Entry> {
        if let Some(i) = self.position(&key) {
            return Some(std::mem::replace(&mut self.entries[i].1, entry));
        }
        let at = self.entries.len();
        self.summary |= summary_bit(key.as_bytes());
        self.entries.push((key, entry));
        match &mut self.index {
            Some(index) => {
                // Hashed only here: most mappings stay small and never need the hash.
                let entries = &self.entries;
                index.insert_unique(hash(&entries[at].0), at as u32, |&i| {
                    hash(&entries[i as usize].0)
                });
            }
            None if self.entries.len() >= INDEXED_FROM => self.reindex(),
            None => {}
        }
        None
    }

    /// Removes `key`, keeping the order of the rest.
    pub fn shift_remove(&mut self, key: &str) -> Option<Entry> {
        let i = self.position(key)?;
        let (_, entry) = self.entries.remove(i);
        // Positions after `i` moved; removal is rare (overlays, normalisation), so rebuild.
        self.reindex();
        Some(entry)
    }

    /// Keeps the entries for which `keep` is true, in order.
    pub fn retain(&mut self, mut keep: impl FnMut(&Key, &mut Entry) -> bool) {
        self.entries.retain_mut(|(k, e)| keep(k, e));
        self.reindex();
    }

    fn reindex(&mut self) {
        self.summary = self
            .entries
            .iter()
            .fold(0, |sum, (k, _)| sum | summary_bit(k.as_bytes()));
        if self.entries.len() < INDEXED_FROM {
            self.index = None;
            return;
        }
        let mut index = HashTable::with_capacity(self.entries.len());
        for (i, (k, _)) in self.entries.iter().enumerate() {
            let entries = &self.entries;
            index.insert_unique(hash(k), i as u32, |&j| hash(&entries[j as usize].0));
        }
        self.index = Some(Box::new(index));
    }

    /// Trims storage to the number of entries (a parser grows a mapping one entry at a time).
    pub fn shrink_to_fit(&mut self) {
        self.entries.shrink_to_fit();
        if let Some(index) = &mut self.index {
            let entries = &self.entries;
            index.shrink_to_fit(|&i| hash(&entries[i as usize].0));
        }
    }

    /// Entries in order.
    pub fn iter(&self) -> Iter<'_> {
        self.entries.iter().map(|(k, e)| (k, e))
    }

    /// Entries in order, values mutable.
    pub fn iter_mut(&mut self) -> IterMut<'_> {
        self.entries.iter_mut().map(|(k, e)| (&*k, e))
    }

    /// Keys in order.
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &Key> + ExactSizeIterator {
        self.entries.iter().map(|(k, _)| k)
    }

    /// Values in order.
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &Entry> + ExactSizeIterator {
        self.entries.iter().map(|(_, e)| e)
    }

    /// Values in order, mutably.
    pub fn values_mut(
        &mut self,
    ) -> impl DoubleEndedIterator<Item = &mut Entry> + ExactSizeIterator {
        self.entries.iter_mut().map(|(_, e)| e)
    }
}

/// Borrowing iterator over a [`Map`].
pub type Iter<'a> = std::iter::Map<
    std::slice::Iter<'a, (Key, Entry)>,
    fn(&'a (Key, Entry)) -> (&'a Key, &'a Entry),
>;

/// Mutably borrowing iterator over a [`Map`].
pub type IterMut<'a> = std::iter::Map<
    std::slice::IterMut<'a, (Key, Entry)>,
    fn(&'a mut (Key, Entry)) -> (&'a Key, &'a mut Entry),
>;

impl std::fmt::Debug for Map {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// Equal when the same keys map to equal entries, in any order (as JSON objects compare).
impl PartialEq for Map {
    fn eq(&self, other: &Map) -> bool {
        self.len() == other.len() && self.iter().all(|(k, e)| other.get(k) == Some(e))
    }
}

impl FromIterator<(Key, Entry)> for Map {
    fn from_iter<I: IntoIterator<Item = (Key, Entry)>>(iter: I) -> Self {
        let mut m = Map::new();
        m.extend(iter);
        m
    }
}

impl Extend<(Key, Entry)> for Map {
    fn extend<I: IntoIterator<Item = (Key, Entry)>>(&mut self, iter: I) {
        for (k, e) in iter {
            self.insert(k, e);
        }
    }
}

impl<'a> IntoIterator for &'a Map {
    type Item = (&'a Key, &'a Entry);
    type IntoIter = Iter<'a>;
    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

impl<'a> IntoIterator for &'a mut Map {
    type Item = (&'a Key, &'a mut Entry);
    type IntoIter = IterMut<'a>;
    fn into_iter(self) -> IterMut<'a> {
        self.iter_mut()
    }
}

impl IntoIterator for Map {
    type Item = (Key, Entry);
    type IntoIter = std::vec::IntoIter<(Key, Entry)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Loc;
    use crate::tree::{Node, Value};

    fn entry(n: i64) -> Entry {
        Entry {
            key_loc: Loc::default(),
            node: Node::new(
                Loc::default(),
                Value::Number(crate::tree::Number::from_text(&n.to_string())),
            ),
        }
    }

    fn value(m: &Map, k: &str) -> Option<String> {
        m.get(k)
            .and_then(|e| e.node.as_number())
            .map(|n| n.text().to_string())
    }

    #[test]
    fn small_and_indexed_mappings_agree() {
        for n in [3usize, INDEXED_FROM - 1, INDEXED_FROM, 200] {
            let mut m = Map::new();
            for i in 0..n {
                assert!(m.insert(format!("k{i}").into(), entry(i as i64)).is_none());
            }
            assert_eq!(m.index.is_some(), n >= INDEXED_FROM, "{n} entries");
            for i in 0..n {
                assert_eq!(value(&m, &format!("k{i}")), Some(i.to_string()));
            }
            assert!(m.get("absent").is_none());
            // Replacing keeps the place; removing keeps the order of the rest.
            assert_eq!(m.insert("k0".into(), entry(-1)).map(|_| ()), Some(()));
            assert_eq!(m.first().map(|(k, _)| k.as_str()), Some("k0"));
            assert!(m.shift_remove("k1").is_some());
            assert_eq!(m.len(), n - 1);
            assert_eq!(value(&m, "k2"), Some("2".into()));
            assert_eq!(m.get_index(1).map(|(k, _)| k.as_str()), Some("k2"));
            assert_eq!(value(&m, "k0"), Some("-1".into()));
            assert!(m.get("k1").is_none());
            m.retain(|k, _| k != "k2");
            assert!(m.get("k2").is_none());
            assert_eq!(value(&m, "k0"), Some("-1".into()));
        }
    }

    #[test]
    fn equality_ignores_order() {
        let a: Map = [("a".into(), entry(1)), ("b".into(), entry(2))]
            .into_iter()
            .collect();
        let b: Map = [("b".into(), entry(2)), ("a".into(), entry(1))]
            .into_iter()
            .collect();
        assert_eq!(a, b);
        let c: Map = [("a".into(), entry(1))].into_iter().collect();
        assert_ne!(a, c);
    }
}
