//! Step 7 of HEALTH-RULES.md §1.2: when `components.critical` or `components.ignore` is
//! declared, the overall status is computed from the components.

use super::reason::Judgement;
use super::spec::ComponentPolicy;
use super::verdict::{Component, Status};

impl ComponentPolicy {
    /// Whether the policy says anything (an empty `components: {}` does not).
    pub fn is_configured(&self) -> bool {
        !self.critical.is_empty() || !self.ignore.is_empty()
    }
}

/// `db` names the component `db` and every nested one (`db/primary`).
fn names(list: &[String], component: &str) -> bool {
    list.iter().any(|n| {
        component == n
            || component
                .strip_prefix(n.as_str())
                .is_some_and(|rest| rest.starts_with('/'))
    })
}

/// The status the components give under `policy`; `None` when it does not apply.
pub fn apply(policy: &ComponentPolicy, components: &[Component]) -> Option<Judgement> {
    if !policy.is_configured() || components.is_empty() {
        return None;
    }
    let counted = components
        .iter()
        .filter(|c| !names(&policy.ignore, &c.name));
    let mut status = Status::Ok;
    let mut culprit: Option<&Component> = None;
    for c in counted.filter(|c| c.status != Status::Ok) {
        let critical_down = c.status == Status::Down && names(&policy.critical, &c.name);
        let here = if critical_down {
            Status::Down
        } else {
            Status::Degraded
        };
        if culprit.is_none() || here.badness() > status.badness() {
            culprit = Some(c);
        }
        status = status.worst(here);
    }
    Some(explain(status, culprit))
}

fn explain(status: Status, culprit: Option<&Component>) -> Judgement {
    let Some(c) = culprit else {
        return Judgement::new(
            status,
            "Todos los componentes que cuentan están bien.",
            "Every component that counts is ok.",
        );
    };
    let (name, es, en) = (&c.name, c.status.label().es, c.status.label().en);
    if status == Status::Down {
        Judgement::new(
            status,
            format!("El componente crítico '{name}' está {es}."),
            format!("Critical component '{name}' is {en}."),
        )
    } else {
        Judgement::new(
            status,
            format!("El componente '{name}' está {es}."),
            format!("Component '{name}' is {en}."),
        )
    }
}
