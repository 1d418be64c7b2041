//! Bundling: every `$ref` of a document becomes a pointer into one merged document.
//!
//! References resolve as their dialect defines: relative to the file that holds them (JSON
//! Reference, Swagger 2.0), and in schemas relative to the nearest `$id` (`id` in the draft-4
//! dialect of OpenAPI 3.0), with `$anchor` and `$dynamicAnchor` names (OpenAPI 3.1, JSON
//! Schema 2020-12). External schema targets are hoisted into the document's schema
//! components (so recursive and mutually recursive schemas stay `$ref`s, as they must), other
//! external targets (path items, parameters, responses, …) are inlined. Every node keeps the
//! location of the file it was written in.
//!
//! Refs never reach the network: a URL is read only where the user maps its prefix to a local
//! directory (`remote_refs`), and files never leave the root directory unless the user allows
//! it. Refs inside examples, defaults, enums and `x-` extensions are data, not refs.
//!
//! What is left of schema resources once every reference is a pointer (which schemas belong
//! to which resource, their `$dynamicAnchor`s, and which `$dynamicRef`s are dynamic) is kept
//! beside the document as [`SchemaResources`], for the model.

use super::codes;
use super::refs::{Ctx, child_ctx, missing_pointer, parse_fragment, percent_decode};
use super::uri;
use crate::diag::Diagnostic;
use crate::source::{FileId, Loc, SourceFile, SourceMap};
use crate::tree::{Node, Value, pointer_join, push_pointer_token};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// How a document's references and schema identifiers are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// Swagger 2.0: JSON Reference, relative to the file; no schema identifiers.
    JsonReference,
    /// OpenAPI 3.0: JSON Reference, and draft 4's `id` in schemas (`id: "#name"` names a
    /// location); a `$ref` makes its siblings, `id` included, ignored.
    Draft4,
    /// OpenAPI 3.1 and later: JSON Schema 2020-12's `$id`, `$anchor`, `$dynamicAnchor`.
    Draft2020,
}

/// Schema resources of a bundled document (JSON Schema 2020-12 §8.2.1): `$dynamicRef`
/// depends on which resources evaluation passed through, which the pointers alone no longer say.
#[derive(Debug, Clone, Default)]
pub struct SchemaResources {
    /// Resource roots: a merged-document pointer and the resource the schema there (and below
    /// it, up to a longer entry) belongs to. Schemas under no entry belong to resource 0, the
    /// document itself.
    pub scopes: Vec<(String, u32)>,
    /// Per resource (index = resource number): `$dynamicAnchor` name → merged pointer of the
    /// schema that declares it. Only names some dynamic `$dynamicRef` uses are listed.
    pub dynamic_anchors: Vec<Vec<(String, String)>>,
    /// Merged pointer of each schema whose `$dynamicRef` is dynamic (its initial target
    /// declares the `$dynamicAnchor` the reference names) → that name.
    pub dynamic_refs: Vec<(String, String)>,
}

impl SchemaResources {
    /// Whether nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.scopes.is_empty() && self.dynamic_refs.is_empty()
    }

    /// Appends `other`'s resources (another document of the same API), renumbered.
    pub fn absorb(&mut self, other: SchemaResources) {
        if self.dynamic_anchors.is_empty() {
            self.dynamic_anchors.push(Vec::new());
        }
        let offset = self.dynamic_anchors.len() as u32;
        let mut anchors = other.dynamic_anchors.into_iter();
        // Resource 0 of each document is the document, and documents of one API merge into
        // one: their own anchors join resource 0.
        if let Some(doc) = anchors.next() {
            self.dynamic_anchors[0].extend(doc);
        }
        self.dynamic_anchors.extend(anchors);
        let renumber = |r: u32| if r == 0 { 0 } else { r - 1 + offset };
        self.scopes
            .extend(other.scopes.into_iter().map(|(p, r)| (p, renumber(r))));
        self.dynamic_refs.extend(other.dynamic_refs);
    }
}

/// Where a position is, for resolving the references written there.
#[derive(Debug, Clone)]
struct Scope {
    /// The base URI (absolute, without fragment).
    base: String,
    /// The URI of the resource the position belongs to.
    resource: String,
}

/// A place in a loaded file.
type Place = (FileId, String);

/// Schema identifiers of every loaded file.
#[derive(Default)]
struct Registry {
    /// Resource URI → where its root is.
    resources: HashMap<String, Place>,
    /// (resource URI, anchor name) → where the anchored schema is.
    anchors: HashMap<(String, String), Place>,
    /// Resource URI → its `$dynamicAnchor`s, in document order.
    dynamic: BTreeMap<String, Vec<(String, Place)>>,
    /// Each file's retrieval URI.
    file_uri: HashMap<FileId, String>,
}

/// Which reference keyword is being followed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RefKey {
    Ref,
    Dynamic,
}

impl RefKey {
    fn key(self) -> &'static str {
        match self {
            RefKey::Ref => "$ref",
            RefKey::Dynamic => "$dynamicRef",
        }
    }
}

/// Bundles the refs of one document.
pub struct Bundler<'a> {
    sources: &'a mut SourceMap,
    diags: &'a mut Vec<Diagnostic>,
    root_file: FileId,
    root_dir: PathBuf,
    allow_outside_root: bool,
    dialect: Dialect,
    /// URL prefix → local directory that stands for it.
    remote: Vec<(String, PathBuf)>,
    /// Pointer of the schema container: `/components/schemas` or `/definitions`.
    schema_container: &'static str,
    /// Parsed external files (None: failed, already reported).
    files: HashMap<FileId, Option<Node>>,
    registry: Registry,
    /// (file, pointer) → local schema name.
    hoisted: HashMap<Place, String>,
    /// Names in use in the schema container.
    taken: HashSet<String>,
    /// Hoisted schemas still to rewrite: (name, node, file it came from, its scope).
    pending: Vec<(String, Node, FileId, Scope)>,
    /// Schemas to add to the container, in order.
    done: Vec<(String, Node)>,
    /// Inlining stack, for cycle detection.
    inlining: Vec<Place>,
    /// What the model needs of resources.
    out: SchemaResources,
    /// Resource URI → its number in `out`.
    resource_ids: HashMap<String, u32>,
    /// `$dynamicAnchor` names that dynamic references use.
    dynamic_names: Vec<String>,
    /// References into the root document to check once it is whole: the merged pointer of the
    /// schema holding the reference, which keyword, and a pointer to fall back to when the
    /// first does not exist.
    fixups: Vec<(String, RefKey, String, String)>,
    /// Merged pointers of resource roots whose `$id` no longer means anything once the
    /// references under it are pointers.
    stale_ids: Vec<String>,
    /// Whether the reference being followed sits where the model reads (a schema, an
    /// operation); a URL elsewhere (`externalDocs`, an extension) is a warning, not an error.
    ref_needed: bool,
}

/// Whether a node at `pointer` (in the merged document) is read by the model, so that a
/// reference there must resolve for the API to be generated. Documentation (`info`, `tags`,
/// `externalDocs`, examples, links, servers), extensions and security schemes (a scheme left
/// unread is reported where it is used) are not.
fn needed_for_generation(pointer: &str) -> bool {
    let tokens: Vec<&str> = pointer.split('/').skip(1).collect();
    let documentation = |t: &&str| {
        matches!(
            *t,
            "externalDocs" | "examples" | "example" | "links" | "tags" | "info" | "servers"
        ) || t.starts_with("x-")
    };
    if tokens.iter().any(documentation) {
        return false;
    }
    match tokens.as_slice() {
        [
            "paths" | "webhooks" | "definitions" | "parameters" | "responses",
            ..,
        ] => true,
        ["components", kind, ..] => matches!(
            *kind,
            "schemas" | "responses" | "parameters" | "requestBodies" | "headers" | "pathItems"
        ),
        _ => false,
    }
}

impl<'a> Bundler<'a> {
    /// A bundler for the document in `root_file`, confined to `root_dir`, reading references
    /// as `dialect` says; URLs under a prefix of `remote` read the mapped local directory.
    pub fn new(
        sources: &'a mut SourceMap,
        diags: &'a mut Vec<Diagnostic>,
        root_file: FileId,
        root_dir: PathBuf,
        allow_outside_root: bool,
        dialect: Dialect,
        remote: Vec<(String, PathBuf)>,
    ) -> Self {
        Bundler {
            sources,
            diags,
            root_file,
            root_dir,
            allow_outside_root,
            dialect,
            remote,
            schema_container: if dialect == Dialect::JsonReference {
                "/definitions"
            } else {
                "/components/schemas"
            },
            files: HashMap::new(),
            registry: Registry::default(),
            hoisted: HashMap::new(),
            taken: HashSet::new(),
            pending: Vec::new(),
            done: Vec::new(),
            inlining: Vec::new(),
            out: SchemaResources::default(),
            resource_ids: HashMap::new(),
            dynamic_names: Vec::new(),
            fixups: Vec::new(),
            stale_ids: Vec::new(),
            ref_needed: true,
        }
    }

    /// Rewrites `doc` so that every followed reference is a local pointer; returns what the
    /// model needs to know of its schema resources.
    pub fn bundle(mut self, doc: &mut Node) -> SchemaResources {
        if let Some(m) = doc.pointer(self.schema_container).and_then(Node::as_map) {
            for k in m.keys() {
                self.taken.insert(k.to_string());
            }
        }
        let root = self.root_file;
        let file_uri = uri::of_path(&self.sources.get(root).path);
        let root_uri = self.self_uri(doc, &file_uri).unwrap_or(file_uri.clone());
        self.registry.file_uri.insert(root, root_uri.clone());
        for u in [&file_uri, &root_uri] {
            self.registry
                .resources
                .insert(u.clone(), (root, String::new()));
        }
        self.resource_id(&root_uri);
        let scope = Scope {
            base: root_uri.clone(),
            resource: root_uri,
        };
        self.index(root, doc, Ctx::Doc, scope.clone(), &mut String::new());
        self.rewrite(doc, Ctx::Doc, root, scope, &mut String::new());
        self.drain_pending();
        self.hoist_dynamic_anchors();
        self.drain_pending();
        if !self.done.is_empty() {
            self.done.sort_by(|a, b| a.0.cmp(&b.0));
            let container = super::refs::ensure_path(doc, self.schema_container);
            for (name, node) in std::mem::take(&mut self.done) {
                container.insert(name, node);
            }
        }
        self.apply_fixups(doc);
        for p in std::mem::take(&mut self.stale_ids) {
            if let Some(m) = doc.pointer_mut(&p).and_then(Node::as_map_mut) {
                m.shift_remove(self.id_keyword());
            }
        }
        self.out
    }

    fn id_keyword(&self) -> &'static str {
        match self.dialect {
            Dialect::Draft2020 => "$id",
            _ => "id",
        }
    }

    fn resource_id(&mut self, resource: &str) -> u32 {
        if let Some(&i) = self.resource_ids.get(resource) {
            return i;
        }
        let i = self.out.dynamic_anchors.len() as u32;
        self.out.dynamic_anchors.push(Vec::new());
        self.resource_ids.insert(resource.to_string(), i);
        i
    }

    /// The identifier a schema declares: `Some(Ok(uri))` for a new resource, `Some(Err(name))`
    /// for a draft-4 `id: "#name"` (a location name).
    fn declared_id(&self, m: &crate::tree::Map, base: &str) -> Option<Result<String, String>> {
        if self.dialect == Dialect::JsonReference {
            return None;
        }
        // In draft 4 a `$ref` makes every sibling, `id` included, ignored.
        if self.dialect == Dialect::Draft4 && m.contains_key("$ref") {
            return None;
        }
        let id = m.get(self.id_keyword())?.node.as_str()?;
        let (res, frag) = match id.find('#') {
            Some(i) => (&id[..i], &id[i + 1..]),
            None => (id, ""),
        };
        if res.is_empty() {
            return match (self.dialect, frag.is_empty()) {
                (Dialect::Draft4, false) => Some(Err(percent_decode(frag))),
                _ => None,
            };
        }
        uri::resolve(res, base).map(Ok)
    }

    /// Records the identifiers, anchors and dynamic anchors of `node` (in file `file`).
    fn index(&mut self, file: FileId, node: &Node, ctx: Ctx, scope: Scope, ptr: &mut String) {
        if ctx == Ctx::Data {
            return;
        }
        let mut scope = scope;
        if ctx == Ctx::Schema
            && let Some(m) = node.as_map()
        {
            match self.declared_id(m, &scope.base) {
                Some(Ok(id)) => {
                    self.registry
                        .resources
                        .entry(id.clone())
                        .or_insert_with(|| (file, ptr.clone()));
                    scope = Scope {
                        base: id.clone(),
                        resource: id,
                    };
                }
                Some(Err(name)) => {
                    self.registry
                        .anchors
                        .entry((scope.resource.clone(), name))
                        .or_insert_with(|| (file, ptr.clone()));
                }
                None => {}
            }
            if self.dialect == Dialect::Draft2020 {
                for key in ["$anchor", "$dynamicAnchor"] {
                    if let Some(name) = m.get(key).and_then(|e| e.node.as_str()) {
                        self.registry
                            .anchors
                            .entry((scope.resource.clone(), name.to_string()))
                            .or_insert_with(|| (file, ptr.clone()));
                        if key == "$dynamicAnchor" {
                            self.registry
                                .dynamic
                                .entry(scope.resource.clone())
                                .or_default()
                                .push((name.to_string(), (file, ptr.clone())));
                        }
                    }
                }
            }
        }
        match &node.value {
            Value::Map(m) => {
                for (k, e) in m.iter() {
                    let len = ptr.len();
                    push_token(ptr, k);
                    self.index(file, &e.node, child_ctx(ctx, k), scope.clone(), ptr);
                    ptr.truncate(len);
                }
            }
            Value::Seq(items) => {
                for (i, n) in items.iter().enumerate() {
                    let len = ptr.len();
                    push_token(ptr, &i.to_string());
                    self.index(file, n, ctx, scope.clone(), ptr);
                    ptr.truncate(len);
                }
            }
            _ => {}
        }
    }

    /// Rewrites the references of `node`, which came from `file` and ends up at `merged` in
    /// the merged document.
    fn rewrite(
        &mut self,
        node: &mut Node,
        ctx: Ctx,
        file: FileId,
        scope: Scope,
        merged: &mut String,
    ) {
        if ctx == Ctx::Data {
            return;
        }
        let mut scope = scope;
        if ctx == Ctx::Schema
            && let Some(m) = node.as_map()
            && let Some(Ok(id)) = self.declared_id(m, &scope.base)
        {
            let r = self.resource_id(&id);
            self.out.scopes.push((merged.clone(), r));
            scope = Scope {
                base: id.clone(),
                resource: id,
            };
            // Hoisted content's references all become document pointers: its identifiers
            // would only mislead a reader of the bundle.
            if file != self.root_file
                && let Some(m) = node.as_map_mut()
            {
                m.shift_remove(self.id_keyword());
            }
        }
        // In a map of names (`properties`, `examples`), a key `$ref` is a name, not a reference.
        let keyword_map = !matches!(ctx, Ctx::SchemaMap | Ctx::ExampleMap);
        if keyword_map && let Some(r) = node.get("$ref").and_then(Node::as_str).map(str::to_string)
        {
            let ref_loc = node.get("$ref").map_or(node.loc, |n| n.loc);
            if self.follow(node, &r, ref_loc, ctx, file, &scope, merged, RefKey::Ref) {
                // Inlined content was already rewritten relative to its own file.
                return;
            }
        }
        if ctx == Ctx::Schema
            && self.dialect == Dialect::Draft2020
            && let Some(r) = node
                .get("$dynamicRef")
                .and_then(Node::as_str)
                .map(str::to_string)
        {
            let ref_loc = node.get("$dynamicRef").map_or(node.loc, |n| n.loc);
            self.follow(
                node,
                &r,
                ref_loc,
                ctx,
                file,
                &scope,
                merged,
                RefKey::Dynamic,
            );
        }
        match &mut node.value {
            Value::Map(m) => {
                for (k, e) in crate::tree::Map::make_mut(m).iter_mut() {
                    if keyword_map && (k == "$ref" || k == "$dynamicRef") {
                        continue;
                    }
                    let len = merged.len();
                    push_token(merged, k);
                    self.rewrite(&mut e.node, child_ctx(ctx, k), file, scope.clone(), merged);
                    merged.truncate(len);
                }
            }
            Value::Seq(s) => {
                for (i, n) in s.iter_mut().enumerate() {
                    let len = merged.len();
                    push_token(merged, &i.to_string());
                    self.rewrite(n, ctx, file, scope.clone(), merged);
                    merged.truncate(len);
                }
            }
            _ => {}
        }
    }

    /// Where `r` (written in `file` at `scope`) points: the file, the pointer in it, and
    /// whether the fragment was an anchor name. Problems are reported; `None` leaves the
    /// reference as written.
    fn locate(
        &mut self,
        r: &str,
        ref_loc: Loc,
        file: FileId,
        scope: &Scope,
    ) -> Option<(FileId, String, Option<String>)> {
        let (res_part, frag) = match r.find('#') {
            Some(i) => (&r[..i], &r[i + 1..]),
            None => (r, ""),
        };
        let target_uri = if res_part.is_empty() {
            scope.resource.clone()
        } else {
            match uri::resolve(res_part, &scope.base) {
                Some(u) => u,
                None => {
                    self.diags.push(
                        codes::UNRESOLVED_REF
                            .diag(format!("`$ref: {r}` is not a URI reference"))
                            .at(ref_loc, "not a reference")
                            .help("write a relative path, a URL, or `#` and a JSON pointer"),
                    );
                    return None;
                }
            }
        };
        let (res_file, res_ptr) = match self.registry.resources.get(&target_uri).cloned() {
            Some(place) => place,
            None => {
                let f = self.load_uri(&target_uri, r, res_part, file, ref_loc)?;
                (f, String::new())
            }
        };
        let frag = percent_decode(frag);
        if frag.is_empty() || frag.starts_with('/') {
            return Some((res_file, format!("{res_ptr}{frag}"), None));
        }
        match self
            .registry
            .anchors
            .get(&(target_uri.clone(), frag.clone()))
        {
            Some((f, p)) => Some((*f, p.clone(), Some(frag))),
            None => {
                self.diags.push(
                    codes::UNRESOLVED_REF
                        .diag(format!("`$ref: {r}` names the anchor `{frag}`, which no schema of `{}` declares", self.uri_label(&target_uri)))
                        .at(ref_loc, "unresolved anchor")
                        .help("an anchor is declared with `$anchor` (or `$dynamicAnchor`) in the same schema resource"),
                );
                None
            }
        }
    }

    /// The document's own URI from OpenAPI 3.2's `$self`, resolved against the file's. It is
    /// the base of the document's relative references; the directory it names is read from
    /// the file's directory, so `$self: https://example.com/api/openapi.yaml` with
    /// `$ref: schemas.yaml` reads the `schemas.yaml` beside the file.
    fn self_uri(&mut self, doc: &Node, file_uri: &str) -> Option<String> {
        if self.dialect != Dialect::Draft2020 {
            return None;
        }
        let written = doc.get("$self")?.as_str()?;
        let resolved = uri::resolve(written, file_uri)?;
        let resolved = resolved.split('#').next().unwrap_or(&resolved).to_string();
        let dir = &resolved[..resolved.rfind('/').map_or(resolved.len(), |i| i + 1)];
        let local = self
            .sources
            .get(self.root_file)
            .path
            .parent()
            .map(Path::to_path_buf);
        if let Some(local) = local
            && !dir.starts_with("file:")
            && !self.remote.iter().any(|(prefix, _)| prefix == dir)
        {
            self.remote.push((dir.to_string(), local));
        }
        Some(resolved)
    }

    /// A URI as shown to people: a file as its display path.
    fn uri_label(&self, u: &str) -> String {
        match self.registry.file_uri.iter().find(|(_, v)| v.as_str() == u) {
            Some((f, _)) => self.sources.name(*f).to_string(),
            None => u.to_string(),
        }
    }

    /// Handles one reference found in `node` (which came from `file`). Returns whether `node`
    /// was replaced by inlined content.
    #[allow(clippy::too_many_arguments)]
    fn follow(
        &mut self,
        node: &mut Node,
        r: &str,
        ref_loc: Loc,
        ctx: Ctx,
        file: FileId,
        scope: &Scope,
        merged: &str,
        key: RefKey,
    ) -> bool {
        // The common case: a pointer into the root document, outside any `$id`.
        let root_uri = &self.registry.file_uri[&self.root_file];
        if file == self.root_file
            && scope.resource == *root_uri
            && (r.is_empty() || r.starts_with("#/"))
            && key == RefKey::Ref
        {
            return false;
        }
        self.ref_needed = ctx == Ctx::Schema || needed_for_generation(merged);
        let Some((target_file, pointer, anchor)) = self.locate(r, ref_loc, file, scope) else {
            return false;
        };
        if key == RefKey::Dynamic {
            // Dynamic only when the initial target declares the `$dynamicAnchor` named.
            let bookended = anchor.as_ref().is_some_and(|a| {
                self.registry
                    .dynamic
                    .values()
                    .flatten()
                    .any(|(name, (f, p))| name == a && *f == target_file && *p == pointer)
            });
            if bookended && let Some(a) = &anchor {
                self.out.dynamic_refs.push((merged.to_string(), a.clone()));
                if !self.dynamic_names.contains(a) {
                    self.dynamic_names.push(a.clone());
                }
            }
        }
        if target_file == self.root_file {
            let written = format!("#{}", uri::pointer_fragment(&pointer));
            if written != r {
                self.mark_rewritten(scope);
                // A fragment written relative to an `$id` that is really the document's
                // (`$id` beside `#/components/...` refs): checked once the document is whole.
                let (_, frag) = super::refs::split_ref(r);
                self.fixups
                    .push((merged.to_string(), key, pointer.clone(), frag));
                set_ref(node, key, written);
            }
            return false;
        }
        // A fragment file often writes `#/components/...` meaning the root document's
        // components (their bundlers resolve it so): when the file has no such node, read it as
        // a root-local reference; the final check reports it if the root has none either.
        let found = self.node_at(target_file, &pointer).cloned();
        let Some(target) = found else {
            let (res_part, frag) = super::refs::split_ref(r);
            if res_part.is_empty() && anchor.is_none() {
                set_ref(node, key, format!("#{}", uri::pointer_fragment(&frag)));
                return false;
            }
            if self.files.get(&target_file).is_some_and(Option::is_some) {
                let name = self.sources.name(target_file).to_string();
                let doc = self.files.get(&target_file).and_then(Option::as_ref);
                self.diags
                    .push(missing_pointer(r, &pointer, ref_loc, Some(&name), doc));
            }
            return false;
        };
        self.mark_rewritten(scope);
        if matches!(ctx, Ctx::Schema) || key == RefKey::Dynamic {
            let at = self.hoist(target_file, &pointer, target);
            set_ref(node, key, format!("#{}", uri::pointer_fragment(&at)));
            return false;
        }
        let place = (target_file, pointer.clone());
        if self.inlining.contains(&place) {
            self.diags.push(
                codes::REF_CYCLE
                    .diag(format!(
                        "`$ref: {r}` refers back to itself through other files"
                    ))
                    .at(ref_loc, "cycle closes here")
                    .help("only schemas may be recursive; break the cycle"),
            );
            return false;
        }
        self.inlining.push(place);
        let mut inlined = target;
        let inner = self.scope_at(target_file, &pointer);
        self.rewrite(
            &mut inlined,
            ctx,
            target_file,
            inner,
            &mut merged.to_string(),
        );
        self.inlining.pop();
        // Siblings of the reference (summary, description) override the target's.
        if let (Some(m), Some(t)) = (node.as_map(), inlined.as_map_mut()) {
            for (k, e) in m {
                if k != "$ref" {
                    t.insert(k.clone(), e.clone());
                }
            }
        }
        *node = inlined;
        true
    }

    /// Notes that a reference under `scope`'s resource was rewritten: its `$id`, if written in
    /// the root document, no longer means anything and is taken out.
    fn mark_rewritten(&mut self, scope: &Scope) {
        if let Some((f, p)) = self.registry.resources.get(&scope.resource)
            && *f == self.root_file
            && !p.is_empty()
            && !self.stale_ids.contains(p)
        {
            self.stale_ids.push(p.clone());
        }
    }

    /// The node at `pointer` of a loaded external file.
    fn node_at(&self, file: FileId, pointer: &str) -> Option<&Node> {
        self.files.get(&file)?.as_ref()?.pointer(pointer)
    }

    /// Where a schema of another file is in the merged document: under the component it is
    /// hoisted as (once), or inside a schema of the same file hoisted before.
    fn hoist(&mut self, file: FileId, pointer: &str, target: Node) -> String {
        let key = (file, pointer.to_string());
        if let Some(n) = self.hoisted.get(&key) {
            return pointer_join(self.schema_container, n);
        }
        let within = self.hoisted.iter().find_map(|((f, p), n)| {
            let rest = pointer.strip_prefix(p.as_str())?;
            (*f == file && rest.starts_with('/')).then(|| (n.clone(), rest.to_string()))
        });
        if let Some((n, rest)) = within {
            return format!("{}{rest}", pointer_join(self.schema_container, &n));
        }
        let name = self.allocate_name(file, pointer);
        self.hoisted.insert(key, name.clone());
        let scope = self.scope_at(file, pointer);
        let r = self.resource_id(&scope.resource);
        self.out
            .scopes
            .push((pointer_join(self.schema_container, &name), r));
        self.pending.push((name.clone(), target, file, scope));
        pointer_join(self.schema_container, &name)
    }

    fn drain_pending(&mut self) {
        while let Some((name, mut node, file, scope)) = self.pending.pop() {
            let mut merged = pointer_join(self.schema_container, &name);
            self.rewrite(&mut node, Ctx::Schema, file, scope, &mut merged);
            self.done.push((name, node));
        }
    }

    /// The scope at `pointer` of `file`: its retrieval URI, changed by every identifier on the
    /// way down.
    fn scope_at(&self, file: FileId, pointer: &str) -> Scope {
        let file_uri = self
            .registry
            .file_uri
            .get(&file)
            .cloned()
            .unwrap_or_default();
        let mut scope = Scope {
            base: file_uri.clone(),
            resource: file_uri,
        };
        let Some(mut node) = self.files.get(&file).and_then(Option::as_ref) else {
            return scope;
        };
        let mut ctx = root_ctx(node);
        let mut steps = pointer
            .split('/')
            .skip(1)
            .map(crate::tree::unescape_pointer_token);
        loop {
            if ctx == Ctx::Schema
                && let Some(m) = node.as_map()
                && let Some(Ok(id)) = self.declared_id(m, &scope.base)
            {
                scope = Scope {
                    base: id.clone(),
                    resource: id,
                };
            }
            let Some(step) = steps.next() else {
                return scope;
            };
            let next = match &node.value {
                Value::Map(m) => m.get(&step).map(|e| &e.node),
                Value::Seq(items) => step.parse::<usize>().ok().and_then(|i| items.get(i)),
                _ => None,
            };
            let Some(next) = next else {
                return scope;
            };
            if matches!(node.value, Value::Map(_)) {
                ctx = child_ctx(ctx, &step);
            }
            node = next;
        }
    }

    /// Every `$dynamicAnchor` a dynamic reference may land on gets a place in the merged
    /// document (hoisting those of other files), and is listed under its resource.
    fn hoist_dynamic_anchors(&mut self) {
        let names = std::mem::take(&mut self.dynamic_names);
        let all: Vec<(String, Vec<(String, Place)>)> = self
            .registry
            .dynamic
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for (resource, anchors) in all {
            for (name, (file, pointer)) in anchors {
                if !names.contains(&name) {
                    continue;
                }
                let merged = if file == self.root_file {
                    pointer
                } else {
                    let Some(target) = self.node_at(file, &pointer).cloned() else {
                        continue;
                    };
                    self.hoist(file, &pointer, target)
                };
                let r = self.resource_id(&resource) as usize;
                self.out.dynamic_anchors[r].push((name, merged));
            }
        }
    }

    /// Rewritten references whose target the whole document lacks: the pointer as the
    /// document's own, if that exists (`$id` beside document pointers, as many tools read it).
    fn apply_fixups(&mut self, doc: &mut Node) {
        for (holder, key, pointer, fallback) in std::mem::take(&mut self.fixups) {
            if doc.pointer(&pointer).is_some() || doc.pointer(&fallback).is_none() {
                continue;
            }
            if let Some(n) = doc.pointer_mut(&holder) {
                set_ref(n, key, format!("#{}", uri::pointer_fragment(&fallback)));
            }
        }
    }

    fn allocate_name(&mut self, file: FileId, frag: &str) -> String {
        let base = match frag.rsplit('/').next() {
            Some(last) if !last.is_empty() => crate::tree::unescape_pointer_token(last),
            _ => Path::new(&self.sources.get(file).display)
                .file_stem()
                .map_or("Schema".to_string(), |s| s.to_string_lossy().into_owned()),
        };
        let mut name = base.clone();
        let mut n = 2;
        while self.taken.contains(&name) {
            name = format!("{base}_{n}");
            n += 1;
        }
        self.taken.insert(name.clone());
        name
    }

    /// Loads the document at `target` (a file, or a URL under a mapped prefix) and indexes it;
    /// `None` (reported) when it cannot be read or may not be.
    fn load_uri(
        &mut self,
        target: &str,
        r: &str,
        res_part: &str,
        from: FileId,
        ref_loc: Loc,
    ) -> Option<FileId> {
        let path = if let Some(p) = uri::to_path(target) {
            p
        } else if let Some((prefix, dir)) = self
            .remote
            .iter()
            .find(|(prefix, _)| target.starts_with(prefix.as_str()))
        {
            dir.join(percent_decode(&target[prefix.len()..]))
        } else if !self.ref_needed {
            self.diags.push(
                codes::REMOTE_REF_UNREAD
                    .diag(format!("`$ref: {r}` names a URL (`{target}`) in a part of the document generation does not read; it is left unread"))
                    .at(ref_loc, "remote reference, not fetched")
                    .help("download the referenced document next to the spec and refer to it by relative path, or map the URL's prefix to a local directory with `remote_refs` in specforge.toml"),
            );
            return None;
        } else {
            self.diags.push(
                codes::REF_OUTSIDE_ROOT
                    .diag(format!("`$ref: {r}` names a URL (`{target}`); specforge never fetches from the network"))
                    .at(ref_loc, "remote reference")
                    .help("download the referenced document next to the spec and refer to it by relative path, or map the URL's prefix to a local directory with `remote_refs` in specforge.toml"),
            );
            return None;
        };
        let mapped = match uri::to_path(target) {
            Some(_) => None,
            None => self
                .remote
                .iter()
                .find(|(prefix, _)| target.starts_with(prefix.as_str()))
                .map(|(_, dir)| dir.clone()),
        };
        let id = self.load(&path, res_part, from, ref_loc, mapped.as_deref())?;
        if let std::collections::hash_map::Entry::Vacant(e) = self.registry.file_uri.entry(id) {
            // A mapped URL keeps its URL as base: references inside it are relative to it.
            e.insert(target.to_string());
            self.registry
                .resources
                .entry(target.to_string())
                .or_insert((id, String::new()));
            let scope = Scope {
                base: target.to_string(),
                resource: target.to_string(),
            };
            if let Some(Some(node)) = self.files.get(&id) {
                let node = node.clone();
                self.index(id, &node, root_ctx(&node), scope, &mut String::new());
            }
        }
        Some(id)
    }

    /// Loads (once) the file at `joined`; returns its id. `mapped`: the local directory of the
    /// `remote_refs` prefix it was reached through, which the user allowed explicitly and which
    /// it may not leave.
    fn load(
        &mut self,
        joined: &Path,
        rel: &str,
        from: FileId,
        ref_loc: Loc,
        mapped: Option<&Path>,
    ) -> Option<FileId> {
        let _ = from;
        let Ok(path) = joined.canonicalize() else {
            self.diags.push(
                codes::UNRESOLVED_REF
                    .diag(format!("`$ref` target file `{rel}` does not exist"))
                    .at(
                        ref_loc,
                        format!("looked for {}", super::refs::display_rel(joined)),
                    )
                    .help("fix the path; it is relative to the file that holds the `$ref`"),
            );
            return None;
        };
        let allowed = match mapped {
            Some(dir) => dir.canonicalize().is_ok_and(|d| path.starts_with(d)),
            None => self.allow_outside_root || path.starts_with(&self.root_dir),
        };
        if !allowed {
            self.diags.push(
                codes::REF_OUTSIDE_ROOT
                    .diag(format!(
                        "`$ref` target `{rel}` is outside the spec's root directory `{}`",
                        super::refs::display_rel(&self.root_dir)
                    ))
                    .at(ref_loc, "leaves the root directory")
                    .help("move the file under the root, or allow it with `allow_refs_outside_root = true` in specforge.toml or `--allow-refs-outside-root`"),
            );
            return None;
        }
        if let Some(id) = self.sources.find(&path) {
            if !self.files.contains_key(&id) && id != self.root_file {
                let node = parse_fragment(self.sources.get(id), id, self.diags);
                self.files.insert(id, node);
            }
            return Some(id);
        }
        let text = match super::limits::read_input_text(&path) {
            Ok(t) => t,
            Err(e) => {
                self.diags.push(
                    codes::IO
                        .diag(format!("cannot read `$ref` target `{rel}`: {e}"))
                        .at(ref_loc, "referenced here"),
                );
                return None;
            }
        };
        let display = super::refs::display_rel(joined);
        let id = self.sources.add(SourceFile::new(display, path, text));
        let node = parse_fragment(self.sources.get(id), id, self.diags);
        self.files.insert(id, node);
        Some(id)
    }
}

/// How the root of a referenced file reads: an OpenAPI (or fragment) document, or a schema.
fn root_ctx(node: &Node) -> Ctx {
    let looks_like_document = node.as_map().is_some_and(|m| {
        ["openapi", "swagger", "paths", "components", "info"]
            .iter()
            .any(|k| m.contains_key(k))
    });
    let looks_like_schema = node.as_map().is_some_and(|m| {
        [
            "$schema",
            "$id",
            "type",
            "properties",
            "$ref",
            "allOf",
            "anyOf",
            "oneOf",
            "items",
            "$defs",
            "enum",
            "const",
        ]
        .iter()
        .any(|k| m.contains_key(k))
    }) || matches!(node.value, Value::Bool(_));
    if looks_like_schema && !looks_like_document {
        Ctx::Schema
    } else {
        Ctx::Doc
    }
}

fn push_token(ptr: &mut String, token: &str) {
    ptr.push('/');
    push_pointer_token(ptr, token);
}

fn set_ref(node: &mut Node, key: RefKey, r: String) {
    if let Some(e) = node.as_map_mut().and_then(|m| m.get_mut(key.key())) {
        e.node.value = Value::String(r.into());
    }
}

/// Whether `text` holds anything bundling must resolve: a `$ref` whose value does not start
/// with `#/` (another file, a URL, an anchor), or, in the 2020-12 dialect, a schema identifier
/// or dynamic reference. A substring scan, much cheaper than walking the tree; a false
/// positive only costs the bundling walk.
pub fn needs_bundling(text: &str, dialect: Dialect) -> bool {
    if dialect == Dialect::Draft2020
        && ["\"$id\"", "$id:", "'$id'", "$anchor", "$dynamicRef"]
            .iter()
            .any(|k| text.contains(k))
    {
        return true;
    }
    text.match_indices("$ref").any(|(i, _)| {
        // Skip quotes, the colon, blanks and block-scalar indicators (`$ref: >-` + newline).
        let rest = text[i + 4..]
            .trim_start_matches(['"', '\'', ':', ' ', '\t', '\r', '\n', '>', '|', '-', '+']);
        let whole_document = rest.starts_with('#')
            && rest[1..]
                .chars()
                .next()
                .is_none_or(|c| matches!(c, '"' | '\'' | '\n' | '\r' | ' ' | ',' | '}'));
        !(rest.starts_with("#/") || whole_document)
    })
}

#[cfg(test)]
mod needed_tests {
    use super::needed_for_generation as needed;

    #[test]
    fn documentation_is_not_needed_for_generation() {
        assert!(needed("/paths/~1a/get/responses/200"));
        assert!(needed("/components/schemas/A/properties/b"));
        assert!(needed("/definitions/A"));
        assert!(!needed("/paths/~1a/get/externalDocs"));
        assert!(!needed("/components/securitySchemes/key"));
        assert!(!needed("/components/examples/e"));
        assert!(!needed(
            "/paths/~1a/get/responses/200/content/application~1json/examples/e"
        ));
        assert!(!needed("/info/x-logo"));
        assert!(!needed("/tags/0/externalDocs"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prescan() {
        let d = Dialect::Draft4;
        assert!(!needs_bundling("a:\n  $ref: '#/components/schemas/A'\n", d));
        assert!(!needs_bundling(r##"{"$ref": "#/x"}"##, d));
        assert!(!needs_bundling(
            "a:\n  $ref: >-\n    #/components/schemas/A\n",
            d
        ));
        assert!(needs_bundling("a:\n  $ref: './b.yaml'\n", d));
        assert!(needs_bundling("a:\n  $ref:\n    other.yaml#/X\n", d));
        assert!(needs_bundling(r#"{"$ref":"b.json"}"#, d));
        assert!(needs_bundling(r##"{"$ref":"#node"}"##, d));
        assert!(!needs_bundling(r##"{"$ref":"#"}"##, d));
        assert!(needs_bundling(
            r#"{"$id":"http://x/y"}"#,
            Dialect::Draft2020
        ));
        assert!(!needs_bundling(r#"{"$id":"http://x/y"}"#, d));
    }
}
