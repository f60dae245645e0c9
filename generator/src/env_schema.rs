//! Loading a system's `env.yaml`: its shape through serde (errors with line:col), then
//! the schema's own rules (`guardia_core::env::schema::self_check`), each issue placed at
//! the YAML position its path points to.

use crate::diagnostic::Diagnostic;
use crate::msg;
use guardia_core::env::schema::{self_check, EnvSchema, PathSeg};
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::fmt;
use std::path::Path;

/// Reads and checks `file` against the portal's `environments`.
pub fn load(file: &Path, environments: &[String]) -> Result<EnvSchema, Vec<Diagnostic>> {
    let text = crate::source::read_text(file).map_err(|d| vec![d])?;
    let schema: EnvSchema = crate::yaml::parse(file, &text, 1).map_err(|d| vec![d])?;
    let issues = self_check(&schema, environments);
    if issues.is_empty() {
        return Ok(schema);
    }
    let tree = serde_saphyr::from_str::<Spanned<Node>>(&text).ok();
    Err(issues
        .into_iter()
        .map(|issue| {
            let d = Diagnostic::error(
                "env-schema",
                file,
                msg::pick(issue.message.es, issue.message.en),
            )
            .hint(msg::pick(
                "corrige env.yaml (ENV-RULES.md §7)",
                "fix env.yaml (ENV-RULES.md §7)",
            ));
            match tree.as_ref().and_then(|t| position(t, &issue.path)) {
                Some((line, col)) => d.at(line, col),
                None => d,
            }
        })
        .collect())
}

/// The line and column of the deepest node `path` reaches.
fn position(root: &Spanned<Node>, path: &[PathSeg]) -> Option<(u32, u32)> {
    let mut here = root;
    for seg in path {
        let next = match (&here.value, seg) {
            (Node::Map(entries), PathSeg::Key(k)) => {
                entries.iter().find(|(name, _)| name == k).map(|(_, v)| v)
            }
            (Node::Seq(items), PathSeg::Index(i)) => items.get(*i),
            _ => None,
        };
        match next {
            Some(n) => here = n,
            None => break,
        }
    }
    let loc = here.referenced;
    (loc.line() > 0).then(|| (loc.line() as u32, loc.column() as u32))
}

/// Any YAML value, with the position of every child.
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

macro_rules! leaf {
    ($($name:ident: $ty:ty),*) => {
        $(fn $name<E: de::Error>(self, _: $ty) -> Result<Node, E> { Ok(Node::Leaf) })*
    };
}

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }

    leaf!(visit_bool: bool, visit_i64: i64, visit_u64: u64, visit_f64: f64, visit_str: &str);

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
        while let Some(key) = map.next_key::<Key>()? {
            entries.push((key.0, map.next_value()?));
        }
        Ok(Node::Map(entries))
    }
}

/// A mapping key of any scalar kind, as text.
struct Key(String);

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a mapping key")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
        }
        d.deserialize_any(KeyVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn envs() -> Vec<String> {
        ["development", "staging", "production"]
            .map(String::from)
            .to_vec()
    }

    fn write(text: &str) -> tempfile::NamedTempFile {
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), text).unwrap();
        file
    }

    #[test]
    fn reads_the_documented_shape() {
        let file = write("consumer: dotnet\ngroups:\n  - id: db\n    title: { es: \"Base\", en: \"Db\" }\n    vars:\n      - name: DB_PASSWORD\n        type: secret\n        required: [staging, production]\n        min_length: 16\n        env:\n          development: { required: false, min_length: 4 }\n      - name: Smtp__Port\n        type: port\n        default: 587\n");
        let schema = load(file.path(), &envs()).unwrap();
        assert_eq!(schema.vars().count(), 2);
    }

    #[test]
    fn self_check_issues_point_into_the_yaml() {
        let file = write("groups:\n  - id: db\n    title: { es: \"Base\", en: \"Db\" }\n    vars:\n      - name: Smtp__Port\n        type: port\n        default: 70000\n      - name: DEBUG\n        type: bool\n        forbidden_in: [prod]\n");
        let errs = load(file.path(), &envs()).unwrap_err();
        let at: Vec<String> = errs.iter().map(|d| d.location()).collect();
        let name = file.path().display();
        assert!(at.contains(&format!("{name}:7:18")), "{at:?} {errs:?}");
        assert!(
            at.iter().any(|a| a.starts_with(&format!("{name}:10:"))),
            "{at:?}"
        );
    }

    #[test]
    fn the_real_content_schemas_load() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        for entry in std::fs::read_dir(&root).into_iter().flatten().flatten() {
            let file = entry.path().join("env.yaml");
            if file.is_file() {
                let envs = crate::config::PortalConfig::load(&root)
                    .map(|c| c.environments)
                    .unwrap_or_else(|_| envs());
                if let Err(errs) = load(&file, &envs) {
                    panic!(
                        "{}: {}",
                        file.display(),
                        errs.iter()
                            .map(|d| d.to_string())
                            .collect::<Vec<_>>()
                            .join("\n")
                    );
                }
            }
        }
    }
}
