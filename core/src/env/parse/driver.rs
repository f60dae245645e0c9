//! Walks the lines, one statement at a time, and records entries and duplicates.

use super::super::code::Code;
use super::super::encoding::{check_chars, check_eols, col_of};
use super::super::finding::{sort_findings, Finding, Pos, Severity};
use super::super::text::{self, Line};
use super::head::{head, Head};
use super::interp::{Ctx, Unresolved};
use super::record::Seen;
use super::{quoted, refs, unquoted, Entry, Parsed, Quote, Value};
use crate::Localized;

/// Reads raw bytes: ENC-UTF8 (and nothing else) if they are not UTF-8.
pub fn parse_bytes(bytes: &[u8]) -> Parsed {
    match text::decode(bytes) {
        Ok(text) => parse(text),
        Err(finding) => Parsed {
            findings: vec![*finding],
            ..Parsed::default()
        },
    }
}

/// Reads a `.env` text the canonical way.
pub fn parse(input: &str) -> Parsed {
    let mut findings = Vec::new();
    let body = text::strip_bom(input, &mut findings);
    let lines = text::lines(body);
    let mut parser = Parser::new(lines, findings);
    parser.run();
    parser.finish()
}

struct Parser<'a> {
    lines: Vec<Line<'a>>,
    i: usize,
    out: Parsed,
    seen: Seen,
    unresolved: Vec<Unresolved>,
}

impl<'a> Parser<'a> {
    fn new(lines: Vec<Line<'a>>, findings: Vec<Finding>) -> Self {
        let out = Parsed {
            findings,
            line_count: lines.len() as u32,
            lines: lines.iter().map(|l| l.text.to_string()).collect(),
            ..Parsed::default()
        };
        Parser {
            lines,
            i: 0,
            out,
            seen: Seen::default(),
            unresolved: Vec::new(),
        }
    }

    fn run(&mut self) {
        let size = self.out.lines.iter().map(|l| l.len() + 1).sum();
        if let Some(f) = text::too_big_len(size, self.lines.len()) {
            self.out.findings.push(f);
            return;
        }
        check_eols(&self.lines, &mut self.out.findings);
        for line in &self.lines {
            check_chars(line, &mut self.out.findings);
        }
        if let Some(f) = not_env(&self.lines) {
            self.out.findings.push(f);
            return;
        }
        while self.i < self.lines.len() {
            self.statement();
        }
    }

    fn finish(mut self) -> Parsed {
        refs::judge(&self.unresolved, &self.out.entries, &mut self.out.findings);
        sort_findings(&mut self.out.findings, |a, b| {
            (a.line, a.col).cmp(&(b.line, b.col))
        });
        self.out
    }

    fn record(&mut self, key: &str, at: usize, value: Option<Value>) {
        let line = self.lines[self.i];
        let at = Pos {
            line: line.number,
            col: col_of(line.text, at),
        };
        let entry = Entry {
            key: key.to_string(),
            at,
            value,
        };
        self.seen
            .record(entry, &mut self.out.findings, &mut self.out.entries);
    }

    fn statement(&mut self) {
        let line = self.lines[self.i];
        match head(line.text, line.number, &mut self.out.findings) {
            Head::Skip | Head::Rejected => self.i += 1,
            Head::Declared { key, at } => {
                self.record(key, at, None);
                self.i += 1;
            }
            Head::Assign { key, at, value_at } => self.assign(key, at, value_at),
        }
    }

    fn assign(&mut self, key: &'a str, at: usize, value_at: usize) {
        let line = self.lines[self.i];
        let opener = line.text.as_bytes().get(value_at).copied();
        let start = self.i;
        let value = match opener {
            Some(b'\'' | b'"') => self.quoted(key, value_at),
            _ => Some(self.unquoted(key, value_at)),
        };
        if let Some(value) = value {
            let next = std::mem::replace(&mut self.i, start);
            self.record(key, at, Some(value));
            self.i = next;
        }
    }
}

impl<'a> Parser<'a> {
    fn quoted(&mut self, key: &'a str, open: usize) -> Option<Value> {
        let line = self.lines[self.i];
        let mark = (self.out.findings.len(), self.unresolved.len());
        let mut ctx = Ctx {
            defined: &self.seen.defined,
            findings: &mut self.out.findings,
            unresolved: &mut self.unresolved,
            key,
            line: line.number,
            line_text: line.text,
            dialect_noted: false,
        };
        let scan = quoted::scan(&self.lines, self.i, open, &mut ctx);
        let at = Pos {
            line: line.number,
            col: col_of(line.text, open),
        };
        let Some(scan) = scan else {
            self.out.findings.truncate(mark.0);
            self.unresolved.truncate(mark.1);
            self.out.findings.push(unterminated(key, at));
            self.i += 1;
            return None;
        };
        let quote = if line.text.as_bytes()[open] == b'\'' {
            Quote::Single
        } else {
            Quote::Double
        };
        let multiline = scan.end_idx > self.i;
        let end_col = if multiline {
            col_of(line.text, line.text.len())
        } else {
            col_of(line.text, scan.after)
        };
        self.after_quote(key, scan.end_idx, scan.after);
        self.multiline_notes(key, at, multiline, scan.crlf);
        let end_line = self.lines[scan.end_idx].number;
        let interpolated = quote == Quote::Double
            && self.lines[self.i..=scan.end_idx]
                .iter()
                .any(|l| l.text.contains('$'));
        self.i = scan.end_idx + 1;
        Some(Value {
            text: scan.text,
            quote,
            at,
            end_col,
            multiline,
            end_line,
            interpolated,
        })
    }

    fn unquoted(&mut self, key: &'a str, value_at: usize) -> Value {
        let line = self.lines[self.i];
        let mut ctx = Ctx {
            defined: &self.seen.defined,
            findings: &mut self.out.findings,
            unresolved: &mut self.unresolved,
            key,
            line: line.number,
            line_text: line.text,
            dialect_noted: false,
        };
        let (text, end) = unquoted::read(line.text, value_at, &mut ctx);
        self.i += 1;
        let at = Pos {
            line: line.number,
            col: col_of(line.text, value_at),
        };
        let interpolated = line.text[value_at..end].contains('$');
        Value {
            text,
            quote: Quote::None,
            at,
            end_col: col_of(line.text, end),
            multiline: false,
            end_line: line.number,
            interpolated,
        }
    }

    /// SYN-TEXT-AFTER-QUOTE when more than blanks and a comment follow the closing quote.
    fn after_quote(&mut self, key: &str, idx: usize, after: usize) {
        let line = self.lines[idx];
        let rest = &line.text[after..];
        let trimmed = rest.trim_start_matches([' ', '\t']);
        if trimmed.is_empty() || trimmed.starts_with('#') {
            return;
        }
        let byte = after + rest.len() - trimmed.len();
        let at = Pos {
            line: line.number,
            col: col_of(line.text, byte),
        };
        self.out.findings.push(Finding::new(Code::SynTextAfterQuote, Severity::Error, at, Localized::new(
            "Texto después de la comilla de cierre: Compose lo lee como otra variable; python-dotenv descarta la línea.",
            "Text after the closing quote: Compose reads it as another variable; python-dotenv drops the line.",
        )).key(key).until(col_of(line.text, line.text.len())).fix(Localized::new(
            "Mete todo el valor entre las comillas o borra el texto sobrante.",
            "Put the whole value inside the quotes or delete the extra text.",
        )));
    }

    fn multiline_notes(&mut self, key: &str, at: Pos, multiline: bool, crlf: bool) {
        if multiline {
            self.out.findings.push(Finding::new(Code::SynMultiline, Severity::Info, at, Localized::new(
                "Valor de varias líneas: dotenv y Compose lo admiten; `docker run --env-file` y systemd no.",
                "Multi-line value: supported by dotenv and Compose; not by `docker run --env-file` or systemd.",
            )).key(key));
        }
        if crlf {
            self.out.findings.push(Finding::new(Code::SynCrlfInQuotes, Severity::Info, at, Localized::new(
                "CRLF dentro de un valor entre comillas: aquí se lee como LF; python y Compose conservan el `\\r`.",
                "CRLF inside a quoted value: read as LF here; python and Compose keep the `\\r`.",
            )).key(key));
        }
    }
}

fn unterminated(key: &str, at: Pos) -> Finding {
    let col = at.col;
    Finding::new(Code::SynUnterminatedQuote, Severity::Error, at, Localized::new(
        format!("La comilla abierta en la columna {col} no se cierra (o se cerraría tras tragarse otras asignaciones). Compose rechaza el archivo; python-dotenv se salta la línea; Node conserva la comilla."),
        format!("The quote opened at column {col} is not closed (or would close only after swallowing other assignments). Compose rejects the file; python-dotenv skips the line; Node keeps the quote."),
    )).key(key).until(col + 1).fix(Localized::new("Cierra la comilla al final del valor.", "Close the quote at the end of the value."))
}

/// ENC-NOT-ENV when the first statement looks like JSON, YAML or a compose file.
fn not_env(lines: &[Line<'_>]) -> Option<Finding> {
    let line = lines.iter().find(|l| {
        let t = l.text.trim_start();
        !t.is_empty() && !t.starts_with('#')
    })?;
    let t = line.text.trim_start();
    let looks = t.starts_with(['{', '['])
        || t.starts_with("services:")
        || t.starts_with("environment:")
        || t.starts_with("- ");
    looks.then(|| {
        Finding::new(
            Code::EncNotEnv,
            Severity::Error,
            Pos {
                line: line.number,
                col: 1,
            },
            Localized::new(
                "Esto parece JSON, YAML o un archivo de Compose, no un .env.",
                "This looks like JSON, YAML or a compose file, not a .env file.",
            ),
        )
        .fix(Localized::new(
            "Pega el archivo .env (líneas `CLAVE=valor`, p. ej. `ConnectionStrings__NexusDb=…`).",
            "Paste the .env file (`KEY=value` lines, e.g. `ConnectionStrings__NexusDb=…`).",
        ))
    })
}
