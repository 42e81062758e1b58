//! `rules/groups/*.toml`: organisations with their aliases and dated membership rows. Loaded
//! once. `rules/groups/README.md` describes the schema and the two reading rules applied
//! here: a date of year or month precision is a range, and a group with no row covering a
//! date was not active then.

use std::sync::LazyLock;

use serde::Deserialize;

use super::countries::{self, Countries, EntityId};
use super::fxhash::FxMap;
use super::{DataError, embedded_under, parse_toml};
use crate::text::date::{Date, Fuzzy};
use crate::text::fold::name_key;
use crate::text::tokenize::scan_words;

/// Index of a group in [`Groups::groups`].
pub type GroupId = u16;

/// What an entity is to a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Member,
    Observer,
    Partner,
    Candidate,
    Associate,
}

impl Role {
    /// The plural noun copy uses: "members", "observers".
    pub fn plural(self) -> &'static str {
        match self {
            Role::Member => "members",
            Role::Observer => "observers",
            Role::Partner => "partners",
            Role::Candidate => "candidates",
            Role::Associate => "associate members",
        }
    }

    pub fn singular(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Observer => "observer",
            Role::Partner => "partner",
            Role::Candidate => "candidate",
            Role::Associate => "associate member",
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    id: String,
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    founded: String,
    source: String,
    /// Documentation for people; the rules do not read it.
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
    #[serde(default)]
    membership: Vec<RawRow>,
    /// Groups whose rows together are this group's ("unsc" is "unsc-p5" and
    /// "unsc-elected"): read once, not copied into the file.
    #[serde(default)]
    union: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRow {
    entity: String,
    role: Role,
    from: String,
    #[serde(default)]
    until: Option<String>,
    source: String,
    /// Documentation for people; the rules do not read it.
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
}

/// Whether an entity holds a role on a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Holds {
    No,
    /// A row of year or month precision may or may not cover the date: a list is right
    /// with or without the entity.
    Possibly,
    Certainly,
}

/// One membership row.
#[derive(Clone, Debug)]
pub struct Row {
    pub entity: EntityId,
    pub role: Role,
    pub from: Fuzzy,
    /// First day without the role (exclusive end); `None` while it continues.
    pub until: Option<Fuzzy>,
    /// A member articles usually leave out of a list of the group's states: the EU in the
    /// G7, G8 and G20, the African Union in the G20 (`rules/groups/README.md`).
    pub non_enumerated: bool,
}

impl Row {
    pub fn holds_on(&self, d: Date) -> Holds {
        let starts_surely = d >= self.from.last;
        let starts_maybe = d >= self.from.first;
        let (goes_on_surely, goes_on_maybe) = match self.until {
            None => (true, true),
            Some(u) => (d < u.first, d < u.last),
        };
        if starts_surely && goes_on_surely {
            Holds::Certainly
        } else if starts_maybe && goes_on_maybe {
            Holds::Possibly
        } else {
            Holds::No
        }
    }

    /// The days on which what this row says can change.
    fn boundaries(&self) -> impl Iterator<Item = Date> {
        let mut v = vec![self.from.first, self.from.last];
        if let Some(u) = self.until {
            v.extend([u.first, u.last]);
        }
        v.into_iter()
    }
}

/// Who held a role from one day on, until the next snapshot's day.
#[derive(Debug)]
pub struct Snapshot {
    pub date: Date,
    /// Entities that certainly held the role, sorted.
    pub certain: Vec<EntityId>,
    /// Entities that may or may not have held it (year or month precision), sorted.
    pub possible: Vec<EntityId>,
}

/// One organisation.
#[derive(Debug)]
pub struct Group {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub rows: Vec<Row>,
    /// The founding date (`founded`): members whose row starts that day are its founders.
    pub founded: Option<Fuzzy>,
    /// Every membership the group has had, per role, computed on first need (most runs
    /// read the snapshots of no group, or of one or two).
    snapshots: std::sync::OnceLock<Vec<(Role, Vec<Snapshot>)>>,
}

impl Group {
    /// The short name to use in messages: the first alias that is an acronym, else the name.
    pub fn short_name(&self) -> &str {
        self.aliases
            .iter()
            .find(|a| {
                a.chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
            })
            .unwrap_or(&self.name)
    }

    /// Whether the group is a rotation of office holders, every alias of it a "trio" or a
    /// "troika" ("presidency trio"), not a body a noun such as "the bloc" can name.
    pub fn is_rotation(&self) -> bool {
        !self.aliases.is_empty()
            && self.aliases.iter().all(|a| {
                a.split(' ')
                    .any(|w| w.eq_ignore_ascii_case("trio") || w.eq_ignore_ascii_case("troika"))
            })
    }

    /// Whether an entity holds `role` in a row that copy usually leaves out of the group's
    /// lists (the EU and the African Union in the G7's or G20's).
    pub fn non_enumerated(&self, e: EntityId, role: Role) -> bool {
        self.rows
            .iter()
            .any(|r| r.entity == e && r.role == role && r.non_enumerated)
    }

    /// The founding members: the entities whose `member` row starts on the `founded` date
    /// (the data's source for each row says when it joined). When `founded` is known only
    /// to the month or year ("2006-09"), the rows that start on that same month or year.
    /// Empty when fewer than two rows start then.
    pub fn founders(&self) -> Vec<EntityId> {
        let Some(f) = self.founded else {
            return Vec::new();
        };
        let mut v: Vec<EntityId> = self
            .rows_of(Role::Member)
            .filter(|r| r.from.first == f.first && r.from.last == f.last)
            .map(|r| r.entity)
            .collect();
        // A body founded on an older treaty whose rows start with the treaty (the CSTO's
        // charter of 2002 on the treaty of 1992): the members on the founding day.
        if v.len() < 2 {
            v = self
                .rows_of(Role::Member)
                .filter(|r| r.from.last < f.first && r.holds_on(f.first) == Holds::Certainly)
                .map(|r| r.entity)
                .collect();
        }
        v.sort_unstable();
        v.dedup();
        if v.len() < 2 {
            v.clear();
        }
        v
    }

    /// How an entity holds a role on a date (the strongest row).
    pub fn holds(&self, entity: EntityId, role: Role, d: Date) -> Holds {
        self.rows
            .iter()
            .filter(|r| r.entity == entity && r.role == role)
            .map(|r| r.holds_on(d))
            .max()
            .unwrap_or(Holds::No)
    }

    /// Whether an entity has ever held a role.
    pub fn ever(&self, entity: EntityId, role: Role) -> bool {
        self.rows
            .iter()
            .any(|r| r.entity == entity && r.role == role)
    }

    /// Whether any row possibly covers the date: a group with none was not active then.
    pub fn active_on(&self, d: Date) -> bool {
        self.rows.iter().any(|r| r.holds_on(d) != Holds::No)
    }

    /// The rows of a role.
    pub fn rows_of(&self, role: Role) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(move |r| r.role == role)
    }

    /// Every day on which the group's membership in a role can differ from the day before,
    /// sorted: checking these is checking every membership the group has had.
    pub fn boundaries(&self, role: Role) -> Vec<Date> {
        let mut v: Vec<Date> = self.rows_of(role).flat_map(Row::boundaries).collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// Every membership the group has had in a role, one snapshot per boundary day.
    pub fn snapshots(&self, role: Role) -> &[Snapshot] {
        self.snapshots
            .get_or_init(|| self.compute_snapshots())
            .iter()
            .find(|(r, _)| *r == role)
            .map_or(&[], |(_, v)| v.as_slice())
    }

    fn compute_snapshots(&self) -> Vec<(Role, Vec<Snapshot>)> {
        let mut snapshots = Vec::new();
        let roles = [
            Role::Member,
            Role::Observer,
            Role::Partner,
            Role::Candidate,
            Role::Associate,
        ];
        for role in roles {
            let mut v = Vec::new();
            for date in self.boundaries(role) {
                let mut certain = Vec::new();
                let mut possible = Vec::new();
                for r in self.rows_of(role) {
                    match r.holds_on(date) {
                        Holds::Certainly => certain.push(r.entity),
                        Holds::Possibly => possible.push(r.entity),
                        Holds::No => {}
                    }
                }
                certain.sort_unstable();
                certain.dedup();
                possible.sort_unstable();
                possible.dedup();
                possible.retain(|e| certain.binary_search(e).is_err());
                v.push(Snapshot {
                    date,
                    certain,
                    possible,
                });
            }
            if !v.is_empty() {
                snapshots.push((role, v));
            }
        }
        snapshots
    }
}

/// An alias split into folded words, for matching against a document's words.
#[derive(Debug)]
pub struct AliasWords {
    pub words: Vec<String>,
    pub group: GroupId,
    /// The alias starts in lower case ("permanent members of the Security Council") and may
    /// match any case; others must start with a capital in the text.
    pub any_case: bool,
}

/// All groups, with their aliases indexed by first word.
#[derive(Debug, Default)]
pub struct Groups {
    pub groups: Vec<Group>,
    by_first: FxMap<String, Vec<AliasWords>>,
    /// First words of the aliases that start in lower case ("permanent").
    pub lower_firsts: Vec<String>,
}

impl Groups {
    pub fn load<'a>(
        files: impl Iterator<Item = (&'a str, &'a str)>,
        countries: &Countries,
    ) -> Result<Groups, DataError> {
        let mut g = Groups::default();
        let mut names: FxMap<String, String> = FxMap::default();
        let mut unions: Vec<(GroupId, Vec<String>, String)> = Vec::new();
        for (path, text) in files {
            if !std::path::Path::new(path)
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
            {
                continue;
            }
            let raw: RawGroup = parse_toml(path, text)?;
            let err = |needle: &str, message: String| DataError {
                path: path.to_string(),
                line: text
                    .find(needle)
                    .map_or(1, |at| 1 + text[..at].matches('\n').count()),
                message,
            };
            // The id is how config and docs name the group: it must be the file's own name.
            let stem = std::path::Path::new(path)
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("");
            if raw.id != stem {
                return Err(err(
                    "id",
                    format!("id `{}` is not the file name `{stem}`", raw.id),
                ));
            }
            if !is_kebab_case(&raw.id) {
                return Err(err("id", format!("id `{}` is not kebab-case", raw.id)));
            }
            if Fuzzy::parse(&raw.founded).is_none() {
                return Err(err(&raw.founded, format!("bad date `{}`", raw.founded)));
            }
            if !raw.source.starts_with("http") {
                return Err(err("source", "`source` is not a URL".into()));
            }
            let id = g.groups.len() as GroupId;
            for n in std::iter::once(&raw.name).chain(&raw.aliases) {
                // Two spellings of one alias ("South-East", "South East") fold alike but
                // are read as different words: each word list is kept once, below.
                if let Some(other) = names.insert(name_key(n), raw.id.clone())
                    && other != raw.id
                {
                    return Err(err(n, format!("`{n}` also names group `{other}`")));
                }
                let mut words = Vec::new();
                scan_words(n, |s, e, _| words.push(name_key(&n[s..e])));
                let Some(first) = words.first().cloned() else {
                    continue;
                };
                if g.by_first
                    .get(&first)
                    .is_some_and(|v| v.iter().any(|a| a.group == id && a.words == words))
                {
                    continue;
                }
                let any_case = n.chars().next().is_some_and(char::is_lowercase);
                if any_case && !g.lower_firsts.contains(&first) {
                    g.lower_firsts.push(first.clone());
                }
                g.by_first.entry(first).or_default().push(AliasWords {
                    words,
                    group: id,
                    any_case,
                });
            }
            let mut rows = Vec::new();
            for r in &raw.membership {
                if !r.source.starts_with("http") {
                    return Err(err(
                        &r.entity,
                        format!("the row of `{}` has no source URL", r.entity),
                    ));
                }
                let entity = countries.by_name(&r.entity).ok_or_else(|| {
                    err(
                        &format!("\"{}\"", r.entity),
                        format!("`{}` is not a name in rules/countries.toml", r.entity),
                    )
                })?;
                let from = Fuzzy::parse(&r.from)
                    .ok_or_else(|| err(&r.from, format!("bad date `{}`", r.from)))?;
                let until = match &r.until {
                    None => None,
                    Some(u) => {
                        Some(Fuzzy::parse(u).ok_or_else(|| err(u, format!("bad date `{u}`")))?)
                    }
                };
                if let Some(u) = until
                    && u.first <= from.first
                {
                    return Err(err(
                        &r.entity,
                        format!(
                            "the row of `{}` ends (`until`) before it starts (`from`)",
                            r.entity
                        ),
                    ));
                }
                // An entity holds one role at a time: a changed status ends one row and
                // starts the next (README: "never two overlapping rows").
                if let Some(other) = rows.iter().find(|o: &&Row| {
                    o.entity == entity
                        && o.until.is_none_or(|ou| from.first < ou.first)
                        && until.is_none_or(|u| o.from.first < u.first)
                }) {
                    return Err(err(
                        &r.entity,
                        format!(
                            "`{}` has two overlapping rows ({} and {})",
                            r.entity,
                            other.role.singular(),
                            r.role.singular()
                        ),
                    ));
                }
                let name = countries.name(entity);
                rows.push(Row {
                    entity,
                    role: r.role,
                    from,
                    until,
                    non_enumerated: r.role == Role::Member
                        && matches!(name, "European Union" | "African Union"),
                });
            }
            let founded = Fuzzy::parse(&raw.founded);
            if !raw.union.is_empty() {
                unions.push((id, raw.union, path.to_string()));
            }
            g.groups.push(Group {
                id: raw.id,
                name: raw.name,
                aliases: raw.aliases,
                rows,
                founded,
                snapshots: std::sync::OnceLock::new(),
            });
        }
        // A union is modelled from the day every part is: its rows start no earlier than the
        // latest first row of its parts (the whole Security Council from 2000, when the
        // elected seats' rows begin, though the permanent rows go back to 1945).
        for (id, parts, path) in unions {
            let mut ids = Vec::new();
            for part in &parts {
                let Some(p) = g.by_id(part) else {
                    return Err(DataError {
                        path,
                        line: 1,
                        message: format!("`union` names `{part}`, which is no group"),
                    });
                };
                ids.push(p);
            }
            let start = ids
                .iter()
                .filter_map(|&p| {
                    g.groups[p as usize]
                        .rows
                        .iter()
                        .map(|r| r.from)
                        .min_by_key(|f| f.first)
                })
                .max_by_key(|f| f.first);
            let mut rows = Vec::new();
            for p in ids {
                for r in &g.groups[p as usize].rows {
                    let mut r = r.clone();
                    if let Some(s) = start {
                        if r.until.is_some_and(|u| u.first <= s.first) {
                            continue;
                        }
                        if r.from.first < s.first {
                            r.from = s;
                        }
                    }
                    rows.push(r);
                }
            }
            g.groups[id as usize].rows.extend(rows);
        }
        // Longest aliases first, so "Shanghai Cooperation Organization" wins over a prefix.
        for v in g.by_first.values_mut() {
            v.sort_by_key(|a| std::cmp::Reverse(a.words.len()));
        }
        Ok(g)
    }

    /// The aliases whose first folded word is `first`, longest first.
    pub fn aliases_starting(&self, first: &str) -> &[AliasWords] {
        self.by_first.get(first).map_or(&[], Vec::as_slice)
    }

    pub fn get(&self, id: GroupId) -> &Group {
        &self.groups[id as usize]
    }

    /// The group with this id (file name).
    pub fn by_id(&self, id: &str) -> Option<GroupId> {
        self.groups
            .iter()
            .position(|g| g.id == id)
            .map(|i| i as GroupId)
    }
}

/// Lowercase ASCII words joined by single hyphens: `sco`, `arctic-council`.
fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

static GROUPS: LazyLock<Groups> = LazyLock::new(|| {
    // Checked by a test; see `countries::get`.
    Groups::load(embedded_under("rules/groups/"), countries::get()).unwrap_or_default()
});

/// The embedded groups, loaded on first use.
pub fn get() -> &'static Groups {
    &GROUPS
}

/// Loads the embedded files, reporting errors (for the data test).
pub fn check_embedded() -> Result<usize, DataError> {
    Groups::load(embedded_under("rules/groups/"), countries::get()).map(|g| g.groups.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    #[test]
    fn embedded_groups_load() {
        assert!(check_embedded().unwrap() >= 21);
        let g = get();
        let sco = g.get(g.by_id("sco").unwrap());
        assert_eq!(sco.short_name(), "SCO");
        let c = countries::get();
        let india = c.by_name("India").unwrap();
        let afghanistan = c.by_name("Afghanistan").unwrap();
        assert_eq!(sco.holds(india, Role::Member, d("2012-06-07")), Holds::No);
        assert_eq!(
            sco.holds(india, Role::Observer, d("2012-06-07")),
            Holds::Certainly
        );
        assert_eq!(
            sco.holds(india, Role::Member, d("2017-06-09")),
            Holds::Certainly
        );
        // Month precision: Afghanistan became an observer some day in June 2012.
        assert_eq!(
            sco.holds(afghanistan, Role::Observer, d("2012-06-07")),
            Holds::Possibly
        );
        assert_eq!(
            sco.holds(afghanistan, Role::Observer, d("2012-07-01")),
            Holds::Certainly
        );
        let g8 = g.get(g.by_id("g8").unwrap());
        assert!(!g8.active_on(d("2020-01-01")));
        assert!(g8.active_on(d("2010-01-01")));
    }

    fn load_one(path: &str, rows: &str) -> Result<Groups, DataError> {
        let text = format!(
            "id = \"abc\"\nname = \"Abc Group\"\nfounded = \"2001\"\nsource = \"https://x\"\n{rows}"
        );
        Groups::load(std::iter::once((path, text.as_str())), countries::get())
    }

    const ROW: &str =
        "[[membership]]\nentity = \"India\"\nrole = \"member\"\nsource = \"https://x\"\n";

    #[test]
    fn a_union_must_name_groups() {
        let text = "union = [\"no-such-group\"]\n";
        let e = load_one("rules/groups/abc.toml", text).unwrap_err();
        assert!(e.message.contains("which is no group"), "{}", e.message);
    }

    #[test]
    fn the_checks_check_groups_py_made_are_load_errors() {
        let ok = format!("{ROW}from = \"2001\"\nuntil = \"2005\"\n{ROW}from = \"2005\"\n");
        assert!(load_one("rules/groups/abc.toml", &ok).is_ok());
        let e = load_one("rules/groups/abd.toml", &ok).unwrap_err();
        assert!(e.message.contains("not the file name"), "{}", e.message);
        let e = load_one(
            "rules/groups/abc.toml",
            &format!("{ROW}from = \"2005\"\nuntil = \"2005-01-01\"\n"),
        )
        .unwrap_err();
        assert!(e.message.contains("ends (`until`) before"), "{}", e.message);
        let e = load_one(
            "rules/groups/abc.toml",
            &format!("{ROW}from = \"2001\"\nuntil = \"2006\"\n{ROW}from = \"2005\"\n"),
        )
        .unwrap_err();
        assert!(e.message.contains("two overlapping rows"), "{}", e.message);
        assert!(is_kebab_case("arctic-council") && !is_kebab_case("Arctic_Council"));
    }

    #[test]
    fn until_is_exclusive_and_fuzzy_until_is_a_range() {
        let row = Row {
            entity: 0,
            role: Role::Member,
            from: Fuzzy::parse("1990").unwrap(),
            until: Some(Fuzzy::parse("1999-04").unwrap()),
            non_enumerated: false,
        };
        assert_eq!(row.holds_on(d("1999-03-31")), Holds::Certainly);
        assert_eq!(row.holds_on(d("1999-04-29")), Holds::Possibly);
        assert_eq!(row.holds_on(d("1999-04-30")), Holds::No);
        assert_eq!(row.holds_on(d("1990-06-01")), Holds::Possibly);
        let exact = Row {
            until: Some(Fuzzy::parse("2020-02-01").unwrap()),
            ..row
        };
        assert_eq!(exact.holds_on(d("2020-01-31")), Holds::Certainly);
        assert_eq!(exact.holds_on(d("2020-02-01")), Holds::No);
    }
}
