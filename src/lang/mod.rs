//! Languages: which language a document is written in, and which of its passages are in
//! another one, so that rules that read English (spelling, list syntax) skip text they
//! cannot judge.
//!
//! A document's language comes, first to last, from what it declares (front matter `lang`,
//! `language` or `locale`; the HTML `lang` attribute), a configured path pattern
//! (`[language-paths]`), detection on its prose, or the configured default (`languages`,
//! English unless set). Detection reads only the prose — masked tags, code and front matter
//! are left out — and is careful: a text must be long enough, and only a text with few
//! English function words is given to the statistical detector (`whatlang`), whose answer
//! counts only when it is sure. A short English note is never called Spanish; a Spanish post
//! is. Paragraphs, list items and quotes inside a document are judged the same way, so that a
//! Spanish block quote in an English article is skipped by English-only rules and the rest of
//! the article is still checked.

use whatlang::Lang;

use crate::doc::{BlockKind, Document};
use crate::span::Span;

mod lines;
use lines::{glossed_parts, short_lines, within};

/// A language copydesk can name: one of those `whatlang` detects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Language(Lang);

/// ISO 639-1 codes of the languages `whatlang` knows.
const CODES: &[(Lang, &str)] = &[
    (Lang::Epo, "eo"),
    (Lang::Eng, "en"),
    (Lang::Rus, "ru"),
    (Lang::Cmn, "zh"),
    (Lang::Spa, "es"),
    (Lang::Por, "pt"),
    (Lang::Ita, "it"),
    (Lang::Ben, "bn"),
    (Lang::Fra, "fr"),
    (Lang::Deu, "de"),
    (Lang::Ukr, "uk"),
    (Lang::Kat, "ka"),
    (Lang::Ara, "ar"),
    (Lang::Hin, "hi"),
    (Lang::Jpn, "ja"),
    (Lang::Heb, "he"),
    (Lang::Yid, "yi"),
    (Lang::Pol, "pl"),
    (Lang::Amh, "am"),
    (Lang::Jav, "jv"),
    (Lang::Kor, "ko"),
    (Lang::Nob, "nb"),
    (Lang::Dan, "da"),
    (Lang::Swe, "sv"),
    (Lang::Fin, "fi"),
    (Lang::Tur, "tr"),
    (Lang::Nld, "nl"),
    (Lang::Hun, "hu"),
    (Lang::Ces, "cs"),
    (Lang::Ell, "el"),
    (Lang::Bul, "bg"),
    (Lang::Bel, "be"),
    (Lang::Mar, "mr"),
    (Lang::Kan, "kn"),
    (Lang::Ron, "ro"),
    (Lang::Slv, "sl"),
    (Lang::Hrv, "hr"),
    (Lang::Srp, "sr"),
    (Lang::Mkd, "mk"),
    (Lang::Lit, "lt"),
    (Lang::Lav, "lv"),
    (Lang::Est, "et"),
    (Lang::Tam, "ta"),
    (Lang::Vie, "vi"),
    (Lang::Urd, "ur"),
    (Lang::Tha, "th"),
    (Lang::Guj, "gu"),
    (Lang::Uzb, "uz"),
    (Lang::Pan, "pa"),
    (Lang::Aze, "az"),
    (Lang::Ind, "id"),
    (Lang::Tel, "te"),
    (Lang::Pes, "fa"),
    (Lang::Mal, "ml"),
    (Lang::Ori, "or"),
    (Lang::Mya, "my"),
    (Lang::Nep, "ne"),
    (Lang::Sin, "si"),
    (Lang::Khm, "km"),
    (Lang::Tuk, "tk"),
    (Lang::Aka, "ak"),
    (Lang::Zul, "zu"),
    (Lang::Sna, "sn"),
    (Lang::Afr, "af"),
    (Lang::Lat, "la"),
    (Lang::Slk, "sk"),
    (Lang::Cat, "ca"),
    (Lang::Tgl, "tl"),
    (Lang::Hye, "hy"),
    (Lang::Cym, "cy"),
];

impl Language {
    pub const ENGLISH: Language = Language(Lang::Eng);

    /// A language tag as written in front matter, an HTML `lang` attribute or the config:
    /// `es`, `es-MX`, `es_ES`, `spa`, `ES`. `None` for a tag copydesk does not know.
    pub fn parse(tag: &str) -> Option<Language> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.len() {
            2 => CODES
                .iter()
                .find(|(_, c)| *c == primary)
                .map(|(l, _)| Language(*l))
                .or_else(|| (primary == "no").then_some(Language(Lang::Nob))),
            3 => Lang::from_code(primary).map(Language),
            _ => None,
        }
    }

    /// The ISO 639-1 code (`es`).
    pub fn code(self) -> &'static str {
        CODES
            .iter()
            .find(|(l, _)| *l == self.0)
            .map_or_else(|| self.0.code(), |(_, c)| c)
    }

    /// The English name (`Spanish`).
    pub fn name(self) -> &'static str {
        self.0.eng_name()
    }

    pub fn is_english(self) -> bool {
        self == Language::ENGLISH
    }

    /// Every code copydesk knows, for "did you mean" in config errors.
    pub fn codes() -> impl Iterator<Item = &'static str> {
        CODES.iter().map(|(_, c)| *c)
    }
}

/// The languages of a run, from the config.
#[derive(Clone, Debug)]
pub struct Settings {
    /// The language of a document that declares none and is too short or unclear to tell.
    pub default: Language,
    /// When the config lists more than one language, detection chooses among them only.
    pub allow: Vec<Language>,
    /// Path patterns with their language (`[language-paths]`), in the config's order.
    pub paths: Vec<(ignore::overrides::Override, Language)>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            default: Language::ENGLISH,
            allow: Vec::new(),
            paths: Vec::new(),
        }
    }
}

impl Settings {
    /// The language the config gives `path` by pattern.
    fn for_path(&self, path: &std::path::Path) -> Option<Language> {
        let rel = path.strip_prefix("./").unwrap_or(path);
        self.paths
            .iter()
            .find(|(o, _)| o.matched(rel, false).is_whitelist())
            .map(|(_, l)| *l)
    }
}

/// Where a document's language came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// Front matter or the HTML `lang` attribute.
    Declared,
    /// A `[language-paths]` pattern.
    Path,
    /// Detected on the prose.
    Detected,
    /// Nothing said otherwise: the configured default.
    Default,
}

/// The language of a document and the passages written in another language.
#[derive(Clone, Debug)]
pub struct Languages {
    pub language: Language,
    pub source: Source,
    /// Blocks (paragraphs, list items, quotes, table cells) in a language other than English,
    /// sorted, in a document that is in English; and, in a document that has such blocks,
    /// the short lines in that language ("Completo, extensivo, amplio. **Avoid**
    /// comprensivo" in a glossary) and pieces of lines ("seno; pecho; mama (this word …)").
    /// In a document in another language, the pieces of its English passages in that
    /// language.
    pub foreign: Vec<(Span, Language)>,
    /// Blocks in English, sorted, in a document in another language: English rules check
    /// these and nothing else of the document.
    pub english: Vec<Span>,
}

impl Languages {
    /// True when `span` starts inside a passage in another language than English.
    pub fn is_foreign(&self, span: Span) -> bool {
        let i = self.foreign.partition_point(|(s, _)| s.end <= span.start);
        self.foreign
            .get(i)
            .is_some_and(|(s, _)| s.start <= span.start && span.start < s.end)
    }

    /// True when `span` starts inside an English passage of a document in another language.
    pub fn is_english_passage(&self, span: Span) -> bool {
        let i = self.english.partition_point(|s| s.end <= span.start);
        self.english
            .get(i)
            .is_some_and(|s| s.start <= span.start && span.start < s.end)
    }
}

/// A document needs this many words before detection may call it another language.
const MIN_DOCUMENT_WORDS: usize = 20;
/// A block needs this many words before detection may call it another language.
const MIN_BLOCK_WORDS: usize = 8;
/// A text with at least this share of English function words is English; the detector is
/// not asked.
const ENGLISH_SHARE: f64 = 0.08;
/// The detector's confidence (0 to 1) needed to call a text another language.
const MIN_CONFIDENCE: f64 = 0.5;
/// How much of a document's prose is given to the detector.
const SAMPLE_BYTES: usize = 16 * 1024;

/// The languages of `doc` under `settings`.
pub fn of_document(doc: &Document<'_>, settings: &Settings) -> Languages {
    let declared = doc.meta.language.as_deref().and_then(Language::parse);
    let (language, source) = if let Some(l) = declared {
        (l, Source::Declared)
    } else if let Some(l) = settings.for_path(doc.source.path()) {
        (l, Source::Path)
    } else {
        match detect(doc, 0..doc.words.len(), MIN_DOCUMENT_WORDS, settings, false) {
            Some(l) => (l, Source::Detected),
            None => (settings.default, Source::Default),
        }
    };
    let mut foreign = Vec::new();
    let mut english = Vec::new();
    for (id, b) in doc.leaves() {
        let prose = matches!(
            b.kind,
            BlockKind::Paragraph
                | BlockKind::Quote
                | BlockKind::ListItem { .. }
                | BlockKind::TableCell
                | BlockKind::Caption(_)
        );
        let Some(span) = doc.prose_span(id).filter(|_| prose) else {
            continue;
        };
        // In an English document only another language counts: a block whose words the
        // English lists know is not given to the detector.
        let found = detect(
            doc,
            b.words(),
            MIN_BLOCK_WORDS,
            settings,
            language.is_english(),
        );
        if language.is_english() {
            if let Some(l) = found.filter(|l| !l.is_english()) {
                foreign.push((span.cover(b.span), l));
            }
        } else if found.is_some_and(Language::is_english) && english_block(doc, b.words(), language)
        {
            english.push(span.cover(b.span));
        }
    }
    if language.is_english() {
        let other = foreign.first().map(|&(_, l)| l);
        let lines = short_lines(doc, &foreign, other);
        foreign.extend(lines);
        let other = other.or_else(|| foreign.first().map(|&(_, l)| l));
        let parts = glossed_parts(doc, |at| !within(&foreign, at), other, true);
        foreign.extend(parts);
    } else if !english.is_empty() {
        // The document's own language in pieces of its English passages ("seno; pecho;
        // mama (this word is considered offensive by some)").
        let english = english.iter().map(|&s| (s, language)).collect::<Vec<_>>();
        foreign = glossed_parts(doc, |at| within(&english, at), Some(language), false);
    }
    foreign.sort_by_key(|(s, _)| s.start);
    english.sort_by_key(|s| s.start);
    Languages {
        language,
        source,
        foreign,
        english,
    }
}

/// A text needs this share of English function words to be English inside a document in
/// another language, where a quoted English name ("The Washington Post") is common.
const ENGLISH_BLOCK_SHARE: f64 = 0.15;

/// Whether a block that [`detect`] calls English inside a document in `language` really is:
/// many English function words, or the detector, choosing between the two, says English.
fn english_block(doc: &Document<'_>, words: std::ops::Range<usize>, language: Language) -> bool {
    let n = words.len();
    let markers = words
        .clone()
        .filter(|&i| is_english_marker(doc.word_text(i)))
        .count();
    if markers as f64 >= ENGLISH_BLOCK_SHARE * n as f64 {
        return true;
    }
    let sample: Vec<String> = words.map(|i| doc.word_str(i).to_string()).collect();
    whatlang::Detector::with_allowlist(vec![Lang::Eng, language.0])
        .detect(&sample.join(" "))
        .is_some_and(|info| info.lang() == Lang::Eng && info.is_reliable())
}

/// The language of the words `words` of `doc`, when there are enough of them and either
/// English function words are common (English) or the detector is sure. `foreign_only`:
/// the caller asks only whether the words are in another language than English, so words
/// the English lists know ([`listed_english`]) are not given to the detector, and `None`
/// stands for English too.
fn detect(
    doc: &Document<'_>,
    words: std::ops::Range<usize>,
    min_words: usize,
    settings: &Settings,
    foreign_only: bool,
) -> Option<Language> {
    let n = words.len();
    if n < min_words {
        return None;
    }
    let english = words
        .clone()
        .filter(|&i| is_english_marker(doc.word_text(i)))
        .count();
    if english as f64 >= ENGLISH_SHARE * n as f64 {
        return Some(Language::ENGLISH);
    }
    if foreign_only && listed_english(doc, words.clone()) {
        return None;
    }
    // The words themselves, one space apart: masked text is never among them, and the
    // detector reads words, not punctuation.
    let mut sample = String::new();
    for i in words {
        sample.push_str(&doc.word_str(i));
        sample.push(' ');
        if sample.len() > SAMPLE_BYTES {
            break;
        }
    }
    let info = if settings.allow.len() > 1 {
        whatlang::Detector::with_allowlist(settings.allow.iter().map(|l| l.0).collect())
            .detect(&sample)
    } else {
        whatlang::detect(&sample)
    }?;
    (info.is_reliable() && info.confidence() >= MIN_CONFIDENCE).then_some(Language(info.lang()))
}

/// A text whose lower-case words of three letters or more are at least this share in the
/// English lists reads as English without the detector.
const LISTED_SHARE: f64 = 0.9;
/// ... when it has at least this many such words; with fewer, all of them listed, it has
/// no words to tell a language by, and is not given to the detector either.
const MIN_LISTED_WORDS: usize = 4;

/// Whether the lower-case words of `words` (three letters or more: "de", "la", "en" are
/// in the English lists too) are nearly all in the common English lists. Most blocks the
/// detector is asked about are photo captions with few function words ("Rahul Silva, left,
/// shakes hands with Grace Lindqvist in London"): their lower-case words are English,
/// their capitalised ones names, which are left out. A passage in another language has
/// far fewer of its lower-case words in the lists (a third to two thirds in the Spanish,
/// French, German and Romanian passages of the tests and `tests/corpus/real/tune`), so it
/// still goes to the detector. Looking the words up costs a few hundred instructions a
/// word; the detector about half a million a call.
fn listed_english(doc: &Document<'_>, words: std::ops::Range<usize>) -> bool {
    let (mut lower, mut listed) = (0usize, 0usize);
    for i in words {
        let w = doc.word_text(i);
        if w.len() < 3 || !w.chars().next().is_some_and(char::is_lowercase) {
            continue;
        }
        lower += 1;
        listed += usize::from(crate::spell::lookup(doc.word_key(i)).is_some());
    }
    // (Fewer lower-case words than that, all listed: names and labels, a fact box's
    // "Members: Armenia, Belarus, …", which tell no language; the detector names one all
    // the same. One unlisted word among them, "se reunieron en Madrid", is evidence.)
    (lower < MIN_LISTED_WORDS && listed == lower)
        || (lower >= MIN_LISTED_WORDS && listed as f64 >= LISTED_SHARE * lower as f64)
}

/// Short words that are common in any English text and rare as words of the other Latin
/// script languages (so "a", "in", "on", "die" are not among them).
pub(crate) fn is_english_marker(word: &str) -> bool {
    // Asked of every word of every block: folded into a small buffer and matched, rather
    // than compared with each marker in turn.
    let b = word.as_bytes();
    if b.len() < 2 || b.len() > 5 {
        return false;
    }
    let mut low = [0u8; 5];
    for (l, c) in low.iter_mut().zip(b) {
        *l = c.to_ascii_lowercase();
    }
    matches!(
        &low[..b.len()],
        b"the"
            | b"and"
            | b"of"
            | b"to"
            | b"is"
            | b"that"
            | b"with"
            | b"for"
            | b"this"
            | b"was"
            | b"are"
            | b"be"
            | b"have"
            | b"has"
            | b"it"
            | b"you"
            | b"we"
            | b"they"
            | b"from"
            | b"by"
            | b"not"
            | b"at"
            | b"will"
            | b"or"
            | b"which"
            | b"their"
            | b"our"
            | b"your"
            | b"been"
            | b"were"
            | b"would"
            | b"can"
            | b"about"
            | b"what"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Format;
    use crate::source::SourceFile;

    fn langs(text: &str) -> Languages {
        let src = SourceFile::new("t.md", text);
        let doc = crate::parse::parse(&src, Format::Markdown);
        of_document(&doc, &Settings::default())
    }

    #[test]
    fn english_markers_are_matched_whole_in_any_case_and_ascii_only() {
        for w in ["the", "The", "THE", "of", "which", "About", "what"] {
            assert!(is_english_marker(w), "{w}");
        }
        for w in [
            "",
            "a",
            "th",
            "thee",
            "theirs",
            "óf",
            "the\u{301}",
            "whichever",
            "in",
        ] {
            assert!(!is_english_marker(w), "{w}");
        }
    }

    #[test]
    fn listed_english_words_skip_the_detector_and_another_language_does_not() {
        let listed = |text: &str| {
            let src = SourceFile::new("t.md", text);
            let doc = crate::parse::parse(&src, Format::Markdown);
            listed_english(&doc, 0..doc.words.len())
        };
        assert!(listed(
            "Rahul Silva, left, shakes hands with Grace Lindqvist in London on May 18, 2020.\n"
        ));
        assert!(!listed(
            "Por fin entiendo qué documentos necesito y cuándo tengo que enviarlos a la oficina.\n"
        ));
        assert!(!listed(
            "Nous remercions les bénévoles qui ont relu ces pages avant leur publication.\n"
        ));
        // Too few lower-case words to tell a language by: names, not evidence, and the
        // detector is not asked.
        assert!(listed("Rahul Silva and Grace Lindqvist in London.\n"));
        assert!(listed(
            "Members: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan\n"
        ));
        // (An unlisted word among a few is evidence: the detector is asked.)
        assert!(!listed(
            "José María Aznar y el señor Rajoy se reunieron en Madrid el miércoles.\n"
        ));
    }

    #[test]
    fn tags_are_read_with_region_and_either_separator() {
        assert_eq!(Language::parse("es-MX").map(Language::code), Some("es"));
        assert_eq!(Language::parse("fr_FR").map(Language::name), Some("French"));
        assert_eq!(Language::parse("deu").map(Language::code), Some("de"));
        assert_eq!(Language::parse("EN"), Some(Language::ENGLISH));
        assert_eq!(Language::parse("xx"), None);
        assert_eq!(Language::parse(""), None);
    }

    #[test]
    fn a_spanish_post_is_detected() {
        let l = langs(
            "Trabajo como ingeniero en una oficina del gobierno. Todos los días reviso los \
             proyectos del equipo, participo en reuniones con otras agencias y ayudo a \
             construir servicios digitales para las personas que los necesitan.\n",
        );
        assert_eq!(l.language.code(), "es");
        assert_eq!(l.source, Source::Detected);
    }

    #[test]
    fn a_short_english_note_is_never_another_language() {
        for text in [
            "Meeting notes: budget review, hiring plan, Q3 targets.\n",
            "Agenda: presentaciones, café, preguntas.\n",
            "Thanks to everyone who came to the meetup on Tuesday.\n",
        ] {
            assert_eq!(langs(text).language, Language::ENGLISH, "{text}");
        }
    }

    #[test]
    fn declared_language_comes_first() {
        let l = langs(
            "---\nlang: de\n---\n\nThe whole of this text is in English, as it happens, and long enough to tell.\n",
        );
        assert_eq!(l.language.code(), "de");
        assert_eq!(l.source, Source::Declared);
    }

    #[test]
    fn a_foreign_paragraph_in_an_english_article_is_found() {
        let text = "The mayor spoke to reporters on Monday about the new budget and what it \
                    would mean for the city's schools.\n\n\
                    > Estamos muy contentos con el resultado de la votación y vamos a seguir \
                    trabajando por los vecinos.\n\n\
                    She said the plan would be voted on next week.\n";
        let l = langs(text);
        assert!(l.language.is_english());
        assert_eq!(l.foreign.len(), 1, "{:?}", l.foreign);
        let (span, lang) = l.foreign[0];
        assert_eq!(lang.code(), "es");
        assert!(text[span.range()].starts_with("Estamos"));
        assert!(text[span.range()].ends_with("vecinos."));
    }

    #[test]
    fn an_english_paragraph_in_a_spanish_post_is_found() {
        let text = "---\nlang: es\n---\n\nTrabajo como diseñadora de servicios en una oficina del gobierno federal. \
                    Cada semana entrevisto a personas que usan nuestros formularios y preparo \
                    prototipos para probar con usuarios reales.\n\n\
                    This paragraph is in English for the readers who asked for it, and the \
                    team tests every page with real people.\n\n\
                    Lo más importante para mí es escuchar a las personas y construir servicios \
                    más sencillos para todos. Cuando entendemos sus necesidades, podemos \
                    mejorar cada formulario, cada página y cada carta que enviamos desde la \
                    oficina a las familias del país.\n";
        let l = langs(text);
        assert_eq!(l.language.code(), "es");
        assert_eq!(l.english.len(), 1, "{:?}", l.english);
        assert!(text[l.english[0].range()].starts_with("This paragraph"));
        assert!(l.foreign.is_empty());
    }

    #[test]
    fn short_lines_of_a_bilingual_glossary_are_found_and_english_notes_are_not() {
        let text = "This glossary lists English terms that are often translated badly, with the \
                    Spanish words we prefer.\n\n\
                    **Comprehensive**:<br />\n_Completo, extensivo, amplio. **Avoid** comprensivo_\n\n\
                    **Directions**:<br />\n_Instrucciones, indicaciones. **Avoid** direcciones_\n\n\
                    **Fact sheet**:<br />\n_Hoja de datos, planilla de datos_\n\n\
                    **Launch**:<br />\n_Lanzar, inaugurar, estrenar, poner en marcha_\n";
        let l = langs(text);
        assert!(l.language.is_english());
        let found: Vec<&str> = l.foreign.iter().map(|(s, _)| &text[s.range()]).collect();
        assert_eq!(found.len(), 4, "{found:?}");
        assert!(found[0].starts_with("Completo"));
        let notes = "Meeting notes\n\nBudget review, hiring plan\n\nQ3 targets set\n\n\
                     Related links\n\nTeam photos\n\nNext steps agreed\n\nOffice move, new desks\n\n\
                     Holiday party planning\n\nQuarterly numbers look good\n";
        assert!(
            langs(notes).foreign.is_empty(),
            "{:?}",
            langs(notes).foreign
        );
    }

    #[test]
    fn pieces_of_a_glossary_line_in_the_other_language_are_found_and_english_ones_are_not() {
        let glossary = "This glossary lists English terms with the Spanish words we prefer.\n\n\
                        **Fact sheet**:<br />\n_Hoja de datos, planilla de datos_\n\n\
                        **Launch**:<br />\n_Lanzar, inaugurar, estrenar, poner en marcha_\n\n\
                        **Search box**:<br />\n_Casilla de búsqueda, cuadro de búsqueda_\n\n\
                        **Send**:<br />\n_Enviar o remitir; **avoid** the loan word from English_\n";
        let text = format!("{glossary}\nChecked twice (translater; editer) before it goes live.\n");
        let l = langs(&text);
        let found: Vec<&str> = l.foreign.iter().map(|(s, _)| &text[s.range()]).collect();
        // The Spanish piece of the line, not its English note; the slips of the English
        // line have no function word of another language and no accent.
        assert!(found.contains(&"Enviar o remitir"), "{found:?}");
        assert!(
            !found
                .iter()
                .any(|f| f.contains("avoid") || f.contains("translater"))
        );
        // A document in Spanish: its own language in pieces of an English passage, with
        // no function word needed.
        let spanish = "Este glosario reúne los términos de salud que usamos en nuestras páginas, con \
                       la palabra inglesa a la izquierda y las traducciones que preferimos a la \
                       derecha.\n\n\
                       _barriga; panza; vientre (the first two are thought too casual for a \
                       formal notice)_\n";
        let l = langs(spanish);
        assert_eq!(l.language.code(), "es");
        let found: Vec<&str> = l.foreign.iter().map(|(s, _)| &spanish[s.range()]).collect();
        assert_eq!(found, ["barriga", "vientre"], "{:?}", l.english);
    }
}
