//! What joins one item to the next: a comma, a semicolon, "and"/"or"/"as well as", "&",
//! and whether a serial comma stands before the conjunction.

use super::item::Item;
use crate::doc::series::Conjunction;
use crate::doc::series::extractor::{Extractor, Punct, classify};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum SeparatorKind {
    Comma,
    Semi,
    Conj,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Separator {
    pub kind: SeparatorKind,
    /// A comma (or semicolon) stands before the conjunction.
    pub serial: bool,
    pub semi: bool,
    pub conj: Conjunction,
    pub item_word: usize,
}

impl Extractor<'_, '_> {
    /// "and"/"or"/"as well as" at word `i`, followed by the next item's first word.
    pub(super) fn conj_at(&self, i: usize, b: usize) -> Option<(Conjunction, usize)> {
        let c = if self.exact(i, "and") {
            Conjunction::And
        } else if self.exact(i, "or") {
            Conjunction::Or
        } else if self.exact(i, "as")
            && i + 2 < b
            && self.exact(i + 1, "well")
            && self.exact(i + 2, "as")
            && self.gap_is(i + 1, Punct::Space)
            && self.gap_is(i + 2, Punct::Space)
        {
            return (i + 3 < b && self.gap_is(i + 3, Punct::Space))
                .then_some((Conjunction::AsWellAs, i + 3));
        } else {
            return None;
        };
        (i + 1 < b && self.gap_is(i + 1, Punct::Space)).then_some((c, i + 1))
    }

    pub(super) fn sep(&self, it: &Item, b: usize) -> Option<Separator> {
        let n = it.next;
        if n >= b {
            return None;
        }
        let g = classify(self.rest_text(it));
        let plain = |kind, semi| Separator {
            kind,
            serial: false,
            semi,
            conj: Conjunction::None,
            item_word: n,
        };
        match g {
            Punct::Space => self.conj_at(n, b).map(|(conj, w)| Separator {
                kind: SeparatorKind::Conj,
                serial: false,
                semi: false,
                conj,
                item_word: w,
            }),
            Punct::Amp => Some(Separator {
                kind: SeparatorKind::Conj,
                serial: false,
                semi: false,
                conj: Conjunction::And,
                item_word: n,
            }),
            Punct::Comma | Punct::Semi => {
                let semi = g == Punct::Semi;
                Some(match self.conj_at(n, b) {
                    Some((conj, w)) => Separator {
                        kind: SeparatorKind::Conj,
                        serial: conj != Conjunction::AsWellAs,
                        semi,
                        conj,
                        item_word: w,
                    },
                    None => plain(
                        if semi {
                            SeparatorKind::Semi
                        } else {
                            SeparatorKind::Comma
                        },
                        semi,
                    ),
                })
            }
            _ => None,
        }
    }
}
