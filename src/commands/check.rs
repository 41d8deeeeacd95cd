//! `kontakt check`: read the regions' files and report every problem at its cell; and the report
//! every command that reads the input ends with.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use super::{Fatal, Outcome, summary};
use crate::cli::{CheckArgs, ColorChoice, CommonArgs};
use crate::diagnostic::{Code, Finding, Severity};
use crate::i18n::Lang;
use crate::pipeline::{Checked, Settings, check_input, project_of, summarise};
use crate::report::{Format, Report};
use crate::tr;

/// What a run reports besides the input's own findings.
pub struct Run {
    /// The command as the summary names it: `kontakt check input`.
    pub command: String,
    /// The output folder, whose contacts.json the summary compares with by default.
    pub output: PathBuf,
    /// Findings about the exports (`build --check`), after the input's.
    pub exports: Vec<Finding>,
    /// The language of the report and the summary.
    pub lang: Lang,
}

/// Report the findings (and write the Markdown summary, when asked for) and decide the outcome.
pub fn report(
    checked: &Checked,
    settings: &Settings,
    common: &CommonArgs,
    run: &Run,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome, Fatal> {
    // Every finding the run counts: `detected` only when asked for.
    let all: Vec<&Finding> = checked
        .findings
        .iter()
        .chain(&run.exports)
        .filter(|f| common.verbose || f.code != Code::Detected)
        .collect();
    // What this format shows: errors only with --quiet; notes as GitHub annotations only with
    // --verbose, since each one is a line on every pull request.
    let visible: Vec<&Finding> = all
        .iter()
        .copied()
        // With --deny-warnings a warning fails the run, so --quiet shows it too.
        .filter(|f| {
            !common.quiet
                || f.severity == Severity::Error
                || (common.deny_warnings && f.severity == Severity::Warning)
        })
        .filter(|f| {
            common.verbose || common.format != Format::Github || f.severity != Severity::Info
        })
        .collect();
    // A note or warning said at many places is one entry; --max-findings counts entries.
    let mut groups = crate::report::group::group(&visible, common.deny_warnings);
    let limit = common.max_findings.unwrap_or(usize::MAX);
    let omitted: usize = groups
        .iter()
        .skip(limit)
        .map(crate::report::group::Group::count)
        .sum();
    groups.truncate(limit);
    let mut summary = summarise(checked, &settings.reference, &all, 0);
    summary.omitted = omitted;
    let colour = match common.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    };
    let rendered = common.format.render(
        &Report {
            groups: &groups,
            summary: &summary,
            lang: run.lang,
            reference: &settings.reference,
            lan_claims: &checked.directory.lan_claims,
            coverage_checked: !checked
                .findings
                .iter()
                .any(|f| f.code == Code::CheckOneFile),
        },
        out,
        colour,
    );
    // Out now, before anything the command does next (`build` writes its folder after this):
    // output into a file is buffered, and a report that cannot be written stops the run here.
    super::to_reader(rendered.and_then(|()| out.flush())).map_err(|e| {
        Fatal(tr!(
            "cmd-cannot-write-report",
            reason = crate::i18n::io_reason(&e)
        ))
    })?;
    let failed = summary.errors > 0 || (common.deny_warnings && summary.warnings > 0);
    let tally = summary::Tally {
        findings: &all,
        summary: &summary,
        failed,
    };
    summary::write(checked, settings, common, run, &tally, err)
        .map_err(|e| Fatal(tr!("cmd-cannot-write", reason = crate::i18n::io_reason(&e))))?;
    Ok(if failed {
        Outcome::Failed
    } else {
        Outcome::Clean
    })
}

/// `kontakt check`.
pub fn run(
    args: &CheckArgs,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome, Fatal> {
    let mut settings = Settings::new(&args.input, &args.common, lang)?;
    // The summary compares the directory with the last build's; nothing else needs the contacts.
    settings.keep_contacts = summary::destination(&args.common).is_some();
    let checked = check_input(&settings)?;
    let run = Run {
        command: format!("kontakt check {}", args.input.display()),
        output: project_of(&args.input).join("output"),
        exports: Vec::new(),
        lang,
    };
    report(&checked, &settings, &args.common, &run, out, err)
}
