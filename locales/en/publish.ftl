# publish

## kontakt publish: src/commands/publish.rs, src/publish/

# The address and the login, before anything is sent (exit 2).
publish-url-no-scheme = no https:// in front
publish-url-invalid = { $url } is not a URL ({ $reason }): give the address book's whole address, starting with https://
publish-url-credentials = do not put a user name or password in the URL (it stays in the shell's history): set { $user } and { $password }
publish-url-plain-http = { $url } is plain http:// to another machine: the password and the directory would cross the network unencrypted. Use https://, or --allow-http if you really mean it
publish-url-scheme = { $url }: the address book is reached with https:// only (or http:// to this machine)
publish-url-query = { $url }: an address book's address has no ? or #
publish-credentials-half = { $missing } is not set: set both KONTAKT_CARDDAV_USER and KONTAKT_CARDDAV_PASSWORD, or neither
publish-warn-plain-http = kontakt: warning: the password goes unencrypted to { $url } (--allow-http)
publish-ca-unreadable = cannot read --ca { $path }: { $reason }
publish-ca-invalid = --ca { $path } is not a PEM certificate: { $reason }

# The server did not answer as an address book (exit 2).
publish-unauthorized = the server refused the user name or password for { $url } (401): check { $user } and { $password }
publish-login-required = { $url } needs a login (401): set { $user } and { $password }
publish-forbidden = the server refused this user access to { $url } (403): the user needs to read and change the address book
publish-not-found = there is no address book at { $url } (404): check the address, or create the address book first (README: Publishing to an address book)
publish-moved = the server sends { $url } on to { $location }: publish to that address
publish-server-status = the server answered { $status } to { $method } { $url }
publish-untrusted = the server { $url } has a certificate that cannot be trusted ({ $reason }); if a private CA issued it, give that with --ca FILE
publish-unreachable = cannot reach { $url }: { $reason }
publish-bad-answer = the server's answer for { $url } cannot be read: { $reason }
publish-not-address-book = { $url } is not an address book (CardDAV): give the address of the address book itself, not of the account or a calendar

# The input has errors: nothing is published (exit 1).
publish-input-errors = { $n ->
    [one] the input has { $n } error: nothing was published. See it with kontakt check { $input }
   *[other] the input has { $n } errors: nothing was published. See them with kontakt check { $input }
}

# A line per card that is changed or cannot be, on stdout. The first word (added, changed,
# removed, CONFLICT, FAILED) says how it went.
publish-line-added = added       { $name } ({ $how })
publish-line-changed = changed     { $name }: { $props } ({ $how })
publish-line-forced = changed     { $name }: { $props }; the change made on the server was overwritten (--force) ({ $how })
publish-line-removed = removed     { $name }: no longer in the directory ({ $how })
publish-line-edited = CONFLICT    { $name }: the card was changed on the server since kontakt published it; not overwritten (changed: { $props }). Overwrite with --force
publish-line-edited-gone = CONFLICT    { $name }: no longer in the directory, but the card was changed on the server since kontakt published it; not removed. Remove with --force
publish-line-foreign = CONFLICT    { $name }: { $href } has the same UID but was not published by kontakt; not touched. Remove that card so that kontakt can publish this one
publish-line-no-etag = CONFLICT    { $name }: the server gave no strong ETag for the card, so it cannot be changed safely (If-Match needs one)
publish-line-changed-meanwhile = CONFLICT    { $name }: the card was changed on the server during the run; not overwritten ({ $how }). Run again
publish-line-failed = FAILED      { $name }: { $reason }
publish-line-no-answer = FAILED      { $name }: no answer from the server ({ $reason })
publish-bad-address = invalid address for { $method }
publish-line-extension-dropped = note        { $name }: the server keeps { $numbers } without the extension after the comma; the card's note holds it in words
publish-line-would-add = would add    { $name }
publish-line-would-change = would change { $name }: { $props }
publish-line-would-remove = would remove { $name }

publish-left-alone = { $n ->
    [one] { $n } card kontakt did not publish was left alone
   *[other] { $n } cards kontakt did not publish were left alone
}

# The last line.
publish-summary = { $url }: { $added } added, { $changed } changed, { $removed } removed, { $unchanged } unchanged
publish-summary-current = { $url } is up to date: { $unchanged } cards, nothing changed
publish-summary-dry-run = { $url }: { $added } would be added, { $changed } changed, { $removed } removed, { $unchanged } are unchanged; nothing was sent (--dry-run)
# Follows the last line after `; `.
publish-summary-conflicts = { $n ->
    [one] { $n } conflict, not changed
   *[other] { $n } conflicts, not changed
}
publish-summary-failed = { $n } failed
publish-summary-unsent = { $n } not sent: run again when the server answers

publish-line-force-removed = removed     { $name }: no longer in the directory; the change made on the server was discarded (--force) ({ $how })
publish-line-would-force = would change { $name }: { $props }, overwriting the change made on the server (--force)
publish-line-would-force-remove = would remove { $name }, discarding the change made on the server (--force)
# What the address book lists but kontakt could not read: it may be a card kontakt published.
publish-line-unread = FAILED      { $href }: { $why }
publish-unread-outside = the server lists it in the address book, but its address is outside it; not followed
publish-unread-missing = listed in the address book, but the server did not return the card (status { $status }); it may be one kontakt published
publish-not-address-book-here = { $url } is not an address book (CardDAV), but it holds these; publish to one of them:
  { $books }
# Why a request got no answer.
publish-why-refused = the connection was refused: is the server running, and the address and port right?
publish-why-host = the host name is not known: check the address
publish-why-timeout = no answer within { $seconds } seconds
publish-why-cut = the connection was cut before the answer came
