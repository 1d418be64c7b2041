//! Limits that keep hostile or broken input from exhausting the stack or memory.

/// Deepest nesting of mappings/sequences accepted. Real OpenAPI documents stay under 60.
pub const MAX_DEPTH: usize = 128;

/// Most nodes that YAML alias expansion may produce in one document.
pub const MAX_ALIAS_NODES: usize = 2_000_000;

/// Most nodes the overlays of one API may add to its document: as many as YAML aliases may
/// expand to, so an overlay that updates `$..*` over and over cannot grow the document
/// without bound.
pub const MAX_OVERLAY_GROWTH: usize = MAX_ALIAS_NODES;

/// Largest input file read (bytes).
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Largest decompressed MDX front-matter payload (bytes): guards against zlib bombs.
pub const MAX_INFLATED_BYTES: u64 = 64 * 1024 * 1024;

/// Reads the input file at `path` whole, within [`MAX_FILE_BYTES`]. Only a regular file is
/// read (a symbolic link is followed to one): a FIFO would block until something writes to
/// it, and a device such as `/dev/zero` never ends. The size is checked on what is read, not
/// only on what the file system says, so a file that grows while read stays bounded.
pub fn read_input(path: &std::path::Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read as _;
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        let what = if meta.is_dir() {
            "a directory"
        } else {
            "not a regular file (a FIFO, socket or device)"
        };
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("it is {what}; only regular files are read"),
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(path)?
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// [`read_input`] as UTF-8 text.
pub fn read_input_text(path: &std::path::Path) -> std::io::Result<String> {
    String::from_utf8(read_input(path)?).map_err(|e| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!(
                "it is not UTF-8 text (at byte {})",
                e.utf8_error().valid_up_to()
            ),
        )
    })
}

fn too_large(len: u64) -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::FileTooLarge,
        format!("it is {len} bytes or more; the limit is {MAX_FILE_BYTES}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(unix)]
    fn devices_and_fifos_are_refused_before_reading() {
        let e = read_input(std::path::Path::new("/dev/zero")).unwrap_err();
        assert!(e.to_string().contains("not a regular file"), "{e}");
        let dir = std::env::temp_dir().join(format!("specforge-limits-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let link = dir.join("spec.yaml");
        let _ = std::fs::remove_file(&link);
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        assert!(
            read_input(&link).is_err(),
            "a symbolic link to a device is the device"
        );
        assert!(
            read_input(&dir)
                .unwrap_err()
                .to_string()
                .contains("a directory")
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
