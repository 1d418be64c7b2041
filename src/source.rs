//! Source files and locations.
//!
//! Every node specforge reads keeps a [`Loc`]: the file it came from and the 1-based line and
//! column *in the file the user gave*, even when the OpenAPI text was embedded in a Markdown
//! fence or in MDX front matter. Columns count characters (Unicode scalar values), like rustc.

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Index of a file in a [`SourceMap`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct FileId(pub u32);

/// A position in an original input file: 1-based line and column (in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Loc {
    /// The file.
    pub file: FileId,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, counted in characters.
    pub col: u32,
}

impl Loc {
    /// A location at `line`:`col` of `file`.
    pub fn new(file: FileId, line: u32, col: u32) -> Self {
        Loc { file, line, col }
    }
}

/// One input file, as read from disk.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as the user gave it (or as resolved from a `$ref`), used in messages.
    pub display: String,
    /// The canonical path on disk (used to resolve relative `$ref`s and to dedupe loads).
    pub path: PathBuf,
    /// The text: whole while the file is parsed, then packed ([`SourceMap::pack`]).
    text: Text,
    /// Byte offset of the start of each line (u32: input files are capped far below 4 GiB,
    /// and a multi-megabyte spec has a hundred thousand lines).
    line_starts: Vec<u32>,
    /// Whether the text is all ASCII (then a column is a byte offset).
    ascii: bool,
}

#[derive(Debug)]
enum Text {
    Whole(String),
    Packed(Packed),
}

/// Text kept compressed once parsing is done. After ingest only diagnostics read the text,
/// a few lines each, while the tree and model built from it are alive: keeping a 4 MB spec
/// whole would be a tenth of the peak memory for a few hundred snippets (decision 011).
#[derive(Debug)]
struct Packed {
    /// Compressed runs of whole lines, in order.
    blocks: Vec<Block>,
    /// The last block unpacked: diagnostics are rendered in line order, so one is enough.
    last: Mutex<Option<(usize, Arc<str>)>>,
}

#[derive(Debug)]
struct Block {
    /// Index (0-based) of the block's first line.
    first_line: u32,
    /// Byte offset of that line.
    start: u32,
    data: Box<[u8]>,
}

/// Files smaller than this stay whole: packing them would save little.
const PACK_MIN_BYTES: usize = 256 * 1024;
/// Bytes of text per packed block: big enough to compress well, small enough that one
/// snippet unpacks in microseconds.
const PACK_BLOCK_BYTES: usize = 32 * 1024;

impl SourceFile {
    /// Wraps text read from `path`.
    pub fn new(display: String, path: PathBuf, text: String) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(
            text.match_indices('\n')
                .map(|(i, _)| u32::try_from(i + 1).unwrap_or(u32::MAX)),
        );
        line_starts.shrink_to_fit();
        let ascii = text.is_ascii();
        SourceFile {
            display,
            path,
            text: Text::Whole(text),
            line_starts,
            ascii,
        }
    }

    /// The full text, for parsing. Empty once the file is packed: after ingest, read lines
    /// with [`SourceFile::line_text`].
    pub fn text(&self) -> &str {
        match &self.text {
            Text::Whole(t) => t,
            Text::Packed(_) => {
                debug_assert!(
                    false,
                    "the text of `{}` was read after packing",
                    self.display
                );
                ""
            }
        }
    }

    /// Whether the text is all ASCII: columns (counted in characters) are then byte offsets.
    pub fn is_ascii(&self) -> bool {
        self.ascii
    }

    /// The text of 1-based line `line`, without its line terminator.
    pub fn line_text(&self, line: u32) -> Option<Cow<'_, str>> {
        let idx = (line as usize).checked_sub(1)?;
        let start = *self.line_starts.get(idx)? as usize;
        let end = self.line_starts.get(idx + 1).map(|&e| e as usize);
        match &self.text {
            Text::Whole(t) => {
                let end = end.map_or(t.len(), |e| e.min(t.len()));
                Some(Cow::Borrowed(
                    t.get(start..end)?.trim_end_matches(['\n', '\r']),
                ))
            }
            Text::Packed(p) => {
                let b = p.blocks.partition_point(|b| b.first_line as usize <= idx) - 1;
                let block = p.unpacked(b)?;
                let base = p.blocks[b].start as usize;
                let end = end.map_or(block.len(), |e| (e - base).min(block.len()));
                let line = block.get(start - base..end)?;
                Some(Cow::Owned(line.trim_end_matches(['\n', '\r']).to_owned()))
            }
        }
    }

    /// Number of lines.
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// Compresses a large text in blocks of whole lines.
    fn pack(&mut self, min_bytes: usize, block_bytes: usize) {
        let Text::Whole(text) = &self.text else {
            return;
        };
        if text.len() < min_bytes {
            return;
        }
        // Cut before the first line that would take a block past `block_bytes`.
        let mut cuts = vec![0usize];
        let mut from = 0;
        for (i, &s) in self.line_starts.iter().enumerate().skip(1) {
            let s = s as usize;
            if s - from >= block_bytes && s < text.len() {
                cuts.push(i);
                from = s;
            }
        }
        let bounds: Vec<(usize, usize)> = cuts
            .iter()
            .zip(cuts.iter().skip(1).map(Some).chain([None]))
            .map(|(&a, b)| (a, b.map_or(text.len(), |&b| self.line_starts[b] as usize)))
            .collect();
        let blocks = bounds
            .iter()
            .map(|&(line, end)| {
                let start = self.line_starts[line] as usize;
                Block {
                    first_line: line as u32,
                    start: start as u32,
                    data: compress(&text.as_bytes()[start..end]).into_boxed_slice(),
                }
            })
            .collect();
        self.text = Text::Packed(Packed {
            blocks,
            last: Mutex::new(None),
        });
    }
}

impl Packed {
    /// Block `b`'s text, unpacked (or from the cache).
    fn unpacked(&self, b: usize) -> Option<Arc<str>> {
        let mut last = self.last.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((i, t)) = &*last
            && *i == b
        {
            return Some(t.clone());
        }
        let t: Arc<str> = decompress(&self.blocks.get(b)?.data)?.into();
        *last = Some((b, t.clone()));
        Some(t)
    }
}

fn compress(bytes: &[u8]) -> Vec<u8> {
    lz4_flex::block::compress_prepend_size(bytes)
}

fn decompress(bytes: &[u8]) -> Option<String> {
    let raw = lz4_flex::block::decompress_size_prepended(bytes).ok()?;
    String::from_utf8(raw).ok()
}

/// All files read during one run. Files are only added, so a [`FileId`] stays valid.
#[derive(Debug, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a file and returns its id.
    pub fn add(&mut self, file: SourceFile) -> FileId {
        let id = FileId(self.files.len() as u32);
        self.files.push(file);
        id
    }

    /// The file with this id.
    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// Packs the text of every large file: call once parsing is done (ingest does), since
    /// afterwards only [`SourceFile::line_text`] can read it.
    pub fn pack(&mut self) {
        for f in &mut self.files {
            f.pack(PACK_MIN_BYTES, PACK_BLOCK_BYTES);
        }
    }

    /// The id of an already loaded file with this canonical path.
    pub fn find(&self, path: &Path) -> Option<FileId> {
        self.files
            .iter()
            .position(|f| f.path == path)
            .map(|i| FileId(i as u32))
    }

    /// The display name of a file.
    pub fn name(&self, id: FileId) -> &str {
        &self.get(id).display
    }

    /// `file:line:col` for a location.
    pub fn describe(&self, loc: Loc) -> String {
        format!("{}:{}:{}", self.name(loc.file), loc.line, loc.col)
    }

    /// Iterates over all files with their ids.
    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), f))
    }
}

/// Where an embedded text sits inside its original file, so that positions found by parsing
/// the embedded text can be mapped back.
///
/// A fenced block starts at a line of the page; MDX front-matter JSON starts at a column of a
/// line; an indented fence (inside a list) shifts every column.
#[derive(Debug, Clone, Copy, Default)]
pub struct Origin {
    /// The file the text was taken from.
    pub file: FileId,
    /// Lines before the embedded text's first line.
    pub line_offset: u32,
    /// Characters before the embedded text on its first line.
    pub first_col_offset: u32,
    /// Characters stripped from the start of every line (fence indentation).
    pub indent: u32,
}

impl Origin {
    /// The origin of a whole file.
    pub fn whole(file: FileId) -> Self {
        Origin {
            file,
            ..Origin::default()
        }
    }

    /// Maps a 1-based line and 0-based column of the embedded text to the original file.
    pub fn map(&self, line: usize, col0: usize) -> Loc {
        let extra = if line == 1 { self.first_col_offset } else { 0 };
        Loc {
            file: self.file,
            line: line as u32 + self.line_offset,
            col: col0 as u32 + 1 + extra + self.indent,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> SourceFile {
        SourceFile::new("t.yaml".into(), PathBuf::from("t.yaml"), text.to_string())
    }

    #[test]
    fn packed_lines_read_back_the_same() {
        // Lines of varied length, CRLF and non-ASCII, across many small blocks.
        let text: String = (0..500)
            .map(|i| match i % 4 {
                0 => format!("line {i}: {}\r\n", "x".repeat(i % 37)),
                1 => format!("  – ü {i}\n"),
                2 => "\n".to_string(),
                _ => format!("key{i}: \"{}\"\n", "é".repeat(i % 11)),
            })
            .collect::<String>()
            + "last line without newline";
        let whole = file(&text);
        let mut packed = file(&text);
        packed.pack(0, 64);
        let Text::Packed(p) = &packed.text else {
            panic!("not packed")
        };
        assert!(p.blocks.len() > 10, "{} blocks", p.blocks.len());
        // Out of order too, so the one-block cache is exercised both ways.
        let mut lines: Vec<u32> = (0..=whole.line_count() as u32 + 1).collect();
        lines.extend((1..whole.line_count() as u32).rev().step_by(7));
        for line in lines {
            assert_eq!(
                packed.line_text(line).as_deref(),
                whole.line_text(line).as_deref(),
                "line {line}"
            );
        }
    }

    #[test]
    fn small_files_stay_whole() {
        let mut f = file("a: 1\nb: 2\n");
        f.pack(PACK_MIN_BYTES, PACK_BLOCK_BYTES);
        assert_eq!(f.text(), "a: 1\nb: 2\n");
        assert_eq!(f.line_text(2).as_deref(), Some("b: 2"));
    }

    #[test]
    fn a_block_holds_whole_lines_even_when_a_line_is_longer_than_a_block() {
        let text = format!("short\n{}\nafter\n", "y".repeat(1000));
        let mut f = file(&text);
        f.pack(0, 16);
        assert_eq!(f.line_text(2).as_deref(), Some("y".repeat(1000).as_str()));
        assert_eq!(f.line_text(3).as_deref(), Some("after"));
        assert_eq!(f.line_text(4).as_deref(), Some(""));
        assert_eq!(f.line_text(5), None);
    }
}
