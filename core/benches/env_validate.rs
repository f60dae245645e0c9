//! How long validating a 10 000-line `.env` takes (the browser validates as the user
//! types; ENV-RULES.md §6.1 caps a file at 10 000 lines).
//! Run: `cargo bench -p guardia-core --bench env_validate`.

use criterion::{criterion_group, criterion_main, Criterion};
use guardia_core::env::schema::EnvSchema;
use guardia_core::env::{parse, validate};
use std::hint::black_box;

fn schema() -> EnvSchema {
    serde_json::from_str(include_str!("../tests/fixtures/env/schema.json")).expect("schema")
}

/// Every fifth line is a problem of a different kind: thousands of findings.
fn troubled_file() -> String {
    (0..10_000)
        .map(|i| match i % 5 {
            0 => format!("UNKNOWN_KEY_{i}=value {i}\n"),
            1 => format!("DB_PASSWORD='k8J2mQ9x#L4vT7pZ{i}'\n"),
            2 => format!("Smtp__Port={}\n", i % 70_000),
            3 => format!("REF_{i}=\"${{DB_HOST:-localhost}}/{i}\"\n"),
            _ => format!("ConnectionStrings_NexusDb{}=Host=db;Database=n\n", i % 7),
        })
        .collect()
}

/// Comments and well-formed values: the usual paste.
fn clean_file() -> String {
    (0..10_000)
        .map(|i| match i % 4 {
            0 => format!("# service {i}\n"),
            1 => format!("SERVICE_{i}_URL=https://svc{i}.internal/api\n"),
            2 => format!("SERVICE_{i}_TIMEOUT={i}\n"),
            _ => format!("SERVICE_{i}_NAME='name {i}'\n"),
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let schema = schema();
    let (troubled, clean) = (troubled_file(), clean_file());
    let mut group = c.benchmark_group("10k_lines");
    group.sample_size(20);
    group.bench_function("parse_troubled", |b| b.iter(|| parse(black_box(&troubled))));
    group.bench_function("validate_troubled_with_schema", |b| {
        b.iter(|| validate(black_box(&troubled), Some(&schema), "production"))
    });
    group.bench_function("validate_clean_without_schema", |b| {
        b.iter(|| validate(black_box(&clean), None, "production"))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
