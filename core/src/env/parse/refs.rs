//! Judging references that found nothing earlier in the file: undefined, defined later
//! (forward reference), or part of a cycle.

use super::super::code::Code;
use super::super::finding::{Finding, Severity};
use super::interp::Unresolved;
use super::Entry;
use crate::Localized;
use std::collections::{HashMap, HashSet};

pub fn judge(unresolved: &[Unresolved], entries: &[Entry], out: &mut Vec<Finding>) {
    let keys: HashSet<&str> = entries.iter().map(|e| e.key.as_str()).collect();
    let mut graph: HashMap<&str, Vec<&str>> = HashMap::new();
    for u in unresolved {
        graph
            .entry(u.from_key.as_str())
            .or_default()
            .push(u.name.as_str());
    }
    for u in unresolved.iter().filter(|u| !u.resolved) {
        let finding = if !keys.contains(u.name.as_str()) {
            undefined(u)
        } else if reaches(&graph, &u.name, &u.from_key) {
            cycle(u)
        } else {
            forward(u)
        };
        out.push(finding.key(&u.from_key));
    }
}

/// Whether following unresolved references from `from` leads back to `to`.
fn reaches(graph: &HashMap<&str, Vec<&str>>, from: &str, to: &str) -> bool {
    let (mut stack, mut seen) = (vec![from], HashSet::new());
    while let Some(node) = stack.pop() {
        if node == to {
            return true;
        }
        if seen.insert(node) {
            stack.extend(graph.get(node).into_iter().flatten().copied());
        }
    }
    false
}

fn undefined(u: &Unresolved) -> Finding {
    let name = &u.name;
    let severity = if u.has_default {
        Severity::Info
    } else {
        Severity::Warning
    };
    Finding::new(Code::IntUndefined, severity, u.at, Localized::new(
        format!("`{name}` no está definida antes en este archivo; Compose usaría el valor del host o una cadena vacía."),
        format!("`{name}` is not defined earlier in this file; Compose would use the host value or an empty string."),
    )).fix(Localized::new(format!("Define `{name}` antes de usarla."), format!("Define `{name}` before using it.")))
}

fn forward(u: &Unresolved) -> Finding {
    let name = &u.name;
    Finding::new(Code::IntForwardRef, Severity::Warning, u.at, Localized::new(
        format!("`{name}` se define más abajo; Compose y python resuelven de arriba abajo, así que aquí vale vacío."),
        format!("`{name}` is defined further down; Compose and python resolve top-down, so it is empty here."),
    )).fix(Localized::new(format!("Mueve `{name}` por encima de esta línea."), format!("Move `{name}` above this line.")))
}

fn cycle(u: &Unresolved) -> Finding {
    Finding::new(
        Code::IntCycle,
        Severity::Error,
        u.at,
        Localized::new(
            format!("Referencia circular entre `{}` y `{}`.", u.from_key, u.name),
            format!(
                "Circular reference between `{}` and `{}`.",
                u.from_key, u.name
            ),
        ),
    )
    .fix(Localized::new(
        "Rompe el ciclo con un valor literal.",
        "Break the cycle with a literal value.",
    ))
}
