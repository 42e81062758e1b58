// Shared by `build.rs` (through `#[path]`) and the spell module, so the keys of the compiled
// word lists and the keys looked up at run time are folded by the same code.

/// The lookup key of a word: lower case, with curly and modifier apostrophes made straight.
/// Appends to `out` (cleared first) so callers can reuse one buffer.
pub(crate) fn fold_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        match c {
            '’' | 'ʼ' | '‘' => out.push('\''),
            c => out.extend(c.to_lowercase()),
        }
    }
}
