//! One file per subcommand (`check.rs`, `build.rs`, …), each taking its parsed arguments and the
//! streams to write to. `run` picks the command; `main` maps the outcome to an exit code.

pub mod build;
pub mod check;
pub mod diff;
pub mod explain;
pub mod fix;
pub mod help;
pub mod notify;
pub mod publish;
pub mod summary;
pub mod template;

use std::io::Write;

use crate::cli::Command;
use crate::i18n::{Lang, Text};

/// kontakt could not run at all (exit 2): bad arguments, a missing input folder, broken schemas.
/// The text is rendered in the run's language by `main`.
#[derive(Debug)]
pub struct Fatal(pub Text);

/// A write to the report's stream, where a reader that stopped reading (`kontakt check | head`)
/// is not an error: what it wanted, it got.
pub fn to_reader(result: std::io::Result<()>) -> std::io::Result<()> {
    match result {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// The outcome of a run that could run: exit 0 or 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Clean,
    Failed,
}

/// Run one command: the report goes to `out`, status lines to `err`.
pub fn run(
    command: &Command,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome, Fatal> {
    match command {
        Command::Check(args) => check::run(args, lang, out, err),
        Command::Build(args) => build::run(args, lang, out, err),
        Command::Diff(args) => diff::run(args, lang, out),
        Command::Notify(args) => notify::run(args, lang, out, err),
        Command::Publish(args) => publish::run(args, lang, out, err),
        Command::Template(args) => template::run(args, lang, out),
        Command::Fix(args) => fix::run(args, lang, out, err),
        Command::Explain(args) => explain::run(args, lang, out),
        Command::Completions(args) => help::completions(args.shell, lang, out),
        Command::Man => help::man(lang, out),
    }
}
