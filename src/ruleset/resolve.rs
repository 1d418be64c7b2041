//! The documents a rule sees, and the resolving view over them: `$ref`s are followed lazily
//! while a path is walked (local and cross-file, cycle-safe), never by building a resolved copy.
//!
//! Spectral reports a finding inside a referenced node at the referenced node's own path, in
//! the file that holds it (its document inventory maps a resolved path back to the last `$ref`
//! on it); [`Docs::locate`] does the same, and cuts a path that names nothing to its closest
//! existing ancestor, as Spectral's `getClosestJsonPath` does.

use super::function::Segment;
use crate::source::{FileId, Loc};
use crate::tree::{Node, Value};
use std::borrow::Cow;
use std::path::{Path, PathBuf};

/// One document as read from its file.
pub struct Document {
    /// The file in the source map (locations point into it).
    pub file: FileId,
    /// The canonical path, for resolving relative `$ref`s.
    pub path: PathBuf,
    /// The tree.
    pub root: Node,
}

/// The linted document (index 0) and every document its `$ref`s reach.
pub struct Docs {
    /// The documents.
    pub docs: Vec<Document>,
    /// Unique in the process ([`Docs::new`]): what is cached for one set of documents (a
    /// schema compiled with what its references reach) is never used for another.
    pub id: u64,
}

/// Where a path from a document's root lands in the original files.
#[derive(Debug, Clone, PartialEq)]
pub struct Located {
    /// The document holding the node.
    pub doc: usize,
    /// The node's own path in that document (after the last `$ref` crossed), cut to what exists.
    pub path: Vec<Segment>,
    /// The location to report: the key of the last member, or the node.
    pub loc: Loc,
}

/// Most `$ref`s followed one after another before giving up (a chain of refs to refs).
const MAX_CHAIN: usize = 32;

impl Docs {
    /// `docs`, with an id no other set of documents of this process has.
    pub fn new(docs: Vec<Document>) -> Docs {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        Docs {
            docs,
            id: NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }

    /// The document read from `path`, if it is one of these.
    fn by_path(&self, path: &Path) -> Option<usize> {
        self.docs.iter().position(|d| d.path == path)
    }

    /// The target of `reference` written in document `doc`: its document, node and pointer.
    pub fn target<'a, 'r>(
        &'a self,
        doc: usize,
        reference: &'r str,
    ) -> Option<(usize, &'a Node, &'r str)> {
        let (file, fragment) = match reference.split_once('#') {
            Some((f, p)) => (f, p),
            None => (reference, ""),
        };
        let target_doc = if file.is_empty() {
            doc
        } else {
            let base = self.docs[doc].path.parent()?;
            let decoded = crate::ingest::refs::percent_decode(file);
            self.by_path(&crate::ingest::refs::lexical(&base.join(decoded)))?
        };
        let node = self.docs[target_doc]
            .root
            .pointer(&pointer_text(fragment))?;
        Some((target_doc, node, fragment))
    }

    /// `node` itself, or what its `$ref` (chain) names, with the document and pointer it is in.
    pub fn deref<'a>(&'a self, doc: usize, node: &'a Node) -> (usize, &'a Node, Option<&'a str>) {
        let (mut doc, mut node, mut pointer) = (doc, node, None);
        for _ in 0..MAX_CHAIN {
            let Some(r) = node.get("$ref").and_then(Node::as_str) else {
                break;
            };
            match self.target(doc, r) {
                Some((d, n, p)) if !std::ptr::eq(n, node) => {
                    (doc, node, pointer) = (d, n, Some(p));
                }
                _ => break,
            }
        }
        (doc, node, pointer)
    }

    /// Where `path` from the root of document `doc` lands, following `$ref`s on the way when
    /// `resolved`. Members that do not exist are dropped from the end.
    pub fn locate(&self, doc: usize, path: &[Segment], resolved: bool) -> Located {
        let mut cur_doc = doc;
        let mut node = &self.docs[doc].root;
        let mut real: Vec<Segment> = Vec::new();
        let mut loc = node.loc;
        for seg in path {
            if resolved {
                let (d, n, p) = self.deref(cur_doc, node);
                if let Some(p) = p {
                    cur_doc = d;
                    node = n;
                    real = pointer_segments(p);
                }
            }
            // A pointer's tokens are all text: an index into a sequence becomes an index.
            let next = match (seg, &node.value) {
                (Segment::Key(k), Value::Map(m)) => {
                    m.get(k).map(|e| (e.key_loc, &e.node, seg.clone()))
                }
                (Segment::Index(i), Value::Seq(s)) => s.get(*i).map(|n| (n.loc, n, seg.clone())),
                (Segment::Key(k), Value::Seq(s)) => k
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| s.get(i).map(|n| (n.loc, n, Segment::Index(i)))),
                _ => None,
            };
            let Some((l, n, seg)) = next else { break };
            loc = l;
            node = n;
            real.push(seg);
        }
        if real.is_empty() {
            loc = self.docs[cur_doc].root.loc;
        }
        Located {
            doc: cur_doc,
            path: real,
            loc,
        }
    }
}

/// The RFC 6901 pointer of a `$ref` fragment (percent-decoded; `""` and `/` both allowed).
/// Borrowed when there is nothing to decode: references are followed on every visit.
fn pointer_text(fragment: &str) -> Cow<'_, str> {
    if fragment.contains('%') {
        Cow::Owned(crate::ingest::refs::percent_decode(fragment))
    } else {
        Cow::Borrowed(fragment)
    }
}

/// The segments of a pointer (`/components/schemas/A` → components, schemas, A).
pub fn pointer_segments(pointer: &str) -> Vec<Segment> {
    let pointer = pointer_text(pointer);
    match pointer.strip_prefix('/') {
        None => Vec::new(),
        Some(rest) => rest
            .split('/')
            .map(|t| Segment::Key(crate::tree::unescape_pointer_token(t)))
            .collect(),
    }
}

/// The JSON pointer of a path.
pub fn pointer_of(path: &[Segment]) -> String {
    let mut out = String::new();
    for s in path {
        out.push('/');
        match s {
            Segment::Key(k) => crate::tree::push_pointer_token(&mut out, k),
            Segment::Index(i) => out.push_str(&i.to_string()),
        }
    }
    out
}
