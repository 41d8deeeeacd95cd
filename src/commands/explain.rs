//! `kontakt explain`: what a rule code means (with an example kontakt checks on the spot), or
//! how kontakt reads one phone, e-mail or län value, step by step.

use std::fmt::Write as _;
use std::io::Write;

use super::{Fatal, Outcome};
use crate::cli::ExplainArgs;
use crate::diagnostic::{Code, Finding, Severity};
use crate::i18n::{Lang, Text};
use crate::ingest::Value;
use crate::model::Phone;
use crate::report::severity;
use crate::rules::{Example, rule};
use crate::schemas::Reference;
use crate::source::{FileKind, Location};
use crate::tr;
use crate::validate::{self, Phones};

/// Where a value given on the command line is said to be.
const CELL: &str = "cell";

/// `kontakt explain`, in the run's language (rule codes, values and file names as they are).
pub fn run(args: &ExplainArgs, lang: Lang, out: &mut dyn Write) -> Result<Outcome, Fatal> {
    let reference = Reference::load(args.schemas.as_deref())
        .map_err(|e| Fatal(tr!("cmd-broken-schemas", reason = e.0)))?;
    let (text, outcome) = if let Some(value) = &args.phone {
        phone(value, &reference, lang)?
    } else if let Some(value) = &args.email {
        email(value, lang)
    } else if let Some(value) = &args.lan {
        lan(value, &reference, lang)
    } else if let Some(code) = &args.code {
        let code = Code::ALL
            .iter()
            .find(|c| c.as_str() == code)
            .ok_or_else(|| Fatal(tr!("cmd-explain-unknown-code", code = format!("{code:?}"))))?;
        (code_text(*code, &reference, lang)?, Outcome::Clean)
    } else {
        (list(lang), Outcome::Clean)
    };
    super::to_reader(out.write_all(text.as_bytes()))
        .map_err(|e| Fatal(tr!("cmd-cannot-write", reason = crate::i18n::io_reason(&e))))?;
    Ok(outcome)
}

/// Every rule: code, severity, one line.
fn list(lang: Lang) -> String {
    let mut out = String::new();
    let width = Code::ALL
        .iter()
        .map(|c| c.as_str().len())
        .max()
        .unwrap_or(0);
    let severity_width = [Severity::Error, Severity::Warning, Severity::Info]
        .iter()
        .map(|s| severity(*s, lang).chars().count())
        .max()
        .unwrap_or(0);
    for code in Code::ALL {
        let _ = writeln!(
            out,
            "{:width$}  {:severity_width$}  {}",
            code.as_str(),
            severity(code.severity(), lang),
            rule(*code).summary().render(lang)
        );
    }
    let _ = writeln!(out, "\n{}", tr!("explain-list-more").render(lang));
    out
}

/// Lines of at most 96 characters, each starting with `indent`.
fn wrap(text: &str, indent: &str) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > 96 {
            let _ = writeln!(out, "{indent}{line}");
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        let _ = writeln!(out, "{indent}{line}");
    }
    out
}

fn finding_line(f: &Finding, lang: Lang) -> String {
    let place = f
        .location
        .as_ref()
        .map_or_else(String::new, |l| format!("{l}: "));
    let mut line = format!(
        "{place}{}[{}]: {}",
        severity(f.severity, lang),
        f.code.as_str(),
        f.message.render(lang)
    );
    if let Some(help) = &f.help {
        let _ = write!(
            line,
            "\n  = {}: {}",
            tr!("report-help").render(lang),
            help.render(lang)
        );
    }
    line
}

/// `kontakt explain CODE`.
fn code_text(code: Code, reference: &Reference, lang: Lang) -> Result<String, Fatal> {
    let r = rule(code);
    let heading = |id: &'static str| format!("\n{}\n", Text::new(id).render(lang));
    let mut out = format!(
        "{} ({})\n\n{}\n",
        code.as_str(),
        severity(code.severity(), lang),
        r.summary().render(lang)
    );
    out.push_str(&heading("explain-heading-meaning"));
    out.push_str(&wrap(&r.explanation().render(lang), "  "));
    out.push_str(&heading("explain-heading-example"));
    match r.example {
        Example::Csv { file, text } => {
            let _ = writeln!(
                out,
                "  {}\n",
                tr!("explain-example-folder", file = file).render(lang)
            );
            for line in text.lines() {
                let _ = writeln!(out, "    {}", line.escape_debug());
            }
            let findings = crate::pipeline::check_files(&[(file, text.as_bytes())], reference)?;
            let reported: Vec<&Finding> = findings.iter().filter(|f| f.code == code).collect();
            if reported.is_empty() {
                // tests/explain.rs runs every example; this is a bug if it is ever printed.
                return Err(Fatal(tr!(
                    "cmd-explain-example-stale",
                    code = code.as_str()
                )));
            }
            let _ = writeln!(out, "\n  {}\n", tr!("explain-check-reports").render(lang));
            for f in reported {
                for line in finding_line(f, lang).lines() {
                    let _ = writeln!(out, "    {line}");
                }
            }
        }
        Example::Described => out.push_str(&wrap(&r.described().render(lang), "  ")),
    }
    out.push_str(&heading("explain-heading-fix"));
    out.push_str(&wrap(&r.fix().render(lang), "  "));
    Ok(out)
}

/// The findings a value gets, and the outcome they make.
fn verdict(out: &mut String, findings: &[Finding], lang: Lang) -> Outcome {
    if findings.is_empty() {
        let _ = writeln!(out, "\n{}", tr!("explain-findings-none").render(lang));
    } else {
        let _ = writeln!(out, "\n{}", tr!("explain-findings").render(lang));
        for f in findings {
            for line in finding_line(f, lang).lines() {
                let _ = writeln!(out, "  {line}");
            }
        }
    }
    if findings.iter().any(|f| f.severity == Severity::Error) {
        Outcome::Failed
    } else {
        Outcome::Clean
    }
}

/// `value` without its invisible characters, each named in a step.
fn visible<'t>(out: &mut String, text: &'t str, lang: Lang) -> std::borrow::Cow<'t, str> {
    let (visible, removed) = crate::text::strip_invisible(text, false);
    if !removed.is_empty() {
        let chars = crate::text::describe_chars(&removed);
        let _ = writeln!(
            out,
            "\n{}",
            tr!("explain-invisible-removed", chars = chars).render(lang)
        );
    }
    visible
}

/// `Split into 2 pieces (at …):`; `id` is the message for the kind of value.
fn split_heading(out: &mut String, n: usize, id: &'static str, lang: Lang) {
    let _ = writeln!(out, "\n{}", Text::new(id).arg("n", n).render(lang));
}

/// `Kept: a, b` or `Kept: nothing`.
fn kept(out: &mut String, values: Vec<String>, lang: Lang) {
    let text = if values.is_empty() {
        tr!("explain-kept-nothing")
    } else {
        tr!("explain-kept", values = values.join(", "))
    };
    let _ = writeln!(out, "\n{}", text.render(lang));
}

/// `label:  value` lines, the values lined up.
fn labelled(out: &mut String, indent: &str, lines: &[(Text, String)], lang: Lang) {
    let labels: Vec<String> = lines.iter().map(|(l, _)| l.render(lang)).collect();
    // The values start at column 17 at least, as they always have in English.
    let width = labels
        .iter()
        .map(|l| l.chars().count() + 1)
        .max()
        .unwrap_or(0)
        .max(15);
    for (label, (_, value)) in labels.iter().zip(lines) {
        let label = format!("{label}:");
        let _ = writeln!(out, "{indent}{label:width$} {value}");
    }
}

fn at() -> Location {
    Location::file(CELL, FileKind::Text)
}

/// A number cell is written `=46701234567` (as a spreadsheet holds digits typed without `'`).
fn phone_value(text: &str) -> Value {
    match text.strip_prefix('=').map(str::parse::<f64>) {
        Some(Ok(n)) => Value::Number(n),
        _ => Value::Text(text.to_string()),
    }
}

fn phone_lines(out: &mut String, p: &Phone, indent: &str, lang: Lang) {
    let kind = serde_json::to_value(p.kind).map_or_else(
        |_| String::new(),
        |v| v.as_str().unwrap_or_default().to_string(),
    );
    let mut lines = vec![
        (tr!("explain-label-e164"), p.e164.to_string()),
        (
            tr!("explain-label-type"),
            Text::new(format!("explain-kind-{kind}")).render(lang),
        ),
        (tr!("explain-label-written"), p.written.to_string()),
        (tr!("explain-label-international"), p.international()),
    ];
    if let Some(ext) = &p.extension {
        lines.push((
            tr!("explain-label-extension"),
            tr!("explain-extension-kept", extension = ext).render(lang),
        ));
    }
    labelled(out, indent, &lines, lang);
}

/// `kontakt explain --phone TEXT`.
fn phone(text: &str, reference: &Reference, lang: Lang) -> Result<(String, Outcome), Fatal> {
    let phones = Phones::new(&reference.phone_metadata)
        .map_err(|e| Fatal(tr!("cmd-broken-schemas", reason = e)))?;
    let value = phone_value(text);
    let say = |text: Text| text.render(lang);
    let mut out = format!(
        "{}\n",
        say(tr!(
            "explain-phone-heading",
            value = crate::text::quoted(text)
        ))
    );
    if text.trim().is_empty() {
        let _ = writeln!(out, "\n{}", say(tr!("explain-phone-empty")));
        return Ok((out, Outcome::Clean));
    }
    let shown = match &value {
        Value::Text(_) => Value::Text(visible(&mut out, text, lang).into_owned()),
        number => number.clone(),
    };
    let (read, steps) = phones.steps(&shown);
    if let Value::Number(_) = shown {
        let line = if read.is_empty() {
            tr!("explain-number-cell-unusable")
        } else {
            tr!("explain-number-cell", digits = read)
        };
        let _ = writeln!(out, "\n{}", say(line));
    }
    if steps.is_empty() {
        let _ = writeln!(out, "\n{}", say(tr!("explain-phone-no-piece")));
    } else {
        split_heading(&mut out, steps.len(), "explain-split-phone", lang);
        for (i, step) in steps.iter().enumerate() {
            let _ = writeln!(out, "\n  {}. {}", i + 1, crate::text::quoted(&step.piece));
            if step.cleaned != step.piece {
                let cleaned = crate::text::quoted(&step.cleaned);
                let _ = writeln!(
                    out,
                    "     {}",
                    say(tr!("explain-phone-cleaned", text = cleaned))
                );
            }
            match &step.phone {
                Some(p) => phone_lines(&mut out, p, "     ", lang),
                None => {
                    let _ = writeln!(out, "     {}", say(tr!("explain-phone-not-a-number")));
                }
            }
        }
    }
    // The cell as written: what check reads, invisible characters included.
    let (found, findings) = validate::cell::phones(&value, &phones, &at());
    kept(
        &mut out,
        found.into_iter().map(|p| p.written.to_string()).collect(),
        lang,
    );
    let outcome = verdict(&mut out, &findings, lang);
    Ok((out, outcome))
}

/// `kontakt explain --email TEXT`.
fn email(text: &str, lang: Lang) -> (String, Outcome) {
    let say = |text: Text| text.render(lang);
    let mut out = format!(
        "{}\n",
        say(tr!(
            "explain-email-heading",
            value = crate::text::quoted(text)
        ))
    );
    if text.trim().is_empty() {
        let _ = writeln!(out, "\n{}", say(tr!("explain-email-empty")));
        return (out, Outcome::Clean);
    }
    let visible = visible(&mut out, text, lang);
    let (tokens, differing) = validate::email::tokens_of(&visible);
    split_heading(&mut out, tokens.len(), "explain-split-email", lang);
    for (i, token) in tokens.iter().enumerate() {
        let _ = writeln!(out, "\n  {}. {}", i + 1, crate::text::quoted(&token.text));
        if let Some(link) = &token.decoded_from {
            let link = crate::text::quoted(link);
            let _ = writeln!(
                out,
                "     {}",
                say(tr!("explain-email-decoded", link = link))
            );
        }
        if differing.contains(&token.text) {
            let _ = writeln!(out, "     {}", say(tr!("explain-email-shown-outside")));
        }
        if let Some(problem) = &token.problem {
            let problem = problem.clone();
            let _ = writeln!(
                out,
                "     {}",
                say(tr!("explain-email-not-an-address", problem = problem))
            );
            continue;
        }
        match validate::email::check_address(&token.text) {
            Ok(e) => {
                let mut lines = vec![
                    (tr!("explain-label-local-part"), e.local.to_string()),
                    (tr!("explain-label-domain"), e.domain.to_string()),
                ];
                if e.domain_ascii != e.domain {
                    lines.push((
                        tr!("explain-label-domain-ascii"),
                        e.domain_ascii.to_string(),
                    ));
                }
                lines.push((tr!("explain-label-kept-as"), e.address()));
                labelled(&mut out, "     ", &lines, lang);
            }
            Err(why) => {
                let _ = writeln!(
                    out,
                    "     {}",
                    say(tr!("explain-email-not-valid", why = why))
                );
            }
        }
    }
    let (found, findings) = validate::cell::emails(&visible, &at());
    kept(&mut out, found.iter().map(|e| e.address()).collect(), lang);
    // The invisible characters' finding comes from the text as given.
    let mut all = Vec::new();
    validate::cell::visible(text, false, &at(), &mut all);
    all.extend(findings);
    all.dedup();
    let outcome = verdict(&mut out, &all, lang);
    (out, outcome)
}

/// `kontakt explain --lan TEXT`.
fn lan(text: &str, reference: &Reference, lang: Lang) -> (String, Outcome) {
    let say = |text: Text| text.render(lang);
    let mut out = format!(
        "{}\n",
        say(tr!(
            "explain-lan-heading",
            value = crate::text::quoted(text)
        ))
    );
    let names: Vec<&str> = validate::county::names(text).collect();
    split_heading(&mut out, names.len(), "explain-split-lan", lang);
    out.push('\n');
    for (i, name) in names.iter().enumerate() {
        let line = match reference.lan(name) {
            Some(l) => {
                let l = &reference.lan[l];
                tr!(
                    "explain-lan-found",
                    name = crate::text::quoted(name),
                    lan = &l.name,
                    code = &l.code,
                    scb = &l.scb
                )
            }
            None => tr!("explain-lan-not-found", name = crate::text::quoted(name)),
        };
        let _ = writeln!(out, "  {}. {}", i + 1, say(line));
    }
    let (_, findings) = validate::county::parse_text(text, reference);
    let findings: Vec<Finding> = findings
        .into_iter()
        .map(|f| Finding {
            location: Some(at()),
            ..f
        })
        .collect();
    let outcome = verdict(&mut out, &findings, lang);
    (out, outcome)
}
