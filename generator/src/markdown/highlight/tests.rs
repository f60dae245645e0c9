use super::*;

/// One short sample per language the seeds use, with a token each must colour.
const SEED_LANGUAGES: [(&str, &str); 12] = [
    ("bash", "if [ -z \"$ENV\" ]; then echo hola; fi\n"),
    (
        "powershell",
        "Get-EventLog -LogName Application -Newest 20\n",
    ),
    ("yaml", "services:\n  api:\n    image: nexus:1.0\n"),
    ("json", "{\"status\": \"ok\", \"latency\": 12}\n"),
    (
        "sql",
        "SELECT count(*) FROM pg_stat_activity WHERE state = 'idle';\n",
    ),
    (
        "csharp",
        "public class Program { static void Main() { return; } }\n",
    ),
    (
        "dockerfile",
        "FROM mcr.microsoft.com/dotnet/aspnet:9.0\nEXPOSE 8080\n",
    ),
    (
        "nginx",
        "server {\n  listen 443 ssl;\n  location / { proxy_pass http://api; }\n}\n",
    ),
    ("ini", "[database]\nhost = localhost\n"),
    (
        "hcl",
        "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"ops\"\n}\n",
    ),
    (
        "python",
        "def check(url):\n    return requests.get(url).ok\n",
    ),
    ("env", "DB_HOST=localhost\n# comentario\nDB_PORT=5432\n"),
];

#[test]
fn every_seed_language_is_highlighted_with_classes() {
    for (lang, code) in SEED_LANGUAGES {
        let html = highlight(code, lang).unwrap_or_else(|| panic!("{lang}: no syntax"));
        let spans = html.matches("<span class=\"hl-").count();
        assert!(spans >= 3, "{lang}: only {spans} classed spans:\n{html}");
        assert!(!html.contains("style="), "{lang}: inline style");
    }
}

#[test]
fn fence_names_people_write_are_understood() {
    for lang in [
        "sh",
        "shell",
        "ps1",
        "yml",
        "cs",
        "C#",
        "Dockerfile",
        "tf",
        "py",
        "toml",
        "js",
        "ts",
    ] {
        assert!(find(lang).is_some(), "{lang}");
    }
}

#[test]
fn unknown_languages_are_not_guessed() {
    assert!(highlight("x", "no-such-language").is_none());
}

#[test]
fn output_is_escaped() {
    let html = highlight("echo \"<script>\" && exit\n", "bash").unwrap();
    assert!(html.contains("&lt;script&gt;"), "{html}");
    assert!(!html.contains("<script"), "{html}");
}
