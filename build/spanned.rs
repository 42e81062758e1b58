//! JSON twins of the TOML data files whose readers keep positions (`toml::Spanned`): the
//! residue list and the style sheets. Each value the reader takes as `Spanned<T>` is
//! written as the object `toml::Spanned` deserialises from (its start, its end, its
//! value), so `serde_json` gives the run the same values and the same byte spans as the
//! TOML parser, several times faster. A test compares the two readings.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value as Json;

/// The keys `toml::Spanned` reads its start, end and value from (`serde_spanned`'s).
const START: &str = "$__serde_spanned_private_start";
const END: &str = "$__serde_spanned_private_end";
const VALUE: &str = "$__serde_spanned_private_value";

/// The values read as `Spanned<T>`, by path: `[]` is every element of an array.
pub(crate) fn spanned_paths(rel: &str) -> Option<&'static [&'static str]> {
    if rel == "rules/residue.toml" {
        Some(&[
            "group[]",
            "group[].phrases[]",
            "group[].prefixes[]",
            "group[].patterns[]",
            "group[].tokens[]",
            "group[].prefix_span",
        ])
    } else if rel.starts_with("rules/style/") {
        Some(&["rule[]"])
    } else {
        None
    }
}

/// `text` as JSON with the values at `paths` spanned; `None` if it does not parse (the
/// run's loader then reports it) or holds a date-time.
pub(crate) fn twin(text: &str, paths: &[&str]) -> Option<String> {
    let root: Node = toml::from_str(text).ok()?;
    let json = to_json(&root.0, "", paths)?;
    Some(json.to_string())
}

/// A TOML value with the span of each array element and table value.
struct Node(Tree);

struct Spanned {
    start: usize,
    end: usize,
    tree: Tree,
}

enum Tree {
    Str(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    Array(Vec<Spanned>),
    Table(BTreeMap<String, Spanned>),
}

fn to_json(tree: &Tree, path: &str, paths: &[&str]) -> Option<Json> {
    Some(match tree {
        Tree::Str(s) => Json::String(s.clone()),
        Tree::Int(i) => Json::from(*i),
        Tree::Float(f) => Json::from(*f),
        Tree::Bool(b) => Json::Bool(*b),
        Tree::Array(items) => {
            let inner = format!("{path}[]");
            Json::Array(
                items
                    .iter()
                    .map(|s| spanned(s, &inner, paths))
                    .collect::<Option<_>>()?,
            )
        }
        Tree::Table(t) => {
            let mut map = serde_json::Map::new();
            for (k, v) in t {
                let inner = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                map.insert(k.clone(), spanned(v, &inner, paths)?);
            }
            Json::Object(map)
        }
    })
}

fn spanned(s: &Spanned, path: &str, paths: &[&str]) -> Option<Json> {
    let value = to_json(&s.tree, path, paths)?;
    if !paths.contains(&path) {
        return Some(value);
    }
    let mut map = serde_json::Map::new();
    map.insert(START.into(), Json::from(s.start));
    map.insert(END.into(), Json::from(s.end));
    map.insert(VALUE.into(), value);
    Some(Json::Object(map))
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Node, D::Error> {
        d.deserialize_any(TreeVisitor).map(Node)
    }
}

impl<'de> Deserialize<'de> for Spanned {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Spanned, D::Error> {
        let s = toml::Spanned::<Node>::deserialize(d)?;
        let span = s.span();
        Ok(Spanned {
            start: span.start,
            end: span.end,
            tree: s.into_inner().0,
        })
    }
}

struct TreeVisitor;

impl<'de> Visitor<'de> for TreeVisitor {
    type Value = Tree;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A date-time reaches none of these and fails the twin.
        f.write_str("a TOML value other than a date-time")
    }

    fn visit_bool<E>(self, b: bool) -> Result<Tree, E> {
        Ok(Tree::Bool(b))
    }

    fn visit_i64<E>(self, i: i64) -> Result<Tree, E> {
        Ok(Tree::Int(i))
    }

    fn visit_u64<E: serde::de::Error>(self, u: u64) -> Result<Tree, E> {
        i64::try_from(u).map(Tree::Int).map_err(E::custom)
    }

    fn visit_f64<E>(self, f: f64) -> Result<Tree, E> {
        Ok(Tree::Float(f))
    }

    fn visit_str<E>(self, s: &str) -> Result<Tree, E> {
        Ok(Tree::Str(s.to_string()))
    }

    fn visit_string<E>(self, s: String) -> Result<Tree, E> {
        Ok(Tree::Str(s))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Tree, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Spanned>()? {
            items.push(item);
        }
        Ok(Tree::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Tree, A::Error> {
        let mut table = BTreeMap::new();
        while let Some(k) = map.next_key::<String>()? {
            if k.starts_with("$__toml_private") {
                // A date-time, which JSON cannot hold.
                return Err(serde::de::Error::custom("a date-time"));
            }
            let v = map.next_value::<Spanned>()?;
            table.insert(k, v);
        }
        Ok(Tree::Table(table))
    }
}
