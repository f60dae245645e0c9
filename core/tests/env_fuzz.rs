//! The parser and validator never panic and keep positions in range, on arbitrary
//! text made of the characters that matter to dotenv syntax, on arbitrary bytes, and on
//! the kept corpus (core/tests/fixtures/env/corpus/; add any input that ever failed).

use guardia_core::env::schema::EnvSchema;
use guardia_core::env::{parse, parse_bytes, validate, Parsed};
use proptest::prelude::*;

fn schema() -> EnvSchema {
    serde_json::from_str(include_str!("fixtures/env/schema.json")).unwrap()
}

fn assert_in_range(parsed: &Parsed, input_lines: usize) {
    let last = (input_lines as u32).max(1);
    for f in &parsed.findings {
        assert!(f.line >= 1 && f.line <= last, "{f:?} beyond {last}");
        assert!(f.col >= 1 && f.end_col >= f.col, "{f:?}");
    }
    for e in &parsed.entries {
        assert!(
            e.at.line >= 1 && e.at.line <= last && e.at.col >= 1,
            "{e:?}"
        );
        if let Some(v) = &e.value {
            assert!(
                v.at.line >= e.at.line && v.end_line >= v.at.line && v.end_line <= last,
                "{e:?}"
            );
        }
    }
}

fn lines_in(text: &str) -> usize {
    text.split_inclusive(['\n', '\r']).count().max(1)
}

const ALPHABET: &[&str] = &[
    "A", "b", "_", "1", "=", "'", "\"", "`", "$", "{", "}", "(", ")", "#", "\\", "\n", "\r",
    "\r\n", " ", "\t", ":", "-", ".", "export ", "\u{feff}", "\u{a0}", "é", "\0", ":-", ":?",
];

fn dotenv_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(ALPHABET), 0..200).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn parser_never_panics_and_positions_stay_in_range(text in dotenv_text()) {
        let parsed = parse(&text);
        assert_in_range(&parsed, lines_in(&text));
        let report = validate(&text, Some(&schema()), "production");
        prop_assert!(report.findings.windows(2).all(|w| w[0].line <= w[1].line));
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let parsed = parse_bytes(&bytes);
        prop_assert!(parsed.findings.iter().all(|f| f.line >= 1 && f.col >= 1));
    }
}

#[test]
fn the_corpus_reads_without_panics() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/env/corpus");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let bytes = std::fs::read(entry.path()).unwrap();
        let parsed = parse_bytes(&bytes);
        if let Ok(text) = std::str::from_utf8(&bytes) {
            assert_in_range(&parsed, lines_in(text));
            validate(text, Some(&schema()), "staging");
        }
        n += 1;
    }
    assert!(n >= 3);
}
