//! Writing output files atomically: a temporary file in the same directory, then a rename, so a
//! reader (or a crash) never sees a half-written file.

use std::io::Write as _;
use std::path::Path;

/// Writes `contents` to `path` atomically.
pub fn write_atomic(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.specforge-{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(contents)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Writes `contents` to `path` atomically unless the file already holds exactly that (so its
/// modification time, which cargo watches, stays). Returns whether it wrote.
pub fn write_if_changed(path: &Path, contents: &[u8]) -> std::io::Result<bool> {
    if std::fs::read(path).is_ok_and(|b| b == contents) {
        return Ok(false);
    }
    write_atomic(path, contents)?;
    Ok(true)
}

/// The file in each generated crate that lists what specforge wrote there, so a later run
/// removes files it no longer generates, and only those.
pub const MANIFEST: &str = ".specforge-manifest";

/// Files to be written under one directory (paths relative to it, `/`-separated).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tree {
    /// The directory.
    pub dir: std::path::PathBuf,
    /// Relative path → contents.
    pub files: std::collections::BTreeMap<String, String>,
}

/// How a file on disk differs from what generation produces now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stale {
    /// Generated now, absent on disk.
    Missing(std::path::PathBuf),
    /// On disk with other contents: (path, on disk, generated now).
    Differs(std::path::PathBuf, String, String),
    /// Listed in the manifest, no longer generated.
    Extra(std::path::PathBuf),
}

impl Stale {
    /// The path concerned.
    pub fn path(&self) -> &Path {
        match self {
            Stale::Missing(p) | Stale::Differs(p, _, _) | Stale::Extra(p) => p,
        }
    }
}

/// What [`Tree::write`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Written {
    /// Files written because they were new or changed.
    pub changed: Vec<std::path::PathBuf>,
    /// Files already up to date (not touched, so their modification times stay).
    pub unchanged: usize,
    /// Files removed because the previous manifest listed them and they are no longer generated.
    pub removed: Vec<std::path::PathBuf>,
}

/// A manifest entry is a plain relative path: nothing absolute, no `..`, so a hand-edited
/// manifest can never make specforge remove a file outside the directory.
fn safe_relative(rel: &str) -> bool {
    let p = Path::new(rel);
    !rel.is_empty()
        && p.components()
            .all(|c| matches!(c, std::path::Component::Normal(_)))
}

impl Tree {
    fn manifest_text(&self) -> String {
        let mut text = String::from(
            "# Files specforge generated in this directory; it removes them when no longer generated.\n",
        );
        for rel in self.files.keys() {
            text.push_str(rel);
            text.push('\n');
        }
        text
    }

    /// Refuses a directory inside the output that is a symbolic link: it would carry writes
    /// (and removals) outside it. [`Tree::write`] checks first; callers writing several trees
    /// check them all before writing any.
    pub fn check_links(&self) -> std::io::Result<()> {
        self.check_links_with(&self.previous())
    }

    /// [`Tree::check_links`], with the previous manifest's entries already read.
    fn check_links_with(&self, previous: &[String]) -> std::io::Result<()> {
        for rel in self.files.keys().chain(previous) {
            if let Some(link) = self.link_on_the_way(rel) {
                return Err(std::io::Error::other(format!(
                    "`{}` is a symbolic link inside the output directory `{}`; specforge does not write through it (nothing was written)",
                    link.display(),
                    self.dir.display()
                )));
            }
        }
        Ok(())
    }

    /// The first directory between [`Tree::dir`] and `rel` that is a symbolic link.
    fn link_on_the_way(&self, rel: &str) -> Option<std::path::PathBuf> {
        let mut at = self.dir.clone();
        let parts: Vec<_> = Path::new(rel).components().collect();
        for part in &parts[..parts.len().saturating_sub(1)] {
            at.push(part);
            match std::fs::symlink_metadata(&at) {
                Ok(m) if m.file_type().is_symlink() => return Some(at),
                Ok(_) => {}
                // Not there yet: nothing below it is either.
                Err(_) => return None,
            }
        }
        None
    }

    /// The manifest's entries as they are on disk now.
    fn previous(&self) -> Vec<String> {
        std::fs::read_to_string(self.dir.join(MANIFEST))
            .unwrap_or_default()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter(|l| safe_relative(l))
            .map(str::to_string)
            .collect()
    }

    /// Every difference between the disk and this tree (the manifest included).
    pub fn compare(&self) -> Vec<Stale> {
        let mut out = Vec::new();
        let manifest = self.manifest_text();
        let all = self
            .files
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .chain([(MANIFEST, manifest.as_str())]);
        for (rel, text) in all {
            let path = self.dir.join(rel);
            match std::fs::read_to_string(&path) {
                Ok(on_disk) if on_disk == text => {}
                Ok(on_disk) => out.push(Stale::Differs(path, on_disk, text.to_string())),
                Err(_) => out.push(Stale::Missing(path)),
            }
        }
        for rel in self.previous() {
            let path = self.dir.join(&rel);
            if !self.files.contains_key(&rel) && path.exists() {
                out.push(Stale::Extra(path));
            }
        }
        out
    }

    /// Writes new and changed files atomically, leaves identical ones alone, removes files the
    /// previous manifest lists that are no longer generated, and writes the manifest.
    pub fn write(&self) -> std::io::Result<Written> {
        let previous = self.previous();
        self.check_links_with(&previous)?;
        let mut done = Written::default();
        let mut put = |path: std::path::PathBuf, text: &str| -> std::io::Result<()> {
            if write_if_changed(&path, text.as_bytes())? {
                done.changed.push(path);
            } else {
                done.unchanged += 1;
            }
            Ok(())
        };
        for (rel, text) in &self.files {
            put(self.dir.join(rel), text)?;
        }
        for rel in previous {
            let path = self.dir.join(&rel);
            if !self.files.contains_key(&rel) && path.is_file() {
                std::fs::remove_file(&path)?;
                // A directory the removed files leave empty goes too (`src/runtime/` once the
                // crate shares the runtime crate); one holding anything else stays.
                for dir in path.ancestors().skip(1) {
                    if dir == self.dir || std::fs::remove_dir(dir).is_err() {
                        break;
                    }
                }
                done.removed.push(path);
            }
        }
        // Last, so a failure above leaves the old manifest naming every file still to remove.
        put(self.dir.join(MANIFEST), &self.manifest_text())?;
        Ok(done)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(dir: &Path, files: &[(&str, &str)]) -> Tree {
        Tree {
            dir: dir.to_path_buf(),
            files: files
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect(),
        }
    }

    #[test]
    fn rewrites_only_changes_and_removes_only_its_own_files() {
        let dir = std::env::temp_dir().join(format!("specforge-tree-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("mine.rs"), "user code").unwrap();
        let first = tree(&dir, &[("a.rs", "a"), ("src/b.rs", "b")]);
        assert_eq!(first.write().unwrap().changed.len(), 3);
        assert!(first.compare().is_empty());
        let second = tree(&dir, &[("a.rs", "a2")]);
        let stale = second.compare();
        assert!(matches!(&stale[0], Stale::Differs(p, _, _) if p.ends_with("a.rs")));
        assert!(
            stale
                .iter()
                .any(|s| matches!(s, Stale::Extra(p) if p.ends_with("src/b.rs")))
        );
        let w = second.write().unwrap();
        assert_eq!(w.changed.len(), 2, "a.rs and the manifest");
        assert_eq!(w.removed, vec![dir.join("src/b.rs")]);
        assert!(
            dir.join("mine.rs").exists(),
            "files it did not write are kept"
        );
        assert!(second.compare().is_empty());
        assert_eq!(second.write().unwrap().changed.len(), 0);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// Issue 17: `generated/api/src -> /elsewhere` made `generate` write outside `--out`.
    #[cfg(unix)]
    #[test]
    fn a_directory_link_inside_the_output_is_refused_before_anything_is_written() {
        let base = std::env::temp_dir().join(format!("specforge-link-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        let (out, elsewhere) = (base.join("out"), base.join("elsewhere"));
        std::fs::create_dir_all(&out).unwrap();
        std::fs::create_dir_all(&elsewhere).unwrap();
        std::os::unix::fs::symlink(&elsewhere, out.join("src")).unwrap();
        let t = tree(&out, &[("Cargo.toml", "x"), ("src/lib.rs", "y")]);
        let e = t.write().unwrap_err().to_string();
        assert!(
            e.contains("is a symbolic link") && e.contains("nothing was written"),
            "{e}"
        );
        assert!(!elsewhere.join("lib.rs").exists() && !out.join("Cargo.toml").exists());
        std::fs::remove_dir_all(&base).unwrap();
    }

    #[test]
    fn a_hostile_manifest_cannot_reach_outside() {
        assert!(safe_relative("src/types.rs"));
        assert!(!safe_relative("../x"));
        assert!(!safe_relative("/etc/passwd"));
        assert!(!safe_relative("src/../../x"));
        assert!(!safe_relative(""));
    }
}
