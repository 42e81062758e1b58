//! Calendar dates: ISO dates from front matter, the command line and the config; dates of
//! year or month precision from the data under `rules/`; and dates written out in prose
//! ("June 7, 2012", "7 June 2012") for datelines.

use std::fmt;

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

fn is_leap(y: u16) -> bool {
    (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400)
}

fn days_in_month(y: u16, m: u8) -> u8 {
    match m {
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 31,
    }
}

impl Date {
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
    let year = |w: &str| num(w, 2999).filter(|y| *y >= 1900 && w.len() == 4);
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
