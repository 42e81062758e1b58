//! Ages and births given through a pronoun: "She is 41 and lives in Munich", "At 55, he
//! still trains", "She was born on May 1, 1950" — for the person the sentence before is about.

use crate::doc::Document;
use crate::text::date::month_number;

use super::super::words::{
    between, lower, name_like, next_in_block, number_word, sentence_at, spaced,
};
use super::vocab::{death_word, kin_gender, kin_word};
use super::{Gender, Person, name_starting_at};

/// The person a pronoun ("he", "she") at word `k` stands for: the one the sentence before
/// is about ([`antecedent`]), when no title of the other sex says otherwise.
pub(super) fn pronoun_person(doc: &Document<'_>, k: usize) -> Option<Person> {
    let gender = subject_pronoun(lower(doc, k).as_str())?;
    let p = antecedent_of(doc, k, Some(gender)).or_else(|| sole_person(doc, Some(gender)))?;
    p.gender.is_none_or(|g| g == gender).then_some(p)
}

/// [`pronoun_person`], reaching back over up to two sentences that name no one with a
/// given name: "Queen Elizabeth, who turns 84 in April, said …. Gun salutes were fired in
/// Hyde Park. She was born …". The person found must not be given the other sex.
pub(super) fn pronoun_person_back(doc: &Document<'_>, k: usize) -> Option<Person> {
    let gender = subject_pronoun(lower(doc, k).as_str())?;
    // ("Gun salutes were fired …": a capitalised common word opening it is no one.)
    let near = antecedent_of(doc, k, Some(gender))
        .filter(someone)
        .or_else(|| sole_person(doc, Some(gender)));
    if let Some(p) = near {
        return p.gender.is_none_or(|g| g == gender).then_some(p);
    }
    let mut s = sentence_at(doc, k);
    for _ in 0..2 {
        s = s.checked_sub(1)?;
        let span = doc.sentences.get(s as usize)?.words.clone();
        let (s0, s1) = (span.start as usize, span.end as usize);
        let names_someone = (s0..s1).any(|j| {
            name_like(doc, j)
                && name_starting_at(doc, j)
                    .is_some_and(|q| q.given.is_some() && !thing_or_place(doc, q.span.start()))
        });
        if names_someone {
            return None;
        }
        if let Some(p) = antecedent_of(doc, s0, Some(gender)) {
            let sex = p.gender.or_else(|| stated_sex(doc, &p));
            return sex.is_none_or(|g| g == gender).then_some(p);
        }
    }
    None
}

/// The person a pronoun ("he", "she") at word `k` inside a clause stands for when that is
/// the one its own sentence is about ("Lund died in Aarhus, the city where he was born").
pub(super) fn own_sentence_person(doc: &Document<'_>, k: usize) -> Option<Person> {
    let gender = subject_pronoun(lower(doc, k).as_str())?;
    let s = doc.sentences.get(sentence_at(doc, k) as usize)?;
    // (Read as the sentence before the next one: `antecedent_of` looks one sentence back.)
    let p = antecedent_of(doc, s.words.end as usize, Some(gender))?;
    p.gender.is_none_or(|g| g == gender).then_some(p)
}

/// The one person an article names with a given name, when it names only one (in its
/// first [`SOLE_REACH`] words), no relative is spoken of, and no pronoun of the other sex
/// speaks of someone else: whom a "she" after a quotation or a description is about
/// ("\"…,\" she told reporters. A nurse from Krakow who was born in 1987, she …"). With no
/// sex given ("The 49-year-old"), no pronouns of both sexes.
pub(super) fn sole_person(doc: &Document<'_>, gender: Option<Gender>) -> Option<Person> {
    if doc.words.len() > SOLE_REACH {
        return None;
    }
    // One pass: the sexes the pronouns speak of, and whether a relative is spoken of ("said
    // her nephew had carried the oxygen. The 24-year-old …": someone else it may be).
    let (mut male, mut female) = (false, false);
    for k in 0..doc.words.len() {
        let w = lower(doc, k);
        match pronoun_gender(&w) {
            Some(Gender::Male) => male = true,
            Some(Gender::Female) => female = true,
            None if kin_word(&w) => return None,
            None => {}
        }
    }
    let mixed = match gender {
        Some(Gender::Male) => female,
        Some(Gender::Female) => male,
        None => male && female,
    };
    if mixed {
        return None;
    }
    let mut found: Option<Person> = None;
    let mut i = 0;
    while i < doc.words.len() {
        if name_like(doc, i)
            && let Some(p) = name_starting_at(doc, i)
        {
            i = doc.words.partition_point(|w| w.span.end() <= p.span.end());
            // ("the Christian Democrats", "in North Rhine-Westphalia": a party, a place.)
            let thing = thing_or_place(doc, p.span.start());
            if p.given.is_some() && !thing {
                if found.as_ref().is_some_and(|f| f.surname != p.surname) {
                    return None;
                }
                found.get_or_insert(p);
            }
            continue;
        }
        i += 1;
    }
    found
}

/// Whether the name starting at byte `start` follows "the", "in", "at" or "near": a thing
/// or a place, not a person.
fn thing_or_place(doc: &Document<'_>, start: usize) -> bool {
    let k = doc.words.partition_point(|w| w.span.start() < start);
    k > 0
        && spaced(doc, k - 1)
        && matches!(lower(doc, k - 1).as_str(), "the" | "in" | "at" | "near")
}

/// The sex a pronoun speaks of: "he", "his", "him", "himself"; "she", "her", "hers",
/// "herself".
/// The sex a subject pronoun ("he", "she") speaks of.
fn subject_pronoun(w: &str) -> Option<Gender> {
    match w {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        _ => None,
    }
}

fn pronoun_gender(w: &str) -> Option<Gender> {
    match w {
        "he" | "his" | "him" | "himself" => Some(Gender::Male),
        "she" | "her" | "hers" | "herself" => Some(Gender::Female),
        _ => None,
    }
}

/// How long an article [`sole_person`] reads may be, in words.
const SOLE_REACH: usize = 3000;

/// An age given now through a pronoun, for the person the sentence before is about: "She
/// is 41 and lives in Munich", "At 55, he still trains", "Still working at 71, he fires his
/// kiln". Word `i` is the number. "At 25, she moved to London" is an age at another time.
pub(super) fn pronoun_age(doc: &Document<'_>, i: usize) -> Option<Person> {
    let prev = lower(doc, i.checked_sub(1)?);
    if !spaced(doc, i - 1) {
        return None;
    }
    if prev == "is" && i >= 2 && spaced(doc, i - 2) {
        // "She is 41 and …", "He is 41." — not "she is 41st", "he is 41 points behind".
        let closes = !next_in_block(doc, i)
            || matches!(between(doc, i).trim(), "," | "." | ";")
            || (spaced(doc, i) && matches!(lower(doc, i + 1).as_str(), "and" | "but" | "now"));
        return if closes {
            pronoun_person(doc, i - 2)
        } else {
            None
        };
    }
    // "… died on Tuesday at his home in Utah. He was 86.": the age at the death the
    // sentence before tells, closing its own sentence.
    if prev == "was"
        && i >= 2
        && spaced(doc, i - 2)
        && matches!(lower(doc, i - 2).as_str(), "he" | "she")
        && super::sentence_start(doc, i - 2)
        && (!next_in_block(doc, i)
            || between(doc, i).trim() == "."
            || (between(doc, i).trim() == "," && reported_after(doc, i)))
        && let Some(s) = (sentence_at(doc, i) as usize).checked_sub(1)
        && super::vocab::tells_death(doc, s)
    {
        return pronoun_person(doc, i - 2);
    }
    // "Now 52, she would be …": an age now, whatever the verb.
    let now = prev == "now"
        && doc
            .sentences
            .get(sentence_at(doc, i - 1) as usize)
            .is_some_and(|s| s.words.start as usize == i - 1);
    if !(prev == "at" || now) || !next_in_block(doc, i) || between(doc, i).trim() != "," {
        return None;
    }
    let k = i + 1;
    if !spaced(doc, k) {
        return None;
    }
    // "At 29, Sofia Diaz is the youngest mayor": a name instead of the pronoun.
    let named = if matches!(lower(doc, k).as_str(), "he" | "she") {
        None
    } else if name_like(doc, k) {
        Some(name_starting_at(doc, k).filter(|p| p.given.is_some())?)
    } else {
        return None;
    };
    if now {
        return named.or_else(|| pronoun_person(doc, k));
    }
    let k = match &named {
        Some(p) => doc.words.partition_point(|w| w.span.end() <= p.span.end()) - 1,
        None => k,
    };
    if !spaced(doc, k) {
        return None;
    }
    let subject = |doc: &Document<'_>, k: usize| named.clone().or_else(|| pronoun_person(doc, k));
    // The verb after the pronoun must say now: "still", "is", "runs".
    let mut v = k + 1;
    if lower(doc, v) == "still" && spaced(doc, v) {
        return subject(doc, k);
    }
    if matches!(lower(doc, v).as_str(), "now" | "also") && spaced(doc, v) {
        v += 1;
    }
    let verb = lower(doc, v);
    let present = doc
        .words
        .get(v)
        .is_some_and(|w| w.shape == crate::doc::Shape::Lower)
        && (matches!(verb.as_str(), "is" | "has" | "remains")
            || (verb.len() > 3
                && verb.ends_with('s')
                && !verb.ends_with("ss")
                && !matches!(verb.as_str(), "was" | "does" | "always")));
    if present { subject(doc, k) } else { None }
}

/// Whether the sentence ends after word `i` with a short reporting clause: "She was 79,
/// her family said."
fn reported_after(doc: &Document<'_>, i: usize) -> bool {
    let Some(s) = doc.sentences.get(sentence_at(doc, i) as usize) else {
        return false;
    };
    let end = s.words.end as usize;
    end > i + 1
        && end - i <= 6
        && (i + 1..end).any(|k| {
            matches!(
                lower(doc, k).as_str(),
                "said" | "says" | "announced" | "confirmed" | "told"
            )
        })
}

/// [`antecedent`], for a pronoun of sex `pronoun`: a relative after a preposition and a
/// possessive of that sex ("he … learned his craft from his grandfather") is no other
/// subject then, and a pronoun of the other sex after the name ("Maria Lopez … with her
/// husband. He is 60") says the name is not the one meant.
pub(super) fn antecedent_of(
    doc: &Document<'_>,
    i: usize,
    pronoun: Option<Gender>,
) -> Option<Person> {
    antecedent_in(doc, i, pronoun, 2)
}

/// [`antecedent_of`], reaching back over up to two sentences that name no one ("McVeigh
/// made no final statement. Survivors … watched …. Prison records list his date of birth";
/// "Bhutto … was overthrown …. The Supreme Court upheld his death sentence …. The
/// 53-year-old former prime minister was buried"); a capitalised common word that opens a
/// sentence ("Survivors") is no one.
pub(super) fn antecedent_back(
    doc: &Document<'_>,
    i: usize,
    pronoun: Option<Gender>,
) -> Option<Person> {
    let sentence = sentence_at(doc, i);
    let first_of = |s: u32| {
        doc.sentences
            .get(s as usize)
            .map(|t| t.words.start as usize)
    };
    let sex = |p: &Person| pronoun.is_none_or(|g| p.gender.is_none_or(|h| h == g));
    antecedent_of(doc, i, pronoun)
        .filter(|p| sex(p) && someone(p))
        .or_else(|| {
            (1..=2)
                .map_while(|k| sentence.checked_sub(k).and_then(first_of))
                .find_map(|at| antecedent_of(doc, at, pronoun).filter(|p| sex(p) && someone(p)))
        })
}

/// Whether a person found is someone: a given name, or a surname that is no common word
/// ("Survivors", "Gun salutes" opening a sentence are no one).
fn someone(p: &Person) -> bool {
    let word = p.surname.trim_start_matches(|c: char| !c.is_alphabetic());
    p.given.is_some() || !crate::spell::common_only(word)
}

/// [`antecedent_of`], following at most `depth` sentences that open with the pronoun.
fn antecedent_in(
    doc: &Document<'_>,
    i: usize,
    pronoun: Option<Gender>,
    depth: u8,
) -> Option<Person> {
    let s = sentence_at(doc, i).checked_sub(1)?;
    let prev = doc.sentences.get(s as usize)?;
    let (mut s0, s1) = (prev.words.start as usize, prev.words.end as usize);
    // "Ruiz (b. 1979) flew …": the abbreviation's full stop ends no sentence.
    if s0 >= 2
        && lower(doc, s0 - 1) == "b"
        && between(doc, s0 - 2).trim_end().ends_with('(')
        && let Some(before) = s.checked_sub(1).and_then(|b| doc.sentences.get(b as usize))
    {
        s0 = before.words.start as usize;
    }
    s0 = after_dateline(doc, s0, s1);
    // "Aged 81, Hoff has run …", "At 38, Djokovic is …": the name after the opening age.
    if s0 + 2 < s1
        && (lower(doc, s0) == "aged"
            || (lower(doc, s0) == "at" && super::age_number(doc, s0 + 1).is_some()))
        && between(doc, s0 + 1).trim() == ","
    {
        s0 += 2;
    }
    // "Police said Cobain appeared to have died several days earlier. He was 24.": a
    // source that opens the sentence is not what it is about; the name after "said" is.
    if s0 + 2 < s1
        && matches!(lower(doc, s0 + 1).as_str(), "said" | "say" | "says")
        && spaced(doc, s0)
        && crate::spell::common_only(&lower(doc, s0))
    {
        s0 += 2;
    }
    // "Born on 2 September 1982 in Porto Alegre, Ana Paula Rocha trained …": the name
    // after the opening participle phrase.
    // (Not a region after a place: "… raised in Oxted, Surrey, Starmer was …".)
    if lower(doc, s0) == "born"
        && let Some(k) = (s0 + 2..s1.min(s0 + 16)).find(|&k| {
            between(doc, k - 1).trim() == ","
                && name_like(doc, k)
                && name_starting_at(doc, k).is_some_and(|p| {
                    let end = doc.words.partition_point(|w| w.span.end() <= p.span.end());
                    end == 0 || between(doc, end - 1).trim() != ","
                })
        })
    {
        s0 = k;
    } else if lower(doc, s0) == "born"
        && let Some(k) = (s0 + 2..s1.min(s0 + 16)).find(|&k| {
            between(doc, k - 1).trim() == "," && subject_pronoun(lower(doc, k).as_str()).is_some()
        })
    {
        // ("Born in Krasnoyarsk on April 29, 2007, she moved …": the pronoun after it passes
        // the person on.)
        s0 = k;
    }
    // The name opens the sentence, or follows a short description of lower-case words
    // ("German climber Sarah Klein, who …").
    // ("Some lawmakers …", "Many voters …": a quantifier opening the sentence names no one.)
    // ("The Scot won three Grand Slam titles": a capitalised description after "The" is
    // no one's name; it passes the person on as an age phrase does.)
    let demonym = lower(doc, s0) == "the"
        && s0 + 1 < s1
        && name_like(doc, s0 + 1)
        && !(s0 + 2 < s1 && name_like(doc, s0 + 2) && spaced(doc, s0 + 1));
    let opening = name_starting_at(doc, s0)
        .filter(|p| p.given.is_some() || !super::vocab::quantifier(&p.surname))
        .filter(|p| !(demonym && p.given.is_none()));
    let lead = || {
        let lead = (s0 + 1..s1.min(s0 + 4)).find(|&k| name_like(doc, k))?;
        let plain = (s0 + 1..lead).all(|k| doc.words[k].shape == crate::doc::Shape::Lower)
            && !(s0..lead).any(|k| {
                let w = lower(doc, k);
                kin_word(&w)
                    || death_word(&w)
                    || w.ends_with("'s")
                    || w.ends_with("’s")
                    || matches!(w.as_str(), "of" | "by" | "said" | "the" | "a" | "an" | "in")
            });
        name_starting_at(doc, lead).filter(|q| plain && q.given.is_some())
    };
    // "Carney, 57, … He led the Bank of Canada … Born in 1965, he told …": a sentence that
    // opens with the same pronoun passes the person on from the sentence before it.
    let same_pronoun = || {
        // ('"It is time to get to work," she told party members …': a sentence that opens
        // with a quotation is about its speaker, the pronoun after it.)
        let quoted = doc.text()[..doc.words[s0].span.start()]
            .trim_end()
            .ends_with(['"', '“']);
        let speaker = quoted
            .then(|| {
                (s0 + 1..s1.min(s0 + 60)).find(|&k| {
                    let gap = between(doc, k - 1).trim_end();
                    (gap.ends_with(",\"") || gap.ends_with(",”"))
                        && matches!(lower(doc, k).as_str(), "he" | "she")
                })
            })
            .flatten();
        let w = lower(doc, speaker.unwrap_or(s0));
        // ("The 48-year-old told supporters …" passes the person on as a pronoun does, and
        // so does a possessive: "Her first album sold …".)
        let aged = w == "the" && s0 + 1 < s1 && super::year_old(&doc.word_str(s0 + 1)).is_some();
        // (Not "Her deputy, Piet de Wit, …": a possessive with a name right after it is
        // about someone else.)
        // (A month is no one: "Her arrest on Dec. 1, 1955, led to …".)
        let possessive = matches!(w.as_str(), "his" | "her")
            && !(s0 + 1..s1.min(s0 + 5))
                .any(|k| name_like(doc, k) && month_number(doc.word_text(k)).is_none());
        // ("A member of the Augustinian order, he spent years in Peru": a description set
        // off before the pronoun that opens the clause.)
        let subject = |k: usize| {
            subject_pronoun(lower(doc, k).as_str()).is_some_and(|g| pronoun.is_none_or(|p| p == g))
        };
        let described = matches!(w.as_str(), "a" | "an")
            && (s0 + 1..s1.min(s0 + 10))
                .find(|&k| between(doc, k).trim() == ",")
                .is_some_and(|c| c + 1 < s1 && subject(c + 1));
        // ("Before his election he led the Vatican office …": a phrase before the pronoun
        // that is the subject.)
        let fronted = matches!(
            w.as_str(),
            "before" | "after" | "since" | "during" | "while" | "when" | "until" | "in" | "at"
        ) && (s0 + 1..s1.min(s0 + 8))
            .take_while(|&k| !name_like(doc, k))
            .any(subject);
        let opens_with = aged
            || demonym
            || fronted
            || described
            || match pronoun {
                Some(Gender::Male) => w == "he" || (w == "his" && possessive),
                Some(Gender::Female) => w == "she" || (w == "her" && possessive),
                None => matches!(w.as_str(), "he" | "she") || possessive,
            };
        // (Not past a sentence that names someone else: "He thanked engineer Paul Ives."
        // A place after "at" or "in" is no one: "performed at Villa Park on 5 July"; nor a
        // thing after "the" or a number: "won the French Open", "four Grand Slam titles".)
        let named = (s0 + 1..s1).any(|k| {
            name_like(doc, k)
                && name_starting_at(doc, k).is_some_and(|q| q.given.is_some())
                && !(spaced(doc, k - 1) && {
                    let w = lower(doc, k - 1);
                    matches!(w.as_str(), "at" | "in" | "near" | "from" | "the")
                        || number_word(&w).is_some()
                })
        });
        if !opens_with || depth == 0 || named {
            return None;
        }
        // ("The 24-year-old Spaniard, who …, now has four titles. Born in …, he …": the
        // pronoun is whoever the age phrase is, named or not.)
        if aged {
            return Some(
                super::names::aged_role(doc, s0 + 1)
                    .or_else(|| sole_person(doc, pronoun))
                    .unwrap_or_else(|| super::names::anonymous(doc, s0 + 1)),
            );
        }
        antecedent_in(doc, s0, pronoun, depth - 1)
    };
    let unnamed = opening.is_none();
    let found = opening
        .and_then(|p| alone_in(doc, p, s1, pronoun))
        .or_else(|| lead().and_then(|p| alone_in(doc, p, s1, pronoun)))
        .or_else(|| if unnamed { same_pronoun() } else { None })?;
    // "Gianna, 13, was a promising player he was coaching. Born …, he …": a person the
    // article gives the other sex ("his daughter Gianna") is not the pronoun's; the
    // pronoun inside that sentence passes on the one before.
    let other_sex = pronoun.is_some_and(|g| kin_sex(doc, &found).is_some_and(|k| k != g));
    if !other_sex {
        return Some(found);
    }
    let passes_on = (s0 + 1..s1).any(|k| subject_pronoun(lower(doc, k).as_str()) == pronoun);
    if passes_on && depth > 0 {
        antecedent_in(doc, s0, pronoun, depth - 1)
    } else {
        None
    }
}

/// The sex the article gives a person by naming them as a relative ("his daughter
/// Gianna", "the widow Ada …").
fn kin_sex(doc: &Document<'_>, p: &Person) -> Option<Gender> {
    let first = p.given.as_deref().unwrap_or(&p.surname);
    (1..doc.words.len()).find_map(|k| {
        (spaced(doc, k - 1) && name_like(doc, k) && lower(doc, k) == first)
            .then(|| kin_gender(&lower(doc, k - 1)))
            .flatten()
    })
}

/// `p` when no one else is the subject of the sentence it opens (ending before word `s1`):
/// no relative ("Ann Roe's son", "her father") and no other full name.
fn alone_in(doc: &Document<'_>, p: Person, s1: usize, pronoun: Option<Gender>) -> Option<Person> {
    let name_end = doc.words.partition_point(|w| w.span.end() <= p.span.end());
    // Not "Smith's son": `person` refuses a possessive, so check the word after too.
    if name_end < s1 && lower(doc, name_end).starts_with('\'') {
        return None;
    }
    let object_kin = |k: usize| {
        pronoun.is_some()
            && k >= 2
            && pronoun_gender(&lower(doc, k - 1)) == pronoun
            && matches!(
                lower(doc, k - 2).as_str(),
                "from" | "with" | "to" | "for" | "by" | "of" | "and"
            )
    };
    // "from his parents' spare room": kin that own a thing are not who the sentence is about.
    let owning_kin = |k: usize| {
        k >= 1
            && pronoun_gender(&lower(doc, k - 1)).is_some()
            && (between(doc, k).starts_with(['\'', '’']) || lower(doc, k).ends_with("'s"))
    };
    // "…, her family said on Saturday": kin who report the news after a comma.
    let reporting_kin = |k: usize| {
        k >= 2
            && pronoun_gender(&lower(doc, k - 1)).is_some()
            && between(doc, k - 2).trim() == ","
            && spaced(doc, k)
            && matches!(lower(doc, k + 1).as_str(), "said" | "says" | "announced")
    };
    // "Diane Keaton, whose offbeat charm …": a "whose" names a relative only with a
    // relative's word after it ("whose father").
    let whose_thing = |k: usize| {
        lower(doc, k) == "whose" && !(k + 1..(k + 3).min(s1)).any(|j| kin_word(&lower(doc, j)))
    };
    // "Starmer was the son of a toolmaker and a nurse": what the person is, no relative.
    let described_kin = |k: usize| {
        k >= 1
            && k + 1 < s1
            && matches!(lower(doc, k - 1).as_str(), "the" | "a" | "an")
            && lower(doc, k + 1) == "of"
    };
    // ("his daughter said" before "he": she is not who "he" is.)
    let other_sex =
        |w: &str| pronoun.is_some() && kin_gender(w).is_some_and(|g| Some(g) != pronoun);
    let clause_end = super::aside_end(doc, name_end, s1);
    // (Read only when a preposition's object is met: it scans the document's sentences.)
    let sex_known = std::cell::OnceCell::new();
    let object_ok =
        || *sex_known.get_or_init(|| pronoun.is_some() && stated_sex(doc, &p) == pronoun);
    // "… according to the rights group Front Line Defenders.": the source, not a subject.
    let according = (name_end..s1.saturating_sub(1))
        .find(|&k| lower(doc, k) == "according" && lower(doc, k + 1) == "to")
        .unwrap_or(s1);
    let other = (name_end..s1).any(|k| {
        let w = lower(doc, k);
        (pronoun.is_some() && pronoun_gender(&w).is_some_and(|g| Some(g) != pronoun))
            || (kin_word(&w)
                && !object_kin(k)
                && !owning_kin(k)
                && !reporting_kin(k)
                && !whose_thing(k)
                && !described_kin(k)
                && !other_sex(&w))
            || (name_like(doc, k)
                && k >= clause_end
                && k < according
                // The inner words of a name ("International Space Station", "the UCLA
                // Medical Center"; not "met FBI Director James Comey") are no other name.
                && !((name_like(doc, k - 1) || thing_acronym(doc, k - 1)) && spaced(doc, k - 1))
                // "in the Nullarbor Plain", "from Buenos Aires": a place, not a person; "three
                // World Tour teams", "the first Latin American leader": a thing's name.
                && !matches!(
                    lower(doc, k - 1).as_str(),
                    "the" | "in" | "at" | "from" | "to" | "of" | "a" | "an" | "first" | "its"
                        // ("the first American teenager to win since Serena Williams",
                        // "older than Joe Biden": a comparison, not a subject.)
                        | "since" | "than"
                        // ("took the name John Paul II": a name given, no one.)
                        | "name"
                )
                // ("fell four votes short against Michael Heseltine", "was overthrown by
                // General Zia": a preposition's object, when the article gives `p` the
                // pronoun's sex.)
                && !(OBJECT_PREPOSITIONS.contains(&lower(doc, k - 1).as_str()) && object_ok())
                && number_word(&lower(doc, k - 1)).is_none()
                // ("the 1986 World Cup": a thing after a year.)
                && doc.words[k - 1].shape != crate::doc::Shape::Number
                // ("lit up \"Annie Hall\"": a title in quotation marks.)
                && !between(doc, k - 1).ends_with(['"', '“'])
                // ("… ahead of her nearest rival, Xochitl Galvez. The 64-year-old former
                // mayor …": a name in apposition to what the subject has is no rival to the
                // subject for an age phrase; it may be for a pronoun: "… paid tribute to his
                // predecessor, Otto Brandt, who retired … Born …, he …".)
                && !(pronoun.is_none() && possessed_apposition(doc, k))
                && name_starting_at(doc, k).is_some_and(|q| {
                    q.given.is_some()
                        && q.surname != p.surname
                        && !closing_source(doc, &q, k, s1)
                        // ("grew up in communist East Germany": a place, no one.)
                        && !matches!(
                            lower(doc, k).as_str(),
                            "east" | "west" | "north" | "south" | "northern" | "southern"
                                | "eastern" | "western" | "central" | "upper" | "lower"
                        )
                        && crate::data::countries::get()
                            .lookup(&crate::text::fold::name_key(doc.slice(q.span)))
                            .is_none()
                }))
    });
    (!other).then_some(p)
}

/// Whether the name at word `k` follows a comma after a noun phrase that opens with "his",
/// "her" or "their" and holds lower-case words only ("her nearest rival, Xochitl Galvez").
fn possessed_apposition(doc: &Document<'_>, k: usize) -> bool {
    k >= 2
        && between(doc, k - 1).trim() == ","
        && (k.saturating_sub(5)..k - 1)
            .rev()
            .take_while(|&j| spaced(doc, j) && doc.words[j + 1].shape == crate::doc::Shape::Lower)
            .any(|j| matches!(lower(doc, j).as_str(), "his" | "her" | "their"))
}

/// An acronym that opens the name of a thing or a place after "the", "in", "at", "from",
/// "to" or "of": "the UCLA Medical Center", "at NYU Langone Hospital".
fn thing_acronym(doc: &Document<'_>, k: usize) -> bool {
    doc.words[k].shape == crate::doc::Shape::AllCaps
        && k >= 1
        && spaced(doc, k - 1)
        && matches!(
            lower(doc, k - 1).as_str(),
            "the" | "in" | "at" | "from" | "to" | "of"
        )
}

/// "…, surrounded by family, his publicist Arnold Robinson said.": the name gives the news
/// at the sentence's end (within two words of it), or in a reporting clause set off by a
/// comma before it ("Francis died at 7:35 a.m., Cardinal Kevin Farrell announced, less than
/// a month after …"), and is not who the sentence is about. `k`: the name's first word.
fn closing_source(doc: &Document<'_>, q: &Person, k: usize, s1: usize) -> bool {
    let after = doc.words.partition_point(|w| w.span.end() <= q.span.end());
    after < s1
        && spaced(doc, after - 1)
        && matches!(
            lower(doc, after).as_str(),
            "said" | "says" | "told" | "added" | "announced"
        )
        && (s1 - after <= 3
            || (k > 0 && between(doc, k - 1).trim() == "," && between(doc, after).trim() == ","))
}

/// Prepositions whose object [`alone_in`] passes over when the person's sex is known.
const OBJECT_PREPOSITIONS: &[&str] = &["against", "with", "by", "over", "for", "from"];

/// The sex the article gives `p`: by a title or as a relative, or by the first "he", "she",
/// "his" or "her" after a mention of `p` that opens a sentence, with no one else named
/// between but a preposition's object ("Margaret Thatcher announced that she would resign",
/// "Bhutto, 35, took the oath from President Ghulam Ishaq Khan after her father …").
fn stated_sex(doc: &Document<'_>, p: &Person) -> Option<Gender> {
    if let Some(g) = p.gender.or_else(|| kin_sex(doc, p)) {
        return Some(g);
    }
    doc.sentences.iter().find_map(|s| {
        let s1 = s.words.end as usize;
        let s0 = after_dateline(doc, s.words.start as usize, s1);
        let opening = (s0..s1.min(s0 + 3)).find(|&k| name_like(doc, k))?;
        let q = name_starting_at(doc, opening)?;
        if q.surname != p.surname
            || p.given
                .as_ref()
                .is_some_and(|g| q.given.as_ref().is_some_and(|h| h != g))
        {
            return None;
        }
        let mut k = doc.words.partition_point(|w| w.span.end() <= q.span.end());
        while k < s1 {
            if let Some(g) = pronoun_gender(&lower(doc, k)) {
                return Some(g);
            }
            let run = name_like(doc, k) && !(name_like(doc, k - 1) && spaced(doc, k - 1));
            if run && name_starting_at(doc, k).is_some_and(|r| r.given.is_some()) {
                let object = OBJECT_PREPOSITIONS.contains(&lower(doc, k - 1).as_str())
                    || lower(doc, k - 1) == "name"
                    || (super::vocab::is_title(&lower(doc, k))
                        && k >= 2
                        && OBJECT_PREPOSITIONS.contains(&lower(doc, k - 2).as_str()));
                if !object {
                    return None;
                }
            }
            k += 1;
        }
        None
    })
}

/// The first word of a sentence (words `s0..s1`) after its dateline: "Seoul (Yonhap) - Lee
/// Sang-ho, …", "SAO PAULO - …" (the dateline is no part of what the sentence says).
fn after_dateline(doc: &Document<'_>, mut s0: usize, s1: usize) -> usize {
    if let Some((_, at)) = doc.meta.dateline {
        while s0 < s1 && at.contains(doc.words[s0].span) {
            s0 += 1;
        }
    }
    // A dateline the document model did not take for one: "Seoul (Yonhap) - …", "SAO
    // PAULO - …".
    if let Some(k) = (s0 + 1..s1.min(s0 + 8)).find(|&k| {
        let gap = between(doc, k - 1);
        let t = gap.trim();
        let city = matches!(t, "-" | "–" | "—")
            && (s0..k).all(|j| doc.words[j].shape == crate::doc::Shape::AllCaps);
        gap.ends_with(' ')
            && (t.ends_with(") -") || t.ends_with(") –") || t.ends_with(") —") || city)
    }) {
        s0 = k;
    }
    s0
}
