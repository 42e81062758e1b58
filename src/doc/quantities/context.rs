//! What the sentence around a count says: when (years, months, weekdays, "last week"),
//! whether it speaks of a change, a total, another event or a plan, and who gives the
//! figures ("police said"); and the lead-in that dates a list item.

use crate::doc::{BlockKind, Document, Shape};
use crate::span::Span;
use std::ops::Range;

use super::counts::Count;
use super::vocab::{AUXILIARIES, GUARD_WORDS, PEOPLE_PARTICIPLES, participle};
use super::words::{
    aside_around, between, calendar_word, in_dateline, lower, number_word, spaced, stem, year,
};

/// The last sentence of the lead-in of the list holding `at`, when it ends with a colon.
pub(super) fn lead_in(doc: &Document<'_>, at: Span) -> Option<u32> {
    let i = doc.words.partition_point(|w| w.span.start() < at.start());
    let block = &doc.blocks[doc.words.get(i)?.block as usize];
    if !matches!(block.kind, BlockKind::ListItem { .. }) {
        return None;
    }
    let list = block.parent? as usize;
    let before = doc.blocks[..list]
        .iter()
        .rev()
        .find(|b| !b.kind.is_container() && !b.sentences.is_empty())?;
    let closing = before.sentences.end.checked_sub(1)?;
    let span = doc.sentences.get(closing as usize)?.span;
    doc.slice(span).trim_end().ends_with(':').then_some(closing)
}

/// Guard words that make a rate or a mean only of the figure they stand by ("an annual
/// budget of $5 billion", "$5 billion a year on average"), not of every count in the
/// sentence ("the deal valued the target at 17 times its annual profit"); a goal or target
/// likewise ("a target of 300,000 homes").
pub(super) const LOCAL_GUARDS: &[&str] = &["annual", "annually", "average", "goal", "target"];

/// Whether a local guard word stands by the count from word `first` to word `last`: within
/// three words before it or after it, in its sentence.
pub(super) fn local_guard(doc: &Document<'_>, s: u32, first: usize, last: usize) -> bool {
    let Some(sentence) = doc.sentences.get(s as usize) else {
        return false;
    };
    let lo = first.saturating_sub(3).max(sentence.words.start as usize);
    let hi = (last + 4).min(sentence.words.end as usize);
    // A goal or target after the count names it when only a copula and a determiner come
    // between ("300,000 homes target", "the 15,000 homes are its target"); after a verb
    // it is something else ("the deal valued the target at …").
    let named = |k: usize| {
        (last + 1..k).all(|j| {
            let w = lower(doc, j);
            AUXILIARIES.contains(&w.as_ref())
                || matches!(
                    w.as_ref(),
                    "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our"
                )
        })
    };
    // "a match scheduled for 24 games", "talks planned for 12 days": a plan's figure.
    let planned = first >= sentence.words.start as usize + 2
        && lower(doc, first - 1) == "for"
        && matches!(
            lower(doc, first - 2).as_ref(),
            "scheduled" | "planned" | "slated" | "set" | "due" | "booked"
        );
    planned
        || (lo..hi).any(|k| {
            let w = lower(doc, k);
            LOCAL_GUARDS.contains(&w.as_ref())
                && (k <= last || named(k) || !matches!(w.as_ref(), "goal" | "target"))
        })
}

/// What a sentence says around its counts.
#[derive(Clone, Debug, Default)]
pub(super) struct Context {
    /// Time words, sorted, without repeats.
    pub(super) times: Vec<String>,
    /// It speaks of change, totals, other events or plans.
    pub(super) guarded: bool,
    /// Its only guard is a modal ("could", "might", "should"): a plan or a condition, which
    /// a count that points back ("the families of the 89 people killed … to decide what
    /// should happen") is no part of.
    pub(super) modal_only: bool,
    /// It gives a running total: "By Sunday, 16 had been rescued" (some of them, so far).
    /// A count of the whole set ("all 16 climbers … by Sunday") is not guarded by it.
    pub(super) running: bool,
    /// Who it says gives the figures ("police" in "police said"), folded.
    pub(super) source: String,
    /// The time words that date the saying, not the event: "Tuesday" in "the agency said
    /// on Tuesday".
    pub(super) stated: Vec<String>,
}

impl Context {
    /// Whether the sentence guards a count; `whole` when the count names a whole set
    /// ("all 16 climbers"), which no running total makes partial.
    pub(super) fn guards(&self, whole: bool) -> bool {
        self.guarded || (self.running && !whole)
    }
}

/// The source a word before "said" or after "according to" names: a noun or a name, not a
/// pronoun.
pub(super) fn source_word(doc: &Document<'_>, k: usize) -> Option<String> {
    let w = lower(doc, k);
    let pronoun = matches!(
        w.as_str(),
        "he" | "she" | "they" | "it" | "we" | "i" | "you" | "who" | "which" | "that" | "to"
    );
    let wordy = doc
        .words
        .get(k)
        .is_some_and(|x| matches!(x.shape, Shape::Lower | Shape::Capitalised | Shape::AllCaps));
    (wordy && !pronoun && !AUXILIARIES.contains(&w.as_str()))
        .then(|| crate::text::fold::name_key(&w))
}

/// The time words of a sentence, whether it speaks of change, totals, other events or
/// plans, and who it says gives the figures.
pub(super) fn sentence_context(doc: &Document<'_>, s: u32) -> Context {
    sentence_context_outside(doc, s, 0..0)
}

/// [`sentence_context`], with the words of `skip` left out of the guard: a relative clause
/// on the thing an amount is said of ("a $4.2 billion deal that would make it the
/// second-largest producer") says what the deal would do, not that its value is a plan.
pub(super) fn sentence_context_outside(
    doc: &Document<'_>,
    s: u32,
    skip: std::ops::Range<usize>,
) -> Context {
    let Some(sentence) = doc.sentences.get(s as usize) else {
        return Context {
            guarded: true,
            ..Context::default()
        };
    };
    let mut times = Vec::new();
    let mut guarded = false;
    let mut modal = false;
    let mut running = false;
    let mut source = String::new();
    let mut stated = Vec::new();
    let range = sentence.words.start as usize..sentence.words.end as usize;
    for k in range.clone() {
        // The article's own dateline dates the article, not the count after it.
        if in_dateline(doc, k) {
            continue;
        }
        let w = lower(doc, k);
        if let Some(y) = year(&w) {
            // "since 2010" bounds a total or a comparison; it does not date the count; nor
            // does an aside on how the subject came to be ("The committee, set up by council
            // in 2021, has nine members", "…, which council set up in 2021 to …,").
            let origin = aside_around(doc, k)
                .is_some_and(|(open, _)| open > range.start && origin_aside(doc, open));
            // (But "since 1996, when a jet collided …, killing 349": the year of an event.)
            // ("held hostage since the Hamas-led attack on Israel in October 2023": the
            // year of the event a "since" phrase names, a few words on, bounds it too.)
            let since_phrase = (range.start.max(k.saturating_sub(10))..k.saturating_sub(1))
                .rev()
                .take_while(|&j| !between(doc, j).contains([',', ';', ':', '(', ')']))
                .any(|j| lower(doc, j) == "since");
            let since = k > range.start
                && (lower(doc, k - 1) == "since" || since_phrase)
                && !(between(doc, k).trim() == "," && lower(doc, k + 1) == "when");
            // (Nor a year that names someone's work or thing: "the singer Kyu Sakamoto, best
            // known for his 1963 hit"; but "won 48 seats in their 2019 election" is dated.)
            let owned = k > range.start + 1
                && spaced(doc, k - 1)
                && !matches!(
                    lower(doc, k - 2).as_ref(),
                    "in" | "at" | "during" | "since" | "after" | "before" | "until" | "by"
                )
                && matches!(lower(doc, k - 1).as_ref(), "his" | "her" | "their" | "its")
                && k + 1 < range.end
                && spaced(doc, k)
                && doc.words[k + 1].shape == Shape::Lower;
            if !origin && !since && !owned {
                times.push(y.to_string());
            }
            continue;
        }
        // "Police said 4,000 people attended", "according to the organisers".
        if source.is_empty() {
            let said = matches!(
                w.as_str(),
                "said" | "says" | "say" | "estimated" | "estimates" | "reported" | "claimed"
            );
            if said && k > range.start && spaced(doc, k - 1) {
                source = source_word(doc, k - 1).unwrap_or_default();
            } else if w == "according" && lower(doc, k + 1) == "to" && spaced(doc, k + 1) {
                let mut o = k + 2;
                while matches!(lower(doc, o).as_str(), "the" | "a" | "an") && spaced(doc, o) {
                    o += 1;
                }
                if o < range.end {
                    source = source_word(doc, o).unwrap_or_default();
                }
            }
        }
        // "said on Tuesday", "announced Monday": the day of the statement.
        if matches!(
            w.as_str(),
            "said" | "says" | "announced" | "reported" | "told" | "added" | "confirmed"
        ) {
            let mut d = k + 1;
            if d < range.end && spaced(doc, k) && lower(doc, d) == "on" && spaced(doc, d) {
                d += 1;
            }
            if d < range.end && spaced(doc, d - 1) {
                let day = lower(doc, d);
                if calendar_word(&day) {
                    stated.push(day.into_owned());
                }
            }
        }
        // (A month written in lower case is no month: "after a march against higher fares".
        // "May" is one beside a day: "on May 29", "29 May".)
        let day = |j: usize| {
            j < doc.words.len()
                && doc.words[j].shape == Shape::Number
                && lower(doc, j)
                    .parse::<u8>()
                    .is_ok_and(|d| (1..=31).contains(&d))
        };
        let may = w == "may"
            && doc.words[k].shape == Shape::Capitalised
            && ((spaced(doc, k) && day(k + 1)) || (k > 0 && spaced(doc, k - 1) && day(k - 1)));
        if ((calendar_word(&w) || may) && doc.words[k].shape != Shape::Lower)
            || matches!(
                w.as_str(),
                "yesterday" | "today" | "tonight" | "tomorrow" | "ago" | "now" | "currently"
            )
        {
            // ("Twelve years ago, 115 cardinals elected …": another year, as a year is.)
            let years_back = w == "ago"
                && k > range.start
                && matches!(
                    lower(doc, k - 1).as_ref(),
                    "year" | "years" | "decade" | "decades"
                );
            times.push(if years_back {
                "years ago".to_string()
            } else {
                w.to_string()
            });
        }
        if matches!(w.as_str(), "this" | "that" | "last" | "next")
            && k + 1 < range.end
            && spaced(doc, k)
        {
            // ("This year's tournament": the possessive is the same time.)
            let n = lower(doc, k + 1);
            let n = n.trim_end_matches("'s").trim_end_matches("’s");
            if matches!(
                n,
                "week"
                    | "month"
                    | "year"
                    | "weekend"
                    | "morning"
                    | "evening"
                    | "night"
                    | "season"
                    | "quarter"
                    | "term"
                    | "summer"
                    | "winter"
                    | "spring"
                    | "autumn"
            ) {
                times.push(format!("{w} {n}"));
            }
        }
        // "the lowest since the 1990s", "its biggest haul at the championships since 2010"
        // compare, they do not add up.
        let compares = w == "since"
            && (range.start.max(k.saturating_sub(8))..k).any(|j| {
                let b = lower(doc, j);
                (b.ends_with("est") && b.len() > 4)
                    || matches!(b.as_ref(), "first" | "most" | "least" | "best" | "worst")
            });
        // A span of time just before: "a day", "two weeks", "three years".
        let span_before = || k > range.start && span_noun(&lower(doc, k - 1));
        // ("a day earlier", "two weeks earlier", "earlier this month", "earlier on
        // Tuesday": a time, not an earlier figure or event.)
        let ago = w == "earlier"
            && ((span_before() || (k > range.start && lower(doc, k - 1) == "hours"))
                || (k + 1 < range.end
                    && spaced(doc, k)
                    && matches!(lower(doc, k + 1).as_ref(), "this" | "today" | "on")));
        // ("A week earlier, organisers said 1 million people had marched", "Earlier on
        // Friday, … killing at least 15": another time than the day named alone.)
        let later = w == "later" && span_before();
        if ago || later {
            times.push(w.to_string());
        }
        // ("The deaths in Brussels came 18 days after 56 people died in a fire", "two days
        // after 39 people died": how long before or after another event, which two counts
        // that give different spans are not the same event.)
        if matches!(w.as_str(), "after" | "before") && k >= range.start + 2 && span_before() {
            times.push(format!(
                "offset {} {}",
                lower(doc, k - 2),
                lower(doc, k - 1)
            ));
        }
        // ("why the building fell", "when it fell in the early hours": a fall, not a
        // figure going down; that one has a figure after it, "fell to 78", "fell 3%".)
        // ("the 40,000 deaths fell mostly on the elderly": over an adverb.)
        let after_fall =
            k + 1 + usize::from(k + 2 < range.end && lower(doc, k + 1).ends_with("ly"));
        let fall = w == "fell"
            && (after_fall >= range.end
                || !spaced(doc, k)
                || matches!(
                    lower(doc, after_fall).as_ref(),
                    "in" | "into" | "on" | "onto" | "off" | "down" | "apart" | "through" | "ill"
                ))
            && !(k + 1..(k + 5).min(range.end)).any(|j| {
                doc.words[j].shape == Shape::Number || number_word(&lower(doc, j)).is_some()
            });
        // ("Monday marks one year since two Boeing 747s collided …, killing 583 people": the
        // time since an event, not a count running since it.)
        // Only the toll the event's own participle gives is freed ([`event_toll`]).
        let anniversary = w == "since" && k >= range.start + 2 && anniversary_since(doc, k);
        if GUARD_WORDS.contains(&w.as_str())
            && !anniversary
            && !compares
            && !fall
            && !ago
            && !skip.contains(&k)
            && !LOCAL_GUARDS.contains(&w.as_str())
        {
            // ("Memorial services were planned … for the 53 people killed": an intent,
            // like a modal, speaks of what will be done, not of a count that points back.)
            if matches!(
                w.as_str(),
                "could" | "might" | "should" | "plan" | "planned" | "plans"
            ) {
                modal = true;
            } else {
                guarded = true;
            }
        }
        // "so far", "in all", "up from", "down from", "from 78 to 87".
        if k + 1 < range.end && spaced(doc, k) {
            let n = lower(doc, k + 1);
            // ("brought bodies down from the village": a place, not a change; a figure
            // must follow "up from" or "down from" within two words.)
            let figure_after = || {
                (k + 2..(k + 4).min(range.end)).any(|j| {
                    doc.words[j].shape == Shape::Number || number_word(&lower(doc, j)).is_some()
                })
            };
            // ("12 catches and 12 traps for each of the two rules", "… per rule", "two
            // goals apiece": a
            // figure for each of several, not the count of one set.)
            guarded |= matches!(
                (w.as_str(), n.as_str()),
                ("so", "far") | ("in", "all") | ("for" | "in", "each")
            ) || n == "apiece"
                // ("Seventy-four of the 79 people aboard died, along with four motorists",
                // "All 135 people aboard were killed, as were the two men in the Cessna":
                // others added to the set, which is a part of the toll.)
                || (matches!(
                    (w.as_str(), n.as_str()),
                    ("along", "with") | ("as", "were" | "was")
                ) && figure_after())
                || (w == "per" && !matches!(n.as_str(), "cent" | "a" | "the"))
                || (matches!((w.as_str(), n.as_str()), ("up" | "down", "from")) && figure_after());
            // "killed 14 people …, and nine more died in Samangan": the sentence gives parts
            // of a toll, not the toll.
            // (Not "ordered 30,000 more U.S. troops": "more" before the noun counted, an
            // additional set, as "additional" is.)
            let named_after = n == "more"
                && spaced(doc, k + 1)
                && doc.words.get(k + 2).is_some_and(|x| {
                    matches!(x.shape, Shape::Capitalised | Shape::AllCaps)
                        || (x.shape == Shape::Lower && super::words::is_plural(&lower(doc, k + 2)))
                });
            let parts = matches!(n.as_str(), "more" | "others")
                && (doc.words[k].shape == Shape::Number || number_word(&w).is_some())
                && !named_after;
            if parts {
                // ("killing six people and injuring 45 others" counts another set: a verb of
                // its own, said of no count before.)
                let own_verb = || {
                    // (Over a hedge: "wounding about 180 others".)
                    let at = super::vocab::hedge_before(doc, k).map_or(k, |(h, _)| h);
                    at > range.start && {
                        let v = stem(&lower(doc, at - 1));
                        PEOPLE_PARTICIPLES.iter().any(|p| stem(p) == v)
                            && !(range.start..at - 1).any(|j| stem(&lower(doc, j)) == v)
                    }
                };
                // ("16 fishermen were rescued …, and four others were still missing": a state
                // of their own after "others", said of no count before.)
                let own_state = || {
                    let mut at = k + 2;
                    while at < range.end
                        && super::vocab::BE_STILL.contains(&lower(doc, at).as_ref())
                    {
                        at += 1;
                    }
                    at < range.end && {
                        let state = stem(&lower(doc, at));
                        PEOPLE_PARTICIPLES.iter().any(|p| stem(p) == state)
                            && !(range.start..k).any(|i| stem(&lower(doc, i)) == state)
                    }
                };
                guarded |= !(n == "others" && (own_verb() || own_state()));
            }
            // ("from 800 metres up" is a distance, not a change: a "to" must follow.)
            guarded |= w == "from"
                && doc.words[k + 1].shape == Shape::Number
                && (k + 2..(k + 5).min(range.end)).any(|j| lower(doc, j) == "to");
            // "By January 2019, seven teams had delivered": a running total.
            running |= w == "by"
                && (year(&n).is_some()
                    || calendar_word(&n)
                    || matches!(
                        n.as_str(),
                        "then" | "now" | "today" | "tonight" | "yesterday"
                    ));
        }
    }
    times.sort();
    times.dedup();
    Context {
        times,
        guarded: guarded || modal,
        modal_only: modal && !guarded,
        running,
        source,
        stated,
    }
}

/// The words of a relative clause right after an amount's noun ("a $4.2 billion deal that
/// would make it …"), up to the next comma or the sentence's end: the clause tells of the
/// thing, not of the amount.
pub(super) fn amount_clause(doc: &Document<'_>, c: &Count) -> Option<std::ops::Range<usize>> {
    if !matches!(c.key.noun.as_str(), "$" | "£" | "€" | "¥" | "%") || c.key.owner.is_empty() {
        return None;
    }
    let s = doc.sentences.get(c.sentence as usize)?;
    let after = doc.words.partition_point(|w| w.span.start() < c.span.end());
    if after <= s.words.start as usize
        || after >= s.words.end as usize
        || !spaced(doc, after - 1)
        || !matches!(lower(doc, after).as_str(), "that" | "which")
    {
        return None;
    }
    let mut end = after;
    while end + 1 < s.words.end as usize && spaced(doc, end) {
        end += 1;
    }
    Some(after..end + 1)
}

/// The words of a clause that ends the sentence after the count's last word `last`, set off
/// by a comma and a subordinator ("…, as calm seas led to a rise in crossings") or opened by
/// "where" ("… in smaller towns where rents have not fallen") or by "when" and a subject
/// ("… died when the river surged"): it tells of something else,
/// so its words of change or plan do not guard the count.
pub(super) fn trailing_clause(doc: &Document<'_>, s: u32, last: usize) -> Option<Range<usize>> {
    let end = sentence_end(doc, s)?;
    (last + 1..end)
        .find(|&k| {
            // (Words out of source order, as an image's alt text may be, have no gap.)
            let gap = between(doc, k - 1);
            let w = lower(doc, k);
            (gap.trim() == ","
                && matches!(w.as_ref(), "as" | "while" | "because" | "after")
                && !(k + 1 < end && matches!(lower(doc, k + 1).as_ref(), "well" | "of")))
                || (w == "where" && k > last + 1)
                // "Most of the 26 people arrested were released, …, though several could face
                // charges": a clause on some of the set, not on its count.
                || (gap.trim() == ","
                    && matches!(w.as_ref(), "though" | "although" | "but")
                    && k + 1 < end
                    && (matches!(
                        lower(doc, k + 1).as_ref(),
                        "several" | "some" | "many" | "most" | "few" | "others" | "one"
                    ) || number_word(&lower(doc, k + 1)).is_some()))
                // "… said the 87 dead included 19 children, and warned that the toll could
                // still rise": a warning of its own, coordinated.
                || (gap.trim() == ","
                    && w == "and"
                    && k + 1 < end
                    && matches!(
                        lower(doc, k + 1).as_ref(),
                        "warned" | "cautioned" | "added" | "said" | "noted"
                    ))
                // "Most of the boat's 104 passengers were traders …, and few of them could
                // swim": a coordinated clause with a subject of its own.
                || (gap.trim() == ","
                    && w == "and"
                    && k + 1 < end
                    && matches!(
                        lower(doc, k + 1).as_ref(),
                        "few" | "many" | "most" | "none" | "several" | "they" | "he" | "she" | "we"
                    ))
                // "Labour's 441 seats came on just 33.7 percent of the vote, and turnout fell
                // to about 60 percent": a coordinated clause whose own subject changed.
                || (gap.trim() == "," && w == "and" && own_change(doc, k + 1, end))
                // "Eleven schools were closed … because they could not guarantee …".
                || (w == "because" && k > last + 1)
                // "… had died when the river surged through its cabins": a clause with a
                // subject of its own.
                // ("… detained 114 people overnight after a march against a rise in bus fares
                // turned violent": so is one after "after".)
                || (matches!(w.as_ref(), "when" | "after")
                    && k + 1 < end
                    && matches!(
                        lower(doc, k + 1).as_ref(),
                        "the" | "a" | "an" | "its" | "their" | "his" | "her"
                    ))
        })
        .map(|k| k..end)
}

/// Whether the words from `k` open a clause with a subject of its own, a noun (after a
/// determiner or none), and a verb of change right after it: "turnout fell", "the pound
/// rose". Not a subject that is the figure itself ("and the toll rose to 87").
fn own_change(doc: &Document<'_>, mut k: usize, end: usize) -> bool {
    if k < end && matches!(lower(doc, k).as_ref(), "the" | "its" | "their" | "a" | "an") {
        k += 1;
    }
    // A name ("and the Alliance of the Liberals and the Social Democrats fell well short"):
    // capitalised words joined by "of", "the", "and", ending in a capitalised word.
    let named = |v: usize| {
        doc.words[v - 1].shape == Shape::Capitalised
            && (k..v).all(|j| {
                spaced(doc, j)
                    && (doc.words[j].shape == Shape::Capitalised
                        || (j > k && matches!(lower(doc, j).as_ref(), "of" | "the" | "and")))
            })
    };
    // One noun or two ("river levels").
    (k + 1..(k + 9).min(end)).any(|v| {
        (named(v) || v < k + 3)
            && (named(v)
                || (k..v).all(|j| {
                    spaced(doc, j)
                        && doc.words[j].shape == Shape::Lower
                        && !matches!(
                            lower(doc, j).as_ref(),
                            "toll"
                                | "number"
                                | "figure"
                                | "count"
                                | "tally"
                                | "total"
                                | "it"
                                | "they"
                                | "this"
                        )
                }))
            && matches!(
                lower(doc, v).as_ref(),
                "fell"
                    | "rose"
                    | "grew"
                    | "climbed"
                    | "declined"
                    | "dropped"
                    | "jumped"
                    | "surged"
                    | "soared"
                    | "doubled"
                    | "halved"
                    | "increased"
                    | "decreased"
                    | "tripled"
            )
    })
}

/// The main clause before a subordinate clause that holds a count pointing back: "White
/// smoke rose from the chimney …, after the 133 cardinal electors had voted four times" —
/// the words before ", after" (or ", as", ", when", ", while") tell of something else, so
/// their words of change do not guard the count. `first` is the count's first word.
pub(super) fn leading_clause(doc: &Document<'_>, s: u32, first: usize) -> Option<Range<usize>> {
    let start = doc.sentences.get(s as usize)?.words.start as usize;
    let k = (start + 1..first).rev().find(|&k| {
        between(doc, k - 1).trim() == ","
            && matches!(lower(doc, k).as_ref(), "after" | "as" | "when" | "while")
    })?;
    // (Only when nothing is set off between the subordinator and the count.)
    let clear = (k..first - 1).all(|j| between(doc, j).trim() != ",");
    clear.then_some(start..k)
}

/// The words before a relative clause that holds the count and its past verb: "Prosecutors
/// say he … planned the attacks on Paddy's Bar and the Sari Club that killed 220 people" —
/// what the attacks did is told as done, whatever was planned before them. `first` is the
/// count's first word (its verb).
pub(super) fn past_relative(doc: &Document<'_>, s: u32, first: usize) -> Option<Range<usize>> {
    let sentence = doc.sentences.get(s as usize)?;
    let start = sentence.words.start as usize;
    if first >= sentence.words.end as usize {
        return None;
    }
    let verb = lower(doc, first);
    // (Not after "since", which bounds a total whatever the clause says: "to mark 10 years
    // since the sinking, which killed 304 people".)
    (first > start + 1
        && !(start..first).any(|k| lower(doc, k) == "since")
        && spaced(doc, first - 1)
        && matches!(lower(doc, first - 1).as_ref(), "that" | "which" | "who")
        && verb.len() > 4
        && verb.ends_with("ed"))
    .then(|| start..first - 1)
}

/// The modal right after a count that points back, as its subject: "whether the 72 campers
/// could have been moved" asks about a set already given; the count itself is no plan (as
/// "could kill 300 people" is).
pub(super) fn modal_after(doc: &Document<'_>, s: u32, last: usize) -> Option<Range<usize>> {
    let end = sentence_end(doc, s)?;
    // Over a second noun joined to the first ("the 72 campers and counselors could").
    let mut k = last + 1;
    if k + 2 < end
        && matches!(lower(doc, k).as_ref(), "and" | "or")
        && doc.words[k + 1].shape == Shape::Lower
        && spaced(doc, k)
        && spaced(doc, k + 1)
    {
        k += 2;
    }
    (k < end
        && spaced(doc, k - 1)
        && matches!(lower(doc, k).as_ref(), "could" | "might" | "should"))
    .then_some(k..k + 1)
}

/// The word index after the last word of sentence `s`.
fn sentence_end(doc: &Document<'_>, s: u32) -> Option<usize> {
    doc.sentences.get(s as usize).map(|x| x.words.end as usize)
}

/// A unit of a span of time, singular or plural: "day", "weeks", "years".
fn span_noun(w: &str) -> bool {
    matches!(
        w,
        "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years"
    )
}

/// A count of "more" ("Eight more died") within the rest of sentence `sentence` after word
/// `end`, or the next sentence.
pub(super) fn more_follows(doc: &Document<'_>, end: usize, sentence: u32) -> bool {
    let stop = doc
        .sentences
        .get(sentence as usize + 1)
        .map_or(doc.words.len(), |s| s.words.end as usize)
        .min(end + 25);
    (end + 1..stop).any(|k| {
        k + 1 < doc.words.len()
            && doc.word_lower(k + 1) == "more"
            && spaced(doc, k)
            && (doc.words[k].shape == Shape::Number || number_word(&lower(doc, k)).is_some())
    })
}

/// The place a ", where" clause holding word `start` is about: "at the Bataclan concert
/// hall, where gunmen killed 89 people" gives "bataclan". The clause runs to the count with
/// no comma between; the place is the name after "at" or "in" (and "the") within seven words
/// before it.
pub(super) fn where_place(doc: &Document<'_>, sentence: u32, start: usize) -> Option<String> {
    let s = doc.sentences.get(sentence as usize)?;
    let first = s.words.start as usize;
    let w = (first.max(start.saturating_sub(8))..start)
        .rev()
        .take_while(|&k| !between(doc, k).contains(','))
        .find(|&k| lower(doc, k) == "where")?;
    if w == 0 || w <= first || between(doc, w - 1).trim() != "," {
        return None;
    }
    let at = (first.max(w.saturating_sub(7))..w)
        .rev()
        .find(|&k| matches!(lower(doc, k).as_str(), "at" | "in"))?;
    let mut n = at + 1;
    if lower(doc, n) == "the" {
        n += 1;
    }
    (n < w && super::words::name_like(doc, n))
        .then(|| crate::text::fold::name_key(&doc.word_str(n)))
}

/// The last word of an "of" phrase after the noun at `head` that the sentence's verb
/// follows: "members of a religious group called Heaven's Gate were found dead". At most
/// ten words, none a verb form or a clause word, with no punctuation, and an auxiliary
/// then a participle after them.
pub(super) fn of_phrase_before_verb(doc: &Document<'_>, head: usize) -> Option<usize> {
    if !spaced(doc, head) || lower(doc, head + 1) != "of" {
        return None;
    }
    for k in head + 1..head + 11 {
        if !spaced(doc, k) {
            return None;
        }
        let w = lower(doc, k + 1);
        if matches!(w.as_str(), "was" | "were") {
            let p = lower(doc, k + 2);
            return (k > head + 2
                && spaced(doc, k + 1)
                && doc
                    .words
                    .get(k + 2)
                    .is_some_and(|x| x.shape == Shape::Lower)
                && (participle(&p) || found_dead(doc, k + 2)))
            .then_some(k);
        }
        if AUXILIARIES.contains(&w.as_str())
            || matches!(w.as_str(), "who" | "that" | "which" | "and" | "or" | "but")
            || doc.words[k + 1].shape == Shape::Number
        {
            return None;
        }
    }
    None
}

/// "found" before "dead" at `i`: "were found dead" tells who were killed ("found" alone is
/// a verb of many other things).
pub(super) fn found_dead(doc: &Document<'_>, i: usize) -> bool {
    lower(doc, i) == "found" && spaced(doc, i) && lower(doc, i + 1) == "dead"
}

/// Adds to `times` the years of the aside that holds word `k` when it tells how its
/// subject came to be, which the sentence's context leaves out for the counts outside it:
/// for a count inside it, they date the count ("The Conservatives, who won 336 seats at the
/// last election in 1992, were reduced to 165").
pub(super) fn own_aside_years(doc: &Document<'_>, k: usize, times: &mut Vec<String>) {
    let Some((open, close)) = aside_around(doc, k) else {
        return;
    };
    if !origin_aside(doc, open) {
        return;
    }
    let before = times.len();
    times.extend((open..=close).filter_map(|j| year(&lower(doc, j)).map(|y| y.to_string())));
    if times.len() > before {
        times.sort();
        times.dedup();
    }
}

/// A death told as believed after the participle `w`, from word `k`: "are believed to have
/// died", "feared to have been killed".
pub(super) fn reported_death(doc: &Document<'_>, w: &str, k: usize) -> bool {
    matches!(w, "believed" | "feared" | "thought" | "presumed")
        && lower(doc, k) == "to"
        && lower(doc, k + 1) == "have"
        && (lower(doc, k + 2) == "died"
            || (lower(doc, k + 2) == "been" && lower(doc, k + 3) == "killed"))
}

/// Whether an aside opening at word `open` tells how its subject came to be: a participle
/// ("set up by council in 2021"), "which" or "who".
fn origin_aside(doc: &Document<'_>, open: usize) -> bool {
    let first = lower(doc, open);
    participle(&first) || matches!(first.as_ref(), "set" | "which" | "who")
}

/// Whether word `k` is the "since" of "one year since", "two years since": the time since an
/// event, not a count running since it.
fn anniversary_since(doc: &Document<'_>, k: usize) -> bool {
    doc.word_text(k).eq_ignore_ascii_case("since")
        && matches!(lower(doc, k - 1).as_ref(), "year" | "years")
        && matches!(
            lower(doc, k - 2).as_ref(),
            "one" | "a" | "two" | "five" | "ten"
        )
}

/// Whether sentence `s` tells the time since an event ("one year since …").
pub(super) fn since_event(doc: &Document<'_>, s: u32) -> bool {
    doc.sentences.get(s as usize).is_some_and(|t| {
        (t.words.start as usize + 2..t.words.end as usize).any(|k| anniversary_since(doc, k))
    })
}

/// Whether count `c` is the toll an event's own participle gives (", killing 166 people"):
/// in a sentence that tells the time since the event ([`since_event`]), the only count not
/// guarded ("a year since 10 gunmen … attacked" counts the event's actors).
pub(super) fn event_toll(doc: &Document<'_>, c: &super::Count) -> bool {
    let number = doc
        .words
        .partition_point(|w| w.span.start() < c.number.start());
    (number.saturating_sub(3)..number)
        .any(|k| k > 0 && lower(doc, k).ends_with("ing") && between(doc, k - 1).contains(','))
}
