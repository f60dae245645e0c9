//! How long validating a 10 000-line file takes (ENV-RULES.md §6.1 limit), printed,
//! not asserted: run `cargo test --release -p guardia-core --test env_speed -- --ignored --nocapture`.

use guardia_core::env::schema::EnvSchema;
use guardia_core::env::validate;
use std::time::Instant;

fn big_file() -> String {
    let mut text = String::new();
    for i in 0..10_000 {
        let line = match i % 5 {
            0 => format!("UNKNOWN_KEY_{i}=value {i}\n"),
            1 => format!("DB_PASSWORD='k8J2mQ9x#L4vT7pZ{i}'\n"),
            2 => format!("Smtp__Port={}\n", i % 70_000),
            3 => format!("REF_{i}=\"${{DB_HOST:-localhost}}/{i}\"\n"),
            _ => format!("ConnectionStrings_NexusDb{}=Host=db;Database=n\n", i % 7),
        };
        text.push_str(&line);
    }
    text
}

#[test]
#[ignore]
fn validating_ten_thousand_lines() {
    let schema: EnvSchema = serde_json::from_str(include_str!("fixtures/env/schema.json")).unwrap();
    let text = big_file();
    let start = Instant::now();
    let runs: u32 = std::env::var("RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(10);
    let mut findings = 0;
    for _ in 0..runs {
        findings = validate(&text, Some(&schema), "production").findings.len();
    }
    let per = start.elapsed() / runs;
    let start = Instant::now();
    for _ in 0..runs {
        guardia_core::env::parse(&text);
    }
    println!("parse only: {:?}", start.elapsed() / runs);
    let start = Instant::now();
    for _ in 0..runs {
        validate(&text, None, "production");
    }
    println!("without schema: {:?}", start.elapsed() / runs);
    println!(
        "10 000 lines, {} bytes, {findings} findings: {per:?} per validation",
        text.len()
    );
}

/// A mostly clean file: known keys with valid values, comments, a few problems.
#[test]
#[ignore]
fn validating_ten_thousand_mostly_clean_lines() {
    let schema: EnvSchema = serde_json::from_str(include_str!("fixtures/env/schema.json")).unwrap();
    let mut text = String::new();
    for i in 0..10_000 {
        text.push_str(&match i % 4 {
            0 => format!("# service {i}\n"),
            1 => format!("SERVICE_{i}_URL=https://svc{i}.internal/api\n"),
            2 => format!("SERVICE_{i}_TIMEOUT={i}\n"),
            _ => format!("SERVICE_{i}_NAME='name {i}'\n"),
        });
    }
    let runs: u32 = std::env::var("RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(10);
    let start = Instant::now();
    let mut findings = 0;
    for _ in 0..runs {
        findings = validate(&text, None, "production").findings.len();
    }
    println!(
        "clean 10 000 lines, no schema, {findings} findings: {:?}",
        start.elapsed() / runs
    );
    let start = Instant::now();
    for _ in 0..runs {
        findings = validate(&text, Some(&schema), "development").findings.len();
    }
    println!(
        "clean 10 000 lines, schema (all keys unknown), {findings} findings: {:?}",
        start.elapsed() / runs
    );
}
