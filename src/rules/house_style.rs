use crate::data::style::{StyleRule, StyleSheet};
use crate::diagnostic::{Applicability, Finding, RuleId};
use crate::doc::Document;
use crate::rules::{Context, Rule, RuleMeta, declare_rule};
use crate::span::Span;
use crate::text::is_word_char;
use crate::text::lexicon::TITLE_SMALL_WORDS;

declare_rule! {
    /// ## What it checks
    /// The house style sheet: banned words and phrases and their substitutions. The
    /// built-in sheet (`rules/style/house.toml`) holds only what every newsroom agrees on —
    /// "alot", "irregardless", "for all intensive purposes", "free reign", "could of" — and
    /// each newsroom adds its own rules in `copydesk.toml` (`[[rule]]`) or in rule files.
    /// Each data rule reports under its own id (`house/alot`) and severity.
    ///
    /// ## Why it matters
    /// A style sheet is only kept when it is checked: the desk's decisions ("ceasefire", not
    /// "cease-fire") should not depend on who edits the story tonight.
    ///
    /// ## Example
    /// ```text
    /// For all intensive purposes the talks have failed.
    /// ```
    ///
    /// ## Not flagged
    /// - text inside code, URLs and HTML;
    /// - a match inside a longer word (rules match whole words);
    /// - a match overlapping one of the rule's `allows` ("could of course");
    /// - a phrase cited rather than used: the whole of a quotation or italic span in lower
    ///   case ("the misspelling *alot*"), or after "written as", "spelled", "the phrase",
    ///   "instead of", "rather than" and the like, as in a column on usage;
    /// - blocks outside the rule's `scope` (e.g. quotes, which reproduce what was said).
    ///
    /// ## Options
    /// The rules themselves are the options. A rule has `id` (namespaced, `house/ceasefire`),
    /// `words` (literal, whole-word, case-insensitive) or `pattern` (a Rust regex),
    /// optional `replace` (with `${1}` capture groups for patterns), `message`, `severity`,
    /// `scope` (heading, paragraph, list-item, caption, credit, quote, table-cell),
    /// `examples = { bad = [...], good = [...] }` and `allows`; `copydesk test-rules`
    /// runs the examples. Add rules with `[[rule]]` in copydesk.toml or
    /// `rule-paths = ["styles/"]`.
    ///
    /// ## Fix safety
    /// Safe when the rule has a `replace`: the replacement keeps the case of the match
    /// (`Alot` → `A lot`, `FREE REIGN` → `FREE REIN`, `Case and Point` → `Case in Point`),
    /// unless its author wrote it with capitals (`Security Council`), which are kept.
    pub(crate) struct HouseStyle {
        id: "house-style",
        severity: Warning,
        summary: "words and phrases the house style sheet bans or replaces",
        fix: Safe,
        options: [],
        languages: English,
    }
}

impl Rule for HouseStyle {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>) {
        let sheet = cx.style_sheet();
        let text = doc.text();
        for run in &doc.runs {
            let piece = &text[run.span.range()];
            let scope = doc.blocks[run.block as usize].kind.scope();
            let base = run.span.start();
            if let Some(ac) = &sheet.words {
                for m in ac.find_iter(piece) {
                    let whole = piece[..m.start()]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !is_word_char(c))
                        && piece[m.end()..]
                            .chars()
                            .next()
                            .is_none_or(|c| !is_word_char(c));
                    let rule = &sheet.rules[sheet.word_rule[m.pattern().as_usize()]];
                    if whole
                        && applies(rule, scope, piece, m.start(), m.end())
                        && !mentioned(text, base + m.start(), base + m.end())
                    {
                        let found = &piece[m.start()..m.end()];
                        let replacement = rule
                            .replace
                            .as_deref()
                            .map(|r| match_case(found, r, r, piece));
                        cx.report(finding(
                            rule,
                            Span::new(base + m.start(), base + m.end()),
                            replacement,
                        ));
                    }
                }
            }
            if sheet.patterns.is_empty() {
                continue;
            }
            for i in sheet.patterns.matches(piece) {
                report_pattern(&sheet, sheet.pattern_rule[i], text, piece, base, scope, cx);
            }
        }
    }
}

fn report_pattern(
    sheet: &StyleSheet,
    index: usize,
    text: &str,
    piece: &str,
    base: usize,
    scope: &str,
    cx: &mut Context<'_>,
) {
    let rule = &sheet.rules[index];
    let Some((re, bounded)) = rule.matcher.regex() else {
        return;
    };
    for caps in re.captures_iter(piece) {
        let Some(m) = caps.get(0) else { continue };
        // The compiled `\b` is ASCII; a letter like `é` beside the match still joins it.
        // Only where the match itself starts or ends with a letter does the boundary depend
        // on the neighbour being a letter.
        let word_edge = |c: Option<char>| c.is_some_and(is_word_char);
        let joined_before = bounded.0
            && word_edge(m.as_str().chars().next())
            && word_edge(piece[..m.start()].chars().next_back());
        let joined_after = bounded.1
            && word_edge(m.as_str().chars().next_back())
            && word_edge(piece[m.end()..].chars().next());
        if joined_before
            || joined_after
            || !applies(rule, scope, piece, m.start(), m.end())
            || mentioned(text, base + m.start(), base + m.end())
        {
            continue;
        }
        let replacement = rule.replace.as_deref().map(|r| {
            let mut out = String::new();
            caps.expand(r, &mut out);
            // The pattern's captures keep the case of what they capture; the rest of the
            // replacement follows the case of the match (an all-caps or title-case headline).
            match_case(m.as_str(), &out, &template_text(r), piece)
        });
        cx.report(finding(
            rule,
            Span::new(base + m.start(), base + m.end()),
            replacement,
        ));
    }
}

/// Words that announce the next words as words, not as the writer's own: "toe the line is
/// sometimes written as tow the line", "the phrase free reign", "instead of irregardless".
const MENTION_CUES: &[&str] = &[
    "written as",
    "spelled",
    "spelt",
    "misspelled",
    "misspelt",
    "misspelling",
    "the word",
    "the words",
    "the phrase",
    "the expression",
    "the idiom",
    "the term",
    "instead of",
    "rather than",
];

/// True when the text at `start..end` is cited, not used: the whole of a quotation or of an
/// italic span in lower case (`“free reign”`, `*alot*`, `<em>alot</em>`), or announced by a cue on its line
/// ("is often written as tow the line"). A style guide or an essay on usage cites the very
/// phrases the house sheet bans; the desk's rule is about using them.
fn mentioned(text: &str, start: usize, end: usize) -> bool {
    const OPEN: &[char] = &['"', '“', '‘', '\'', '«', '*', '_'];
    const CLOSE: &[char] = &['"', '”', '’', '\'', '»', '*', '_'];
    let before = &text[..start];
    let after = &text[end..];
    let opened = before.ends_with(OPEN) || before.ends_with("<em>") || before.ends_with("<i>");
    // A quotation that is a sentence of its own ("Without further adieu.") is speech, used;
    // a cited phrase starts in lower case and closes at once or after a comma.
    let closing = after.strip_prefix(',').unwrap_or(after);
    let closed =
        closing.starts_with(CLOSE) || closing.starts_with("</em>") || closing.starts_with("</i>");
    let lower = text[start..end].starts_with(|c: char| !c.is_uppercase());
    if opened && closed && lower {
        return true;
    }
    // The cue ends right before the match, or before the quotation mark that opens it.
    let lead = ["<em>", "<i>"]
        .iter()
        .find_map(|t| before.strip_suffix(t))
        .or_else(|| before.strip_suffix(OPEN))
        .unwrap_or(before)
        .trim_end();
    let reach = text.floor_char_boundary(lead.len().saturating_sub(24));
    let tail = &text[reach..lead.len()];
    MENTION_CUES.iter().any(|cue| {
        tail.len() >= cue.len()
            && tail.is_char_boundary(tail.len() - cue.len())
            && tail[tail.len() - cue.len()..].eq_ignore_ascii_case(cue)
            && tail[..tail.len() - cue.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !is_word_char(c))
    })
}

/// The literal text of a replacement template, without its `$1` / `${name}` references.
fn template_text(template: &str) -> String {
    let mut out = String::with_capacity(template.len());
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '$' {
            out.push(c);
        } else if chars.peek() == Some(&'$') {
            out.push('$');
            chars.next();
        } else if chars.peek() == Some(&'{') {
            for c in chars.by_ref() {
                if c == '}' {
                    break;
                }
            }
        } else if chars
            .peek()
            .is_some_and(|c| c.is_alphanumeric() || *c == '_')
        {
            while chars
                .next_if(|c| c.is_alphanumeric() || *c == '_')
                .is_some()
            {}
        } else {
            out.push('$');
        }
    }
    out
}

/// In scope, and not overlapping one of the rule's `allows`.
fn applies(rule: &StyleRule, scope: &str, piece: &str, start: usize, end: usize) -> bool {
    if !rule.scope.is_empty() && !rule.scope.iter().any(|s| s == scope) {
        return false;
    }
    if rule.allows.is_empty() {
        return true;
    }
    // The allows are lower-cased in full Unicode when loaded; the text is compared with
    // them one character at a time, lower-cased the same way, so that byte offsets stay
    // those of the piece and an allow with `É` or `Ü` matches as written in any case.
    !rule.allows.iter().any(|a| {
        piece
            .char_indices()
            .filter_map(|(at, _)| caseless_prefix(&piece[at..], a).map(|len| (at, len)))
            .any(|(at, len)| at < end && start < at + len)
    })
}

/// The length in `hay` of a prefix that lower-cases to `lower`, if it starts with one.
fn caseless_prefix(hay: &str, lower: &str) -> Option<usize> {
    if lower.is_empty() {
        return None;
    }
    let mut want = lower.chars();
    for (i, c) in hay.char_indices() {
        for l in c.to_lowercase() {
            if want.next() != Some(l) {
                return None;
            }
        }
        if want.as_str().is_empty() {
            return Some(i + c.len_utf8());
        }
    }
    None
}

fn finding(rule: &StyleRule, span: Span, replacement: Option<String>) -> Finding {
    let d = Finding::new(span, rule.message.clone())
        .data_rule(RuleId::Data(rule.id.clone()), rule.severity);
    match replacement {
        Some(r) => d.suggest(r.clone()).fix(Applicability::Safe, span, r),
        None => d,
    }
}

/// The replacement in the case of the text it replaces: `Alot` → `A lot`, `ALOT` → `A LOT`,
/// `Free Reign` → `Free Rein`. A replacement the rule's author wrote with capitals
/// (`Security Council` for `UNSC`) is kept as written, unless the whole `context` (the run
/// of prose the match is in) is in capitals, as in a shouted headline.
fn match_case(found: &str, replacement: &str, template: &str, context: &str) -> String {
    let written_with_capitals = template.chars().any(char::is_uppercase);
    let letters: Vec<char> = found.chars().filter(|c| c.is_alphabetic()).collect();
    let all_caps = letters.len() > 1 && letters.iter().all(|c| c.is_uppercase());
    if all_caps && (!written_with_capitals || !context.chars().any(char::is_lowercase)) {
        return replacement.to_uppercase();
    }
    if written_with_capitals {
        return replacement.to_string();
    }
    if is_title_case(found) {
        return title_case(found, replacement);
    }
    if letters.first().is_some_and(|c| c.is_uppercase()) {
        return capitalise(replacement);
    }
    replacement.to_string()
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn alphabetic_words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
}

/// Two or more capitalised words, and no other words than short ones in lower case: a
/// title-case headline ("Generals Given Free Reign", "Case and Point").
fn is_title_case(found: &str) -> bool {
    let mut capitalised = 0;
    for w in alphabetic_words(found) {
        if w.starts_with(char::is_uppercase) {
            capitalised += 1;
        } else if !TITLE_SMALL_WORDS.contains(&w) {
            return false;
        }
    }
    capitalised >= 2
}

/// Each word of `replacement` in title case: as it was written in `found` when it was there
/// ("Tow The Party Line" → "Toe The Party Line"), short words in lower case, others capitalised.
fn title_case(found: &str, replacement: &str) -> String {
    let mut out = String::with_capacity(replacement.len());
    let mut first = true;
    let mut rest = replacement;
    while let Some(start) = rest.find(char::is_alphabetic) {
        out.push_str(&rest[..start]);
        let len = rest[start..]
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len() - start);
        let word = &rest[start..start + len];
        if let Some(same) = alphabetic_words(found).find(|w| w.eq_ignore_ascii_case(word)) {
            out.push_str(same);
        } else if !first && TITLE_SMALL_WORDS.contains(&word) {
            out.push_str(word);
        } else {
            out.push_str(&capitalise(word));
        }
        first = false;
        rest = &rest[start + len..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::HouseStyle;
    use crate::rules::test_util::{assert_clean, assert_flags, fixed};

    #[test]
    fn built_in_words_and_patterns() {
        assert_flags(&HouseStyle, "We had alot of rain.", &["alot"]);
        assert_flags(
            &HouseStyle,
            "He should of known better.",
            &["should of known"],
        );
        assert_clean(
            &HouseStyle,
            "He should of course have known. Officials allotted more.",
        );
    }

    #[test]
    fn a_phrase_cited_as_a_phrase_is_not_flagged() {
        // An essay on usage or a style guide cites the phrases the sheet bans.
        assert_clean(
            &HouseStyle,
            "For example, toe the line is sometimes written as tow the line.",
        );
        assert_clean(
            &HouseStyle,
            "Avoid \u{201c}irregardless\u{201d}; write regardless instead of irregardless.",
        );
        assert_clean(
            &HouseStyle,
            "Readers wrote in about *alot* and \"free reign\".",
        );
        assert_clean(&HouseStyle, "The phrase <em>could of</em> is a mishearing.");
        // Used, not cited: still flagged, also next to a quotation.
        assert_flags(
            &HouseStyle,
            "He said \"it was alot\" and the board had free reign.",
            &["alot", "free reign"],
        );
        assert_flags(
            &HouseStyle,
            "The fruit was spelled out on a sign: alot of apples.",
            &["alot"],
        );
    }

    #[test]
    fn every_built_in_example_behaves() {
        let (rules, examples, failures) =
            crate::engine::run_examples(&crate::config::Config::default());
        assert!(
            rules >= 30 && examples >= 100,
            "{rules} rules, {examples} examples"
        );
        assert!(failures.is_empty(), "{failures:#?}");
    }

    #[test]
    fn issue_17_an_allow_with_a_non_ascii_letter_matches_in_any_case() {
        use crate::config::Config;
        use crate::engine::Engine;
        let cfg = "[[rule]]\nid = \"house/muller\"\nwords = [\"Muller\"]\n\
                   message = \"write `Müller`\"\nallows = [\"Élise Muller\"]\n";
        let config = Config::parse(std::path::Path::new("copydesk.toml"), cfg).unwrap();
        let engine = Engine::new(&config, &["house-style".into()], &[]).unwrap();
        let text = "Élise Muller met Thomas Muller. ÉLISE MULLER left.";
        let source = crate::source::SourceFile::new("a.txt", text);
        let found: Vec<usize> = engine
            .check_source(&source, crate::doc::Format::Plain)
            .iter()
            .filter(|d| d.rule == "house/muller")
            .map(|d| d.span.start())
            .collect();
        assert_eq!(found, vec![text.find("Thomas").unwrap() + 7]);
        assert_eq!(
            super::caseless_prefix("ÉLISE MULLER left", "élise muller"),
            Some(13)
        );
        assert_eq!(super::caseless_prefix("Élise", "élise muller"), None);
    }

    #[test]
    fn fixes_keep_case() {
        assert_eq!(
            fixed(&HouseStyle, "Alot has changed."),
            "A lot has changed."
        );
        assert_eq!(fixed(&HouseStyle, "We could of won."), "We could have won.");
    }

    #[test]
    fn pattern_fixes_keep_all_caps_and_title_case_headlines() {
        assert_eq!(
            fixed(&HouseStyle, "COUNCIL GIVES GENERALS FREE REIGN"),
            "COUNCIL GIVES GENERALS FREE REIN"
        );
        assert_eq!(
            fixed(&HouseStyle, "Senators Tow The Party Line On Tariffs"),
            "Senators Toe The Party Line On Tariffs"
        );
        assert_eq!(
            fixed(&HouseStyle, "Deal Dead For All Intensive Purposes"),
            "Deal Dead For All Intents and Purposes"
        );
        // Sentence case is kept: only the first letter follows the match.
        assert_eq!(
            fixed(
                &HouseStyle,
                "Free reign for the generals. Tow the party line."
            ),
            "Free rein for the generals. Toe the party line."
        );
    }

    #[test]
    fn a_replacement_written_with_capitals_is_kept_as_written() {
        use super::match_case;
        let council = "Security Council";
        assert_eq!(
            match_case("UNSC", council, council, "The UNSC met."),
            council
        );
        assert_eq!(
            match_case("unsc", council, council, "the unsc met"),
            council
        );
        assert_eq!(
            match_case("UNSC", council, council, "UNSC MEETS ON SYRIA"),
            "SECURITY COUNCIL"
        );
        assert_eq!(
            match_case("ALOT", "a lot", "a lot", "We had ALOT."),
            "A LOT"
        );
        assert_eq!(
            super::template_text("${1}oe${2} the $3line $$5 $ US"),
            "oe the  $5 $ US"
        );
    }
}
