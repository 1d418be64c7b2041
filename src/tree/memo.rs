//! Results computed from a whole tree, kept for one run and found again by the tree's
//! identity ([`Node::same`]): two passes that look at the same document (SF100 and a Spectral
//! ruleset's `oas3-schema` both check it against the OpenAPI schema) compute once.

use super::Node;
use std::any::Any;
use std::sync::{Arc, Mutex, PoisonError};

type Done = Vec<(String, Node, Arc<dyn Any + Send + Sync>)>;

/// What was computed, by what (a key naming the computation) and tree.
#[derive(Default)]
pub struct Memo {
    done: Mutex<Done>,
}

impl std::fmt::Debug for Memo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let done = self.done.lock().unwrap_or_else(PoisonError::into_inner);
        f.debug_struct("Memo")
            .field("results", &done.len())
            .finish()
    }
}

impl Memo {
    /// The result of `what` on `tree`: the one kept for this very tree, or else `compute`'s,
    /// kept. Computed outside the lock (trees of a run are looked at in parallel); two
    /// threads computing the same result at once both keep theirs, which are equal.
    pub fn get<T: Any + Send + Sync>(
        &self,
        what: &str,
        tree: &Node,
        compute: impl FnOnce() -> T,
    ) -> Arc<T> {
        let done = || self.done.lock().unwrap_or_else(PoisonError::into_inner);
        let before = done()
            .iter()
            .filter(|(w, n, _)| w == what && n.same(tree))
            .find_map(|(_, _, r)| Arc::clone(r).downcast::<T>().ok());
        if let Some(found) = before {
            return found;
        }
        let found = Arc::new(compute());
        let shared: Arc<dyn Any + Send + Sync> = found.clone();
        done().push((what.to_string(), tree.clone(), shared));
        found
    }
}

#[cfg(test)]
mod tests {
    use super::Memo;
    use crate::source::Loc;
    use crate::tree::{Node, Value};

    #[test]
    fn the_same_tree_is_computed_once_and_an_equal_copy_is_not_confused_with_it() {
        let memo = Memo::default();
        let tree = Node::new(Loc::default(), Value::Map(Default::default()));
        let shared = tree.clone();
        assert_eq!(*memo.get("n", &tree, || 1), 1);
        assert_eq!(
            *memo.get("n", &shared, || 2),
            1,
            "a shared copy is the same tree"
        );
        assert_eq!(*memo.get("m", &tree, || 3), 3, "another computation");
        let elsewhere = Node::new(Loc::new(crate::source::FileId(1), 2, 1), tree.value.clone());
        assert_eq!(
            *memo.get("n", &elsewhere, || 4),
            4,
            "equal, but at another place"
        );
    }
}
