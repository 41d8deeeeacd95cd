//! `kontakt explain`: what a rule code means (with an example kontakt checks on the spot), or
//! how kontakt reads one phone, e-mail or län value, step by step.

use std::fmt::Write as _;
use std::io::Write;

use super::{Fatal, Outcome};
use crate::cli::ExplainArgs;
use crate::diagnostic::{Code, Finding, Severity};
use crate::i18n::Lang;
use crate::ingest::Value;
use crate::model::Phone;
use crate::rules::{Example, rule};
use crate::schemas::Reference;
use crate::source::{FileKind, Location};
use crate::tr;
use crate::validate::{self, Phones};

/// Where a value given on the command line is said to be.
const CELL: &str = "cell";

/// `kontakt explain`. Its Fatal errors are rendered in the run's language by `main`; the
/// explanations themselves are English for now, so `_lang` is not used yet.
pub fn run(args: &ExplainArgs, _lang: Lang, out: &mut dyn Write) -> Result<Outcome, Fatal> {
    let reference = Reference::load(args.schemas.as_deref())
        .map_err(|e| Fatal(tr!("cmd-broken-schemas", reason = e.to_string())))?;
    let (text, outcome) = if let Some(value) = &args.phone {
        phone(value, &reference)?
    } else if let Some(value) = &args.email {
        email(value)
    } else if let Some(value) = &args.lan {
        lan(value, &reference)
    } else if let Some(code) = &args.code {
        let code = Code::ALL
            .iter()
            .find(|c| c.as_str() == code)
            .ok_or_else(|| Fatal(tr!("cmd-explain-unknown-code", code = format!("{code:?}"))))?;
        (code_text(*code, &reference)?, Outcome::Clean)
    } else {
        (list(), Outcome::Clean)
    };
    out.write_all(text.as_bytes())
        .map_err(|e| Fatal(tr!("cmd-cannot-write", reason = e.to_string())))?;
    Ok(outcome)
}

/// Every rule: code, severity, one line.
fn list() -> String {
    let mut out = String::new();
    let width = Code::ALL
        .iter()
        .map(|c| c.as_str().len())
        .max()
        .unwrap_or(0);
    for code in Code::ALL {
        let _ = writeln!(
            out,
            "{:width$}  {:7}  {}",
            code.as_str(),
            code.severity().as_str(),
            rule(*code).summary
        );
    }
    out.push_str("\n`kontakt explain CODE` says more about one of them.\n");
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

fn finding_line(f: &Finding) -> String {
    let place = f
        .location
        .as_ref()
        .map_or_else(String::new, |l| format!("{l}: "));
    let mut line = format!(
        "{place}{}[{}]: {}",
        f.severity.as_str(),
        f.code.as_str(),
        f.message.render(Lang::En)
    );
    if let Some(help) = &f.help {
        let _ = write!(line, "\n  = help: {}", help.render(Lang::En));
    }
    line
}

/// `kontakt explain CODE`.
fn code_text(code: Code, reference: &Reference) -> Result<String, Fatal> {
    let r = rule(code);
    let mut out = format!(
        "{} ({})\n\n{}\n",
        code.as_str(),
        code.severity().as_str(),
        r.summary
    );
    out.push_str("\nWhat it means\n");
    out.push_str(&wrap(r.explanation, "  "));
    out.push_str("\nExample\n");
    match r.example {
        Example::Csv { file, text } => {
            let _ = writeln!(out, "  A folder holding only {file}:\n");
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
            out.push_str("\n  kontakt check reports:\n\n");
            for f in reported {
                for line in finding_line(f).lines() {
                    let _ = writeln!(out, "    {line}");
                }
            }
        }
        Example::Described(text) => out.push_str(&wrap(text, "  ")),
    }
    out.push_str("\nHow to fix it\n");
    out.push_str(&wrap(r.fix, "  "));
    Ok(out)
}

/// The findings a value gets, and the outcome they make.
fn verdict(out: &mut String, findings: &[Finding]) -> Outcome {
    if findings.is_empty() {
        out.push_str("\nFindings: none\n");
    } else {
        out.push_str("\nFindings:\n");
        for f in findings {
            for line in finding_line(f).lines() {
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
fn visible<'t>(out: &mut String, text: &'t str) -> std::borrow::Cow<'t, str> {
    let (visible, removed) = crate::text::strip_invisible(text, false);
    if !removed.is_empty() {
        let _ = writeln!(
            out,
            "\ninvisible characters removed: {}",
            crate::text::describe_chars(&removed)
        );
    }
    visible
}

/// `Split into 2 pieces (at …):`
fn split_heading(out: &mut String, n: usize, (one, many): (&str, &str), at: &str) {
    let _ = writeln!(
        out,
        "\nSplit into {n} {} (at {at}):",
        if n == 1 { one } else { many }
    );
}

/// `Kept: a, b` or `Kept: nothing`.
fn kept(out: &mut String, values: Vec<String>) {
    let list = if values.is_empty() {
        "nothing".to_string()
    } else {
        values.join(", ")
    };
    let _ = writeln!(out, "\nKept: {list}");
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

fn phone_lines(out: &mut String, p: &Phone, indent: &str) {
    let _ = writeln!(out, "{indent}E.164:          {}", p.e164);
    let kind = serde_json::to_value(p.kind).map_or_else(
        |_| String::new(),
        |v| v.as_str().unwrap_or_default().replace('-', " "),
    );
    let _ = writeln!(out, "{indent}type:           {kind}");
    let _ = writeln!(out, "{indent}written form:   {}", p.written);
    let _ = writeln!(out, "{indent}international:  {}", p.international());
    if let Some(ext) = &p.extension {
        let _ = writeln!(
            out,
            "{indent}extension:      {ext} (kept apart: phones cannot dial it)"
        );
    }
}

/// `kontakt explain --phone TEXT`.
fn phone(text: &str, reference: &Reference) -> Result<(String, Outcome), Fatal> {
    let phones = Phones::new(&reference.phone_metadata)
        .map_err(|e| Fatal(tr!("cmd-broken-schemas", reason = e.to_string())))?;
    let value = phone_value(text);
    let mut out = format!("Phone cell {}\n", crate::text::quoted(text));
    if text.trim().is_empty() {
        out.push_str(
            "\nAn empty cell: no number. A regional contact without any is phone-missing.\n",
        );
        return Ok((out, Outcome::Clean));
    }
    let shown = match &value {
        Value::Text(_) => Value::Text(visible(&mut out, text).into_owned()),
        number => number.clone(),
    };
    let (read, steps) = phones.steps(&shown);
    if let Value::Number(_) = shown {
        if read.is_empty() {
            out.push_str("\nA number cell that cannot be the digits of a phone number.\n");
        } else {
            let _ = writeln!(out, "\nA number cell: read as the digits {read}");
        }
    }
    if steps.is_empty() {
        out.push_str("\nNo piece of it can be a number.\n");
    } else {
        split_heading(
            &mut out,
            steps.len(),
            ("piece", "pieces"),
            ", ; / eller alt. och",
        );
        for (i, step) in steps.iter().enumerate() {
            let _ = writeln!(out, "\n  {}. {}", i + 1, crate::text::quoted(&step.piece));
            if step.cleaned != step.piece {
                let _ = writeln!(
                    out,
                    "     labels, brackets and extension removed: {}",
                    crate::text::quoted(&step.cleaned)
                );
            }
            match &step.phone {
                Some(p) => phone_lines(&mut out, p, "     "),
                None => out.push_str("     not a phone number\n"),
            }
        }
    }
    // The cell as written: what check reads, invisible characters included.
    let (found, findings) = validate::cell::phones(&value, &phones, &at());
    kept(&mut out, found.into_iter().map(|p| p.written).collect());
    let outcome = verdict(&mut out, &findings);
    Ok((out, outcome))
}

/// `kontakt explain --email TEXT`.
fn email(text: &str) -> (String, Outcome) {
    let mut out = format!("E-mail cell {}\n", crate::text::quoted(text));
    if text.trim().is_empty() {
        out.push_str(
            "\nAn empty cell: no address. A regional contact without any is email-missing.\n",
        );
        return (out, Outcome::Clean);
    }
    let visible = visible(&mut out, text);
    let (tokens, differing) = validate::email::tokens_of(&visible);
    split_heading(
        &mut out,
        tokens.len(),
        ("address", "addresses"),
        ", ; spaces, inside <…>, from mailto: links",
    );
    for (i, token) in tokens.iter().enumerate() {
        let _ = writeln!(out, "\n  {}. {}", i + 1, crate::text::quoted(&token.text));
        if let Some(link) = &token.decoded_from {
            let _ = writeln!(
                out,
                "     decoded from the link {}",
                crate::text::quoted(link)
            );
        }
        if differing.contains(&token.text) {
            out.push_str("     shown outside <…>, beside another address\n");
        }
        if let Some(problem) = &token.problem {
            let _ = writeln!(out, "     not an address: {problem}");
            continue;
        }
        match validate::email::check(&token.text) {
            Ok(e) => {
                let _ = writeln!(out, "     local part:     {}", e.local);
                let _ = writeln!(out, "     domain:         {}", e.domain);
                if e.domain_ascii != e.domain {
                    let _ = writeln!(out, "     domain (ASCII): {}", e.domain_ascii);
                }
                let _ = writeln!(out, "     kept as:        {}", e.address());
            }
            Err(why) => {
                let _ = writeln!(out, "     not valid: {why}");
            }
        }
    }
    let (found, findings) = validate::cell::emails(&visible, &at());
    kept(&mut out, found.iter().map(|e| e.address()).collect());
    // The invisible characters' finding comes from the text as given.
    let mut all = Vec::new();
    validate::cell::visible(text, false, &at(), &mut all);
    all.extend(findings);
    all.dedup();
    let outcome = verdict(&mut out, &all);
    (out, outcome)
}

/// `kontakt explain --lan TEXT`.
fn lan(text: &str, reference: &Reference) -> (String, Outcome) {
    let mut out = format!("Län cell {}\n", crate::text::quoted(text));
    let names: Vec<&str> = validate::county::names(text).collect();
    split_heading(&mut out, names.len(), ("name", "names"), ", ; / och &");
    out.push('\n');
    for (i, name) in names.iter().enumerate() {
        match reference.lan(name) {
            Some(l) => {
                let l = &reference.lan[l];
                let _ = writeln!(
                    out,
                    "  {}. {} → {} (letter code {}, SCB {})",
                    i + 1,
                    crate::text::quoted(name),
                    l.name,
                    l.code,
                    l.scb
                );
            }
            None => {
                let _ = writeln!(
                    out,
                    "  {}. {} → not a län",
                    i + 1,
                    crate::text::quoted(name)
                );
            }
        }
    }
    let (_, findings) = validate::county::parse_text(text, reference);
    let findings: Vec<Finding> = findings
        .into_iter()
        .map(|f| Finding {
            location: Some(at()),
            ..f
        })
        .collect();
    let outcome = verdict(&mut out, &findings);
    (out, outcome)
}
