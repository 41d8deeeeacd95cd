# notify

## kontakt notify: src/commands/notify.rs, src/notify/send.rs, src/notify/recipients.rs

# A line per mail, on stdout. The first word (ok, FAILED, UNREACHABLE, note) says how it went; a
# script that reads the lines runs with --lang en.
notify-line-ok = ok     { $key }: { $how }
notify-line-failed = FAILED { $key }: { $reason }
notify-line-would-send = would send { $key }: { $how }
notify-line-unreachable = UNREACHABLE { $key }: { $why }; its mail went to the coordinator instead, { $how }
notify-line-unreachable-dry-run = UNREACHABLE { $key }: { $why }; its mail would go to the coordinator instead, { $how }
notify-line-withheld = note   { $key }: not sent to { $address }: its domain mixes scripts and may imitate another (email-confusable)
notify-line-stale = note   { $path }: from an earlier run, not written now (this month has no mail for it); delete it before sending the outbox
# What became of a mail: `written to outbox/2021-10-vast.eml (to a@b.se)`.
notify-delivered = { $how } (to { $to })
notify-written = written to { $path }
notify-sent = sent
# --dry-run: `to a@b.se; cc c@d.se; subject "…"; attachment fynd-vast-2021-10.csv`.
notify-dry-run-mail = to { $to }; cc { $cc }; subject { $subject }
notify-dry-run-mail-attachment = to { $to }; cc { $cc }; subject { $subject }; attachment { $attachment }
notify-nobody = nobody
notify-nothing-to-send = nothing to send to { $key }: it has no findings and no changes this month

# The last line: `2 messages, none failed`.
notify-done = { $sent ->
    [one] { $sent } message
   *[other] { $sent } messages
}, none failed
notify-done-dry-run = { $sent ->
    [one] { $sent } message
   *[other] { $sent } messages
}; nothing written or sent (--dry-run)
notify-done-failed = { $went ->
    [one] { $went } message
   *[other] { $went } messages
} went, { $failed } failed; send the rest with --only { $keys }
# Follows the last line after `; `.
notify-done-unreachable = { $n ->
    [one] { $n } region could not be reached ({ $regions }): give it an address in recipients.json
   *[other] { $n } regions could not be reached ({ $regions }): give each an address in recipients.json
}

# On stderr.
notify-no-previous = kontakt: no previous directory at { $path }: the mails list no changes (give --previous FILE)
notify-no-changes = kontakt: { $previous } is what { $input } builds to, so there are no changes to report.
# Followed by the git commands.
notify-no-changes-git = If `build` has already replaced it, give last month's directory from git:
notify-warn-non-ascii = kontakt: warning: { $what } { $address }: letters outside ASCII before the @; many mail systems reject such addresses

# Why kontakt notify cannot run (after `kontakt: error: `).
notify-cannot-read = cannot read { $path }: { $reason }
notify-cannot-write = cannot write: { $reason }
notify-recipients-cannot-read = --recipients: cannot read { $path }: { $reason }
notify-previous-is-folder = --previous { $path }: is a folder; give last month's contacts.json (such as { $example })
notify-previous-missing = --previous { $path }: no such file; give last month's contacts.json
notify-previous-unreadable = --previous { $path }: { $reason }
notify-previous-default-unreadable = cannot read last month's directory { $path }: { $reason }
notify-no-coordinator = no coordinator address: give --coordinator ADDR or list it under "coordinator" in { $path }
notify-outbox-not-folder = --outbox { $path }: exists and is not a folder
notify-outbox-in-input = --outbox { $path }: the mails would go among the regions' files in { $input }; choose another folder
notify-only-unknown = --only { $key }: not a region id or { $summary }; the ids are { $ids }
notify-month-invalid = --month { $month }: write the month as YYYY-MM
notify-epoch-invalid = SOURCE_DATE_EPOCH={ $value } is not a number of seconds
notify-smtp-ca-unreadable = --smtp-ca { $path }: cannot read it: { $reason }
notify-smtp-ca-invalid = --smtp-ca { $path }: { $reason }
notify-smtp-invalid = --smtp: { $reason }

# Addresses and the recipients file: `--coordinator: "mats@jamy" has the domain "jamy", …`.
notify-address-lookalike = { $what }: the domain of { $address } mixes scripts and may imitate another (email-confusable); type the address again by hand
notify-address-invalid = { $what }: { $address } { $reason }
notify-recipients-unreadable = { $file }: { $reason }
notify-recipients-unknown-region = { $file }: { $id } is not a region id; the ids are { $ids }
notify-recipients-unknown-region-near = { $file }: { $id } is not a region id (did you mean { $near }?); the ids are { $ids }
notify-recipients-empty-region = { $file }: region { $id } lists no address; remove it to write to the region's own contacts

# Sending (after `--smtp: `, `--smtp-ca FILE: ` or `FAILED region: `).
notify-not-an-address = { $address } is not an address
notify-bad-domain = bad domain in { $address }
notify-ca-no-certificate = the file holds no PEM certificate (-----BEGIN CERTIFICATE-----)
notify-smtp-not-url = { $url } is not smtp://host:port or smtps://host:port
notify-smtp-bad-port = bad port in { $url }
notify-smtp-no-host = { $url } names no host
notify-smtp-credentials-in-url = the address holds a user name or password: give them in KONTAKT_SMTP_USER and KONTAKT_SMTP_PASSWORD, never in the URL
notify-smtp-starttls-with-smtps = smtps:// is TLS from the start; --starttls goes with smtp://
notify-smtp-ca-needs-tls = --smtp-ca needs a TLS connection: smtps:// or --starttls
notify-smtp-bad-scheme = { $url }: the scheme must be smtp or smtps
notify-smtp-io = cannot reach the server: { $reason }
notify-smtp-untrusted = { $reason }; the server's TLS certificate is not trusted: if it comes from a private CA, pass that CA with --smtp-ca FILE
notify-cannot-create = cannot create { $path }: { $reason }
notify-cannot-write-file = cannot write { $path }: { $reason }
