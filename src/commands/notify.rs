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
use crate::i18n::{Lang, Text};
use crate::notify::compose::{self, Delivery, Month, RegionInput, SUMMARY};
use crate::notify::recipients::{self, Recipients};
use crate::notify::send::{self, Destination};
use crate::pipeline::{Settings, check_input, project_of};
use crate::tr;
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

fn fatal(text: Text) -> Fatal {
    Fatal(text)
}

/// Whether `path` exists: `Ok(false)` only when it is not there. Anything else (a folder that
/// may not be read) stops the run, so that a list is never silently left out: `why` says
/// which file could not be read, given the path and the system's reason.
fn present(path: &Path, why: fn(String, Text) -> Text) -> Result<bool, Fatal> {
    match std::fs::metadata(path) {
        Ok(_) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(fatal(why(
            path.display().to_string(),
            crate::i18n::io_reason(&e),
        ))),
    }
}

/// `cannot read FILE: REASON`, for `present`.
fn cannot_read(path: String, reason: Text) -> Text {
    tr!("notify-cannot-read", path = path, reason = reason)
}

/// The recipients file: `--recipients` (must exist), else `recipients.json` in `--schemas`,
/// else `schemas/recipients.json` beside the input folder, if there is one.
fn read_recipients(
    args: &NotifyArgs,
    project: &Path,
    settings: &Settings,
    lang: Lang,
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
                if present(&c, cannot_read)? {
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
    let text = std::fs::read_to_string(&path).map_err(|e| {
        fatal(tr!(
            "notify-recipients-cannot-read",
            path = &shown,
            reason = crate::i18n::io_reason(&e)
        ))
    })?;
    let list = recipients::parse(&text, &shown, &settings.reference, lang).map_err(Fatal)?;
    Ok((list, path))
}

/// Last month's directory: `--previous` (must exist and read), else `output/contacts.json`
/// beside the input folder when there is one.
fn read_previous(
    args: &NotifyArgs,
    project: &Path,
    lang: Lang,
    err: &mut dyn Write,
) -> Result<Option<(Snapshot, PathBuf)>, Fatal> {
    if let Some(path) = &args.previous {
        if path.is_dir() {
            return Err(fatal(tr!(
                "notify-previous-is-folder",
                path = path.display().to_string(),
                example = path.join("contacts.json").display().to_string()
            )));
        }
        let unreadable = |path: String, reason: Text| {
            tr!("notify-previous-unreadable", path = path, reason = reason)
        };
        if !present(path, unreadable)? {
            return Err(fatal(tr!(
                "notify-previous-missing",
                path = path.display().to_string()
            )));
        }
        return read_snapshot(path).map(|s| Some((s, path.clone())));
    }
    let path = project.join("output").join("contacts.json");
    let unreadable = |path: String, reason: Text| {
        tr!(
            "notify-previous-default-unreadable",
            path = path,
            reason = reason
        )
    };
    if !present(&path, unreadable)? {
        let _ = writeln!(
            err,
            "{}",
            tr!("notify-no-previous", path = path.display().to_string()).render(lang)
        );
        return Ok(None);
    }
    read_snapshot(&path).map(|s| Some((s, path)))
}

/// An address from the command line, checked; a non-ASCII local part is warned about as in
/// `check`.
fn cli_address(text: &str, what: &str, lang: Lang, err: &mut dyn Write) -> Result<String, Fatal> {
    let email = recipients::address(text, what, lang).map_err(Fatal)?;
    if !email.local.is_ascii() {
        let _ = writeln!(
            err,
            "{}",
            tr!(
                "notify-warn-non-ascii",
                what = what,
                address = email.address()
            )
            .render(lang)
        );
    }
    Ok(email.address())
}

fn prepare(args: &NotifyArgs, lang: Lang, err: &mut dyn Write) -> Result<Prepared, Fatal> {
    send::check_month(&args.month).map_err(Fatal)?;
    let epoch = std::env::var("SOURCE_DATE_EPOCH").ok();
    let date = send::date(epoch.as_deref().filter(|e| !e.trim().is_empty())).map_err(Fatal)?;
    let settings = Settings::load(&args.input, args.schemas.as_deref())?;
    let project = project_of(&args.input);
    let (recipients, recipients_path) = read_recipients(args, &project, &settings, lang)?;
    let coordinator: Vec<String> = if args.coordinator.is_empty() {
        recipients.coordinator.iter().map(|e| e.address()).collect()
    } else {
        args.coordinator
            .iter()
            .map(|a| cli_address(a, "--coordinator", lang, err))
            .collect::<Result<_, _>>()?
    };
    if coordinator.is_empty() {
        return Err(fatal(tr!(
            "notify-no-coordinator",
            path = recipients_path.display().to_string()
        )));
    }
    let from = match &args.from {
        Some(a) => cli_address(a, "--from", lang, err)?,
        None => coordinator[0].clone(),
    };
    let from = recipients::address(&from, "--from", lang).map_err(Fatal)?;
    let destination = match &args.smtp {
        Some(url) => {
            let ca = args
                .smtp_ca
                .as_ref()
                .map(|p| -> Result<_, Fatal> {
                    let shown = p.display().to_string();
                    let pem = std::fs::read(p).map_err(|e| {
                        fatal(tr!(
                            "notify-smtp-ca-unreadable",
                            path = &shown,
                            reason = crate::i18n::io_reason(&e)
                        ))
                    })?;
                    send::ca(&pem).map_err(|e| {
                        fatal(tr!(
                            "notify-smtp-ca-invalid",
                            path = &shown,
                            reason = e.render(lang)
                        ))
                    })
                })
                .transpose()?;
            let transport = send::smtp(url, args.starttls, ca)
                .map_err(|e| fatal(tr!("notify-smtp-invalid", reason = e.render(lang))))?;
            Destination::Smtp(Box::new(transport))
        }
        None => {
            let outbox = args
                .outbox
                .clone()
                .unwrap_or_else(|| project.join("outbox"));
            if outbox.exists() && !outbox.is_dir() {
                return Err(fatal(tr!(
                    "notify-outbox-not-folder",
                    path = outbox.display().to_string()
                )));
            }
            if crate::output::overlap::overlap(&outbox, &args.input).is_some() {
                return Err(fatal(tr!(
                    "notify-outbox-in-input",
                    path = outbox.display().to_string(),
                    input = args.input.display().to_string()
                )));
            }
            Destination::Outbox(outbox)
        }
    };
    let previous = read_previous(args, &project, lang, err)?;
    Ok(Prepared {
        settings,
        recipients,
        coordinator,
        domain: from.domain_ascii.to_string(),
        from: from.address(),
        date,
        previous,
        destination,
    })
}

pub fn run(
    args: &NotifyArgs,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome, Fatal> {
    let p = prepare(args, lang, err)?;
    let checked = check_input(&p.settings)?;
    let reference = &p.settings.reference;

    let export = Export::new(&checked.directory, reference, &checked.sources, None);
    let current = Snapshot::of(&export);
    let changes = match &p.previous {
        Some((old, path)) => {
            let changes = diff::diff(old, &current);
            if changes.is_empty() {
                let said = tr!(
                    "notify-no-changes",
                    previous = path.display().to_string(),
                    input = args.input.display().to_string()
                );
                let _ = writeln!(
                    err,
                    "{}\n{}\n  \
                     git show HEAD~1:output/contacts.json > prev.json\n  \
                     kontakt notify --previous prev.json --month {} …",
                    said.render(lang),
                    tr!("notify-no-changes-git").render(lang),
                    args.month
                );
            }
            changes
        }
        None => diff::Diff::default(),
    };

    // Each file belongs to the region of its first contact, else the one its name names (as
    // `fix` gives each region its files).
    let file_region = super::fix::file_regions(&checked, reference);
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
    // With --attach-fixed, each region's own files marked up, by region.
    let mut fixed: BTreeMap<usize, (String, Vec<u8>)> = BTreeMap::new();
    if args.attach_fixed {
        let made = super::fix::workbooks(&p.settings, &checked, &args.month)?;
        // A region whose workbook could not be made gets the findings CSV, and it is said.
        for (r, reason) in &made.failed {
            let line = tr!(
                "fix-cannot-make",
                region = reference.regions[*r].name.clone(),
                reason = reason.render(lang)
            );
            let _ = writeln!(err, "kontakt: {}", line.render(lang));
        }
        fixed.extend(
            made.fixed
                .into_iter()
                .map(|f| (f.region, (f.name, f.bytes))),
        );
    }
    let mut withheld: Vec<(String, String)> = Vec::new();
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
            // An address whose domain mixes scripts may be a look-alike of the real one
            // (`email-confusable`, a warning in the region's mail): no mail goes there. Repeats
            // are left to `compose`, which gives each address one copy.
            let mut own: Vec<String> = Vec::new();
            for email in contacts
                .iter()
                .flat_map(|c| c.emails.iter().map(|e| &e.email))
            {
                let address = email.address();
                if !crate::validate::email::looks_alike(email) {
                    own.push(address);
                } else if !withheld.iter().any(|(_, a)| *a == address) {
                    withheld.push((r.id.clone(), address));
                }
            }
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
                fixed: fixed.remove(&i),
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
    let io = cannot_write;
    for key in only.iter().filter(|k| *k != SUMMARY) {
        if !mails.iter().any(|m| &m.key == key) {
            writeln!(
                out,
                "{}",
                tr!("notify-nothing-to-send", key = key).render(lang)
            )
            .map_err(io)?;
        }
    }
    for (key, address) in withheld.iter().filter(|(key, _)| chosen(key)) {
        let line = tr!("notify-line-withheld", key = key, address = address);
        writeln!(out, "{}", line.render(lang)).map_err(io)?;
    }
    let mut failed = Vec::new();
    let mut unreachable = Vec::new();
    let mut deliveries = Vec::new();
    // What was said so far is out before the first mail goes.
    out.flush().map_err(io)?;
    for m in &mails {
        if !chosen(&m.key) {
            deliveries.push((m, Delivery::NotChosen));
            continue;
        }
        let ok = deliver(args, &p, m, lang, out)?;
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
        if !deliver(args, &p, &summary, lang, out)? {
            failed.push(summary.key.clone());
        }
    }
    if let (Destination::Outbox(dir), false, true) = (&p.destination, args.dry_run, only.is_empty())
    {
        stale_mails(dir, &args.month, &mails, lang, out).map_err(io)?;
    }
    let mut line = if args.dry_run {
        tr!("notify-done-dry-run", sent = sent)
    } else if failed.is_empty() {
        tr!("notify-done", sent = sent)
    } else {
        tr!(
            "notify-done-failed",
            went = sent - failed.len(),
            failed = failed.len(),
            keys = failed.join(",")
        )
    }
    .render(lang);
    if !unreachable.is_empty() {
        let said = tr!(
            "notify-done-unreachable",
            n = unreachable.len(),
            regions = unreachable.join(", ")
        );
        line.push_str("; ");
        line.push_str(&said.render(lang));
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
                    fatal(tr!(
                        "notify-only-unknown",
                        key = format!("{k:?}"),
                        summary = SUMMARY,
                        ids = ids.join(", ")
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
    lang: Lang,
    out: &mut dyn Write,
) -> Result<bool, Fatal> {
    let outcome: Result<String, String> = if args.dry_run {
        let (to, cc) = (list_or_none(&m.to, lang), list_or_none(&m.cc, lang));
        let subject = format!("{:?}", m.subject);
        let said = match &m.attachment {
            Some((name, _)) => tr!(
                "notify-dry-run-mail-attachment",
                to = to,
                cc = cc,
                subject = subject,
                attachment = name
            ),
            None => tr!("notify-dry-run-mail", to = to, cc = cc, subject = subject),
        };
        Ok(said.render(lang))
    } else {
        send::message(m, &p.from, p.date)
            .and_then(|msg| send::deliver(&p.destination, &args.month, m, &msg))
            .map(|how| {
                tr!(
                    "notify-delivered",
                    how = how.render(lang),
                    to = list_or_none(&m.to, lang)
                )
                .render(lang)
            })
            .map_err(|e| e.render(lang))
    };
    let key = &m.key;
    let line = match (&outcome, &m.unreachable) {
        (Err(e), _) => tr!("notify-line-failed", key = key, reason = e),
        (Ok(how), Some(u)) => {
            let why = tr!("mail-unreachable-why", n = u.contacts).render(lang);
            if args.dry_run {
                tr!(
                    "notify-line-unreachable-dry-run",
                    key = key,
                    why = why,
                    how = how
                )
            } else {
                tr!("notify-line-unreachable", key = key, why = why, how = how)
            }
        }
        (Ok(how), None) if args.dry_run => tr!("notify-line-would-send", key = key, how = how),
        (Ok(how), None) => tr!("notify-line-ok", key = key, how = how),
    };
    writeln!(out, "{}", line.render(lang)).map_err(cannot_write)?;
    // Each mail's line is out before the next is sent, even into a file: the record of what was
    // sent survives a run stopped half-way.
    out.flush().map_err(cannot_write)?;
    Ok(outcome.is_ok())
}

fn cannot_write(e: std::io::Error) -> Fatal {
    fatal(tr!(
        "notify-cannot-write",
        reason = crate::i18n::io_reason(&e)
    ))
}

/// Say which of the month's `.eml` files in the outbox this run did not write: an earlier run's
/// mail to a region that has none now, which must not be sent by mistake.
fn stale_mails(
    dir: &Path,
    month: &str,
    mails: &[compose::Mail],
    lang: Lang,
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
        let path = dir.join(name).display().to_string();
        writeln!(
            out,
            "{}",
            tr!("notify-line-stale", path = path).render(lang)
        )?;
    }
    Ok(())
}

fn list_or_none(list: &[String], lang: Lang) -> String {
    if list.is_empty() {
        tr!("notify-nobody").render(lang)
    } else {
        list.join(", ")
    }
}
