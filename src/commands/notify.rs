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

use super::diff::read_snapshot;
use super::{Fatal, Outcome};
use crate::cli::NotifyArgs;
use crate::diagnostic::{Code, Finding, Severity};
use crate::diff::{self, Snapshot};
use crate::export::Export;
use crate::notify::compose::{self, Delivery, Month, RegionInput, SUMMARY};
use crate::notify::recipients::{self, Recipients};
use crate::notify::send::{self, Destination};
use crate::pipeline::{Settings, check_input, project_of};
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

/// Whether `path` exists: `Ok(false)` only when it is not there. Anything else (a folder that
/// may not be read) stops the run, so that a list is never silently left out.
fn present(path: &Path, what: &str) -> Result<bool, Fatal> {
    match std::fs::metadata(path) {
        Ok(_) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(fatal(format!("{what} {}: {e}", path.display()))),
    }
}

/// The recipients file: `--recipients` (must exist), else `recipients.json` in `--schemas`,
/// else `schemas/recipients.json` beside the input folder, if there is one.
fn read_recipients(
    args: &NotifyArgs,
    project: &Path,
    settings: &Settings,
) -> Result<(Recipients, PathBuf), Fatal> {
    let path = match &args.recipients {
        Some(p) => p.clone(),
        None => {
            let candidates = args
                .schemas
                .iter()
                .map(|d| d.join("recipients.json"))
                .chain([project.join("schemas").join("recipients.json")]);
            let mut found = None;
            for c in candidates {
                if present(&c, "cannot read")? {
                    found = Some(c);
                    break;
                }
            }
            match found {
                Some(p) => p,
                None => {
                    return Ok((
                        Recipients::default(),
                        project.join("schemas").join("recipients.json"),
                    ));
                }
            }
        }
    };
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(&path)
        .map_err(|e| fatal(format!("--recipients: cannot read {shown}: {e}")))?;
    let list = recipients::parse(&text, &shown, &settings.reference).map_err(Fatal)?;
    Ok((list, path))
}

/// Last month's directory: `--previous` (must exist and read), else `output/contacts.json`
/// beside the input folder when there is one.
fn read_previous(
    args: &NotifyArgs,
    project: &Path,
    err: &mut dyn Write,
) -> Result<Option<(Snapshot, PathBuf)>, Fatal> {
    if let Some(path) = &args.previous {
        if path.is_dir() {
            return Err(fatal(format!(
                "--previous {}: is a folder; give last month's contacts.json (such as {})",
                path.display(),
                path.join("contacts.json").display()
            )));
        }
        if !present(path, "--previous")? {
            return Err(fatal(format!(
                "--previous {}: no such file; give last month's contacts.json",
                path.display()
            )));
        }
        return read_snapshot(path).map(|s| Some((s, path.clone())));
    }
    let path = project.join("output").join("contacts.json");
    if !present(&path, "cannot read last month's directory")? {
        let _ = writeln!(
            err,
            "kontakt: no previous directory at {}: the mails list no changes (give --previous FILE)",
            path.display()
        );
        return Ok(None);
    }
    read_snapshot(&path).map(|s| Some((s, path)))
}

/// An address from the command line, checked; a non-ASCII local part is warned about as in
/// `check`.
fn cli_address(text: &str, what: &str, err: &mut dyn Write) -> Result<String, Fatal> {
    let email = recipients::address(text, what).map_err(Fatal)?;
    if !email.local.is_ascii() {
        let _ = writeln!(
            err,
            "kontakt: warning: {what} {}: letters outside ASCII before the @; many mail systems reject such addresses",
            email.address()
        );
    }
    Ok(email.address())
}

fn prepare(args: &NotifyArgs, err: &mut dyn Write) -> Result<Prepared, Fatal> {
    send::check_month(&args.month).map_err(|e| fatal(format!("--month {e}")))?;
    let epoch = std::env::var("SOURCE_DATE_EPOCH").ok();
    let date = send::date(epoch.as_deref().filter(|e| !e.trim().is_empty())).map_err(Fatal)?;
    let settings = Settings::load(&args.input, args.schemas.as_deref())?;
    let project = project_of(&args.input);
    let (recipients, recipients_path) = read_recipients(args, &project, &settings)?;
    let coordinator: Vec<String> = if args.coordinator.is_empty() {
        recipients.coordinator.iter().map(|e| e.address()).collect()
    } else {
        args.coordinator
            .iter()
            .map(|a| cli_address(a, "--coordinator", err))
            .collect::<Result<_, _>>()?
    };
    if coordinator.is_empty() {
        return Err(fatal(format!(
            "no coordinator address: give --coordinator ADDR or list it under \"coordinator\" in {}",
            recipients_path.display()
        )));
    }
    let from = match &args.from {
        Some(a) => cli_address(a, "--from", err)?,
        None => coordinator[0].clone(),
    };
    let from = recipients::address(&from, "--from").map_err(Fatal)?;
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
            if crate::output::overlap::overlap(&outbox, &args.input).is_some() {
                return Err(fatal(format!(
                    "--outbox {}: the mails would go among the regions' files in {}; choose another folder",
                    outbox.display(),
                    args.input.display()
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

pub fn run(args: &NotifyArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<Outcome, Fatal> {
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
    let mails = compose::compose(&month, &inputs);
    let only = only_keys(&args.only, reference)?;
    let chosen = |key: &str| only.is_empty() || only.iter().any(|k| k == key);
    let io = |e: std::io::Error| fatal(format!("cannot write: {e}"));
    for key in only.iter().filter(|k| *k != SUMMARY) {
        if !mails.iter().any(|m| &m.key == key) {
            writeln!(
                out,
                "nothing to send to {key}: it has no findings and no changes this month"
            )
            .map_err(io)?;
        }
    }
    let mut failed = Vec::new();
    let mut unreachable = Vec::new();
    let mut deliveries = Vec::new();
    for m in &mails {
        if !chosen(&m.key) {
            deliveries.push((m, Delivery::NotChosen));
            continue;
        }
        let ok = deliver(args, &p, m, out)?;
        if !ok {
            failed.push(m.key.clone());
        } else if m.unreachable.is_some() {
            unreachable.push(m.key.clone());
        }
        deliveries.push((
            m,
            if ok {
                Delivery::Delivered
            } else {
                Delivery::Failed
            },
        ));
    }
    let mut sent = deliveries
        .iter()
        .filter(|(_, d)| *d != Delivery::NotChosen)
        .count();
    // The summary goes last, so that it says which mails went.
    if chosen(SUMMARY) {
        let summary = compose::summary(&month, &deliveries, &general);
        sent += 1;
        if !deliver(args, &p, &summary, out)? {
            failed.push(summary.key.clone());
        }
    }
    if let (Destination::Outbox(dir), false, true) = (&p.destination, args.dry_run, only.is_empty())
    {
        stale_mails(dir, &args.month, &mails, out).map_err(io)?;
    }
    let messages = |n: usize| plural(n, "message", "messages");
    let mut line = if args.dry_run {
        format!("{}; nothing written or sent (--dry-run)", messages(sent))
    } else if failed.is_empty() {
        format!("{}, none failed", messages(sent))
    } else {
        format!(
            "{} went, {} failed; send the rest with --only {}",
            messages(sent - failed.len()),
            failed.len(),
            failed.join(",")
        )
    };
    if !unreachable.is_empty() {
        line.push_str(&format!(
            "; {} could not be reached ({}): give {} an address in recipients.json",
            plural(unreachable.len(), "region", "regions"),
            unreachable.join(", "),
            if unreachable.len() == 1 { "it" } else { "each" }
        ));
    }
    writeln!(out, "{line}").map_err(io)?;
    Ok(if failed.is_empty() && unreachable.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Failed
    })
}

/// `--only`: region ids (or names, in any case) and `sammanfattning`, as keys.
fn only_keys(only: &[String], reference: &crate::schemas::Reference) -> Result<Vec<String>, Fatal> {
    only.iter()
        .map(|k| k.trim())
        .filter(|k| !k.is_empty())
        .map(|k| {
            if k.eq_ignore_ascii_case(SUMMARY) {
                return Ok(SUMMARY.to_string());
            }
            reference
                .region(k)
                .map(|i| reference.regions[i].id.clone())
                .ok_or_else(|| {
                    let ids: Vec<&str> = reference.regions.iter().map(|r| r.id.as_str()).collect();
                    fatal(format!(
                        "--only {k:?}: not a region id or {SUMMARY}; the ids are {}",
                        ids.join(", ")
                    ))
                })
        })
        .collect()
}

/// Send or write one mail (or, in a dry run, say what would be sent) and print its line.
/// `Ok(false)` when it failed.
fn deliver(
    args: &NotifyArgs,
    p: &Prepared,
    m: &compose::Mail,
    out: &mut dyn Write,
) -> Result<bool, Fatal> {
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
    let line = match (&outcome, &m.unreachable) {
        (Err(e), _) => format!("FAILED {}: {e}", m.key),
        (Ok(how), Some(u)) => format!(
            "UNREACHABLE {}: {}; its mail {} to the coordinator instead, {how}",
            m.key,
            u.why_en(),
            if args.dry_run { "would go" } else { "went" }
        ),
        (Ok(how), None) if args.dry_run => format!("would send {}: {how}", m.key),
        (Ok(how), None) => format!("ok     {}: {how}", m.key),
    };
    writeln!(out, "{line}").map_err(|e| fatal(format!("cannot write: {e}")))?;
    Ok(outcome.is_ok())
}

/// Say which of the month's `.eml` files in the outbox this run did not write: an earlier run's
/// mail to a region that has none now, which must not be sent by mistake.
fn stale_mails(
    dir: &Path,
    month: &str,
    mails: &[compose::Mail],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let written: Vec<String> = mails
        .iter()
        .map(|m| crate::export::cards::file_name(&format!("{month}-{}", m.key), "eml"))
        .chain([crate::export::cards::file_name(
            &format!("{month}-{SUMMARY}"),
            "eml",
        )])
        .collect();
    let Ok(list) = std::fs::read_dir(dir) else {
        return Ok(());
    };
    let mut stale: Vec<String> = list
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&format!("{month}-")) && n.ends_with(".eml"))
        .filter(|n| !written.contains(n))
        .collect();
    stale.sort();
    for name in stale {
        writeln!(
            out,
            "note   {}: from an earlier run, not written now (this month has no mail for it); delete it before sending the outbox",
            dir.join(name).display()
        )?;
    }
    Ok(())
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
