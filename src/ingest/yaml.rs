//! YAML 1.2 text → located [`Node`] tree, from saphyr-parser's span-carrying event stream.
//!
//! Scalars are resolved with the YAML 1.2 core schema (so `yes` stays a string and
//! `2023-06-25 13:37` is not a timestamp), numbers keep their source text, anchors and aliases
//! are expanded with a budget (no "billion laughs"), duplicate keys are reported.

use super::codes;
use super::limits::{MAX_ALIAS_NODES, MAX_DEPTH};
use crate::diag::Diagnostic;
use crate::source::{Loc, Origin};
use crate::tree::{Entry, Map, Node, Number, Value};
use saphyr_parser::{Event, Parser, ScalarStyle};
use std::collections::HashMap;

enum Frame {
    Seq {
        loc: Loc,
        anchor: usize,
        items: Vec<Node>,
    },
    Map {
        loc: Loc,
        anchor: usize,
        map: Map,
        key: Option<(String, Loc)>,
    },
}

/// Most fixes [`parse`] will make to flow collections closed at their parent's indentation.
const MAX_FLOW_INDENT_FIXES: usize = 200;

/// Parses the first YAML document in `text`. Warnings (duplicate keys, extra documents) go to
/// `warnings`; a syntax error is returned as the error.
///
/// One common vendor slip is accepted with a warning, as libyaml-based tools accept it: a
/// multi-line flow collection (`example: [` … `]`) whose closing bracket sits at the
/// indentation of its parent key. YAML 1.2 requires it to be indented further.
pub fn parse(
    text: &str,
    origin: Origin,
    warnings: &mut Vec<Diagnostic>,
) -> Result<Node, Diagnostic> {
    let mut owned: Option<String> = None;
    let mut fixed_lines: Vec<usize> = Vec::new();
    for _ in 0..MAX_FLOW_INDENT_FIXES {
        let src = owned.as_deref().unwrap_or(text);
        let mut w = Vec::new();
        let mut scan_line = None;
        match parse_strict(src, origin, &mut w, &mut scan_line) {
            Ok(node) => {
                warnings.extend(w);
                for line in fixed_lines {
                    warnings.push(
                        codes::YAML_FLOW_INDENT
                            .diag("the closing bracket of a multi-line flow collection is not indented more than its parent key; strict YAML 1.2 parsers reject it, and it is read as libyaml, js-yaml and PyYAML read it")
                            .at(origin.map(line, 0), "closing bracket at the parent's indentation")
                            .help("indent the closing `]`/`}` further than the key that holds the collection"),
                    );
                }
                return Ok(node);
            }
            Err(e) => {
                let Some(line) = scan_line.filter(|_| e.message.contains("invalid indentation"))
                else {
                    return Err(e);
                };
                let lines: Vec<&str> = src.split('\n').collect();
                let Some(l) = lines.get(line - 1) else {
                    return Err(e);
                };
                if !l.trim_start().starts_with([']', '}']) {
                    return Err(e);
                }
                let mut out = String::with_capacity(src.len() + 1);
                for (i, x) in lines.iter().enumerate() {
                    if i > 0 {
                        out.push('\n');
                    }
                    if i == line - 1 {
                        out.push(' ');
                    }
                    out.push_str(x);
                }
                if !fixed_lines.contains(&line) {
                    fixed_lines.push(line);
                }
                owned = Some(out);
            }
        }
    }
    let mut w = Vec::new();
    parse_strict(owned.as_deref().unwrap_or(text), origin, &mut w, &mut None)
}

/// The strict YAML 1.2 parse; a scanner error sets `scan_line` to its 1-based line in `text`.
fn parse_strict(
    text: &str,
    origin: Origin,
    warnings: &mut Vec<Diagnostic>,
    scan_line: &mut Option<usize>,
) -> Result<Node, Diagnostic> {
    let mut stack: Vec<Frame> = Vec::new();
    let mut anchors: HashMap<usize, Node> = HashMap::new();
    let mut alias_nodes = 0usize;
    let mut root: Option<Node> = None;
    let mut documents = 0;

    for item in Parser::new_from_str(text) {
        let (event, span) = item.map_err(|e| {
            let m = e.marker();
            *scan_line = Some(m.line());
            Diagnostic::new(
                codes::SYNTAX.code,
                codes::SYNTAX.name,
                codes::SYNTAX.severity,
                format!("malformed YAML: {}", e.info()),
            )
            .at(
                origin.map(m.line(), m.col()),
                "the YAML parser stopped here",
            )
            .help("fix the YAML syntax at this position; a YAML linter (yamllint) shows the same")
        })?;
        let loc = origin.map(span.start.line(), span.start.col());
        let node = match event {
            Event::DocumentStart(_) => {
                documents += 1;
                if documents > 1 {
                    warnings.push(
                        codes::EXTRA_DOCUMENT
                            .diag("the file holds more than one YAML document; only the first is read")
                            .at(loc, "a second document starts here"),
                    );
                    break;
                }
                continue;
            }
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Nothing => continue,
            Event::SequenceStart(anchor, _) => {
                check_depth(stack.len(), loc)?;
                stack.push(Frame::Seq {
                    loc,
                    anchor,
                    items: Vec::new(),
                });
                continue;
            }
            Event::MappingStart(anchor, _) => {
                check_depth(stack.len(), loc)?;
                if let Some(Frame::Map { key: None, .. }) = stack.last() {
                    return Err(complex_key(loc));
                }
                stack.push(Frame::Map {
                    loc,
                    anchor,
                    map: Map::default(),
                    key: None,
                });
                continue;
            }
            Event::SequenceEnd => match stack.pop() {
                Some(Frame::Seq { loc, anchor, items }) => {
                    let n = Node::new(loc, Value::finished_seq(items));
                    remember(&mut anchors, anchor, &n);
                    n
                }
                _ => unreachable!("saphyr emits balanced sequence events"),
            },
            Event::MappingEnd => match stack.pop() {
                Some(Frame::Map {
                    loc, anchor, map, ..
                }) => {
                    let n = Node::new(loc, Value::finished_map(map));
                    remember(&mut anchors, anchor, &n);
                    n
                }
                _ => unreachable!("saphyr emits balanced mapping events"),
            },
            Event::Alias(id) => {
                let Some(target) = anchors.get(&id) else {
                    return Err(codes::SYNTAX
                        .diag("malformed YAML: alias to an unknown anchor")
                        .at(loc, "this alias"));
                };
                alias_nodes += target.count();
                if alias_nodes > MAX_ALIAS_NODES {
                    return Err(codes::SYNTAX
                        .diag(format!(
                            "YAML aliases expand to more than {MAX_ALIAS_NODES} nodes; refusing to expand further"
                        ))
                        .at(loc, "expansion budget exceeded at this alias")
                        .help("this looks like an alias bomb; write the repeated content out or use $ref"));
                }
                target.clone()
            }
            Event::Scalar(text, style, anchor, tag) => {
                let tag_suffix = tag
                    .as_ref()
                    .filter(|t| t.is_yaml_core_schema())
                    .map(|t| t.suffix.as_str());
                // A key is always kept as text, whatever it looks like (`200:` is "200").
                if let Some(Frame::Map {
                    key: key @ None, ..
                }) = stack.last_mut()
                {
                    *key = Some((text.into_owned(), loc));
                    continue;
                }
                let n = Node::new(loc, resolve_scalar(&text, style, tag_suffix));
                remember(&mut anchors, anchor, &n);
                n
            }
        };
        // Attach the finished node to its parent.
        match stack.last_mut() {
            None => {
                root = Some(node);
            }
            Some(Frame::Seq { items, .. }) => items.push(node),
            Some(Frame::Map { map, key, .. }) => match key.take() {
                None => return Err(complex_key(node.loc)),
                Some((k, key_loc)) => {
                    let key: crate::tree::Key = k.into();
                    if let Some(first) = map.get(&key) {
                        warnings.push(
                            codes::DUPLICATE_KEY
                                .diag(format!("duplicate key `{key}`; the later value is used"))
                                .at(key_loc, "repeated here")
                                .also(first.key_loc, "first defined here")
                                .help("remove one of the two entries"),
                        );
                    }
                    map.insert(key, Entry { key_loc, node });
                }
            },
        }
    }
    Ok(root.unwrap_or_else(|| Node::new(origin.map(1, 0), Value::Null)))
}

fn check_depth(depth: usize, loc: Loc) -> Result<(), Diagnostic> {
    if depth >= MAX_DEPTH {
        return Err(codes::SYNTAX
            .diag(format!("document nests deeper than {MAX_DEPTH} levels"))
            .at(loc, "too deep here")
            .help("no OpenAPI document needs this depth; the input is probably generated wrongly or hostile"));
    }
    Ok(())
}

fn complex_key(loc: Loc) -> Diagnostic {
    codes::SYNTAX
        .diag("a mapping key must be a scalar; complex (mapping or sequence) keys are not valid in OpenAPI")
        .at(loc, "complex key")
}

fn remember(anchors: &mut HashMap<usize, Node>, anchor: usize, node: &Node) {
    if anchor != 0 {
        anchors.insert(anchor, node.clone());
    }
}

/// Resolves a scalar with the YAML 1.2 core schema (or an explicit `!!tag`).
fn resolve_scalar(text: &str, style: ScalarStyle, tag: Option<&str>) -> Value {
    match tag {
        Some("str") => return Value::String(text.into()),
        Some("null") => return Value::Null,
        Some("bool") | Some("int") | Some("float") => {}
        _ if style != ScalarStyle::Plain => return Value::String(text.into()),
        _ => {}
    }
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    if let Some(n) = core_number(text) {
        return Value::Number(n);
    }
    Value::String(text.into())
}

/// YAML 1.2 core-schema integers and floats; hex and octal are normalised to decimal text.
fn core_number(text: &str) -> Option<Number> {
    let b = text.as_bytes();
    let first = *b.first()?;
    if !(first.is_ascii_digit() || matches!(first, b'-' | b'+' | b'.')) {
        return None;
    }
    if let Some(hex) = text.strip_prefix("0x") {
        return i64::from_str_radix(hex, 16)
            .ok()
            .map(|v| Number::from_text(&v.to_string()));
    }
    if let Some(oct) = text.strip_prefix("0o") {
        return i64::from_str_radix(oct, 8)
            .ok()
            .map(|v| Number::from_text(&v.to_string()));
    }
    match text {
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" | "-.inf" | "-.Inf" | "-.INF"
        | ".nan" | ".NaN" | ".NAN" => return Some(Number::from_text(text)),
        _ => {}
    }
    // [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
    let mut i = 0;
    if matches!(b[0], b'-' | b'+') {
        i = 1;
    }
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let int_digits = i - int_start;
    let mut frac_digits = 0;
    if i < b.len() && b[i] == b'.' {
        i += 1;
        let s = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        frac_digits = i - s;
    }
    if int_digits == 0 && frac_digits == 0 {
        return None;
    }
    if i < b.len() && matches!(b[i], b'e' | b'E') {
        i += 1;
        if i < b.len() && matches!(b[i], b'-' | b'+') {
            i += 1;
        }
        let s = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == s {
            return None;
        }
    }
    if i != b.len() {
        return None;
    }
    // Normalise forms JSON cannot carry (`+1`, `.5`, `1.`) only in the parsed value; keep text.
    Some(Number::from_text(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FileId;

    fn parse_ok(s: &str) -> Node {
        let mut w = Vec::new();
        parse(s, Origin::whole(FileId(0)), &mut w).expect("parses")
    }

    #[test]
    fn version_keeps_its_text() {
        let n = parse_ok("info:\n  version: 1.10\n");
        let v = n.pointer("/info/version").unwrap();
        assert!(matches!(v.value, Value::Number(_)));
        assert_eq!(v.as_text(), Some("1.10"));
    }

    #[test]
    fn core_schema_not_yaml_1_1() {
        let n = parse_ok("a: yes\nb: 2023-06-25 13:37\nc: '200'\nd: 0x10\ne: ~\n200: x\n");
        assert_eq!(n.get("a").unwrap().as_str(), Some("yes"));
        assert_eq!(n.get("b").unwrap().as_str(), Some("2023-06-25 13:37"));
        assert_eq!(n.get("c").unwrap().as_str(), Some("200"));
        assert_eq!(n.get("d").unwrap().as_number().unwrap().as_i64(), Some(16));
        assert_eq!(n.get("e").unwrap().value, Value::Null);
        assert_eq!(n.get("200").unwrap().as_str(), Some("x"));
    }

    #[test]
    fn locations_are_one_based_and_mapped() {
        let origin = Origin {
            file: FileId(0),
            line_offset: 13,
            first_col_offset: 0,
            indent: 0,
        };
        let mut w = Vec::new();
        let n = parse("a:\n  bb: [1, 2]\n", origin, &mut w).unwrap();
        assert_eq!(n.key_loc("a").unwrap(), Loc::new(FileId(0), 14, 1));
        let a = n.get("a").unwrap();
        assert_eq!(a.key_loc("bb").unwrap(), Loc::new(FileId(0), 15, 3));
        assert_eq!(
            n.pointer("/a/bb/1").unwrap().loc,
            Loc::new(FileId(0), 15, 11)
        );
    }

    #[test]
    fn duplicate_keys_warn() {
        let mut w = Vec::new();
        let n = parse("a: 1\na: 2\n", Origin::whole(FileId(0)), &mut w).unwrap();
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].code, codes::DUPLICATE_KEY.code);
        assert_eq!(n.get("a").unwrap().as_text(), Some("2"));
    }

    #[test]
    fn alias_bomb_is_refused() {
        let mut s = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..9 {
            let p = i - 1;
            s.push_str(&format!(
                "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
            ));
        }
        let mut w = Vec::new();
        let e = parse(&s, Origin::whole(FileId(0)), &mut w).unwrap_err();
        assert!(e.message.contains("aliases expand"), "{}", e.message);
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let s = "[".repeat(10_000);
        let mut w = Vec::new();
        let e = parse(&s, Origin::whole(FileId(0)), &mut w).unwrap_err();
        // saphyr's own recursion limit or ours, whichever comes first: a located error.
        assert!(
            e.message.contains("deeper") || e.message.contains("recursion"),
            "{}",
            e.message
        );
        assert!(e.primary.is_some());
    }
}
