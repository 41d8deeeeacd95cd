//! `kontakt notify`: wires check, diff, compose and send. Opens files and the network; the
//! composing is pure (`notify::compose`).
//!
//! Everything that can be known before a mail leaves is checked first (`prepare`), the same way
//! for `--dry-run` as for a real run: addresses, the recipients file, last month's directory,
//! the SMTP address and CA. A dry run that passes means the real run can only fail on delivery.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::app::{Fatal, Outcome, Settings, check_input, project_of, read_snapshot};
use crate::cli::NotifyArgs;
use crate::diagnostic::{Code, Finding, Severity};
use crate::diff::{self, Snapshot};
use crate::export::Export;
use crate::notify::compose::{self, Month, RegionInput, SUMMARY};
use crate::notify::recipients::{self, Recipients};
use crate::notify::send::{self, Destination};
use crate::validate::contact::region_from_name;

/// What a run needs, every part checked.
struct Prepared {
    settings: Settings,
    recipients: Recipients,
    coordinator: Vec<String>,
    from: String,
    /// The sender's domain in ASCII.
    domain: String,
    date: SystemTime,
    /// Last month's directory and where it came from.
    previous: Option<(Snapshot, PathBuf)>,
    destination: Destination,
}

fn fatal(text: impl Into<String>) -> Fatal {
    Fatal(text.into())
}

/// The recipients file: `--recipients` (must exist), else `recipients.json` in the reference
/// data folder, if there is one.
fn read_recipients(
    args: &NotifyArgs,
    project: &Path,
    settings: &Settings,
) -> Result<Recipients, Fatal> {
    let (path, required) = match &args.recipients {
        Some(p) => (p.clone(), true),
        None => (
            args.schemas
                .clone()
                .unwrap_or_else(|| project.join("schemas"))
                .join("recipients.json"),
            false,
        ),
    };
    if !required && !path.exists() {
        return Ok(Recipients::default());
    }
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(&path)
        .map_err(|e| fatal(format!("--recipients: cannot read {shown}: {e}")))?;
    recipients::parse(&text, &shown, &settings.reference).map_err(Fatal)
}

/// Last month's directory: `--previous` (must exist and read), else `output/contacts.json`
/// beside the input folder when there is one.
fn read_previous(
    args: &NotifyArgs,
    project: &Path,
    err: &mut dyn Write,
) -> Result<Option<(Snapshot, PathBuf)>, Fatal> {
    if let Some(path) = &args.previous {
        if !path.is_file() {
            return Err(fatal(format!(
                "--previous {}: no such file; give last month's contacts.json",
                path.display()
            )));
        }
        return read_snapshot(path).map(|s| Some((s, path.clone())));
    }
    let path = project.join("output").join("contacts.json");
    if !path.exists() {
        let _ = writeln!(
            err,
            "kontakt: no previous directory at {}: the mails list no changes (give --previous FILE)",
            path.display()
        );
        return Ok(None);
    }
    read_snapshot(&path).map(|s| Some((s, path)))
}

fn prepare(args: &NotifyArgs, err: &mut dyn Write) -> Result<Prepared, Fatal> {
    send::check_month(&args.month).map_err(|e| fatal(format!("--month {e}")))?;
    let date = send::date(std::env::var("SOURCE_DATE_EPOCH").ok().as_deref()).map_err(Fatal)?;
    let settings = Settings::load(&args.input, args.schemas.as_deref())?;
    let project = project_of(&args.input);
    let recipients = read_recipients(args, &project, &settings)?;
    let coordinator: Vec<String> = if args.coordinator.is_empty() {
        recipients.coordinator.iter().map(|e| e.address()).collect()
    } else {
        args.coordinator
            .iter()
            .map(|a| recipients::address(a, "--coordinator").map(|e| e.address()))
            .collect::<Result<_, _>>()
            .map_err(Fatal)?
    };
    if coordinator.is_empty() {
        return Err(fatal(
            "no coordinator address: give --coordinator ADDR or list it in schemas/recipients.json",
        ));
    }
    let from = match &args.from {
        Some(a) => recipients::address(a, "--from").map_err(Fatal)?,
        None => recipients::address(&coordinator[0], "the coordinator").map_err(Fatal)?,
    };
    let destination = match &args.smtp {
        Some(url) => {
            let ca = args
                .smtp_ca
                .as_ref()
                .map(|p| {
                    let shown = p.display();
                    std::fs::read(p)
                        .map_err(|e| format!("cannot read it: {e}"))
                        .and_then(|pem| send::ca(&pem))
                        .map_err(|e| fatal(format!("--smtp-ca {shown}: {e}")))
                })
                .transpose()?;
            Destination::Smtp(Box::new(
                send::smtp(url, args.starttls, ca).map_err(|e| fatal(format!("--smtp: {e}")))?,
            ))
        }
        None => {
            let outbox = args
                .outbox
                .clone()
                .unwrap_or_else(|| project.join("outbox"));
            if outbox.exists() && !outbox.is_dir() {
                return Err(fatal(format!(
                    "--outbox {}: exists and is not a folder",
                    outbox.display()
                )));
            }
            Destination::Outbox(outbox)
        }
    };
    let previous = read_previous(args, &project, err)?;
    Ok(Prepared {
        settings,
        recipients,
        coordinator,
        domain: from.domain_ascii.clone(),
        from: from.address(),
        date,
        previous,
        destination,
    })
}

pub fn notify(
    args: &NotifyArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome, Fatal> {
    let p = prepare(args, err)?;
    let checked = check_input(&p.settings)?;
    let reference = &p.settings.reference;

    let export = Export::new(&checked.directory, reference, &checked.sources, None);
    let current = Snapshot::of(&export);
    let changes = match &p.previous {
        Some((old, path)) => {
            let changes = diff::diff(old, &current);
            if changes.is_empty() {
                let _ = writeln!(
                    err,
                    "kontakt: {} is what {} builds to, so there are no changes to report.\n\
                     If `build` has already replaced it, give last month's directory from git:\n  \
                     git show HEAD~1:output/contacts.json > prev.json\n  \
                     kontakt notify --previous prev.json --month {} …",
                    path.display(),
                    args.input.display(),
                    args.month
                );
            }
            changes
        }
        None => diff::Diff::default(),
    };

    // Each file belongs to the region of its first contact, else the one its name names.
    let mut file_region: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &checked.directory.contacts {
        file_region.entry(&c.source.file).or_insert(c.region);
    }
    let region_of = |f: &Finding| -> Option<usize> {
        let file = &f.location.as_ref()?.file;
        file_region
            .get(file.as_ref())
            .copied()
            .or_else(|| region_from_name(file, reference))
    };
    let reported: Vec<&Finding> = checked
        .findings
        .iter()
        .filter(|f| f.severity != Severity::Info && f.code != Code::Detected)
        .collect();
    let general: Vec<&Finding> = reported
        .iter()
        .copied()
        .filter(|f| region_of(f).is_none())
        .collect();
    let inputs: Vec<RegionInput> = reference
        .regions
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let contacts: Vec<_> = checked
                .directory
                .contacts
                .iter()
                .filter(|c| c.region == i)
                .collect();
            let own: Vec<String> = contacts
                .iter()
                .flat_map(|c| c.emails.iter().map(|e| e.email.address()))
                .collect();
            let listed = p
                .recipients
                .regions
                .get(&r.id)
                .map(|list| list.iter().map(|e| e.address()).collect());
            RegionInput {
                id: &r.id,
                name: &r.name,
                recipients: listed.unwrap_or(own),
                contacts: contacts.len(),
                findings: reported
                    .iter()
                    .copied()
                    .filter(|f| region_of(f) == Some(i))
                    .collect(),
                changes: changes.region(&r.id),
            }
        })
        .collect();
    let month = Month {
        month: &args.month,
        coordinator: &p.coordinator,
        domain: &p.domain,
    };
    let mails = compose::compose(&month, &inputs, &general);
    if let Some(unknown) = args.only.iter().find(|k| {
        !mails.iter().any(|m| &m.key == *k) && *k != SUMMARY && reference.region(k).is_none()
    }) {
        return Err(fatal(format!(
            "--only {unknown}: not a region id or {SUMMARY}"
        )));
    }
    let chosen: Vec<&compose::Mail> = mails
        .iter()
        .filter(|m| args.only.is_empty() || args.only.contains(&m.key))
        .collect();
    let unreachable: Vec<&str> = chosen
        .iter()
        .filter(|m| m.unreachable.is_some())
        .map(|m| m.key.as_str())
        .collect();
    let io = |e: std::io::Error| fatal(format!("cannot write: {e}"));
    let mut failed = Vec::new();
    for m in &chosen {
        let outcome = if args.dry_run {
            Ok(format!(
                "to {}; cc {}; subject {:?}{}",
                list_or_none(&m.to),
                list_or_none(&m.cc),
                m.subject,
                m.attachment
                    .as_ref()
                    .map(|(n, _)| format!("; attachment {n}"))
                    .unwrap_or_default()
            ))
        } else {
            send::message(m, &p.from, p.date)
                .and_then(|msg| send::deliver(&p.destination, &args.month, m, &msg))
                .map(|how| format!("{how} (to {})", list_or_none(&m.to)))
        };
        let line = match (&outcome, m.unreachable.is_some()) {
            (Err(e), _) => {
                failed.push(m.key.clone());
                format!("FAILED {}: {e}", m.key)
            }
            (Ok(how), true) => format!(
                "UNREACHABLE {}: no address in recipients.json and none valid among the region's \
                 contacts; its mail {} to the coordinator instead, {how}",
                m.key,
                if args.dry_run { "would go" } else { "went" }
            ),
            (Ok(how), false) if args.dry_run => format!("would send {}: {how}", m.key),
            (Ok(how), false) => format!("ok     {}: {how}", m.key),
        };
        writeln!(out, "{line}").map_err(io)?;
    }
    let messages = |n: usize| plural(n, "message", "messages");
    let gone = chosen.len() - failed.len();
    let mut summary = if args.dry_run {
        format!(
            "{}; nothing written or sent (--dry-run)",
            messages(chosen.len())
        )
    } else if failed.is_empty() {
        format!("{}, none failed", messages(gone))
    } else {
        format!(
            "{} went, {} failed; send the rest with --only {}",
            messages(gone),
            failed.len(),
            failed.join(",")
        )
    };
    if !unreachable.is_empty() {
        summary.push_str(&format!(
            "; {} could not be reached ({}): give {} an address in recipients.json",
            plural(unreachable.len(), "region", "regions"),
            unreachable.join(", "),
            if unreachable.len() == 1 { "it" } else { "each" }
        ));
    }
    writeln!(out, "{summary}").map_err(io)?;
    Ok(if failed.is_empty() && unreachable.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Failed
    })
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn list_or_none(list: &[String]) -> String {
    if list.is_empty() {
        "nobody".into()
    } else {
        list.join(", ")
    }
}
