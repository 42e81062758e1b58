//! How sure the extractor is of a series' item boundaries.
//!
//! The extractor finds lists generously: the rules that compare a list with a group's
//! members want every candidate. A comma before the last "and" is only evidence of a
//! house style when the list really is a list of three or more, with its items where the
//! extractor put them. [`mark`] sets [`Series::sure`] for those; everything else — a
//! sentence-opening phrase read as a first item ("In the city centre, mobility and
//! access …"), an item that holds its own "and" ("thinner flat screen and high-definition
//! TVs, and games consoles"), clauses joined by commas, repetition ("really, really
//! small") — stays unsure. Only `serial-comma` reads the mark.

use super::extract::vocab::{NAME_ABBREVIATIONS, US_STATE_ABBREVIATIONS};
use super::extractor::{Punct, classify};
use super::{Conjunction, ItemKind, Series, SeriesKind};
use crate::doc::{Document, Shape};
use crate::text::is_possessive;
use crate::text::lexicon::{FINITE_AUXILIARIES, is_auxiliary};

/// Words that make a stretch of text a clause, an aside or an interjection rather than a
/// list item, besides the auxiliaries and modals of the lexicon: subject pronouns, relative
/// words, "yes" and "no".
const CLAUSE_WORDS: &[&str] = &[
    "he",
    "she",
    "it",
    "they",
    "we",
    "you",
    "who",
    "which",
    "that",
    "yes",
    "no",
    "not",
    "it's",
    "that's",
    "there's",
    "they're",
    "we're",
    "he's",
    "she's",
    "isn't",
    "aren't",
    "won't",
    "don't",
    "doesn't",
    "didn't",
    "can't",
    "we've",
    "i've",
    "they've",
    "you've",
    "we'll",
    "they'll",
    "i'm",
    "we'd",
    "they'd",
    // Focus words that open an aside, not an item: "including and especially tonight",
    // "notably food products and beverages", "developed and developing alike".
    "including",
    "notably",
    "especially",
    "particularly",
    "both",
    "alike",
    "mainly",
    "chiefly",
    "mostly",
    // Sentence adverbs and asides: "and, ultimately, general and complete disarmament",
    // "thereby providing", "I believe", "And now, ladies and gentlemen".
    "thereby",
    "ultimately",
    "finally",
    "now",
    "believe",
    "think",
    "whenever",
    "wherever",
    "however",
    // Focus words that set off an aside: "specifically component and pattern research",
    // "most likely banner and identifier".
    "specifically",
    "likely",
    "probably",
    "possibly",
    "usually",
    "typically",
    "primarily",
];

/// Pronouns that take a contracted "is" or "has": "everything's new", "everyone's in sync",
/// "here's how".
const CONTRACTING: &[&str] = &[
    "everything",
    "everyone",
    "everybody",
    "nothing",
    "nobody",
    "something",
    "someone",
    "somebody",
    "anything",
    "anyone",
    "anybody",
    "what",
    "here",
    "where",
    "who",
    "how",
    "why",
    "let",
    "there",
    "that",
    "it",
    "he",
    "she",
];

/// Words that open a sentence with an introductory phrase ("In the city centre, …",
/// "With two canneries open again, …"): the text up to the first comma is not a list item.
const OPENERS: &[&str] = &[
    "in",
    "at",
    "on",
    "for",
    "with",
    "without",
    "after",
    "before",
    "during",
    "since",
    "under",
    "over",
    "from",
    "by",
    "across",
    "through",
    "throughout",
    "within",
    "when",
    "while",
    "as",
    "if",
    "although",
    "though",
    "because",
    "once",
    "until",
    "unlike",
    "like",
    "despite",
    "among",
    "amid",
    "beyond",
    "behind",
    "near",
    "outside",
    "inside",
    "to",
    "for",
    "of",
    "along",
    "around",
    "following",
    "besides",
    "thanks",
    "whether",
];

/// Relative pronouns that, with a subject of their own after them, are the object of their
/// clause ("who you met earlier"): the clause then has no object for a list to be. Not
/// "where" or "when": "when we allow ourselves to wonder, speculate, or ask" is a list.
const RELATIVES: &[&str] = &["who", "whom", "which"];

/// Subject pronouns: a relative clause that holds one has its own subject.
const SUBJECTS: &[&str] = &["I", "you", "he", "she", "it", "we", "they"];

/// A clause word or an auxiliary.
pub(super) fn is_clause_word(w: &str) -> bool {
    is_auxiliary(w) || CLAUSE_WORDS.contains(&w)
}

/// A contraction that holds a verb: "n't", "'re", "'ve", "'ll", "'m", "'d" on any word, "'s"
/// on a pronoun, with a straight or a curly apostrophe ("everything's new and everyone's in
/// sync" is two clauses, not a list).
fn contracted_verb(w: &str) -> bool {
    let w = w.to_lowercase().replace('\u{2019}', "'");
    if let Some((stem, tail)) = w.rsplit_once('\'')
        && !stem.is_empty()
    {
        return matches!(tail, "re" | "ve" | "ll" | "m" | "d")
            || (tail == "t" && stem.ends_with('n'))
            || (tail == "s" && CONTRACTING.contains(&stem));
    }
    false
}

/// Lower-case words after a list that do not open a new clause's verb phrase.
const NOT_VERBS: &[&str] = &[
    "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as", "than",
    "into", "about", "after", "before", "during", "since", "until",
];

/// Sets `sure` on every series.
pub(super) fn mark(doc: &Document<'_>, series: &mut [Series]) {
    for s in series {
        s.sure = sure(doc, s);
    }
}

fn sure(doc: &Document<'_>, s: &Series) -> bool {
    let n = s.items.len();
    if n < 3 || !matches!(s.conjunction, Conjunction::And | Conjunction::Or) {
        return false;
    }
    if matches!(s.kind, SeriesKind::Bulleted | SeriesKind::Semicolon) {
        return true;
    }
    let w = Words { doc };
    // Repetition: "really, really small".
    let texts: Vec<String> = s
        .items
        .iter()
        .map(|i| doc.slice(i.span).to_lowercase())
        .collect();
    if texts
        .windows(2)
        .any(|p| p[0] == p[1] || p[1].starts_with(&format!("{} ", p[0])))
    {
        return false;
    }
    // An item that runs over a sentence end ("in Washington, D.C. The UAE and Bahrain"); a
    // title's abbreviation inside a name does not ("Tampa, St. Petersburg, and Sarasota").
    if texts.iter().any(|x| {
        x.match_indices(". ").any(|(i, _)| {
            let word = x[..i].rsplit([' ', '.']).next().unwrap_or("");
            !NAME_ABBREVIATIONS
                .iter()
                .any(|a| a.eq_ignore_ascii_case(word))
        })
    }) {
        return false;
    }
    // "between Washington, D.C. and Philadelphia": a city and its state are one place.
    let state = |x: &String| {
        US_STATE_ABBREVIATIONS
            .iter()
            .any(|a| a.eq_ignore_ascii_case(x.trim()))
    };
    if texts[1..].iter().any(state) {
        return false;
    }
    for item in &s.items {
        let (from, to) = w.range(item.span.start(), item.span.end());
        if (from..to).any(|i| is_clause_word(doc.word_text(i))) {
            return false;
        }
    }
    // (A contraction in the first item may be the subject of a list of verbs, whose left
    // edge is a guess: "we've attracted, recruited and hired".)
    // (Read from the item's text with entities decoded: HTML writes "everything&#8217;s".)
    for item in &s.items[1..] {
        let text = crate::text::entity::decode(doc.slice(item.span));
        if text
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '*' | '_'))
            .any(contracted_verb)
        {
            return false;
        }
    }
    if !parallel(doc, s, &w) || crosses_emphasis(doc, s, &w) {
        return false;
    }
    let Some(first) = w.at(s.items[0].span.start()) else {
        return false;
    };
    let Some(last_end) = w.before(s.items[n - 1].full().end()) else {
        return false;
    };
    let Some(sentence) = doc
        .sentences
        .iter()
        .find(|t| (t.words.start as usize) <= first && first < t.words.end as usize)
    else {
        return false;
    };
    let (start, end) = (sentence.words.start as usize, sentence.words.end as usize);
    if super::edges::misread(doc, s, &w, (start, end)) {
        return false;
    }
    // "at the fair in Barcelona, Spain, and Samsung demonstrated …": a place and its country
    // after a preposition, then a clause joined by ", and", not a list of three (but "in
    // Rhodesia, Namibia, and South Africa" is one: its last item is a country too).
    if s.items_kind == ItemKind::Name
        && s.uses_serial_comma == Some(true)
        && n == 3
        && s.items[0].entity().is_none()
        && s.items[1].entity().is_some()
        && s.items[2].entity().is_none()
        && first > start
        && matches!(
            doc.word_text(first - 1),
            "in" | "at" | "near" | "from" | "outside"
        )
    {
        return false;
    }
    // A sentence-opening phrase read as the first item: "At the trade fair, smart fabrics
    // and textiles drew crowds" is two items, not three. So is one that opens a clause
    // after "and" or "but" when a verb follows the pair: "since its launch and over the
    // years, design or layout changes had been made" (not "in roads and in schools,
    // hospitals and prisons").
    // (The verb may come after an aside: "layout changes – including navigation – had".)
    let verb_after = (last_end + 1..end.min(last_end + 5))
        .any(|j| FINITE_AUXILIARIES.contains(&doc.word_text(j)));
    if s.items_kind == ItemKind::Phrase
        && !s.items[0].bounded
        && (start..first).any(|p| {
            OPENERS.contains(&doc.word_text(p).to_lowercase().as_str())
                && (p == start || (verb_after && matches!(doc.word_text(p - 1), "and" | "but")))
                && !(p + 1..=first).any(|i| w.gap_is(i, Punct::Comma))
        })
    {
        return false;
    }
    // "liberty and triumph, progress and freedom": the first item is itself the second
    // half of a pair.
    // (Not names after a comma: "…, and China, India, and Russia sent teams" joins a
    // clause.)
    if first > start
        && w.gap_is(first, Punct::Space)
        && matches!(doc.word_text(first - 1), "and" | "or")
        && !(s.items_kind == ItemKind::Name && w.gap_is(first - 1, Punct::Comma))
    {
        return false;
    }
    let next = last_end + 1;
    // Clauses joined by commas: "… are teaming up, O2 is trialling a system in Oxford, UK,
    // and Nokia begins …". The list sits in a clause that opens after a comma, and a verb
    // follows its last item: the last "item" is the subject of a new clause.
    let opens = (start + 1..=first)
        .rev()
        .find(|&i| w.gap_is(i, Punct::Comma) || w.gap_is(i, Punct::Semi));
    // A relative clause with its own subject, set off by commas, holds the first item
    // ("After Gormley, who you met earlier, gathered and analyzed …"; not "which grows
    // apples, pears and plums"): the list's first "item" is the clause's last word.
    if s.items_kind == ItemKind::Phrase
        && !s.items[0].bounded
        && let Some(o) = opens
    {
        let opener = doc.word_text(o).to_lowercase();
        let subject = (o + 1..first).any(|i| SUBJECTS.contains(&doc.word_text(i)));
        if RELATIVES.contains(&opener.as_str()) && subject {
            return false;
        }
    }
    if let Some(o) = opens
        && (o..first).any(|i| FINITE_AUXILIARIES.contains(&doc.word_text(i)))
        && next < end
        && w.gap_is(next, Punct::Space)
        && doc.words[next].shape == Shape::Lower
        && !NOT_VERBS.contains(&doc.word_text(next))
    {
        return false;
    }
    if next >= end {
        return true;
    }
    // "parents and schools and government": the last "and" is not the list's only one.
    if w.gap_is(next, Punct::Space) && matches!(doc.word_text(next), "and" | "or") {
        return false;
    }
    // "thinner flat screen and high-definition TVs, and games consoles": a ", and" a few
    // words on means the "and" read as the list's may sit inside an item.
    let reach = if s.items_kind == ItemKind::Phrase {
        7
    } else {
        4
    };
    // (Not past a verb that opens a clause of its own, when a preposition bounds the list
    // on the left and the ", and" closes a list of its own: "The prizes for literature,
    // peace and economics will be announced on Thursday, Friday, and Monday".)
    let governed = first > start
        && w.gap_is(first, Punct::Space)
        && matches!(
            doc.word_text(first - 1),
            "for" | "of" | "in" | "on" | "with" | "from" | "about" | "between" | "among"
        );
    // (Nor a ", and" that opens a clause of its own, a subject and its verb: "shut
    // schools, cinemas and museums in the capital, and soldiers have handed out …".)
    // (A reporting verb opens one too: "in Barcelona, Girona and Lleida on Sunday, and
    // health officials said …".)
    let opens_clause = |i: usize| {
        (i + 2..(i + 5).min(end)).any(|j| {
            w.gap_is(j, Punct::Space)
                && (FINITE_AUXILIARIES.contains(&doc.word_text(j))
                    || matches!(doc.word_text(j), "said" | "says" | "told" | "reported"))
                && (i + 1..j)
                    .all(|k| matches!(doc.words[k].shape, Shape::Lower | Shape::Capitalised))
        })
    };
    if (next + 1..end.min(next + reach)).any(|i| {
        w.gap_is(i, Punct::Comma)
            && matches!(doc.word_text(i), "and" | "or")
            && !opens_clause(i)
            && !(governed
                && (next..i).any(|j| FINITE_AUXILIARIES.contains(&doc.word_text(j)))
                // (the ", and" of a list of its own: "Thursday, Friday, and".)
                && (i.saturating_sub(3).max(next + 1)..i).any(|j| w.gap_is(j, Punct::Comma)))
    }) {
        return false;
    }
    // "search and rescue, immigration control, fishery protection": the comma chain goes
    // on after the last item with another short lower-case item, so the "and" read as the
    // list's joins two words of one item. A clause, a participle ("leaving …", "called
    // …") or an attribution ("officials said") after the comma does not continue it.
    // (Not after a finite verb that takes the list as its subject: in "Koch, Glover and
    // Hansen will become the first woman, the first Black astronaut, and …" the commas
    // after it are the predicate's.)
    let subject_of_verb =
        w.gap_is(next, Punct::Space) && FINITE_AUXILIARIES.contains(&doc.word_text(next));
    let comma = (next..end.min(next + 6)).find(|&i| !w.gap_is(i, Punct::Space));
    if let Some(at) = comma
        && !subject_of_verb
        && w.gap_is(at, Punct::Comma)
    {
        let to = (at + 1..end)
            .find(|&i| !w.gap_is(i, Punct::Space))
            .unwrap_or(end);
        let opener = doc.word_text(at);
        // (Nor does a clause opened by "where", "when" …: "Italy, Spain and Greece, where
        // most migrants arrive, want …"; nor "among others", which closes a list of names:
        // "the leaders of Egypt, Kazakhstan, and Singapore, among other guests"; not of
        // phrases: "remote web access, identity and access management, among others".)
        let closes = s.items_kind == ItemKind::Name && matches!(opener, "among" | "amongst");
        let plain = doc.words[at].shape == Shape::Lower
            && !NOT_VERBS.contains(&opener)
            && !closes
            && !matches!(opener, "where" | "when" | "whose")
            && !opener.ends_with("ing")
            && !opener.ends_with("ed")
            && (at..to).all(|i| {
                let t = doc.word_text(i);
                !is_clause_word(t) && !matches!(t, "said" | "says" | "say" | "told" | "added")
            });
        // (After names, only a phrase with a determiner, an apposition to the last ones,
        // says the list is misread: "of the United States, Senator Dirksen and Congressman
        // Gerald Ford, the Minority Leader"; a lower-case phrase does not continue names:
        // "with Magic Johnson, Michael Jordan and Larry Bird, won the gold medal, beating …".)
        if plain
            && (s.items_kind != ItemKind::Name || DETERMINERS.contains(&opener))
            && to - at <= 4
            && (to == end || w.gap_is(to, Punct::Comma))
        {
            return false;
        }
        // "Everyone on the team, past and present, has been …", "any layout, large or
        // small, can use it": a pair set off by commas before the sentence's verb is an
        // aside on the word before it, not the end of a list. (Not when a relative clause
        // or an "including" aside holds the list and the comma closes it: "Brazil, who won in
        // 1958, 1962 and 1970, were led by …", "Others, including A, B and C, were told".)
        let aside =
            |o: usize| RELATIVES.contains(&doc.word_text(o)) || doc.word_text(o) == "including";
        // (Nor a list of names in apposition to a count that numbers them: "The three Baltic
        // leaders, Vytautas Landsbergis, Anatolijs Gorbunovs and Arnold Ruutel, have said".)
        let counted = s.items_kind == ItemKind::Name
            && opens == Some(first)
            && doc.words[first - 1].shape == Shape::Lower
            && (first.saturating_sub(4)..first - 1)
                .any(|k| crate::text::unit_value(doc.word_lower(k)) == Some(n));
        // (Nor one that "among them" or "including" opens, a few words before its first
        // item: "The hardest questions, among them Jerusalem, refugees, settlements and
        // borders, are left to talks".)
        // (Only names between: not "The visitors, including the captain, tired and hungry,
        // were told".)
        let among = (first.saturating_sub(4).max(start)..first).any(|o| {
            let w = doc.word_text(o);
            let after = if w == "among" { o + 2 } else { o + 1 };
            (w == "including" || (w == "among" && doc.word_text(o + 1) == "them"))
                && (after..first).all(|k| doc.words[k].shape != Shape::Lower)
        });
        if is_auxiliary(opener)
            && !counted
            && !among
            && (s.items_kind == ItemKind::Phrase || !opens.is_some_and(aside))
        {
            return false;
        }
        // "create and groom backlogs, champion user testing and ensure …": the comma chain
        // goes on to its own "and", so the list's last item is further on and the "and"
        // read as the list's joins two parts of one item.
        // (Only the words up to that "and" need be plain: "champion user testing and
        // ensure we are always shipping".)
        let and_at = (at + 1..to.min(at + 5))
            .find(|&i| w.gap_is(i, Punct::Space) && matches!(doc.word_text(i), "and" | "or"));
        if let Some(j) = and_at
            && doc.words[at].shape == Shape::Lower
            && !NOT_VERBS.contains(&opener)
            && (at..j).all(|i| !is_clause_word(doc.word_text(i)))
        {
            return false;
        }
        // "New American, Mexican and American, Latina, Hispanic": more names after the
        // last, so the "and" joins two words of one item.
        if s.items_kind == ItemKind::Name
            && doc.words[at].shape == Shape::Capitalised
            && at + 1 < end
            && w.gap_is(at + 1, Punct::Comma)
        {
            return false;
        }
        // "with Jarah Meador, GSA, and Jessie Buerlein, HHS": names with their agencies,
        // not a list of three.
        if s.items_kind == ItemKind::Name
            && doc.words[at].shape == Shape::AllCaps
            && (at + 1 == end || !w.gap_is(at + 1, Punct::Space))
        {
            return false;
        }
    }
    true
}

/// Whether the items of a list are parallel, so that its "and" is the list's and not a
/// pair's inside a longer phrase or a name:
/// - a determiner on the last item but one and on no other item governs a pair: "Each
///   year, the cost and time to develop" is "the (cost and time)", not three items;
/// - an item made of adverbs among items that are not: "perhaps most importantly, a
///   customer or an executive";
/// - capitalised ordinary words joined by "and" in a list of names are one name or title:
///   "the Food and Drug Administration", "Administration on Children, Youth and Families",
///   "Director of Enterprise Applications and Tech Lead".
fn parallel(doc: &Document<'_>, s: &Series, w: &Words<'_, '_>) -> bool {
    let n = s.items.len();
    let words: Vec<Vec<String>> = s
        .items
        .iter()
        .map(|i| {
            let (from, to) = w.range(i.span.start(), i.span.end());
            (from..to)
                .map(|k| doc.word_text(k).to_lowercase())
                .collect()
        })
        .collect();
    let det = |k: usize| {
        words[k]
            .first()
            .is_some_and(|f| DETERMINERS.contains(&f.as_str()))
    };
    // (Also when the first item has one: "the depth of the well, the casing and cementing
    // program", "The larger the system, the larger and more complex the package".)
    // Not when a comma parts the two ("Poland, the Czech Republic, and Hungary": "the"
    // cannot reach past it) or the item is a known name with its article, nor over a last
    // item that opens with a possessive ("the Valais police and Italy's rescue service").
    let possessive = |k: usize| words[k].first().is_some_and(|f| is_possessive(f));
    if det(n - 2)
        && !det(n - 1)
        && !possessive(n - 1)
        && s.uses_serial_comma != Some(true)
        && s.items[n - 2].entity().is_none()
    {
        return false;
    }
    // A mirrored pair after a noun is an aside on it, not the end of a list: "two errors,
    // one serious and one minor", "emotions, some good and some bad", "a two-part system,
    // an opening tag and a closing tag", "all agency websites, internal and external",
    // "organizations, legal and non-legal".
    if s.items_kind == ItemKind::Phrase && n == 3 && !det(0) {
        let (pen, last) = (&words[n - 2], &words[n - 1]);
        // (Two items with a determiner each mirror only when they share a word after it: "an
        // opening tag and a closing tag", not "dark glasses, a biometric belt and a satellite
        // phone".)
        let same_opener = pen.len() >= 2
            && last.len() >= 2
            && if det(n - 2) && det(n - 1) {
                pen[1..].iter().any(|x| last[1..].contains(x))
            } else {
                pen[0] == last[0]
            };
        let mirrored = pen.len() == 1 && last.len() == 1 && mirror(&pen[0], &last[0]);
        if same_opener || mirrored {
            return false;
        }
    }
    if s.items_kind == ItemKind::Phrase {
        // "in universal design, where buildings and objects …", "through frequent and
        // continuous feedback": a later item opens with a preposition or a wh-word the first
        // does not share — a new phrase, not the next item.
        let opener = |k: usize| {
            words[k]
                .first()
                .is_some_and(|f| PHRASE_OPENERS.contains(&f.as_str()))
        };
        if !opener(0) && (1..n).any(opener) {
            return false;
        }
        // "an empowered, dedicated product owner and supportive team", "costly, on-premises
        // servers and maintenance costs": a lone adjective as the first item describes the
        // noun of the next, so the "and" joins a pair of nouns, not the list's last item.
        // The first item's edge is a guess, so its last word is what stands before the
        // comma ("… who use plain, modern language and avoid archaic …"); an "-ing" word
        // counts only alone ("a living, breathing pilot or MVP"): after a noun it is one
        // ("management training, user research and …").
        let lone = words[0]
            .iter()
            .skip_while(|x| DETERMINERS.contains(&x.as_str()))
            .collect::<Vec<_>>();
        if let Some(last) = lone.last()
            && adjective(last)
            && (lone.len() == 1 || (n == 3 && !last.ends_with("ing")))
            && words[n - 2].len() >= 2
        {
            return false;
        }
        // "for those less at ease with technology, printed and video help materials", "sickness,
        // personal or family emergencies": a lone adjective as the last item but one,
        // after a first item that is not one, shares the noun of the last item with it —
        // the "and" joins two modifiers inside one item. (Not "-ing" or "-ly": "food,
        // clothing and medical supplies".)
        // (The first item must read as a noun by its form, or "for bold, innovative and
        // actionable ideas" would go too.)
        let pen_adjective = |x: &str| adjective(x) && !x.ends_with("ing") && !x.ends_with("ly");
        if words[n - 2].len() == 1
            && pen_adjective(&words[n - 2][0])
            && words[n - 1].len() >= 2
            && words[0]
                .last()
                .is_some_and(|x| !adjective(x) && noun_form(x))
        {
            return false;
        }
        // "metrics, developed and maintained by a working group": two participles after a
        // noun (by its form: "used, stored and managed" is a list) describe it; "keeps everything organized and separated": the last item is a
        // second participle to the last word of the item before.
        let ed = |x: &String| x.len() > 4 && x.ends_with("ed");
        let (pen, last) = (&words[n - 2], &words[n - 1]);
        if last.len() == 1
            && last.first().is_some_and(ed)
            && pen.last().is_some_and(ed)
            && words[0].last().is_some_and(|x| noun_form(x))
            && (pen.len() == 1 || !pen.first().is_some_and(ed))
        {
            return false;
        }
        // "when concerns are worked out, even weeks or months later": a pair that opens
        // with a focus word is an aside, not the list's last two items.
        if words[n - 2]
            .first()
            .is_some_and(|x| matches!(x.as_str(), "even" | "only" | "just"))
            && words[0].first() != words[n - 2].first()
        {
            return false;
        }
        // "code reviews, setting up and maintaining the stack": a verb phrase in "-ing"
        // after a noun is a new phrase.
        let ing = |k: usize| words[k].iter().any(|x| x.len() > 5 && x.ends_with("ing"));
        if words[n - 2].len() >= 2
            && words[n - 2][0].len() > 4
            && words[n - 2][0].ends_with("ing")
            && !ing(0)
        {
            return false;
        }
        let adv: Vec<bool> = words
            .iter()
            .map(|ws| !ws.is_empty() && ws.iter().all(|x| adverbial(x)))
            .collect();
        if adv.iter().any(|&a| a) && !adv.iter().all(|&a| a) {
            return false;
        }
    }
    if s.items_kind == ItemKind::Name
        && s.uses_serial_comma == Some(false)
        && ordinary_title(doc, s.items[n - 2].span, w)
        && ordinary_title(doc, s.items[n - 1].span, w)
    {
        return false;
    }
    // People with their posts or offices: "Ken Handwerger, Chief, Web Services Division,
    // National Park Service and Judy Jaffie", "Angela Smithers, National Museum of African
    // American History and Culture": a person's name beside an item that names a post or
    // an office is a byline, not a list of like names.
    if s.items_kind == ItemKind::Name
        && s.items.iter().any(|i| office(doc, i.span, w))
        && s.items.iter().any(|i| person(doc, i.span, w))
    {
        return false;
    }
    true
}

/// Word lookups by byte offset and the punctuation between words.
pub(super) struct Words<'d, 'a> {
    doc: &'d Document<'a>,
}

impl Words<'_, '_> {
    /// The index of the word starting at or after byte `at`.
    pub(super) fn at(&self, at: usize) -> Option<usize> {
        let i = self.doc.words.partition_point(|w| w.span.start() < at);
        (i < self.doc.words.len()).then_some(i)
    }

    /// The index of the last word ending at or before byte `at`.
    pub(super) fn before(&self, at: usize) -> Option<usize> {
        let i = self.doc.words.partition_point(|w| w.span.end() <= at);
        i.checked_sub(1)
    }

    /// The words inside bytes `a..b`, as an index range.
    pub(super) fn range(&self, a: usize, b: usize) -> (usize, usize) {
        let words = &self.doc.words;
        (
            words.partition_point(|w| w.span.start() < a),
            words.partition_point(|w| w.span.end() <= b),
        )
    }

    /// Whether the text between word `i - 1` and word `i` (one block) is `g`.
    pub(super) fn gap_is(&self, i: usize, g: Punct) -> bool {
        let words = &self.doc.words;
        if i == 0 || i >= words.len() || words[i - 1].block != words[i].block {
            return false;
        }
        let gap = &self.doc.text()[words[i - 1].span.end()..words[i].span.start()];
        classify(gap) == g
    }
}

mod bylines;
mod forms;
pub(super) use bylines::ordinary_title;
use bylines::{crosses_emphasis, office, person};
pub(super) use forms::{DETERMINERS, adjective};
use forms::{PHRASE_OPENERS, adverbial, mirror, noun_form};

#[cfg(test)]
mod tests;
