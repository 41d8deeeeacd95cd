//! The `kontakt` binary: parse the command line, run, map the outcome to an exit code
//! (0 clean, 1 data problems, 2 could not run).

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

/// A check allocates a few small strings per cell; mimalloc halves what glibc's allocator costs
/// on 100,000 rows (see docs/DESIGN.md).
/// `--features system-alloc` keeps the system's allocator, for heap profilers (heaptrack) that
/// follow `malloc`.
#[cfg(not(feature = "system-alloc"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{CommandFactory, FromArgMatches};
use kontakt::cli::Cli;
use kontakt::commands::{self, Fatal, Outcome};
use kontakt::i18n::Lang;

/// `--lang sv` or `--lang=en` among the arguments, before clap parses them, so that `--help`
/// is in that language too.
fn lang_of_args() -> Option<Lang> {
    let args: Vec<String> = std::env::args().collect();
    args.iter().enumerate().find_map(|(i, a)| {
        let value = match a.strip_prefix("--lang") {
            Some("") => args.get(i + 1)?.as_str(),
            Some(rest) => rest.strip_prefix('=')?,
            None => return None,
        };
        match value {
            "sv" => Some(Lang::Sv),
            "en" => Some(Lang::En),
            _ => None,
        }
    })
}

/// Transparent huge pages off for this process (Linux): mimalloc's arenas would otherwise be
/// faulted in 2 MiB at a time, each page cleared by the kernel, which made a check of the
/// 19-contact shipped input take 50 MB and most of its time (docs/DESIGN.md, Performance).
/// Elsewhere there is nothing to turn off.
fn small_pages() {
    #[cfg(target_os = "linux")]
    {
        let _ = rustix::thread::disable_transparent_huge_pages(true);
    }
}

/// `small_pages` before `main` too: the Rust runtime's first allocation, before `main` runs,
/// faulted in a whole 2 MiB page, a sixth of a check of the shipped input.
#[cfg(target_os = "linux")]
#[used]
#[unsafe(link_section = ".init_array")]
static SMALL_PAGES_FIRST: extern "C" fn() = {
    extern "C" fn first() {
        small_pages();
    }
    first
};

/// mimalloc returns freed memory to the system 2 ms after it is freed rather than 10 ms (100 ms
/// for whole arenas): a run frees the rows it has read all along, and the default delays let a
/// check of 100,000 rows hold twice the memory it uses. At once (0 ms) cost a tenth of a million
/// rows' time in the kernel, returning pages a row later asks for again (docs/DESIGN.md,
/// Performance). `mi_option_purge_delay` and `mi_option_arena_purge_mult` are options 15 and 24
/// in mimalloc 3's `mimalloc.h`; libmimalloc-sys names no constants for them.
fn prompt_purge() {
    #[cfg(not(feature = "system-alloc"))]
    {
        const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
        const MI_OPTION_ARENA_PURGE_MULT: libmimalloc_sys::mi_option_t = 24;
        // SAFETY: sets two of mimalloc's options, which it reads atomically; valid at any time.
        unsafe {
            libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 2);
            libmimalloc_sys::mi_option_set(MI_OPTION_ARENA_PURGE_MULT, 1);
        }
    }
}

fn main() -> ExitCode {
    small_pages();
    prompt_purge();
    let lang = lang_of_args().unwrap_or_else(Lang::from_env);
    let command = kontakt::cli_text::localized(Cli::command(), lang);
    let cli = command
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches))
        .unwrap_or_else(|e| match kontakt::cli_error::render(&e, lang) {
            Some(text) => {
                #[allow(clippy::print_stderr)]
                {
                    eprint!("{text}");
                }
                std::process::exit(2)
            }
            None => e.exit(),
        });
    let lang = cli.lang.unwrap_or(lang);
    // Into a file or pipe, output goes in large blocks: Rust's stdout writes each line on its
    // own, which was a tenth of a check's time with many findings. On a terminal, line by line.
    let stdout = std::io::stdout();
    let mut out: Box<dyn Write> = match stdout.is_terminal() {
        true => Box::new(stdout.lock()),
        false => Box::new(std::io::BufWriter::with_capacity(1 << 16, stdout.lock())),
    };
    let mut outcome = commands::run(&cli.command, lang, &mut out, &mut std::io::stderr());
    // The last block is written here: a reader that stopped reading got what it wanted, any
    // other failure (a full disk) fails the run as a failed write in the command does.
    if let Err(e) = commands::to_reader(out.flush())
        && outcome.is_ok()
    {
        outcome = Err(Fatal(kontakt::tr!(
            "cmd-cannot-write-report",
            reason = kontakt::i18n::io_reason(&e)
        )));
    }
    drop(out);
    match outcome {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Failed) => ExitCode::from(1),
        Err(Fatal(message)) => {
            #[allow(clippy::print_stderr)]
            {
                let message = message.render(lang);
                eprintln!("{}", kontakt::tr!("fatal", message = message).render(lang));
            }
            ExitCode::from(2)
        }
    }
}
