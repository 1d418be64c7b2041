//! What the `spectral:oas` functions share: the document's format, the operations of a
//! `paths` object, JavaScript's view of values (Spectral's functions are written in it, and
//! their findings depend on how it compares and prints them) and path building.

use crate::ruleset::function::{Context, Failure, Segment};
use crate::tree::{Node, Value};

/// The formats Spectral detects for a document (`oas2`, `oas3`, `oas3.0`, `oas3.1`, `oas3.2`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Formats {
    /// `swagger: "2.0"`.
    pub oas2: bool,
    /// `openapi: 3.x`.
    pub oas3: bool,
    /// `openapi: 3.0.x`.
    pub oas3_0: bool,
    /// `openapi: 3.1.x`.
    pub oas3_1: bool,
    /// `openapi: 3.2.x`.
    pub oas3_2: bool,
}

impl Formats {
    /// The formats of `doc`, detected as Spectral does: from the major (and minor) version
    /// written in `swagger` / `openapi`.
    pub fn of(doc: &Node) -> Formats {
        let version = |key: &str| doc.get(key).and_then(Node::as_text).map(str::trim);
        let mut f = Formats::default();
        if let Some(v) = version("swagger") {
            f.oas2 = major(v) == Some(2);
        }
        if let Some(v) = version("openapi") {
            f.oas3 = major(v) == Some(3);
            f.oas3_0 = minor_is(v, "3.0");
            f.oas3_1 = minor_is(v, "3.1");
            f.oas3_2 = minor_is(v, "3.2");
        }
        f
    }
}

/// `parseInt(v)`: the leading digits.
fn major(v: &str) -> Option<u32> {
    let digits: String = v.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// `/^3\.0(?:\.[0-9]*)?$/`-style: `v` is `prefix` or `prefix.<digits>`.
fn minor_is(v: &str, prefix: &str) -> bool {
    match v.strip_prefix(prefix) {
        Some("") => true,
        Some(rest) => rest
            .strip_prefix('.')
            .is_some_and(|d| d.chars().all(|c| c.is_ascii_digit())),
        None => false,
    }
}

/// The HTTP methods `getAllOperations` walks, in Spectral's order of checking.
pub const METHODS: [&str; 8] = [
    "get", "head", "post", "put", "patch", "delete", "options", "trace",
];

/// One operation of a `paths` object.
pub struct Operation<'a> {
    /// The path template (`/users/{id}`).
    pub path: &'a str,
    /// The method key (`get`).
    pub method: &'a str,
    /// The Operation Object.
    pub node: &'a Node,
}

/// The operations under `paths`, in document order: mapping path items, mapping operations
/// under one of [`METHODS`] (`$ref`s followed when the rule reads the resolved document).
pub fn operations<'a>(paths: Option<&'a Node>, cx: &Context<'a>) -> Vec<Operation<'a>> {
    let mut out = Vec::new();
    let Some((paths, paths_doc)) = paths.map(|p| cx.deref_within(None, p)) else {
        return out;
    };
    let Some(paths) = paths.as_map() else {
        return out;
    };
    for (path, item) in paths.iter() {
        let (item, item_doc) = cx.deref_within(paths_doc, &item.node);
        let Some(item) = item.as_map() else {
            continue;
        };
        for (method, op) in item.iter() {
            let (op, _) = cx.deref_within(item_doc, &op.node);
            if op.as_map().is_some() && METHODS.contains(&method.as_str()) {
                out.push(Operation {
                    path,
                    method,
                    node: op,
                });
            }
        }
    }
    out
}

/// JavaScript's `typeof v === 'object' && v !== null`: a mapping or a sequence.
pub fn is_object(node: &Node) -> bool {
    matches!(node.value, Value::Map(_) | Value::Seq(_))
}

/// JavaScript's `String(v)` (`undefined` for an absent value).
pub fn js_string(node: Option<&Node>) -> String {
    let Some(node) = node else {
        return "undefined".into();
    };
    match &node.value {
        Value::Null => "null".into(),
        Value::Seq(items) => items
            .iter()
            .map(|n| match n.value {
                Value::Null => String::new(),
                _ => js_string(Some(n)),
            })
            .collect::<Vec<_>>()
            .join(","),
        Value::Map(_) => "[object Object]".into(),
        Value::Number(n) => n
            .as_f64()
            .filter(|f| f.fract() == 0.0 && f.abs() < 1e15)
            .map_or_else(|| n.text().to_string(), |f| format!("{}", f as i64)),
        _ => node.as_text().unwrap_or_default().to_string(),
    }
}

/// JavaScript's `===` between two values read from JSON: scalars by value, mappings and
/// sequences never (they are distinct objects).
pub fn strict_equal(a: &Node, b: &Node) -> bool {
    match (&a.value, &b.value) {
        (Value::Map(_) | Value::Seq(_), _) | (_, Value::Map(_) | Value::Seq(_)) => false,
        _ => a.same_content(b),
    }
}

/// A mapping-key segment.
pub fn key(k: &str) -> Segment {
    Segment::Key(k.to_string())
}

/// The input's path followed by `rest`.
pub fn below(cx: &Context<'_>, rest: impl IntoIterator<Item = Segment>) -> Vec<Segment> {
    let mut path = cx.path.to_vec();
    path.extend(rest);
    path
}

/// A failure at `path`.
pub fn failure(message: impl Into<String>, path: Vec<Segment>) -> Failure {
    Failure {
        message: message.into(),
        path,
    }
}

/// `check_options` of a function that takes none: absent or `null`.
pub fn no_options(options: Option<&Node>) -> Result<(), String> {
    match options {
        None => Ok(()),
        Some(n) if matches!(n.value, Value::Null) => Ok(()),
        Some(_) => Err("this function takes no functionOptions".into()),
    }
}

/// The node at `path` in `doc`.
pub fn at<'a>(doc: &'a Node, path: &[Segment]) -> Option<&'a Node> {
    let mut node = doc;
    for s in path {
        node = match (s, &node.value) {
            (Segment::Key(k), Value::Map(m)) => &m.get(k)?.node,
            (Segment::Index(i), Value::Seq(items)) => items.get(*i)?,
            _ => return None,
        };
    }
    Some(node)
}

#[cfg(test)]
pub mod testing {
    //! Small located trees from YAML text, and a way to call a function on them.

    use super::*;
    use crate::ruleset::function::{Function, Resolver};
    use crate::ruleset::resolve::{Docs, Document};
    use crate::source::{FileId, Origin};

    /// The tree of `text`.
    pub fn yaml(text: &str) -> Node {
        crate::ingest::yaml::parse(text, Origin::whole(FileId::default()), &mut Vec::new())
            .expect("test YAML parses")
    }

    /// A path from `a.b.0.c`-style text (numbers are indexes).
    pub fn path(text: &str) -> Vec<Segment> {
        if text.is_empty() {
            return Vec::new();
        }
        text.split('.')
            .map(|s| match s.parse() {
                Ok(i) => Segment::Index(i),
                Err(_) => key(s),
            })
            .collect()
    }

    /// Runs `f` on the node at `input` (a path) of `doc`, with `options` as YAML text, as a
    /// rule reading the resolved document; returns the failures' paths, dotted like [`path`].
    pub fn run(f: &Function, doc: &str, input: &str, options: Option<&str>) -> Vec<String> {
        let docs = Docs::new(vec![Document {
            file: FileId::default(),
            path: "test.yaml".into(),
            root: yaml(doc),
        }]);
        let doc = &docs.docs[0].root;
        let p = path(input);
        let options = options.map(yaml);
        assert_eq!(
            (f.check_options)(options.as_ref()),
            Ok(()),
            "options accepted"
        );
        let cx = Context {
            path: &p,
            logical_path: &p,
            document: doc,
            rule: "test",
            resolver: Some(Resolver {
                docs: &docs,
                doc: 0,
            }),
            memo: None,
        };
        (f.call)(at(doc, &p), options.as_ref(), &cx)
            .into_iter()
            .map(|f| {
                f.path
                    .iter()
                    .map(|s| match s {
                        Segment::Key(k) => k.clone(),
                        Segment::Index(i) => i.to_string(),
                    })
                    .collect::<Vec<_>>()
                    .join(".")
            })
            .collect()
    }

    #[test]
    fn formats_follow_the_version_fields() {
        let f = Formats::of(&yaml("openapi: 3.1.0"));
        assert!(f.oas3 && f.oas3_1 && !f.oas3_0 && !f.oas2);
        let f = Formats::of(&yaml("openapi: '3.0'"));
        assert!(f.oas3 && f.oas3_0);
        let f = Formats::of(&yaml("swagger: '2.0'"));
        assert!(f.oas2 && !f.oas3);
        assert_eq!(Formats::of(&yaml("asyncapi: 2.0.0")), Formats::default());
    }

    #[test]
    fn js_strings_print_as_javascript_does() {
        assert_eq!(js_string(None), "undefined");
        assert_eq!(js_string(Some(&yaml("1.0"))), "1");
        assert_eq!(js_string(Some(&yaml("[a, 1, null]"))), "a,1,");
        assert_eq!(js_string(Some(&yaml("{a: 1}"))), "[object Object]");
    }
}
