//! `kontakt template`: write each region's template (`templates/<region>.xlsx`), filled with
//! last month's contacts from `contacts.json` when there is one. Each file is written whole
//! (a temporary file renamed over it) and said on its own line.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{Fatal, Outcome};
use crate::cli::TemplateArgs;
use crate::i18n::Lang;
use crate::schemas::Reference;
use crate::template::{self, rows};
use crate::tr;

fn cannot_write(path: &Path, e: &std::io::Error) -> Fatal {
    Fatal(tr!(
        "template-cannot-write",
        path = path.display().to_string(),
        reason = crate::i18n::io_reason(e)
    ))
}

/// `--from`, else `output/contacts.json` when it exists, unless `--empty`.
fn source(args: &TemplateArgs) -> Option<PathBuf> {
    if args.empty {
        return None;
    }
    args.from.clone().or_else(|| {
        let default = PathBuf::from("output").join("contacts.json");
        default.is_file().then_some(default)
    })
}

/// Stop before writing anything when a file to be replaced is not a template kontakt wrote and
/// nobody changed since (a region's own spreadsheet, or its filled-in template, in a folder given
/// as `--out`), unless `force`.
pub fn refuse_others<'a>(
    dir: &Path,
    ids: impl Iterator<Item = &'a String>,
    force: bool,
) -> Result<(), Fatal> {
    if force {
        return Ok(());
    }
    let theirs: Vec<String> = ids
        .map(|id| dir.join(crate::export::cards::file_name(id, "xlsx")))
        .filter(|p| p.exists() && !template::unchanged_template(p))
        .map(|p| p.display().to_string())
        .collect();
    match theirs.is_empty() {
        true => Ok(()),
        false => Err(Fatal(tr!("template-not-ours", files = theirs.join(", ")))),
    }
}

pub fn run(args: &TemplateArgs, lang: Lang, out: &mut dyn Write) -> Result<Outcome, Fatal> {
    let reference = Reference::load(args.schemas.as_deref())
        .map_err(|e| Fatal(tr!("cmd-broken-schemas", reason = e.0)))?;
    let chosen: Vec<usize> = if args.region.is_empty() {
        (0..reference.regions.len()).collect()
    } else {
        args.region
            .iter()
            .map(|r| {
                reference.region(r.trim()).ok_or_else(|| {
                    let ids: Vec<&str> = reference.regions.iter().map(|r| r.id.as_str()).collect();
                    Fatal(tr!(
                        "template-region-unknown",
                        region = format!("{r:?}"),
                        ids = ids.join(", ")
                    ))
                })
            })
            .collect::<Result<Vec<usize>, _>>()?
    };
    // A region named twice is written once.
    let mut chosen = chosen;
    chosen.sort_unstable();
    chosen.dedup();
    let directory = match source(args) {
        None => None,
        Some(path) => {
            let snapshot = super::diff::read_snapshot(&path)?;
            Some((snapshot, path.display().to_string()))
        }
    };
    for protected in [Path::new("input")] {
        if protected.is_dir() && crate::output::overlap::overlap(&args.out, protected).is_some() {
            return Err(Fatal(tr!(
                "template-out-in-input",
                out = args.out.display().to_string(),
                input = protected.display().to_string()
            )));
        }
    }
    refuse_others(
        &args.out,
        chosen.iter().map(|&r| &reference.regions[r].id),
        args.force,
    )?;
    std::fs::create_dir_all(&args.out).map_err(|e| cannot_write(&args.out, &e))?;
    for &r in &chosen {
        let region = &reference.regions[r];
        let (rows, lan) = match &directory {
            Some((d, _)) => rows::rows_of(d, &region.id, &reference),
            None => (Vec::new(), Vec::new()),
        };
        let bytes = template::workbook(&reference, region, &rows, &lan)
            .map_err(|e| Fatal(tr!("template-cannot-make", reason = e.to_string())))?;
        let name = crate::export::cards::file_name(&region.id, "xlsx");
        let path = args.out.join(&name);
        let partial = args.out.join(format!(".{name}.partial"));
        std::fs::write(&partial, &bytes).map_err(|e| cannot_write(&partial, &e))?;
        std::fs::rename(&partial, &path).map_err(|e| {
            let _ = std::fs::remove_file(&partial);
            cannot_write(&path, &e)
        })?;
        let line = match &directory {
            Some((_, from)) => tr!(
                "template-written-from",
                path = path.display().to_string(),
                n = rows.len(),
                from = from
            ),
            None => tr!("template-written", path = path.display().to_string()),
        };
        writeln!(out, "{}", line.render(lang)).map_err(|e| cannot_write(&path, &e))?;
    }
    Ok(Outcome::Clean)
}
