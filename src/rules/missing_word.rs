use crate::data::normalize::entity;
use crate::diagnostic::{Applicability, Finding};
use crate::doc::{Document, Gap, Shape};
use crate::rules::{Context, Rule, RuleMeta, declare_rule};
use crate::span::Span;
use crate::text::fold::name_key;

declare_rule! {
    /// ## What it checks
    /// A word dropped between a news event and the country it happened in: "another brutal
    /// massacre Syria." — a noun such as massacre, attack, war, crisis, election or summit
    /// followed directly by a country's name that ends the clause, with no "in", "on" or
    /// "against" between them. Only this narrow, reliable case is checked; missing words in
    /// general are beyond what a linter can find without false alarms.
    ///
    /// ## Why it matters
    /// A dropped preposition survives the spell-checker and the eye alike, because every word
    /// is right. Readers stumble on it at once.
    ///
    /// ## Example
    /// ```text
    /// The statement follows accusations of another brutal massacre Syria.
    /// ```
    ///
    /// ## Not flagged
    /// - the country is the subject of what follows: "the war Russia started", "the crisis
    ///   Syria faces", "talks Iran and the US held";
    /// - punctuation between: "after the attack, Syria said";
    /// - a comma that does not end the clause: "a war Russia, not Ukraine, chose";
    /// - a possessive: "the massacre Syria's army denied";
    /// - the usual order: "the Syria crisis", "in Syria".
    ///
    /// ## Options
    /// None.
    ///
    /// ## Fix safety
    /// Not safe: the fix inserts "in", which is the likely word but not the only one
    /// ("attack on", "war against").
    pub(crate) struct MissingWord {
        id: "missing-word",
        severity: Warning,
        summary: "a word missing between an event and the country it happened in",
        fix: Unsafe,
        options: [],
        languages: English,
    }
}

/// Events that take "in <country>".
const EVENTS: &[&str] = &[
    "airstrike",
    "airstrikes",
    "attack",
    "attacks",
    "bloodshed",
    "bombing",
    "bombings",
    "clashes",
    "conflict",
    "coup",
    "crackdown",
    "crisis",
    "drought",
    "earthquake",
    "election",
    "elections",
    "famine",
    "fighting",
    "flooding",
    "floods",
    "invasion",
    "killing",
    "killings",
    "massacre",
    "massacres",
    "offensive",
    "outbreak",
    "protests",
    "raid",
    "raids",
    "referendum",
    "siege",
    "summit",
    "unrest",
    "uprising",
    "violence",
    "war",
];

/// The longest country name starting at word `j`, as (end word exclusive).
fn country_at(doc: &Document<'_>, j: usize) -> Option<usize> {
    let block = doc.words[j].block;
    let mut best = None;
    for k in j..(j + 4).min(doc.words.len()) {
        let w = &doc.words[k];
        if w.block != block || (k > j && w.gap != Gap::Space) {
            break;
        }
        let span = doc.words[j].span.cover(w.span);
        let text = doc.slice(span);
        if crate::text::is_possessive(text) {
            break;
        }
        if entity(&name_key(text)).is_some() {
            best = Some(k + 1);
        }
    }
    best
}

/// Whether the country ending at word `end` (exclusive) opens a series of countries joined by
/// "and" or "or": "the protests Iran, Iraq and Lebanon have seen" names the subject of a
/// relative clause, not the place of the protests.
fn starts_series(doc: &Document<'_>, end: usize) -> bool {
    let text = doc.text();
    let block = doc.words[end - 1].block;
    let mut at = end;
    loop {
        let Some(w) = doc.words.get(at).filter(|w| w.block == block) else {
            return false;
        };
        let word = doc.slice(w.span);
        if w.gap == Gap::Space && matches!(word, "and" | "or") {
            return doc
                .words
                .get(at + 1)
                .is_some_and(|n| n.block == block && n.gap == Gap::Space)
                && country_at(doc, at + 1).is_some();
        }
        let comma =
            w.gap == Gap::Punct && text[doc.words[at - 1].span.end()..w.span.start()].trim() == ",";
        match country_at(doc, at) {
            Some(next) if comma => at = next,
            _ => return false,
        }
    }
}

impl Rule for MissingWord {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>) {
        let text = doc.text();
        for i in 0..doc.words.len().saturating_sub(1) {
            let (event, next) = (&doc.words[i], &doc.words[i + 1]);
            if event.shape != Shape::Lower || next.gap != Gap::Space || next.block != event.block {
                continue;
            }
            let noun = doc.slice(event.span);
            if !EVENTS.contains(&noun) || !matches!(next.shape, Shape::Capitalised | Shape::AllCaps)
            {
                continue;
            }
            let Some(end) = country_at(doc, i + 1) else {
                continue;
            };
            // The name must end its clause: punctuation next, or the end of the block.
            let last = &doc.words[end - 1];
            // A comma ends it only before a reporting clause ("massacre Syria, Russia said") or a
            // new clause ("the coup Niger, which …"):
            // "a war Russia, not Ukraine, chose" and "the attack Israel, the US and Britain
            // condemned" go on with the country as their subject.
            let ends_clause = match doc.words.get(end) {
                Some(after) if after.block == last.block => {
                    let between = &text[last.span.end()..after.span.start()];
                    after.gap == Gap::Punct
                        && (between.contains(['.', ';', ':', '!', '?'])
                            || (between.contains(',')
                                && (reporting_clause(doc, end)
                                    || matches!(
                                        doc.slice(after.span),
                                        "which" | "where" | "when" | "after" | "while" | "but"
                                    ))))
                }
                _ => true,
            };
            if !ends_clause || starts_series(doc, end) {
                continue;
            }
            let country = doc.slice(next.span.cover(last.span));
            cx.report(
                Finding::new(
                    Span::new(event.span.start(), last.span.end()),
                    format!("a word seems to be missing between `{noun}` and `{country}`"),
                )
                .suggest(format!("{noun} in {country}"))
                .fix(
                    Applicability::Unsafe,
                    Span::new(event.span.end(), event.span.end()),
                    " in",
                ),
            );
        }
    }
}

/// "Russia said", "officials told reporters": a reporting verb within the next three words.
fn reporting_clause(doc: &Document<'_>, from: usize) -> bool {
    let block = doc.words[from].block;
    doc.words[from..]
        .iter()
        .take(3)
        .take_while(|w| w.block == block)
        .any(|w| {
            matches!(
                doc.slice(w.span),
                "said" | "says" | "told" | "added" | "reported" | "according"
            )
        })
}

#[cfg(test)]
mod tests {
    use super::MissingWord;
    use crate::rules::test_util::{assert_clean, assert_flags};

    #[test]
    fn flags_an_event_and_a_country_without_a_preposition() {
        assert_flags(
            &MissingWord,
            "The statement follows accusations of another brutal massacre Syria. Activists said so.",
            &["massacre Syria"],
        );
        assert_flags(
            &MissingWord,
            "It was the worst violence Central African Republic, officials said.",
            &["violence Central African Republic"],
        );
        assert_flags(
            &MissingWord,
            "It condemned the massacre Syria, Russia said on Monday.",
            &["massacre Syria"],
        );
    }

    #[test]
    fn leaves_subjects_possessives_and_punctuation() {
        assert_clean(&MissingWord, "It was the war Russia started in 2022.");
        assert_clean(&MissingWord, "The crisis Syria faces is deep.");
        assert_clean(
            &MissingWord,
            "It is a war Russia, not Ukraine, chose to start.",
        );
        assert_clean(
            &MissingWord,
            "The attack Israel, the US and Britain condemned killed 12.",
        );
        assert_clean(
            &MissingWord,
            "After the attack, Syria said it would respond.",
        );
        assert_clean(&MissingWord, "It was the massacre Syria's army denied.");
        assert_clean(
            &MissingWord,
            "The protests Iran, Iraq and Lebanon have seen this year were the largest.",
        );
        assert_clean(
            &MissingWord,
            "The Syria crisis deepened. Talks Iran and the US held failed.",
        );
    }
}
