//! The claims of lists set out as blocks: a bulleted list under a heading or a colon
//! paragraph ("Members of the SCO:").
#![allow(clippy::many_single_char_names)]

use super::vocab::FACT_WORDS;
use super::{Describe, claim, qualifier};
use crate::data::groups::Role;
use crate::doc::BlockId;
use crate::doc::series::extractor::Extractor;
use crate::doc::series::{ClaimSource, LeadIn};

/// Reads the heading or colon paragraph right above a bulleted list.
pub(in crate::doc::series) fn describe_bulleted(
    x: &mut Extractor<'_, '_>,
    list: BlockId,
) -> Describe {
    let mut d = Describe::default();
    if list == 0 || !x.titles_list(list - 1) {
        return d;
    }
    let prev = list - 1;
    let pb = &x.doc.blocks[prev as usize];
    let Some(sentence) = pb.sentences().last() else {
        return d;
    };
    let r = x.doc.sentences[sentence].words.clone();
    let (ws, mut we) = (r.start as usize, r.end as usize);
    // "SCO Facts", "NATO at a glance": the title names the group but not the role.
    let mut facts = false;
    while we > ws
        && (x.lower_is(we - 1, FACT_WORDS)
            || (facts && x.lower_is(we - 1, &["at", "a", "key", "fast"])))
    {
        facts = true;
        we -= 1;
    }
    // "Elected members of the Security Council in 2025": the year the title speaks of.
    if we > ws + 2
        && x.doc.words[we - 1].span.len() == 4
        && x.w(we - 1).bytes().all(|c| c.is_ascii_digit())
        && x.lower_is(we - 2, &["in", "for", "since"])
    {
        we -= 2;
    }
    let mut exhaustive = true;
    let mut past = false;
    if we > ws
        && let Some((s, lead)) = x.lead_ending_at(we - 1, ws)
    {
        exhaustive = lead.exhaustive;
        past = lead.past;
        we = s;
    }
    let span = x.doc.prose_span(prev).unwrap_or(pb.span);
    d.lead_in = Some(LeadIn {
        span,
        exhaustive,
        past,
    });
    let s = x.subject(ws, we, false);
    if exhaustive && (s.matched || s.count_ok) && !s.negated {
        d.count = s.count;
    }
    if s.negated || !s.matched || (facts && s.role.is_none()) {
        return d;
    }
    let first_word = x.doc.blocks[list as usize].words.start as usize;
    let (group, source) = if let Some(g) = s.group {
        (Some(g), ClaimSource::Named)
    } else if s.antecedent || (s.bare && s.role.is_some()) {
        (x.antecedent(first_word), ClaimSource::Antecedent)
    } else {
        (None, ClaimSource::Named)
    };
    d.claim = claim(
        group,
        source,
        s.role.unwrap_or(Role::Member),
        qualifier(&s),
        past,
    );
    d
}
