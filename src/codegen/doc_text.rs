//! Spec text as documentation that stays documentation: rustdoc compiles and runs the code
//! blocks of doc comments as doctests, so a description's code blocks (fenced with or without a
//! language, or indented) are rewritten as ```` ```text ```` blocks. Found with a CommonMark
//! parser, so a list item's continuation lines are not mistaken for code.

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag};

/// `text` with every code block fenced as ```` ```text ````.
pub fn neutralize_code(text: &str) -> String {
    if !text.contains("```")
        && !text.contains("~~~")
        && !text.contains("    ")
        && !text.contains('\t')
    {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut last = 0;
    for (event, range) in Parser::new_ext(text, Options::empty()).into_offset_iter() {
        let Event::Start(Tag::CodeBlock(kind)) = event else {
            continue;
        };
        if range.start < last {
            continue;
        }
        let block = &text[range.clone()];
        match kind {
            CodeBlockKind::Fenced(_) => {
                // The opening fence line: keep its indentation and fence, set the language.
                let line_end = block.find('\n').unwrap_or(block.len());
                let first = &block[..line_end];
                let indent = first.len() - first.trim_start().len();
                let fence: String = first
                    .trim_start()
                    .chars()
                    .take_while(|&c| c == '`' || c == '~')
                    .collect();
                out.push_str(&text[last..range.start]);
                out.push_str(&first[..indent]);
                out.push_str(&fence);
                out.push_str("text");
                out.push_str(&block[line_end..]);
            }
            CodeBlockKind::Indented => {
                // The block's range starts after the first line's indentation.
                let start = text[..range.start]
                    .rfind('\n')
                    .map_or(0, |i| i + 1)
                    .max(last);
                let block = &text[start..range.end];
                out.push_str(&text[last..start]);
                out.push_str("```text\n");
                for line in block.lines() {
                    let l = line
                        .strip_prefix("    ")
                        .or_else(|| line.strip_prefix('\t'))
                        .unwrap_or(line);
                    out.push_str(l);
                    out.push('\n');
                }
                out.push_str("```\n");
            }
        }
        last = range.end;
    }
    out.push_str(&text[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_blocks_become_text() {
        let fenced = "Call it:\n```\nstd::process::exit(1);\n```\n";
        assert_eq!(
            neutralize_code(fenced),
            "Call it:\n```text\nstd::process::exit(1);\n```\n"
        );
        let rust = "x\n\n```rust,no_run\nfn main() {}\n```";
        assert!(neutralize_code(rust).contains("```text\nfn main() {}"));
        let tilde = "~~~\ncode\n~~~\n";
        assert_eq!(neutralize_code(tilde), "~~~text\ncode\n~~~\n");
        let indented = "Example:\n\n    panic!();\n    more();\n\nDone.";
        let out = neutralize_code(indented);
        assert_eq!(out, "Example:\n\n```text\npanic!();\nmore();\n```\n\nDone.");
        // A list item's continuation is not code.
        let list = "- item\n    continued\n";
        assert_eq!(neutralize_code(list), list);
        let plain = "No code here.";
        assert_eq!(neutralize_code(plain), plain);
    }
}
