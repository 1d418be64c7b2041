//! Wrapper detection: find the OpenAPI text (or the docs examples) inside what a user gave us.
//!
//! Detection looks at content, never at the file extension:
//! 1. the whole file is an OpenAPI/Swagger document (YAML or JSON);
//! 2. Docusaurus openapi-docs MDX: front matter `api:` holds one operation as JSON, or as
//!    base64 of zlib-compressed JSON;
//! 3. a Markdown/MDX page whose fenced ```` ```yaml ```` / ```` ```json ```` block holds an
//!    OpenAPI document (other fences — shell, curl — are not the spec);
//! 4. a rendered docs page: its curl request and JSON response sample are examples.

use super::codes;
use super::curl::{self, DocsExample};
use super::limits::MAX_INFLATED_BYTES;
use super::{DocsOrigin, HarvestedExample, json, yaml};
use crate::diag::Diagnostic;
use crate::source::{FileId, Loc, Origin, SourceFile};
use crate::tree::{Node, Value, pointer_join};
use base64::Engine as _;
use std::io::Read as _;

/// How a document was wrapped in its file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WrapperKind {
    /// The whole file is YAML.
    PlainYaml,
    /// The whole file is JSON.
    PlainJson,
    /// A fenced block in a Markdown/MDX page.
    MarkdownFence,
    /// Docusaurus openapi-docs MDX front matter, JSON.
    DocusaurusJson,
    /// Docusaurus openapi-docs MDX front matter, base64 of zlib-compressed JSON.
    DocusaurusCompressed,
    /// A rendered docs page holding examples only.
    RenderedPage,
}

impl WrapperKind {
    /// Human name.
    pub fn describe(self) -> &'static str {
        match self {
            WrapperKind::PlainYaml => "OpenAPI YAML",
            WrapperKind::PlainJson => "OpenAPI JSON",
            WrapperKind::MarkdownFence => "Markdown page with a fenced OpenAPI block",
            WrapperKind::DocusaurusJson => "Docusaurus MDX page (operation JSON in front matter)",
            WrapperKind::DocusaurusCompressed => {
                "Docusaurus MDX page (operation as base64+zlib JSON in front matter)"
            }
            WrapperKind::RenderedPage => "rendered docs page (curl and response examples)",
        }
    }
}

/// An OpenAPI (or Swagger) document found in a file.
#[derive(Debug, Clone)]
pub struct Extracted {
    /// The document tree, located in the original file.
    pub root: Node,
    /// How it was wrapped.
    pub kind: WrapperKind,
    /// For Docusaurus pages: the operation's `jsonRequestBodyExample`, already placed in the
    /// rebuilt document; kept here for reporting.
    pub notes: Vec<String>,
    /// Examples taken from the page and placed in `root` (the `jsonRequestBodyExample`).
    pub harvested: Vec<HarvestedExample>,
}

/// What a file contained.
#[derive(Debug, Clone, Default)]
pub struct FileContents {
    /// OpenAPI documents found.
    pub documents: Vec<Extracted>,
    /// Examples found on a rendered page.
    pub examples: Vec<DocsExample>,
}

/// Finds the documents and examples in `file`. Warnings go to `warnings`; a file in which
/// nothing usable is found is an error.
pub fn extract(
    file: &SourceFile,
    id: FileId,
    warnings: &mut Vec<Diagnostic>,
) -> Result<FileContents, Diagnostic> {
    let text = file.text();
    let start = Loc::new(id, 1, 1);

    // 1. The whole file as a document.
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    let looks_json = trimmed.starts_with('{');
    let mut plain_error = None;
    if looks_json || looks_like_yaml(text) {
        let mut w = Vec::new();
        let parsed = if looks_json {
            json::parse(text, Origin::whole(id), &mut w)
        } else {
            yaml::parse(text, Origin::whole(id), &mut w)
        };
        match parsed {
            // An MDX stub's front matter (`openapi: get /path`) parses as YAML too.
            Ok(root)
                if is_openapi_root(&root)
                    && (declares_version(&root) || !has_front_matter(text)) =>
            {
                warnings.extend(w);
                let kind = if looks_json {
                    WrapperKind::PlainJson
                } else {
                    WrapperKind::PlainYaml
                };
                return Ok(FileContents {
                    documents: vec![Extracted {
                        root,
                        kind,
                        notes: Vec::new(),
                        harvested: Vec::new(),
                    }],
                    examples: Vec::new(),
                });
            }
            Ok(root) if !has_front_matter(text) && !is_openapi_root(&root) => {
                // Valid YAML/JSON but not OpenAPI: say what it is instead.
                return Err(not_openapi(&root, start));
            }
            Ok(_) => {}
            Err(e) => plain_error = Some(e),
        }
    }

    // 2. Docusaurus front matter.
    if let Some(fm) = front_matter(text) {
        if let Some(doc) = docusaurus(text, &fm, id, warnings)? {
            return Ok(FileContents {
                documents: vec![doc],
                examples: Vec::new(),
            });
        }
        if let Some((line, value)) = fm.key("openapi") {
            return Err(codes::FOREIGN_VIEW
                .diag(format!(
                    "this MDX page only references operation `{}` of a spec that is not in the file",
                    value.trim()
                ))
                .at(Loc::new(id, line, 1), "front matter `openapi:` reference")
                .help("give specforge the OpenAPI document this page was generated from"));
        }
    }

    // 3. Fenced blocks.
    let fences = fenced_blocks(text);
    let mut documents = Vec::new();
    let mut foreign = None;
    let mut fence_errors = Vec::new();
    for f in &fences {
        if !matches!(f.lang.as_str(), "yaml" | "yml" | "json") {
            continue;
        }
        let origin = Origin {
            file: id,
            line_offset: f.first_line - 1,
            first_col_offset: 0,
            indent: f.indent,
        };
        let mut w = Vec::new();
        let parsed = if f.lang == "json" {
            json::parse(&f.content, origin, &mut w)
        } else {
            yaml::parse(&f.content, origin, &mut w)
        };
        match parsed {
            Ok(root) if is_openapi_root(&root) => {
                warnings.extend(w);
                documents.push(Extracted {
                    root,
                    kind: WrapperKind::MarkdownFence,
                    notes: Vec::new(),
                    harvested: Vec::new(),
                });
            }
            Ok(root) if is_mintlify_view(&root) => {
                foreign.get_or_insert(Loc::new(id, f.fence_line, 1));
            }
            Ok(_) => {}
            Err(e) => {
                // A broken block that starts like a spec is the user's spec; report it.
                if f.content.trim_start().starts_with("openapi")
                    || f.content.trim_start().starts_with("swagger")
                    || f.content.contains("\"openapi\"")
                {
                    fence_errors.push(e);
                }
            }
        }
    }
    if !documents.is_empty() {
        return Ok(FileContents {
            documents,
            examples: Vec::new(),
        });
    }
    if let Some(e) = fence_errors.into_iter().next() {
        return Err(e);
    }
    if let Some(loc) = foreign {
        return Err(codes::FOREIGN_VIEW
            .diag("the fenced block holds Mintlify's resolved view of an operation (`paths: {path, method, request}`), not an OpenAPI document")
            .at(loc, "this block")
            .help("give specforge the OpenAPI document the page was generated from (named on the fence line)"));
    }

    // 4. A rendered page with curl examples.
    let examples = curl::find_examples(file, id, warnings);
    if !examples.is_empty() {
        return Ok(FileContents {
            documents: Vec::new(),
            examples,
        });
    }
    if let Some(e) = plain_error {
        return Err(e);
    }
    Err(codes::NO_SPEC
        .diag(format!(
            "no OpenAPI document found in `{}`: no `openapi`/`swagger` document, no fenced ```yaml/```json block holding one, no Docusaurus `api:` front matter, no curl example",
            file.display
        ))
        .at(start, "start of file")
        .help("pass the OpenAPI document itself, or a docs page that embeds it"))
}

/// Whether the `openapi`/`swagger` value looks like a version (starts with a digit).
fn declares_version(root: &Node) -> bool {
    root.get("openapi")
        .or_else(|| root.get("swagger"))
        .and_then(Node::as_text)
        .is_some_and(|v| v.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether `root` is an OpenAPI 3.x or Swagger 2.0 document.
pub fn is_openapi_root(root: &Node) -> bool {
    root.as_map()
        .is_some_and(|m| m.contains_key("openapi") || m.contains_key("swagger"))
}

fn is_mintlify_view(root: &Node) -> bool {
    root.get("paths")
        .is_some_and(|p| p.get("path").is_some() && p.get("method").is_some())
}

fn not_openapi(root: &Node, start: Loc) -> Diagnostic {
    let what = match &root.value {
        Value::Map(m)
            if m.contains_key("type")
                || m.contains_key("properties")
                || m.contains_key("allOf") =>
        {
            "a JSON Schema fragment (a file meant to be reached through `$ref`)"
        }
        Value::Map(m)
            if m.keys()
                .any(|k| ["get", "post", "put", "delete", "patch"].contains(&k.as_str())) =>
        {
            "an OpenAPI path item fragment (a file meant to be reached through `$ref`)"
        }
        Value::Map(_) => "a YAML/JSON mapping without an `openapi` or `swagger` key",
        _ => "a YAML/JSON value that is not a mapping",
    };
    codes::NO_SPEC
        .diag(format!("not an OpenAPI document: the file is {what}"))
        .at(start, "no `openapi:` or `swagger:` key at the top level")
        .help("pass the root document that references this file; fragments are read through its `$ref`s")
}

/// Whether the first meaningful line looks like a YAML document rather than a prose page.
fn looks_like_yaml(text: &str) -> bool {
    for line in text.lines() {
        let l = line.trim_end();
        if l.is_empty() || l.starts_with('#') || l.starts_with("%YAML") {
            continue;
        }
        if l == "---" {
            // YAML document start, or Markdown front matter: decide later.
            return true;
        }
        if l.starts_with("- ") {
            // A top-level YAML sequence (a `$ref`-able example or list fragment).
            return true;
        }
        let bytes = l.as_bytes();
        if bytes[0].is_ascii_whitespace() {
            return false;
        }
        // `key: value` / `key:` / `"key": value`
        return match l.find(':') {
            Some(i) => {
                let key = &l[..i];
                !key.contains(' ') || key.starts_with('"') || key.starts_with('\'')
            }
            None => false,
        } && (l.ends_with(':') || l.contains(": "));
    }
    false
}

fn has_front_matter(text: &str) -> bool {
    front_matter(text).is_some()
}

/// MDX/Markdown front matter: the lines between a leading `---` and the next `---`.
struct FrontMatter<'a> {
    /// (1-based line, text) of each front-matter line.
    lines: Vec<(u32, &'a str)>,
}

impl<'a> FrontMatter<'a> {
    /// The value text of a top-level `key:` and its line.
    fn key(&self, key: &str) -> Option<(u32, &'a str)> {
        self.lines.iter().find_map(|&(n, l)| {
            let rest = l.strip_prefix(key)?.strip_prefix(':')?;
            Some((n, rest))
        })
    }
}

fn front_matter(text: &str) -> Option<FrontMatter<'_>> {
    let mut lines = text.lines();
    if lines.next()?.trim_end() != "---" {
        return None;
    }
    let mut out = Vec::new();
    for (i, l) in lines.enumerate() {
        if l.trim_end() == "---" {
            return Some(FrontMatter { lines: out });
        }
        out.push((i as u32 + 2, l));
    }
    None
}

/// Keys of the openapi-docs `api:` object that are page metadata, not operation fields.
const DOCUSAURUS_META: &[&str] = &[
    "method",
    "path",
    "servers",
    "securitySchemes",
    "info",
    "jsonRequestBodyExample",
    "postman",
    "extensions",
];

fn docusaurus(
    text: &str,
    fm: &FrontMatter<'_>,
    id: FileId,
    warnings: &mut Vec<Diagnostic>,
) -> Result<Option<Extracted>, Diagnostic> {
    let Some((line, rest)) = fm.key("api") else {
        return Ok(None);
    };
    let _ = text;
    let lead = rest.len() - rest.trim_start().len();
    // Column (0-based, in characters) where the value starts: after `api:` and spaces.
    let value_col = 4 + rest[..lead].chars().count() as u32;
    let value = rest.trim();
    let value_loc = Loc::new(id, line, value_col + 1);
    let (op, kind) = if value.starts_with('{') {
        let origin = Origin {
            file: id,
            line_offset: line - 1,
            first_col_offset: value_col,
            indent: 0,
        };
        let (node, _) = json::parse_prefix(value, origin, warnings)?;
        (node, WrapperKind::DocusaurusJson)
    } else {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(value.as_bytes())
            .map_err(|e| {
                codes::SYNTAX
                    .diag(format!(
                        "front matter `api:` is neither JSON nor base64: {e}"
                    ))
                    .at(value_loc, "this value")
            })?;
        let mut inflated = String::new();
        flate2::read::ZlibDecoder::new(&bytes[..])
            .take(MAX_INFLATED_BYTES)
            .read_to_string(&mut inflated)
            .map_err(|e| {
                codes::SYNTAX
                    .diag(format!(
                        "front matter `api:` is base64 but not zlib-compressed UTF-8 JSON: {e}"
                    ))
                    .at(value_loc, "this value")
            })?;
        let mut node = json::parse(&inflated, Origin::whole(id), warnings).map_err(|mut e| {
            e.message = format!(
                "in the decompressed front matter `api:` value: {}",
                e.message
            );
            if let Some(p) = &mut e.primary {
                p.loc = value_loc;
            }
            e
        })?;
        // Positions inside compressed text have no place in the file: every node points at
        // the start of the `api:` value.
        relocate(&mut node, value_loc);
        (node, WrapperKind::DocusaurusCompressed)
    };
    if op.as_map().is_none() {
        return Err(codes::SHAPE
            .diag(format!(
                "front matter `api:` must be an object, found {}",
                op.kind_name()
            ))
            .at(value_loc, "here"));
    }
    Ok(Some(rebuild_from_operation(op, kind, value_loc)?))
}

fn relocate(node: &mut Node, loc: Loc) {
    node.loc = loc;
    match &mut node.value {
        Value::Map(m) => {
            for e in crate::tree::Map::make_mut(m).values_mut() {
                e.key_loc = loc;
                relocate(&mut e.node, loc);
            }
        }
        Value::Seq(s) => s.iter_mut().for_each(|n| relocate(n, loc)),
        _ => {}
    }
}

/// Rebuilds a full OpenAPI document around one openapi-docs operation object.
fn rebuild_from_operation(
    mut op: Node,
    kind: WrapperKind,
    at: Loc,
) -> Result<Extracted, Diagnostic> {
    let take = |op: &mut Node, k: &str| op.remove(k).map(|e| e.node);
    let method = take(&mut op, "method");
    let path = take(&mut op, "path");
    let (Some(method), Some(path)) = (method, path) else {
        return Err(codes::SHAPE
            .diag("front matter `api:` has no `method` and `path`; cannot tell which operation the page documents")
            .at(at, "this object"));
    };
    let (Some(m), Some(p)) = (method.as_str(), path.as_str()) else {
        return Err(codes::SHAPE
            .diag("front matter `api.method` and `api.path` must be strings")
            .at(method.loc, "here"));
    };
    let method_name = m.to_ascii_lowercase();
    let path_name = p.to_string();
    let servers = take(&mut op, "servers");
    let schemes = take(&mut op, "securitySchemes");
    let info = take(&mut op, "info");
    let body_example = take(&mut op, "jsonRequestBodyExample");
    for k in DOCUSAURUS_META {
        op.remove(k);
    }
    let mut notes = Vec::new();
    let mut harvested = Vec::new();
    if let Some(ex) = body_example
        && let Some(media) = op
            .get_mut("requestBody")
            .and_then(|b| b.get_mut("content"))
            .and_then(|c| c.get_mut("application/json"))
    {
        let loc = ex.loc;
        let mut example = Node::map(loc);
        example.insert(
            "summary",
            Node::string(loc, "jsonRequestBodyExample of the docs page"),
        );
        example.insert("value", ex);
        let examples = match media.get_mut("examples") {
            Some(e) if e.as_map().is_some() => e,
            _ => {
                media.insert("examples", Node::map(loc));
                media.get_mut("examples").expect("just inserted")
            }
        };
        let origin = DocsOrigin::FrontMatterRequestBody;
        examples.insert(origin.example_name(), example);
        let pointer = ["requestBody", "content", "application/json", "examples"]
            .into_iter()
            .chain([origin.example_name()])
            .fold(
                pointer_join(&pointer_join("/paths", &path_name), &method_name),
                |p, t| pointer_join(&p, t),
            );
        harvested.push(HarvestedExample { pointer, origin });
        notes.push("jsonRequestBodyExample kept as the request example".to_string());
    }

    let mut doc = Node::map(at);
    // The page does not say which OpenAPI version its source used; the operation object is
    // the same in 3.0 and 3.1, and the model reads both schema dialects.
    doc.insert("openapi", Node::string(at, "3.1.0"));
    doc.insert(
        "info",
        info.unwrap_or_else(|| {
            let mut i = Node::map(at);
            i.insert("title", Node::string(at, "untitled (Docusaurus page)"));
            i.insert("version", Node::string(at, ""));
            i
        }),
    );
    if let Some(s) = servers {
        doc.insert("servers", s);
    }
    let mut item = Node::map(op.loc);
    item.insert(method_name, op);
    let mut paths = Node::map(at);
    paths.insert(path_name, item);
    doc.insert("paths", paths);
    if let Some(s) = schemes {
        let mut comps = Node::map(s.loc);
        comps.insert("securitySchemes", s);
        doc.insert("components", comps);
    }
    Ok(Extracted {
        root: doc,
        kind,
        notes,
        harvested,
    })
}

/// A fenced code block of a Markdown page.
#[derive(Debug)]
struct Fence {
    /// Language (first word of the info string), lowercase.
    lang: String,
    /// 1-based line of the opening fence.
    fence_line: u32,
    /// 1-based line of the first content line.
    first_line: u32,
    /// Indentation removed from each content line.
    indent: u32,
    content: String,
}

/// CommonMark fenced code blocks: ``` or ~~~ (3 or more), info string after, closed by the
/// same character at least as long, or by the end of the page.
fn fenced_blocks(text: &str) -> Vec<Fence> {
    let mut out = Vec::new();
    let mut open: Option<(char, usize, u32, Fence)> = None;
    for (i, line) in text.lines().enumerate() {
        let n = i as u32 + 1;
        let indent = line.len() - line.trim_start_matches(' ').len();
        let rest = &line[indent..];
        let fence_char = rest.chars().next().filter(|c| *c == '`' || *c == '~');
        let run = fence_char.map_or(0, |c| rest.chars().take_while(|x| *x == c).count());
        match &mut open {
            Some((c, len, _, fence)) => {
                if fence_char == Some(*c) && run >= *len && rest[run..].trim().is_empty() {
                    let (_, _, _, f) = open.take().expect("open fence");
                    out.push(f);
                } else {
                    let strip = line.len() - line.trim_start_matches(' ').len();
                    let strip = strip.min(fence.indent as usize);
                    fence.content.push_str(&line[strip..]);
                    fence.content.push('\n');
                }
            }
            None => {
                if run >= 3 {
                    let info = rest[run..].trim();
                    if fence_char == Some('`') && info.contains('`') {
                        continue;
                    }
                    let lang = info
                        .split(|c: char| c.is_whitespace() || c == '{' || c == ',')
                        .next()
                        .unwrap_or("")
                        .to_ascii_lowercase();
                    open = Some((
                        fence_char.expect("run > 0"),
                        run,
                        n,
                        Fence {
                            lang,
                            fence_line: n,
                            first_line: n + 1,
                            indent: indent as u32,
                            content: String::new(),
                        },
                    ));
                }
            }
        }
    }
    if let Some((_, _, _, f)) = open {
        out.push(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fences_three_or_four_backticks_with_info() {
        let page = "# t\n````yaml /x.yaml post /a\nopenapi: 3.1.0\n```bash\ncurl\n```\n````\n\n```json title=\"x\"\n{}\n```\n~~~yml\na: 1\n~~~\n";
        let f = fenced_blocks(page);
        assert_eq!(f.len(), 3);
        assert_eq!(f[0].lang, "yaml");
        assert_eq!(f[0].first_line, 3);
        assert!(f[0].content.contains("```bash"));
        assert_eq!(f[1].lang, "json");
        assert_eq!(f[2].lang, "yml");
    }

    #[test]
    fn yaml_vs_prose() {
        assert!(looks_like_yaml("openapi: 3.1.0\n"));
        assert!(looks_like_yaml("# comment\nswagger: '2.0'\n"));
        assert!(!looks_like_yaml("> ## Documentation Index\n"));
        assert!(!looks_like_yaml("POST\n/\n"));
        assert!(!looks_like_yaml(
            "# Create Session\n\n> Create a session: now\n"
        ));
    }
}
