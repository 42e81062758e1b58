//! Ages and birth dates given for people: "Smith, 45,", "Smith (45)", "the 45-year-old
//! Smith", "Smith, aged 45"; "born in 1972", "Smith, who was born on March 3, 1980", "Born in
//! 1972, Smith …", and fact-box lines ("Born: 3 March 1980", "Age: 45") under a name.
//! People are named as the text names them: a surname alone, or a given name and surname.

use crate::doc::Document;
use crate::span::Span;
use crate::text::fold::name_key as fold;

use super::Quantities;

mod age_words;
mod birth;
mod born;
mod dated;
mod death;
mod facts;
mod names;
mod pronouns;
mod then;
mod vocab;
use super::words::{
    between, calendar_word, lower, name_like, next_in_block, sentence_at, spaced, year,
};
use age_words::age_value;
pub(super) use age_words::year_old;
use birth::birth_at;
use born::date_at;
use death::death_age;
use facts::fact_lines;
use names::{anonymous, full_names, joined};
use pronouns::{antecedent_of, pronoun_age, pronoun_person, sole_person};
use then::{age_before_subject, age_when};
pub(crate) use vocab::tells_death;
use vocab::{BODY_NOUNS, NOT_NAMES, death_word, is_title, kin_word, title_gender};

/// A title's sex, where it tells: "Mr" against "Mrs", "Ms", "Miss".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// A person as one mention names them.
#[derive(Clone, Debug)]
pub struct Person {
    /// The given name, folded, when the mention has one ("John Smith").
    pub given: Option<String>,
    /// The surname, folded.
    pub surname: String,
    /// The word between given name and surname, folded ("Mario Vargas Llosa"): a later
    /// "Vargas Llosa" is the same person.
    pub middle: Option<String>,
    pub gender: Option<Gender>,
    /// The name in the source.
    pub span: Span,
    /// Named as someone's relative ("his wife Ada Okonkwo"): another person than the one
    /// the sentence is about, matched only by the same full name.
    pub relative: bool,
}

/// An age given for a person.
#[derive(Clone, Debug)]
pub struct Age {
    pub person: Person,
    pub age: u32,
    /// The age as written ("45", "45-year-old").
    pub span: Span,
    /// Read from "who turns 46": `age` is the age now, one less than the number written.
    pub turning: bool,
    pub sentence: u32,
    /// Years written in the same sentence, other than a birth year given there or one after
    /// "since": the age may be the age in one of them ("In 2010, Smith, 45, …").
    pub years: Vec<u16>,
    /// The age at a death dated in its sentence ("Santos died on March 3, 2024, aged 70"):
    /// the date of the death, and whether its month and day are written (else the year
    /// alone is known).
    pub at: Option<(crate::text::date::Date, bool)>,
    /// An age at a past event the sentence dates by its year, not at a death ("Kim was 19
    /// when she won her first title in 2015"): `at` holds that year.
    pub past: bool,
}

/// A birth date: a year, and the day when the text gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BirthDate {
    pub year: u16,
    pub month_day: Option<(u8, u8)>,
    /// The month alone, when the text gives it without a day ("born in May 1968").
    pub month: Option<u8>,
}

/// A birth year or date given for a person.
#[derive(Clone, Debug)]
pub struct Birth {
    pub person: Person,
    pub date: BirthDate,
    /// The date as written.
    pub span: Span,
    pub sentence: u32,
    /// Whose it is was read through a "he" or "she": a bare surname names whoever it named
    /// where the pronoun's person was mentioned.
    pub by_pronoun: bool,
}

/// A person from the name words `first..=last` (titles and sentence openers stripped).
fn person(doc: &Document<'_>, first: usize, last: usize) -> Option<Person> {
    // ("rounded Cape Horn", "climbed Mount Kenya": a place, not a given name.)
    // ("his ketch Gipsy Moth IV", "the command ship Columbia": a craft's name.)
    let craft = first > 0 && spaced(doc, first - 1) && vocab::craft_noun(&lower(doc, first - 1));
    if craft || (first < last && vocab::place_head(&lower(doc, first))) {
        return None;
    }
    let mut gender = None;
    let mut names = Vec::new();
    for k in first..=last {
        let w = lower(doc, k);
        // "Finance minister Rania Haddad": a title inside the run starts the name after
        // it (unless it ends the run: "Billie Jean King").
        // (Not an initial: the "M." of "RICHARD M. NIXON" is no "M." of "M. Dupont".)
        if !names.is_empty() && k < last && is_title(&w) && w.len() > 1 {
            names.clear();
            gender = title_gender(&w);
            continue;
        }
        if names.is_empty() {
            if is_title(&w) {
                gender = gender.or(title_gender(&w));
                continue;
            }
            if NOT_NAMES.contains(&w.as_str()) {
                continue;
            }
        }
        let possessive = crate::text::is_possessive(&w);
        // "Kazakhstan's Aigerim Seitkali", "Apple's Tim Cook": the name starts after an
        // owner before it. An owner ending the run ("Smith's") is not a mention of one.
        if possessive && k < last && !calendar_word(&w) {
            names.clear();
            gender = None;
            continue;
        }
        // ("June Carter Cash": a month that is also a given name, before two more names.)
        let given_month =
            names.is_empty() && matches!(w.as_str(), "april" | "june") && last >= k + 2;
        if (calendar_word(&w) && !given_month) || possessive {
            return None;
        }
        names.push(k);
    }
    // ("Benigno Aquino Jr." over a fact box: the surname before the suffix.)
    if names.len() >= 3
        && matches!(
            lower(doc, names[names.len() - 1]).as_str(),
            "jr" | "sr" | "iii"
        )
    {
        names.pop();
    }
    // ("John Paul II was born …": a regnal number after the name.)
    if names.len() >= 2 && regnal(doc, names[names.len() - 1]) {
        names.pop();
    }
    if names.is_empty() || names.len() > 3 {
        return None;
    }
    // "Victoria's Country Fire Authority, who …": a body, not a person.
    if names.len() >= 2 && BODY_NOUNS.contains(&lower(doc, *names.last()?).as_str()) {
        return None;
    }
    let surname = fold(&doc.word_str(*names.last()?));
    let given = (names.len() >= 2).then(|| fold(&doc.word_str(names[0])));
    let middle = (names.len() == 3).then(|| fold(&doc.word_str(names[1])));
    // "his wife Ada Okonkwo", "her father, Josef Keller".
    let relative = (1..=2).any(|back| {
        first.checked_sub(back).is_some_and(|k| {
            doc.words[k].block == doc.words[first].block && kin_word(&lower(doc, k))
        })
    });
    Some(Person {
        given,
        surname,
        middle,
        gender,
        span: doc.words[names[0]].span.cover(doc.words[last].span),
        relative,
    })
}

/// The name ending at word `last`.
pub(super) fn name_ending_at(doc: &Document<'_>, end: usize) -> Option<Person> {
    // ("Pope Benedict XVI (88)": the name before its regnal number, which the mention
    // keeps.)
    let numbered = regnal(doc, end) && end > 0 && joined(doc, end - 1);
    let last = if numbered { end - 1 } else { end };
    if !name_like(doc, last) {
        return None;
    }
    let mut first = last;
    while first > 0
        && last - first < 4
        && joined(doc, first - 1)
        && (name_like(doc, first - 1) || is_title(&lower(doc, first - 1)))
    {
        first -= 1;
    }
    let mut p = person(doc, first, last)?;
    if numbered {
        p.span = p.span.cover(doc.words[end].span);
    }
    Some(p)
}

/// Whether word `k` is a regnal number: "II", "XVI" (not "I", which is a pronoun too).
pub(super) fn regnal(doc: &Document<'_>, k: usize) -> bool {
    let w = doc.word_str(k);
    (2..=5).contains(&w.len()) && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
}

/// The name ending at word `last`, or the role that refers back to one there ("the king").
fn name_or_role_ending_at(doc: &Document<'_>, last: usize) -> Option<Person> {
    name_ending_at(doc, last).or_else(|| names::role_ending_at(doc, last))
}

/// The name starting at word `first`.
pub(super) fn name_starting_at(doc: &Document<'_>, first: usize) -> Option<Person> {
    if !name_like(doc, first) && !is_title(&lower(doc, first)) {
        return None;
    }
    let mut last = first;
    // (The words are counted from after a title inside the run: "Supreme Court Justice
    // Ruth Bader Ginsburg" is Ginsburg.)
    let mut from = first;
    while last + 1 < doc.words.len()
        && last + 1 - from < 5
        && joined(doc, last)
        && name_like(doc, last + 1)
    {
        last += 1;
        if is_title(&lower(doc, last)) {
            from = last + 1;
        }
    }
    person(doc, first, last)
}

/// An age written as a number from 1 to 120 in digits, or in words from two to ninety-nine
/// ("forty-five"), as newsrooms write both.
pub(super) fn age_number(doc: &Document<'_>, i: usize) -> Option<u32> {
    age_value(&doc.word_str(i))
}

/// What follows an age: a comma, a full stop, a closing bracket, the end of the block.
fn age_closed(doc: &Document<'_>, i: usize, bracket: bool) -> bool {
    if !next_in_block(doc, i) {
        let rest = &doc.text()[doc.words[i].span.end()..];
        return if bracket { rest.starts_with(')') } else { true };
    }
    let b = between(doc, i);
    if bracket {
        b.starts_with(')')
    } else {
        b.starts_with([',', ';', ')']) || b.starts_with(". ") || b == "." || b == " ("
    }
}

pub(super) fn find(doc: &Document<'_>, q: &mut Quantities) {
    let mut ages = Vec::new();
    let mut births = Vec::new();
    let names = full_names(doc);
    for i in 0..doc.words.len() {
        if let Some(a) = age_at(doc, i, &names) {
            ages.push(a);
        }
        let w = lower(doc, i);
        // "born in 1972", and the abbreviation in "Tomasz Nowak (b. 1984)".
        let abbreviated = w == "b"
            && between(doc, i) == ". "
            && i > 0
            && between(doc, i - 1).trim() == "("
            && doc
                .words
                .get(i + 1)
                .is_some_and(|n| year(&doc.text()[n.span.range()]).is_some());
        // ("Born: Dec. 17, 1936, Buenos Aires" is a fact-box label: `fact_lines` reads it.)
        if ((w == "born" && !between(doc, i).trim_start().starts_with(':')) || abbreviated)
            && let Some(b) = birth_at(doc, i)
        {
            births.push(b);
        }
        if w == "birth"
            && let Some(b) = birth::date_of_birth_at(doc, i)
        {
            births.push(b);
        }
    }
    fact_lines(doc, &mut ages, &mut births);
    // "The 38-year-old, born in 1984": a birth given to the unnamed age phrase is the
    // birth of whoever that age was found to be.
    for b in &mut births {
        if b.person.surname.starts_with('#')
            && let Some(a) = ages.iter().find(|a| a.span.contains(b.person.span))
        {
            b.person = a.person.clone();
        }
    }
    dated::date_ages(doc, &mut ages, &births);
    // An age at a past event with no single year in its sentence ("was 19 when she moved")
    // is an age at a time the text does not give.
    ages.retain(|a| !a.past || a.at.is_some());
    ages.sort_by_key(|a| a.span.start());
    births.sort_by_key(|b| b.span.start());
    q.ages = ages;
    q.births = births;
    q.full_names = names;
}

/// An age whose number (or "45-year-old") is word `i`.
/// `names` are the article's full names ([`full_names`]).
fn age_at(doc: &Document<'_>, i: usize, names: &[(String, String, usize)]) -> Option<Age> {
    // The finding shows the name with the age ("Whitcombe, 45", "Reyes (25)").
    let make = |person: Person, age: u32| Age {
        span: person.span.cover(doc.words[i].span),
        turning: false,
        person,
        age,
        sentence: sentence_at(doc, i),
        years: Vec::new(),
        at: None,
        past: false,
    };
    if let Some(age) = year_old(&doc.word_str(i)) {
        // "The 38-year-old", "a 19-year-old student": the phrase as the reader sees it.
        let mut first = i;
        if i > 0 && spaced(doc, i - 1) && matches!(lower(doc, i - 1).as_str(), "the" | "a" | "an") {
            first = i - 1;
        }
        let phrase_end = |k: usize| doc.words[first].span.cover(doc.words[k].span);
        // ("The 75-year-old alliance has grown to 32 members": not a person's age.)
        if spaced(doc, i) && vocab::thing_noun(&lower(doc, i + 1)) {
            return None;
        }
        // "the 45-year-old Smith", "45-year-old businessman John Smith".
        let mut k = i;
        let mut described = false;
        for step in 0..5 {
            // (Five words only past a capitalised description.)
            if !spaced(doc, k) || (step >= 3 && !described) {
                break;
            }
            k += 1;
            if name_like(doc, k) {
                // ("The 24-year-old Spaniard", "the 59-year-old former Dutch prime minister":
                // a lone capitalised word that is no one's surname here describes the person;
                // a full name may follow the description: "Eighteen-year-old Swedish climate
                // activist Greta Thunberg", not "The 24-year-old Spaniard beat Novak …".)
                let p = name_starting_at(doc, k)?;
                if p.given.is_none() && !names.iter().any(|n| n.1 == p.surname) {
                    if described {
                        break;
                    }
                    described = true;
                    continue;
                }
                // (Nor a name after a verb: "The 24-year-old beat Richard Thompson".)
                if (described || k > i + 1) && !vocab::role_word(&lower(doc, k - 1)) {
                    break;
                }
                // ("The 31-year-old Queen Mary, which made her maiden voyage in 1936": a
                // thing named after someone.)
                let end = doc.words.partition_point(|w| w.span.end() <= p.span.end());
                if end < doc.words.len() && lower(doc, end) == "which" {
                    return None;
                }
                return Some(Age {
                    span: phrase_end(k).cover(p.span),
                    ..make(p, age)
                });
            }
            if doc.words[k].shape != crate::doc::Shape::Lower {
                k -= 1;
                break;
            }
        }
        // "Smith, a 45-year-old engineer".
        if i >= 2
            && matches!(lower(doc, i - 1).as_str(), "a" | "an")
            && spaced(doc, i - 1)
            && next_in_block(doc, i - 2)
            && between(doc, i - 2).trim() == ","
        {
            return name_ending_at(doc, i - 2).map(|p| make(p, age));
        }
        // "The 40-year-old" opening a sentence without a birth of its own is the person
        // the sentence before opens with ("Ann Roe, who was born in 1985, said … The
        // 40-year-old …").
        // (Or after the quotation it attributes: "\"…,\" the 35-year-old told reporters".)
        let quoted = first > 0 && {
            let gap = between(doc, first - 1).trim_end();
            [",\"", ",”", ",'", ",’"].iter().any(|q| gap.ends_with(q))
        };
        // ("The 25-year-old man was taken to hospital": a plain noun for a person after the
        // age brings in someone the story has not named, not the one before.)
        let someone = spaced(doc, i)
            && matches!(
                lower(doc, i + 1).as_str(),
                "man" | "woman" | "boy" | "girl" | "person" | "victim" | "suspect"
            );
        // (Or after an opening phrase set off by a comma that names no one: "In his
        // homily, delivered partly in English, the 67-year-old warned …".)
        let after_opening = first > 0 && between(doc, first - 1).trim() == "," && {
            let s0 = doc.sentences[sentence_at(doc, first) as usize].words.start as usize;
            s0 + 1 < first
                && matches!(
                    lower(doc, s0).as_str(),
                    "in" | "at" | "on" | "after" | "before" | "during" | "since" | "speaking"
                )
                && !(s0 + 1..first).any(|k| {
                    name_like(doc, k) && name_starting_at(doc, k).is_some_and(|p| p.given.is_some())
                })
        };
        let opens = first + 1 == i
            && lower(doc, first) == "the"
            && (sentence_start(doc, first) || quoted || after_opening)
            && !someone;
        if opens
            && let Some(p) = names::aged_role(doc, i)
                .or_else(|| antecedent(doc, i))
                .or_else(|| sole_person(doc, None))
        {
            return Some(Age {
                span: phrase_end(i),
                ..make(p, age)
            });
        }
        let person = anonymous(doc, i);
        // No name: "The 38-year-old, who was born in 1979, …" — the age and a birth given
        // in the same phrase belong to whoever the phrase is.
        return Some(Age {
            span: phrase_end(k.max(i)),
            ..make(person, age)
        });
    }
    let age = age_number(doc, i)?;
    if i == 0 || !next_in_block(doc, i - 1) {
        return None;
    }
    let gap = between(doc, i - 1);
    // "Aged 45, she …": the person the sentence before opens with.
    if lower(doc, i - 1) == "aged"
        && spaced(doc, i - 1)
        && sentence_start(doc, i - 1)
        && between(doc, i).trim() == ","
        && matches!(lower(doc, i + 1).as_str(), "he" | "she")
    {
        return antecedent(doc, i).map(|p| Age {
            span: doc.words[i - 1].span.cover(doc.words[i].span),
            ..make(p, age)
        });
    }
    // "Aged 92, Buffett has been in charge since 1965": the name after the comma; not
    // with a past verb after it ("Aged 25, Smith moved to London": an age then).
    if lower(doc, i - 1) == "aged"
        && spaced(doc, i - 1)
        && sentence_start(doc, i - 1)
        && between(doc, i).trim() == ","
        && name_like(doc, i + 1)
        && let Some(p) = name_starting_at(doc, i + 1)
    {
        let after = doc.words.partition_point(|w| w.span.end() <= p.span.end());
        let past = after < doc.words.len() && crate::doc::dates::is_past_form(&lower(doc, after));
        return (!past).then(|| Age {
            span: doc.words[i - 1].span.cover(doc.words[i].span),
            ..make(p, age)
        });
    }
    // "Smith (45)".
    if gap.trim() == "(" && age_closed(doc, i, true) {
        return name_ending_at(doc, i - 1).map(|p| make(p, age));
    }
    if let Some(p) = pronoun_age(doc, i) {
        return Some(Age {
            span: doc.words[i - 1].span.cover(doc.words[i].span),
            ..make(p, age)
        });
    }
    if let Some((p, first, then)) = age_before_subject(doc, i) {
        return Some(Age {
            span: doc.words[first].span.cover(doc.words[i].span),
            at: then.then_some(DEATH_PENDING),
            past: then,
            ..make(p, age)
        });
    }
    if let Some((p, first)) = age_when(doc, i) {
        return Some(Age {
            span: doc.words[first].span.cover(doc.words[i].span),
            at: Some(DEATH_PENDING),
            past: true,
            ..make(p, age)
        });
    }
    // "Marc Tremblay, a father of three aged 52 from …": "aged" closing the description
    // set off after the name.
    if i >= 4 && lower(doc, i - 1) == "aged" && spaced(doc, i - 1) {
        let mut k = i - 1;
        while k > 1 && i - k < 7 && spaced(doc, k - 1) && !name_like(doc, k - 1) {
            k -= 1;
            // ("a retired teacher whose son is aged 41": someone else's age; not "a father
            // of three aged 52", a description.)
            let w = lower(doc, k);
            if matches!(w.as_str(), "is" | "was" | "who" | "whose" | "which") {
                break;
            }
            if matches!(lower(doc, k).as_str(), "a" | "an")
                && next_in_block(doc, k - 1)
                && between(doc, k - 1).trim() == ","
            {
                return name_ending_at(doc, k - 1).map(|p| make(p, age));
            }
        }
    }
    if !age_closed(doc, i, false) {
        return clause_age(doc, i, age).map(|(p, now, death)| Age {
            turning: now < age,
            at: death.then_some(DEATH_PENDING),
            ..make(p, now)
        });
    }
    // "Smith, 45,"; "The king, 76,".
    if gap.trim() == "," && gap.ends_with(' ') {
        // ("Princess Grace of Monaco, 55,": the person before "of" and a place.)
        let p = name_or_role_ending_at(doc, i - 1).map(|p| {
            let first = doc
                .words
                .partition_point(|w| w.span.start() < p.span.start());
            (first >= 2 && lower(doc, first - 1) == "of" && spaced(doc, first - 1))
                .then(|| name_ending_at(doc, first - 2))
                .flatten()
                .filter(|q| q.given.is_some())
                .unwrap_or(p)
        });
        return p.map(|p| make(p, age));
    }
    // "John W. Hinckley Jr., 25,": the name before the suffix.
    if gap == "., "
        && i >= 2
        && matches!(lower(doc, i - 1).as_str(), "jr" | "sr")
        && spaced(doc, i - 2)
    {
        return name_ending_at(doc, i - 2).map(|p| make(p, age));
    }
    // "Smith, who is 45,".
    if i >= 3
        && lower(doc, i - 1) == "is"
        && lower(doc, i - 2) == "who"
        && spaced(doc, i - 1)
        && spaced(doc, i - 2)
        && next_in_block(doc, i - 3)
        && between(doc, i - 3).trim() == ","
    {
        return name_ending_at(doc, i - 3).map(|p| make(p, age));
    }
    // "Smith, aged 45,"; "John W. Hinckley Jr., aged 28," (the name before the suffix).
    let suffix = |k: usize| {
        k >= 1 && between(doc, k) == "., " && matches!(lower(doc, k).as_str(), "jr" | "sr")
    };
    if i >= 2
        && matches!(lower(doc, i - 1).as_str(), "aged" | "age")
        && spaced(doc, i - 1)
        && next_in_block(doc, i - 2)
        && (between(doc, i - 2).trim() == "," || suffix(i - 2))
        && let Some(p) = if suffix(i - 2) {
            name_ending_at(doc, i - 3)
        } else {
            name_or_role_ending_at(doc, i - 2)
        }
        // ("died … at his home in Tigre, outside Buenos Aires, aged 62": a place; the age
        // is the subject's, read below.)
        && !after_place_word(doc, &p)
    {
        return Some(make(p, age));
    }
    clause_age(doc, i, age).map(|(p, now, death)| Age {
        turning: now < age,
        at: death.then_some(DEATH_PENDING),
        ..make(p, now)
    })
}

/// Whether the name `p` follows a preposition of place ("in", "outside", "near" …): a place.
fn after_place_word(doc: &Document<'_>, p: &Person) -> bool {
    let first = doc
        .words
        .partition_point(|w| w.span.start() < p.span.start());
    first > 0
        && spaced(doc, first - 1)
        && matches!(
            lower(doc, first - 1).as_str(),
            "in" | "at" | "outside" | "near"
        )
}

/// Marks an age at death until [`find`] reads the date of the death in its sentence.
const DEATH_PENDING: (crate::text::date::Date, bool) = (
    crate::text::date::Date {
        year: 0,
        month: 0,
        day: 0,
    },
    false,
);

/// Whether word `k` opens its sentence.
pub(super) fn sentence_start(doc: &Document<'_>, k: usize) -> bool {
    doc.sentences
        .get(sentence_at(doc, k) as usize)
        .is_some_and(|s| s.words.start as usize == k)
}

/// The person a sentence-opening "The 40-year-old" or "Aged 40, she" (word `i`) refers
/// back to: the name that opens the sentence before, when that sentence names no one else
/// and no relative ("Ann Roe's son", "her father").
pub(super) fn antecedent(doc: &Document<'_>, i: usize) -> Option<Person> {
    antecedent_of(doc, i, None)
}

/// An age the clause around it gives to a person named earlier: "Smith, now 45,", "Smith,
/// who turns 46 next month", "Chen Wei (aged 45)", and in a sentence about a death the age at
/// death: "Peter Grant, who died on Monday aged 81", "Grant died at 81", "Moss died at the
/// age of 92". An age after "then", "at" or "aged" in other sentences ("at 19 she moved",
/// "then 45") is an age at some other time and is not read. Word `i` is the number.
fn clause_age(doc: &Document<'_>, i: usize, age: u32) -> Option<(Person, u32, bool)> {
    let before = |back: usize| {
        i.checked_sub(back)
            .filter(|&k| spaced(doc, k))
            .map(|k| lower(doc, k).into_owned())
    };
    let comma_before =
        |k: usize| k > 0 && next_in_block(doc, k - 1) && between(doc, k - 1).trim() == ",";
    let prev = before(1)?;
    // "Smith, now 45,"; not "Dolly, now seven months old".
    if prev == "now"
        && comma_before(i - 1)
        && !(spaced(doc, i)
            && matches!(
                lower(doc, i + 1).as_ref(),
                "months" | "month" | "weeks" | "week" | "days" | "day"
            ))
    {
        return name_ending_at(doc, i - 2).map(|p| (p, age, false));
    }
    // "Smith, who turns 46 next month": 45 now. "who turned 46" is 46 now.
    if matches!(prev.as_str(), "turns" | "turned" | "turning")
        && before(2).as_deref() == Some("who")
        && i >= 3
        && comma_before(i - 2)
    {
        let now = if prev == "turned" {
            age
        } else {
            age.checked_sub(1)?
        };
        return name_or_role_ending_at(doc, i - 3).map(|p| (p, now, false));
    }
    // "Chen Wei (aged 45)".
    if matches!(prev.as_str(), "aged" | "age")
        && i >= 2
        && next_in_block(doc, i - 2)
        && between(doc, i - 2).trim() == "("
        && age_closed(doc, i, true)
    {
        return name_ending_at(doc, i - 2).map(|p| (p, age, false));
    }
    // "At 33, Park still trains …", "At 49, she is also the youngest …": an age now, told
    // in the present ("At 45, Obama becomes …", "At 72, Chirac begins a second term", "At
    // 44, he will be …": or about to be).
    if prev == "at"
        && sentence_start(doc, i - 1)
        && between(doc, i).trim() == ","
        && let Some((p, after)) = name_starting_at(doc, i + 1)
            .map(|p| {
                let after = doc.words.partition_point(|w| w.span.end() <= p.span.end());
                (p, after)
            })
            .or_else(|| pronoun_person(doc, i + 1).map(|p| (p, i + 2)))
        && spaced(doc, after.saturating_sub(1))
        && matches!(
            lower(doc, after).as_str(),
            "still"
                | "is"
                | "remains"
                | "continues"
                | "has"
                | "becomes"
                | "will"
                | "begins"
                | "starts"
                | "enters"
                | "faces"
                | "takes"
                | "seeks"
        )
    {
        return Some((p, age, false));
    }
    // The age at a death: "aged 81", "at 81", "at the age of 81".
    let at_death = match prev.as_str() {
        "aged" | "at" => true,
        "of" => {
            before(2).as_deref() == Some("age")
                && before(3).as_deref() == Some("the")
                && before(4).as_deref() == Some("at")
        }
        _ => false,
    };
    if !at_death {
        return None;
    }
    let s = doc.sentences.get(sentence_at(doc, i) as usize)?;
    // A dateline opening the sentence is not its subject ("ACCRA, March 20, 2025 (AFP) -"):
    // the sentence starts after the dash that follows the dateline's date.
    let mut s0 = s.words.start as usize;
    if let Some((_, at)) = doc.meta.dateline
        && s.span.contains(at)
    {
        let after = doc.words.partition_point(|w| w.span.start() < at.end());
        if let Some(k) = (after..i.min(after + 4))
            .find(|&k| k > 0 && between(doc, k - 1).contains(['-', '\u{2013}', '\u{2014}']))
        {
            s0 = k;
        }
    }
    if s0 >= i {
        return None;
    }
    // The person is the name that opens the sentence ("Peter Grant, who died …", "Frank
    // Moss died …"), or else the first full name after a lead-in of a few words ("LIMA -
    // Peruvian novelist Ana Soto, who …", "Retired judge Ana Soto died …") with no relative
    // or possessive in it ("The son of Ana Soto").
    if let Some(p) = name_starting_at(doc, s0)
        && let Some((p, a)) = death_age(doc, i, age, p)
    {
        return Some((p, a, true));
    }
    // (Each such name in turn: a dateline's place or agency comes first, "WEST ORANGE, New
    // Jersey (AP) - Thomas Alva Edison died …", "GENEVA (Global Wire) — Audrey Hepburn …".)
    (s0 + 1..i.min(s0 + 8)).find_map(|lead| {
        let q =
            name_starting_at(doc, lead).filter(|q| name_like(doc, lead) && q.given.is_some())?;
        let blocked = (s0..lead).any(|k| {
            let w = lower(doc, k);
            kin_word(&w) || death_word(&w) || matches!(w.as_str(), "of" | "by" | "said")
        }) || (s0..lead).any(|k| crate::text::is_possessive(&doc.word_str(k)));
        if blocked {
            return None;
        }
        death_age(doc, i, age, q).map(|(p, a)| (p, a, true))
    })
}

/// Where an aside on a person set off by commas right after the name (ending before word
/// `name_end`) ends, before word `s1`: a relative clause ("Henry Kissinger, who served under
/// Presidents Richard Nixon and Gerald Ford, died …") or a description ending in a common
/// noun ("Ozzy Osbourne, Black Sabbath singer, dies …"). The names in it are not who the
/// sentence is about. `name_end` when there is none ("Smith, Jones and Lee").
pub(super) fn aside_end(doc: &Document<'_>, name_end: usize, s1: usize) -> usize {
    if name_end >= s1 || name_end == 0 || between(doc, name_end - 1).trim() != "," {
        return name_end;
    }
    let Some(last) = (name_end..s1).find(|&k| between(doc, k).trim() == ",") else {
        return name_end;
    };
    let relative = matches!(lower(doc, name_end).as_str(), "who" | "whose");
    let described = doc.words[last].shape == crate::doc::Shape::Lower
        && (name_end..=last).all(|k| spaced(doc, k) || k == last);
    if relative || described {
        last + 1
    } else {
        name_end
    }
}
