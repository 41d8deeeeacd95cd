//! `kontakt completions SHELL` and `kontakt man`: the command line described for shells and
//! `man`, generated from the same definition clap parses.

use std::io::Write;

use clap::CommandFactory;

use super::{Fatal, Outcome};
use crate::cli::Cli;
use crate::tr;

fn written(result: std::io::Result<()>) -> Result<Outcome, Fatal> {
    result
        .map(|()| Outcome::Clean)
        .map_err(|e| Fatal(tr!("cmd-cannot-write", reason = e.to_string())))
}

/// The exit codes, as the README's table says them.
const EXIT_STATUS: &str = r#".SH "EXIT STATUS"
.TP
0
No errors (warnings and notes allowed, unless \-\-deny\-warnings).
.TP
1
Data problems: at least one error (or warning with \-\-deny\-warnings), including an unreadable input file or a stale export under build \-\-check; explain \-\-phone, \-\-email or \-\-lan on a value with an error.
.TP
2
Could not run: bad arguments, a missing input folder, broken schemas, an output folder that holds files kontakt did not write.
"#;

/// A completion script for `shell` on `out`.
pub fn completions(shell: clap_complete::Shell, out: &mut dyn Write) -> Result<Outcome, Fatal> {
    let mut command = Cli::command();
    // Into memory first: clap_complete panics when its writer fails (a closed pipe).
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "kontakt", &mut script);
    written(out.write_all(&script).and_then(|()| out.flush()))
}

/// The manual page: kontakt's own, then a section for each subcommand with its synopsis and
/// options, so that `man kontakt` holds everything `--help` does.
pub fn man(out: &mut dyn Write) -> Result<Outcome, Fatal> {
    written(page().and_then(|text| out.write_all(&text)))
}

fn page() -> std::io::Result<Vec<u8>> {
    // The page footer holds the plain version; `--version`'s metadata line would not fit it.
    let command = Cli::command().version(env!("CARGO_PKG_VERSION"));
    let mut text = Vec::new();
    let man = clap_mangen::Man::new(command.clone());
    man.render_title(&mut text)?;
    man.render_name_section(&mut text)?;
    man.render_synopsis_section(&mut text)?;
    man.render_description_section(&mut text)?;
    man.render_options_section(&mut text)?;
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = format!("kontakt {}", sub.get_name());
        let man = clap_mangen::Man::new(sub.clone().bin_name(&name));
        let mut section = Vec::new();
        man.render_description_section(&mut section)?;
        man.render_synopsis_section(&mut section)?;
        man.render_options_section(&mut section)?;
        let section = String::from_utf8_lossy(&section)
            .replace(".SH DESCRIPTION\n", "")
            .replace(".SH SYNOPSIS\n", ".SS Synopsis\n")
            .replace(".SH OPTIONS\n", ".SS Options\n");
        text.extend_from_slice(format!(".SH \"{}\"\n", name.to_uppercase()).as_bytes());
        text.extend_from_slice(section.as_bytes());
    }
    text.extend_from_slice(EXIT_STATUS.as_bytes());
    text.extend_from_slice(b".SH VERSION\n");
    for line in crate::schemas::VERSION_TEXT.lines() {
        text.extend_from_slice(format!("{}\n.br\n", line.replace('-', "\\-")).as_bytes());
    }
    Ok(text)
}
