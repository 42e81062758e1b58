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
pub use people::{Age, Birth, BirthDate, Gender, Person};

/// Everything this module finds in one document.
#[derive(Clone, Debug, Default)]
pub struct Quantities {
    /// Counts, in source order.
    pub counts: Vec<Count>,
    /// Ages given for people, in source order.
    pub ages: Vec<Age>,
    /// Birth dates and years given for people, in source order.
    pub births: Vec<Birth>,
    /// Every full name the text uses ("John Smith"): (given name, surname), folded, sorted
    /// and without repeats. Two given names with one surname make a bare surname ambiguous.
    pub full_names: Vec<(String, String)>,
    /// Figures the text says changed from one to the other ("rose from 78 to 87", "was
    /// revised from 1,200 to 1,020"): (from, to), in source order.
    pub changes: Vec<(f64, f64)>,
    /// Every figure written in digits or words, with its sentence, in source order.
    pub figures: Vec<(f64, u32)>,
}

impl Quantities {
    /// Whether sentence `sentence` gives the figure `value` ("… killed 23 people …, 14 of
    /// them in Bihar").
    pub fn figure_in(&self, value: f64, sentence: u32) -> bool {
        // (In source order, so by sentence.)
        let from = self.figures.partition_point(|&(_, s)| s < sentence);
        self.figures[from..]
            .iter()
            .take_while(|&&(_, s)| s == sentence)
            .any(|&(v, _)| (v - value).abs() < 0.5)
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
            .partition_point(|(_, s)| s.as_str() < surname);
        self.full_names[i..]
            .iter()
            .take_while(move |(_, s)| s == surname)
            .map(|(g, _)| g.as_str())
    }

    /// Whether two mentions name the same person: the same surname, the same given name when
    /// both give one, no title of the other sex, and — when either gives the surname alone —
    /// only one person with that surname in the whole text.
    pub fn same_person(&self, a: &Person, b: &Person) -> bool {
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
        match (&a.given, &b.given) {
            // ("Mario Vargas Llosa", "Vargas Llosa": two family names, the first as given.)
            (Some(x), Some(y)) => {
                x == y
                    || (b.middle.is_none() && a.middle.as_ref() == Some(y))
                    || (a.middle.is_none() && b.middle.as_ref() == Some(x))
            }
            _ => self.given_names(&a.surname).count() <= 1,
        }
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
                .filter(|(g, s)| g == first || s == first)
                .count()
                <= 1
    }
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
            q.figures.push((v, sentence));
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
