//! `guardia env check` as a process on a small fixture tree: compiler-style output,
//! masked secrets in every format, exit codes 0 / 1 / 2.

use guardia_tests::{fixture, guardia, Run};

const SECRETS: [&str; 3] = ["Sh0rt#Secret", "Hunter2Hunter2xx", "k8J2mQ9xL4vT7pZ3wR6n"];

fn check(args: &[&str]) -> Run {
    let dir = fixture("env-check");
    let mut all = vec!["env", "check"];
    all.extend_from_slice(args);
    let run = guardia(dir.path(), &all);
    for secret in SECRETS {
        assert!(
            !run.stdout.contains(secret) && !run.stderr.contains(secret),
            "secret printed: {run:?}"
        );
    }
    run
}

#[test]
fn findings_print_like_a_compiler_with_the_line_masked() {
    let run = check(&[
        "bad.env",
        "--system",
        "pagos",
        "--env",
        "production",
        "--lang",
        "en",
    ]);
    assert_eq!(run.code, 1, "{run:?}");
    let out = &run.stdout;
    assert!(out.contains("bad.env:1:13: error[SEC-SHORT]: 12 characters; at least 16 required.\n    DB_PASSWORD=••••••(12 chars)\n    fix: "), "{out}");
    assert!(
        out.contains("bad.env:1:18: warning[SYN-HASH-IN-VALUE]"),
        "{out}"
    );
    assert!(out.contains("bad.env:2:12: error[TYP-PORT]: Expected a port between 1 and 65535.\n    Smtp__Port=70000\n"), "{out}");
    assert!(
        out.contains("bad.env:3:24: error[VAL-MUST-EQUAL]: In production it must be `Production`."),
        "{out}"
    );
    assert!(out.contains("bad.env:4:1: warning[KEY-UNKNOWN]: `ConnectionStrings_PagosDb` is not in the schema.\n    ConnectionStrings_PagosDb=••••••(61 chars)\n    fix: Did you mean `ConnectionStrings__PagosDb`?"), "{out}");
    assert!(
        !out.contains("VAL-REQUIRED-MISSING"),
        "the connection string is optional: {out}"
    );
    assert!(out.trim_end().ends_with("for production"), "{out}");
}

#[test]
fn spanish_messages_and_clean_files() {
    let run = check(&[
        "bad.env",
        "--system",
        "pagos",
        "--env",
        "production",
        "--lang",
        "es",
    ]);
    assert!(
        run.stdout
            .contains("error[TYP-PORT]: Se esperaba un puerto entre 1 y 65535."),
        "{run:?}"
    );
    assert!(run.stdout.contains("solución: "), "{run:?}");
    let run = check(&[
        "good.env",
        "--system",
        "pagos",
        "--env",
        "production",
        "--lang",
        "en",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("0 errors, 0 warnings"), "{run:?}");
}

#[test]
fn json_and_github_formats_mask_secrets_too() {
    let run = check(&[
        "bad.env",
        "--system",
        "pagos",
        "--env",
        "production",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 1);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON output");
    let findings = json["report"]["findings"].as_array().unwrap();
    assert!(findings
        .iter()
        .any(|f| f["code"] == "TYP-PORT" && f["line"] == 2 && f["message"]["en"].is_string()));
    assert_eq!(json["report"]["lines"]["1"], "DB_PASSWORD=••••••(12 chars)");
    let run = check(&[
        "bad.env",
        "--system",
        "pagos",
        "--env",
        "production",
        "--format",
        "github",
        "--lang",
        "en",
    ]);
    assert!(
        run.stdout
            .contains("::error file=bad.env,line=2,col=12,title=TYP-PORT::Expected a port"),
        "{run:?}"
    );
}

#[test]
fn unusable_input_exits_2() {
    for args in [
        &["bad.env", "--system", "nope", "--env", "production"][..],
        &["missing.env", "--system", "pagos", "--env", "production"][..],
        &["bad.env", "--system", "pagos", "--env", "prod"][..],
        &["bad.env", "--system", "../content", "--env", "production"][..],
    ] {
        let run = check(args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(!run.stderr.is_empty(), "{args:?}");
    }
}
