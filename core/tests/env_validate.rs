//! Validation checks, one test per check family, against a schema in the documented
//! shape. Every test also proves no secret value reaches the report.

use guardia_core::env::schema::EnvSchema;
use guardia_core::env::{validate, Code, Report, Severity};
use guardia_core::Lang;

fn schema() -> EnvSchema {
    serde_json::from_str(include_str!("fixtures/env/schema.json")).expect("fixture schema")
}

fn codes(report: &Report) -> Vec<(&'static str, u32)> {
    report
        .findings
        .iter()
        .map(|f| (f.code.as_str(), f.line))
        .collect()
}

fn has(report: &Report, code: Code, line: u32) -> bool {
    report
        .findings
        .iter()
        .any(|f| f.code == code && f.line == line)
}

/// The serialized report and the text report must not contain `secret`.
fn assert_no_leak(report: &Report, secret: &str) {
    let json = serde_json::to_string(report).unwrap();
    assert!(!json.contains(secret), "secret in JSON: {json}");
    for lang in Lang::ALL {
        let text = report.to_text(".env", lang);
        assert!(!text.contains(secret), "secret in text: {text}");
    }
}

#[test]
fn missing_required_depends_on_environment() {
    let r = validate("Smtp__Port=587\n", Some(&schema()), "production");
    assert!(has(&r, Code::ValRequiredMissing, 1), "{:?}", codes(&r));
    assert_eq!(r.summary.missing_required, 2);
    let r = validate("Smtp__Port=587\n", Some(&schema()), "development");
    assert!(
        !r.findings
            .iter()
            .any(|f| f.key.as_deref() == Some("DB_PASSWORD")),
        "{:?}",
        codes(&r)
    );
}

#[test]
fn unknown_key_gets_the_closest_name() {
    let r = validate(
        "ConnectionStrings_NexusDb=x\nSMTP__PORTT=1\n",
        Some(&schema()),
        "staging",
    );
    let fixes: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.code == Code::KeyUnknown)
        .map(|f| f.fix.as_ref().unwrap().en.clone())
        .collect();
    assert!(fixes[0].contains("ConnectionStrings__NexusDb"), "{fixes:?}");
    assert!(fixes[1].contains("Smtp__Port"), "{fixes:?}");
    let r = validate("smtp__port=25\n", Some(&schema()), "staging");
    assert!(has(&r, Code::KeyCaseMismatch, 1), "{:?}", codes(&r));
}

#[test]
fn types_are_checked() {
    let text = "Smtp__Port=587a\nSmtp__UseSsl=1\nASPNETCORE_ENVIRONMENT=Prod\nJWT_EXPIRATION=1h\nALERT_EMAIL=admin@\nRabbitMq__ConnectionString=http://rabbit:5672\nCACHE_TTL=10 minutes\nDB_HOST=localhost:5432\n";
    let r = validate(text, Some(&schema()), "development");
    for (code, line) in [
        (Code::TypPort, 1),
        (Code::ValBoolForm, 2),
        (Code::TypEnum, 3),
        (Code::TypInt, 4),
        (Code::TypEmail, 5),
        (Code::TypUrlScheme, 6),
        (Code::TypDuration, 7),
        (Code::TypHostname, 8),
    ] {
        assert!(has(&r, code, line), "{code} on {line}: {:?}", codes(&r));
    }
    let bool_form = r
        .findings
        .iter()
        .find(|f| f.code == Code::ValBoolForm)
        .unwrap();
    assert_eq!(bool_form.severity, Severity::Warning, "dotnet consumer");
}

#[test]
fn secrets_short_weak_common_and_never_shown() {
    let r = validate("DB_PASSWORD=abc\nOAuth2__SigningKey=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\nJWT_SECRET=postgres\n", Some(&schema()), "production");
    assert!(has(&r, Code::SecShort, 1), "{:?}", codes(&r));
    assert!(has(&r, Code::SecEntropy, 2), "{:?}", codes(&r));
    assert!(has(&r, Code::SecCommon, 3), "{:?}", codes(&r));
    assert_no_leak(&r, "aaaaaaaaaaaaaaaaaaaa");
    assert_eq!(
        r.masked_line(2),
        Some("OAuth2__SigningKey=••••••(36 chars)")
    );
}

#[test]
fn placeholders_are_errors_outside_development() {
    let text = "DB_PASSWORD=<REQUERIDO>\nClaude__ApiKey=tu-api-key\nJWT_SECRET=****\n";
    let prod = validate(text, Some(&schema()), "production");
    assert!(
        has(&prod, Code::ValPlaceholder, 1)
            && has(&prod, Code::ValPlaceholder, 2)
            && has(&prod, Code::ValMasked, 3),
        "{:?}",
        codes(&prod)
    );
    assert!(prod
        .findings
        .iter()
        .filter(|f| f.code == Code::ValPlaceholder)
        .all(|f| f.severity == Severity::Error));
    let dev = validate(text, Some(&schema()), "development");
    assert!(dev
        .findings
        .iter()
        .filter(|f| f.code == Code::ValPlaceholder)
        .all(|f| f.severity == Severity::Warning));
}

#[test]
fn empty_forbidden_and_fixed_values() {
    let text = "DB_PASSWORD=\nDEBUG=true\nASPNETCORE_ENVIRONMENT=Development\n";
    let r = validate(text, Some(&schema()), "production");
    for (code, line) in [
        (Code::ValRequiredEmpty, 1),
        (Code::ValForbidden, 2),
        (Code::EnvDebug, 2),
        (Code::ValMustEqual, 3),
    ] {
        assert!(has(&r, code, line), "{code}: {:?}", codes(&r));
    }
    assert!(
        !has(&r, Code::EnvNameMismatch, 3),
        "must_equal already says it"
    );
}

#[test]
fn duplicates_of_required_keys_with_different_values_are_errors() {
    let r = validate(
        "DB_PASSWORD='Xk29!pLm#Qz81@vB'\nDB_PASSWORD='Zz29!pLm#Qz81@vC'\n",
        Some(&schema()),
        "production",
    );
    let dup = r
        .findings
        .iter()
        .find(|f| f.code == Code::KeyDuplicate)
        .unwrap();
    assert_eq!((dup.line, dup.severity), (2, Severity::Error));
    assert_no_leak(&r, "Xk29!pLm");
    assert_no_leak(&r, "Zz29!pLm");
}

#[test]
fn connection_strings_parts_and_consistency() {
    let text = "DB_PASSWORD='Xk29!pLm#Qz81@vB7'\nConnectionStrings__NexusDb=Host = db.internal; Port = 5432 ;Database=nexus;Username=app;Password=other-secret-value\n";
    let r = validate(text, Some(&schema()), "staging");
    assert!(has(&r, Code::ValInconsistent, 2), "{:?}", codes(&r));
    assert_no_leak(&r, "other-secret-value");
    let r = validate(
        "ConnectionStrings__NexusDb=Host=db;Database=nexus\n",
        Some(&schema()),
        "staging",
    );
    assert!(
        r.findings
            .iter()
            .any(|f| f.code == Code::TypConnstr && f.message.en.contains("password")),
        "{:?}",
        codes(&r)
    );
}

#[test]
fn environment_rules_without_schema() {
    let text = "API_URL=http://localhost:5001\nPUBLIC_URL=http://api.acme.io\nNODE_ENV=staging\nLOG_LEVEL=debug\nCORS_ORIGINS=*\nNEXT_PUBLIC_API_SECRET=abc\n";
    let r = validate(text, None, "production");
    for (code, line) in [
        (Code::EnvLocalhost, 1),
        (Code::EnvInsecureTransport, 2),
        (Code::EnvNameMismatch, 3),
        (Code::EnvVerboseLog, 4),
        (Code::EnvCorsWildcard, 5),
        (Code::KeyPublicSecret, 6),
    ] {
        assert!(has(&r, code, line), "{code}: {:?}", codes(&r));
    }
}

#[test]
fn reused_secret_and_dollar_in_secret() {
    let text = "JWT_SECRET=\"Tq8$Lm2vXz9#Kp4w\"\nEncryption__Key=\"Tq8$Lm2vXz9#Kp4w\"\n";
    let r = validate(text, Some(&schema()), "production");
    assert!(has(&r, Code::IntDollarInValue, 1), "{:?}", codes(&r));
    assert!(has(&r, Code::SecReused, 2), "{:?}", codes(&r));
    assert_no_leak(&r, "Lm2vXz9");
}

#[test]
fn text_report_reads_like_a_compiler_in_both_languages() {
    let r = validate("Smtp__Port=70000\n", Some(&schema()), "development");
    let en = r.to_text(".env", Lang::En);
    let port =
        ".env:1:12: error[TYP-PORT]: Expected a port between 1 and 65535.\n    Smtp__Port=70000\n";
    assert!(en.contains(port), "{en}");
    let missing = "is required in development.\n    fix: Add `ASPNETCORE_ENVIRONMENT=…`.";
    assert!(
        en.contains(missing),
        "no line shown for a missing key: {en}"
    );
    assert!(
        en.ends_with("2 errors, 0 warnings, 0 notes for development\n"),
        "{en}"
    );
    let es = r.to_text(".env", Lang::Es);
    assert!(
        es.contains("error[TYP-PORT]: Se esperaba un puerto"),
        "{es}"
    );
}

#[test]
fn example_file_round_trips_through_the_parser() {
    use guardia_core::env::example::{quote, render};
    let text = render(&schema(), "production", Lang::Es);
    assert!(text.contains("# --- Base de datos ---\n"), "{text}");
    assert!(text.contains("\nDB_PASSWORD=<REQUERIDO>\n"), "{text}");
    assert!(text.contains("\nSmtp__Port=587\n"), "{text}");
    assert!(
        text.contains("\nASPNETCORE_ENVIRONMENT=Production\n"),
        "{text}"
    );
    let r = validate(&text, Some(&schema()), "production");
    assert!(has(&r, Code::ValPlaceholder, 4), "{:?}", codes(&r));
    assert!(
        !r.findings
            .iter()
            .any(|f| f.code.as_str().starts_with("SYN")),
        "{:?}",
        codes(&r)
    );
    for v in ["p#ss$word", "it's $HOME", "a b", "C:\\temp\\new", "plain"] {
        let line = format!("K={}\n", quote(v));
        assert_eq!(guardia_core::env::parse(&line).values()["K"], v, "{line}");
    }
}

#[test]
fn schema_self_check_points_at_the_bad_field() {
    use guardia_core::env::schema::{self_check, PathSeg};
    let mut s = schema();
    s.groups[1].vars[0].default = Some(guardia_core::env::schema::Scalar::Int(70000));
    s.groups[1].vars[1].name = "Smtp__Port".into();
    s.groups[0].vars[1].pattern = Some("([a-z".into());
    s.groups[0].vars[0].forbidden_in = vec!["prod".into()];
    let envs = ["development", "staging", "production"].map(String::from);
    let issues = self_check(&s, &envs);
    let paths: Vec<String> = issues
        .iter()
        .map(|i| serde_json::to_string(&i.path).unwrap())
        .collect();
    assert!(
        paths.contains(&r#"["groups",1,"vars",0,"default"]"#.to_string()),
        "{paths:?}"
    );
    assert!(
        paths.contains(&r#"["groups",1,"vars",1,"name"]"#.to_string()),
        "{paths:?}"
    );
    assert!(
        paths.contains(&r#"["groups",0,"vars",1,"pattern"]"#.to_string()),
        "{paths:?}"
    );
    assert!(
        paths.contains(&r#"["groups",0,"vars",0,"forbidden_in"]"#.to_string()),
        "{paths:?}"
    );
    assert_eq!(issues[0].path[0], PathSeg::Key("groups".into()));
    assert!(
        self_check(&schema(), &envs).is_empty(),
        "{:?}",
        self_check(&schema(), &envs)
    );
}

#[test]
fn multi_line_and_unreadable_lines_are_masked_whole() {
    let text = "Encryption__Key=\"-----BEGIN KEY-----\nMIIBsecretbody\n-----END KEY-----\" trailing\nbad key=TopSecretValue1\nDB_PASSWORD=\"unterminated SecretTail\n";
    let r = validate(text, Some(&schema()), "production");
    assert!(has(&r, Code::SynTextAfterQuote, 3), "{:?}", codes(&r));
    assert!(
        has(&r, Code::SynKeyChars, 4) && has(&r, Code::SynUnterminatedQuote, 5),
        "{:?}",
        codes(&r)
    );
    assert_eq!(r.masked_line(3), Some("••••••(27 chars)"));
    assert_eq!(r.masked_line(4), Some("bad key=••••••(15 chars)"));
    for secret in ["MIIBsecretbody", "TopSecretValue1", "SecretTail"] {
        assert_no_leak(&r, secret);
    }
}

#[test]
fn unreadable_lines_never_show_a_secret() {
    let secret = "Hunter2Hunter2SuperSecret";
    for (text, hidden) in [
        (format!("DB_PASSWORD {secret}\n"), secret),
        (format!("DB_PASSWORD\t{secret}\n"), secret),
        (format!("  {secret}/x+y\n"), secret),
    ] {
        let report = validate(&text, Some(&schema()), "production");
        assert!(!report.findings.is_empty(), "{text:?} gives a finding");
        assert_no_leak(&report, hidden);
    }
}
