use crate::diagnostic::Finding;
use crate::doc::{BlockKind, CutKind, Document};
use crate::rules::{Context, Rule, RuleMeta, declare_rule};

declare_rule! {
    /// ## What it checks
    /// A caption, paragraph or plain-text line that breaks off: it ends on a letter, with
    /// no closing punctuation, and its last word shows the cut —
    /// - a word fragment that the article itself completes elsewhere ("… at the Shanghai C"
    ///   where "Shanghai Cooperation" appears further down; "… the U.N. mission in Syr");
    /// - a fragment of three letters or more that is no listed word and begins a longer
    ///   word of the article or of the word lists, at any length of line ("The presidency
    ///   then passes to Luxemb", "… near Lucknow, Uttar Pra", "… in a later statem");
    /// - a word no sentence ends on: an article, a conjunction, a possessive or a
    ///   preposition English does not strand ("… to attend a signing ceremony at the");
    /// - a lone capital after such a word ("… arrived in B");
    /// - on a long line (a caption, or a plain-text line of nine words or more in sentence
    ///   case after the first line, read as a caption rather than a heading), a listed
    ///   capitalised word that begins a longer name the article writes ("… in the Kharkiv
    ///   region, Ukr" beside "Ukraine"; "… between Austria and Ita" beside "Italy", whose
    ///   ending reads like a suffix but is a name's);
    /// - at the end of a long paragraph, a rare listed word (used fewer than five million
    ///   times in the frequency list: an abbreviation, a verb few use) that begins a word
    ///   no form of it, ten times as frequent and written in the article, or thirty times
    ///   as frequent in the word lists ("… capital of the devastated prov" beside
    ///   "province"; "… at a news confer": `conference`).
    ///
    /// The judgement is the document model's (`Document::cut_offs`): `typo` asks it too
    /// and leaves the fragment to this rule, so a cut word is reported once, as a cut.
    ///
    /// ## Why it matters
    /// A field limit in a content system or a copy-and-paste that stopped short cuts a
    /// caption off mid-word; the page then prints half a name.
    ///
    /// ## Example
    /// ```text
    /// … as they walk to attend a signing ceremony at the Shanghai C
    /// ```
    ///
    /// ## Not flagged
    /// - a missing full stop alone: captions and pull quotes often have none;
    /// - a plain-text line that reads as a heading: title case, no lower-case function word
    ///   at the end, and a paragraph after it that opens a new topic ("Counting Begins in
    ///   Esch"); headings marked up in Markdown and HTML;
    /// - list items, credit and source lines, table cells, alt text;
    /// - a sentence that runs on into a list or past a code block ("metrics including" and
    ///   a numbered list), and a word that closes its own bold, italics or link
    ///   ("— **Mark Headd**"); the A of "Q&A";
    /// - any other listed word, even when a longer word of the article begins with it
    ///   ("run as a pro" beside "professional"): a cut on a word boundary looks like a
    ///   short word; and a word joined to the one before ("… at Digital.gov");
    /// - a word the article uses elsewhere as it stands (a name written twice), a name used
    ///   once that begins no longer word, and a second spelling one letter longer
    ///   ("Zelensky" beside "Zelenskyy": `name-variant`'s business);
    /// - fragments in copy that ends its paragraphs without full stops as a rule (reference
    ///   entries: "… a man named Wars or Warsz");
    /// - a dangling "and" before a paragraph that starts with a dash (a list set as dashed
    ///   paragraphs);
    /// - short lines (under six words) and title-like lines ending on a dangling word;
    /// - a line that ends in a URL, code, a number, an abbreviation ("Corp", "Gen") or
    ///   closing punctuation;
    /// - "Plan B", "Group C", "hepatitis C": a letter after a capitalised or ordinary word;
    /// - a second, identical copy of a caption (`repeated-caption` reports it).
    ///
    /// ## Options
    /// None.
    ///
    /// ## Fix safety
    /// No fix: what is missing cannot be guessed.
    ///
    /// Severity is `error`: the rule fires only on evidence of a cut, never on a merely
    /// missing full stop, and cut-off copy is never meant.
    pub(crate) struct TruncatedText {
        id: "truncated-text",
        severity: Error,
        summary: "a caption or paragraph cut off mid-word or mid-sentence",
        fix: None,
        options: [],
        languages: English,
    }
}

impl Rule for TruncatedText {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>) {
        // The judgement lives in the document model (`doc::cutoff`) so that `typo` can
        // leave the last word of a cut block to this rule.
        for cut in doc.cut_offs() {
            if cut.copy {
                continue; // a copy: repeated-caption reports it
            }
            let what = match doc.blocks[cut.block as usize].kind {
                BlockKind::Caption(_) => "caption",
                BlockKind::Quote => "quote",
                BlockKind::Heading { .. } => "line",
                BlockKind::ListItem { .. } => "list item",
                _ => "paragraph",
            };
            let w = &doc.words[cut.word];
            let word = doc.word_str(cut.word);
            let help = format!("restore the end of the {what}");
            let d = match &cut.kind {
                CutKind::Pair { whole } => {
                    let prev = doc.word_str(cut.word - 1);
                    Finding::new(
                        doc.words[cut.word - 1].span.cover(w.span),
                        format!("{what} breaks off mid-word at `{prev} {word}`"),
                    )
                    .label(*whole, "the full words appear here")
                }
                CutKind::InArticle { whole } => {
                    Finding::new(w.span, format!("{what} breaks off mid-word at `{word}`"))
                        .label(*whole, "the full word appears here")
                }
                CutKind::Listed { whole } => Finding::new(
                    w.span,
                    format!(
                        "{what} breaks off mid-word at `{word}`, the start of words such as `{whole}`"
                    ),
                ),
                CutKind::Dangling => Finding::new(
                    w.span,
                    format!("{what} breaks off mid-sentence after `{word}`"),
                ),
                CutKind::LoneCapital => {
                    Finding::new(w.span, format!("{what} breaks off mid-word at `{word}`"))
                }
            };
            cx.report(d.help(help));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::TruncatedText;

    use crate::rules::test_util::{assert_clean, assert_flags};

    #[test]
    fn flags_a_caption_cut_mid_word_when_the_article_completes_it() {
        assert_flags(
            &TruncatedText,
            "Hu Jintao, left, walks to attend a signing ceremony at the Shanghai C\n\nThe Shanghai Cooperation Organization met.\n",
            &["Shanghai C"],
        );
    }

    #[test]
    fn flags_dangling_words_and_lone_capitals() {
        assert_flags(
            &TruncatedText,
            "The spokesman urged all parties to support the mission and the\n\nLeaders of China, Russia and four Central Asian states arrived on Wednesday for the summit held in B\n",
            &["the", "B"],
        );
    }

    #[test]
    fn leaves_complete_lines() {
        assert_clean(
            &TruncatedText,
            "Hu Jintao, left, walks with Vladimir Putin at the summit in Beijing\n\nThe vaccine protects against hepatitis B\n\nHe said the government would move to Plan B\n\nSpokesman Liu Weimin of the Foreign Ministry\n\nRead the statement at https://example.com/sco\n",
        );
    }

    #[test]
    fn a_second_copy_is_left_to_repeated_caption() {
        let cap = "Hu Jintao, left, walks to attend a signing ceremony at the";
        let text = format!("{cap}\n{cap}\n");
        assert_flags(&TruncatedText, &text, &["the"]);
    }
}
