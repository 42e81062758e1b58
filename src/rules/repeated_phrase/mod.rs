use crate::diagnostic::Finding;
use crate::doc::{BlockKind, Document, Gap, Shape};
use crate::rules::{Context, Rule, RuleMeta, declare_rule};
use crate::span::Span;
use crate::text::lexicon::{FINITE_AUXILIARIES, FUNCTION_WORDS};

declare_rule! {
    /// ## What it checks
    /// A run of two to five words given twice in a row — "graduated from graduated from",
    /// "remit of the of the draft bill" — the slip of a sentence rewritten in place. Words
    /// are compared as the document model presents them, whatever their case, also across
    /// a line break, a Markdown soft break or inline markup (`of the *of the*`).
    ///
    /// A single word given twice ("the the") is `repeated-word`'s finding, not this rule's:
    /// this rule looks only at runs of two words or more, and leaves alone a run that holds
    /// a doubled word of its own, so one slip is never reported twice.
    ///
    /// ## Why it matters
    /// Copy-editors read for sense, and a repeated phrase reads as sense at a glance; it is
    /// the doubled word's bigger sibling, and it survives edits just as well.
    ///
    /// ## Example
    /// ```text
    /// She graduated from graduated from Harvard in 1998.
    /// ```
    ///
    /// ## Not flagged
    /// - anything with punctuation between the copies: "very, very", "we will, we will";
    /// - words said over and over: "over and over and over", "day by day by day", "ding
    ///   dong ding dong", and a run of one word ("bye bye bye");
    /// - a word doubled around "and", "or", "after", "by" or "upon" ("tax and tax and
    ///   spend", "bigger and bigger and stronger"), or "from … to" ("from country to
    ///   country to seek a cure");
    /// - a clause after a free relative or "if": "whatever it is it is", "where he was he
    ///   was", "whatever will be will be", "if it is it is";
    /// - reported speech: "he said he said nothing wrong", "I know I know it";
    /// - a chant as the object of its verb, quoted or not: "the crowd chanted lock her up
    ///   lock her up";
    /// - names and titles in capitals: "New York New York";
    /// - numbers and scores: "6 4 6 4";
    /// - "and so on and so on", "and so forth and so forth";
    /// - one copy quoted or in italics, naming the other ("we call the Lab *the Lab*");
    /// - a repeat quoted or set in italics as a mention (the phrase "of the of the"), and a
    ///   short quotation that is mostly the repeat — a chant or a chorus ("chanting "bad
    ///   boys bad boys"");
    /// - words in different blocks (a heading and the paragraph under it), and a block that
    ///   is nothing but the two copies (a title, a label, "list item list item" in a
    ///   template);
    /// - each copy in its own italics or quotation marks (two items set as lines);
    /// - a refrain: the second copy starting a new line with a capital, as verse does ("Let
    ///   it be / Let it be"), and a line of a block quote that is mostly the repeat (a
    ///   chorus, a line of verse);
    /// - words whose case differs inside them ("GitHub" and a link "github"); only the first
    ///   letter's case may differ;
    /// - a pattern that runs on in the plural: "an organization of organizations of
    ///   organizations";
    /// - a verb with its object and the same words again as a complement or a bare
    ///   infinitive: "what makes your project your project", "our job is to help the people
    ///   help the people";
    /// - an infinitive after an infinitive: "work to do to do that";
    /// - a noun phrase that ends one clause and starts the next, a full stop missing rather
    ///   than words doubled: "areas of concern for the HDF the HDF is also responsible" (the
    ///   safe fix would be the wrong remedy).
    ///
    /// ## Options
    /// None.
    ///
    /// ## Fix safety
    /// Safe: removes the second copy and the white space before it (after a line break,
    /// the white space after it, so lines keep their shape). When markup sits inside the
    /// second copy, or wraps it with no space to take, no fix is offered: the finding says
    /// what to remove.
    pub(crate) struct RepeatedPhrase {
        id: "repeated-phrase",
        severity: Error,
        summary: "the same two to five words twice in a row (\"graduated from graduated from\")",
        fix: Safe,
        options: [],
    }
}

/// The longest run of words compared.
const MAX_WORDS: usize = 5;

/// Words that open a free relative clause: "whatever it is it is", "where he was he was"
/// (sorted: binary search).
const FREE_RELATIVE: &[&str] = &[
    "all",
    "anything",
    "everything",
    "how",
    "however",
    "if",
    "what",
    "whatever",
    "when",
    "whenever",
    "where",
    "wherever",
    "whichever",
    "who",
    "whoever",
    "whom",
];

/// Subjects that start the repeated clause after a free relative (sorted).
const SUBJECTS: &[&str] = &[
    "he", "i", "it", "she", "that", "there", "they", "this", "we", "you",
];

/// Sounds and interjections said over and over ("ding dong ding dong", "la di da la di
/// da"); sorted.
const CHANT: &[&str] = &[
    "bang", "blah", "boom", "bop", "cha", "chop", "clang", "click", "clip", "clop", "da", "de",
    "di", "ding", "dong", "doo", "drip", "drop", "dum", "ha", "he", "hee", "hey", "hi", "ho",
    "hoo", "jingle", "la", "na", "oh", "ooh", "patter", "ping", "pitter", "pong", "ra", "rah",
    "tick", "tock", "tra", "tum", "whoa", "woo", "ya", "yeah", "yo",
];

/// Verbs of saying and thinking, which a subject and the same verb can follow as the
/// reported clause: "he said he said nothing" (sorted).
const REPORTING_VERBS: &[&str] = &[
    "believe", "believed", "believes", "claimed", "claims", "feel", "feels", "felt", "hope",
    "hoped", "hopes", "knew", "know", "knows", "said", "say", "says", "think", "thinks", "thought",
    "told",
];

/// Verbs whose object is said over and over: "chanted lock her up lock her up" (sorted).
const CHANT_VERBS: &[&str] = &[
    "chant",
    "chanted",
    "chanting",
    "chants",
    "cried",
    "crying",
    "repeat",
    "repeated",
    "repeating",
    "repeats",
    "roared",
    "sang",
    "screamed",
    "screaming",
    "shout",
    "shouted",
    "shouting",
    "shouts",
    "sing",
    "singing",
    "sings",
    "yelled",
    "yelling",
];

/// Verbs that name a thing, after which one copy may be quoted as its name ("we call the
/// Lab *the Lab*"); sorted.
const NAMING: &[&str] = &[
    "as", "call", "called", "calling", "calls", "dub", "dubbed", "mean", "means", "meant", "name",
    "named", "names", "say", "says", "spell", "spelled", "spelt", "term", "termed",
];

/// Verbs whose object can be followed by the same words as its complement ("what makes
/// your project your project", "call the Lab the Lab"); sorted.
const COMPLEMENT_VERBS: &[&str] = &[
    "call",
    "called",
    "calling",
    "calls",
    "consider",
    "considered",
    "considers",
    "keep",
    "keeping",
    "keeps",
    "kept",
    "made",
    "make",
    "makes",
    "making",
    "name",
    "named",
    "names",
];

/// Verbs that take an object and then a bare infinitive: "help the people help the
/// people", "let the players let the players"; sorted.
const BARE_INFINITIVE_VERBS: &[&str] = &[
    "hear", "heard", "help", "helped", "helping", "helps", "let", "lets", "letting", "made",
    "make", "makes", "making", "saw", "see", "watch", "watched",
];

/// Words for an amount of something to do, which an infinitive can follow and a second
/// infinitive of purpose after it: "work to do to do that" (sorted).
const AMOUNT_NOUNS: &[&str] = &[
    "anything",
    "enough",
    "everything",
    "job",
    "little",
    "lot",
    "more",
    "much",
    "nothing",
    "plenty",
    "something",
    "things",
    "time",
    "way",
    "work",
];

/// Object pronouns (sorted).
const OBJECT_PRONOUNS: &[&str] = &["her", "him", "it", "me", "them", "us", "you"];

/// Words that open a noun phrase (sorted).
const DETERMINERS: &[&str] = &[
    "a", "an", "her", "his", "its", "my", "our", "that", "the", "their", "these", "this", "those",
    "your",
];

/// Short words that make a run of capitalised words a slip rather than a name
/// ("Return To The To The Stadium"); sorted.
const SLIP_WORDS_IN_CAPITALS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "in", "into", "is",
    "it", "its", "of", "on", "or", "our", "the", "their", "this", "to", "was", "we", "were",
    "will", "with",
];

impl Rule for RepeatedPhrase {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>) {
        let words = &doc.words;
        // Every word is compared with the words two to five on: a word's signature, once,
        // rules out almost every pair before the words themselves are read.
        let signatures: Vec<u64> = (0..words.len())
            .map(|k| signature(&doc.word_str(k)))
            .collect();
        let mut i = 0;
        while i < words.len() {
            let Some(n) = (2..=MAX_WORDS).find(|&n| repeats(doc, &signatures, i, n)) else {
                i += 1;
                continue;
            };
            if excused(doc, i, n) {
                // Look again one word on: "The head of the head of the bank" first matches
                // as "The head of | the head of", which the "the" after it excuses as a
                // pattern running on; the slip is "head of the | head of the".
                i += 1;
                continue;
            }
            report(doc, i, n, cx);
            i += 2 * n;
        }
    }
}

/// The `n` words from `i` are given again right after them, with nothing but white space
/// or markup anywhere in the two copies, and with no word doubled on its own.
fn repeats(doc: &Document<'_>, signatures: &[u64], i: usize, n: usize) -> bool {
    let words = &doc.words;
    let Some(run) = words.get(i..i + 2 * n) else {
        return false;
    };
    // Case may differ in the first letter only ("Graduated from graduated from"), not
    // inside a word ("GitHub" and the link text "github").
    let same = |one: usize, other: usize| {
        if signatures[one] != signatures[other] {
            return false;
        }
        let (one, other) = (doc.word_str(one), doc.word_str(other));
        // Asked for every word and length: two words whose last bytes differ differ after
        // their first letters, unless both are one letter (a letter is at most 4 bytes).
        if one.as_bytes().last() != other.as_bytes().last() && (one.len() > 4 || other.len() > 4) {
            return false;
        }
        let (mut left, mut right) = (one.chars(), other.chars());
        let heads = match (left.next(), right.next()) {
            (Some(l), Some(r)) => l == r || l.to_lowercase().eq(r.to_lowercase()),
            _ => false,
        };
        heads && left.as_str() == right.as_str()
    };
    // Every test below must hold; the first words of the two copies differ at almost every
    // position, so that one is asked first (this runs for every word and length).
    if !same(i, i + n) {
        return false;
    }
    let block = run[0].block;
    if run[1..]
        .iter()
        .any(|w| w.block != block || w.gap != Gap::Space)
    {
        return false;
    }
    if run.iter().any(|w| w.shape == Shape::Number) {
        // Scores and tallies: "6 4 6 4".
        return false;
    }
    // A doubled word inside ("the the") is `repeated-word`'s, which reports it (or knows
    // it to be grammatical, "had had"): this rule keeps out of its way.
    if (i..i + 2 * n - 1).any(|k| same(k, k + 1)) {
        return false;
    }
    (1..n).all(|k| same(i + k, i + n + k))
}

/// A hash of a word that two words the same but for the case of their first letter share
/// (the first letter is hashed in lower case, the rest as written): words whose signatures
/// differ are not the same word.
fn signature(word: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = crate::data::fxhash::FxHasher::default();
    let mut chars = word.chars();
    if let Some(first) = chars.next() {
        for c in first.to_lowercase() {
            h.write_u32(u32::from(c));
        }
    }
    h.write(chars.as_str().as_bytes());
    h.finish()
}

/// A repeat that grammar, names or quotation allow.
fn excused(doc: &Document<'_>, i: usize, n: usize) -> bool {
    let words = &doc.words;
    let lower = |k: usize| doc.word_str(k).to_lowercase();
    let in_list = |list: &[&str], k: usize| list.binary_search(&lower(k).as_str()).is_ok();
    let block = words[i].block;
    let before =
        (i > 0 && words[i].gap == Gap::Space && words[i - 1].block == block).then(|| i - 1);
    let after_at = i + 2 * n;
    let after = words
        .get(after_at)
        .filter(|w| w.block == block && w.gap == Gap::Space)
        .map(|_| after_at);
    // "over and over and over", "day by day by day": the pattern runs on beyond the two
    // copies, which a slip never does. An article never runs on so: "The head of the head
    // of the bank" is a slip, and a function word runs on so only around a joining word
    // ("on and on and on"), not in "to return to return to the squad".
    let around_joining_word =
        (i..i + n).any(|k| matches!(lower(k).as_str(), "and" | "or" | "by" | "after" | "upon"));
    let runs_on = |k: usize, of: usize| {
        let word = lower(of);
        same_or_plural(&lower(k), &word)
            && !matches!(word.as_str(), "a" | "an" | "the")
            && (around_joining_word || !FUNCTION_WORDS.contains(&word.as_str()))
    };
    if before.is_some_and(|b| runs_on(b, i + n - 1)) || after.is_some_and(|a| runs_on(a, i)) {
        return true;
    }
    if (i..i + n).all(|k| in_list(CHANT, k)) {
        return true;
    }
    // "tax and tax and spend", "bigger and bigger and stronger", "trillions and trillions
    // of", "from country to country to seek": a word doubled around a joining word, for
    // emphasis or range, followed by more of the sentence.
    if n == 2 {
        let joiner = |w: &str| matches!(w, "and" | "or" | "after" | "upon" | "by");
        let (head, join) = (lower(i), lower(i + 1));
        let from = before.is_some_and(|b| lower(b) == "from");
        // Also seen from the joining word: "and trillions and trillions of dollars".
        if joiner(&join)
            || (join == "to" && from)
            || (joiner(&head) && !in_list(SLIP_WORDS_IN_CAPITALS, i + 1))
        {
            return true;
        }
    }
    // The same words in two roles, which grammar allows when the last word is a content
    // word: a complement after the object ("what makes your project your project"), a bare
    // infinitive after the object ("help the people help the people"), an infinitive after
    // an infinitive ("work to do to do that"). A slip usually ends on a function word ("to
    // the to the"), where no such reading exists.
    let last = lower(i + n - 1);
    let ends_on_content = !FUNCTION_WORDS.contains(&last.as_str())
        || (n == 2 && lower(i) == "to" && matches!(last.as_str(), "do" | "be" | "have"));
    if ends_on_content {
        // "work to do to do that": the first infinitive tells what there is to do, the
        // second what for; after a verb ("told to train to train") it is a slip.
        let infinitive = n == 2
            && lower(i) == "to"
            && words[i + 1].shape == Shape::Lower
            && before.is_some_and(|b| in_list(AMOUNT_NOUNS, b));
        // The object is a noun phrase or a pronoun: "help the people help the people",
        // "let them let them", not "make sure make sure".
        let object =
            (n >= 3 && in_list(DETERMINERS, i + 1)) || (n == 2 && in_list(OBJECT_PRONOUNS, i + 1));
        let complement = in_list(DETERMINERS, i) || in_list(OBJECT_PRONOUNS, i);
        if infinitive
            || (object && in_list(BARE_INFINITIVE_VERBS, i))
            || (complement && before.is_some_and(|b| in_list(COMPLEMENT_VERBS, b)))
        {
            return true;
        }
        // A full stop missing, not words doubled: the first copy is the object that ends
        // one clause ("areas of concern for the HDF"), the second the subject of the next
        // ("the HDF is also responsible"). Removing a copy would be the wrong remedy.
        let object = before.is_some_and(|b| FUNCTION_WORDS.contains(&lower(b).as_str()));
        let verb = after.is_some_and(|a| {
            FINITE_AUXILIARIES.contains(&lower(a).as_str())
                || matches!(lower(a).as_str(), "said" | "says")
        });
        if object && verb && in_list(DETERMINERS, i) {
            return true;
        }
    }
    // "whatever it is it is", "where he was he was".
    // "whatever will be will be".
    if before.is_some_and(|b| in_list(FREE_RELATIVE, b))
        && (in_list(SUBJECTS, i) || FINITE_AUXILIARIES.contains(&lower(i).as_str()))
    {
        return true;
    }
    // Reported speech: "he said he said nothing wrong", "I know I know it": a subject and
    // a verb of saying or thinking, the second pair starting the reported clause.
    if n == 2 && in_list(SUBJECTS, i) && in_list(REPORTING_VERBS, i + 1) {
        return true;
    }
    // A chant given as the object of its verb, without quotation marks: "the crowd
    // chanted lock her up lock her up".
    if before.is_some_and(|b| in_list(CHANT_VERBS, b)) {
        return true;
    }
    // "New York New York": a name or title in capitals, with no function word to show a
    // slip.
    if (i + n..i + 2 * n)
        .all(|k| words[k].shape != Shape::Lower && !in_list(SLIP_WORDS_IN_CAPITALS, k))
    {
        return true;
    }
    let text = doc.text();
    let (first, last) = (words[i].span.start(), words[i + 2 * n - 1].span.end());
    // The phrase mentioned as a whole, or one copy naming the other: "We call the Lab *the
    // Lab*".
    let first_end = words[i + n - 1].span.end();
    let second_start = words[i + n].span.start();
    // A refrain: the second copy starts a new line with a capital, as verse does ("Let it
    // be\nLet it be"); a slip across a line break goes on in lower case.
    let gap = &text[first_end..second_start];
    let new_line = gap.contains('\n') || gap.contains('\r') || gap.contains("<br");
    // ("I" is written so anywhere: "The thing I have learned\nI have learned" is a slip.)
    let second_word = doc.word_str(i + n);
    if new_line && second_word.starts_with(char::is_uppercase) && second_word != "I" {
        return true;
    }
    // A line of verse or a chorus in a block quote: the repeat is most of its line.
    if matches!(doc.blocks[block as usize].kind, BlockKind::Quote) {
        let line_start = text[..first].rfind('\n').map_or(0, |k| k + 1);
        let line_end = text[last..].find('\n').map_or(text.len(), |k| last + k);
        let on_line = doc.blocks[block as usize]
            .words()
            .filter(|&k| words[k].span.start() >= line_start && words[k].span.end() <= line_end)
            .count();
        if 2 * (2 * n) >= on_line {
            return true;
        }
    }
    // The two copies are the whole block: a title, a label or a placeholder ("list item
    // list item"), written so on purpose.
    let block_words = doc.blocks[block as usize].words();
    if block_words.start == i && block_words.end == i + 2 * n {
        return true;
    }
    let naming = before.is_some_and(|b| in_list(NAMING, b));
    // Each copy in its own emphasis or quotation marks: two items, set one under the other
    // ("_Department of Commerce_ _Department of Commerce_").
    if mention(text, first, first_end) && mention(text, second_start, last) {
        return true;
    }
    if mention(text, first, last)
        || (naming && (mention(text, first, first_end) || mention(text, second_start, last)))
    {
        return true;
    }
    // "and so on and so on", "and so forth and so forth".
    if (i..i + n).any(|k| lower(k) == "so")
        && (i..i + n).any(|k| matches!(lower(k).as_str(), "on" | "forth"))
    {
        return true;
    }
    // A chant or chorus in quotation marks, or the phrase quoted to talk about it: the
    // quotation is little more than the repeat.
    // A closed double quotation, as the document model pairs the marks.
    if let Some(q) = doc
        .quotation(Span::new(first, last))
        .filter(|q| q.double && q.close.is_some())
    {
        let quoted = words[..]
            .iter()
            .filter(|w| q.inner.contains(w.span))
            .count();
        if quoted <= 2 * n + 2 || quoted <= 4 * n {
            return true;
        }
    }
    false
}

/// The same word, or one of them the other's plural ("organization", "organizations").
fn same_or_plural(one: &str, other: &str) -> bool {
    let (short, long) = if one.len() <= other.len() {
        (one, other)
    } else {
        (other, one)
    };
    long.strip_prefix(short)
        .is_some_and(|rest| rest.is_empty() || (short.len() >= 3 && (rest == "s" || rest == "es")))
}

/// The run is wrapped in quotation marks, emphasis or a tag of its own: "of the of the",
/// `*of the of the*`, `<em>of the of the</em>` — a mention, not a slip.
fn mention(text: &str, first: usize, last: usize) -> bool {
    let opens = text[..first].ends_with(['"', '“', '\'', '‘', '*', '_', '>']);
    let closes = text[last..].starts_with(['"', '”', '\'', '’', '*', '_', '<']);
    opens && closes
}

fn report(doc: &Document<'_>, i: usize, n: usize, cx: &mut Context<'_>) {
    let words = &doc.words;
    let first = words[i].span.cover(words[i + n - 1].span);
    let second = words[i + n].span.cover(words[i + 2 * n - 1].span);
    if cx.is_full() {
        cx.left_out(second);
        return;
    }
    let phrase = (i + n..i + 2 * n)
        .map(|k| doc.word_str(k))
        .collect::<Vec<_>>()
        .join(" ");
    let mut d = Finding::new(second, format!("`{phrase}` is repeated"))
        .label(first, "first here")
        .help(format!("remove the second `{phrase}`"));
    if let Some(edit) = removal(doc, i + n, n) {
        d = d.fix(true, edit, "");
    }
    cx.report(d);
}

/// What to delete to remove the `n` words from `at`: the words with the white space before
/// them, or, after a line break, with the spaces after them. `None` when markup sits among
/// the words or no white space borders them.
fn removal(doc: &Document<'_>, at: usize, n: usize) -> Option<Span> {
    let text = doc.text();
    let words = &doc.words;
    let is_space = |c: char| c == ' ' || c == '\t';
    for k in at + 1..at + n {
        let between = &text[words[k - 1].span.end()..words[k].span.start()];
        if !between.chars().all(char::is_whitespace) {
            return None;
        }
    }
    let (start, end) = (words[at].span.start(), words[at + n - 1].span.end());
    let gap = &text[words[at - 1].span.end()..start];
    let lead = gap.len() - gap.trim_end_matches(char::is_whitespace).len();
    let lead_text = &gap[gap.len() - lead..];
    if lead > 0 && !lead_text.contains(['\n', '\r']) {
        return Some(Span::new(start - lead, end));
    }
    let trail = text[end..].len() - text[end..].trim_start_matches(is_space).len();
    if trail > 0 {
        return Some(Span::new(start, end + trail));
    }
    // After a line break, at the end of a line: take the line break before.
    (lead > 0).then(|| Span::new(start - lead, end))
}

#[cfg(test)]
mod tests;
