//! The `kontakt` binary: parse the command line, run, map the outcome to an exit code
//! (0 clean, 1 data problems, 2 could not run).

use std::process::ExitCode;

/// A check allocates a few small strings per cell; mimalloc halves what glibc's allocator costs
/// on 100,000 rows (see the README's benchmark).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::Parser;
use kontakt::app::{self, Outcome};
use kontakt::cli::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut stdout = std::io::stdout().lock();
    let result = match &cli.command {
        Command::Check(args) => app::check(args, &mut stdout),
        Command::Build(args) => app::build(args, &mut stdout, &mut std::io::stderr()),
        Command::Diff(args) => app::diff(args, &mut stdout),
        Command::Notify(args) => {
            kontakt::notify_app::notify(args, &mut stdout, &mut std::io::stderr())
        }
    };
    match result {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Failed) => ExitCode::from(1),
        Err(app::Fatal(message)) => {
            #[allow(clippy::print_stderr)]
            {
                eprintln!("kontakt: error: {message}");
            }
            ExitCode::from(2)
        }
    }
}
