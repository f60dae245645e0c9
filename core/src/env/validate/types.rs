//! Scalar types: int, number, port, bool, enum, duration, email, hostname, ip, hostport
//! (ENV-RULES.md §7.2). Each check returns a [`Problem`] or nothing.

use super::super::code::Code;
use super::super::schema::{Consumer, Rules, Scalar};
use super::problem::Problem;
use crate::env::finding::Severity;

fn bound(s: &Option<Scalar>) -> Option<f64> {
    match s {
        Some(Scalar::Int(i)) => Some(*i as f64),
        Some(Scalar::Float(f)) => Some(*f),
        Some(Scalar::Text(t)) => t.parse().ok(),
        _ => None,
    }
}

fn range(x: f64, rules: &Rules) -> Option<Problem> {
    let (min, max) = (bound(&rules.min), bound(&rules.max));
    let low = min.is_some_and(|m| x < m);
    let high = max.is_some_and(|m| x > m);
    (low || high).then(|| {
        let show = |b: Option<f64>| b.map_or("—".to_string(), |b| b.to_string());
        Problem::error(
            Code::TypRange,
            format!(
                "Fuera de rango: debe estar entre {} y {}.",
                show(min),
                show(max)
            ),
            format!(
                "Out of range: must be between {} and {}.",
                show(min),
                show(max)
            ),
        )
    })
}

pub fn int(v: &str, rules: &Rules) -> Option<Problem> {
    let digits = v.strip_prefix(['+', '-']).unwrap_or(v);
    let unit = rules
        .unit
        .as_deref()
        .map(|u| format!(" ({u})"))
        .unwrap_or_default();
    let Some(n) = (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| v.parse::<i64>().ok())
        .flatten()
    else {
        return Some(
            Problem::error(
                Code::TypInt,
                format!("Se esperaba un número entero{unit}."),
                format!("Expected an integer{unit}."),
            )
            .fix(
                "Escribe solo cifras, p. ej. `3600`.",
                "Write digits only, e.g. `3600`.",
            ),
        );
    };
    range(n as f64, rules)
}

pub fn number(v: &str, rules: &Rules) -> Option<Problem> {
    let finite = v.parse::<f64>().ok().filter(|x| {
        x.is_finite()
            && v.bytes()
                .all(|b| b.is_ascii_digit() || b"+-.eE".contains(&b))
    });
    match finite {
        Some(x) => range(x, rules),
        None => Some(Problem::error(
            Code::TypNumber,
            "Se esperaba un número decimal.",
            "Expected a decimal number.",
        )),
    }
}

pub fn port(v: &str, rules: &Rules) -> Option<Problem> {
    let min = bound(&rules.min).unwrap_or(if rules.allow_zero == Some(true) {
        0.0
    } else {
        1.0
    });
    let max = bound(&rules.max).unwrap_or(65535.0);
    let ok = v.bytes().all(|b| b.is_ascii_digit())
        && v.parse::<u32>()
            .is_ok_and(|p| (p as f64) >= min && (p as f64) <= max);
    (!ok).then(|| {
        Problem::error(
            Code::TypPort,
            format!("Se esperaba un puerto entre {min} y {max}."),
            format!("Expected a port between {min} and {max}."),
        )
    })
}

const BOOL_FORMS: &[&str] = &[
    "true", "false", "1", "0", "yes", "no", "on", "off", "t", "f", "y", "n",
];

pub fn boolean(v: &str, consumer: Consumer) -> Option<Problem> {
    let lower = v.to_ascii_lowercase();
    let strict = lower == "true" || lower == "false";
    if !BOOL_FORMS.contains(&lower.as_str()) {
        return Some(Problem::error(
            Code::TypBool,
            "Se esperaba true o false.",
            "Expected true or false.",
        ));
    }
    if strict {
        return None;
    }
    let (severity, es, en) = match consumer {
        Consumer::Dotnet => (
            Severity::Warning,
            ".NET solo acepta true/false; esta forma falla al arrancar.",
            ".NET accepts only true/false; this form fails at startup.",
        ),
        _ => (
            Severity::Info,
            "Forma de booleano no canónica; algunas librerías no la entienden.",
            "Non-canonical boolean form; some libraries do not understand it.",
        ),
    };
    Some(
        Problem::error(Code::ValBoolForm, es, en)
            .with(severity)
            .fix("Escribe `true` o `false`.", "Write `true` or `false`."),
    )
}

pub fn enumeration(v: &str, rules: &Rules) -> Option<Problem> {
    let values = rules.values.as_deref().unwrap_or_default();
    let sensitive = rules.case_sensitive.unwrap_or(true);
    if values
        .iter()
        .any(|x| x == v || (!sensitive && x.eq_ignore_ascii_case(v)))
    {
        return None;
    }
    let list = values.join(", ");
    let p = Problem::error(
        Code::TypEnum,
        format!("Se esperaba uno de: {list}."),
        format!("Expected one of: {list}."),
    );
    Some(match values.iter().find(|x| x.eq_ignore_ascii_case(v)) {
        Some(hit) => p.fix(
            format!("¿Querías `{hit}`? Respeta mayúsculas."),
            format!("Did you mean `{hit}`? Mind the case."),
        ),
        None => p,
    })
}

pub fn email(v: &str, rules: &Rules) -> Option<Problem> {
    let addr = match (rules.allow_display_name == Some(true), v.rfind('<')) {
        (true, Some(i)) if v.ends_with('>') => &v[i + 1..v.len() - 1],
        _ => v,
    };
    let ok = addr.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
    }) && !addr.contains(char::is_whitespace);
    let hint = if rules.allow_display_name == Some(true) {
        " o `Nombre <correo@dominio.com>`"
    } else {
        ""
    };
    let hint_en = if rules.allow_display_name == Some(true) {
        " or `Name <mail@domain.com>`"
    } else {
        ""
    };
    (!ok).then(|| {
        Problem::error(
            Code::TypEmail,
            format!("Se esperaba una dirección `correo@dominio.com`{hint}."),
            format!("Expected an address `mail@domain.com`{hint_en}."),
        )
    })
}

fn label_ok(l: &str) -> bool {
    !l.is_empty()
        && l.len() <= 63
        && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !l.starts_with('-')
        && !l.ends_with('-')
}

pub fn hostname(v: &str, rules: &Rules) -> Option<Problem> {
    let ip = v.parse::<std::net::IpAddr>().is_ok()
        || v.trim_matches(['[', ']'])
            .parse::<std::net::Ipv6Addr>()
            .is_ok();
    if ip {
        return (rules.allow_ip == Some(false)).then(|| {
            Problem::error(
                Code::TypHostname,
                "Aquí no se admite una IP; escribe un nombre de host.",
                "An IP is not allowed here; write a host name.",
            )
        });
    }
    if let Some((_, port)) = v
        .rsplit_once(':')
        .filter(|_| rules.allow_port != Some(true))
    {
        let _ = port;
        return Some(
            Problem::error(
                Code::TypHostname,
                "Host con puerto: el puerto va en su propia variable.",
                "Host with a port: the port goes in its own variable.",
            )
            .fix("Deja solo el nombre del host.", "Keep only the host name."),
        );
    }
    let host = v.split(':').next().unwrap_or(v);
    let single = !host.contains('.');
    let ok = host.len() <= 253
        && host.split('.').all(label_ok)
        && !(single && rules.allow_single_label == Some(false));
    (!ok).then(|| {
        Problem::error(
            Code::TypHostname,
            "No es un nombre de host válido (letras, cifras, `-` y `.`).",
            "Not a valid host name (letters, digits, `-` and `.`).",
        )
    })
}

pub fn ip(v: &str, rules: &Rules) -> Option<Problem> {
    let ok = match rules.version {
        Some(4) => v.parse::<std::net::Ipv4Addr>().is_ok(),
        Some(6) => v.parse::<std::net::Ipv6Addr>().is_ok(),
        _ => v.parse::<std::net::IpAddr>().is_ok(),
    };
    (!ok).then(|| {
        Problem::error(
            Code::TypIp,
            "No es una dirección IP válida.",
            "Not a valid IP address.",
        )
    })
}

pub fn hostport(v: &str) -> Option<Problem> {
    let ok = v.rsplit_once(':').is_some_and(|(h, p)| {
        !h.is_empty()
            && p.parse::<u16>().is_ok_and(|p| p > 0)
            && (h.split('.').all(label_ok)
                || h.trim_matches(['[', ']'])
                    .parse::<std::net::IpAddr>()
                    .is_ok())
    });
    (!ok).then(|| {
        Problem::error(
            Code::TypHostport,
            "Se esperaba `host:puerto`.",
            "Expected `host:port`.",
        )
    })
}
