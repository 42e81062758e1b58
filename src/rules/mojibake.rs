use crate::diagnostic::{Applicability, Finding};
use crate::doc::{Document, Format};
use crate::rules::{Context, Rule, RuleMeta, declare_rule};
use crate::span::Span;
use crate::text::{cp1252, entity};

declare_rule! {
    /// ## What it checks
    /// Text damaged by reading UTF-8 as Windows-1252 or Latin-1: "Â£3.9bn" for "£3.9bn",
    /// "donâ€™t" for "don’t", "â€œpeacefulâ€\u{9d}" for "“peaceful”", "CafÃ©" for "Café",
    /// "MÃ¼ller" for "Müller" — and the same damage done twice ("Ã¢â‚¬â„¢" for "’").
    ///
    /// A run of characters is reported only when writing it back as Windows-1252 (or
    /// Latin-1) bytes gives valid UTF-8 for a character that belongs in copy: a letter of a
    /// Latin alphabet, a quotation mark or dash, a currency sign, or a run of two or more
    /// characters of another script. One finding per damaged run, with the repair.
    ///
    /// In plain text, an HTML character reference inside a word ("caf&#233;",
    /// "communiqu&eacute;", "don&#8217;t") is debris of the same kind: a CMS export that
    /// escaped what it should have decoded. It is reported with the character it stands for.
    ///
    /// ## Why it matters
    /// One wrong encoding on the way from a wire feed or a CMS export turns every pound
    /// sign and apostrophe into debris — "Â£" sat in nearly every money figure of a public
    /// archive of BBC copy. Readers notice at once; spell-checkers do not.
    ///
    /// ## Example
    /// ```text
    /// The deal is worth Â£3.9bn, the minister said, but it isnâ€™t signed.
    /// ```
    ///
    /// ## Not flagged
    /// - real letters: "SÃO PAULO", "ÎNTÂLNIRE" (Romanian), "Âu Lạc" (Vietnamese),
    ///   "Ça va", "Äußerung" — an `Ã` or `Â` before an ordinary letter is no UTF-8 sequence;
    /// - accented capitals before punctuation ("L’ÉTÉ”"), and a lone character of another
    ///   script that a stray pair of symbols could spell: only Latin letters, punctuation
    ///   and currency are repaired from a single sequence;
    /// - code, URLs and markup;
    /// - character references in Markdown and HTML, where they are markup, and in plain text
    ///   outside words ("AT&T", "R&amp;D" in a note about escaping is still prose: only a
    ///   reference with a letter right before or after it, that decodes to a letter or an
    ///   apostrophe, is reported).
    ///
    /// ## Options
    /// None.
    ///
    /// ## Fix safety
    /// Safe: the bytes decode to exactly one text, which replaces the damaged run.
    pub(crate) struct Mojibake {
        id: "mojibake",
        severity: Error,
        summary: "text damaged by a wrong encoding (\"Â£\", \"â€™\", \"Ã©\")",
        fix: Safe,
        options: [],
        languages: Any,
    }
}

impl Rule for Mojibake {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>) {
        let text = doc.text();
        if doc.format == Format::Plain && text.contains('&') {
            references_in_words(text, cx);
        }
        for run in &doc.runs {
            let piece = &text[run.span.range()];
            if piece.is_ascii() {
                continue;
            }
            for (s, e, repaired) in damaged(piece) {
                let span = Span::new(run.span.start() + s, run.span.start() + e);
                let bad = &piece[s..e];
                cx.report(
                    Finding::new(
                        span,
                        format!(
                            "`{}` is {} garbled by a wrong encoding",
                            show(bad),
                            describe(&repaired)
                        ),
                    )
                    .suggest(repaired.clone())
                    .fix(Applicability::Safe, span, repaired),
                );
            }
        }
    }
}

/// Reports the character references of plain text that sit inside a word.
fn references_in_words(text: &str, cx: &mut Context<'_>) {
    let mut from = 0;
    while let Some(i) = text[from..].find('&') {
        let at = from + i;
        from = at + 1;
        let Some((c, len)) = entity::decode_at(&text[at..]) else {
            continue;
        };
        let letter_before = text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic);
        let letter_after = text[at + len..]
            .chars()
            .next()
            .is_some_and(char::is_alphabetic);
        let apostrophe = matches!(c, '’' | '\'');
        let fits = c.is_alphabetic() && (letter_before || letter_after)
            || apostrophe && letter_before && letter_after;
        if !fits {
            continue;
        }
        let span = Span::new(at, at + len);
        let repaired = c.to_string();
        cx.report(
            Finding::new(
                span,
                format!(
                    "`{}` is a character reference left in plain text",
                    &text[at..at + len]
                ),
            )
            .help(format!("write `{c}`"))
            .suggest(repaired.clone())
            .fix(Applicability::Safe, span, repaired),
        );
        from = at + len;
    }
}

/// The damaged runs in `s`: byte range and repaired text.
fn damaged(s: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < s.len() {
        if bytes[i] < 0x80 {
            i += 1;
            continue;
        }
        // The stretch of characters that a single-byte decoder could have produced.
        let start = i;
        let mut chars: Vec<(usize, u8)> = Vec::new();
        for (off, c) in s[i..].char_indices() {
            match cp1252::encode_high(c) {
                Some(b) => chars.push((start + off, b)),
                None => break,
            }
        }
        if chars.is_empty() {
            i += s[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let stretch_end = chars.last().map_or(start, |&(at, _)| {
            at + s[at..].chars().next().map_or(1, char::len_utf8)
        });
        let raw: Vec<u8> = chars.iter().map(|&(_, b)| b).collect();
        // Within it, the sequences that are UTF-8; neighbouring ones make one run.
        let mut k = 0;
        while k < raw.len() {
            let mut end = k;
            let mut decoded = String::new();
            let mut count = 0;
            while let Some((c, n)) = utf8_at(&raw[end..]) {
                decoded.push(c);
                end += n;
                count += 1;
            }
            if count == 0 {
                k += 1;
                continue;
            }
            let repaired = repair_again(decoded);
            if plausible(&repaired, count) {
                let from = chars[k].0;
                let to = chars.get(end).map_or(stretch_end, |&(at, _)| at);
                out.push((from, to, repaired));
                k = end;
            } else {
                k += 1;
            }
        }
        i = stretch_end;
    }
    out
}

/// One UTF-8 sequence of two to four bytes at the start of `b`, as its character.
fn utf8_at(b: &[u8]) -> Option<(char, usize)> {
    let n = match *b.first()? {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let seq = b.get(..n)?;
    let c = std::str::from_utf8(seq).ok()?.chars().next()?;
    Some((c, n))
}

/// Damage done twice ("Ã¢â‚¬â„¢" → "â€™" → "’"): repair again while the result is itself
/// wholly a damaged run.
fn repair_again(mut text: String) -> String {
    for _ in 0..2 {
        let Some(bytes) = text
            .chars()
            .map(cp1252::encode_high)
            .collect::<Option<Vec<u8>>>()
        else {
            break;
        };
        match String::from_utf8(bytes) {
            Ok(again) if again.chars().all(|c| !c.is_control()) && plausible(&again, 1) => {
                text = again;
            }
            _ => break,
        }
    }
    text
}

/// Would a writer have typed this? Latin letters, punctuation, currency and emoji from a
/// single sequence; another script only from two or more in a row.
fn plausible(repaired: &str, sequences: usize) -> bool {
    repaired.chars().all(|c| {
        let n = c as u32;
        let latin = matches!(n,
            0xA0..=0xFF
            | 0x100..=0x17F
            // Of Latin Extended-B only Romanian ș ț and pinyin ǎ ǐ ǒ ǔ: an accented capital
            // before a symbol ("Ç…") spells the rest of the block by accident.
            | 0x1CD..=0x1DC
            | 0x218..=0x21B
            | 0x1E00..=0x1EFF
            | 0x2010..=0x2027
            | 0x2030..=0x205E
            | 0x20A0..=0x20C0
            | 0x2122
            | 0x2190..=0x2193
            | 0x1F300..=0x1FAFF);
        let script = matches!(n,
            0x370..=0x3FF
            | 0x400..=0x4FF
            | 0x5D0..=0x5EA
            | 0x600..=0x6FF
            | 0x3040..=0x30FF
            | 0x3400..=0x9FFF
            | 0xAC00..=0xD7AF
            | 0xFF01..=0xFF5E);
        latin || (script && sequences >= 2)
    })
}

/// The damaged text as shown in a message: invisible characters named.
fn show(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{a0}' => "\u{2423}".to_string(),
            c if c.is_control() => format!("\\u{{{:x}}}", c as u32),
            c => c.to_string(),
        })
        .collect()
}

fn describe(repaired: &str) -> String {
    match repaired {
        "\u{a0}" => "a no-break space".to_string(),
        r => format!("`{}`", show(r)),
    }
}

#[cfg(test)]
mod tests {
    use super::{Mojibake, damaged};
    use crate::rules::test_util::{assert_clean, assert_flags, fixed};

    fn repairs(s: &str) -> Vec<String> {
        damaged(s).into_iter().map(|(_, _, r)| r).collect()
    }

    #[test]
    fn repairs_money_quotes_apostrophes_and_names() {
        assert_eq!(repairs("Â£3.9bn"), ["£"]);
        assert_eq!(repairs("donâ€™t"), ["’"]);
        assert_eq!(repairs("â€œpeace,â€\u{9d} he said"), ["“", "”"]);
        assert_eq!(repairs("CafÃ© MÃ¼ller"), ["é", "ü"]);
        assert_eq!(repairs("20Â\u{a0}km"), ["\u{a0}"]);
        assert_eq!(repairs("Ã¢â‚¬â„¢"), ["’"], "double damage");
        assert_eq!(repairs("ä¸\u{AD}æ–‡"), ["中文"]);
        assert_eq!(repairs("Cafés and façades"), Vec::<String>::new());
    }

    #[test]
    fn flags_and_fixes() {
        let text = "The deal is worth Â£3.9bn, but it isnâ€™t signed, said CafÃ© owner.";
        assert_flags(&Mojibake, text, &["Â£", "â€™", "Ã©"]);
        assert_eq!(
            fixed(&Mojibake, text),
            "The deal is worth £3.9bn, but it isn’t signed, said Café owner."
        );
    }

    #[test]
    fn real_words_are_left_alone() {
        assert_clean(
            &Mojibake,
            "SÃO PAULO — Protesters gathered in SÃO PAULO on Monday.",
        );
        assert_clean(
            &Mojibake,
            "ÎNTÂLNIRE LA BUCUREŞTI; Âu Lạc; Ça va; Äußerung; Straße»",
        );
        assert_clean(&Mojibake, "« C’est l’été » and “L’ÉTÉ” and the 5×² sign");
        assert_clean(&Mojibake, "« l’été\u{a0}» »");
    }

    #[test]
    fn character_references_in_plain_text_words() {
        use crate::doc::Format;
        use crate::rules::test_util::run;
        let text = "the caf&#233; and the communiqu&eacute;, don&#8217;t; AT&T and R&D, 5 &amp; 6";
        let d = run(&Mojibake, text, Format::Plain);
        let got: Vec<&str> = d.iter().map(|d| &text[d.span.range()]).collect();
        assert_eq!(got, ["&#233;", "&eacute;", "&#8217;"]);
        assert_eq!(d[0].suggestions, ["é"]);
        assert!(run(&Mojibake, text, Format::Markdown).is_empty());
    }
}
