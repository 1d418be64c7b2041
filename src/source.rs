//! Source files and locations.
//!
//! Every node specforge reads keeps a [`Loc`]: the file it came from and the 1-based line and
//! column *in the file the user gave*, even when the OpenAPI text was embedded in a Markdown
//! fence or in MDX front matter. Columns count characters (Unicode scalar values), like rustc.

use std::path::{Path, PathBuf};

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
    /// The full text.
    pub text: String,
    /// Byte offset of the start of each line (u32: input files are capped far below 4 GiB,
    /// and a multi-megabyte spec has a hundred thousand lines).
    line_starts: Vec<u32>,
    /// Whether the text is all ASCII (then a column is a byte offset).
    ascii: bool,
}

impl SourceFile {
    /// Wraps text read from `path`.
    pub fn new(display: String, path: PathBuf, text: String) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(
            text.match_indices('\n')
                .map(|(i, _)| u32::try_from(i + 1).unwrap_or(u32::MAX)),
        );
        let ascii = text.is_ascii();
        SourceFile {
            display,
            path,
            text,
            line_starts,
            ascii,
        }
    }

    /// Whether the text is all ASCII: columns (counted in characters) are then byte offsets.
    pub fn is_ascii(&self) -> bool {
        self.ascii
    }

    /// The text of 1-based line `line`, without its line terminator.
    pub fn line_text(&self, line: u32) -> Option<&str> {
        let idx = (line as usize).checked_sub(1)?;
        let start = *self.line_starts.get(idx)? as usize;
        let end = self
            .line_starts
            .get(idx + 1)
            .map_or(self.text.len(), |&e| (e as usize).min(self.text.len()));
        Some(self.text.get(start..end)?.trim_end_matches(['\n', '\r']))
    }

    /// Number of lines.
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
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
