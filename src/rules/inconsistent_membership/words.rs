//! How the rule's messages name countries, numbers, dates, roles and groups.

use crate::data::countries::{self, EntityId};
use crate::data::groups::{Group, Role};
use crate::doc::{Document, Series};
use crate::text::date::Date;

use super::lists::List;

pub(super) fn names(ids: &[EntityId]) -> String {
    let c = countries::get();
    quote_all(
        &ids.iter()
            .map(|&e| c.name(e).to_string())
            .collect::<Vec<_>>(),
    )
}

/// The entities as the list writes them ("Britain", not "United Kingdom").
pub(super) fn names_in(doc: &Document<'_>, s: &Series, ids: &[EntityId]) -> String {
    let c = countries::get();
    quote_all(
        &ids.iter()
            .map(|&e| {
                s.items.iter().find(|i| i.entity() == Some(e)).map_or_else(
                    || c.name(e).to_string(),
                    |i| {
                        let t = doc.slice(i.span);
                        t.strip_prefix("the ").unwrap_or(t).to_string()
                    },
                )
            })
            .collect::<Vec<_>>(),
    )
}

fn quote_all(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

pub(super) fn number(n: usize) -> String {
    match n {
        0 => "no".to_string(),
        20 => "twenty".to_string(),
        _ => crate::text::UNITS
            .get(n)
            .map_or_else(|| n.to_string(), |w| (*w).to_string()),
    }
}

pub(super) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", number(n), if n == 1 { one } else { many })
}

pub(super) fn written(d: Date) -> String {
    format!(
        "{} {} {}",
        d.day,
        crate::text::date::month_name(d.month),
        d.year
    )
}

pub(super) fn article(role: Role) -> &'static str {
    match role {
        Role::Member => "a member",
        Role::Observer => "an observer",
        Role::Partner => "a partner",
        Role::Candidate => "a candidate",
        Role::Associate => "an associate member",
    }
}

/// Groups whose names are said as words and take no article ("NATO", not "the NATO").
const NO_ARTICLE: &[&str] = &[
    "nato",
    "opec",
    "opec-exempt",
    "brics",
    "ecowas",
    "caricom",
    "mercosur",
    "asean",
    "benelux",
    "aukus",
    "saarc",
    "apec",
    "efta",
    "nafta",
    "usmca",
    "guam",
];

/// A group by its usual short name, with "the" where it takes one: "the Nordic Council",
/// "NATO".
pub(super) fn named_group(g: &Group) -> String {
    if NO_ARTICLE.contains(&g.id.as_str()) {
        g.short_name().to_string()
    } else {
        format!("the {}", g.short_name())
    }
}

/// How messages name a group: as the document does when that is short ("Visegrad Group",
/// "SCO"), else by its usual short name; `with_article` gives "the SCO" but "NATO".
pub(super) struct GroupName {
    pub(super) bare: String,
    pub(super) the: bool,
}

impl GroupName {
    pub(super) fn new(doc: &Document<'_>, l: &List, g: &Group) -> GroupName {
        let t = doc.slice(l.named_span);
        let t = t
            .strip_suffix("'s")
            .or_else(|| t.strip_suffix("’s"))
            .unwrap_or(t);
        let t = t
            .strip_prefix("the ")
            .or_else(|| t.strip_prefix("The "))
            .unwrap_or(t);
        // "the U.N. Security Council": the Security Council.
        let t = t.strip_prefix("U.N. ").unwrap_or(t);
        let role_word = [" members", " countries", " states", " nations"]
            .iter()
            .any(|w| t.contains(w));
        // "permanent" (members) names the P5 without being its name.
        let implied = crate::data::claim_words::group_word(t).is_some();
        // "the Visegrad quartet": a count noun in place of the name's number ("presidency
        // trio" is a name as it stands).
        let counted = t
            .split_whitespace()
            .last()
            .is_some_and(|w| crate::data::claim_words::count_noun(w).is_some())
            && !g
                .aliases
                .iter()
                .chain(std::iter::once(&g.name))
                .any(|a| a.eq_ignore_ascii_case(t));
        let bare = if t.chars().count() <= 20 && !role_word && !implied && !counted {
            t.to_string()
        } else {
            g.short_name().to_string()
        };
        GroupName {
            bare,
            the: !NO_ARTICLE.contains(&g.id.as_str()),
        }
    }

    /// "the SCO", "NATO".
    pub(super) fn with_article(&self) -> String {
        if self.the {
            format!("the {}", self.bare)
        } else {
            self.bare.clone()
        }
    }

    /// "the SCO's", "the Baltic states'".
    pub(super) fn possessive(&self) -> String {
        possessive(&self.with_article())
    }
}

/// "NATO's", "the Baltic states'".
pub(super) fn possessive(name: &str) -> String {
    if name.ends_with('s') && !name.ends_with("'s") {
        format!("{name}'")
    } else {
        format!("{name}'s")
    }
}
