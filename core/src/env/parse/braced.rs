//! `${NAME}` and its operators `:-` `-` `:+` `+` `:?` `?`, with nested references in the
//! word; anything else Compose refuses is INT-UNSUPPORTED.

use super::super::code::Code;
use super::interp::{expand, lookup, name_at, push_finding, Ctx};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    Default { colon: bool },
    Alternative { colon: bool },
    Required { colon: bool },
}

/// The byte index of the `}` closing the `${` at the start of `s`, counting nested `${`.
fn closing(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let (mut depth, mut i) = (0usize, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'$' if bytes.get(i + 1) == Some(&b'{') => {
                depth += 1;
                i += 1;
            }
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn op_of(s: &str) -> Option<(Op, usize)> {
    let (colon, rest) = match s.strip_prefix(':') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let op = match rest.as_bytes().first()? {
        b'-' => Op::Default { colon },
        b'+' => Op::Alternative { colon },
        b'?' => Op::Required { colon },
        _ => return None,
    };
    Some((op, usize::from(colon) + 1))
}

/// Expands the `${…}` at the start of `s` (which is at byte `at` of the line).
pub fn expand_braced(s: &str, at: usize, ctx: &mut Ctx<'_>) -> (usize, String) {
    let Some(close) = closing(s) else {
        push_finding(
            ctx,
            Code::IntUnbalanced,
            at,
            "`${` sin `}` de cierre; el resto se lee literal.".into(),
            "`${` without a closing `}`; the rest is read literally.".into(),
        );
        return (s.len(), s.to_string());
    };
    let inner = &s[2..close];
    let len = name_at(inner);
    let name = &inner[..len];
    let word_op = if len == inner.len() {
        None
    } else {
        op_of(&inner[len..])
    };
    if len == 0 || (len < inner.len() && word_op.is_none()) {
        push_finding(ctx, Code::IntUnsupported, at,
            format!("Compose no admite la expansión `{}`; usa `${{NOMBRE}}`, `${{NOMBRE:-valor}}` o `${{NOMBRE:?mensaje}}`.", &s[..=close]),
            format!("Compose does not support the expansion `{}`; use `${{NAME}}`, `${{NAME:-value}}` or `${{NAME:?message}}`.", &s[..=close]));
        return (close + 1, s[..=close].to_string());
    }
    let Some((op, op_len)) = word_op else {
        return (close + 1, lookup(name, at, false, ctx).unwrap_or_default());
    };
    let word_at = at + 2 + len + op_len;
    let word = &inner[len + op_len..];
    (close + 1, apply(op, name, word, at, word_at, ctx))
}

fn apply(op: Op, name: &str, word: &str, at: usize, word_at: usize, ctx: &mut Ctx<'_>) -> String {
    let required = matches!(op, Op::Required { .. });
    let current = if required {
        ctx.defined.get(name).cloned()
    } else {
        lookup(name, at, true, ctx)
    };
    let colon = matches!(
        op,
        Op::Default { colon: true }
            | Op::Alternative { colon: true }
            | Op::Required { colon: true }
    );
    let set = current.as_deref().is_some_and(|v| !colon || !v.is_empty());
    match op {
        Op::Default { .. } if set => current.unwrap_or_default(),
        Op::Default { .. } => expand(word, word_at, ctx),
        Op::Alternative { .. } if set => expand(word, word_at, ctx),
        Op::Alternative { .. } => String::new(),
        Op::Required { .. } if set => current.unwrap_or_default(),
        Op::Required { .. } => {
            push_finding(
                ctx,
                Code::IntRequiredUnset,
                at,
                format!("`{name}` no está definida antes en este archivo y la referencia la exige (`:?`); el valor queda vacío."),
                format!("`{name}` is not defined earlier in this file and the reference requires it (`:?`); the value is empty."),
            );
            String::new()
        }
    }
}
