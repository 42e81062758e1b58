//! `file://` URIs ↔ paths, for config discovery and the vocabulary file.

#[cfg(test)]
use std::path::Path;
use std::path::PathBuf;

/// The local path of a `file:` URI; `None` for other schemes (`untitled:`) and malformed ones.
pub(crate) fn to_path(uri: &str) -> Option<PathBuf> {
    let rest = uri.strip_prefix("file://")?;
    // `file:///path` or `file://localhost/path`.
    let path = rest.strip_prefix("localhost").unwrap_or(rest);
    if !path.starts_with('/') {
        return None;
    }
    let bytes = decode(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        Some(PathBuf::from(std::ffi::OsString::from_vec(bytes)))
    }
    #[cfg(not(unix))]
    {
        // `file:///C:/dir` → `C:/dir`.
        let s = String::from_utf8(bytes).ok()?;
        let s = s
            .strip_prefix('/')
            .filter(|s| s.get(1..2) == Some(":"))
            .unwrap_or(&s);
        Some(PathBuf::from(s.to_string()))
    }
}

/// The `file:` URI of an absolute path.
#[cfg(test)]
pub(crate) fn from_path(path: &Path) -> String {
    use std::fmt::Write as _;
    let s = path.to_string_lossy().replace('\\', "/");
    let mut out = String::from("file://");
    if !s.starts_with('/') {
        out.push('/');
    }
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~:".contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

fn decode(s: &str) -> Option<Vec<u8>> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else if bytes[i] == b'?' || bytes[i] == b'#' {
            break;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(unix)]
    fn file_uris_round_trip() {
        let p = Path::new("/tmp/a dir/Café #1.md");
        let uri = from_path(p);
        assert_eq!(uri, "file:///tmp/a%20dir/Caf%C3%A9%20%231.md");
        assert_eq!(to_path(&uri).as_deref(), Some(p));
        assert_eq!(to_path("untitled:Untitled-1"), None);
        assert_eq!(
            to_path("file://localhost/x/y.md").as_deref(),
            Some(Path::new("/x/y.md"))
        );
    }
}
