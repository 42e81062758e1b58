// Shared by `build.rs` (through `#[path]`) and the spell module: the layout of a value in
// `words.fst`, written at build time and read at run time by the same constants.
//
// The low bits say which lists hold the word in lower case, or that a list holds it
// capitalised ("Beijing") or otherwise cased ("NATO", "McDonald"); the bits from
// `FREQ_SHIFT` up hold the word's frequency as `round(8 * log2(count))` (0 = not in the
// frequency list), which is all the ranking of suggestions needs and keeps the map small.

pub(crate) const COMMON: u64 = 1;
pub(crate) const US: u64 = 2;
pub(crate) const GB: u64 = 4;
pub(crate) const TITLE: u64 = 8;
pub(crate) const CASED: u64 = 16;
pub(crate) const FREQ_SHIFT: u32 = 5;
