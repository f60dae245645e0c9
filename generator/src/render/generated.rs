//! Pages made from the model rather than from one Markdown file: home and overviews
//! without an index page, SLA, env reference, status, runbook indexes, 404, the root
//! language chooser and `sitemap.xml`.

use super::context::{Frame, Shared};
use super::{islands, tables, template_error, Output};
use crate::diagnostic::Diagnostic;
use crate::model::{DocKind, Generated};
use guardia_core::Lang;
use tera::Context;

type Fill<'a> = Box<dyn FnOnce(&mut Context) + 'a>;

pub fn render_all(ctx: &Shared, out: &mut Output) -> Result<(), Vec<Diagnostic>> {
    let mut jobs: Vec<Job> = Vec::new();
    for &lang in ctx.site.languages() {
        if !ctx
            .site
            .docs
            .iter()
            .any(|d| d.lang == lang && d.kind == DocKind::Home)
        {
            let frame = frame(
                ctx,
                lang,
                "",
                "home",
                ctx.site.config.title.get(lang).to_string(),
                None,
            );
            jobs.push((
                Frame {
                    connect: islands::all_origins(ctx.site),
                    crumbs: Vec::new(),
                    ..frame
                },
                "home.html",
                Box::new(move |t| super::overview::home_fields(ctx, lang, t)),
            ));
        }
        for system in 0..ctx.site.systems.len() {
            system_jobs(ctx, lang, system, &mut jobs);
        }
        super::runbook_index::jobs(ctx, lang, &mut jobs);
    }
    let mut problems = Vec::new();
    for (frame, template, fill) in jobs {
        let mut t = ctx.context(&frame);
        fill(&mut t);
        match ctx.theme.tera.render(template, &t) {
            Ok(html) => out.add_page(frame.lang, &frame.url, html),
            Err(e) => problems.push(template_error(template, &e)),
        }
    }
    site_files(ctx, out).map_err(|e| vec![e])?;
    super::env_files::write_all(ctx, out);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// A frame for a generated page at `<lang>/<rest>`.
pub fn frame(
    ctx: &Shared,
    lang: Lang,
    rest: &str,
    kind: &'static str,
    title: String,
    system: Option<usize>,
) -> Frame {
    let mut crumbs = vec![(ctx.t(lang, "home"), format!("{lang}/"))];
    if let Some(s) = system {
        let sys = &ctx.site.systems[s];
        crumbs.push((
            sys.name.get(lang).to_string(),
            format!("{lang}/{}/", sys.id),
        ));
    }
    Frame {
        url: format!("{lang}/{rest}"),
        lang,
        kind,
        title,
        description: None,
        system,
        translations: ctx.same_path(rest),
        crumbs,
        fallback: false,
        connect: Vec::new(),
    }
}

type Job<'a> = (Frame, &'static str, Fill<'a>);

fn system_jobs<'a>(ctx: &'a Shared, lang: Lang, system: usize, jobs: &mut Vec<Job<'a>>) {
    let overview = DocKind::Overview { system };
    if !ctx
        .site
        .docs
        .iter()
        .any(|d| d.lang == lang && d.kind == overview)
    {
        jobs.push(overview_job(ctx, lang, system));
    }
    for g in ctx.site.generated(system) {
        if g != Generated::Runbooks {
            jobs.push(generated_job(ctx, lang, system, g)); // runbook_index renders those
        }
    }
}

/// A system without `index.<lang>.md` still gets its overview.
fn overview_job<'a>(ctx: &'a Shared, lang: Lang, system: usize) -> Job<'a> {
    let sys = &ctx.site.systems[system];
    let name = sys.name.get(lang).to_string();
    let mut f = frame(
        ctx,
        lang,
        &format!("{}/", sys.id),
        "overview",
        name,
        Some(system),
    );
    f.crumbs.truncate(1);
    let fill = move |t: &mut Context| super::overview::overview_fields(ctx, lang, system, t);
    (f, "system.html", Box::new(fill))
}

fn generated_job<'a>(ctx: &'a Shared, lang: Lang, system: usize, g: Generated) -> Job<'a> {
    let sys = &ctx.site.systems[system];
    let rest = g.url(lang, &sys.id)[lang.code().len() + 1..].to_string();
    let heading = ctx.t(lang, &format!("{}_page.title", g.title_key()));
    let title = format!("{heading} · {}", sys.name.get(lang));
    let mut f = frame(ctx, lang, &rest, g.title_key(), title, Some(system));
    if g == Generated::Status {
        f.connect = islands::origins(ctx.site, system);
    }
    let template = match g {
        Generated::Sla => "sla.html",
        Generated::Status => "status.html",
        _ => "env.html",
    };
    (
        f,
        template,
        Box::new(move |t| fill_generated(ctx, lang, system, g, t)),
    )
}

fn fill_generated(ctx: &Shared, lang: Lang, system: usize, g: Generated, t: &mut Context) {
    let environments = &ctx.site.config.environments;
    match (g, ctx.site.systems[system].spec.as_ref()) {
        (Generated::Sla, Some(spec)) => {
            t.insert("sla", &tables::sla(spec, lang));
            t.insert("escalation", &tables::escalation(spec, lang));
            t.insert("thresholds", &tables::thresholds(spec, lang));
        }
        (Generated::Status, Some(spec)) => {
            t.insert("environments", environments);
            t.insert("services", &tables::status(spec, environments));
            t.insert("island", &islands::health(ctx, system, lang, "page"));
        }
        (Generated::Env, _) => env_fields(ctx, lang, system, t),
        _ => {}
    }
}

fn env_fields(ctx: &Shared, lang: Lang, system: usize, t: &mut Context) {
    let Some(schema) = ctx.site.systems[system].env.as_ref() else {
        return;
    };
    let (always, never) = (
        ctx.t(lang, "env_page.always"),
        ctx.t(lang, "env_page.never"),
    );
    t.insert("groups", &tables::env(schema, lang, &always, &never));
    t.insert("downloads", &super::env_files::downloads(ctx, system));
    t.insert("island", &islands::env(ctx, system, lang));
}

/// 404, the root language chooser and the sitemap.
fn site_files(ctx: &Shared, out: &mut Output) -> Result<(), Diagnostic> {
    super::site_files::render(ctx, out)
}
