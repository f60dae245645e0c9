//! Where a YAML path (`services[0].health.production`) sits in the text, for rules that
//! run after deserializing and report a path rather than a position.

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::fmt;

/// One step of a path: a mapping key or a sequence index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// The YAML text's tree of positions (parsed once, asked many paths).
pub struct Tree(Option<Spanned<Node>>);

impl Tree {
    pub fn parse(text: &str) -> Tree {
        Tree(serde_saphyr::from_str(text).ok())
    }

    /// Line and column of the deepest node `path` reaches (1-based).
    pub fn position(&self, path: &[Step]) -> Option<(u32, u32)> {
        let mut here = self.0.as_ref()?;
        for step in path {
            let next = match (&here.value, step) {
                (Node::Map(entries), Step::Key(k)) => {
                    entries.iter().find(|(n, _)| n == k).map(|(_, v)| v)
                }
                (Node::Seq(items), Step::Index(i)) => items.get(*i),
                _ => None,
            };
            match next {
                Some(n) => here = n,
                None => break,
            }
        }
        let at = here.referenced;
        (at.line() > 0).then(|| (at.line() as u32, at.column() as u32))
    }
}

enum Node {
    Map(Vec<(String, Spanned<Node>)>),
    Seq(Vec<Spanned<Node>>),
    Leaf,
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Node, E> {
        Ok(Node::Leaf)
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Node, E> {
        Ok(Node::Leaf)
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Node, E> {
        Ok(Node::Leaf)
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Node, E> {
        Ok(Node::Leaf)
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Node, E> {
        Ok(Node::Leaf)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Leaf)
    }
    fn visit_none<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Leaf)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<serde_json::Value>()? {
            let name = key.as_str().map_or_else(|| key.to_string(), str::to_string);
            entries.push((name, map.next_value()?));
        }
        Ok(Node::Map(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_keys_and_indices() {
        let tree = Tree::parse(
            "services:\n  - id: api\n    health:\n      production: https://x/health\n",
        );
        let path = [
            Step::Key("services".into()),
            Step::Index(0),
            Step::Key("health".into()),
            Step::Key("production".into()),
        ];
        assert_eq!(tree.position(&path), Some((4, 19)));
        let missing = [Step::Key("services".into()), Step::Index(3)];
        assert_eq!(
            tree.position(&missing).map(|p| p.0),
            Some(2),
            "the deepest node reached"
        );
    }
}
