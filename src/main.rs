//! The `kontakt` binary: parse the command line, run, map the outcome to an exit code
//! (0 clean, 1 data problems, 2 could not run).

use std::process::ExitCode;

/// A check allocates a few small strings per cell; mimalloc halves what glibc's allocator costs
/// on 100,000 rows (see docs/DESIGN.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::Parser;
use kontakt::cli::Cli;
use kontakt::commands::{self, Fatal, Outcome};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut stdout = std::io::stdout().lock();
    match commands::run(
        &cli.command,
        cli.lang(),
        &mut stdout,
        &mut std::io::stderr(),
    ) {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Failed) => ExitCode::from(1),
        Err(Fatal(message)) => {
            #[allow(clippy::print_stderr)]
            {
                eprintln!("kontakt: error: {message}");
            }
            ExitCode::from(2)
        }
    }
}
