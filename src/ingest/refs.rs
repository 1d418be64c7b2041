//! `$ref` resolution across files: bundles a multi-file spec into one document.
//!
//! External schema targets are hoisted into the document's schema components (so recursive
//! and mutually recursive schemas stay `$ref`s, as they must), other external targets (path
//! items, parameters, responses, …) are inlined. Every node keeps the location of the file it
//! was written in. Refs never reach the network and never leave the root directory unless the
//! user allows it. Refs inside examples, defaults, enums and `x-` extensions are data, not refs.

use super::codes;
use super::{is_json_text, json, yaml};
use crate::diag::Diagnostic;
use crate::source::{FileId, Loc, Origin, SourceFile, SourceMap};
use crate::tree::{Node, Value, pointer_join};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// Where a `$ref` sits, which decides whether it is followed and how.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ctx {
    /// General OpenAPI structure.
    Doc,
    /// A map whose values are schemas (`properties`, `components.schemas`, …).
    SchemaMap,
    /// A schema.
    Schema,
    /// A map of Example objects.
    ExampleMap,
    /// An Example object (its `value` is data).
    Example,
    /// Literal data: never followed.
    Data,
}

/// The context of the child at `key` of a node in context `ctx`.
pub fn child_ctx(ctx: Ctx, key: &str) -> Ctx {
    if key.starts_with("x-") {
        return Ctx::Data;
    }
    match ctx {
        Ctx::Data => Ctx::Data,
        Ctx::SchemaMap => Ctx::Schema,
        Ctx::Doc => match key {
            "schema" => Ctx::Schema,
            "schemas" | "definitions" => Ctx::SchemaMap,
            "example" | "default" | "enum" => Ctx::Data,
            "examples" => Ctx::ExampleMap,
            _ => Ctx::Doc,
        },
        Ctx::ExampleMap => Ctx::Example,
        Ctx::Example => match key {
            "value" => Ctx::Data,
            _ => Ctx::Doc,
        },
        Ctx::Schema => match key {
            "properties" | "patternProperties" | "$defs" | "definitions" | "dependentSchemas" => {
                Ctx::SchemaMap
            }
            "items"
            | "additionalProperties"
            | "not"
            | "contains"
            | "if"
            | "then"
            | "else"
            | "propertyNames"
            | "unevaluatedItems"
            | "unevaluatedProperties"
            | "additionalItems"
            | "contentSchema"
            | "allOf"
            | "anyOf"
            | "oneOf"
            | "prefixItems" => Ctx::Schema,
            _ => Ctx::Data,
        },
    }
}

/// Splits a `$ref` into its file part and its (percent-decoded) JSON pointer fragment.
pub fn split_ref(r: &str) -> (&str, String) {
    let (file, frag) = match r.find('#') {
        Some(i) => (&r[..i], &r[i + 1..]),
        None => (r, ""),
    };
    (file, percent_decode(frag))
}

fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let Some(v) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

/// Bundles external refs of one document.
pub struct Bundler<'a> {
    sources: &'a mut SourceMap,
    diags: &'a mut Vec<Diagnostic>,
    root_file: FileId,
    root_dir: PathBuf,
    allow_outside_root: bool,
    /// Pointer of the schema container: `/components/schemas` or `/definitions`.
    schema_container: &'static str,
    /// Parsed external files (None: failed, already reported).
    files: HashMap<FileId, Option<Node>>,
    /// (file, pointer) → local schema name.
    hoisted: HashMap<(FileId, String), String>,
    /// Names in use in the schema container, with whether they came from the root.
    taken: BTreeMap<String, ()>,
    /// Hoisted schemas still to rewrite: (name, node, file it came from).
    pending: Vec<(String, Node, FileId)>,
    /// Schemas to add to the container, in order.
    done: Vec<(String, Node)>,
    /// Inlining stack, for cycle detection.
    inlining: Vec<(FileId, String)>,
}

impl<'a> Bundler<'a> {
    /// A bundler for the document in `root_file`, confined to `root_dir`.
    pub fn new(
        sources: &'a mut SourceMap,
        diags: &'a mut Vec<Diagnostic>,
        root_file: FileId,
        root_dir: PathBuf,
        allow_outside_root: bool,
        swagger2: bool,
    ) -> Self {
        Bundler {
            sources,
            diags,
            root_file,
            root_dir,
            allow_outside_root,
            schema_container: if swagger2 {
                "/definitions"
            } else {
                "/components/schemas"
            },
            files: HashMap::new(),
            hoisted: HashMap::new(),
            taken: BTreeMap::new(),
            pending: Vec::new(),
            done: Vec::new(),
            inlining: Vec::new(),
        }
    }

    /// Rewrites `doc` so that every followed `$ref` is local. Callers skip documents whose
    /// text cannot hold a reference to another file ([`may_have_external_refs`]).
    pub fn bundle(mut self, doc: &mut Node) {
        if let Some(m) = doc.pointer(self.schema_container).and_then(Node::as_map) {
            for k in m.keys() {
                self.taken.insert(k.to_string(), ());
            }
        }
        let root = self.root_file;
        self.rewrite(doc, Ctx::Doc, root);
        while let Some((name, mut node, file)) = self.pending.pop() {
            self.rewrite(&mut node, Ctx::Schema, file);
            self.done.push((name, node));
        }
        if self.done.is_empty() {
            return;
        }
        self.done.sort_by(|a, b| a.0.cmp(&b.0));
        let container = ensure_path(doc, self.schema_container);
        for (name, node) in self.done {
            container.insert(name, node);
        }
    }

    fn rewrite(&mut self, node: &mut Node, ctx: Ctx, base: FileId) {
        if ctx == Ctx::Data {
            return;
        }
        // In a map of names (`properties`, `examples`), a key `$ref` is a name, not a reference.
        let keyword_map = !matches!(ctx, Ctx::SchemaMap | Ctx::ExampleMap);
        if keyword_map && let Some(r) = node.get("$ref").and_then(Node::as_str).map(str::to_string)
        {
            let ref_loc = node.get("$ref").map_or(node.loc, |n| n.loc);
            if self.follow(node, &r, ref_loc, ctx, base) {
                // Inlined content was already rewritten relative to its own file.
                return;
            }
            // Siblings of a $ref (3.1) are still walked.
        }
        match &mut node.value {
            Value::Map(m) => {
                for (k, e) in crate::tree::Map::make_mut(m).iter_mut() {
                    if k == "$ref" {
                        continue;
                    }
                    let c = child_ctx(ctx, k);
                    self.rewrite(&mut e.node, c, base);
                }
            }
            Value::Seq(s) => {
                for n in s.iter_mut() {
                    self.rewrite(n, ctx, base);
                }
            }
            _ => {}
        }
    }

    /// Handles one `$ref` found in `node` (which came from file `base`). Returns whether
    /// `node` was replaced by inlined content.
    fn follow(&mut self, node: &mut Node, r: &str, ref_loc: Loc, ctx: Ctx, base: FileId) -> bool {
        let (file_part, frag) = split_ref(r);
        if file_part.is_empty() && base == self.root_file {
            return false; // local: validated after bundling
        }
        if file_part.contains("://") || file_part.starts_with("//") {
            self.diags.push(
                codes::REF_OUTSIDE_ROOT
                    .diag(format!("`$ref: {r}` names a URL; specforge never fetches from the network"))
                    .at(ref_loc, "remote reference")
                    .help("download the referenced document next to the spec and refer to it by relative path"),
            );
            return false;
        }
        let target_file = if file_part.is_empty() {
            base
        } else {
            match self.load(file_part, base, ref_loc) {
                Some(f) => f,
                None => return false,
            }
        };
        if target_file == self.root_file {
            set_ref(node, format!("#{}", pointer_text(&frag)));
            return false;
        }
        let found = self
            .files
            .get(&target_file)
            .and_then(Option::as_ref)
            .and_then(|doc| doc.pointer(&frag))
            .cloned();
        // Fragment files often write `#/components/...` meaning the root document's
        // components (their bundlers resolve it so): when the file has no such node, read it
        // as a root-local ref; the final check reports it if the root has none either.
        if found.is_none() && file_part.is_empty() {
            set_ref(node, format!("#{}", pointer_text(&frag)));
            return false;
        }
        let Some(target) = found else {
            if self.files.get(&target_file).is_some_and(Option::is_some) {
                let name = self.sources.name(target_file).to_string();
                let doc = self.files.get(&target_file).and_then(Option::as_ref);
                self.diags
                    .push(missing_pointer(r, &frag, ref_loc, Some(&name), doc));
            }
            return false;
        };
        if matches!(ctx, Ctx::Schema) {
            let key = (target_file, frag.clone());
            let name = match self.hoisted.get(&key) {
                Some(n) => n.clone(),
                None => {
                    let name = self.allocate_name(target_file, &frag, &target);
                    self.hoisted.insert(key, name.clone());
                    self.pending.push((name.clone(), target, target_file));
                    name
                }
            };
            set_ref(
                node,
                format!("#{}", pointer_join(self.schema_container, &name)),
            );
        } else {
            let key = (target_file, frag.clone());
            if self.inlining.contains(&key) {
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
            self.inlining.push(key);
            let mut inlined = target;
            self.rewrite(&mut inlined, ctx, target_file);
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
            return true;
        }
        false
    }

    fn allocate_name(&mut self, file: FileId, frag: &str, target: &Node) -> String {
        let base = match frag.rsplit('/').next() {
            Some(last) if !last.is_empty() => crate::tree::unescape_pointer_token(last),
            _ => Path::new(&self.sources.get(file).display)
                .file_stem()
                .map_or("Schema".to_string(), |s| s.to_string_lossy().into_owned()),
        };
        let _ = target;
        let mut name = base.clone();
        let mut n = 2;
        while self.taken.contains_key(&name) {
            name = format!("{base}_{n}");
            n += 1;
        }
        self.taken.insert(name.clone(), ());
        name
    }

    /// Loads (once) the file `rel` relative to the file `base`; returns its id.
    fn load(&mut self, rel: &str, base: FileId, ref_loc: Loc) -> Option<FileId> {
        let base_dir = self
            .sources
            .get(base)
            .path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let joined = base_dir.join(percent_decode(rel));
        let Ok(path) = joined.canonicalize() else {
            self.diags.push(
                codes::UNRESOLVED_REF
                    .diag(format!("`$ref` target file `{rel}` does not exist"))
                    .at(ref_loc, format!("looked for {}", display_rel(&joined)))
                    .help("fix the path; it is relative to the file that holds the `$ref`"),
            );
            return None;
        };
        if !self.allow_outside_root && !path.starts_with(&self.root_dir) {
            self.diags.push(
                codes::REF_OUTSIDE_ROOT
                    .diag(format!(
                        "`$ref` target `{rel}` is outside the spec's root directory `{}`",
                        display_rel(&self.root_dir)
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
        let text = match std::fs::read_to_string(&path) {
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
        let display = display_rel(&joined);
        let id = self.sources.add(SourceFile::new(display, path, text));
        let node = parse_fragment(self.sources.get(id), id, self.diags);
        self.files.insert(id, node);
        Some(id)
    }
}

/// Whether `text` may hold a `$ref` to another file: some `$ref` whose value does not start
/// with `#`. A substring scan, much cheaper than walking the tree; a false positive only costs
/// the bundling walk.
pub fn may_have_external_refs(text: &str) -> bool {
    text.match_indices("$ref").any(|(i, _)| {
        // Skip quotes, the colon, blanks and block-scalar indicators (`$ref: >-` + newline).
        let rest = text[i + 4..]
            .trim_start_matches(['"', '\'', ':', ' ', '\t', '\r', '\n', '>', '|', '-', '+']);
        !rest.starts_with('#')
    })
}

fn parse_fragment(file: &SourceFile, id: FileId, diags: &mut Vec<Diagnostic>) -> Option<Node> {
    let parsed = if is_json_text(file.text()) {
        json::parse(file.text(), Origin::whole(id), diags)
    } else {
        yaml::parse(file.text(), Origin::whole(id), diags)
    };
    match parsed {
        Ok(n) => Some(n),
        Err(e) => {
            diags.push(e);
            None
        }
    }
}

/// `target` is the document the pointer was looked up in; `file` names it (`None`: this one).
pub fn missing_pointer(
    r: &str,
    frag: &str,
    loc: Loc,
    file: Option<&str>,
    target: Option<&Node>,
) -> Diagnostic {
    let message = match file {
        Some(f) => format!("`$ref: {r}` points at nothing: `{f}` has no `#{frag}`"),
        None => format!("`$ref: {r}` points at nothing: this document has no `#{frag}`"),
    };
    // Suggest the closest existing name at the deepest level that exists.
    let suggestion = target.and_then(|doc| {
        let (parent, last) = frag.rsplit_once('/')?;
        let names = doc.pointer(parent)?.as_map()?;
        let last = crate::tree::unescape_pointer_token(last);
        crate::similar::closest(&last, names.keys().map(|k| k.as_str()))
            .map(|c| pointer_join(parent, c))
    });
    codes::UNRESOLVED_REF
        .diag(message)
        .at(loc, "unresolved reference")
        .help(match suggestion {
            Some(s) => format!("did you mean `#{s}`?"),
            None => "check the spelling of the pointer; it is case-sensitive".to_string(),
        })
}

fn set_ref(node: &mut Node, r: String) {
    if let Some(e) = node.as_map_mut().and_then(|m| m.get_mut("$ref")) {
        e.node.value = Value::String(r.into());
    }
}

fn pointer_text(frag: &str) -> String {
    frag.to_string()
}

/// A path for messages: relative to the current directory (with `..` where needed), `.` and
/// `..` steps folded away.
pub fn display_rel(p: &Path) -> String {
    use std::path::Component;
    let abs = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(p)
    };
    let mut norm: Vec<Component> = Vec::new();
    for c in abs.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir if matches!(norm.last(), Some(Component::Normal(_))) => {
                norm.pop();
            }
            c => norm.push(c),
        }
    }
    let Ok(cwd) = std::env::current_dir() else {
        return norm.iter().collect::<PathBuf>().display().to_string();
    };
    let cwd: Vec<Component> = cwd.components().collect();
    let common = norm.iter().zip(&cwd).take_while(|(a, b)| a == b).count();
    if common <= 1 {
        return norm.iter().collect::<PathBuf>().display().to_string();
    }
    let mut rel = PathBuf::new();
    for _ in common..cwd.len() {
        rel.push("..");
    }
    for c in &norm[common..] {
        rel.push(c);
    }
    if rel.as_os_str().is_empty() {
        // The current directory itself.
        return ".".into();
    }
    rel.display().to_string()
}

/// The mapping at `pointer`, created (as empty mappings) where missing.
pub fn ensure_path<'n>(doc: &'n mut Node, pointer: &str) -> &'n mut Node {
    let mut node = doc;
    for token in pointer.trim_start_matches('/').split('/') {
        let loc = node.loc;
        if node.get(token).is_none_or(|n| n.as_map().is_none()) {
            node.insert(token, Node::map(loc));
        }
        node = node.get_mut(token).expect("just ensured");
    }
    node
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn external_ref_prescan() {
        assert!(!may_have_external_refs(
            "a:\n  $ref: '#/components/schemas/A'\n"
        ));
        assert!(!may_have_external_refs(r##"{"$ref": "#/x"}"##));
        assert!(!may_have_external_refs(
            "a:\n  $ref: >-\n    #/components/schemas/A\n"
        ));
        assert!(may_have_external_refs("a:\n  $ref: './b.yaml'\n"));
        assert!(may_have_external_refs("a:\n  $ref:\n    other.yaml#/X\n"));
        assert!(may_have_external_refs(r#"{"$ref":"b.json"}"#));
    }
}
