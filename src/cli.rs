//! The command line, as the user typed it (clap derive). Settings are built from it once, in `app`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::ingest::Limits;
use crate::report::Format;

#[derive(Debug, Parser)]
#[command(
    name = "kontakt",
    version,
    about = "Checks and builds the directory of regional coordinators against prostitution and human trafficking."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read the regions' spreadsheets and report every problem at its cell.
    Check(CheckArgs),
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The folder of the regions' files (or one file).
    #[arg(default_value = "input")]
    pub input: PathBuf,

    #[command(flatten)]
    pub common: CommonArgs,
}

/// What every command that reads the input takes.
#[derive(Debug, Args)]
pub struct CommonArgs {
    /// Reference data folder; any of lan.json, regions.json, columns.json and phonenumber-se.xml
    /// found there replaces the built-in one.
    #[arg(long, value_name = "DIR")]
    pub schemas: Option<PathBuf>,

    /// Report format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Also say what was detected in each file (encoding, delimiter, line endings).
    #[arg(long, short)]
    pub verbose: bool,

    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    pub deny_warnings: bool,

    /// Show at most N findings and say how many were left out.
    #[arg(long, value_name = "N")]
    pub max_findings: Option<usize>,

    /// Colour in the human report.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    #[command(flatten)]
    pub limits: LimitArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when writing to a terminal (and NO_COLOR is unset).
    Auto,
    Always,
    Never,
}

/// Limits that protect against hostile or broken files.
#[derive(Debug, Args)]
pub struct LimitArgs {
    /// Largest input file read, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_file_bytes)]
    pub max_file_bytes: u64,
    /// Largest total unzipped size of one spreadsheet, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_unzipped_bytes)]
    pub max_unzipped_bytes: u64,
    /// Largest compression ratio of one part (over 1 MiB) of a spreadsheet.
    #[arg(long, value_name = "RATIO", default_value_t = Limits::default().max_zip_ratio)]
    pub max_zip_ratio: u64,
    /// Most cells one sheet may span.
    #[arg(long, value_name = "CELLS", default_value_t = Limits::default().max_cells)]
    pub max_cells: u64,
}

impl LimitArgs {
    pub fn limits(&self) -> Limits {
        Limits {
            max_file_bytes: self.max_file_bytes,
            max_unzipped_bytes: self.max_unzipped_bytes,
            max_zip_ratio: self.max_zip_ratio,
            max_cells: self.max_cells,
        }
    }
}
