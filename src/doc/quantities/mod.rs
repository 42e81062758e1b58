//! Quantities stated in the text, for the rules that check that a fact stated twice agrees:
//! counts of things with their head noun and what qualifies it ("at least 78 people were
//! killed", "Troops: 2,500"), ages given for people ("Smith, 45,") and birth dates given for
//! them ("born in 1972"). Built once, after parsing, when a rule asks for it
//! ([`super::Needs::QUANTITIES`]); every span is a byte range into the source.

mod context;
mod count;
mod counts;
mod elided;
mod facts;
mod measures;
mod people;
mod vocab;
mod words;

pub use counts::{Bound, Count, CountKey, Tense};
pub(crate) use facts::box_title;
pub(crate) use people::tells_death;
pub use people::{Age, Birth, BirthDate, Gender, Person};
pub(crate) use words::{aboard_after, between};

/// Everything this module finds in one document.
#[derive(Clone, Debug, Default)]
pub struct Quantities {
    /// Counts, in source order.
    pub counts: Vec<Count>,
    /// Ages given for people, in source order.
    pub ages: Vec<Age>,
    /// Birth dates and years given for people, in source order.
    pub births: Vec<Birth>,
    /// Every full name the text uses ("John Smith"): (given name, surname, byte where first
    /// used), folded, sorted by surname and without repeats. Two given names with one surname
    /// make a bare surname ambiguous, unless only one of them is named before it.
    pub full_names: Vec<(String, String, usize)>,
    /// Figures the text says changed from one to the other ("rose from 78 to 87", "was
    /// revised from 1,200 to 1,020"): (from, to), in source order.
    pub changes: Vec<(f64, f64)>,
    /// Every figure written in digits or words, with its sentence and its first word, in
    /// source order.
    pub figures: Vec<(f64, u32, u32)>,
}

impl Quantities {
    /// Whether sentence `sentence` gives the figure `value` ("… killed 23 people …, 14 of
    /// them in Bihar").
    pub fn figure_in(&self, value: f64, sentence: u32) -> bool {
        // (In source order, so by sentence.)
        let from = self.figures.partition_point(|&(_, s, _)| s < sentence);
        self.figures[from..]
            .iter()
            .take_while(|&&(_, s, _)| s == sentence)
            .any(|&(v, _, _)| (v - value).abs() < 0.5)
    }

    /// Whether the text tells of a change between the two figures, either way.
    pub fn changed_between(&self, a: f64, b: f64) -> bool {
        let same = |x: f64, y: f64| (x - y).abs() < 0.5;
        self.changes
            .iter()
            .any(|&(f, t)| (same(f, a) && same(t, b)) || (same(f, b) && same(t, a)))
    }
}

impl Quantities {
    /// The given names the text uses with `surname` (folded).
    pub fn given_names<'q>(&'q self, surname: &'q str) -> impl Iterator<Item = &'q str> + 'q {
        let i = self
            .full_names
            .partition_point(|(_, s, _)| s.as_str() < surname);
        self.full_names[i..]
            .iter()
            .take_while(move |(_, s, _)| s == surname)
            .map(|(g, _, _)| g.as_str())
    }

    /// Whether two mentions name the same person: the same surname, the same given name when
    /// both give one, no title of the other sex, and — when one gives the surname alone —
    /// only one person with that surname in the whole text, or named in full before it.
    pub fn same_person(&self, a: &Person, b: &Person) -> bool {
        self.same_person_at((a, a.span.start()), (b, b.span.start()))
    }

    /// [`Quantities::same_person`] for two statements about people, each with the byte
    /// where it is made (an age's or a birth's own words): a bare surname is read as the
    /// reader has it there.
    pub fn same_person_at(&self, (a, a_at): (&Person, usize), (b, b_at): (&Person, usize)) -> bool {
        if a.surname != b.surname {
            return self.family_name_first(a, b) || self.family_name_first(b, a);
        }
        // A relative ("his wife Ada Okonkwo") is matched only by the same full name.
        if (a.relative || b.relative) && (a.given.is_none() || b.given.is_none()) {
            return false;
        }
        if let (Some(x), Some(y)) = (a.gender, b.gender)
            && x != y
        {
            return false;
        }
        if self.other_sex_named(a) || self.other_sex_named(b) {
            return false;
        }
        match (&a.given, &b.given) {
            // ("Mario Vargas Llosa", "Vargas Llosa": two family names, the first as given.)
            (Some(x), Some(y)) => {
                x == y
                    || (b.middle.is_none() && a.middle.as_ref() == Some(y))
                    || (a.middle.is_none() && b.middle.as_ref() == Some(x))
            }
            (None, Some(g)) => self.alone_before(&a.surname, g, a_at),
            (Some(g), None) => self.alone_before(&a.surname, g, b_at),
            // (Both bare: the one person named in full before each.)
            (None, None) => {
                self.given_names(&a.surname).count() <= 1
                    || self
                        .only_before(&a.surname, a_at)
                        .is_some_and(|g| self.only_before(&a.surname, b_at) == Some(g))
            }
        }
    }

    /// Whether `p` is a bare surname with a title of one sex, and everyone of that surname
    /// named in full with a title (in an age or a birth) is of the other: "Sir Winston
    /// Churchill, 80, … Lady Churchill, 69" names his wife.
    fn other_sex_named(&self, p: &Person) -> bool {
        let Some(sex) = p.gender.filter(|_| p.given.is_none()) else {
            return false;
        };
        let mut named = self
            .ages
            .iter()
            .map(|a| &a.person)
            .chain(self.births.iter().map(|b| &b.person))
            .filter(|q| q.surname == p.surname && q.given.is_some())
            .filter_map(|q| q.gender)
            .peekable();
        named.peek().is_some() && named.all(|g| g != sex)
    }

    /// Whether a bare `surname` at byte `at` is the person given `given`: the one person of
    /// that surname in the text, or the only one named in full before it ("Sir Winston
    /// Churchill … Churchill was born …, the son of Lord Randolph Churchill": the bare name
    /// is the one already introduced).
    fn alone_before(&self, surname: &str, given: &str, at: usize) -> bool {
        self.given_names(surname).count() <= 1 || self.only_before(surname, at) == Some(given)
    }

    /// The given name of the one person of `surname` named in full before byte `at`, if
    /// exactly one is.
    fn only_before(&self, surname: &str, at: usize) -> Option<&str> {
        let i = self
            .full_names
            .partition_point(|(_, s, _)| s.as_str() < surname);
        let mut before = self.full_names[i..]
            .iter()
            .take_while(|(_, s, _)| s == surname)
            .filter(|(_, _, first)| *first < at);
        let (g, _, _) = before.next()?;
        before.next().is_none().then_some(g.as_str())
    }
}

impl Quantities {
    /// A name written family name first ("Chen Wei", "Zhang Min", "Park Min-jun") and then by
    /// that name alone ("Chen"): `bare` is one word, the first word of `full`, and no other name in
    /// the text uses that word.
    fn family_name_first(&self, bare: &Person, full: &Person) -> bool {
        let Some(first) = full.given.as_deref() else {
            return false;
        };
        bare.given.is_none()
            && !first.contains(' ')
            && bare.surname == first
            && self
                .full_names
                .iter()
                .filter(|(g, s, _)| g == first || s == first)
                .count()
                <= 1
    }
}

/// Whether a lower-case word is a unit a figure measures in ("minutes", "feet", "tonnes"),
/// not a thing it counts.
pub fn is_unit(word: &str) -> bool {
    vocab::UNITS.contains(&word)
}

/// Builds the quantities of a document.
pub(crate) fn build(doc: &mut super::Document<'_>) {
    let mut q = Quantities {
        counts: counts::find(doc),
        ..Quantities::default()
    };
    figures(doc, &mut q);
    people::find(doc, &mut q);
    doc.quantities = q;
}

/// Every figure of the text with its sentence, and every change it tells of ("from 78 to
/// 87": the start and the end).
fn figures(doc: &super::Document<'_>, q: &mut Quantities) {
    let mut sentence = 0;
    for i in 0..doc.words.len() {
        if let Some((v, _, _)) = words::number_at(doc, i) {
            while doc
                .sentences
                .get(sentence as usize)
                .is_some_and(|s| (s.words.end as usize) <= i)
            {
                sentence += 1;
            }
            q.figures.push((v, sentence, i as u32));
        } else if doc.word_lower(i) == "from"
            && words::spaced(doc, i)
            && let Some((from, end, _)) = words::number_at(doc, i + 1)
            && words::spaced(doc, end)
            && words::lower(doc, end + 1).as_str() == "to"
            && words::spaced(doc, end + 1)
            && let Some((to, _, _)) = words::number_at(doc, end + 2)
        {
            q.changes.push((from, to));
        }
    }
}

#[cfg(test)]
mod tests;
