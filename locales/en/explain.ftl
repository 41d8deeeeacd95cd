# kontakt explain (src/commands/explain.rs): the headings of a rule's page, and how a phone,
# e-mail or län cell is read, step by step. The rule texts themselves are in rules.ftl.

explain-list-more = `kontakt explain CODE` says more about one of them.
explain-heading-meaning = What it means
explain-heading-example = Example
explain-heading-fix = How to fix it
explain-example-folder = A folder holding only { $file }:
explain-check-reports = kontakt check reports:
explain-findings = Findings:
explain-findings-none = Findings: none
# $chars: each character, such as U+200B (zero width space)
explain-invisible-removed = invisible characters removed: { $chars }
explain-kept = Kept: { $values }
explain-kept-nothing = Kept: nothing

## --phone

explain-phone-heading = Phone cell { $value }
explain-phone-empty = An empty cell: no number. A regional contact without any is phone-missing.
explain-number-cell-unusable = A number cell that cannot be the digits of a phone number.
explain-number-cell = A number cell: read as the digits { $digits }
explain-phone-no-piece = No piece of it can be a number.
explain-split-phone = { $n ->
    [one] Split into { $n } piece (at , ; / eller alt. och):
   *[other] Split into { $n } pieces (at , ; / eller alt. och):
}
explain-phone-cleaned = labels, brackets and extension removed: { $text }
explain-phone-not-a-number = not a phone number
explain-label-e164 = E.164
explain-label-type = type
explain-label-written = written form
explain-label-international = international
explain-label-extension = extension
explain-extension-kept = { $extension } (kept apart: a phone dials it after a pause, once the call is answered)
explain-kind-mobile = mobile
explain-kind-fixed-line = fixed line
explain-kind-fixed-line-or-mobile = fixed line or mobile
explain-kind-toll-free = toll free
explain-kind-premium-rate = premium rate
explain-kind-shared-cost = shared cost
explain-kind-personal-number = personal number
explain-kind-voip = voip
explain-kind-pager = pager
explain-kind-uan = uan
explain-kind-voicemail = voicemail
explain-kind-other = other

## --email

explain-email-heading = E-mail cell { $value }
explain-email-empty = An empty cell: no address. A regional contact without any is email-missing.
explain-split-email = { $n ->
    [one] Split into { $n } address (at , ; spaces, inside <…>, from mailto: links):
   *[other] Split into { $n } addresses (at , ; spaces, inside <…>, from mailto: links):
}
explain-email-decoded = decoded from the link { $link }
explain-email-shown-outside = shown outside <…>, beside another address
explain-email-not-an-address = not an address: { $problem }
explain-email-not-valid = not valid: { $why }
explain-label-local-part = local part
explain-label-domain = domain
explain-label-domain-ascii = domain (ASCII)
explain-label-kept-as = kept as

## --lan

explain-lan-heading = Län cell { $value }
explain-split-lan = { $n ->
    [one] Split into { $n } name (at , ; / och &):
   *[other] Split into { $n } names (at , ; / och &):
}
explain-lan-found = { $name } → { $lan } (letter code { $code }, SCB { $scb })
explain-lan-not-found = { $name } → not a län
