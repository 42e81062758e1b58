//! Fact-box lines that give an age or a birth for a person: "Born: 3 March 1980", "Age: 45"
//! under a heading that names someone, or after a "Name: …" line in the same list or box.

use crate::doc::{BlockKind, Document};

use super::super::words::{between, lower, sentence_at};
use super::vocab::death_word;
use super::{Age, Birth, Person, age_number, date_at, name_starting_at, person};

/// "Born: …" and "Age: …" lines under a heading that names someone, or after a "Name: …"
/// line in the same list or box.
pub(super) fn fact_lines(doc: &Document<'_>, ages: &mut Vec<Age>, births: &mut Vec<Birth>) {
    let mut subject: Option<Person> = None;
    let mut last_block = None;
    // A table cell holding a label, waiting for the cell with its value.
    // (Its parent, and where it ends: the value must be in the same row.)
    let mut pending: Option<(String, Option<crate::doc::BlockId>, usize)> = None;
    for line in doc.lines() {
        let std::ops::Range { start: w0, end: w1 } = doc.words_in(line.span);
        if w0 >= w1 {
            continue;
        }
        let block = &doc.blocks[line.block as usize];
        // A plain-text box line ("Name: Ruth Kim", "Date of birth: …") may be taken for a
        // heading: it is a label.
        let labelled = (w0..w1.min(w0 + 3)).any(|k| colon_after(doc, k));
        // A paragraph that is a full name and nothing else ("**Carla Mendes**" over a
        // table) titles a box as a heading does.
        let name_line =
            block.kind == BlockKind::Paragraph && w1 - w0 <= 3 && whole_name(doc, w0, w1).is_some();
        // A plain-text box titled by a name in capitals ("PETRA KESSLER").
        let caps_line = (2..=3).contains(&(w1 - w0))
            && (w0..w1).all(|k| {
                doc.words[k].shape == crate::doc::Shape::AllCaps || doc.words[k].span.len() == 1
            })
            // ("RICHARD M. NIXON": an initial with its full stop.)
            && (w0 + 1..w1).all(|k| {
                between(doc, k - 1) == " "
                    || (between(doc, k - 1) == ". " && doc.words[k - 1].span.len() == 1)
            });
        if caps_line && !labelled {
            subject = person(doc, w0, w1 - 1).filter(|p| p.given.is_some());
            last_block = Some(line.block);
            continue;
        }
        if (block.kind.is_heading() || name_line) && !labelled {
            subject = whole_name(doc, w0, w1);
            last_block = Some(line.block);
            continue;
        }
        // A subject holds over the lines of one box: the next paragraph of prose ends it.
        if block.kind == BlockKind::Paragraph && last_block != Some(line.block) && w1 - w0 > 12 {
            subject = None;
        }
        last_block = Some(line.block);
        // The label: "Born", "Age", "Name", "Date of birth", "Birth date" — before a colon
        // on its line, or alone in a table cell with the value in the next cell.
        let in_cell = block.kind == BlockKind::TableCell;
        // A cell that is a full name and nothing else titles the rows after it ("| Javier
        // Milei | |" over "| Age | 53 |").
        if in_cell
            && pending.is_none()
            && w1 - w0 <= 3
            && let Some(p) = whole_name(doc, w0, w1)
        {
            subject = Some(p);
            continue;
        }
        // "Roger B. Chaffee: born February 15, 1935, Grand Rapids, Michigan": a line per
        // person, labelled with the name.
        if let Some(colon) = (w0..w1.min(w0 + 5)).find(|&k| colon_after(doc, k))
            && colon + 2 < w1
            && lower(doc, colon + 1) == "born"
            && let Some(p) = whole_name(doc, w0, colon + 1)
        {
            if let Some((date, span, _)) = date_at(doc, colon + 2) {
                births.push(Birth {
                    person: p,
                    date,
                    span,
                    sentence: sentence_at(doc, colon + 2),
                    by_pronoun: false,
                });
            }
            continue;
        }
        let label_of = |end: usize| label_words(doc, w0, end);
        let (label, value) = if let Some(colon) =
            (w0..w1.min(w0 + 3)).find(|&k| colon_after(doc, k))
        {
            (label_of(colon + 1), colon + 1)
        } else if in_cell && w1 - w0 <= 3 && pending.is_none() {
            pending = Some((label_of(w1), block.parent, line.span.end()));
            continue;
        } else if in_cell && let Some((label, parent, end)) = pending.take() {
            if parent != block.parent || !super::super::facts::same_row(doc, end, line.span.start())
            {
                // ("| Key facts | |" over "| Born | …": a row whose second cell is empty
                // leaves its label waiting; the next row's first cell is a label.)
                if w1 - w0 <= 3 {
                    pending = Some((label_of(w1), block.parent, line.span.end()));
                }
                continue;
            }
            (label, w0)
        } else {
            pending = None;
            continue;
        };
        if !in_cell {
            pending = None;
        }
        if value >= w1 {
            continue;
        }
        match label_kind(&label) {
            "name" => {
                subject = name_starting_at(doc, value).filter(|p| p.given.is_some());
            }
            "born" => {
                // A box under no name in an obituary: the person whose death the article
                // tells first, with an age ("Omar Haddad … died on Tuesday aged 79"); not
                // where the first death told is of someone else or several.
                let dead = || {
                    let first = first_death_sentence(doc)?;
                    let mut dead = ages
                        .iter()
                        .filter(|a| a.at.is_some() && a.sentence == first)
                        .map(|a| &a.person);
                    let first = dead.next()?;
                    dead.all(|p| p.surname == first.surname)
                        .then(|| first.clone())
                };
                if let Some(p) = subject.clone().or_else(dead)
                    && let Some((date, span, _)) = date_at(doc, value)
                {
                    births.push(Birth {
                        person: p,
                        date,
                        span,
                        sentence: sentence_at(doc, value),
                        by_pronoun: false,
                    });
                }
            }
            "age" => {
                if let Some(p) = subject.clone()
                    && let Some(age) = age_number(doc, value)
                    && value + 1 >= w1
                {
                    ages.push(Age {
                        person: p,
                        age,
                        span: doc.words[value].span,
                        turning: false,
                        sentence: sentence_at(doc, value),
                        years: Vec::new(),
                        at: None,
                        past: false,
                    });
                }
            }
            _ => {}
        }
    }
    column_people(doc, ages, births);
}

/// A table with a column of people's full names and a "Born" or "Age" column ("| Astronaut
/// | Born |" over "| Donald Slayton | 1924 |"; "| Leader | Age | Born |" over "| Nick Clegg |
/// 45 | January 7, 1967 |"): each row's birth and age.
fn column_people(doc: &Document<'_>, ages: &mut Vec<Age>, births: &mut Vec<Birth>) {
    for rows in super::super::facts::tables(doc) {
        let Some((header, body)) = rows.split_first() else {
            continue;
        };
        let heading = |col: usize| {
            let w = doc.blocks[header[col]].words();
            let label = (w.len() <= 3).then(|| label_words(doc, w.start, w.end))?;
            match label_kind(&label) {
                "born" => Some("born"),
                "age" => Some("age"),
                _ => None,
            }
        };
        let cols: Vec<(usize, &str)> = (1..header.len())
            .filter_map(|c| heading(c).map(|h| (c, h)))
            .collect();
        if cols.is_empty() {
            continue;
        }
        for row in body.iter().filter(|r| r.len() == header.len()) {
            let name = doc.blocks[row[0]].words();
            let Some(p) = (!name.is_empty())
                .then(|| whole_name(doc, name.start, name.end))
                .flatten()
            else {
                continue;
            };
            for &(col, what) in &cols {
                let v = doc.blocks[row[col]].words();
                if v.is_empty() {
                    continue;
                }
                if what == "born"
                    && let Some((date, span, last)) = date_at(doc, v.start)
                    && last + 1 == v.end
                {
                    births.push(Birth {
                        person: p.clone(),
                        date,
                        span,
                        sentence: sentence_at(doc, v.start),
                        by_pronoun: false,
                    });
                } else if what == "age"
                    && v.len() == 1
                    && let Some(age) = age_number(doc, v.start)
                {
                    ages.push(Age {
                        person: p.clone(),
                        age,
                        span: doc.words[name.start].span.cover(doc.words[v.start].span),
                        turning: false,
                        sentence: sentence_at(doc, v.start),
                        years: Vec::new(),
                        at: None,
                        past: false,
                    });
                }
            }
        }
    }
}

/// The words `w0..w1`, lower-cased and spaced: a label.
fn label_words(doc: &Document<'_>, w0: usize, w1: usize) -> String {
    (w0..w1)
        .map(|k| lower(doc, k).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// What a label names: "born" for the words of a birth date ("Date of birth", "DOB"),
/// else the label itself ("age", "name").
fn label_kind(label: &str) -> &str {
    match label {
        "date of birth" | "birth date" | "birthdate" | "dob" => "born",
        l => l,
    }
}

/// A label's colon after word `k`, with the bold or other inline markup around the label
/// left out: "Born: …", "**Born:** …", "<b>Born:</b> …".
fn colon_after(doc: &Document<'_>, k: usize) -> bool {
    super::super::facts::without_tags(between(doc, k))
        .trim_matches(|c: char| c.is_whitespace() || c == '*' || c == '_')
        == ":"
}

/// A full name (given name and surname) that is all of words `w0..w1`, perhaps with a
/// regnal number after it ("Queen Elizabeth II" over a box).
fn whole_name(doc: &Document<'_>, w0: usize, w1: usize) -> Option<Person> {
    let end = if w1 >= w0 + 3 && super::regnal(doc, w1 - 1) {
        w1 - 1
    } else {
        w1
    };
    name_starting_at(doc, w0)
        .filter(|p| p.given.is_some() && doc.words[end - 1].span.end() <= p.span.end())
}

/// The first sentence with a word of death in it.
fn first_death_sentence(doc: &Document<'_>) -> Option<u32> {
    let k = (0..doc.words.len()).find(|&k| death_word(&lower(doc, k)))?;
    Some(sentence_at(doc, k))
}
