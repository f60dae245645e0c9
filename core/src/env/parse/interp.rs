//! Interpolation as Compose does it, top-down against keys defined earlier in the same
//! text (ENV-RULES.md §8.1 step 7). References are recorded; undefined ones are judged
//! after the whole file is read (forward references and cycles need the later lines).

use super::super::code::Code;
use super::super::encoding::col_of;
use super::super::finding::{Finding, Pos, Severity};
use crate::Localized;
use std::collections::HashMap;

/// A `$NAME` / `${NAME…}` reference, found or not among the keys defined earlier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unresolved {
    pub name: String,
    pub from_key: String,
    pub at: Pos,
    /// A default or alternative was given, so the gap is less serious.
    pub has_default: bool,
    /// Found earlier after all: kept only as an edge for cycle detection.
    pub resolved: bool,
}

/// What expansion needs: values so far, where we are, and where findings go.
pub struct Ctx<'a> {
    pub defined: &'a HashMap<String, String>,
    pub findings: &'a mut Vec<Finding>,
    pub unresolved: &'a mut Vec<Unresolved>,
    pub key: &'a str,
    pub line: u32,
    /// The whole physical line, for columns.
    pub line_text: &'a str,
    pub dialect_noted: bool,
}

impl Ctx<'_> {
    fn pos(&self, byte_in_line: usize) -> Pos {
        Pos {
            line: self.line,
            col: col_of(self.line_text, byte_in_line),
        }
    }

    fn push(&mut self, code: Code, severity: Severity, at: usize, es: String, en: String) {
        let finding = Finding::new(code, severity, self.pos(at), Localized::new(es, en));
        self.findings.push(finding.key(self.key));
    }

    /// INT-DIALECT once per value: enough to point at the construct.
    pub fn dialect(&mut self, at: usize, es: &str, en: &str) {
        if !self.dialect_noted {
            self.dialect_noted = true;
            self.push(Code::IntDialect, Severity::Info, at, es.into(), en.into());
        }
    }
}

fn name_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    if !bytes
        .first()
        .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
    {
        return 0;
    }
    bytes
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
        .count()
}

/// Expands every `$` in `slice`, which starts at byte `base` of the line.
pub fn expand(slice: &str, base: usize, ctx: &mut Ctx<'_>) -> String {
    let mut out = String::with_capacity(slice.len());
    let mut i = 0;
    while let Some(off) = slice[i..].find('$') {
        out.push_str(&slice[i..i + off]);
        let (used, text) = expand_one(&slice[i + off..], base + i + off, ctx);
        out.push_str(&text);
        i += off + used;
    }
    out.push_str(&slice[i..]);
    out
}

/// Expands the `$…` at the start of `s`; returns bytes used and the text it stands for.
pub fn expand_one(s: &str, at: usize, ctx: &mut Ctx<'_>) -> (usize, String) {
    let rest = &s[1..];
    if rest.starts_with('$') {
        ctx.dialect(
            at,
            "`$$` da `$` en Compose; Node y python leen `$$` literal.",
            "`$$` is `$` for Compose; Node and python read `$$` literally.",
        );
        return (2, "$".into());
    }
    if rest.starts_with('(') {
        ctx.push(Code::IntCommand, Severity::Warning, at,
            "`$(…)` lo ejecutan Ruby dotenv, dotenvx y dotenv-expand ≥1000; Compose y python lo dejan literal. No pongas comandos en un .env.".into(),
            "`$(…)` is executed by Ruby dotenv, dotenvx and dotenv-expand ≥1000; literal for Compose and python. Never put commands in a .env file.".into());
        return (1, "$".into());
    }
    if rest.starts_with('{') {
        return super::braced::expand_braced(s, at, ctx);
    }
    let len = name_len(rest);
    if len == 0 {
        return (1, "$".into());
    }
    let name = &rest[..len];
    if rest[len..].starts_with('}') {
        ctx.push(
            Code::IntUnbalanced,
            Severity::Error,
            at,
            format!("`${name}}}` tiene una llave de cierre sin abrir."),
            format!("`${name}}}` has a closing brace without an opening one."),
        );
    }
    ctx.dialect(
        at,
        "python-dotenv no expande `$NOMBRE` sin llaves; escribe `${NOMBRE}`.",
        "python-dotenv does not expand `$NAME` without braces; write `${NAME}`.",
    );
    (1 + len, lookup(name, at, false, ctx).unwrap_or_default())
}

/// The value of `name` defined earlier, or `None` after recording the gap.
pub fn lookup(name: &str, at: usize, has_default: bool, ctx: &mut Ctx<'_>) -> Option<String> {
    let found = ctx.defined.get(name).cloned();
    let at = ctx.pos(at);
    ctx.unresolved.push(Unresolved {
        name: name.to_string(),
        from_key: ctx.key.to_string(),
        at,
        has_default,
        resolved: found.is_some(),
    });
    found
}

pub(super) fn name_at(s: &str) -> usize {
    name_len(s)
}

pub(super) fn push_finding(ctx: &mut Ctx<'_>, code: Code, at: usize, es: String, en: String) {
    ctx.push(code, Severity::Error, at, es, en);
}
