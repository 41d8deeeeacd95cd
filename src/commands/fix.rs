//! `kontakt fix`: for each region whose files have errors or warnings, its own files as one
//! workbook, `fixed/<region>-<month>.xlsx`, each finding marked at its cell in Swedish
//! (`template::fixed`). Reads the input to check it, then each such region's files again as
//! they are written.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::{Fatal, Outcome};
use crate::cli::FixArgs;
use crate::diagnostic::{Finding, Severity};
use crate::i18n::Lang;
use crate::pipeline::{Checked, Settings, check_input, project_of};
use crate::schemas::Reference;
use crate::template::fixed::{self, Context, FORM_ONLY, marks::Mark};
use crate::tr;
use crate::validate::{Phones, region_from_name};

/// A region's fixed workbook, ready to write.
pub struct Fixed {
    pub region: usize,
    /// `syd-2021-10.xlsx`
    pub name: String,
    pub bytes: Vec<u8>,
    pub errors: usize,
    pub warnings: usize,
    pub changed: usize,
}

/// What `workbooks` made: the workbooks, and the files with findings that belong to no region
/// (neither a contact nor the file's name gives one).
pub struct Made {
    pub fixed: Vec<Fixed>,
    pub orphans: Vec<String>,
    /// The regions whose workbook could not be made, and why (an Excel limit the plan did not
    /// foresee): said, never the end of the run.
    pub failed: Vec<(usize, crate::i18n::Text)>,
}

/// Each file's region: that of its first contact, else the one its name names (as `notify`
/// sends its findings).
pub fn file_regions(checked: &Checked, reference: &Reference) -> BTreeMap<String, usize> {
    let mut by_file = BTreeMap::new();
    for c in &checked.directory.contacts {
        by_file.entry(c.source.file.to_string()).or_insert(c.region);
    }
    for file in &checked.directory.files {
        if let Some(r) = region_from_name(file, reference) {
            by_file.entry(file.clone()).or_insert(r);
        }
    }
    by_file
}

/// The fixed workbook of every region whose files have errors or warnings.
pub fn workbooks(settings: &Settings, checked: &Checked, month: &str) -> Result<Made, Fatal> {
    let reference = &settings.reference;
    let phones = Phones::new(&reference.phone_metadata)
        .map_err(|e| Fatal(tr!("cmd-broken-schemas", reason = e)))?;
    let by_file = file_regions(checked, reference);
    let reported = |f: &Finding| f.severity >= Severity::Warning || FORM_ONLY.contains(&f.code);
    let orphans = checked
        .findings
        .iter()
        .filter(|f| f.severity >= Severity::Warning)
        .filter_map(|f| f.location.as_ref())
        .map(|l| l.file.to_string())
        .filter(|file| !by_file.contains_key(file) && checked.directory.files.contains(file))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut fixed = Vec::new();
    let mut failed = Vec::new();
    for (r, region) in reference.regions.iter().enumerate() {
        let files: Vec<&String> = by_file
            .iter()
            .filter(|(_, fr)| **fr == r)
            .map(|(f, _)| f)
            .collect();
        let findings: Vec<Finding> = checked
            .findings
            .iter()
            .flat_map(Finding::each)
            .filter(|f| {
                f.location
                    .as_ref()
                    .is_some_and(|l| files.iter().any(|file| ***file == *l.file))
            })
            .filter(reported)
            .collect();
        if !findings.iter().any(|f| f.severity >= Severity::Warning) {
            continue;
        }
        let sheets: Vec<_> = files
            .iter()
            .flat_map(|f| fixed::source::read(Path::new(f.as_str()), f, settings).0)
            .collect();
        let name = crate::export::cards::file_name(&format!("{}-{month}", region.id), "xlsx");
        let ctx = Context {
            reference,
            phones: &phones,
            file_name: &name,
            paths: &checked.directory.files,
        };
        let plan = fixed::plan(&sheets, &findings, &ctx);
        // No sheet of the region's files could be read: a workbook would hold only the list,
        // which the findings CSV says as well.
        if plan.sheets.is_empty() {
            failed.push((r, tr!("fix-nothing-readable")));
            continue;
        }
        let bytes = match fixed::book::workbook(&plan) {
            Ok(bytes) => bytes,
            Err(e) => {
                failed.push((r, crate::i18n::Text::literal(e.to_string())));
                continue;
            }
        };
        fixed.push(Fixed {
            region: r,
            name,
            bytes,
            errors: plan.marks.count(Mark::Error),
            warnings: plan.marks.count(Mark::Warning),
            changed: plan.marks.count(Mark::Changed),
        });
    }
    Ok(Made {
        fixed,
        orphans,
        failed,
    })
}

pub fn run(
    args: &FixArgs,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome, Fatal> {
    crate::notify::send::check_month(&args.month).map_err(Fatal)?;
    let settings = Settings::load(&args.input, args.schemas.as_deref())?;
    let dir: PathBuf = args
        .out
        .clone()
        .unwrap_or_else(|| project_of(&args.input).join("fixed"));
    // The workbooks go where nothing reads them as input, exports or reference data.
    let project = project_of(&args.input);
    for kept in [
        args.input.clone(),
        project.join("output"),
        project.join("schemas"),
    ] {
        if crate::output::overlap::overlap(&dir, &kept).is_some() {
            return Err(Fatal(tr!(
                "fix-out-overlaps",
                out = dir.display().to_string(),
                folder = kept.display().to_string()
            )));
        }
    }
    let checked = check_input(&settings)?;
    let Made {
        fixed,
        orphans,
        failed,
    } = workbooks(&settings, &checked, &args.month)?;
    let cannot_write = |path: &Path, e: &std::io::Error| {
        Fatal(tr!(
            "template-cannot-write",
            path = path.display().to_string(),
            reason = crate::i18n::io_reason(e)
        ))
    };
    // A file of that name that is not kontakt's unchanged work is never replaced.
    let theirs: Vec<String> = fixed
        .iter()
        .map(|f| dir.join(&f.name))
        .filter(|p| p.exists() && !args.force && !crate::template::unchanged_template(p))
        .map(|p| p.display().to_string())
        .collect();
    if !theirs.is_empty() {
        return Err(Fatal(tr!("fix-not-ours", files = theirs.join(", "))));
    }
    if fixed.is_empty() && orphans.is_empty() && failed.is_empty() {
        writeln!(out, "{}", tr!("fix-nothing").render(lang)).map_err(|e| cannot_write(&dir, &e))?;
        return Ok(Outcome::Clean);
    }
    if !fixed.is_empty() {
        std::fs::create_dir_all(&dir).map_err(|e| cannot_write(&dir, &e))?;
    }
    for f in &fixed {
        let path = dir.join(&f.name);
        let partial = dir.join(format!(".{}.partial", f.name));
        std::fs::write(&partial, &f.bytes).map_err(|e| cannot_write(&partial, &e))?;
        std::fs::rename(&partial, &path).map_err(|e| {
            let _ = std::fs::remove_file(&partial);
            cannot_write(&path, &e)
        })?;
        let line = tr!(
            "fix-written",
            path = path.display().to_string(),
            errors = f.errors,
            warnings = f.warnings,
            changed = f.changed
        );
        writeln!(out, "{}", line.render(lang)).map_err(|e| cannot_write(&path, &e))?;
    }
    for file in &orphans {
        let line = tr!("fix-no-region", file = file.clone());
        writeln!(err, "kontakt: {}", line.render(lang)).map_err(|e| cannot_write(&dir, &e))?;
    }
    for (r, reason) in &failed {
        let line = tr!(
            "fix-cannot-make",
            region = settings.reference.regions[*r].name.clone(),
            reason = reason.render(lang)
        );
        writeln!(err, "kontakt: {}", line.render(lang)).map_err(|e| cannot_write(&dir, &e))?;
    }
    Ok(match orphans.is_empty() && failed.is_empty() {
        true => Outcome::Clean,
        false => Outcome::Failed,
    })
}
