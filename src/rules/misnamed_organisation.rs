use crate::data::groups;
use crate::diagnostic::{Applicability, Finding};
use crate::doc::{Document, Gap, Shape};
use crate::rules::{Context, Rule, RuleMeta, declare_rule};
use crate::text::fold::name_key;

declare_rule! {
    /// ## What it checks
    /// The name of an organisation in `rules/groups/` written with one word off: "Association
    /// of Southeastern Asian Nations" for the Association of Southeast Asian Nations,
    /// "Economic Community of Western African States" for ECOWAS. Names of three words or
    /// more are compared word by word; exactly one word may differ, and it must be close to
    /// the right one (the same stem, or one or two letters off).
    ///
    /// ## Why it matters
    /// An organisation's name is a fact. Getting it nearly right reads as careless, and the
    /// organisation's press office will write in.
    ///
    /// ## Example
    /// ```text
    /// SCO has observer status at United Nations and Association of Southeastern Asian Nations
    /// ```
    ///
    /// ## Not flagged
    /// - any spelling given in the data as a name or alias ("Shanghai Cooperation
    ///   Organization" and "Organisation", "South-East Asian");
    /// - a word that is not close to the one it replaces ("Association of Asian Nations");
    /// - names of one or two words, whose misspellings the `typo` rule reports.
    ///
    /// ## Options
    /// None.
    ///
    /// ## Fix safety
    /// Not safe: the full name is suggested; a quotation may have to keep its own wording.
    pub(crate) struct MisnamedOrganisation {
        id: "misnamed-organisation",
        severity: Warning,
        summary: "an organisation's name with one word wrong",
        fix: Unsafe,
        options: [],
        languages: English,
    }
}

impl Rule for MisnamedOrganisation {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>) {
        check_group_names(doc, cx);
    }
}

/// Organisation names from rules/groups written with one word off.
fn check_group_names(doc: &Document<'_>, cx: &mut Context<'_>) {
    let groups = groups::get();
    for i in 0..doc.words.len() {
        let w = &doc.words[i];
        if w.shape != Shape::Capitalised {
            continue;
        }
        let first = name_key(doc.slice(w.span));
        let aliases = groups.aliases_starting(&first);
        if aliases
            .iter()
            .any(|a| matches_at(doc, i, &a.words).0 == a.words.len())
        {
            continue;
        }
        for alias in aliases.iter().filter(|a| a.words.len() >= 3) {
            let (same, off) = matches_at(doc, i, &alias.words);
            let Some(off) = off.filter(|_| same == alias.words.len() - 1) else {
                continue;
            };
            let written = doc.slice(doc.words[off].span);
            let wanted = &alias.words[off - i];
            let wf = name_key(written);
            // Numbers are never near one another: the Group of 77 is not the Group of 7.
            let numeric = |s: &str| s.chars().any(|c| c.is_ascii_digit());
            let near = !numeric(&wf)
                && !numeric(wanted)
                && wf.chars().next() == wanted.chars().next()
                && (wf.starts_with(wanted.as_str())
                    || wanted.starts_with(wf.as_str())
                    || strsim::damerau_levenshtein(&wf, wanted) <= 2);
            // ("the EU presidency trios": the name's last word in the plural names several.)
            let plural = off - i == alias.words.len() - 1
                && (wf.strip_suffix('s') == Some(wanted.as_str())
                    || wf.strip_suffix("es") == Some(wanted.as_str()));
            if !near || plural {
                continue;
            }
            let wanted_word =
                wanted_case(name_of(groups.get(alias.group), alias.words.len()), off - i);
            let name = name_of(groups.get(alias.group), alias.words.len());
            let span = w.span.cover(doc.words[i + alias.words.len() - 1].span);
            cx.report(
                Finding::new(
                    span,
                    format!("the name is `{name}`: `{wanted_word}`, not `{written}`"),
                )
                .suggest(name)
                .fix(Applicability::Unsafe, span, name),
            );
            break;
        }
    }
}

/// The group's name or alias with `n` words.
fn name_of(group: &groups::Group, n: usize) -> &str {
    std::iter::once(&group.name)
        .chain(&group.aliases)
        .find(|a| a.split(' ').count() == n)
        .map_or(group.name.as_str(), String::as_str)
}

/// Word `k` of a name as written in the data.
fn wanted_case(name: &str, k: usize) -> &str {
    name.split(' ').nth(k).unwrap_or(name)
}

/// How many of `words` match the document's words from `i` on (folded, spaces between), and
/// the index of the first word that differs.
fn matches_at(doc: &Document<'_>, i: usize, words: &[String]) -> (usize, Option<usize>) {
    let mut same = 0;
    let mut off = None;
    for (k, want) in words.iter().enumerate() {
        let Some(w) = doc.words.get(i + k) else {
            return (same, off);
        };
        if w.block != doc.words[i].block || (k > 0 && w.gap != Gap::Space) {
            return (same, off);
        }
        if name_key(doc.slice(w.span)) == *want {
            same += 1;
        } else if off.is_none() {
            off = Some(i + k);
        } else {
            return (same, None);
        }
    }
    (same, off)
}

#[cfg(test)]
mod tests {
    use super::MisnamedOrganisation;
    use crate::rules::test_util::{assert_clean, assert_flags};

    #[test]
    fn flags_a_name_with_one_word_off() {
        assert_flags(
            &MisnamedOrganisation,
            "SCO has observer status at United Nations and Association of Southeastern Asian Nations.",
            &["Association of Southeastern Asian Nations"],
        );
    }

    #[test]
    fn leaves_the_plural_of_a_name() {
        assert_clean(
            &MisnamedOrganisation,
            "Ministers of the last two EU presidency trios met in Brussels.",
        );
    }

    #[test]
    fn leaves_right_names_and_aliases() {
        assert_clean(
            &MisnamedOrganisation,
            "The Association of Southeast Asian Nations met the Shanghai Cooperation Organization.",
        );
        assert_clean(
            &MisnamedOrganisation,
            "The Association of South-East Asian Nations and the Association of Asian Nations.",
        );
        assert_clean(
            &MisnamedOrganisation,
            "The Group of 77 developing nations met the Group of 7 and the Group of 20.",
        );
    }
}
