//! `$ref`s: where one sits decides whether it is a reference ([`Ctx`]), how one splits into a
//! file and a pointer, and the messages for references that lead nowhere. Bundling (following
//! them across files and identifiers) is [`super::bundle`].

use super::codes;
use super::{is_json_text, json, yaml};
use crate::diag::Diagnostic;
use crate::source::{FileId, Loc, Origin, SourceFile};
use crate::tree::{Node, pointer_join};
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

/// `%xx` escapes decoded (text that is not UTF-8 afterwards stays as written).
pub fn percent_decode(s: &str) -> String {
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

/// Parses a referenced file (YAML or JSON); `None` with a diagnostic when it does not parse.
pub fn parse_fragment(file: &SourceFile, id: FileId, diags: &mut Vec<Diagnostic>) -> Option<Node> {
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

/// `specs/../generated` → `generated`, without touching the file system (the path may not
/// exist yet).
pub fn lexical(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::ParentDir
                if matches!(out.components().next_back(), Some(Component::Normal(_))) =>
            {
                out.pop();
            }
            Component::CurDir => {}
            c => out.push(c),
        }
    }
    out
}

/// `p` read from the current directory when relative, `.` and `..` steps folded away.
pub fn absolute(p: &Path) -> PathBuf {
    if p.is_absolute() {
        lexical(p)
    } else {
        lexical(&std::env::current_dir().unwrap_or_default().join(p))
    }
}

/// The steps from the directory `base` to `path`, both absolute and lexical: `..` for each
/// step of `base` below what they share, then the rest of `path`.
fn steps(path: &Path, base: &Path) -> PathBuf {
    let (p, b): (Vec<_>, Vec<_>) = (path.components().collect(), base.components().collect());
    let common = p.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut out = PathBuf::new();
    for _ in common..b.len() {
        out.push("..");
    }
    out.extend(&p[common..]);
    out
}

/// `path` relative to the directory `base`, both read from the current directory when
/// relative and normalised lexically (`base` need not exist yet): `specs/a.yaml` from
/// `generated/api` is `../../specs/a.yaml`.
pub fn relative_to(path: &Path, base: &Path) -> String {
    // `path` is canonical (sources are); so must `base` be, where it exists, or a symlink in
    // the current directory's path would add `..`s.
    let base = base
        .ancestors()
        .find_map(|a| {
            let dir = if a.as_os_str().is_empty() {
                Path::new(".")
            } else {
                a
            };
            let real = dir.canonicalize().ok()?;
            Some(real.join(base.strip_prefix(a).ok()?))
        })
        .unwrap_or_else(|| base.to_path_buf());
    steps(&absolute(path), &absolute(&base))
        .display()
        .to_string()
}

/// A path for messages: relative to the current directory (with `..` where needed), `.` and
/// `..` steps folded away.
pub fn display_rel(p: &Path) -> String {
    let norm = absolute(p);
    let Ok(cwd) = std::env::current_dir() else {
        return norm.display().to_string();
    };
    // Sharing only the root: the absolute path reads better than a climb to it.
    if norm
        .components()
        .zip(cwd.components())
        .take_while(|(a, b)| a == b)
        .count()
        <= 1
    {
        return norm.display().to_string();
    }
    let rel = steps(&norm, &cwd);
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
