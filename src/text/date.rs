//! Calendar dates: ISO dates from front matter, the command line and the config; dates of
//! year or month precision from the data under `rules/`; and dates written out in prose
//! ("June 7, 2012", "7 June 2012") for datelines.

use std::fmt;
use std::sync::LazyLock;

use regex::Regex;

/// A day of the proleptic Gregorian calendar. Ordered by time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// True for a leap year of the Gregorian calendar (2000 and 2024, not 1900 or 2100).
pub fn is_leap(y: u16) -> bool {
    (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400)
}

/// The number of days in a month of a year (February by the year).
pub fn days_in_month(y: u16, m: u8) -> u8 {
    match m {
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 31,
    }
}

/// A day of the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// The full English name ("Wednesday").
    pub fn name(self) -> &'static str {
        match self {
            Weekday::Monday => "Monday",
            Weekday::Tuesday => "Tuesday",
            Weekday::Wednesday => "Wednesday",
            Weekday::Thursday => "Thursday",
            Weekday::Friday => "Friday",
            Weekday::Saturday => "Saturday",
            Weekday::Sunday => "Sunday",
        }
    }

    /// Days since Monday (Monday 0 … Sunday 6).
    pub fn index(self) -> u8 {
        self as u8
    }

    /// The full name ("Wednesday", any case) or a common abbreviation ("Wed", "Weds",
    /// "Tues", "Thurs", a final dot allowed).
    pub fn parse(word: &str) -> Option<(Weekday, bool)> {
        // Asked of many words: compared in place, nothing copied. The longest name is 9
        // bytes ("Wednesday"); a longer word is none of them.
        let w = word.trim_end_matches('.');
        if w.len() > 9 {
            return None;
        }
        if let Some(d) = Weekday::ALL
            .into_iter()
            .find(|d| w.eq_ignore_ascii_case(d.name()))
        {
            return Some((d, false));
        }
        let mut buf = [0u8; 9];
        let low = &mut buf[..w.len()];
        low.copy_from_slice(w.as_bytes());
        low.make_ascii_lowercase();
        let abbr = match &*low {
            b"mon" => Weekday::Monday,
            b"tue" | b"tues" => Weekday::Tuesday,
            b"wed" | b"weds" => Weekday::Wednesday,
            b"thu" | b"thur" | b"thurs" => Weekday::Thursday,
            b"fri" => Weekday::Friday,
            b"sat" => Weekday::Saturday,
            b"sun" => Weekday::Sunday,
            _ => return None,
        };
        Some((abbr, true))
    }
}

impl Date {
    /// Days since 1970-01-01 (negative before), by Howard Hinnant's `days_from_civil`:
    /// exact for every proleptic Gregorian date, no tables, no loops. A few lines of
    /// arithmetic, so no calendar crate is pulled in for it.
    pub fn days(self) -> i64 {
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400; // [0, 399]
        let mp = (m + 9) % 12; // March = 0
        let doy = (153 * mp + 2) / 5 + d - 1; // [0, 365]
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01 (Hinnant's `civil_from_days`), if its year is
    /// representable (1–65535).
    pub fn from_days(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(
            u16::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
    }

    /// The day of the week (1970-01-01 was a Thursday).
    pub fn weekday(self) -> Weekday {
        // Thursday is index 3.
        Weekday::ALL[(self.days() + 3).rem_euclid(7) as usize]
    }

    /// The date `n` days later (earlier when negative).
    #[must_use]
    pub fn add_days(self, n: i64) -> Option<Date> {
        Date::from_days(self.days() + n)
    }

    /// "June 7, 2012".
    pub fn written(self) -> String {
        format!("{} {}, {}", month_name(self.month), self.day, self.year)
    }

    /// A valid date, or `None`.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month) && year > 0)
            .then_some(Date { year, month, day })
    }

    /// `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        Date::new(
            s[..4].parse().ok()?,
            s[5..7].parse().ok()?,
            s[8..].parse().ok()?,
        )
    }

    /// The day before (saturating at the first representable day).
    #[must_use]
    pub fn pred(self) -> Date {
        if self.day > 1 {
            Date {
                day: self.day - 1,
                ..self
            }
        } else if self.month > 1 {
            let m = self.month - 1;
            Date {
                month: m,
                day: days_in_month(self.year, m),
                ..self
            }
        } else if self.year > 1 {
            Date {
                year: self.year - 1,
                month: 12,
                day: 31,
            }
        } else {
            self
        }
    }
}

/// A date as written in data: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, read as the range of days
/// it may mean (one day for a full date).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fuzzy {
    pub first: Date,
    pub last: Date,
}

impl Fuzzy {
    pub fn parse(s: &str) -> Option<Fuzzy> {
        let parts: Vec<&str> = s.split('-').collect();
        let year: u16 = parts.first()?.parse().ok()?;
        if parts[0].len() != 4 {
            return None;
        }
        match parts.as_slice() {
            [_] => Some(Fuzzy {
                first: Date::new(year, 1, 1)?,
                last: Date::new(year, 12, 31)?,
            }),
            [_, m] if m.len() == 2 => {
                let m: u8 = m.parse().ok()?;
                Some(Fuzzy {
                    first: Date::new(year, m, 1)?,
                    last: Date::new(year, m, days_in_month(year, m))?,
                })
            }
            [_, m, d] if m.len() == 2 && d.len() == 2 => {
                let day = Date::new(year, m.parse().ok()?, d.parse().ok()?)?;
                Some(Fuzzy {
                    first: day,
                    last: day,
                })
            }
            _ => None,
        }
    }
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The English name of a month (1-based): "June".
pub fn month_name(m: u8) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES.get(usize::from(m.max(1)) - 1).copied().unwrap_or("")
}

/// The month a word names ("June", "Jun", "Sept"), 1-based.
pub fn month_number(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    for (i, m) in MONTHS.iter().enumerate() {
        if *m == w || (w.len() >= 3 && m.starts_with(w.as_str()) && (w.len() == 3 || w == "sept")) {
            return Some(i as u8 + 1);
        }
    }
    None
}

/// The first date written out in `text` as "June 7, 2012", "Jun. 7 2012", "7 June 2012" or
/// "2012-06-07", with its byte range in `text`.
pub fn find_written(text: &str) -> Option<(Date, std::ops::Range<usize>)> {
    // Words with their offsets: letters/digits runs only.
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let part = c.is_ascii_alphanumeric() || c == '-';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, &text[s..]));
    }
    let num = |w: &str, max: u32| -> Option<u32> {
        (w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()))
            .then(|| w.parse().ok())
            .flatten()
            .filter(|n| *n <= max)
    };
    let year = |w: &str| num(w, 2999).filter(|y| *y >= 1800 && w.len() == 4);
    for i in 0..words.len() {
        let (at, w) = words[i];
        if let Some(d) = Date::parse_iso(w) {
            return Some((d, at..at + w.len()));
        }
        let next = |n: usize| words.get(i + n).map(|x| x.1);
        if let Some(m) = month_number(w) {
            // "June 7, 2012"
            if let (Some(d), Some(y)) = (next(1).and_then(|x| num(x, 31)), next(2).and_then(year))
                && let Some(date) = Date::new(y as u16, m, d as u8)
            {
                let (end_at, end_w) = words[i + 2];
                return Some((date, at..end_at + end_w.len()));
            }
        } else if let Some(d) = num(w, 31)
            && let (Some(m), Some(y)) = (next(1).and_then(month_number), next(2).and_then(year))
            && let Some(date) = Date::new(y as u16, m, d as u8)
        {
            // "7 June 2012"
            let (end_at, end_w) = words[i + 2];
            return Some((date, at..end_at + end_w.len()));
        }
    }
    None
}

/// `date: 2012-06-07` in front matter (YAML or TOML).
static FRONT_MATTER_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?m)^date\s*[:=]\s*["']?(\d{4}-\d{2}-\d{2})"#).expect("static regex")
});

/// A publication date in an HTML page's markup: a `<meta>` naming it, or a `<time
/// datetime>` before the first paragraph.
static HTML_PUBLISHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?is)<meta\s[^>]*?(?:name|property|itemprop)\s*=\s*["']?(?:article:published_time|og:published_time|datePublished|date|pubdate|publishdate|publish-date|dc\.date|dc\.date\.issued|publication_date)["'\s][^>]*?content\s*=\s*["']?(\d{4}-\d{2}-\d{2})|<meta\s[^>]*?content\s*=\s*["']?(\d{4}-\d{2}-\d{2})[^>]*?(?:name|property|itemprop)\s*=\s*["']?(?:article:published_time|og:published_time|datePublished|date|pubdate|publishdate|dc\.date)["'\s>]|<time\s[^>]*?datetime\s*=\s*["']?(\d{4}-\d{2}-\d{2})"#,
    )
    .expect("static regex")
});

/// The date in front matter (`date: 2012-06-07`), as written.
pub fn front_matter_date(front_matter: &str) -> Option<&str> {
    FRONT_MATTER_DATE
        .captures(front_matter)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str())
}

/// The publication date an HTML page gives in its markup, looked for in its first 64 KiB:
/// `<meta name="date" content="2012-06-07">` (or `article:published_time`,
/// `datePublished`, `dc.date` …), or a `<time datetime="2012-06-07">` that comes before the
/// page's first paragraph (a later one may date anything the story mentions).
pub fn html_published(text: &str) -> Option<Date> {
    let mut cut = text.len().min(64 * 1024);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &text[..cut];
    let first_p = head.to_ascii_lowercase().find("<p").unwrap_or(head.len());
    for c in HTML_PUBLISHED.captures_iter(head) {
        if let Some(m) = c.get(1).or_else(|| c.get(2)) {
            return Date::parse_iso(m.as_str());
        }
        if let Some(m) = c.get(3)
            && m.start() < first_p
        {
            return Date::parse_iso(m.as_str());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_and_fuzzy() {
        assert_eq!(Date::parse_iso("2012-06-07"), Date::new(2012, 6, 7));
        assert_eq!(Date::parse_iso("2012-02-30"), None);
        let f = Fuzzy::parse("2012-06").unwrap();
        assert_eq!(
            (f.first, f.last),
            (
                Date::new(2012, 6, 1).unwrap(),
                Date::new(2012, 6, 30).unwrap()
            )
        );
        let y = Fuzzy::parse("2024").unwrap();
        assert_eq!(y.last, Date::new(2024, 12, 31).unwrap());
        assert!(Fuzzy::parse("24-01").is_none());
        assert_eq!(
            Date::new(2012, 3, 1).unwrap().pred(),
            Date::new(2012, 2, 29).unwrap()
        );
    }

    fn ymd(y: u16, m: u8, d: u8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    #[test]
    fn weekdays_known_dates() {
        use Weekday::*;
        assert_eq!(ymd(1970, 1, 1).weekday(), Thursday);
        assert_eq!(ymd(2025, 3, 4).weekday(), Tuesday);
        assert_eq!(ymd(2012, 6, 7).weekday(), Thursday);
        assert_eq!(ymd(1969, 7, 20).weekday(), Sunday);
        assert_eq!(ymd(1776, 7, 4).weekday(), Thursday);
        assert_eq!(ymd(1583, 1, 1).weekday(), Saturday);
        assert_eq!(ymd(2001, 9, 11).weekday(), Tuesday);
    }

    #[test]
    fn weekdays_leap_and_century_years() {
        use Weekday::*;
        // 2000 is a leap year (divisible by 400); 1900 and 2100 are not.
        assert!(is_leap(2000) && is_leap(2024) && is_leap(1600));
        assert!(!is_leap(1900) && !is_leap(2100) && !is_leap(2023));
        assert_eq!(ymd(2000, 2, 28).weekday(), Monday);
        assert_eq!(ymd(2000, 2, 29).weekday(), Tuesday);
        assert_eq!(ymd(2000, 3, 1).weekday(), Wednesday);
        assert_eq!(ymd(1900, 2, 28).weekday(), Wednesday);
        assert_eq!(ymd(1900, 3, 1).weekday(), Thursday);
        assert_eq!(ymd(2100, 2, 28).weekday(), Sunday);
        assert_eq!(ymd(2100, 3, 1).weekday(), Monday);
        assert_eq!(ymd(2024, 2, 29).weekday(), Thursday);
        assert_eq!(ymd(2024, 12, 31).weekday(), Tuesday);
        assert_eq!(ymd(1600, 2, 29).weekday(), Tuesday);
        assert!(Date::new(1900, 2, 29).is_none());
        assert!(Date::new(2100, 2, 29).is_none());
        assert_eq!(ymd(2000, 2, 28).add_days(1), Some(ymd(2000, 2, 29)));
        assert_eq!(ymd(1900, 2, 28).add_days(1), Some(ymd(1900, 3, 1)));
        assert_eq!(ymd(2100, 2, 28).add_days(1), Some(ymd(2100, 3, 1)));
    }

    #[test]
    fn days_round_trip_and_step_by_one() {
        // Every day from 1583 to 2400 maps to its count and back, consecutive counts are
        // consecutive dates, and the weekday advances by one each day.
        let mut d = ymd(1583, 1, 1);
        let mut n = d.days();
        let mut wd = d.weekday().index();
        while d.year < 2400 {
            assert_eq!(Date::from_days(n), Some(d));
            let next = d.add_days(1).unwrap();
            assert_eq!(next.pred(), d);
            assert_eq!(next.weekday().index(), (wd + 1) % 7);
            d = next;
            n += 1;
            wd = (wd + 1) % 7;
            assert_eq!(d.days(), n);
        }
    }

    #[test]
    fn weekday_names_and_abbreviations() {
        assert_eq!(
            Weekday::parse("Wednesday"),
            Some((Weekday::Wednesday, false))
        );
        assert_eq!(Weekday::parse("Tues."), Some((Weekday::Tuesday, true)));
        assert_eq!(Weekday::parse("Thurs"), Some((Weekday::Thursday, true)));
        assert_eq!(Weekday::parse("Wend"), None);
        assert_eq!(
            Weekday::parse("SATURDAY.."),
            Some((Weekday::Saturday, false))
        );
        assert_eq!(Weekday::parse("sUN"), Some((Weekday::Sunday, true)));
        for w in [
            "",
            ".",
            "Wednesdays",
            "Mondayish",
            "Sünday",
            "Mön",
            "Thursday's",
        ] {
            assert_eq!(Weekday::parse(w), None, "{w}");
        }
    }

    #[test]
    fn html_publication_dates() {
        let d = Date::new(2012, 6, 7);
        assert_eq!(
            html_published(r#"<head><meta name="date" content="2012-06-07"></head>"#),
            d
        );
        assert_eq!(
            html_published(
                r#"<meta property="article:published_time" content="2012-06-07T10:00:00Z" />"#
            ),
            d
        );
        assert_eq!(
            html_published(r#"<article><time datetime="2012-06-07">June 7</time><p>Text"#),
            d
        );
        assert_eq!(
            html_published(r#"<p>Talks on <time datetime="2012-06-09">June 9</time>.</p>"#),
            None
        );
        assert_eq!(
            front_matter_date("title: x\ndate: 2012-06-07 10:00\n"),
            Some("2012-06-07")
        );
    }

    #[test]
    fn written_dates() {
        let d = Date::new(2012, 6, 7).unwrap();
        assert_eq!(
            find_written("BEIJING, June 7, 2012 (Reuters)").map(|x| x.0),
            Some(d)
        );
        assert_eq!(
            find_written("Published 7 June 2012 10:32").map(|x| x.0),
            Some(d)
        );
        assert_eq!(find_written("Updated: Jun. 7 2012").map(|x| x.0), Some(d));
        assert_eq!(find_written("a cease-fire on April 12, but"), None);
        assert_eq!(find_written("May 2012"), None);
    }
}
