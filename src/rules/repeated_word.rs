use crate::diagnostic::{Applicability, Finding};
use crate::doc::{Document, Gap, Shape};
use crate::rules::{Context, Rule, RuleMeta, declare_rule};
use crate::span::Span;
use crate::text::eq_ignore_case;
use crate::text::lexicon::FUNCTION_WORDS;

declare_rule! {
    /// ## What it checks
    /// The same word twice in a row — "the the", "to to" — also across a line break or a
    /// Markdown soft break, whatever the case ("The the").
    ///
    /// ## Why it matters
    /// A doubled word is the classic slip of a rewrite: the eye skips the second copy on
    /// screen, and the reader trips on it in print.
    ///
    /// ## Example
    /// ```text
    /// urged all parties to to support the mission
    /// ```
    ///
    /// ## Not flagged
    /// - grammatical doubles: "had had", "that that", "do do", "what it is is";
    /// - names and places: "Bora Bora", "Walla Walla", "Sirhan Sirhan" (a capitalised
    ///   second copy that is not a function word);
    /// - numbers ("10 10"), words split by punctuation ("Bora, Bora"), emphatic reduplication
    ///   ("bye bye", "no no", "very very");
    /// - a doubled word quoted as a mention: the tracker lists it as "the the";
    /// - French reflexives, "nous nous", "vous vous": the rule runs on every language.
    ///
    /// ## Options
    /// None.
    ///
    /// ## Fix safety
    /// Safe: removes the second copy and the space before it.
    pub(crate) struct RepeatedWord {
        id: "repeated-word",
        severity: Error,
        summary: "the same word twice in a row (\"the the\")",
        fix: Safe,
        options: [],
        languages: Any,
    }
}

/// Doubles that are grammatical or idiomatic on their own (sorted: binary search).
const ALLOWED: &[&str] = &[
    "bang", "blah", "boo", "bye", "cha", "choo", "chop", "do", "dum", "far", "go", "ha", "had",
    "hee", "ho", "hush", "knock", "la", "long", "many", "much", "na", "no", "nous", "now", "oh",
    "pooh", "so", "ta", "that", "there", "tick", "tsk", "tut", "very", "vous", "well", "yada",
    "yeah", "yes",
];

impl Rule for RepeatedWord {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>) {
        for i in 1..doc.words.len() {
            let (prev, word) = (&doc.words[i - 1], &doc.words[i]);
            if word.gap != Gap::Space || prev.block != word.block {
                continue;
            }
            if matches!(word.shape, Shape::Number | Shape::Alnum) {
                continue;
            }
            let (a, b) = (doc.slice(prev.span), doc.slice(word.span));
            if !eq_ignore_case(a, b) {
                continue;
            }
            // The document's spelling key of the word (built once, for all words).
            let lower = doc.word_key(i);
            if ALLOWED.binary_search(&lower).is_ok() {
                continue;
            }
            let function_word = FUNCTION_WORDS.contains(&lower);
            if word.shape != Shape::Lower && !function_word {
                // "Bora Bora", "Sirhan Sirhan", "Baden Baden": a name, not a slip.
                continue;
            }
            // A doubled word quoted as a mention ("lists it as \"the the\"") is not a slip.
            let both = prev.span.cover(word.span);
            // (`« the the »`: French sets its marks apart with spaces.)
            if doc
                .quotation(both)
                .is_some_and(|q| doc.slice(q.inner).trim() == doc.slice(both))
            {
                continue;
            }
            let text = doc.text();
            if lower == "is" && i >= 2 && {
                let before = doc.word_text(i - 2);
                doc.words[i - 2].block == word.block
                    && (before.eq_ignore_ascii_case("it") || before.eq_ignore_ascii_case("what"))
            } {
                // "What it is is a problem."
                continue;
            }
            // Remove the space before the second copy; across a line break, remove the space
            // after it instead, so the lines keep their shape.
            let edit = if text[prev.span.end()..word.span.start()].contains(['\n', '\r']) {
                let after = text[word.span.end()..].len()
                    - text[word.span.end()..]
                        .trim_start_matches([' ', '\t'])
                        .len();
                Span::new(word.span.start(), word.span.end() + after)
            } else {
                Span::new(prev.span.end(), word.span.end())
            };
            if cx.is_full() {
                cx.left_out(word.span);
                continue;
            }
            cx.report(
                Finding::new(word.span, format!("`{b}` is repeated"))
                    .label(prev.span, "first here")
                    .help(format!("remove the second `{b}`"))
                    .fix(Applicability::Safe, edit, ""),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::RepeatedWord;
    use crate::doc::Format;
    use crate::rules::test_util::{assert_clean, assert_flags, fixed, run};

    #[test]
    fn flags_doubles_in_any_case_and_across_lines() {
        assert_flags(&RepeatedWord, "He went to the the shop.", &["the"]);
        assert_flags(&RepeatedWord, "The the shop was shut.", &["the"]);
        assert_flags(&RepeatedWord, "He went to the\nthe shop.", &["the"]);
        assert_flags(&RepeatedWord, "Talks With With Russia", &["With"]);
    }

    #[test]
    fn flags_across_a_markdown_soft_break() {
        let d = run(
            &RepeatedWord,
            "He went to the\nthe shop.\n",
            Format::Markdown,
        );
        assert_eq!(d.len(), 1);
    }

    #[test]
    fn leaves_grammatical_doubles_names_and_numbers() {
        assert_clean(
            &RepeatedWord,
            "She had had enough, and said that that was all.",
        );
        assert_clean(&RepeatedWord, "What it is is a problem.");
        assert_clean(&RepeatedWord, "They flew to Bora Bora and Walla Walla.");
        assert_clean(&RepeatedWord, "Sirhan Sirhan was convicted.");
        assert_clean(&RepeatedWord, "The score was 10 10 at the break.");
        assert_clean(&RepeatedWord, "Bora, Bora is not the same.");
        assert_clean(&RepeatedWord, "He waved bye bye.");
        assert_clean(&RepeatedWord, "The tracker lists it as \"the the\".");
    }

    #[test]
    fn issue_17_a_quoted_mention_is_read_off_the_document_quotations() {
        assert_clean(
            &RepeatedWord,
            "It lists 'was was' and ‘is is’ and « the the », but not the 'the the' of 5'11\".",
        );
        // Quote marks written as character references: before the document model's
        // quotations, the text before the words ended in `;`, not a quote, so these were
        // reported.
        let html =
            "<p>The tracker lists it as &quot;the the&quot; and &ldquo;was was&rdquo;.</p>\n";
        assert!(run(&RepeatedWord, html, Format::Html).is_empty());
        // Only the quoted words themselves: a quotation that goes on is no mention.
        assert_flags(&RepeatedWord, "He said \"the the shop\".", &["the"]);
    }

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        assert!(super::ALLOWED.is_sorted());
    }

    #[test]
    fn fix_removes_the_second_copy() {
        assert_eq!(fixed(&RepeatedWord, "to the the shop"), "to the shop");
        assert_eq!(fixed(&RepeatedWord, "The the shop"), "The shop");
        assert_eq!(
            fixed(&RepeatedWord, "implement a\na cease-fire"),
            "implement a\ncease-fire"
        );
    }
}
