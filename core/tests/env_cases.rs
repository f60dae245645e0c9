//! The canonical reading (ENV-RULES.md §8.1) on tricky inputs: resolved values, keys
//! declared without a value, and the parser's findings as a multiset of (code, line).
//! Columns are not part of the acceptance set (§8.1 "Acceptance").

use guardia_core::env::parse;

struct Case {
    input: &'static str,
    values: &'static [(&'static str, &'static str)],
    unset: &'static [&'static str],
    findings: &'static [(&'static str, u32)],
}

const fn case(
    input: &'static str,
    values: &'static [(&'static str, &'static str)],
    unset: &'static [&'static str],
    findings: &'static [(&'static str, u32)],
) -> Case {
    Case {
        input,
        values,
        unset,
        findings,
    }
}

const CASES: &[Case] = &[
    // Plain, comments, blank lines.
    case("A=1\n", &[("A", "1")], &[], &[]),
    case(
        "# comment\n\nA=1\n   # indented comment\n",
        &[("A", "1")],
        &[],
        &[],
    ),
    case("A=\n", &[("A", "")], &[], &[]),
    case("A=1", &[("A", "1")], &[], &[]),
    case("A=1 # note\n", &[("A", "1")], &[], &[]),
    case(
        "A=1\t# note\n",
        &[("A", "1")],
        &[],
        &[("SYN-TAB-COMMENT", 1)],
    ),
    case(
        "A=abc#123\n",
        &[("A", "abc#123")],
        &[],
        &[("SYN-HASH-IN-VALUE", 1)],
    ),
    case(
        "URL=https://x.io/#/login\n",
        &[("URL", "https://x.io/#/login")],
        &[],
        &[("SYN-HASH-IN-VALUE", 1)],
    ),
    case(
        "COLOR=#ff0000\n",
        &[("COLOR", "#ff0000")],
        &[],
        &[("SYN-VALUE-STARTS-WITH-HASH", 1)],
    ),
    case("A=1   \n", &[("A", "1")], &[], &[]),
    // export, spaces, indentation.
    case("export A=1\n", &[("A", "1")], &[], &[("SYN-EXPORT", 1)]),
    case("export   A=1\n", &[("A", "1")], &[], &[("SYN-EXPORT", 1)]),
    case("export A\n", &[], &["A"], &[("SYN-EXPORT-ONLY", 1)]),
    case("exportA=1\n", &[("exportA", "1")], &[], &[]),
    case(
        "DB_HOST = localhost\n",
        &[("DB_HOST", "localhost")],
        &[],
        &[("SYN-SPACE-AROUND-EQUALS", 1)],
    ),
    case(
        "A =1\nB= 2\n",
        &[("A", "1"), ("B", "2")],
        &[],
        &[
            ("SYN-SPACE-AROUND-EQUALS", 1),
            ("SYN-SPACE-AROUND-EQUALS", 2),
        ],
    ),
    case("   A=1\n", &[("A", "1")], &[], &[("SYN-INDENTED-KEY", 1)]),
    // Keys.
    case(
        "my.key=1\nmy-key=2\n1FOO=3\n",
        &[("1FOO", "3"), ("my-key", "2"), ("my.key", "1")],
        &[],
        &[
            ("SYN-KEY-PORTABILITY", 1),
            ("SYN-KEY-PORTABILITY", 2),
            ("SYN-KEY-PORTABILITY", 3),
        ],
    ),
    case(
        "ConnectionStrings__NexusDb=x\n",
        &[("ConnectionStrings__NexusDb", "x")],
        &[],
        &[],
    ),
    case(
        "FOO BAR=1\nB=2\n",
        &[("B", "2")],
        &[],
        &[("SYN-KEY-CHARS", 1)],
    ),
    case("ÜBER=1\n", &[], &[], &[("SYN-KEY-CHARS", 1)]),
    case("=secret\n", &[], &[], &[("SYN-EMPTY-KEY", 1)]),
    case("FOO\n", &[], &["FOO"], &[("SYN-NO-EQUALS", 1)]),
    case("FOO # note\n", &[], &["FOO"], &[("SYN-NO-EQUALS", 1)]),
    case(
        "FOO: bar\n",
        &[("FOO", "bar")],
        &[],
        &[("SYN-COLON-SEPARATOR", 1)],
    ),
    case(
        "ConnectionStrings:NexusDb=x\n",
        &[],
        &[],
        &[("KEY-COLON-HIERARCHY", 1)],
    ),
    case("A=1\nA=2\n", &[("A", "2")], &[], &[("KEY-DUPLICATE", 2)]),
    case(
        "Smtp__Port=1\nSMTP__PORT=2\n",
        &[("SMTP__PORT", "2"), ("Smtp__Port", "1")],
        &[],
        &[("KEY-CASE-DUPLICATE", 2)],
    ),
    case(
        "A=1\nA\n",
        &[],
        &["A"],
        &[("KEY-DUPLICATE", 2), ("SYN-NO-EQUALS", 2)],
    ),
    // Single quotes.
    case("A='p#ss$word'\n", &[("A", "p#ss$word")], &[], &[]),
    case("A='a b'  # c\n", &[("A", "a b")], &[], &[]),
    case(
        "A='it\\'s'\n",
        &[("A", "it's")],
        &[],
        &[("SYN-SQ-ESCAPE", 1)],
    ),
    case("A='C:\\temp\\new'\n", &[("A", "C:\\temp\\new")], &[], &[]),
    case("A='${B}'\n", &[("A", "${B}")], &[], &[]),
    case("A='\n'\n", &[("A", "\n")], &[], &[("SYN-MULTILINE", 1)]),
    // Double quotes.
    case("A=\"x\\ny\"\n", &[("A", "x\ny")], &[], &[]),
    case(
        "A=\"a\\tb\"\n",
        &[("A", "a\tb")],
        &[],
        &[("SYN-DQ-ESCAPE", 1)],
    ),
    case(
        "A=\"say \\\"hi\\\"\"\n",
        &[("A", "say \"hi\"")],
        &[],
        &[("SYN-DQ-ESCAPE", 1)],
    ),
    case(
        "P=\"C:\\temp\\new\"\n",
        &[("P", "C:\temp\new")],
        &[],
        &[("SYN-DQ-ESCAPE", 1)],
    ),
    case(
        "A=\"a\\qb\"\n",
        &[("A", "a\\qb")],
        &[],
        &[("SYN-DQ-ESCAPE", 1)],
    ),
    case(
        "A=\"cost \\$5\"\n",
        &[("A", "cost $5")],
        &[],
        &[("SYN-DQ-ESCAPE", 1), ("INT-DIALECT", 1)],
    ),
    case(
        "A=\"bar\" baz\n",
        &[("A", "bar")],
        &[],
        &[("SYN-TEXT-AFTER-QUOTE", 1)],
    ),
    case("A=\"bar\" # ok\n", &[("A", "bar")], &[], &[]),
    case("A=\"\"\n", &[("A", "")], &[], &[]),
    case(
        "KEY=\"-----BEGIN KEY-----\nMIIBab==\n-----END KEY-----\"\n",
        &[("KEY", "-----BEGIN KEY-----\nMIIBab==\n-----END KEY-----")],
        &[],
        &[("SYN-MULTILINE", 1)],
    ),
    case(
        "A=\"line1\r\nline2\"\r\n",
        &[("A", "line1\nline2")],
        &[],
        &[
            ("ENC-CRLF", 1),
            ("SYN-MULTILINE", 1),
            ("SYN-CRLF-IN-QUOTES", 1),
        ],
    ),
    // Unterminated quotes.
    case(
        "DB_PASSWORD=\"abc\n",
        &[],
        &[],
        &[("SYN-UNTERMINATED-QUOTE", 1)],
    ),
    case(
        "A=\"abc\nB=2\nC=\"\n",
        &[("B", "2")],
        &[],
        &[("SYN-UNTERMINATED-QUOTE", 1), ("SYN-UNTERMINATED-QUOTE", 3)],
    ),
    case(
        "A='abc\nB=2\n",
        &[("B", "2")],
        &[],
        &[("SYN-UNTERMINATED-QUOTE", 1)],
    ),
    // Backticks, continuation, other unquoted shapes.
    case(
        "FOO=`bar`\n",
        &[("FOO", "`bar`")],
        &[],
        &[("SYN-BACKTICK", 1)],
    ),
    case(
        "A=foo\\\n",
        &[("A", "foo\\")],
        &[],
        &[("SYN-CONTINUATION", 1)],
    ),
    case(
        "SMTP_FROM=Orion <noreply@x.io>\n",
        &[("SMTP_FROM", "Orion <noreply@x.io>")],
        &[],
        &[("SYN-UNQUOTED-WS", 1)],
    ),
    case(
        "A=it's\n",
        &[("A", "it's")],
        &[],
        &[("SYN-UNQUOTED-QUOTE-CHAR", 1)],
    ),
    // Interpolation.
    case("A=1\nB=${A}\n", &[("A", "1"), ("B", "1")], &[], &[]),
    case(
        "A=1\nB=$A-x\n",
        &[("A", "1"), ("B", "1-x")],
        &[],
        &[("INT-DIALECT", 2)],
    ),
    case("A=1\nB=\"${A}2\"\n", &[("A", "1"), ("B", "12")], &[], &[]),
    case("B=${NOPE}\n", &[("B", "")], &[], &[("INT-UNDEFINED", 1)]),
    case(
        "B=${NOPE:-dflt}\n",
        &[("B", "dflt")],
        &[],
        &[("INT-UNDEFINED", 1)],
    ),
    case(
        "E=\nB=${E:-d}\nC=${E-d}\n",
        &[("B", "d"), ("C", ""), ("E", "")],
        &[],
        &[],
    ),
    case(
        "A=x\nB=${A:+yes}\nC=${NOPE:+yes}\n",
        &[("A", "x"), ("B", "yes"), ("C", "")],
        &[],
        &[("INT-UNDEFINED", 3)],
    ),
    case(
        "B=${DB_HOST:?set DB_HOST}\n",
        &[("B", "")],
        &[],
        &[("INT-REQUIRED-UNSET", 1), ("SYN-UNQUOTED-WS", 1)],
    ),
    case(
        "A=${B}\nB=1\n",
        &[("A", ""), ("B", "1")],
        &[],
        &[("INT-FORWARD-REF", 1)],
    ),
    case(
        "A=${B}\nB=${A}\n",
        &[("A", ""), ("B", "")],
        &[],
        &[("INT-CYCLE", 1)],
    ),
    case(
        "A=abc$$def\n",
        &[("A", "abc$def")],
        &[],
        &[("INT-DIALECT", 1)],
    ),
    case(
        "WHO=$(whoami)\n",
        &[("WHO", "$(whoami)")],
        &[],
        &[("INT-COMMAND", 1)],
    ),
    case("A=${B\n", &[("A", "${B")], &[], &[("INT-UNBALANCED", 1)]),
    case(
        "A=${B/a/b}\n",
        &[("A", "${B/a/b}")],
        &[],
        &[("INT-UNSUPPORTED", 1)],
    ),
    case(
        "A=${#B}\n",
        &[("A", "${#B}")],
        &[],
        &[("INT-UNSUPPORTED", 1), ("SYN-HASH-IN-VALUE", 1)],
    ),
    case(
        "A=1\nB=${X:-${A}}\n",
        &[("A", "1"), ("B", "1")],
        &[],
        &[("INT-UNDEFINED", 2)],
    ),
    case("A=5$\n", &[("A", "5$")], &[], &[]),
    // Encoding and line endings.
    case(
        "\u{feff}DB_HOST=x\n",
        &[("DB_HOST", "x")],
        &[],
        &[("ENC-BOM", 1)],
    ),
    case(
        "A=1\r\nB=2\r\n",
        &[("A", "1"), ("B", "2")],
        &[],
        &[("ENC-CRLF", 1)],
    ),
    case(
        "A=1\rB=2\r",
        &[("A", "1"), ("B", "2")],
        &[],
        &[("ENC-CR", 1)],
    ),
    case(
        "A=1\r\nB=2\n",
        &[("A", "1"), ("B", "2")],
        &[],
        &[("ENC-CRLF", 1), ("ENC-MIXED-EOL", 2)],
    ),
    case(
        "SMTP_HOST=smtp.gmail.com\u{a0}\n",
        &[("SMTP_HOST", "smtp.gmail.com\u{a0}")],
        &[],
        &[("ENC-INVISIBLE", 1)],
    ),
    case("A=1\0\n", &[("A", "1\0")], &[], &[("ENC-NUL", 1)]),
    case(
        "{\n  \"ConnectionStrings\": {}\n}\n",
        &[],
        &[],
        &[("ENC-NOT-ENV", 1)],
    ),
    case("services:\n  api:\n", &[], &[], &[("ENC-NOT-ENV", 1)]),
];

#[test]
fn every_case_reads_as_expected() {
    assert!(CASES.len() >= 60, "{} cases", CASES.len());
    let mut failures = Vec::new();
    for (i, c) in CASES.iter().enumerate() {
        let parsed = parse(c.input);
        let values: Vec<(&str, &str)> = parsed.values().into_iter().collect();
        let mut expected_values = c.values.to_vec();
        expected_values.sort();
        let unset = parsed.unset();
        let mut findings: Vec<(&str, u32)> = parsed
            .findings
            .iter()
            .map(|f| (f.code.as_str(), f.line))
            .collect();
        findings.sort();
        let mut expected = c.findings.to_vec();
        expected.sort();
        if values != expected_values || unset != c.unset || findings != expected {
            failures.push(format!(
                "case {i} {:?}\n  values {values:?}\n  unset {unset:?}\n  findings {findings:?}",
                c.input
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn not_utf8_is_reported_at_its_position() {
    let parsed = guardia_core::env::parse_bytes(b"A=1\nDB_NAME=n\xE9xus\n");
    let f = &parsed.findings[0];
    assert_eq!((f.code.as_str(), f.line, f.col), ("ENC-UTF8", 2, 10));
}

#[test]
fn too_many_lines_is_not_a_env_file() {
    let text = "A=1\n".repeat(10_001);
    let parsed = parse(&text);
    assert_eq!(parsed.findings[0].code.as_str(), "ENC-SIZE");
    assert!(parsed.entries.is_empty());
}
