//! Whose a birth is: the name before "born" ("Smith, who was born …", "Smith (born …"),
//! the person a pronoun or a role noun stands for, or the subject after an opening
//! "Born in 1972 in Leeds, …".

use crate::doc::{Document, Shape};

use super::super::words::{between, lower, name_like, next_in_block, sentence_at, spaced};
use super::born::{born_date, comma_gap, whereabouts_word};
use super::names::{aged_noun_before, anonymous, role_ending_at};
use super::pronouns::{own_sentence_person, pronoun_person_back};
use super::vocab::kin_word;
use super::{
    Birth, Person, age_number, antecedent, name_ending_at, name_starting_at, regnal,
    sentence_start, year_old,
};

/// A birth given with "born" at word `i`, with whose it is.
pub(super) fn birth_at(doc: &Document<'_>, i: usize) -> Option<Birth> {
    let (date, span, last) = born_date(doc, i)?;
    let sentence = sentence_at(doc, i);
    let make = |person: Person| Birth {
        person,
        date,
        span,
        sentence,
        by_pronoun: false,
    };
    let pronoun = |person: Person| Birth {
        by_pronoun: true,
        ..make(person)
    };
    // Backwards: "Smith was born", "Smith, who was born", "Smith (born", "Smith, born".
    let mut k = i;
    // "A nurse from Krakow who was born in 1987, she …": the name is a place.
    let mut placed = false;
    while k > 0 {
        if !next_in_block(doc, k - 1) {
            break;
        }
        let gap = between(doc, k - 1).trim();
        if !matches!(gap, "" | "," | "(") {
            break;
        }
        let w = lower(doc, k - 1);
        // "Smith, 45, who was born": the age stands between the name and the clause.
        let age_between = k >= 2
            && age_number(doc, k - 1).is_some()
            && (between(doc, k - 2).trim() == ","
                || matches!(lower(doc, k - 2).as_str(), "is" | "aged"));
        if age_between || matches!(w.as_str(), "who" | "was" | "is" | "had" | "been" | "aged") {
            k -= 1;
            continue;
        }
        // "She was born on May 1, 1950": the person the sentence before is about; so too
        // after an opening kin phrase: "The son of a Swedish prime minister, he was born".
        let kin_opening = || {
            let s0 = doc.sentences[sentence_at(doc, k - 1) as usize].words.start as usize;
            k >= 2
                && between(doc, k - 2).trim() == ","
                && matches!(lower(doc, s0).as_str(), "the" | "a")
                && kin_word(&lower(doc, s0 + 1))
                && lower(doc, s0 + 2) == "of"
                && (s0..k - 1).all(|m| !matches!(lower(doc, m).as_str(), "he" | "she"))
        };
        // ("A former prince of Greece and Denmark, he was born …": a description that opens
        // the sentence, set off by a comma, before the pronoun.)
        let described = || {
            let s0 = doc.sentences[sentence_at(doc, k - 1) as usize].words.start as usize;
            k >= 3
                && s0 + 2 < k - 1
                && matches!(lower(doc, s0).as_str(), "a" | "an" | "the")
                && between(doc, k - 2).trim() == ","
                && (s0..k - 2).all(|m| spaced(doc, m))
        };
        if matches!(w.as_str(), "he" | "she")
            && (sentence_start(doc, k - 1) || kin_opening() || described())
        {
            return pronoun_person_back(doc, k - 1).map(pronoun);
        }
        // "Lund died on Tuesday in Aarhus, the city where he was born in 1938": the person
        // the sentence itself is about.
        if matches!(w.as_str(), "he" | "she")
            && k >= 2
            && lower(doc, k - 2) == "where"
            && spaced(doc, k - 2)
        {
            return own_sentence_person(doc, k - 1).map(pronoun);
        }
        // "Bergoglio, 76, the son of Italian immigrants, was born …", "Maxwell, the daughter
        // of … Robert Maxwell, was born …": a kin apposition set off before the verb is said
        // of the name before it.
        if gap == ","
            && let Some(open) = (k.saturating_sub(10)..k.saturating_sub(2))
                .rev()
                .find(|&j| {
                    j > 0
                        && lower(doc, j) == "the"
                        && kin_word(&lower(doc, j + 1))
                        && lower(doc, j + 2) == "of"
                        && between(doc, j - 1).trim() == ","
                })
        {
            k = open;
            continue;
        }
        // "Aldrin, 41, an Air Force colonel and the son of an early aviator, was born …",
        // "Guevara, a doctor by training, was born …": a description set off after a name
        // (and its age) is said of the name; so is one a relative clause on it follows
        // ("Tereshkova, a former textile mill worker who was born in 1937 …"), and so is a
        // relative clause set off between the name and the verb ("Sheinbaum, who governed
        // the capital from 2018 to 2023, was born …").
        let described = |j: usize| {
            j > 1
                && matches!(lower(doc, j).as_str(), "a" | "an" | "the")
                && ((age_number(doc, j - 1).is_some() && between(doc, j - 2).trim() == ",")
                    || name_like(doc, j - 1))
        };
        let related = |j: usize| gap == "," && lower(doc, j) == "who" && name_like(doc, j - 1);
        // Openers set off by a comma, nearest first, with no clause mark up to the verb.
        let openers = || {
            (k.saturating_sub(16)..k.saturating_sub(1))
                .rev()
                .filter(|&j| {
                    j > 0
                        && between(doc, j - 1).trim() == ","
                        && (j..k - 1).all(|m| !between(doc, m).contains([',', ';', '.']))
                })
        };
        if (gap == "," || lower(doc, k) == "who")
            && let Some(open) = openers()
                .find(|&j| described(j))
                .or_else(|| openers().find(|&j| related(j)))
        {
            k = open;
            continue;
        }
        // "Queen Elizabeth II, who was born": the name before its regnal number.
        if k >= 2 && regnal(doc, k - 1) && spaced(doc, k - 2) && name_like(doc, k - 2) {
            k -= 1;
            continue;
        }
        if name_like(doc, k - 1) && k - 1 != i {
            let p = name_ending_at(doc, k - 1)?;
            let first = doc
                .words
                .partition_point(|w| w.span.start() < p.span.start());
            placed = first > 0
                && spaced(doc, first - 1)
                && matches!(
                    lower(doc, first - 1).as_str(),
                    "from" | "in" | "near" | "of"
                );
            if !placed {
                return Some(make(p));
            }
            break;
        }
        // "The defendant, born on 14 August 1968, …": a role noun opening the sentence is
        // the person the sentence before is about.
        // ("The former mayor, born …", "The former film producer, who was born …": up to
        // three words of description between.)
        let the = (2..=4).filter_map(|n| k.checked_sub(n)).find(|&t| {
            lower(doc, t) == "the"
                // ("The court said the woman, who was born …": the reported clause's opening.)
                && (sentence_start(doc, t)
                    || (t > 0
                        && spaced(doc, t - 1)
                        && matches!(lower(doc, t - 1).as_str(), "said" | "says" | "that")))
                && (t + 1..k)
                    .all(|j| doc.words[j].shape == crate::doc::Shape::Lower && spaced(doc, j - 1))
        });
        if let Some(t) = the
            && between(doc, k - 1).trim() == ","
        {
            // ("a 29-year-old woman" … "the woman, who was born in 2001": the same noun
            // after an age with no name.)
            // ("King Charles III … The king, 74, who was born …": the one person the article
            // names with that title.)
            return role_ending_at(doc, k - 1)
                .or_else(|| aged_noun_before(doc, t, &lower(doc, k - 1)))
                .or_else(|| antecedent(doc, t))
                .map(make);
        }
        // "The 38-year-old, who was born", "the 29-year-old striker, born".
        for back in 1..=3 {
            let Some(at) = k.checked_sub(back) else { break };
            if year_old(&doc.word_str(at)).is_some() {
                return Some(make(anonymous(doc, at)));
            }
            if doc.words[at].shape != crate::doc::Shape::Lower || at == 0 || !spaced(doc, at - 1) {
                break;
            }
        }
        break;
    }
    // Forwards: "Born in 1972, Smith studied …", "Born in Leeds in 1972, Smith …".
    let opens = doc
        .sentences
        .get(sentence as usize)
        .is_some_and(|s| s.words.start as usize == i);
    let mut last = last;
    // "Born in 1961 in Enugu, Grace Okafor …", "Born on Jan. 9, 1946, in Kumasi, Asante …":
    // the place between.
    if opens
        && (spaced(doc, last) || between(doc, last).trim() == ",")
        && matches!(lower(doc, last + 1).as_str(), "in" | "at" | "near")
        && spaced(doc, last + 1)
    {
        // ("Born on August 29, 1939, at a U.S. naval air station in the Panama Canal Zone,
        // McCain …": "at" as "in".)
        let mut k = last + 2;
        // "in the mountain town of Zakopane", "in the Nile Delta village of Mit Abu
        // al-Kum": a described place.
        if lower(doc, k) == "the"
            && let Some(of) = (k + 1..(k + 6).min(doc.words.len()))
                .take_while(|&j| {
                    spaced(doc, j - 1)
                        && matches!(doc.words[j].shape, Shape::Lower | Shape::Capitalised)
                })
                .find(|&j| lower(doc, j) == "of")
            && spaced(doc, of)
        {
            k = of + 1;
        }
        let start = k;
        if k < doc.words.len() && name_like(doc, k) {
            // ("Marktl am Inn", "Newcastle upon Tyne": a particle inside the place's name.)
            let particle = |j: usize| super::born::particle_at(doc, j);
            while spaced(doc, k) && (name_like(doc, k + 1) || particle(k + 1)) && k - start < 4 {
                k += 1;
            }
            // ("the village of Mvezo in the Eastern Cape": the place's region after "in";
            // "the village of al-Awja near Tikrit": the town it is near; "Manacor on the
            // island of Mallorca": its island.)
            if spaced(doc, k)
                && matches!(lower(doc, k + 1).as_str(), "in" | "near" | "outside" | "on")
                && spaced(doc, k + 1)
            {
                let mut r = k + 2;
                // ("in Reggio Calabria in southern Italy in December 1946")
                if whereabouts_word(&lower(doc, r)) && spaced(doc, r) {
                    r += 1;
                }
                if lower(doc, r) == "the" && spaced(doc, r) {
                    r += 1;
                    // ("the island of", "the province of": a described region.)
                    if doc.words.get(r).is_some_and(|w| w.shape == Shape::Lower)
                        && lower(doc, r + 1) == "of"
                        && spaced(doc, r)
                        && spaced(doc, r + 1)
                    {
                        r += 2;
                    }
                }
                if r < doc.words.len() && name_like(doc, r) {
                    while spaced(doc, r) && name_like(doc, r + 1) && r - k < 6 {
                        r += 1;
                    }
                    // ("in the Stavropol region": the kind of region after its name.)
                    if spaced(doc, r)
                        && matches!(
                            lower(doc, r + 1).as_str(),
                            "region" | "province" | "district" | "county" | "state" | "valley"
                        )
                    {
                        r += 1;
                    }
                    // ("on Jamaica's north coast": a part of the place after its owner.)
                    if crate::text::is_possessive(&doc.word_str(r))
                        && let Some(end) = (r + 1..(r + 4).min(doc.words.len()))
                            .take_while(|&j| {
                                spaced(doc, j - 1) && doc.words[j].shape == Shape::Lower
                            })
                            .find(|&j| comma_gap(doc, j))
                    {
                        r = end;
                    }
                    k = r;
                }
            }
            last = region_after(doc, k);
            // ("…, in Lanus, on the southern outskirts of Buenos Aires, Maradona …": a
            // phrase set off after the place that says where it is.)
            if comma_gap(doc, last)
                && matches!(
                    lower(doc, last + 1).as_str(),
                    "on" | "near" | "outside" | "just" | "about" | "some"
                )
                && let Some(comma) = comma_after(doc, last + 1, 10)
            {
                last = comma;
            } else if spaced(doc, last)
                && matches!(lower(doc, last + 1).as_str(), "on" | "near" | "in" | "at")
                && let Some(end) = phrase_to_name(doc, last + 1, false)
            {
                // ("…, at Park House on the royal estate at Sandringham, Diana …": a phrase
                // that says where the place is, not set off.)
                last = end;
            }
        } else if let Some(end) = phrase_to_name(doc, last + 2, true) {
            // "in a farming village in northeastern Tibet, he …"
            last = end;
        }
    }
    // "Born in Wimbledon in 1980 to Nigerian parents, she …", "Born … on June 24, 1962,
    // to a family of scientists, Sheinbaum …", "… in 1954 into a prominent political
    // family, Abe …", "… to parents from India and Jamaica, Harris …": the parents after
    // the date.
    if opens
        && (spaced(doc, last) || comma_gap(doc, last))
        && matches!(lower(doc, last + 1).as_str(), "to" | "into")
        && spaced(doc, last + 1)
        && let Some(end) = phrase_to_name(doc, last + 2, true)
    {
        last = end;
    }
    // "Born in Fort Smith in 1965 and raised in Edmonton, he …": a second participle
    // phrase before the subject.
    if opens
        && (spaced(doc, last) || comma_gap(doc, last))
        && lower(doc, last + 1) == "and"
        && spaced(doc, last + 1)
        && matches!(
            lower(doc, last + 2).as_str(),
            "raised" | "educated" | "brought" | "grew" | "schooled" | "trained" | "adopted"
        )
        && let Some(comma) = comma_after(doc, last + 2, 8)
    {
        last = region_after(doc, comma);
    }
    // "Born in London on 2 September 1962, the son of a toolmaker and a nurse, he …": an
    // apposition on the person's family before the subject.
    // ("…, a great-grandson of Queen Victoria, Mountbatten …": a relative's word after "a".)
    let kin = |w: &str| {
        let w = w.strip_prefix("great-").unwrap_or(w);
        kin_word(w) && w != "whose"
    };
    if opens
        && comma_gap(doc, last)
        && ((lower(doc, last + 1) == "the"
            && matches!(
                lower(doc, last + 2).as_str(),
                "son" | "daughter" | "child" | "eldest" | "youngest" | "only"
            ))
            || (matches!(lower(doc, last + 1).as_str(), "a" | "an") && kin(&lower(doc, last + 2))))
        && let Some(comma) = comma_after(doc, last + 2, 12)
    {
        last = comma;
        // ("the son of a wealthy lawyer, Motilal Nehru, he …": the parent's name set off
        // after the apposition; the pronoun after it is the subject.)
        if name_like(doc, last + 1)
            && let Some(p) = name_starting_at(doc, last + 1)
        {
            let end = doc.words.partition_point(|w| w.span.end() <= p.span.end()) - 1;
            if between(doc, end).trim() == ","
                && matches!(lower(doc, end + 1).as_str(), "he" | "she")
            {
                last = end;
            }
        }
    }
    // "Born in Oxford on 8 January 1942, exactly 300 years after the death of Galileo,
    // Hawking …": a phrase set off after the date that dates it against something else;
    // "Born in Rome in January 1938, where his family lived in exile, Juan Carlos …": a
    // clause on the place.
    if opens
        && comma_gap(doc, last)
        && let Some(comma) = comma_after(doc, last + 1, 10)
        && (lower(doc, last + 1) == "where"
            || (last + 1..=comma).any(|k| matches!(lower(doc, k).as_str(), "after" | "before")))
        && (name_like(doc, comma + 1) || matches!(lower(doc, comma + 1).as_str(), "he" | "she"))
    {
        last = comma;
    }
    let described = placed
        && doc
            .sentences
            .get(sentence as usize)
            .is_some_and(|s| matches!(lower(doc, s.words.start as usize).as_str(), "a" | "an"));
    if (opens || described) && next_in_block(doc, last) && comma_gap(doc, last) {
        // "…, he told reporters": the person the sentence before is about.
        if matches!(lower(doc, last + 1).as_str(), "he" | "she") {
            return pronoun_person_back(doc, last + 1).map(pronoun);
        }
        // "Born in Belgrade on May 22, 1987, the Serbian first picked up a racket …": a
        // description for the person the sentence before is about.
        // (Not "the son of …", nor "the coach Ivan Ljubicic".)
        let described = (last + 2..(last + 5).min(doc.words.len()))
            .take_while(|&k| spaced(doc, k - 1))
            .all(|k| {
                let named = name_like(doc, k)
                    && name_starting_at(doc, k).is_some_and(|p| p.given.is_some());
                !(named || kin_word(&lower(doc, k)))
            });
        if lower(doc, last + 1) == "the" && spaced(doc, last + 1) && described {
            return antecedent(doc, last + 1).map(make);
        }
        // "Born in 1989 in Lagos, founder Tunde Adeyemi …": a description before the name.
        let name = (last + 1..(last + 5).min(doc.words.len()))
            .take_while(|&k| k == last + 1 || spaced(doc, k - 1))
            .find(|&k| doc.words[k].shape != Shape::Lower)?;
        return name_starting_at(doc, name)
            .filter(|p| name == last + 1 || p.given.is_some())
            .map(make);
    }
    None
}

/// The first word from `from` on, within `reach` words of its block, that a comma follows.
fn comma_after(doc: &Document<'_>, from: usize, reach: usize) -> Option<usize> {
    (from..(from + reach).min(doc.words.len()))
        .take_while(|&k| next_in_block(doc, k))
        .find(|&k| between(doc, k).trim() == ",")
}

/// The last word of a place ending at word `last`, over the region after it: "in
/// Scranton, Pennsylvania, Biden …" gives "Pennsylvania" when a name or "he"/"she" follows.
fn region_after(doc: &Document<'_>, last: usize) -> usize {
    if !(next_in_block(doc, last) && between(doc, last).trim() == ",") {
        return last;
    }
    let mut r = last + 1;
    while r < doc.words.len() && name_like(doc, r) && spaced(doc, r) && r - last < 3 {
        r += 1;
    }
    // "in Brilon, in the hilly Sauerland region, Merz …", "in Brilon, a small town in the
    // Sauerland region, Merz …": a described place after it; "in El Palmar, near Murcia,
    // Alcaraz …", "outside Lyon": a place near it.
    if matches!(
        lower(doc, last + 1).as_str(),
        "in" | "a" | "an" | "near" | "outside"
    ) && spaced(doc, last + 1)
        && let Some(end) = place_phrase(doc, last + 2)
    {
        return end;
    }
    // (Also "Aberdeen, Wash., he", and a region before the family or the parents: "in
    // Grantham, Lincolnshire, the daughter of a grocer, she", "…, Ohio, to a steelworker".)
    let family = matches!(lower(doc, r + 1).as_str(), "to" | "into")
        || (lower(doc, r + 1) == "the" && kin_word(&lower(doc, r + 2)));
    let region = r < doc.words.len()
        && name_like(doc, r)
        && next_in_block(doc, r)
        && matches!(between(doc, r).trim(), "," | ".,")
        && (name_like(doc, r + 1)
            || matches!(lower(doc, r + 1).as_str(), "he" | "she" | "and")
            || family);
    if region { r } else { last }
}

/// The last word of a place described in a few words from word `k` (after "in") up to a
/// comma that a name or "he"/"she" follows: "a farming village in northeastern Tibet, he",
/// "the hilly Sauerland region, Merz". Only plain words: no verb of a clause, no number.
fn place_phrase(doc: &Document<'_>, k: usize) -> Option<usize> {
    phrase_to_name(doc, k, false)
}

/// [`place_phrase`]; `families` lets a name be joined to another by "and" ("to parents from
/// India and Jamaica") and reads four words further ("at a U.S. naval air station in the
/// Panama Canal Zone").
fn phrase_to_name(doc: &Document<'_>, k: usize, families: bool) -> Option<usize> {
    let reach = if families { 16 } else { 8 };
    // ("to parents of Indian descent who had moved to Britain from East Africa": a
    // relative clause on the parents, whatever its verb.)
    let relative = if families {
        (k..(k + 8).min(doc.words.len()))
            .take_while(|&j| j == k || spaced(doc, j - 1))
            .find(|&j| j > k && lower(doc, j) == "who")
    } else {
        None
    };
    // ("a U.S. naval air station": an abbreviation's full stop ends no phrase.)
    let abbreviated = |j: usize| {
        between(doc, j) == ". "
            && doc.words[j].shape == Shape::AllCaps
            && doc.words[j].span.len() <= 3
    };
    let end = (k..(k + reach).min(doc.words.len()))
        .take_while(|&j| j == k || spaced(doc, j - 1) || abbreviated(j - 1))
        .find(|&j| next_in_block(doc, j) && between(doc, j).trim() == ",")?;
    let plain = (k..=relative.map_or(end, |r| r - 1).min(end)).all(|j| {
        let w = lower(doc, j);
        matches!(
            doc.words[j].shape,
            Shape::Lower | Shape::Capitalised | Shape::AllCaps
        ) && !w.ends_with("ed")
            && !matches!(w.as_str(), "was" | "is" | "he" | "she" | "who" | "which")
            // ("to an English father and a Dutch baroness": two parents, each with an
            // article.)
            && (w != "and"
                || (families
                    && j > k
                    && (matches!(lower(doc, j + 1).as_str(), "a" | "an")
                        || doc.words[j - 1].shape == Shape::Capitalised
                            && doc
                                .words
                                .get(j + 1)
                                .is_some_and(|n| n.shape == Shape::Capitalised))))
    });
    let then = end + 1;
    (plain
        && then < doc.words.len()
        && (name_like(doc, then) || matches!(lower(doc, then).as_str(), "he" | "she")))
    .then_some(end)
}

/// A full birth date given as "date of birth" (word `i` is "birth"): "confirm his name,
/// address and date of birth, 12 March 1985", "Court records list his date of birth as Oct.
/// 20, 1975". Whose it is: the name that opens the sentence, or else the person the sentence
/// before is about when a "his" or "her" stands a few words before.
pub(super) fn date_of_birth_at(doc: &Document<'_>, i: usize) -> Option<Birth> {
    if i < 2 || lower(doc, i - 1) != "of" || lower(doc, i - 2) != "date" {
        return None;
    }
    let gap = between(doc, i).trim();
    let at = match gap {
        "," => i + 1,
        "" if matches!(lower(doc, i + 1).as_str(), "as" | "is" | "was") && spaced(doc, i + 1) => {
            i + 2
        }
        _ => return None,
    };
    if at >= doc.words.len() || !next_in_block(doc, at - 1) {
        return None;
    }
    let (date, span, _) = super::born::date_at(doc, at)?;
    date.month_day?;
    let sentence = sentence_at(doc, i);
    let s0 = doc.sentences.get(sentence as usize)?.words.start as usize;
    // ("Hughes, who spoke only to confirm his name, address and date of birth, …": the
    // name opening the sentence, with a clause on it, is whose "his" it is; not in "Ana
    // Ruiz, 30, said the suspect gave his date of birth as …".)
    let opening = name_starting_at(doc, s0).filter(|p| {
        let after = &doc.text()[p.span.end()..];
        after.starts_with(", who ") || after.starts_with(", whose ")
    });
    let person = opening.or_else(|| {
        let gender =
            (i.saturating_sub(8).max(s0)..i - 2).find_map(|k| match lower(doc, k).as_str() {
                "his" => Some(super::Gender::Male),
                "her" => Some(super::Gender::Female),
                _ => None,
            })?;
        super::pronouns::antecedent_back(doc, i, Some(gender))
    })?;
    Some(Birth {
        person,
        date,
        span,
        sentence,
        by_pronoun: false,
    })
}
