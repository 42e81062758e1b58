use crate::data::residue::{self, Residue, Strength};
use crate::diagnostic::{Applicability, Finding};
use crate::doc::{BlockKind, CaptionSource, Document, Format, Line};
use crate::rules::{Context, OptionError, Rule, RuleMeta, RuleOptions, declare_rule, options};
use crate::span::Span;

declare_rule! {
    /// ## What it checks
    /// Lines that are the furniture of the web page an article was copied from, not its
    /// copy: skip links ("Accessibility links"), banners ("Breaking News"), share and print
    /// buttons, "Advertisement", "Related stories", cookie notices, newsletter prompts, a
    /// font-size picker ("XS / SM / MD / LG"), rows of social-network buttons, "Click here
    /// to …". The phrases live in `rules/residue.toml`, grouped by kind.
    ///
    /// A line is compared whole — a heading, a paragraph, a list item, a caption, or one
    /// line of one (a `<br>` line in HTML) — after trimming white space and trailing
    /// separators and ignoring case. Words inside a sentence never match. A run of residue
    /// lines of one kind ("XS", "SM", "MD", "LG" one per line) is one finding.
    ///
    /// ## Why it matters
    /// Scraped and pasted copy carries the page with it. A reader who meets "Breaking News"
    /// above the headline or "XS SM MD LG" after the last paragraph sees a page nobody read.
    ///
    /// ## Example
    /// ```text
    /// Accessibility links
    ///
    /// SCO Security Alliance Opposes Syria Intervention
    /// ```
    ///
    /// ## Not flagged
    /// - the words inside a sentence: "Please print the form", "the costs they share";
    /// - phrases an editor may mean ("Share", "Print", "Live", "Home", "Subscribe", "See
    ///   also") unless they stand beside other residue or open or close the document; the
    ///   one-letter sizes ("S", "M", "A+") only in a run of residue lines;
    /// - table cells, image alt text and titles, code, URLs;
    /// - front matter fields checked as prose (`title: "Contact Us"` names the page);
    /// - in a Markdown or HTML post with front matter (an authored page of a site, not text
    ///   scraped from one), a line the author wrote: a heading ("## Related Links") or a
    ///   label in bold or italics ("**Related Links:**"), a line carrying a link or a web
    ///   address ("[Watch the entire presentation here.](…)"), a phrase of four words or
    ///   more ("Listen to understand your mission"; not a row of buttons, "Share on Facebook
    ///   Share on X Email this article", which is reported), the wrapped end of the author's
    ///   sentence, an item of a list whose other items are the author's ("25 shares" among
    ///   "50 likes" and "100 attendees"). A run of such lines is still the author's; a run
    ///   with one line that is not is reported. Ad slugs ("Story continues below
    ///   advertisement"), cookie notices, skip links, size pickers, footers and "click
    ///   here" are the web page's wherever they stand;
    /// - in a Markdown or HTML article without front matter, a lone related-story line with
    ///   a headline of its own, linked or not ("**Related:** Insurers brace for a record
    ///   year of flood claims"): a cross-reference the writer put there, with no other
    ///   leftover beside it to show the page was scraped (beside another leftover it is
    ///   reported, and so it is in plain text unless it sends the reader to a printed page:
    ///   "Related: Obituary of King Hussein, page 14");
    /// - in HTML, what is already masked: `nav`, the page's `header` and `footer`, scripts.
    ///
    /// ## Options
    /// `allow`: phrases never reported here, e.g. `allow = ["Live updates"]`.
    ///
    /// ## Fix safety
    /// Safe where the residue fills whole lines (plain text, Markdown) or whole blocks with
    /// one parent (HTML): the lines or elements are deleted with the blank lines after
    /// them. A label before real text ("Image caption, …") is deleted alone. Where markup
    /// or other words share the lines, no fix is offered.
    ///
    /// Severity is `warning`: the list is matched by wording, and a newsletter or a
    /// documentation page can mean a listed phrase ("Related articles" as a real section).
    /// A scraped-copy pipeline can raise it to `error` in its config.
    pub(crate) struct PageResidue {
        id: "page-residue",
        severity: Warning,
        summary: "web-page chrome left in the copy (\"Accessibility links\", \"XS SM MD LG\")",
        fix: Safe,
        options: ["allow"],
        languages: Any,
    }
}

/// `[rules.page-residue]`.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
struct PageResidueOptions {
    /// Phrases never reported, normalised as the residue list is when the config loads.
    #[serde(deserialize_with = "normalized")]
    allow: Vec<String>,
}

fn normalized<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    let phrases: Vec<String> = serde::Deserialize::deserialize(d)?;
    Ok(phrases.iter().map(|p| residue::normalize(p)).collect())
}

/// A candidate line and what the list made of it.
struct Cand<'d> {
    line: &'d Line<'d>,
    hit: Option<residue::Match>,
    /// Can be residue: not a table cell, alt text or title.
    eligible: bool,
}

impl Rule for PageResidue {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn read_options(&self, table: &toml::Table) -> Result<RuleOptions, OptionError> {
        options::read::<PageResidueOptions>(table)
    }

    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>) {
        let list = residue::builtin();
        let allow: &[String] = cx
            .options::<PageResidueOptions>()
            .map_or(&[], |o| o.allow.as_slice());
        let cands: Vec<Cand<'_>> = doc
            .lines()
            .iter()
            .map(|line| {
                let kind = doc.blocks[line.block as usize].kind;
                // A front matter title or summary is the author's own line, never residue.
                let in_front_matter = doc.meta.front_matter.is_some_and(|fm| {
                    fm.start() <= line.span.start() && line.span.end() <= fm.end()
                });
                let eligible = !in_front_matter
                    && !matches!(
                        kind,
                        BlockKind::TableCell
                            | BlockKind::Caption(CaptionSource::Alt | CaptionSource::Title)
                    );
                let hit = if eligible && line.text.len() <= 200 {
                    list.find(&line.text).filter(|_| {
                        allow.is_empty() || !allow.contains(&residue::normalize(&line.text))
                    })
                } else {
                    None
                };
                Cand {
                    line,
                    hit,
                    eligible,
                }
            })
            .collect();
        let mut reported = reported(list, &cands);
        // A post with front matter is the source of a site, written by its author: a lone
        // line there is residue only with evidence of scraping — a run of two or more
        // leftovers, or a bare line that is not the author's heading, link or sentence.
        if doc.meta.front_matter.is_some() && doc.format != Format::Plain {
            // Another leftover on the line before or after, with no blank line between.
            let beside = |i: usize, j: usize| {
                cands.get(j).is_some_and(|n| n.hit.is_some()) && {
                    let (a, b) = (cands[i.min(j)].line.span, cands[i.max(j)].line.span);
                    doc.text()
                        .get(a.end()..b.start())
                        .is_some_and(|t| t.matches('\n').count() <= 1)
                }
            };
            let by_author: Vec<bool> = (0..cands.len())
                .map(|i| reported[i] && authored(doc, list, &cands, i))
                .collect();
            // A run is evidence of scraping only when one of its lines is not the author's:
            // two numbered steps that both open with "Listen …" stay the author's.
            let scraped_beside = |i: usize, j: usize| beside(i, j) && !by_author[j];
            for (i, c) in cands.iter().enumerate() {
                let lone = !((i > 0 && beside(i, i - 1)) || beside(i, i + 1));
                // Kinds an author writes as content (a call to watch, share or subscribe, a
                // related-links label); ad slugs, cookie notices, skip links, size pickers,
                // "click here" and footers are the web page's wherever they stand.
                let page_only = c.hit.is_some_and(|m| {
                    !matches!(
                        list.groups[m.group].kind.as_str(),
                        "share"
                            | "social"
                            | "related"
                            | "newsletter"
                            | "subscription"
                            | "navigation"
                            | "comments"
                            | "media-player"
                            | "media-label"
                            | "banner"
                    )
                });
                let alone = !((i > 0 && scraped_beside(i, i - 1)) || scraped_beside(i, i + 1));
                // A lone letter ("x" as a whole placeholder post) is no button row.
                let letter = lone && c.line.text.trim().chars().count() == 1;
                if reported[i] && !page_only && ((alone && by_author[i]) || letter) {
                    reported[i] = false;
                }
            }
        }
        // In a Markdown or HTML article without front matter, a lone related-story line
        // with a headline ("**Related:** Manning wins second title …", linked or not) is a
        // cross-reference the writer put there: nothing beside it shows a scraped page. In
        // plain text, only one that sends the reader to a printed page ("Related: Obituary
        // of King Hussein, page 14").
        if doc.meta.front_matter.is_none() {
            for i in 0..cands.len() {
                let c = &cands[i];
                if doc.format == Format::Plain && !page_reference(&c.line.text) {
                    continue;
                }
                let related = c
                    .hit
                    .is_some_and(|m| list.groups[m.group].kind.as_str() == "related");
                let neighbour = |j: usize| cands.get(j).is_some_and(|n| n.hit.is_some());
                let lone = !((i > 0 && neighbour(i - 1)) || neighbour(i + 1));
                if reported[i] && related && lone && c.line.text.split_whitespace().count() >= 5 {
                    reported[i] = false;
                }
            }
        }
        let mut i = 0;
        while i < cands.len() {
            if !reported[i] {
                i += 1;
                continue;
            }
            let mut j = i;
            while j + 1 < cands.len()
                && reported[j + 1]
                && joins(doc, list, &cands[j], &cands[j + 1])
            {
                j += 1;
            }
            report(doc, list, &cands[i..=j], cx);
            i = j + 1;
        }
    }
}

/// Whether a line ends by sending the reader to a printed page: "…, page 14", "… Page
/// A12", "(p. 6)".
fn page_reference(line: &str) -> bool {
    let mut words = line
        .trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace())
        .rsplit(|c: char| c.is_whitespace() || c == '(');
    let (Some(number), Some(page)) = (words.next(), words.next()) else {
        return false;
    };
    let numbered = number.chars().any(|c| c.is_ascii_digit())
        && number
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-');
    numbered
        && matches!(
            page.to_ascii_lowercase().as_str(),
            "page" | "pages" | "p." | "pp."
        )
}

/// A line the author of a post wrote: a heading ("Related Links") or a label in bold or
/// italics ("**Related Links:**"), a line carrying a link or a web address
/// ("[Watch the entire presentation here.](…)", "Facebook: https://…"), a sentence of four
/// words or more ("Listen to understand your mission"), the end of a wrapped sentence of
/// the author's ("… recently noticed this" / "tweet:"), or an item of a list whose other
/// items are the author's ("50 likes" / "25 shares" / "100 attendees").
fn authored(doc: &Document<'_>, list: &residue::Residue, cands: &[Cand<'_>], i: usize) -> bool {
    let line = cands[i].line;
    let block = &doc.blocks[line.block as usize];
    if block.kind.is_heading() {
        return true;
    }
    let source = &doc.text()[block.span.range()];
    let has_link = carries_link(source);
    // (A row of buttons is no sentence however many words it has: "Share on Facebook
    // Share on X Share on LinkedIn Email this article".)
    let sentence = line.text.split_whitespace().count() >= 4
        && list.button_row(&residue::normalize(&line.text)).is_none();
    if has_link || sentence || emphasized(source_line(doc.text(), line.span)) {
        return true;
    }
    // Another line of the same paragraph or list that is not residue.
    let prose = |c: &Cand<'_>| c.hit.is_none() && c.eligible && !c.line.text.trim().is_empty();
    let same_block = |j: usize| {
        cands
            .get(j)
            .is_some_and(|c| c.line.block == line.block && prose(c))
    };
    if (i > 0 && same_block(i - 1)) || same_block(i + 1) {
        return true;
    }
    let parent = block.parent;
    matches!(block.kind, BlockKind::ListItem { .. })
        && parent.is_some()
        && cands.iter().any(|c| {
            let b = &doc.blocks[c.line.block as usize];
            b.parent == parent && matches!(b.kind, BlockKind::ListItem { .. }) && prose(c)
        })
}

/// Whether source text carries a link: Markdown ("](", "]["), an HTML anchor or a web address.
fn carries_link(source: &str) -> bool {
    source.contains("](")
        || source.contains("][")
        || source.contains("<a ")
        || source.contains("http://")
        || source.contains("https://")
}

/// The whole source line or lines under a span, markup around the visible text included.
fn source_line(text: &str, span: Span) -> &str {
    let start = text[..span.start()].rfind('\n').map_or(0, |n| n + 1);
    let end = text[span.end()..]
        .find('\n')
        .map_or(text.len(), |n| span.end() + n);
    &text[start..end]
}

/// A line set whole in bold or italics: `**Related Links:**`, `***Related links:***`,
/// `<b>Related</b>`.
fn emphasized(source: &str) -> bool {
    let s = source.trim();
    let s = s
        .strip_prefix("- ")
        .or_else(|| s.strip_prefix("* "))
        .unwrap_or(s)
        .trim();
    let marks = |c: char| c == '*' || c == '_';
    let opened =
        s.starts_with(marks) && s.ends_with(marks) && s.trim_matches(marks).len() < s.len() - 1;
    let lower = s.to_ascii_lowercase();
    let tagged = ["b", "strong", "em", "i"]
        .iter()
        .any(|t| lower.starts_with(&format!("<{t}>")) && lower.ends_with(&format!("</{t}>")));
    opened || tagged
}

/// Which candidates are reported: strong matches always; weak ones beside other residue or
/// at either end of the document; `min_run` ones inside a long enough run of residue.
fn reported(list: &Residue, cands: &[Cand<'_>]) -> Vec<bool> {
    let hit = |i: usize| cands.get(i).is_some_and(|c| c.hit.is_some());
    // Length of the run of consecutive residue lines each line is in.
    let mut run_len = vec![0usize; cands.len()];
    let mut i = 0;
    while i < cands.len() {
        if !hit(i) {
            i += 1;
            continue;
        }
        let mut j = i;
        while hit(j + 1) {
            j += 1;
        }
        for r in &mut run_len[i..=j] {
            *r = j - i + 1;
        }
        i = j + 1;
    }
    let final_line = cands.len().saturating_sub(1);
    cands
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let Some(m) = c.hit else { return false };
            match list.groups[m.group].strength {
                Strength::Strong => true,
                Strength::Weak => (i > 0 && hit(i - 1)) || hit(i + 1) || i == 0 || i == final_line,
                Strength::MinRun(n) => run_len[i] >= n,
            }
        })
        .collect()
}

/// Two reported lines make one finding when they are in one block, or of one kind and (in
/// plain text and Markdown) with no blank line between them.
fn joins(doc: &Document<'_>, list: &Residue, a: &Cand<'_>, b: &Cand<'_>) -> bool {
    if a.line.block == b.line.block {
        return true;
    }
    let family = |c: &Cand<'_>| {
        c.hit.map(|m| match list.groups[m.group].kind.as_str() {
            // A share button and a row of social-network buttons are one widget.
            "social" => "share",
            k => k,
        })
    };
    if family(a) != family(b) {
        return false;
    }
    if doc.format == Format::Html {
        return true;
    }
    let between = &doc.text()[a.line.span.end()..b.line.span.start()];
    between.matches('\n').count() <= 1 && !between.contains("\r\r")
}

fn report(doc: &Document<'_>, list: &Residue, run: &[Cand<'_>], cx: &mut Context<'_>) {
    let (first, end) = (&run[0], &run[run.len() - 1]);
    let Some(m) = first.hit else { return };
    let group = &list.groups[m.group];
    if run.len() == 1
        && let Some(len) = m.prefix_len
        && let Some(prefix) = prefix_span(doc, first.line.span, len)
    {
        let text = doc.text();
        let after =
            text[prefix.end()..].len() - text[prefix.end()..].trim_start_matches([' ', '\t']).len();
        cx.report(
            Finding::new(prefix, group.message.clone())
                .help("delete the label")
                .fix(
                    Applicability::Safe,
                    Span::new(prefix.start(), prefix.end() + after),
                    "",
                ),
        );
        return;
    }
    let span = first.line.span.cover(end.line.span);
    let message = if run.len() > 1 {
        format!("{} ({} lines)", group.message, run.len())
    } else {
        group.message.clone()
    };
    let mut d = Finding::new(span, message).help(if run.len() > 1 {
        "delete these lines"
    } else {
        "delete the line"
    });
    if let Some(del) = deletion(doc, run) {
        d = d.fix(Applicability::Safe, del, "");
    }
    cx.report(d);
}

/// The source span of a prefix-only match, when the source starts with it as written.
fn prefix_span(doc: &Document<'_>, line: Span, len: usize) -> Option<Span> {
    let src = doc.slice(line);
    let head = src.get(..len)?;
    let normalized = residue::normalize(head);
    let full = residue::normalize(src);
    full.starts_with(&normalized)
        .then(|| Span::new(line.start(), line.start() + len))
        .filter(|_| head.is_ascii())
}

/// The exact bytes to delete for a run, when deleting them removes nothing but residue.
fn deletion(doc: &Document<'_>, run: &[Cand<'_>]) -> Option<Span> {
    if run.iter().any(|c| !c.eligible) {
        return None;
    }
    if doc.format == Format::Html {
        return html_deletion(doc, run);
    }
    let text = doc.text();
    let src = doc.source;
    let first = run[0].line.span;
    let last = run[run.len() - 1].line.span;
    let start = src.line_range(src.line_index(first.start())).start;
    let last_line = src.line_index(last.end());
    let mut end = src.line_range(last_line).end;
    // Whole lines: nothing but markers before the first, nothing but markup after the last.
    let markup = |s: &str| {
        s.chars()
            .all(|c| c.is_whitespace() || "#>*+-_•·0123456789.)`".contains(c))
    };
    for c in run {
        let l = src.line_range(src.line_index(c.line.span.start()));
        let le = src.line_range(src.line_index(c.line.span.end()));
        if !markup(&text[l.start..c.line.span.start()]) || !markup(&text[c.line.span.end()..le.end])
        {
            return None;
        }
    }
    // No word between start and end that is not on a residue line.
    if words_outside(doc, Span::new(start, end), run) {
        return None;
    }
    // Take the line break and the blank lines after it, up to the next text.
    let mut line = last_line + 1;
    while line < src.line_starts().len() {
        let r = src.line_range(line);
        end = r.start;
        if !text[r.clone()].trim().is_empty() {
            break;
        }
        end = text.len().min(r.end + line_break_len(text, r.end));
        line += 1;
    }
    let mut start = start;
    if line >= src.line_starts().len() {
        end = text.len();
        // Residue at the very end: take the blank lines before it too, so the text ends as
        // the line before it did.
        let mut l = src.line_index(start);
        while l > 0 && text[src.line_range(l - 1)].trim().is_empty() {
            l -= 1;
            start = src.line_range(l).start;
        }
    }
    Some(Span::new(start, end))
}

fn line_break_len(text: &str, at: usize) -> usize {
    let rest = &text.as_bytes()[at..];
    if rest.starts_with(b"\r\n") {
        2
    } else {
        usize::from(rest.first().is_some_and(|&c| c == b'\n' || c == b'\r'))
    }
}

/// True when a word inside `range` lies on none of the run's lines.
fn words_outside(doc: &Document<'_>, range: Span, run: &[Cand<'_>]) -> bool {
    let from = doc.words.partition_point(|w| w.span.start < range.start);
    doc.words[from..]
        .iter()
        .take_while(|w| w.span.end <= range.end)
        .any(|w| !run.iter().any(|c| c.line.span.contains(w.span)))
}

/// In HTML: each line a whole leaf block, all with one parent, nothing but white space
/// between them; the elements go, with the rest of their source lines if that is blank.
fn html_deletion(doc: &Document<'_>, run: &[Cand<'_>]) -> Option<Span> {
    let text = doc.text();
    let parent = doc.blocks[run[0].line.block as usize].parent;
    let mut prev_end: Option<usize> = None;
    let mut start = 0;
    for (k, c) in run.iter().enumerate() {
        let b = &doc.blocks[c.line.block as usize];
        if b.parent != parent || doc.prose_span(c.line.block) != Some(c.line.span) {
            return None;
        }
        if run.iter().filter(|o| o.line.block == c.line.block).count() > 1 {
            return None;
        }
        if let Some(e) = prev_end
            && !text.get(e..b.span.start())?.trim().is_empty()
        {
            return None;
        }
        if k == 0 {
            start = b.span.start();
        }
        prev_end = Some(b.span.end());
    }
    let mut end = prev_end?;
    if words_outside(doc, Span::new(start, end), run) {
        return None;
    }
    // A list that holds nothing but the residue goes whole.
    if let Some(list) = parent
        && matches!(doc.blocks[list as usize].kind, BlockKind::List { .. })
        && doc.blocks[list as usize].words()
            == (doc.blocks[run[0].line.block as usize].words().start
                ..doc.blocks[run[run.len() - 1].line.block as usize]
                    .words()
                    .end)
    {
        start = doc.blocks[list as usize].span.start();
        end = doc.blocks[list as usize].span.end();
    }
    // Only white space back to the line's start and on to its end: then the whole line
    // goes. Both scans stop at the first other character, so a long line costs nothing.
    let before = text[..start].trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
    let line_start = before.len();
    let alone_before = before.is_empty() || before.ends_with('\n');
    let after = text[end..].trim_start_matches(|c: char| c.is_whitespace() && c != '\n');
    let line_end = if after.starts_with('\n') {
        text.len() - after.len() + 1
    } else {
        text.len()
    };
    if alone_before && (after.is_empty() || after.starts_with('\n')) {
        start = line_start;
        end = line_end;
    }
    Some(Span::new(start, end))
}

#[cfg(test)]
mod tests {
    use super::PageResidue;
    use crate::doc::Format;
    use crate::rules::test_util::{assert_clean, assert_flags, fixed, run};

    #[test]
    fn flags_chrome_lines_and_one_run_for_the_size_picker() {
        let text = "Accessibility links\n\nBreaking News\n\nSCO Opposes Intervention\n\nThe United Nations said so.\nXS\nSM\nMD\nLG";
        assert_flags(
            &PageResidue,
            text,
            &["Accessibility links", "Breaking News", "XS\nSM\nMD\nLG"],
        );
        assert_eq!(
            fixed(&PageResidue, text),
            "SCO Opposes Intervention\n\nThe United Nations said so.\n"
        );
    }

    #[test]
    fn a_printed_page_is_named_at_the_end_of_a_line() {
        assert!(super::page_reference(
            "Related: Obituary of King Hussein, page 14"
        ));
        assert!(super::page_reference(
            "Related: Winners and losers, Page B4."
        ));
        assert!(super::page_reference("Related: the budget (p. 6)"));
        assert!(!super::page_reference("Related: The page"));
        assert!(!super::page_reference("Related: Page 3 girls return"));
    }

    #[test]
    fn words_inside_sentences_are_not_residue() {
        assert_clean(
            &PageResidue,
            "Officials will print the ballots and share the cost.\n\nSource: SCO website, UN, ASEAN\n",
        );
        assert_clean(
            &PageResidue,
            "The talks went on.\n\nLive\n\nThe two countries share a border.\n\nMore to come.\n",
        );
    }

    #[test]
    fn weak_phrases_need_company() {
        assert_flags(
            &PageResidue,
            "The minister said so.\nShare\nPrint\nEmail\nThe talks went on.\n",
            &["Share\nPrint\nEmail"],
        );
    }

    #[test]
    fn html_blocks_and_br_lines() {
        let html = "<p>Accessibility links</p>\n<h1>SCO Opposes Intervention</h1>\n<p>The UN said so.</p>\n<ul class=\"size\">\n<li>XS</li>\n<li>SM</li>\n<li>MD</li>\n<li>LG</li>\n</ul>\n";
        let d = run(&PageResidue, html, Format::Html);
        let spans: Vec<&str> = d.iter().map(|d| &html[d.span.range()]).collect();
        assert_eq!(
            spans,
            [
                "Accessibility links",
                "XS</li>\n<li>SM</li>\n<li>MD</li>\n<li>LG"
            ]
        );
        let (fixed, _) = crate::fix::apply(html, &d);
        assert_eq!(
            fixed,
            "<h1>SCO Opposes Intervention</h1>\n<p>The UN said so.</p>\n"
        );
    }

    #[test]
    fn a_label_before_a_real_caption_is_removed_alone() {
        assert_eq!(
            fixed(
                &PageResidue,
                "Image caption, Hu Jintao arrives in Beijing\n"
            ),
            "Hu Jintao arrives in Beijing\n"
        );
    }
}
