//! The command line, as the user typed it (clap derive). Settings are built from it once, in `app`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::i18n::Text;
use crate::ingest::Limits;
use crate::report::Format;
use crate::tr;

#[derive(Debug, Parser)]
#[command(
    name = "kontakt",
    version = crate::schemas::VERSION_TEXT,
    after_help = "Exit status: 0 no errors, 1 data problems, 2 could not run.",
    about = "Checks and builds the directory of regional coordinators against prostitution and human trafficking."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    /// The language of messages, reports and summaries (sv or en). Default: Swedish when
    /// LC_ALL, LC_MESSAGES or LANG starts with sv (sv_SE.UTF-8), else English. Mails are always
    /// Swedish.
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<crate::i18n::Lang>,
}

impl Cli {
    /// `--lang`, else the environment's.
    pub fn lang(&self) -> crate::i18n::Lang {
        self.lang.unwrap_or_else(crate::i18n::Lang::from_env)
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read the regions' spreadsheets and report every problem at its cell.
    Check(CheckArgs),
    /// Check, then write contacts.json, the CSV files and the vCards (nothing on any error).
    Build(BuildArgs),
    /// What changed between two directories: contacts.json files or input folders.
    Diff(DiffArgs),
    /// E-mail each region its findings and changes (to an outbox folder unless --smtp).
    Notify(NotifyArgs),
    /// Make a CardDAV address book hold exactly the directory, so subscribed phones update their
    /// cards in place.
    Publish(PublishArgs),
    /// Write the spreadsheet each region fills in (templates/<region>.xlsx, in Swedish), with
    /// last month's contacts filled in.
    Template(TemplateArgs),
    /// Each region's own files marked up: every finding at its cell with a note in Swedish,
    /// listed on a first sheet "Att rätta" (fixed/<region>-<month>.xlsx), for the regions with
    /// errors or warnings.
    Fix(FixArgs),
    /// What a rule code means (`explain phone-invalid`), or how kontakt reads one value
    /// (`explain --phone "08/627 71 78"`, `--email`, `--lan`). Alone: every rule code.
    Explain(ExplainArgs),
    /// A completion script for your shell: `kontakt completions bash > ~/.local/share/bash-completion/completions/kontakt`.
    Completions(CompletionsArgs),
    /// The manual page (roff): `kontakt man > kontakt.1 && man -l kontakt.1`.
    Man,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// A rule code, such as phone-invalid (completed by the shells; `kontakt explain` lists
    /// them).
    #[arg(
        conflicts_with_all = ["phone", "email", "lan"],
        value_parser = clap::builder::PossibleValuesParser::new(
            crate::diagnostic::Code::ALL.iter().map(|c| c.as_str())
        ),
        hide_possible_values = true
    )]
    pub code: Option<String>,

    /// Show how a phone cell is read: split, labels, E.164, type, written form. Write a number
    /// cell (digits a spreadsheet keeps as a number) as =46701234567.
    #[arg(long, value_name = "TEXT", conflicts_with_all = ["email", "lan"])]
    pub phone: Option<String>,

    /// Show how an e-mail cell is read: split, links decoded, domain checked.
    #[arg(long, value_name = "TEXT", conflicts_with = "lan")]
    pub email: Option<String>,

    /// Show which län a Län cell names.
    #[arg(long, value_name = "TEXT")]
    pub lan: Option<String>,

    /// Reference data folder (see `check --schemas`).
    #[arg(long, value_name = "DIR")]
    pub schemas: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct NotifyArgs {
    /// The folder of the regions' files.
    #[arg(default_value = "input")]
    pub input: PathBuf,

    /// The month of the import (YYYY-MM): in subjects, Message-IDs and attachment names.
    #[arg(long, value_name = "YYYY-MM")]
    pub month: String,

    /// Last month's contacts.json, for the changes (default: output/contacts.json beside the
    /// input folder). Given but missing or unreadable: exit 2 before anything is sent.
    #[arg(long, value_name = "FILE")]
    pub previous: Option<PathBuf>,

    /// Recipients per region and the coordinator (default: recipients.json in --schemas, else
    /// schemas/recipients.json beside the input folder, if present; a region not listed gets
    /// its own contacts' addresses).
    #[arg(long, value_name = "FILE")]
    pub recipients: Option<PathBuf>,

    /// The national coordinator's address: copied on every mail, receives the summary.
    #[arg(long, value_name = "ADDR")]
    pub coordinator: Vec<String>,

    /// The sender (default: the first coordinator address); its domain ends the Message-IDs.
    #[arg(long, value_name = "ADDR")]
    pub from: Option<String>,

    /// Where the .eml files go when not sending (default: outbox beside the input folder).
    #[arg(long, value_name = "DIR", conflicts_with = "smtp")]
    pub outbox: Option<PathBuf>,

    /// Send through this server: smtp://host:port or smtps://host:port. Credentials are read
    /// from KONTAKT_SMTP_USER and KONTAKT_SMTP_PASSWORD, never from the command line.
    #[arg(long, value_name = "URL")]
    pub smtp: Option<String>,

    /// With smtp://, upgrade the connection with STARTTLS (required).
    #[arg(long, requires = "smtp")]
    pub starttls: bool,

    /// A PEM certificate (a private CA) to trust besides the system's roots, for the TLS
    /// connection to --smtp.
    #[arg(long, value_name = "FILE", requires = "smtp")]
    pub smtp_ca: Option<PathBuf>,

    /// Only these messages: region ids (such as syd) or `sammanfattning`.
    #[arg(long, value_name = "KEY", value_delimiter = ',')]
    pub only: Vec<String>,

    /// Print what would be sent to whom; write and send nothing.
    #[arg(long)]
    pub dry_run: bool,

    /// Attach to each region's mail its own files marked up (what `kontakt fix` writes)
    /// instead of the findings CSV.
    #[arg(long)]
    pub attach_fixed: bool,

    /// Reference data folder (see `check --schemas`).
    #[arg(long, value_name = "DIR")]
    pub schemas: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct PublishArgs {
    /// The address book's URL (a CardDAV collection), such as
    /// https://moln.example.se/dav/regionkoordinatorer/ (see the README for Nextcloud's).
    /// Credentials are read from KONTAKT_CARDDAV_USER and KONTAKT_CARDDAV_PASSWORD, never from
    /// the command line.
    #[arg(value_name = "URL")]
    pub url: String,

    /// The folder of the regions' files.
    #[arg(long, value_name = "DIR", default_value = "input")]
    pub input: PathBuf,

    /// Say what would be added, changed and removed, by name; change nothing.
    #[arg(long)]
    pub dry_run: bool,

    /// Also overwrite or remove cards that were changed on the server since kontakt published
    /// them (never a card kontakt did not publish).
    #[arg(long)]
    pub force: bool,

    /// A PEM certificate (a private CA) to trust besides the system's roots.
    #[arg(long, value_name = "FILE")]
    pub ca: Option<PathBuf>,

    /// Allow plain http:// to another machine: the password and the directory then cross the
    /// network unencrypted. Without it, plain http:// is allowed only to this machine.
    #[arg(long)]
    pub allow_http: bool,

    /// Reference data folder (see `check --schemas`).
    #[arg(long, value_name = "DIR")]
    pub schemas: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// Only these regions, separated by commas: ids (such as syd) or names. Default: every
    /// region.
    #[arg(long, value_name = "REGION", value_delimiter = ',')]
    pub region: Vec<String>,

    /// Last month's directory, whose contacts are filled in (default: output/contacts.json, when
    /// it exists).
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,

    /// Empty templates, even when output/contacts.json exists.
    #[arg(long, conflicts_with = "from")]
    pub empty: bool,

    /// Where the templates go, one <region>.xlsx each (never the input folder).
    #[arg(long, value_name = "DIR", default_value = "templates")]
    pub out: PathBuf,

    /// Replace files in --out that are not kontakt's unchanged templates (a region's own
    /// spreadsheet, or a template it filled in).
    #[arg(long)]
    pub force: bool,

    /// Reference data folder (see `check --schemas`).
    #[arg(long, value_name = "DIR")]
    pub schemas: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct FixArgs {
    /// The folder of the regions' files.
    #[arg(default_value = "input")]
    pub input: PathBuf,

    /// The month of the import (YYYY-MM): in the files' names.
    #[arg(long, value_name = "YYYY-MM")]
    pub month: String,

    /// Where the workbooks go (default: fixed beside the input folder; never the input folder).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,

    /// Replace files in --out of a workbook's name that are not kontakt's unchanged
    /// workbooks (one edited since it was written).
    #[arg(long)]
    pub force: bool,

    /// Reference data folder (see `check --schemas`).
    #[arg(long, value_name = "DIR")]
    pub schemas: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// Last month: a contacts.json written by build, or an input folder.
    pub old: PathBuf,
    /// This month: a contacts.json written by build, or an input folder.
    pub new: PathBuf,

    #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
    pub format: DiffFormat,

    /// Exit 1 when anything changed (like `git diff --exit-code`).
    #[arg(long)]
    pub exit_code: bool,

    /// Reference data folder for input folders (see `check --schemas`).
    #[arg(long, value_name = "DIR")]
    pub schemas: Option<PathBuf>,
}

/// `diff --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    Human,
    Json,
    /// For a pull-request comment or an e-mail.
    Markdown,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// The folder of the regions' files (or one file).
    #[arg(default_value = "input")]
    pub input: PathBuf,

    /// Where the exports go (default: `output` beside the input folder). Replaced whole, but
    /// only when it holds nothing but what kontakt wrote there.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,

    /// Replace the output folder even when it holds files kontakt did not write, or exports
    /// changed by hand (never the input folder).
    #[arg(long)]
    pub force: bool,

    /// Write nothing; exit 1 and name the files when the output folder is not what build would write.
    #[arg(long, conflicts_with = "force")]
    pub check: bool,

    /// The date the directory is valid from (YYYY-MM-DD), written into contacts.json and the vCards' REV.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<String>,

    /// vCard version of the region files and all.vcf (the Outlook files are always 3.0).
    #[arg(long, value_enum, default_value = "3.0")]
    pub vcard_version: crate::export::vcard::Version,

    /// Also write one vCard file per contact in vcard/outlook/ (for an Outlook that imports one
    /// card at a time); outlook.csv imports them all at once.
    #[arg(long)]
    pub outlook_cards: bool,

    #[command(flatten)]
    pub common: CommonArgs,
}

/// Why a command-line value was refused, in the run's language (`crate::cli_error` shows it).
#[derive(Debug)]
pub struct ValueError(pub Text);

impl std::fmt::Display for ValueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for ValueError {}

/// `YYYY-MM-DD`, a real calendar date.
fn parse_date(text: &str) -> Result<String, ValueError> {
    let parts: Vec<&str> = text.split('-').collect();
    let numbers: Option<Vec<u32>> = match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            parts.iter().map(|p| p.parse().ok()).collect()
        }
        _ => None,
    };
    let Some([y, m, d]) = numbers.as_deref().map(|n| [n[0], n[1], n[2]]) else {
        return Err(ValueError(tr!("cli-date-format")));
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if (1..=12).contains(&m) && d >= 1 && d <= days[m as usize - 1] {
        Ok(text.to_string())
    } else {
        Err(ValueError(tr!("cli-date-not-a-date", date = text)))
    }
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

    /// Also say what was detected in each file (encoding, delimiter, line endings); with
    /// --format github, also annotate notes.
    #[arg(long, short)]
    pub verbose: bool,

    /// Print errors (and warnings, under --deny-warnings) and the summary line only.
    #[arg(long, short, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Write a Markdown summary to FILE: the counts, the change to the directory and a table of
    /// every finding. On GitHub Actions it is added to the job summary ($GITHUB_STEP_SUMMARY)
    /// without this option.
    #[arg(long, value_name = "FILE")]
    pub summary: Option<PathBuf>,

    /// The contacts.json the summary's changes are measured from (on a pull request: the base
    /// branch's). Default: contacts.json in the output folder.
    #[arg(long, value_name = "FILE")]
    pub base: Option<PathBuf>,

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

#[cfg(test)]
mod tests {
    #[test]
    fn dates_are_checked() {
        assert!(super::parse_date("2021-09-08").is_ok());
        assert!(super::parse_date("2024-02-29").is_ok());
        for bad in [
            "2023-02-29",
            "2021-13-01",
            "2021-9-8",
            "08/09/2021",
            "today",
        ] {
            assert!(super::parse_date(bad).is_err(), "{bad}");
        }
    }
}
