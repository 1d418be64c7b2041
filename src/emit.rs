//! Writing located trees back out as YAML or JSON (for `specforge extract`).
//!
//! The YAML writer is deliberately plain: block style, strings quoted whenever a YAML 1.2 (or
//! 1.1) reader could take them for something else, so the output reads back identically.

use crate::tree::{Node, Value};

/// Pretty JSON.
pub fn to_json(node: &Node) -> String {
    let mut s = serde_json::to_string_pretty(&node.to_json()).expect("JSON values serialise");
    s.push('\n');
    s
}

/// Block-style YAML.
pub fn to_yaml(node: &Node) -> String {
    let mut out = String::new();
    write_node(&mut out, node, 0, Pos::Top);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

#[derive(Clone, Copy, PartialEq)]
enum Pos {
    Top,
    MapValue,
    SeqItem,
}

fn write_node(out: &mut String, node: &Node, indent: usize, pos: Pos) {
    match &node.value {
        Value::Map(m) if !m.is_empty() => {
            let mut first = true;
            if pos == Pos::MapValue {
                out.push('\n');
            }
            for (k, e) in m.iter() {
                if !(first && pos == Pos::SeqItem) {
                    out.push_str(&" ".repeat(indent));
                }
                first = false;
                out.push_str(&scalar_text(k, true));
                out.push(':');
                match &e.node.value {
                    Value::Map(mm) if !mm.is_empty() => {
                        write_node(out, &e.node, indent + 2, Pos::MapValue)
                    }
                    Value::Seq(ss) if !ss.is_empty() => {
                        write_node(out, &e.node, indent, Pos::MapValue)
                    }
                    _ => {
                        out.push(' ');
                        write_scalar(out, &e.node, indent + 2);
                        out.push('\n');
                    }
                }
            }
        }
        Value::Seq(s) if !s.is_empty() => {
            if pos == Pos::MapValue {
                out.push('\n');
            }
            let mut first = true;
            for n in s {
                if !(first && pos == Pos::SeqItem) {
                    out.push_str(&" ".repeat(indent));
                }
                first = false;
                out.push_str("- ");
                match &n.value {
                    Value::Map(mm) if !mm.is_empty() => {
                        write_node(out, n, indent + 2, Pos::SeqItem)
                    }
                    Value::Seq(ss) if !ss.is_empty() => {
                        write_node(out, n, indent + 2, Pos::SeqItem)
                    }
                    _ => {
                        write_scalar(out, n, indent + 2);
                        out.push('\n');
                    }
                }
            }
        }
        _ => {
            write_scalar(out, node, indent);
            out.push('\n');
        }
    }
}

fn write_scalar(out: &mut String, node: &Node, indent: usize) {
    match &node.value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(n.text()),
        Value::String(s) => {
            if s.contains('\n')
                && !s.contains(['\r', '\t'])
                && !s.starts_with([' ', '\n'])
                && s.chars().all(|c| !c.is_control() || c == '\n')
            {
                // Literal block keeps multi-line descriptions readable.
                let chomp = if s.ends_with("\n\n") {
                    "+"
                } else if s.ends_with('\n') {
                    ""
                } else {
                    "-"
                };
                out.push('|');
                out.push_str(chomp);
                let pad = " ".repeat(indent.max(2));
                let body = s.strip_suffix('\n').unwrap_or(s);
                for line in body.split('\n') {
                    out.push('\n');
                    if !line.is_empty() {
                        out.push_str(&pad);
                        out.push_str(line);
                    }
                }
            } else {
                out.push_str(&scalar_text(s, false));
            }
        }
        Value::Map(_) => out.push_str("{}"),
        Value::Seq(_) => out.push_str("[]"),
    }
}

/// A string as a YAML scalar: plain when unambiguous, else double-quoted (JSON escaping).
fn scalar_text(s: &str, is_key: bool) -> String {
    if needs_quotes(s, is_key) {
        serde_json::to_string(s).expect("strings serialise")
    } else {
        s.to_string()
    }
}

fn needs_quotes(s: &str, _is_key: bool) -> bool {
    if s.is_empty() || s.trim() != s {
        return true;
    }
    let lower = s.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "null"
            | "~"
            | "true"
            | "false"
            | "yes"
            | "no"
            | "on"
            | "off"
            | "y"
            | "n"
            | ".inf"
            | "-.inf"
            | ".nan"
    ) {
        return true;
    }
    let first = s.chars().next().expect("non-empty");
    if "-?:,[]{}#&*!|>'\"%@`".contains(first)
        || first.is_ascii_digit()
        || first == '.'
        || first == '+'
    {
        // Digits: numbers, dates, times, versions; all safer quoted.
        return true;
    }
    if s.contains(": ") || s.contains(" #") || s.ends_with(':') || s.chars().any(|c| c.is_control())
    {
        return true;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::yaml;
    use crate::source::{FileId, Origin};

    #[test]
    fn round_trips_through_yaml() {
        let src = "openapi: 3.1.0\ninfo:\n  version: '1.10'\n  description: |\n    a: b\n    c\npaths:\n  /a:\n    get:\n      tags: [x, 'yes', '2023-06-25 13:37']\n      responses:\n        '200':\n          description: ok\nlist:\n  - a: 1\n    b: [1, [2, 3], {}]\n  - - x\n    - y\n";
        let mut w = Vec::new();
        let n = yaml::parse(src, Origin::whole(FileId(0)), &mut w).unwrap();
        let out = to_yaml(&n);
        let back = yaml::parse(&out, Origin::whole(FileId(0)), &mut w).unwrap();
        assert!(n.same_content(&back), "{out}");
        assert_eq!(
            back.pointer("/info/version").unwrap().as_str(),
            Some("1.10")
        );
    }
}
