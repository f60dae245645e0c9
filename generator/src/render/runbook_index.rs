//! The runbook index, filterable without JavaScript: one generated list per filter
//! (all, each system, each severity), linked from each other.

use super::context::{Frame, Shared};
use super::generated::frame;
use crate::load::runbook::Severity;
use crate::model::{DocKind, SourceRef};
use guardia_core::Lang;
use serde::Serialize;
use tera::Context;

type Job<'a> = (Frame, &'static str, Box<dyn FnOnce(&mut Context) + 'a>);

#[derive(Clone, Copy, PartialEq)]
enum Filter {
    All,
    System(usize),
    Severity(Severity),
}

#[derive(Serialize)]
struct Row {
    id: String,
    title: String,
    url: String,
    system: String,
    service: String,
    severity: &'static str,
    fallback: bool,
}

#[derive(Serialize)]
struct Choice {
    id: String,
    name: String,
    url: String,
    current: bool,
}

pub fn jobs<'a>(ctx: &'a Shared, lang: Lang, jobs: &mut Vec<Job<'a>>) {
    if ctx.site.runbooks.is_empty() {
        return;
    }
    let mut filters = vec![Filter::All];
    filters.extend(
        (0..ctx.site.systems.len())
            .filter(|&s| {
                ctx.site
                    .runbooks
                    .iter()
                    .any(|r| r.system == ctx.site.systems[s].id)
            })
            .map(Filter::System),
    );
    filters.extend(Severity::ALL.into_iter().map(Filter::Severity));
    for filter in filters {
        let (rest, title, system) = describe(ctx, lang, filter);
        let mut f = frame(ctx, lang, &rest, "runbooks", title, system);
        f.crumbs.truncate(1);
        jobs.push((
            f,
            "runbooks.html",
            Box::new(move |t| fields(ctx, lang, filter, t)),
        ));
    }
}

fn describe(ctx: &Shared, lang: Lang, filter: Filter) -> (String, String, Option<usize>) {
    let base = ctx.t(lang, "runbook_page.index_title");
    match filter {
        Filter::All => ("runbooks/".into(), base, None),
        Filter::System(s) => {
            let sys = &ctx.site.systems[s];
            (
                format!("runbooks/{}/", sys.id),
                format!("{base} · {}", sys.name.get(lang)),
                Some(s),
            )
        }
        Filter::Severity(sev) => (
            format!("runbooks/severity/{}/", sev.as_str()),
            format!(
                "{base} · {}",
                ctx.t(lang, &format!("severity.{}", sev.as_str()))
            ),
            None,
        ),
    }
}

fn fields(ctx: &Shared, lang: Lang, filter: Filter, t: &mut Context) {
    let site = ctx.site;
    let mut rows: Vec<Row> = site
        .docs_of(lang, |k| matches!(k, DocKind::Runbook { .. }))
        .filter_map(|(_, d)| {
            let (SourceRef::Runbook(r), DocKind::Runbook { system }) = (d.source, &d.kind) else {
                return None;
            };
            let rb = &site.runbooks[r];
            let keep = match filter {
                Filter::All => true,
                Filter::System(s) => s == *system,
                Filter::Severity(sev) => rb.meta.severity == sev,
            };
            keep.then(|| Row {
                id: rb.meta.id.clone(),
                title: rb.meta.title.clone(),
                url: d.url.clone(),
                system: site.systems[*system].name.get(lang).to_string(),
                service: rb.meta.service.clone(),
                severity: rb.meta.severity.as_str(),
                fallback: d.fallback,
            })
        })
        .collect();
    rows.sort_by(|a, b| (&a.system, &a.id).cmp(&(&b.system, &b.id)));
    t.insert("runbooks", &rows);
    t.insert("filter_system", &matches!(filter, Filter::System(_)));
    t.insert("filter_severity", &matches!(filter, Filter::Severity(_)));
    t.insert("filter_systems", &systems(ctx, lang, filter));
    let sevs: Vec<Choice> = Severity::ALL
        .iter()
        .map(|s| Choice {
            id: s.as_str().into(),
            name: String::new(),
            url: format!("{lang}/runbooks/severity/{}/", s.as_str()),
            current: filter == Filter::Severity(*s),
        })
        .collect();
    t.insert("filter_severities", &sevs);
}

fn systems(ctx: &Shared, lang: Lang, filter: Filter) -> Vec<Choice> {
    ctx.site
        .systems
        .iter()
        .enumerate()
        .filter(|(_, s)| ctx.site.runbooks.iter().any(|r| r.system == s.id))
        .map(|(i, s)| Choice {
            id: s.id.clone(),
            name: s.name.get(lang).to_string(),
            url: format!("{lang}/runbooks/{}/", s.id),
            current: filter == Filter::System(i),
        })
        .collect()
}
