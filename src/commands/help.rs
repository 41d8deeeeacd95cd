//! `kontakt completions SHELL` and `kontakt man`: the command line described for shells and
//! `man`, generated from the same definition clap parses.

use std::fmt::Write as _;
use std::io::Write;

use clap::CommandFactory;

use super::{Fatal, Outcome};
use crate::cli::Cli;
use crate::i18n::{Lang, Text};
use crate::tr;

fn written(result: std::io::Result<()>) -> Result<Outcome, Fatal> {
    result
        .map(|()| Outcome::Clean)
        .map_err(|e| Fatal(tr!("cmd-cannot-write", reason = crate::i18n::io_reason(&e))))
}

/// For the completion scripts only, which are never parsed with: each possible value's
/// description in `lang` (`--format human` shows "För människor: …" in zsh and fish).
fn value_helps(cmd: clap::Command, lang: Lang) -> clap::Command {
    if lang == Lang::En {
        return cmd;
    }
    cmd.mut_args(|arg| {
        let values = arg.get_possible_values();
        if !arg.get_action().takes_values() || values.iter().all(|v| v.get_help().is_none()) {
            return arg;
        }
        let id = arg.get_id().as_str().to_string();
        let translated: Vec<clap::builder::PossibleValue> = values
            .into_iter()
            .map(
                |v| match crate::cli_text::value_help(&id, v.get_name(), lang) {
                    Some(text) if v.get_help().is_some() => v.help(text),
                    _ => v,
                },
            )
            .collect();
        arg.value_parser(clap::builder::PossibleValuesParser::new(translated))
    })
    .mut_subcommands(|sub| value_helps(sub, lang))
}

/// `text` as roff: a line that starts with `.` or `'` is not a request, `-` is a minus sign
/// and `\` a backslash.
fn roff(text: &str) -> String {
    let text = text.replace('\\', "\\e").replace('-', "\\-");
    match text.chars().next() {
        Some('.' | '\'') => format!("\\&{text}"),
        _ => text,
    }
}

/// The exit codes, as the README's table says them, in `lang`.
fn exit_status(lang: Lang) -> String {
    let mut text = format!(
        ".SH {}\n",
        roff_heading(&tr!("man-exit-status").render(lang))
    );
    for (code, id) in [(0, "man-exit-0"), (1, "man-exit-1"), (2, "man-exit-2")] {
        let _ = writeln!(text, ".TP\n{code}\n{}", roff(&Text::new(id).render(lang)));
    }
    text
}

/// A completion script for `shell` on `out`.
pub fn completions(
    shell: clap_complete::Shell,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<Outcome, Fatal> {
    let mut command = value_helps(crate::cli_text::localized(Cli::command(), lang), lang);
    // Into memory first: clap_complete panics when its writer fails (a closed pipe).
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "kontakt", &mut script);
    written(out.write_all(&script).and_then(|()| out.flush()))
}

/// The manual page in `lang`: kontakt's own, then a section for each subcommand with its
/// synopsis and options, so that `man kontakt` holds everything `--help` does.
pub fn man(lang: Lang, out: &mut dyn Write) -> Result<Outcome, Fatal> {
    written(page(lang).and_then(|text| out.write_all(&text)))
}

/// clap_mangen's section headings (English), with their messages.
const HEADINGS: [(&str, &str); 4] = [
    (".SH NAME\n", "man-name"),
    (".SH SYNOPSIS\n", "man-synopsis"),
    (".SH DESCRIPTION\n", "man-description"),
    (".SH OPTIONS\n", "man-options"),
];

fn page(lang: Lang) -> std::io::Result<Vec<u8>> {
    // The page footer holds the plain version; `--version`'s metadata line would not fit it.
    // Without the help's headings, which clap_mangen would make sections of: every argument
    // under the one OPTIONS section, as in English.
    let command = without_headings(crate::cli_text::localized(Cli::command(), lang))
        .version(env!("CARGO_PKG_VERSION"));
    let mut text = Vec::new();
    let man = clap_mangen::Man::new(command.clone()).manual(tr!("man-manual").render(lang));
    man.render_title(&mut text)?;
    man.render_name_section(&mut text)?;
    man.render_synopsis_section(&mut text)?;
    man.render_description_section(&mut text)?;
    man.render_options_section(&mut text)?;
    let mut text = String::from_utf8_lossy(&text).into_owned();
    for (english, id) in HEADINGS {
        let heading = format!(".SH {}\n", roff_heading(&Text::new(id).render(lang)));
        text = text.replace(english, &heading);
    }
    let mut text = text.into_bytes();
    let subsection =
        |id: &'static str| format!(".SS {}\n", roff_heading(&Text::new(id).render(lang)));
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = format!("kontakt {}", sub.get_name());
        let man = clap_mangen::Man::new(sub.clone().bin_name(&name));
        let mut section = Vec::new();
        man.render_description_section(&mut section)?;
        man.render_synopsis_section(&mut section)?;
        man.render_options_section(&mut section)?;
        let section = String::from_utf8_lossy(&section)
            .replace(".SH DESCRIPTION\n", "")
            .replace(".SH SYNOPSIS\n", &subsection("man-synopsis-sub"))
            .replace(".SH OPTIONS\n", &subsection("man-options-sub"));
        text.extend_from_slice(format!(".SH \"{}\"\n", name.to_uppercase()).as_bytes());
        text.extend_from_slice(section.as_bytes());
    }
    text.extend_from_slice(exit_status(lang).as_bytes());
    let version = roff_heading(&tr!("man-version").render(lang));
    text.extend_from_slice(format!(".SH {version}\n").as_bytes());
    for line in crate::schemas::version_text(lang).lines() {
        text.extend_from_slice(format!("{}\n.br\n", line.replace('-', "\\-")).as_bytes());
    }
    if lang != Lang::En {
        // The possible values the help lists (`- human: …`), one a line.
        let page = String::from_utf8_lossy(&text).replace("\n\\- ", "\n.br\n\\- ");
        return Ok(page.into_bytes());
    }
    Ok(text)
}

/// A heading's words as a roff argument: quoted when it has more than one.
fn roff_heading(text: &str) -> String {
    if text.contains(' ') {
        format!("\"{text}\"")
    } else {
        text.to_string()
    }
}

/// `cmd` and its subcommands with no argument under a heading of its own.
fn without_headings(cmd: clap::Command) -> clap::Command {
    cmd.mut_args(|arg| arg.help_heading(None::<&str>))
        .mut_subcommands(without_headings)
}
