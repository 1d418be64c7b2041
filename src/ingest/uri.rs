//! URIs of schema resources (RFC 3986 via `fluent-uri`): a file's retrieval URI, `$id`
//! resolution against a base, and the characters references may hold unencoded in specs.

use std::path::{Path, PathBuf};

/// The `file:` URI of a local path (absolute, percent-encoded where URIs need it).
pub fn of_path(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut out = String::from("file://");
    if !text.starts_with('/') {
        out.push('/');
    }
    encode_into(&mut out, &text, |c| c == '/' || c == ':');
    out
}

/// The local path a `file:` URI names.
pub fn to_path(uri: &str) -> Option<PathBuf> {
    let rest = uri.strip_prefix("file://")?;
    let rest = rest.split(['?', '#']).next().unwrap_or(rest);
    let decoded = super::refs::percent_decode(rest);
    // `file:///C:/x` on Windows; `file:///x` elsewhere.
    if decoded.len() > 2 && decoded.as_bytes()[2] == b':' && decoded.starts_with('/') {
        return Some(PathBuf::from(&decoded[1..]));
    }
    Some(PathBuf::from(decoded))
}

/// `reference` (without its fragment) resolved against the absolute URI `base`, normalised and
/// without a fragment; `None` when either is not a URI even after encoding what specs commonly
/// leave unencoded (spaces, braces, non-ASCII).
pub fn resolve(reference: &str, base: &str) -> Option<String> {
    let reference = encode_loose(reference);
    let base = fluent_uri::Uri::parse(base).ok()?;
    let r = fluent_uri::UriRef::parse(reference.as_str()).ok()?;
    let resolved = r.resolve_against(&base).ok()?;
    let normal = resolved.normalize();
    Some(normal.strip_fragment().as_str().to_string())
}

/// Whether `s` is an absolute URI (has a scheme).
pub fn is_absolute(s: &str) -> bool {
    fluent_uri::Uri::parse(encode_loose(s).as_str()).is_ok()
}

/// Percent-encodes what may not appear in a URI reference as written (spaces, quotes, braces,
/// non-ASCII, a `%` that starts no escape), leaving reserved characters alone.
fn encode_loose(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let b = s.as_bytes();
    for (i, c) in s.char_indices() {
        let keep = c.is_ascii_alphanumeric()
            || "-._~:/?#@!$&'()*+,;=".contains(c)
            || c == '%'
                && b.len() > i + 2
                && b[i + 1].is_ascii_hexdigit()
                && b[i + 2].is_ascii_hexdigit();
        if keep {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for byte in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{byte:02X}"));
            }
        }
    }
    out
}

/// Appends `s` percent-encoded, keeping unreserved characters and those `keep` accepts.
fn encode_into(out: &mut String, s: &str, keep: impl Fn(char) -> bool) {
    for c in s.chars() {
        if c.is_ascii_alphanumeric() || "-._~".contains(c) || keep(c) {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for byte in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{byte:02X}"));
            }
        }
    }
}

/// A JSON pointer as a URI fragment (`#` not included): `%`, spaces and other characters a
/// fragment may not hold are percent-encoded, so [`super::refs::split_ref`] gives it back.
pub fn pointer_fragment(pointer: &str) -> String {
    let mut out = String::with_capacity(pointer.len());
    encode_into(&mut out, pointer, |c| "/!$&'()*+,;=:@?".contains(c));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolution_follows_rfc_3986() {
        let base = "http://localhost:1234/draft2020-12/tree";
        assert_eq!(
            resolve("node", base).as_deref(),
            Some("http://localhost:1234/draft2020-12/node")
        );
        assert_eq!(
            resolve("../x.json#/a", base).as_deref(),
            Some("http://localhost:1234/x.json")
        );
        assert_eq!(resolve("", base).as_deref(), Some(base));
        assert_eq!(
            resolve("urn:uuid:deadbeef-1234-ffff-ffff-4321feebdaed", base).as_deref(),
            Some("urn:uuid:deadbeef-1234-ffff-ffff-4321feebdaed")
        );
        let file = of_path(Path::new("/tmp/a dir/spec.yaml"));
        assert_eq!(file, "file:///tmp/a%20dir/spec.yaml");
        let other = resolve("schemas/pet 1.yaml", &file).unwrap();
        assert_eq!(other, "file:///tmp/a%20dir/schemas/pet%201.yaml");
        assert_eq!(
            to_path(&other),
            Some(PathBuf::from("/tmp/a dir/schemas/pet 1.yaml"))
        );
        assert_eq!(pointer_fragment("/$defs/a b%c"), "/$defs/a%20b%25c");
    }
}
