//! Counts from fact boxes: "Troops: 2,500" lines, "Deal value: $4.5 billion", two-cell
//! table rows ("| Killed | 87 |"), the label read as the noun.

use crate::doc::{BlockKind, Document, Shape};

use super::counts::{Bound, Count, CountKey, bound_of, canonical};
use super::measures::{count_number_at, percent_after, with_sign};
use super::vocab::{HEDGES, NOT_COUNTED, PEOPLE_PARTICIPLES, UNITS, participle};
use super::words::{between, is_plural, lower, sentence_at, spaced, stem, year};

/// The text of `gap` without the markup tags in it ("</b> " → " ").
pub(super) fn without_tags(gap: &str) -> String {
    let mut out = String::with_capacity(gap.len());
    let mut in_tag = false;
    for c in gap.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Counts from fact-box lines ("Troops: 2,500", "Killed: at least 78") and two-cell table
/// rows ("| Troops | 2,500 |").
pub(super) fn facts(doc: &Document<'_>, out: &mut Vec<Count>) {
    let html = doc.format == crate::doc::Format::Html;
    // Lines: a label of one to four words, a colon, then a number and nothing counted after.
    for line in doc.lines() {
        let std::ops::Range { start: w0, end: w1 } = doc.words_in(line.span);
        if w0 >= w1 {
            continue;
        }
        // "Troops: 2,500", "Deal value: $4.5 billion".
        let colon_at = |k: usize| {
            // "<b>Troops:</b> 1,800": the markup around the label is no text.
            let gap = if html {
                without_tags(between(doc, k))
            } else {
                between(doc, k).to_string()
            };
            gap.trim()
                .strip_prefix(':')
                .is_some_and(|rest| matches!(rest.trim(), "" | "$" | "£" | "€" | "¥"))
        };
        let Some(colon) = (w0..w1.min(w0 + 4)).find(|&k| colon_at(k)) else {
            continue;
        };
        if colon + 1 >= w1 || !(w0..=colon).all(|k| is_label_word(doc, k)) {
            continue;
        }
        if let Some(c) = fact_count(doc, w0..colon + 1, colon + 1, w1) {
            out.push(c);
        }
    }
    // Table rows: a label cell followed by a number cell in the same row.
    for pair in doc.blocks.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if a.kind != BlockKind::TableCell || b.kind != BlockKind::TableCell || a.parent != b.parent
        {
            continue;
        }
        let (la, lb) = (a.words(), b.words());
        if !same_row(doc, a.span.end(), b.span.start())
            || la.is_empty()
            || la.len() > 4
            || lb.is_empty()
        {
            continue;
        }
        if !la.clone().all(|k| is_label_word(doc, k)) {
            continue;
        }
        if let Some(c) = fact_count(doc, la.clone(), lb.start, lb.end) {
            out.push(c);
        }
    }
    column_counts(doc, out);
}

/// Table rows under a header that names what a column counts: "| Party | Seats |" over
/// "| Labour | 229 |" counts Labour's 229 seats (the row's name is the noun's modifier, as
/// in a fact line "Labour seats: 229"). A cell already read as a row's own count is left.
fn column_counts(doc: &Document<'_>, out: &mut Vec<Count>) {
    for rows in tables(doc) {
        let (header, body) = rows.split_first().expect("one row");
        let label_cell = |k: usize| {
            let w = doc.blocks[k].words();
            (!w.is_empty() && w.len() <= 4 && w.clone().all(|k| is_label_word(doc, k))).then_some(w)
        };
        for row in body.iter().filter(|r| r.len() == header.len()) {
            if label_cell(row[0]).is_none() {
                continue;
            }
            for (col, &k) in row.iter().enumerate().skip(1) {
                let v = doc.blocks[k].words();
                if v.is_empty()
                    || out
                        .iter()
                        .any(|c| c.fact && doc.words_in(c.number).start == v.start)
                {
                    continue;
                }
                let Some(head) = label_cell(header[col]) else {
                    continue;
                };
                if let Some(mut c) = fact_count(doc, head, v.start, v.end)
                    && c.key.mods.is_empty()
                    && c.key.owner.is_empty()
                {
                    // Quoted by its row: "Labour: 229".
                    let name = doc.blocks[row[0]].words();
                    let label = doc.words[name.start]
                        .span
                        .cover(doc.words[name.end - 1].span);
                    c.key.mods = crate::text::fold::name_key(&doc.decoded(label));
                    c.span = label.cover(c.number);
                    c.label = Some(label);
                    out.push(c);
                }
            }
        }
    }
}

/// The tables of the document, each as its rows of cells (block ids), in order: cells of one
/// parent side by side, split into rows where a row ends ([`same_row`]).
pub(super) fn tables(doc: &Document<'_>) -> Vec<Vec<Vec<usize>>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.blocks.len() {
        let parent = doc.blocks[i].parent;
        let cell = |k: usize| {
            doc.blocks
                .get(k)
                .is_some_and(|b| b.kind == BlockKind::TableCell && b.parent == parent)
        };
        if !cell(i) {
            i += 1;
            continue;
        }
        let start = i;
        while cell(i + 1) {
            i += 1;
        }
        let mut rows: Vec<Vec<usize>> = vec![vec![start]];
        for k in start + 1..=i {
            if same_row(
                doc,
                doc.blocks[k - 1].span.end(),
                doc.blocks[k].span.start(),
            ) {
                rows.last_mut().expect("one row").push(k);
            } else {
                rows.push(vec![k]);
            }
        }
        i += 1;
        out.push(rows);
    }
    out
}

/// Whether two table cells, the first ending at byte `end` and the next starting at byte
/// `start`, stand in one row: no row tag between them in HTML, no line end in Markdown.
pub(super) fn same_row(doc: &Document<'_>, end: usize, start: usize) -> bool {
    let gap = &doc.text()[end.min(start)..start];
    if doc.format == crate::doc::Format::Html {
        !gap.contains("<tr") && !gap.contains("</tr")
    } else {
        !gap.contains('\n')
    }
}

pub(super) fn is_label_word(doc: &Document<'_>, k: usize) -> bool {
    matches!(
        doc.words[k].shape,
        Shape::Lower | Shape::Capitalised | Shape::AllCaps
    )
}

/// A count from a label (word range) and a value starting at word `v` and ending before
/// word `limit`: the value is the number (with a hedge) and nothing counted after it.
pub(super) fn fact_count(
    doc: &Document<'_>,
    label: std::ops::Range<usize>,
    v: usize,
    limit: usize,
) -> Option<Count> {
    let mut n = v;
    let mut bound = Bound::Exact;
    for hedge in HEDGES {
        let len = hedge.len();
        if n + len < limit && (0..len).all(|k| lower(doc, n + k) == hedge[k]) {
            n += len;
            bound = bound_of(hedge);
            break;
        }
    }
    let (value, mut num_end, _) = count_number_at(doc, n)?;
    if year(&doc.word_str(n)).is_some() {
        return None;
    }
    // A unit after the figure, or a currency sign before it: "2.1 million tonnes", "46%",
    // "$4.5 billion".
    let currency = doc.text()[..doc.words[n].span.start()]
        .chars()
        .next_back()
        .filter(|c| matches!(c, '$' | '£' | '€' | '¥'));
    let mut unit = currency.map(|c| c.to_string());
    if unit.is_none() {
        if let Some(end) = percent_after(doc, num_end) {
            unit = Some("%".into());
            num_end = end;
        } else if spaced(doc, num_end) && UNITS.contains(&lower(doc, num_end + 1).as_str()) {
            unit = Some(lower(doc, num_end + 1).into_owned());
            num_end += 1;
        }
    }
    if value < 2.0 && unit.is_none() {
        return None;
    }
    // Something counted after the number is a sentence's count ("2,500 troops"), found as such.
    if num_end + 1 < limit && spaced(doc, num_end) {
        return None;
    }
    if unit.as_deref() != Some("%") && between(doc, num_end).starts_with(['%', '-', '–', '/']) {
        return None;
    }
    // "Troops in Iraq: about 2,000": the troops, in a place.
    let mut place = String::new();
    let mut named = label.clone();
    if let Some(p) = (label.start + 1..label.end.saturating_sub(1)).find(|&k| {
        matches!(lower(doc, k).as_ref(), "in" | "at")
            && (k + 1..label.end).all(|j| doc.words[j].shape != Shape::Lower)
    }) {
        place = crate::text::fold::name_key(&doc.word_str(p + 1));
        named = label.start..p;
    }
    let mut words: Vec<String> = named.map(|k| lower(doc, k).into_owned()).collect();
    // "People on board: 198", "Passengers aboard": where they were, not what they are.
    if words.len() > 2 && words.ends_with(&["on".to_string(), "board".to_string()]) {
        words.truncate(words.len() - 2);
    } else if words.len() > 1 && words.last().is_some_and(|w| w == "aboard") {
        words.pop();
    } else if let Some(on) = on_site(&words) {
        // "Workers on bridge: 8", "Men on the platform: 226": where they were too.
        words.truncate(on);
    }
    if unit.is_some() && words.len() > 1 {
        // "Deal value: $4.5 billion" is the deal's.
        if matches!(
            words.last().map(String::as_str),
            Some("value" | "size" | "worth" | "amount")
        ) {
            words.pop();
        }
    }
    let (last, rest) = words.split_last()?;
    let (noun, mods, verb) = if let Some(unit) = unit {
        // The label names what the amount is of: "Grain shipped: 2.1 million tonnes",
        // "Turnout: 46%", "Unemployment rate: 2.4%".
        let (owner, verb) = if rest.len() == 1 && last.ends_with("ed") {
            (rest[0].clone(), stem(last))
        } else {
            (last.clone(), String::new())
        };
        let key = CountKey {
            noun: unit,
            mods: String::new(),
            verb,
            owner,
        };
        return Some(fact_of(doc, label, n, num_end, value, bound, key));
    } else if rest.len() == 1 && participle(last) {
        (rest[0].clone(), String::new(), stem(last))
    } else if let [noun, who] = rest
        && matches!(who.as_str(), "who" | "that")
        && participle(last)
    {
        // "Pilgrims who died: 1,301".
        (noun.clone(), String::new(), stem(last))
    } else if let [noun, how] = rest
        && last == "dead"
        && (how == "found" || participle(how))
    {
        // "Members found dead: 39", "Protesters shot dead: 12": killed, as in a sentence.
        (noun.clone(), String::new(), "kill".to_string())
    } else if let [mods @ .., noun] = rest
        && mods.len() <= 2
        && participle(last)
        && is_plural(noun)
    {
        // "British servicemen killed: 255": the noun before the participle, its words before.
        (noun.clone(), mods.join(" "), stem(last))
    } else if matches!(words.as_slice(), [a, b] if a == "death" && b == "toll") {
        ("deaths".to_string(), String::new(), String::new())
    } else {
        (last.clone(), rest.join(" "), String::new())
    };
    // ("Crew: 4" counts the crew members.)
    let (noun, mods) = if noun == "crew" && mods.is_empty() && verb.is_empty() {
        ("members".to_string(), "crew".to_string())
    } else {
        (noun, mods)
    };
    if !is_plural(&noun) && !PEOPLE_PARTICIPLES.contains(&noun.as_str()) {
        return None;
    }
    if NOT_COUNTED.contains(&noun.as_str()) {
        return None;
    }
    // "Games scheduled: 24", "Flights planned: 40": a plan, never compared, as "a match
    // scheduled for 24 games" in a sentence is not.
    let plan = words.last().is_some_and(|w| {
        matches!(
            w.as_str(),
            "scheduled" | "planned" | "expected" | "projected" | "targeted" | "forecast"
        )
    });
    let key = canonical(CountKey {
        noun,
        mods,
        verb,
        owner: String::new(),
    });
    let count = fact_of(doc, label, n, num_end, value, bound, key);
    Some(Count {
        place,
        guarded: count.guarded || plan,
        ..count
    })
}

/// The count a fact-box line or table row states: its label (word range), its figure from
/// word `n` to word `num_end`.
pub(super) fn fact_of(
    doc: &Document<'_>,
    label: std::ops::Range<usize>,
    n: usize,
    num_end: usize,
    value: f64,
    bound: Bound,
    key: CountKey,
) -> Count {
    // ("Additional U.S. troops: 3,000": a modifier of the noun names the set, as in
    // "30,000 additional U.S. troops".)
    let guarded = label.clone().any(|k| {
        let w = lower(doc, k);
        matches!(
            w.as_str(),
            "total" | "new" | "additional" | "other" | "more"
        ) && !key.mods.split(' ').any(|m| m == w.as_str())
    });
    let span = doc.words[label.start].span.cover(doc.words[num_end].span);
    let number = with_sign(doc, doc.words[n].span.cover(doc.words[num_end].span));
    let hedged = Some(bound).filter(|b| *b != Bound::Exact);
    // "Rescued: 6" names no noun: whatever was rescued ("rescued eight skiers").
    let elided = label.len() == 1 && PEOPLE_PARTICIPLES.contains(&lower(doc, label.start).as_ref());
    Count {
        elided,
        label: Some(
            doc.words[label.start]
                .span
                .cover(doc.words[label.end - 1].span),
        ),
        guarded,
        ..Count::bare(value, hedged, key, span, number, sentence_at(doc, n), true)
    }
}

/// The year a fact box's title gives when it is not the article's ("2026 WORLD CUP" over
/// "Teams: 48" in a 2018 story): the box tells of that year. `at` is where the box's line
/// starts.
pub(super) fn box_year(doc: &Document<'_>, at: usize) -> Option<String> {
    let article = doc.meta.date.or(doc.meta.dateline.map(|(d, _)| d))?.year;
    box_title(doc, at)?
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(year)
        .find(|y| *y != article)
        .map(|y| y.to_string())
}

/// The title of the fact box whose line starts at byte `at`, without markup: the first
/// short line above it that is no other line of the box ("Italia 90", "THE SYNOD").
pub(crate) fn box_title(doc: &Document<'_>, at: usize) -> Option<String> {
    let text = doc.text();
    let start = text[..at].rfind('\n').map_or(0, |n| n + 1);
    for line in text[..start].lines().rev().take(12) {
        let plain = without_tags(line);
        let plain = plain
            .trim()
            .trim_matches(|c: char| c == '*' || c == '#' || c == '_');
        // (An HTML table's rows are the box's lines too: "<tr><th>Party</th>…".)
        let boxed = plain.starts_with('|')
            || plain.contains(':')
            || ["<td", "<th", "<tr"].iter().any(|t| line.contains(t));
        if plain.is_empty() || boxed {
            continue;
        }
        if plain.split_whitespace().count() > 8 {
            return None;
        }
        return Some(plain.to_string());
    }
    None
}

/// Where a label's "on" starts when it names the site its plural stood on ("workers on
/// bridge", "men on the platform"; not a state: "workers on strike", "troops on standby").
fn on_site(words: &[String]) -> Option<usize> {
    let on = words.iter().position(|w| w == "on").filter(|&i| i >= 1)?;
    let site = match &words[on + 1..] {
        [site] => site,
        [the, site] if the == "the" => site,
        _ => return None,
    };
    let state = matches!(
        site.as_str(),
        "strike" | "duty" | "standby" | "leave" | "trial" | "hold" | "record" | "call" | "foot"
    );
    (!state && is_plural(&words[on - 1])).then_some(on)
}
