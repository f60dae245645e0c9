//! Polling delays (HEALTH-RULES.md §4), deterministic given a random number in [0, 1)
//! so the poller's tests can fix the jitter.

/// Backoff ceiling: five minutes.
pub const MAX_DELAY_MS: u64 = 5 * 60 * 1000;

/// Wait after a 429 whose `Retry-After` cannot be read.
pub const RATE_LIMITED_DEFAULT_MS: u64 = 60 * 1000;

fn unit(random: f64) -> f64 {
    if random.is_finite() {
        random.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// The next regular check: `interval × U(0.8, 1.2)`.
pub fn next_delay_ms(interval_ms: u64, random: f64) -> u64 {
    (interval_ms as f64 * (0.8 + 0.4 * unit(random))).round() as u64
}

/// The first check after page load: `U(0, min(3 s, interval))`.
pub fn first_delay_ms(interval_ms: u64, random: f64) -> u64 {
    (interval_ms.min(3_000) as f64 * unit(random)).round() as u64
}

/// After the `failures`-th consecutive unreachable result (1 = first):
/// `d = min(5 min, interval × 2^(failures−1))`, then equal jitter `d/2 + U(0, d/2)`.
pub fn backoff_delay_ms(interval_ms: u64, failures: u32, random: f64) -> u64 {
    let doublings = failures.saturating_sub(1).min(32);
    let d = interval_ms
        .saturating_mul(1u64 << doublings)
        .min(MAX_DELAY_MS);
    let half = d as f64 / 2.0;
    (half + half * unit(random)).round() as u64
}

/// After a 429 (or a 503 with a readable `Retry-After`):
/// `min(5 min, max(interval, Retry-After))`; 60 s when the header is not readable.
pub fn rate_limited_delay_ms(interval_ms: u64, retry_after_s: Option<u64>) -> u64 {
    let wait = retry_after_s.map_or(RATE_LIMITED_DEFAULT_MS, |s| s.saturating_mul(1000));
    interval_ms.max(wait).min(MAX_DELAY_MS)
}
