//! `kontakt publish URL`: check the input, read the address book, work out the steps
//! (`publish::plan`) and carry them out one request at a time, each outcome on its own line and
//! flushed, so that a run cut short leaves a record of what went. A request that gets no answer
//! stops the run: the rest is counted as not sent, and a rerun completes it.

use std::io::Write;

use url::Url;

use super::{Fatal, Outcome};
use crate::cli::PublishArgs;
use crate::export::Export;
use crate::export::vcard;
use crate::i18n::{Lang, Text};
use crate::pipeline::{Settings, check_input};
use crate::publish::card;
use crate::publish::http::{self, Client, Unanswered};
use crate::publish::plan::{self, Conflict, Remote, Step, Wanted};
use crate::publish::remote;
use crate::tr;

/// How many cards came to each end.
#[derive(Debug, Default)]
struct Tally {
    added: usize,
    changed: usize,
    removed: usize,
    unchanged: usize,
    conflicts: usize,
    failed: usize,
    unsent: usize,
}

/// The directory's cards as they should be on the server.
fn wanted(export: &Export<'_>) -> Vec<Wanted> {
    export
        .cards
        .iter()
        .map(|c| {
            let text = vcard::card_v3(c, export);
            Wanted {
                uid: format!("urn:uuid:{}", c.uid),
                file: format!("{}.vcf", c.uid),
                name: c.contact.name.clone(),
                region: c.region.name.clone(),
                canonical: card::canonical(&String::from_utf8_lossy(&text)),
                body: card::marked(&text),
            }
        })
        .collect()
}

fn cannot_write(e: std::io::Error) -> Fatal {
    Fatal(tr!(
        "notify-cannot-write",
        reason = crate::i18n::io_reason(&e)
    ))
}

/// The address, credentials and CA, checked before the input is read.
fn connect(args: &PublishArgs, lang: Lang, err: &mut dyn Write) -> Result<(Url, Client), Fatal> {
    let url = http::collection_url(&args.url, args.allow_http).map_err(Fatal)?;
    let credentials = http::credentials(
        std::env::var(http::USER_VAR).ok(),
        std::env::var(http::PASSWORD_VAR).ok(),
    )
    .map_err(Fatal)?;
    if url.scheme() == "http" && !http::loopback(&url) && credentials.is_some() {
        let warning = tr!("publish-warn-plain-http", url = url.as_str());
        let _ = writeln!(err, "{}", warning.render(lang));
    }
    let ca = match &args.ca {
        None => Vec::new(),
        Some(path) => {
            let shown = path.display().to_string();
            let pem = std::fs::read(path).map_err(|e| {
                Fatal(tr!(
                    "publish-ca-unreadable",
                    path = &shown,
                    reason = crate::i18n::io_reason(&e)
                ))
            })?;
            http::ca(&pem).map_err(|e| {
                Fatal(tr!(
                    "publish-ca-invalid",
                    path = &shown,
                    reason = e.render(lang)
                ))
            })?
        }
    };
    let client = Client::new(&url, credentials, ca);
    Ok((url, client))
}

pub fn run(
    args: &PublishArgs,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome, Fatal> {
    let (url, client) = connect(args, lang, err)?;
    let settings = Settings::load(&args.input, args.schemas.as_deref())?;
    // The address book first: a wrong password or address is said whatever the input holds.
    let listing = remote::discover(&client, &url).map_err(Fatal)?;
    let checked = check_input(&settings)?;
    let errors = checked.errors();
    if errors > 0 {
        let said = tr!(
            "publish-input-errors",
            n = errors,
            input = args.input.display().to_string()
        );
        writeln!(out, "{}", said.render(lang)).map_err(cannot_write)?;
        return Ok(Outcome::Failed);
    }
    let export = Export::new(
        &checked.directory,
        &settings.reference,
        &checked.sources,
        None,
    );
    let wanted = wanted(&export);
    let remote = &listing.cards;
    let steps = plan::plan(&wanted, remote, args.force);

    let mut tally = Tally::default();
    // What the address book lists but could not be read: it may be a card kontakt published.
    for unread in &listing.unread {
        tally.failed += 1;
        let line = tr!(
            "publish-line-unread",
            href = &unread.href,
            why = unread.why.clone()
        );
        writeln!(out, "{}", line.render(lang)).map_err(cannot_write)?;
    }
    let mut stopped = false;
    for step in &steps {
        let line = match step {
            Step::Unchanged {
                wanted: w,
                remote: r,
            } => {
                tally.unchanged += 1;
                // A server may keep a card without what it cannot store: said, not silent.
                let sent = card::read(&String::from_utf8_lossy(&wanted[*w].body));
                let dropped = card::dropped_extensions(&sent, &remote[*r].read);
                if dropped.is_empty() {
                    continue;
                }
                tr!(
                    "publish-line-extension-dropped",
                    name = named(&wanted[*w]),
                    numbers = dropped.join(", ")
                )
            }
            Step::Conflict {
                conflict,
                wanted: w,
                remote: r,
                props,
            } => {
                tally.conflicts += 1;
                conflict_line(*conflict, w.map(|w| &wanted[w]), &remote[*r], props)
            }
            _ if stopped => {
                tally.unsent += 1;
                continue;
            }
            step if args.dry_run => dry_run_line(step, &wanted, remote, &mut tally),
            step => {
                let (line, answered) =
                    carry_out(&client, &url, step, &wanted, remote, lang, &mut tally);
                stopped = !answered;
                line
            }
        };
        writeln!(out, "{}", line.render(lang)).map_err(cannot_write)?;
        out.flush().map_err(cannot_write)?;
    }

    let mut named_in_conflict = vec![false; remote.len()];
    for step in &steps {
        if let Step::Conflict { remote: r, .. } = step {
            named_in_conflict[*r] = true;
        }
    }
    let left_alone = (0..remote.len())
        .filter(|&r| !remote[r].ours() && !named_in_conflict[r])
        .count();
    if left_alone > 0 {
        let said = tr!("publish-left-alone", n = left_alone);
        writeln!(out, "{}", said.render(lang)).map_err(cannot_write)?;
    }
    writeln!(out, "{}", summary(&url, &tally, args.dry_run, lang)).map_err(cannot_write)?;
    Ok(if tally.conflicts + tally.failed + tally.unsent == 0 {
        Outcome::Clean
    } else {
        Outcome::Failed
    })
}

/// A card of the directory in a line: `Elin Johansson (Syd)`.
fn named(w: &Wanted) -> String {
    format!("{} ({})", w.name, w.region)
}

/// A card on the server in a line: its FN and region (CATEGORIES), else its address.
fn named_remote(r: &Remote) -> String {
    match (&r.read.name, &r.read.category) {
        (Some(name), Some(region)) => format!("{name} ({region})"),
        (Some(name), None) => name.clone(),
        _ => crate::publish::card::printable(&r.href),
    }
}

fn conflict_line(conflict: Conflict, w: Option<&Wanted>, r: &Remote, props: &[String]) -> Text {
    let name = w.map(named).unwrap_or_else(|| named_remote(r));
    match conflict {
        Conflict::Edited => tr!("publish-line-edited", name = name, props = props.join(", ")),
        Conflict::EditedGone => tr!("publish-line-edited-gone", name = name),
        Conflict::Foreign => tr!("publish-line-foreign", name = name, href = &r.href),
        Conflict::NoEtag => tr!("publish-line-no-etag", name = name),
    }
}

fn dry_run_line(step: &Step, wanted: &[Wanted], remote: &[Remote], tally: &mut Tally) -> Text {
    match step {
        Step::Add { wanted: w } => {
            tally.added += 1;
            tr!("publish-line-would-add", name = named(&wanted[*w]))
        }
        Step::Change {
            wanted: w,
            props,
            forced,
            ..
        } => {
            tally.changed += 1;
            let (name, props) = (named(&wanted[*w]), props.join(", "));
            match forced {
                true => tr!("publish-line-would-force", name = name, props = props),
                false => tr!("publish-line-would-change", name = name, props = props),
            }
        }
        Step::Remove { remote: r, forced } => {
            tally.removed += 1;
            let name = named_remote(&remote[*r]);
            match forced {
                true => tr!("publish-line-would-force-remove", name = name),
                false => tr!("publish-line-would-remove", name = name),
            }
        }
        Step::Unchanged { .. } | Step::Conflict { .. } => Text::literal(String::new()),
    }
}

/// Send one step's request and say how it went. `false` when it got no answer.
fn carry_out(
    client: &Client,
    collection: &Url,
    step: &Step,
    wanted: &[Wanted],
    remote: &[Remote],
    lang: Lang,
    tally: &mut Tally,
) -> (Text, bool) {
    let vcard = ("Content-Type", "text/vcard; charset=utf-8");
    // Planned only with a strong ETag (`plan`); `*` is never reached.
    let if_match = |r: usize| ("If-Match", remote[r].strong_etag().unwrap_or("*"));
    let (method, target, headers, body, name) = match step {
        Step::Add { wanted: w } => (
            "PUT",
            collection.join(&wanted[*w].file).ok(),
            vec![vcard, ("If-None-Match", "*")],
            wanted[*w].body.clone(),
            named(&wanted[*w]),
        ),
        Step::Change {
            wanted: w,
            remote: r,
            ..
        } => (
            "PUT",
            Url::parse(&remote[*r].href).ok(),
            vec![vcard, if_match(*r)],
            wanted[*w].body.clone(),
            named(&wanted[*w]),
        ),
        Step::Remove { remote: r, .. } => (
            "DELETE",
            Url::parse(&remote[*r].href).ok(),
            vec![if_match(*r)],
            Vec::new(),
            named_remote(&remote[*r]),
        ),
        Step::Unchanged { .. } | Step::Conflict { .. } => {
            return (Text::literal(String::new()), true);
        }
    };
    let conditional = match step {
        Step::Add { .. } => "PUT If-None-Match",
        Step::Change { .. } => "PUT If-Match",
        _ => "DELETE If-Match",
    };
    // Every address was read from or joined to a parsed URL; one that is not is this card's
    // failure, not the run's.
    let Some(target) = target else {
        tally.failed += 1;
        let reason = tr!("publish-bad-address", method = method);
        return (
            tr!("publish-line-failed", name = name, reason = reason),
            true,
        );
    };
    let answer = match client.send(method, &target, &headers, body) {
        Ok(answer) => answer,
        Err(e) => {
            tally.failed += 1;
            // A request that could not be written fails this card only.
            return match e {
                Unanswered::Invalid(_) => (
                    tr!("publish-line-failed", name = name, reason = e.text()),
                    true,
                ),
                _ => (
                    tr!("publish-line-no-answer", name = name, reason = e.text()),
                    false,
                ),
            };
        }
    };
    let how = format!("{conditional}, {} {}", answer.status, answer.reason);
    let line = match (step, answer.status) {
        (Step::Add { .. }, 200..=299) => {
            tally.added += 1;
            tr!("publish-line-added", name = name, how = how)
        }
        (Step::Change { props, forced, .. }, 200..=299) => {
            tally.changed += 1;
            match forced {
                true => tr!(
                    "publish-line-forced",
                    name = name,
                    props = props.join(", "),
                    how = how
                ),
                false => tr!(
                    "publish-line-changed",
                    name = name,
                    props = props.join(", "),
                    how = how
                ),
            }
        }
        // Already gone is what a removal wants.
        (Step::Remove { forced, .. }, 200..=299 | 404) => {
            tally.removed += 1;
            match forced {
                true => tr!("publish-line-force-removed", name = name, how = how),
                false => tr!("publish-line-removed", name = name, how = how),
            }
        }
        (_, 412) => {
            tally.conflicts += 1;
            tr!("publish-line-changed-meanwhile", name = name, how = how)
        }
        (_, _) => {
            tally.failed += 1;
            let reason = remote::refused(client, &target, method, &answer).render(lang);
            tr!("publish-line-failed", name = name, reason = reason)
        }
    };
    (line, true)
}

fn summary(url: &Url, t: &Tally, dry_run: bool, lang: Lang) -> String {
    let url = url.as_str();
    let mut line = if dry_run {
        tr!(
            "publish-summary-dry-run",
            url = url,
            added = t.added,
            changed = t.changed,
            removed = t.removed,
            unchanged = t.unchanged
        )
    } else if t.added + t.changed + t.removed + t.conflicts + t.failed + t.unsent == 0 {
        tr!(
            "publish-summary-current",
            url = url,
            unchanged = t.unchanged
        )
    } else {
        tr!(
            "publish-summary",
            url = url,
            added = t.added,
            changed = t.changed,
            removed = t.removed,
            unchanged = t.unchanged
        )
    }
    .render(lang);
    for (n, said) in [
        (
            t.conflicts,
            tr!("publish-summary-conflicts", n = t.conflicts),
        ),
        (t.failed, tr!("publish-summary-failed", n = t.failed)),
        (t.unsent, tr!("publish-summary-unsent", n = t.unsent)),
    ] {
        if n > 0 {
            line.push_str("; ");
            line.push_str(&said.render(lang));
        }
    }
    line
}
