//! SLA arithmetic: how much downtime an availability target allows.

use crate::Duration;
use serde::Serialize;

/// Calendar periods an SLA page shows, with their length in days (a Julian year, so a
/// month is a twelfth of it: the convention of most public SLA calculators).
pub const PERIODS: [(Period, f64); 3] = [
    (Period::Month, 365.25 / 12.0),
    (Period::Quarter, 365.25 / 4.0),
    (Period::Year, 365.25),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    Month,
    Quarter,
    Year,
}

#[derive(Debug, thiserror::Error, PartialEq)]
#[error("availability {0} is not a percentage between 0 and 100")]
pub struct InvalidAvailability(pub f64);

/// An availability target in percent, checked to lie in `0..=100`.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Serialize)]
pub struct Availability(f64);

impl Availability {
    pub fn new(percent: f64) -> Result<Self, InvalidAvailability> {
        if percent.is_finite() && (0.0..=100.0).contains(&percent) {
            Ok(Availability(percent))
        } else {
            Err(InvalidAvailability(percent))
        }
    }

    pub fn percent(self) -> f64 {
        self.0
    }

    /// Downtime allowed in one period, rounded down to the second (a budget is a limit).
    pub fn downtime_budget(self, period: Period) -> Duration {
        let days = PERIODS
            .iter()
            .find(|(p, _)| *p == period)
            .map_or(0.0, |(_, d)| *d);
        let seconds = days * 86_400.0 * (100.0 - self.0) / 100.0;
        Duration::from_secs(seconds.floor() as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_budgets() {
        let a = Availability::new(99.9).unwrap();
        // 0.1 % of 30.4375 days = 43 min 49.5 s.
        assert_eq!(a.downtime_budget(Period::Month).to_string(), "43m49s");
        assert_eq!(a.downtime_budget(Period::Year).to_string(), "8h45m57s");
        let b = Availability::new(99.5).unwrap();
        assert_eq!(b.downtime_budget(Period::Quarter).to_string(), "10h57m27s");
        assert_eq!(
            Availability::new(100.0)
                .unwrap()
                .downtime_budget(Period::Year)
                .as_millis(),
            0
        );
    }

    #[test]
    fn refuses_impossible_targets() {
        assert!(Availability::new(100.5).is_err());
        assert!(Availability::new(-1.0).is_err());
        assert!(Availability::new(f64::NAN).is_err());
    }
}
