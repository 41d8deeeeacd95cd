//! A command line clap refuses, said in the run's language. clap writes its errors in English
//! only; for Swedish the error's kind and context (the argument, the value, clap's suggestion)
//! are put into Fluent messages (`locales/*/cli.ftl`, `cli-error-*`). English keeps clap's own
//! text, which is what the messages say.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::cli::ValueError;
use crate::i18n::{Lang, Text};
use crate::tr;

/// What to show for `e`: `None` when clap's own output is right (help, version, or English).
pub fn render(e: &clap::Error, lang: Lang) -> Option<String> {
    if lang == Lang::En
        || matches!(
            e.kind(),
            ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        )
    {
        return None;
    }
    let arg = string(e, ContextKind::InvalidArg);
    let value = string(e, ContextKind::InvalidValue);
    let message = match e.kind() {
        ErrorKind::UnknownArgument => tr!("cli-error-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => tr!(
            "cli-error-unknown-command",
            command = string(e, ContextKind::InvalidSubcommand)
        ),
        ErrorKind::InvalidValue
            if strings(e, ContextKind::InvalidValue)
                .iter()
                .all(String::is_empty) =>
        {
            tr!("cli-error-value-missing", arg = arg)
        }
        ErrorKind::InvalidValue => tr!("cli-error-invalid-value", value = value, arg = arg),
        ErrorKind::ValueValidation => {
            let source = std::error::Error::source(e);
            let shown = source.map_or_else(String::new, ToString::to_string);
            let reason = if let Some(v) = source.and_then(|s| s.downcast_ref::<ValueError>()) {
                v.0.clone()
            } else if let Some(id) = number_error(&shown) {
                Text::new(id)
            } else {
                Text::literal(shown)
            };
            tr!(
                "cli-error-value-refused",
                value = value,
                arg = arg,
                reason = reason
            )
        }
        ErrorKind::MissingRequiredArgument => tr!(
            "cli-error-missing-arguments",
            args = listed(strings(e, ContextKind::InvalidArg))
        ),
        ErrorKind::MissingSubcommand => tr!("cli-error-missing-command"),
        ErrorKind::ArgumentConflict
            if strings(e, ContextKind::PriorArg) == strings(e, ContextKind::InvalidArg) =>
        {
            tr!("cli-error-given-twice", arg = arg)
        }
        ErrorKind::ArgumentConflict => tr!(
            "cli-error-conflict",
            arg = arg,
            other = listed(strings(e, ContextKind::PriorArg))
        ),
        ErrorKind::NoEquals => tr!("cli-error-no-equals", arg = arg),
        ErrorKind::TooManyValues => tr!("cli-error-too-many-values", value = value, arg = arg),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            tr!("cli-error-number-of-values", arg = arg)
        }
        ErrorKind::InvalidUtf8 => tr!("cli-error-not-utf8"),
        _ => tr!("cli-error-other"),
    };
    let mut out = tr!("cli-error", message = message).render(lang);
    let tip = |text: Text| format!("\n\n  {}", tr!("cli-error-tip", tip = text).render(lang));
    let suggested_args = strings(e, ContextKind::SuggestedArg);
    let suggested_commands = strings(e, ContextKind::SuggestedSubcommand);
    let suggested_values = strings(e, ContextKind::SuggestedValue);
    let valid = strings(e, ContextKind::ValidValue);
    if let Some(s) = suggested_args.first() {
        out.push_str(&tip(tr!("cli-error-similar-argument", arg = quoted(s))));
    } else if let Some(s) = suggested_values.first() {
        out.push_str(&tip(tr!("cli-error-similar-value", value = quoted(s))));
    } else if let Some(s) = suggested_commands.first() {
        out.push_str(&tip(tr!("cli-error-similar-command", command = quoted(s))));
    } else if e.kind() == ErrorKind::UnknownArgument
        && let Some(a) = strings(e, ContextKind::TrailingArg).first()
    {
        out.push_str(&tip(tr!("cli-error-trailing", arg = quoted(a))));
    }
    if !valid.is_empty() && suggested_values.is_empty() && e.kind() == ErrorKind::InvalidValue {
        let values: Vec<String> = valid.iter().map(|v| quoted(v)).collect();
        out.push_str(&tip(tr!(
            "cli-error-possible-values",
            values = values.join(", ")
        )));
    }
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.trim().strip_prefix("Usage:").unwrap_or(&usage).trim();
        out.push_str("\n\n");
        out.push_str(&tr!("cli-error-usage", usage = usage).render(lang));
    }
    out.push_str("\n\n");
    out.push_str(&tr!("cli-error-more").render(lang));
    out.push('\n');
    Some(out)
}

/// A number clap could not parse, by the standard library's words for it (clap keeps only
/// the text of the parse error).
fn number_error(text: &str) -> Option<&'static str> {
    match text {
        "cannot parse integer from empty string" => Some("cli-error-number-empty"),
        "number too large to fit in target type" | "number too small to fit in target type" => {
            Some("cli-error-number-too-large")
        }
        "invalid digit found in string" => Some("cli-error-number-digits"),
        _ => None,
    }
}

fn listed(items: Vec<String>) -> String {
    items
        .iter()
        .map(|s| quoted(s))
        .collect::<Vec<_>>()
        .join(", ")
}

fn quoted(s: &str) -> String {
    format!("'{s}'")
}

/// A context value as one text, quoted as clap quotes it: `'--frmat'`.
fn string(e: &clap::Error, kind: ContextKind) -> String {
    match e.get(kind) {
        Some(ContextValue::String(s)) => quoted(s),
        Some(ContextValue::Strings(v)) => {
            v.iter().map(|s| quoted(s)).collect::<Vec<_>>().join(", ")
        }
        _ => String::new(),
    }
}

/// A context value as a list.
fn strings(e: &clap::Error, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        _ => Vec::new(),
    }
}
