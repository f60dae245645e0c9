//! The part of a line before the value: indentation, `export`, the key and its
//! separator (ENV-RULES.md §8.1 steps 3–5).

use super::super::code::Code;
use super::super::encoding::col_of;
use super::super::finding::{Finding, Pos, Severity};
use crate::Localized;

/// What the start of a line turned out to be.
#[derive(Debug, PartialEq, Eq)]
pub enum Head<'a> {
    /// Blank or comment.
    Skip,
    /// A key with no separator (SYN-NO-EQUALS / SYN-EXPORT-ONLY).
    Declared { key: &'a str, at: usize },
    /// A key, and the byte where its value starts (after the separator and blanks).
    Assign {
        key: &'a str,
        at: usize,
        value_at: usize,
    },
    /// Unusable; its finding was pushed.
    Rejected,
}

fn blanks(s: &str) -> usize {
    s.len() - s.trim_start_matches([' ', '\t']).len()
}

/// How clean a key is: only `[A-Za-z_][A-Za-z0-9_]*`, portable-but-not-shell, or bad.
pub enum KeyClass {
    Clean,
    NotShell,
    BadChar(usize, char),
}

pub fn classify(key: &str) -> KeyClass {
    if let Some((i, c)) = key
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')))
    {
        return KeyClass::BadChar(i, c);
    }
    let shell = key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if shell && !key.starts_with(|c: char| c.is_ascii_digit()) {
        KeyClass::Clean
    } else {
        KeyClass::NotShell
    }
}

/// Reads the head of `text` (line `line`), pushing findings about it.
pub fn head<'a>(text: &'a str, line: u32, out: &mut Vec<Finding>) -> Head<'a> {
    let indent = blanks(text);
    let rest = &text[indent..];
    if rest.is_empty() || rest.starts_with('#') {
        return Head::Skip;
    }
    let mut r = Reader { text, line, out };
    let mut start = indent;
    let export = rest.starts_with("export") && rest[6..].starts_with([' ', '\t']);
    if export {
        start += 6 + blanks(&rest[6..]);
    }
    let body = &text[start..];
    match separator(body) {
        Sep::Colon(c) => r.colon(start, c),
        Sep::Hierarchy(c) => r.hierarchy(start, c),
        Sep::None => r.declared(start, export),
        Sep::Equals(e) => r.assign(start, e, indent, export),
    }
}

enum Sep {
    Equals(usize),
    /// `KEY: value`, YAML style.
    Colon(usize),
    /// `Section:Key=value`, an ASP.NET hierarchy written with `:`.
    Hierarchy(usize),
    None,
}

fn separator(body: &str) -> Sep {
    let eq = body.find('=');
    match body.find(':') {
        Some(c) if eq.is_none_or(|e| c < e) => {
            let spaced = body[c + 1..].starts_with([' ', '\t']);
            if eq.is_some() && !spaced {
                Sep::Hierarchy(c)
            } else {
                Sep::Colon(c)
            }
        }
        _ => eq.map_or(Sep::None, Sep::Equals),
    }
}

struct Reader<'a, 'o> {
    text: &'a str,
    line: u32,
    out: &'o mut Vec<Finding>,
}

impl<'a> Reader<'a, '_> {
    fn pos(&self, byte: usize) -> Pos {
        Pos {
            line: self.line,
            col: col_of(self.text, byte),
        }
    }

    fn push(
        &mut self,
        code: Code,
        sev: Severity,
        byte: usize,
        msg: Localized,
        fix: Option<Localized>,
    ) {
        let mut f = Finding::new(code, sev, self.pos(byte), msg);
        f.fix = fix;
        self.out.push(f);
    }

    fn colon(&mut self, start: usize, c: usize) -> Head<'a> {
        let body = &self.text[start..];
        let key = body[..c].trim_end();
        if !self.check_key(key, start) {
            return Head::Rejected;
        }
        self.push(Code::SynColonSeparator, Severity::Error, start + c, Localized::new(
            format!("`{key}:` usa `:` como separador; Compose lo acepta, pero docker, los shells y dotenvy no."),
            format!("`{key}:` uses `:` as separator; Compose accepts it, docker, shells and dotenvy do not."),
        ), Some(Localized::new(format!("Escribe `{key}=valor`."), format!("Write `{key}=value`."))));
        let value_at = start + c + 1 + blanks(&body[c + 1..]);
        Head::Assign {
            key,
            at: start,
            value_at,
        }
    }

    fn hierarchy(&mut self, start: usize, c: usize) -> Head<'a> {
        let body = &self.text[start..];
        let key = body.split('=').next().unwrap_or(body).trim_end();
        let fixed = key.replace(':', "__");
        self.push(
            Code::KeyColonHierarchy,
            Severity::Error,
            start + c,
            Localized::new(
                format!("`:` en el nombre `{key}`: Compose lo corta ahí y lee otra variable."),
                format!(
                    "`:` in the name `{key}`: Compose cuts it there and reads another variable."
                ),
            ),
            Some(Localized::new(
                format!("Para secciones de ASP.NET usa `__`: `{fixed}`."),
                format!("For ASP.NET sections use `__`: `{fixed}`."),
            )),
        );
        Head::Rejected
    }

    fn declared(&mut self, start: usize, export: bool) -> Head<'a> {
        let body = &self.text[start..];
        let key = body.split([' ', '\t']).next().unwrap_or(body);
        let rest = body[key.len()..].trim_start_matches([' ', '\t']);
        let key = if rest.starts_with('#') {
            key
        } else {
            body.trim_end()
        };
        if !self.check_key(key, start) {
            return Head::Rejected;
        }
        if export {
            self.push(
                Code::SynExportOnly,
                Severity::Warning,
                start,
                Localized::new(
                    format!("`export {key}` sin `=` no declara nada en un .env."),
                    format!("`export {key}` without `=` declares nothing in a .env file."),
                ),
                Some(Localized::new(
                    format!("Escribe `{key}=valor` o borra la línea."),
                    format!("Write `{key}=value` or delete the line."),
                )),
            );
        } else {
            self.push(Code::SynNoEquals, Severity::Warning, start, Localized::new(
                format!("`{key}` sin `=`: Compose y docker la toman del entorno del host, Node la ignora, python-dotenv la deja en None."),
                format!("`{key}` without `=`: Compose and docker take it from the host environment, Node ignores it, python-dotenv sets None."),
            ), Some(Localized::new(format!("Escribe `{key}=` para un valor vacío."), format!("Write `{key}=` for an empty value."))));
        }
        Head::Declared { key, at: start }
    }
}

impl<'a> Reader<'a, '_> {
    fn assign(&mut self, start: usize, eq: usize, indent: usize, export: bool) -> Head<'a> {
        let body = &self.text[start..];
        let key = body[..eq].trim_end();
        if key.is_empty() {
            self.push(
                Code::SynEmptyKey,
                Severity::Error,
                start,
                Localized::new(
                    "Falta el nombre de la variable antes de `=`.",
                    "Missing variable name before `=`.",
                ),
                Some(Localized::new(
                    "Escribe `NOMBRE=valor`.",
                    "Write `NAME=value`.",
                )),
            );
            return Head::Rejected;
        }
        if !self.check_key(key, start) {
            return Head::Rejected;
        }
        let gap = blanks(&body[eq + 1..]);
        if key.len() < eq || gap > 0 {
            self.push(Code::SynSpaceAroundEquals, Severity::Warning, start + key.len(), Localized::new(
                format!("Espacios alrededor de `=`: dotenv y Compose v2 los aceptan; `docker run --env-file` y Compose v1 rechazan '{key} '."),
                format!("Spaces around `=`: dotenv and Compose v2 accept them; `docker run --env-file` and Compose v1 reject '{key} '."),
            ), Some(Localized::new(format!("Escribe `{key}=…` sin espacios."), format!("Write `{key}=…` without spaces."))));
        }
        self.notes(indent, export);
        Head::Assign {
            key,
            at: start,
            value_at: start + eq + 1 + gap,
        }
    }

    fn notes(&mut self, indent: usize, export: bool) {
        if indent > 0 {
            self.push(
                Code::SynIndentedKey,
                Severity::Info,
                0,
                Localized::new(
                    "Espacios antes del nombre; los cargadores los ignoran.",
                    "Whitespace before the name; loaders ignore it.",
                ),
                None,
            );
        }
        if export {
            self.push(
                Code::SynExport,
                Severity::Info,
                indent,
                Localized::new(
                    "Los cargadores dotenv ignoran `export`; `docker run --env-file` falla con él.",
                    "dotenv loaders ignore `export`; `docker run --env-file` breaks on it.",
                ),
                Some(Localized::new(
                    "Quita `export ` si el archivo lo lee docker.",
                    "Remove `export ` if docker reads the file.",
                )),
            );
        }
    }

    /// False (with SYN-KEY-CHARS) when the key cannot be used; notes portability.
    fn check_key(&mut self, key: &str, start: usize) -> bool {
        match classify(key) {
            KeyClass::Clean => true,
            KeyClass::NotShell => {
                self.push(Code::SynKeyPortability, Severity::Warning, start, Localized::new(
                    format!("`{key}` vale para dotenv y Compose pero no es un nombre de shell: `export`, `source` y dotenvy fallan."),
                    format!("`{key}` is valid for dotenv and Compose but not a shell name: `export`, `source` and dotenvy fail."),
                ), Some(Localized::new("Usa solo letras, cifras y `_`, sin empezar por cifra.", "Use only letters, digits and `_`, not starting with a digit.")));
                true
            }
            KeyClass::BadChar(i, c) => {
                let shown = if c.is_whitespace()
                    || c.is_control()
                    || super::super::encoding::is_invisible(c)
                {
                    format!("U+{:04X}", c as u32)
                } else {
                    c.to_string()
                };
                let at = self.pos(start + i);
                self.out.push(Finding::new(Code::SynKeyChars, Severity::Error, at, Localized::new(
                    format!("Carácter no válido '{shown}' en el nombre; Compose rechaza el archivo. Se ignora la línea."),
                    format!("Invalid character '{shown}' in the name; Compose rejects the file. The line is skipped."),
                )).until(at.col + 1).fix(Localized::new("Usa solo letras ASCII, cifras y `_`.", "Use only ASCII letters, digits and `_`.")));
                false
            }
        }
    }
}
