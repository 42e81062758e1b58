//! What a count is: its key (the thing counted), its bound and tense, and where it stands;
//! the count reader (`counts.rs`) and the elided-noun readers build them.

use crate::span::Span;

use super::vocab::PEOPLE_PARTICIPLES;
use super::words::stem;

/// What a count counts: two counts with equal keys are counts of the same thing.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CountKey {
    /// The head noun, plural, lower case; "dead", "deaths" and "fatalities" read as
    /// "people" killed, "injured", "wounded" and "injuries" as "people" injured.
    pub noun: String,
    /// Words between the number and the noun ("permanent"), lower case, space-separated.
    pub mods: String,
    /// The stem of the verb that qualifies the noun ("kill" for "were killed", "killing").
    pub verb: String,
    /// Whose the things are ("council" for "members of the council", "the council's"), or
    /// the relative clause that says which ("deal with exports" for "agencies that deal
    /// with exports").
    pub owner: String,
}

/// The tense a count is stated in, where an auxiliary verb says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Unknown,
    Past,
    Present,
}

/// Which way a hedge leans: "at least 40" admits any figure above 40, "up to 300" any
/// below 300, "nearly 600" one a little below 600, "about 2,000" a figure close to 2,000.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    Exact,
    About,
    AtLeast,
    AtMost,
    /// "nearly 600", "almost 240", "close to 100": just under the figure, not far under it
    /// as "up to 300" may be.
    Nearly,
    /// "between 40 and 50", "40 to 50": any figure from [`Count::low`] to the value.
    Range,
}

/// A count of things stated in the text.
// The flags are independent facts about one mention, not the states of one machine.
#[allow(clippy::struct_excessive_bools)]
#[derive(Clone, Debug)]
pub struct Count {
    pub value: f64,
    /// Hedged: "at least", "about", "more than", "nearly" …
    pub approx: bool,
    /// The way the hedge leans ([`Bound::Exact`] when there is none).
    pub bound: Bound,
    pub key: CountKey,
    /// The whole mention, from the hedge or verb to the noun or verb after it.
    pub span: Span,
    /// The number alone.
    pub number: Span,
    /// Index of the sentence in [`Document::sentences`].
    pub sentence: u32,
    /// From a fact-box line ("Troops: 2,500"), a table row, or a list item or table cell
    /// that holds little else ("- 2,500 troops") rather than a sentence.
    pub fact: bool,
    /// Where, when the count says so right after it ("killed in Kabul"), folded.
    pub place: String,
    /// The label of a fact-box line or table row ("Troops" in "Troops: 2,500").
    pub label: Option<Span>,
    /// Who did what the verb before the count says, when a word right before it names them:
    /// "suits" in "these suits directly covered 248,803 employees", folded.
    pub agent: String,
    /// Introduced as known: "the 87 people", "its 7 members", "the council's nine members".
    pub definite: bool,
    pub tense: Tense,
    /// What the sentence says about time: years, months, weekdays, "yesterday", "last
    /// week" — lower case, sorted, without repeats.
    pub times: Vec<String>,
    /// The sentence speaks of a change, a total, another event, a plan or a rate ("rose from
    /// 78 to 87", "in all", "another 2,000 troops", "would send"), or the count is hedged by
    /// a word that makes it part of something else ("including 12 children"): never
    /// compared.
    pub guarded: bool,
    /// Who the sentence says gives the figure: "police" in "Police said 4,000 people
    /// attended", "organisers" in "according to the organisers", folded; empty when it
    /// names nobody (or only "he", "they").
    pub source: String,
    /// The time words of the sentence that date the saying, not the event: "tuesday" in
    /// "the agency said on Tuesday".
    pub stated: Vec<String>,
    /// The noun left out after a participle ("the 16 rescued", "the 11 trapped"): the
    /// count names whatever its verb befell, read as "people" but of any noun.
    pub elided: bool,
    /// The low end of a range ("between 40 and 50 people": 40, with `value` 50); equal to
    /// `value` for a single figure.
    pub low: f64,
    /// The verb is a participle before the noun ("the 32 closed schools"): it describes the
    /// set, so the days of the sentence belong to its main verb, not to the count.
    pub attributive: bool,
    /// A one-word measure of its noun ("Kosovo's 120-seat parliament"): a property of the
    /// thing, which the words of change or time in its sentence ("for the third time
    /// since the February election") do not touch.
    pub measure: bool,
    /// The part a partitive takes of this count, the whole: 4 for "Four of the six men".
    pub part: Option<f64>,
}

impl Count {
    /// Whether the two counts' agents can name the same one: the same, one unknown, or one
    /// the last words of the other ("alliance" and "national democratic alliance"; not
    /// "kurdistan alliance" and "united iraqi alliance").
    pub fn same_agent(&self, other: &Count) -> bool {
        let (a, b) = (self.agent.as_str(), other.agent.as_str());
        let tail = |long: &str, short: &str| {
            long.strip_suffix(short)
                .is_some_and(|head| head.ends_with(' '))
        };
        a == b || a.is_empty() || b.is_empty() || tail(a, b) || tail(b, a)
    }

    /// Whether the verb says what befell the things counted ("were injured", "were
    /// rescued", "were treated"): some of a crew or of the passengers, not all of them.
    pub fn befell(&self) -> bool {
        // The stems of the participles of what befalls people, made once.
        static STEMS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
            super::vocab::PEOPLE_PARTICIPLES
                .iter()
                .map(|p| super::words::stem(p))
                .collect()
        });
        let v = self.key.verb.as_str();
        !v.is_empty() && (v == "treat" || STEMS.iter().any(|s| s == v))
    }

    /// A count with what every reader knows — value, hedge, key, where — and nothing more
    /// said about it: no place, label, agent, tense, times, guard, source; not definite.
    /// Readers set the rest with struct update syntax.
    pub(super) fn bare(
        value: f64,
        hedged: Option<Bound>,
        key: CountKey,
        span: Span,
        number: Span,
        sentence: u32,
        fact: bool,
    ) -> Count {
        Count {
            value,
            approx: hedged.is_some(),
            bound: hedged.unwrap_or(Bound::Exact),
            key,
            span,
            number,
            sentence,
            fact,
            place: String::new(),
            label: None,
            agent: String::new(),
            definite: false,
            tense: Tense::Unknown,
            times: Vec::new(),
            guarded: false,
            source: String::new(),
            stated: Vec::new(),
            elided: false,
            low: value,
            attributive: false,
            measure: false,
            part: None,
        }
    }
}

/// Nouns that name the dead or injured themselves become "people" with a verb, as do
/// people owned by "deaths"; "persons" and "individuals" are "people", "soldiers" are
/// "troops", "golds" are "gold medals".
pub(super) fn canonical(mut key: CountKey) -> CountKey {
    // ("the deaths of 38 people": those killed, not people the deaths own.)
    if key.verb.is_empty() && matches!(key.owner.as_str(), "deaths" | "killing" | "killings") {
        key.verb = "kill".into();
        key.owner.clear();
    }
    let verb = match key.noun.as_str() {
        "dead" | "deaths" | "fatalities" | "killed" => Some("kill"),
        "injured" | "wounded" | "injuries" => Some("injur"),
        _ => None,
    };
    if let Some(v) = verb {
        key.noun = "people".into();
        key.verb = v.into();
    } else if PEOPLE_PARTICIPLES.contains(&key.noun.as_str()) {
        // "14 killed", "Arrested: 53": people, by what befell them.
        key.verb = stem(&key.noun);
        key.noun = "people".into();
    } else if matches!(key.noun.as_str(), "persons" | "individuals") {
        key.noun = "people".into();
    } else if let Some(metal) = ["gold", "silver", "bronze"]
        .into_iter()
        .find(|m| key.noun.strip_prefix(m) == Some("s"))
        && key.mods.is_empty()
    {
        // "five golds" and "the six gold medals": one count of medals.
        key.noun = "medals".into();
        key.mods = metal.into();
    }
    // "30,000 more troops" are the "Additional troops: 3,000" of a box.
    if key.mods == "more" || key.mods.starts_with("more ") {
        key.mods = format!("additional{}", &key.mods[4..]);
    }
    if key.noun == "soldiers" {
        // News copy uses the two for one force: "2,500 troops" in a fact box, "about 2,000
        // soldiers" in the text.
        key.noun = "troops".into();
    }
    key
}
