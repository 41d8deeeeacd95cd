//! The command line's help in the run's language: clap's command, with each about and help text
//! replaced by its Fluent message (`locales/*/cli.ftl`) where one exists.
//!
//! A message's id follows the command's path and the argument's id, `_` written `-`: `cli-about`,
//! `cli-after-help`, `cli-lang`, `cli-check-about`, `cli-check-deny-warnings`. clap's own
//! `--help` and `--version` are `cli-flag-*`. A message missing from the resources keeps clap's
//! English text.

use clap::{Arg, ArgAction, Command};

use crate::i18n::{Lang, Text};

/// The texts clap gives the flags it makes itself, with their messages.
const BUILT_IN: [(&str, &str); 4] = [
    ("Print help", "cli-flag-help"),
    ("Print help (see more with '--help')", "cli-flag-help-more"),
    ("Print help (see a summary with '-h')", "cli-flag-help-long"),
    ("Print version", "cli-flag-version"),
];

/// `cmd` with its texts in `lang`. The English texts are the doc comments in `cli.rs`, so in
/// English `cmd` is returned as it is.
pub fn localized(cmd: Command, lang: Lang) -> Command {
    if lang == Lang::En {
        return cmd;
    }
    // clap adds --help and --version only when it builds a command: a built copy shows which
    // command gets which of them, with which text.
    let mut built = cmd.clone();
    built.build();
    let cmd = translate(cmd, &built, "cli", lang).version(crate::schemas::version_text(lang));
    let mut built = cmd.clone();
    built.build();
    let mut cmd = usages(cmd, &mut built, lang);
    // clap's own `help` subcommand exists only once the command is built: built here, its
    // texts are replaced (clap does not build a command twice).
    cmd.build();
    cmd.mut_subcommand("help", |help| {
        help.about(Text::new("cli-help-about").render(lang))
            .mut_args(|arg| arg.help(Text::new("cli-help-subcommand").render(lang)))
    })
}

/// `cmd` and its subcommands with usage lines in `lang`: clap's, with its `[OPTIONS]` and
/// `<COMMAND>` in words of `lang` (the value placeholders are translated already).
fn usages(cmd: Command, built: &mut Command, lang: Lang) -> Command {
    let usage = built.render_usage().to_string();
    let heading = "Usage: ";
    let usage = usage
        .lines()
        .map(|line| line.strip_prefix(heading).unwrap_or(line).trim_start())
        .collect::<Vec<_>>()
        .join("\n       ")
        .replace(
            "[OPTIONS]",
            &format!("[{}]", Text::new("cli-usage-options").render(lang)),
        )
        .replace(
            "<COMMAND>",
            &format!("<{}>", Text::new("cli-usage-command").render(lang)),
        );
    cmd.override_usage(usage).mut_subcommands(|sub| {
        let name = sub.get_name().to_string();
        match built.find_subcommand_mut(&name) {
            Some(built_sub) => usages(sub, built_sub, lang),
            None => sub,
        }
    })
}

/// `cmd` and its subcommands with the messages whose ids start with `prefix`; `built` is `cmd`
/// as clap builds it.
fn translate(mut cmd: Command, built: &Command, prefix: &str, lang: Lang) -> Command {
    if let Some(text) = message(format!("{prefix}-about"), lang) {
        if cmd.get_long_about().is_some() {
            cmd = cmd.long_about(text.clone());
        }
        cmd = cmd.about(text);
    }
    if let Some(text) = message(format!("{prefix}-after-help"), lang) {
        if cmd.get_after_long_help().is_some() {
            cmd = cmd.after_long_help(text.clone());
        }
        cmd = cmd.after_help(text);
    }
    // Every argument in its place (not `mut_arg`, which moves it last): the order of the
    // arguments numbers the positional ones.
    cmd = cmd.mut_args(|arg| {
        let id = format!("{prefix}-{}", arg.get_id().as_str().replace('_', "-"));
        let arg = match message(id, lang) {
            Some(text) if arg.get_long_help().is_some() => arg.long_help(text.clone()).help(text),
            Some(text) => arg.help(text),
            None => arg,
        };
        value_texts(value_names(arg, lang), lang)
    });
    cmd = built_in_flags(cmd, built, lang);
    cmd = headings(cmd, lang);
    cmd.mut_subcommands(|sub| {
        let name = sub.get_name().to_string();
        match built.find_subcommand(&name) {
            Some(built_sub) => translate(sub, built_sub, &format!("{prefix}-{name}"), lang),
            None => sub,
        }
    })
}

/// The placeholders of `arg`'s values (`<DATE>`, `[INPUT]`) in `lang`: `cli-value-name-date`.
fn value_names(arg: Arg, lang: Lang) -> Arg {
    if !arg.get_action().takes_values() {
        return arg;
    }
    let names: Vec<String> = match arg.get_value_names() {
        Some(names) => names.iter().map(ToString::to_string).collect(),
        None => vec![arg.get_id().as_str().to_uppercase()],
    };
    let translated: Vec<String> = names
        .iter()
        .map(|name| {
            let id = format!("cli-value-name-{}", name.to_lowercase().replace('_', "-"));
            message(id, lang).unwrap_or_else(|| name.clone())
        })
        .collect();
    if translated == names {
        arg
    } else {
        arg.value_names(translated)
    }
}

/// The possible values of `arg` and its default in `lang`. clap writes `[default: …]` and
/// `Possible values:` itself, in English; these are turned off and written into the help
/// instead, as clap lays them out: on the line of the short help, below the long help.
fn value_texts(arg: Arg, lang: Lang) -> Arg {
    if !arg.get_action().takes_values() {
        return arg;
    }
    let values: Vec<clap::builder::PossibleValue> = if arg.is_hide_possible_values_set() {
        Vec::new()
    } else {
        arg.get_possible_values()
            .into_iter()
            .filter(|v| !v.is_hide_set())
            .collect()
    };
    let defaults: Vec<String> = if arg.is_hide_default_value_set() {
        Vec::new()
    } else {
        arg.get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect()
    };
    if values.is_empty() && defaults.is_empty() {
        return arg;
    }
    let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
    let default = (!defaults.is_empty()).then(|| {
        Text::new("cli-default")
            .arg("value", defaults.join(", "))
            .render(lang)
    });
    let inline_values = (!names.is_empty()).then(|| {
        Text::new("cli-possible-values")
            .arg("values", names.join(", "))
            .render(lang)
    });
    let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
    let short: Vec<String> = [Some(help.clone()), default.clone(), inline_values.clone()]
        .into_iter()
        .flatten()
        .filter(|t| !t.is_empty())
        .collect();
    let arg_id = arg.get_id().as_str().to_string();
    let listed = values.iter().any(|v| v.get_help().is_some()).then(|| {
        let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
        let mut list = Text::new("cli-possible-values-heading").render(lang);
        for v in &values {
            let name = v.get_name();
            list.push_str("\n- ");
            match v.get_help() {
                Some(english) => {
                    let text =
                        value_help(&arg_id, name, lang).unwrap_or_else(|| english.to_string());
                    let pad = width - name.chars().count();
                    list.push_str(&format!("{name}:{:pad$} {text}", ""));
                }
                None => list.push_str(name),
            }
        }
        list
    });
    let long_help = arg.get_long_help().map(ToString::to_string).unwrap_or(help);
    let long: Vec<String> = [Some(long_help), listed.or(inline_values), default]
        .into_iter()
        .flatten()
        .filter(|t| !t.is_empty())
        .collect();
    arg.hide_possible_values(true)
        .hide_default_value(true)
        .help(short.join(" "))
        .long_help(long.join("\n\n"))
}

/// clap's own headings (`Usage:`, `Arguments:`, `Options:`, `Commands:`) in `lang`: a help
/// template with the usage heading, and every argument under a heading of its kind.
fn headings(cmd: Command, lang: Lang) -> Command {
    let usage = Text::new("cli-heading-usage").render(lang);
    let arguments = Text::new("cli-heading-arguments").render(lang);
    let options = Text::new("cli-heading-options").render(lang);
    let commands = Text::new("cli-heading-commands").render(lang);
    cmd.help_template(format!(
        "{{before-help}}{{about-with-newline}}\n{usage}: {{usage}}\n\n{{all-args}}{{after-help}}"
    ))
    .subcommand_help_heading(commands)
    .mut_args({
        // Under a heading clap lists arguments by display order, then by id: the positional
        // ones keep the order they are given in (`<OLD> <NEW>`).
        let mut position = 0usize;
        move |arg| {
            if arg.is_positional() {
                position += 1;
                arg.help_heading(arguments.clone()).display_order(position)
            } else {
                arg.help_heading(options.clone())
            }
        }
    })
}

/// `cmd` with clap's `--help` and `--version` (those its built copy has) in `lang`. clap makes
/// them only when it builds a command, so they cannot be changed before; instead they are
/// turned off and made here as clap makes them, with the texts in `lang`.
fn built_in_flags(mut cmd: Command, built: &Command, lang: Lang) -> Command {
    let help = clap_flag(&cmd, built, "help")
        .filter(|a| matches!(a.get_action(), ArgAction::Help))
        .map(|theirs| {
            let flag = Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help);
            with_texts(flag, theirs, lang)
        });
    let version = clap_flag(&cmd, built, "version")
        .filter(|a| matches!(a.get_action(), ArgAction::Version))
        .map(|theirs| {
            let flag = Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version);
            with_texts(flag, theirs, lang)
        });
    if let Some(flag) = help {
        cmd = cmd.disable_help_flag(true).arg(flag);
    }
    if let Some(flag) = version {
        cmd = cmd.disable_version_flag(true).arg(flag);
    }
    cmd
}

/// The argument `id` of `built` that clap made itself: `cmd` has none of that id.
fn clap_flag<'a>(cmd: &Command, built: &'a Command, id: &str) -> Option<&'a Arg> {
    if cmd.get_arguments().any(|a| a.get_id().as_str() == id) {
        return None;
    }
    built.get_arguments().find(|a| a.get_id().as_str() == id)
}

/// `flag` with the texts of clap's own `theirs`, in `lang`, listed last as clap lists it.
fn with_texts(mut flag: Arg, theirs: &Arg, lang: Lang) -> Arg {
    if let Some(text) = theirs.get_help() {
        flag = flag.help(built_in_text(text.to_string(), lang));
    }
    if let Some(text) = theirs.get_long_help() {
        flag = flag.long_help(built_in_text(text.to_string(), lang));
    }
    // What clap's own flags are, having none.
    flag.display_order(999usize)
}

/// One of clap's own texts in `lang`, else as clap wrote it.
fn built_in_text(english: String, lang: Lang) -> String {
    match BUILT_IN.iter().find(|(text, _)| *text == english) {
        Some(&(_, id)) => {
            let text = Text::new(id).render(lang);
            if text == id { english } else { text }
        }
        None => english,
    }
}

/// What a possible value of the argument `arg_id` means, in `lang` (`cli-value-ARG-VALUE`,
/// `.` written `-`), or `None` where the resources have no message for it.
pub fn value_help(arg_id: &str, value: &str, lang: Lang) -> Option<String> {
    let id = format!(
        "cli-value-{}-{}",
        arg_id.replace('_', "-"),
        value.replace('.', "-")
    );
    message(id, lang)
}

/// The message `id` in `lang`, or `None` where the resources have none.
fn message(id: String, lang: Lang) -> Option<String> {
    let text = Text::new(id.clone()).render(lang);
    (text != id).then_some(text)
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::PathBuf;

    use clap::builder::StyledStr;
    use clap::{CommandFactory, FromArgMatches};

    use super::*;
    use crate::cli::Cli;

    fn shown(text: Option<&StyledStr>) -> Option<String> {
        text.map(ToString::to_string)
    }

    /// Every about, after-help and help text of the built `cmd` and its subcommands (not clap's
    /// `help` subcommand), by where it is shown: `kontakt check deny_warnings`.
    fn texts(cmd: &Command, path: &str, found: &mut BTreeMap<String, Option<String>>) {
        found.insert(format!("{path} (about)"), shown(cmd.get_about()));
        if cmd.get_after_help().is_some() {
            found.insert(format!("{path} (after help)"), shown(cmd.get_after_help()));
        }
        for arg in cmd.get_arguments() {
            let id = arg.get_id();
            found.insert(format!("{path} {id}"), shown(arg.get_help()));
            // Swedish writes defaults and values into a long help of its own.
            found.insert(format!("{path} {id} (long)"), shown(arg.get_long_help()));
        }
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            texts(sub, &format!("{path} {}", sub.get_name()), found);
        }
    }

    fn built_texts(lang: Lang) -> BTreeMap<String, Option<String>> {
        let mut cmd = localized(Cli::command(), lang);
        cmd.build();
        let mut found = BTreeMap::new();
        texts(&cmd, "kontakt", &mut found);
        found
    }

    #[test]
    fn every_text_of_the_command_line_is_in_swedish() {
        let (en, sv) = (built_texts(Lang::En), built_texts(Lang::Sv));
        assert_eq!(
            en.keys().collect::<Vec<_>>(),
            sv.keys().collect::<Vec<_>>(),
            "the same commands and arguments in both languages"
        );
        assert!(en.len() > 80, "{}", en.len());
        let untranslated: Vec<String> = en
            .iter()
            .filter(|&(k, v)| v.is_some() && sv.get(k) == Some(v))
            .map(|(k, v)| format!("{k}: {v:?}"))
            .collect();
        assert!(
            untranslated.is_empty(),
            "not in Swedish:\n{}",
            untranslated.join("\n")
        );
    }

    /// Every message id the command line looks up, with clap's English text where it has one.
    fn ids(cmd: &Command, prefix: &str, found: &mut Vec<(String, Option<String>)>) {
        found.push((format!("{prefix}-about"), shown(cmd.get_about())));
        found.push((format!("{prefix}-after-help"), shown(cmd.get_after_help())));
        for arg in cmd.get_arguments() {
            let id = arg.get_id().as_str().replace('_', "-");
            found.push((format!("{prefix}-{id}"), shown(arg.get_help())));
            if !arg.get_action().takes_values() {
                continue;
            }
            for value in arg.get_possible_values() {
                if let Some(help) = value.get_help() {
                    let name = value.get_name().replace('.', "-");
                    found.push((format!("cli-value-{id}-{name}"), shown(Some(help))));
                }
            }
            let names: Vec<String> = match arg.get_value_names() {
                Some(names) => names.iter().map(ToString::to_string).collect(),
                None => vec![arg.get_id().as_str().to_uppercase()],
            };
            for name in names {
                let id = format!("cli-value-name-{}", name.to_lowercase().replace('_', "-"));
                found.push((id, Some(name)));
            }
        }
        for sub in cmd.get_subcommands() {
            ids(sub, &format!("{prefix}-{}", sub.get_name()), found);
        }
    }

    #[test]
    fn the_english_messages_are_the_doc_comments_and_every_message_is_used() {
        let mut found = Vec::new();
        ids(&Cli::command(), "cli", &mut found);
        let built_in = BUILT_IN.map(|(english, id)| (id.to_string(), Some(english.to_string())));
        let mut problems = Vec::new();
        for (id, english) in found.iter().chain(&built_in) {
            let Some(english) = english else { continue };
            let message = Text::new(id.clone()).render(Lang::En);
            if message != *english {
                problems.push(format!(
                    "{id}: cli.rs (or clap) says {english:?}, locales/en/cli.ftl {message:?}"
                ));
            }
        }
        let looked_up: BTreeSet<&str> = found
            .iter()
            .chain(&built_in)
            .map(|(id, _)| id.as_str())
            .collect();
        for line in include_str!("../locales/en/cli.ftl").lines() {
            if let Some((id, _)) = line.split_once(" = ")
                && !line.starts_with('#')
                && !looked_up.contains(id.trim())
                && ![
                    "cli-heading-",
                    "cli-default",
                    "cli-possible-values",
                    "cli-usage-",
                    "cli-help-",
                ]
                .iter()
                .any(|p| id.starts_with(p))
                && !id.starts_with("cli-error")
                && !id.starts_with("cli-date-")
            {
                problems.push(format!(
                    "{id} is in locales/en/cli.ftl but not on the command line"
                ));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn swedish_help_is_shown_and_the_command_line_parses_as_before() {
        let cmd = || localized(Cli::command(), Lang::Sv);
        let help = cmd()
            .try_get_matches_from(["kontakt", "check", "-h"])
            .unwrap_err();
        assert_eq!(help.kind(), clap::error::ErrorKind::DisplayHelp);
        let help = help.to_string();
        assert!(help.contains("Visa hjälp (mer med '--help')"), "{help}");
        assert!(
            help.contains("Misslyckas (slutkod 1) även vid varningar"),
            "{help}"
        );
        assert!(help.contains("Språket i meddelanden"), "{help}");

        let top = cmd()
            .try_get_matches_from(["kontakt", "--help"])
            .unwrap_err();
        assert_eq!(top.kind(), clap::error::ErrorKind::DisplayHelp);
        let top = top.to_string();
        assert!(top.contains("Visa version"), "{top}");
        assert!(top.contains("Slutkod: 0"), "{top}");
        let version = cmd().try_get_matches_from(["kontakt", "-V"]).unwrap_err();
        assert_eq!(version.kind(), clap::error::ErrorKind::DisplayVersion);

        // The positional arguments keep their order.
        let matches = cmd()
            .try_get_matches_from(["kontakt", "diff", "old.json", "new.json", "--lang", "sv"])
            .unwrap();
        let cli = Cli::from_arg_matches(&matches).unwrap();
        let crate::cli::Command::Diff(diff) = cli.command else {
            panic!("not diff")
        };
        assert_eq!(
            (diff.old, diff.new),
            (PathBuf::from("old.json"), PathBuf::from("new.json"))
        );
        assert_eq!(cli.lang, Some(Lang::Sv));
    }
}
