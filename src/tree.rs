//! The located document tree: a JSON-like value in which every node and every mapping key
//! keeps its [`Loc`], and numbers keep their source text.
//!
//! Keeping the text matters: YAML `version: 1.10` is a number to a YAML 1.2 parser, but
//! OpenAPI says it is the string `"1.10"`; converting through `f64` would print `1.1`.

use crate::source::Loc;
use std::fmt::Write as _;
// No weak count: a mapping header is 8 bytes smaller, which moves it down a malloc size class.
use triomphe::Arc;

/// A number as written in the source.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    text: Box<str>,
}

impl Number {
    /// A number from its source text (already validated as a number).
    pub fn from_text(text: &str) -> Self {
        Number { text: text.into() }
    }

    /// The source text, e.g. `1.10`.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The value as an integer, if it is one (`750`, `0x1F`, `1e3` are not all; see YAML core).
    pub fn as_i64(&self) -> Option<i64> {
        self.text.parse().ok()
    }

    /// The value as a float.
    pub fn as_f64(&self) -> Option<f64> {
        self.text.parse().ok()
    }

    /// The value as a `serde_json::Number`.
    pub fn to_json(&self) -> serde_json::Value {
        if let Ok(i) = self.text.parse::<i64>() {
            return i.into();
        }
        if let Ok(u) = self.text.parse::<u64>() {
            return u.into();
        }
        match self.as_f64().and_then(serde_json::Number::from_f64) {
            Some(n) => serde_json::Value::Number(n),
            // .inf / .nan have no JSON form; keep the text rather than lose it.
            None => serde_json::Value::String(self.text.to_string()),
        }
    }
}

/// A mapping entry: the key's location and the value.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Location of the key.
    pub key_loc: Loc,
    /// The value.
    pub node: Node,
}

mod map;
pub use map::Map;
mod memo;
pub use memo::Memo;

/// A mapping key: inline up to 24 bytes, so the common short keys (`type`, `description`,
/// `properties`) need no allocation.
pub type Key = compact_str::CompactString;

/// A value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null`, `~`, or an empty YAML value.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// An integer or float, with its source text.
    Number(Number),
    /// A string: inline up to 24 bytes, like [`Key`] (most scalar strings in a spec are short
    /// names, formats and enum members).
    String(Key),
    /// A sequence. A boxed slice, not a `Vec`: documents are built once and rarely edited,
    /// and the 8 bytes saved let a whole [`Value`] fit in 24.
    Seq(Box<[Node]>),
    /// A mapping. Behind a pointer, so most nodes (scalars) stay small; shared, so the model
    /// keeps examples, defaults and extensions without copying the subtree (writers go
    /// through [`Map::make_mut`], which copies only a mapping that is shared).
    Map(Arc<Map>),
}

impl Value {
    /// A finished mapping, its storage trimmed to its length: a parser grows maps one entry
    /// at a time, and the slack would otherwise stay for the life of the document.
    pub fn finished_map(mut map: Map) -> Value {
        map.shrink_to_fit();
        Value::Map(Arc::new(map))
    }

    /// A finished sequence, trimmed like [`Value::finished_map`].
    pub fn finished_seq(items: Vec<Node>) -> Value {
        Value::Seq(items.into_boxed_slice())
    }
}

impl Map {
    /// The mapping behind a shared handle, for writing: copied first if the model or
    /// another node still shares it, so writes never show through elsewhere.
    pub fn make_mut(shared: &mut Arc<Map>) -> &mut Map {
        Arc::make_mut(shared)
    }
}

// A large spec has a hundred thousand mapping entries: their layout is most of the tree's
// memory (decision 011), so growth is caught at compile time, as rustc does for its own types.
#[cfg(target_pointer_width = "64")]
const _: () = {
    assert!(size_of::<Value>() == 24);
    assert!(size_of::<Node>() == 40);
    assert!(size_of::<(Key, Entry)>() == 80);
};

/// A value and where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Location of the value's first character.
    pub loc: Loc,
    /// The value.
    pub value: Value,
}

impl Node {
    /// A node at `loc`.
    pub fn new(loc: Loc, value: Value) -> Self {
        Node { loc, value }
    }

    /// An empty mapping at `loc`.
    pub fn map(loc: Loc) -> Self {
        Node::new(loc, Value::Map(Arc::default()))
    }

    /// A string at `loc`.
    pub fn string(loc: Loc, s: impl Into<String>) -> Self {
        Node::new(loc, Value::String(Key::from(s.into())))
    }

    /// The mapping, if this is one.
    pub fn as_map(&self) -> Option<&Map> {
        match &self.value {
            Value::Map(m) => Some(m),
            _ => None,
        }
    }

    /// The mapping, mutably.
    pub fn as_map_mut(&mut self) -> Option<&mut Map> {
        match &mut self.value {
            Value::Map(m) => Some(Map::make_mut(m)),
            _ => None,
        }
    }

    /// The sequence, if this is one.
    pub fn as_seq(&self) -> Option<&[Node]> {
        match &self.value {
            Value::Seq(s) => Some(s),
            _ => None,
        }
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The scalar as text when the spec wants a string: numbers give their source text
    /// (`1.10`), booleans `true`/`false`. This is how `info.version: 1.10` stays `"1.10"`.
    pub fn as_text(&self) -> Option<&str> {
        match &self.value {
            Value::String(s) => Some(s),
            Value::Number(n) => Some(n.text()),
            Value::Bool(true) => Some("true"),
            Value::Bool(false) => Some("false"),
            _ => None,
        }
    }

    /// The boolean, if this is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self.value {
            Value::Bool(b) => Some(b),
            _ => None,
        }
    }

    /// The number, if this is one.
    pub fn as_number(&self) -> Option<&Number> {
        match &self.value {
            Value::Number(n) => Some(n),
            _ => None,
        }
    }

    /// `self[key]` for a mapping.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.as_map()?.get(key).map(|e| &e.node)
    }

    /// `self[key]` for a mapping, mutably.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Node> {
        self.as_map_mut()?.get_mut(key).map(|e| &mut e.node)
    }

    /// The location of `key` in this mapping.
    pub fn key_loc(&self, key: &str) -> Option<Loc> {
        self.as_map()?.get(key).map(|e| e.key_loc)
    }

    /// Inserts or replaces `key`, placing a new key at the end; the key's location is the
    /// value's location (synthesised nodes point at what they came from).
    pub fn insert(&mut self, key: impl Into<Key>, node: Node) {
        if let Some(m) = self.as_map_mut() {
            let key_loc = node.loc;
            m.insert(key.into(), Entry { key_loc, node });
        }
    }

    /// Removes `key`, keeping the order of the rest.
    pub fn remove(&mut self, key: &str) -> Option<Entry> {
        self.as_map_mut()?.shift_remove(key)
    }

    /// Resolves an RFC 6901 JSON pointer (`""` is the node itself).
    pub fn pointer(&self, pointer: &str) -> Option<&Node> {
        if pointer.is_empty() {
            return Some(self);
        }
        let mut node = self;
        for token in pointer.strip_prefix('/')?.split('/') {
            // Borrowed unless escaped: `$ref`s are followed through here on every visit.
            let token: std::borrow::Cow<'_, str> = if token.contains('~') {
                unescape_pointer_token(token).into()
            } else {
                token.into()
            };
            node = match &node.value {
                Value::Map(m) => &m.get(&token)?.node,
                Value::Seq(s) => s.get(token.parse::<usize>().ok()?)?,
                _ => return None,
            };
        }
        Some(node)
    }

    /// Whether `other` is this very tree: the same values at the same locations, members in
    /// the same order. Mappings shared between the two (copy-on-write) are not looked into,
    /// so comparing a tree with one derived from it costs only what was changed.
    pub fn same(&self, other: &Node) -> bool {
        if self.loc != other.loc {
            return false;
        }
        match (&self.value, &other.value) {
            (Value::Map(a), Value::Map(b)) => {
                Arc::ptr_eq(a, b)
                    || (a.len() == b.len()
                        && a.iter().zip(b.iter()).all(|((ka, ea), (kb, eb))| {
                            ka == kb && ea.key_loc == eb.key_loc && ea.node.same(&eb.node)
                        }))
            }
            (Value::Seq(a), Value::Seq(b)) => {
                a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.same(y))
            }
            (a, b) => a == b,
        }
    }

    /// [`Node::pointer`], mutably.
    pub fn pointer_mut(&mut self, pointer: &str) -> Option<&mut Node> {
        if pointer.is_empty() {
            return Some(self);
        }
        let mut node = self;
        for token in pointer.strip_prefix('/')?.split('/') {
            let token = unescape_pointer_token(token);
            node = match &mut node.value {
                Value::Map(m) => &mut Map::make_mut(m).get_mut(token.as_str())?.node,
                Value::Seq(s) => s.get_mut(token.parse::<usize>().ok()?)?,
                _ => return None,
            };
        }
        Some(node)
    }

    /// Like [`Node::pointer`], but also returns the key location of the last step.
    pub fn pointer_with_key(&self, pointer: &str) -> Option<(Option<Loc>, &Node)> {
        let (parent, last) = match pointer.rfind('/') {
            Some(i) => (&pointer[..i], &pointer[i + 1..]),
            None => return self.pointer(pointer).map(|n| (None, n)),
        };
        let parent = self.pointer(parent)?;
        let last = unescape_pointer_token(last);
        match &parent.value {
            Value::Map(m) => m.get(last.as_str()).map(|e| (Some(e.key_loc), &e.node)),
            Value::Seq(s) => s.get(last.parse::<usize>().ok()?).map(|n| (None, n)),
            _ => None,
        }
    }

    /// Converts to `serde_json::Value` (locations dropped).
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value as J;
        match &self.value {
            Value::Null => J::Null,
            Value::Bool(b) => J::Bool(*b),
            Value::Number(n) => n.to_json(),
            Value::String(s) => J::String(s.to_string()),
            Value::Seq(s) => J::Array(s.iter().map(Node::to_json).collect()),
            Value::Map(m) => J::Object(
                m.iter()
                    .map(|(k, e)| (k.to_string(), e.node.to_json()))
                    .collect(),
            ),
        }
    }

    /// Builds a tree from a JSON value, every node at `loc`.
    pub fn from_json(v: &serde_json::Value, loc: Loc) -> Node {
        use serde_json::Value as J;
        let value = match v {
            J::Null => Value::Null,
            J::Bool(b) => Value::Bool(*b),
            J::Number(n) => Value::Number(Number::from_text(&n.to_string())),
            J::String(s) => Value::String(Key::from(s.as_str())),
            J::Array(a) => Value::Seq(a.iter().map(|x| Node::from_json(x, loc)).collect()),
            J::Object(o) => Value::Map(Arc::new(
                o.iter()
                    .map(|(k, x)| {
                        (
                            k.as_str().into(),
                            Entry {
                                key_loc: loc,
                                node: Node::from_json(x, loc),
                            },
                        )
                    })
                    .collect(),
            )),
        };
        Node { loc, value }
    }

    /// Structural equality, ignoring locations.
    pub fn same_content(&self, other: &Node) -> bool {
        match (&self.value, &other.value) {
            (Value::Number(a), Value::Number(b)) => {
                a.text() == b.text() || (a.as_f64().is_some() && a.as_f64() == b.as_f64())
            }
            (Value::Seq(a), Value::Seq(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.same_content(y))
            }
            (Value::Map(a), Value::Map(b)) => {
                a.len() == b.len()
                    && a.iter()
                        .all(|(k, e)| b.get(k).is_some_and(|f| e.node.same_content(&f.node)))
            }
            (a, b) => a == b,
        }
    }

    /// A short, human description of the kind of value (for "expected a mapping, found …").
    pub fn kind_name(&self) -> &'static str {
        match self.value {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Seq(_) => "a sequence",
            Value::Map(_) => "a mapping",
        }
    }

    /// Calls `f` on every node, depth first, with its JSON pointer.
    pub fn walk<'a>(&'a self, pointer: &mut String, f: &mut dyn FnMut(&str, &'a Node)) {
        f(pointer, self);
        let len = pointer.len();
        match &self.value {
            Value::Map(m) => {
                for (k, e) in m.iter() {
                    pointer.push('/');
                    push_pointer_token(pointer, k);
                    e.node.walk(pointer, f);
                    pointer.truncate(len);
                }
            }
            Value::Seq(s) => {
                for (i, n) in s.iter().enumerate() {
                    let _ = write!(pointer, "/{i}");
                    n.walk(pointer, f);
                    pointer.truncate(len);
                }
            }
            _ => {}
        }
    }

    /// Number of nodes in this tree.
    pub fn count(&self) -> usize {
        1 + match &self.value {
            Value::Map(m) => m.values().map(|e| e.node.count()).sum(),
            Value::Seq(s) => s.iter().map(Node::count).sum(),
            _ => 0,
        }
    }
}

/// Appends `token` to a JSON pointer, escaping `~` and `/`.
pub fn push_pointer_token(pointer: &mut String, token: &str) {
    for c in token.chars() {
        match c {
            '~' => pointer.push_str("~0"),
            '/' => pointer.push_str("~1"),
            c => pointer.push(c),
        }
    }
}

/// Joins a pointer and a token.
pub fn pointer_join(base: &str, token: &str) -> String {
    let mut p = String::with_capacity(base.len() + token.len() + 1);
    p.push_str(base);
    p.push('/');
    push_pointer_token(&mut p, token);
    p
}

/// Undoes JSON-pointer escaping of one token.
pub fn unescape_pointer_token(token: &str) -> String {
    if token.contains('~') {
        token.replace("~1", "/").replace("~0", "~")
    } else {
        token.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_escaping_round_trips() {
        let p = pointer_join("/paths", "/a/{b}~c");
        assert_eq!(p, "/paths/~1a~1{b}~0c");
        assert_eq!(unescape_pointer_token("~1a~1{b}~0c"), "/a/{b}~c");
    }

    #[test]
    fn number_keeps_text() {
        let n = Number::from_text("1.10");
        assert_eq!(n.text(), "1.10");
        assert_eq!(n.as_f64(), Some(1.1));
        assert_eq!(Number::from_text("750").to_json(), serde_json::json!(750));
    }
}
