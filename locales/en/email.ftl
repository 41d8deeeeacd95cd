# email

## One address (src/validate/email.rs); $address: the address as written, in quotes

# Said after the address, in `kontakt explain`.
email-link-broken = is percent-encoded, but not as UTF-8 text (a broken link)
email-invalid-broken-link = { $address } is percent-encoded, but not as UTF-8 text (a broken link)
email-invalid-no-at = { $address } has no @
email-invalid-two-at = { $address } has more than one @
email-invalid-empty-local = { $address } has nothing before the @
email-invalid-quoted = { $address } has a quoted part before the @, which most mail systems refuse
email-invalid-local-too-long = { $address } has a local part of { $octets ->
        [one] { $octets } octet
       *[other] { $octets } octets
    }; the limit is 64
email-invalid-ip = { $address } uses an IP address instead of a domain
email-invalid-too-long = { $address } is { $octets ->
        [one] { $octets } octet
       *[other] { $octets } octets
    } long; the limit is 254
# $label: the part of the domain as sent (punycode).
email-invalid-label-too-long = { $address } has a domain part of { $octets ->
        [one] { $octets } octet
       *[other] { $octets } octets
    } as sent ({ $label }); the limit is 63
# $domain: the domain, in quotes.
email-invalid-domain = { $address } has the invalid domain { $domain }
email-invalid-one-label = { $address } has the domain { $domain }, which needs at least two parts such as example.se
# $character: the character, in quotes; $code: its code, such as U+1F600.
email-invalid-domain-char = { $address } has { $character } ({ $code }) in its domain; a domain holds letters, digits and hyphens only
# $tld: the last part of the domain, in quotes.
email-invalid-numeric-tld = { $address } has the top-level domain { $tld }, which is a number; it would be .se, .com, …
# $sent: the whole address as sent (punycode).
email-invalid-wire-too-long = { $address } is { $octets ->
        [one] { $octets } octet
       *[other] { $octets } octets
    } long as sent ({ $sent }); the limit is 254
email-invalid = { $address } is not a valid address
email-help-one-at = an address has exactly one @: remove the extra one
email-help-no-quotes = write the address without quotes
email-help-whole-address = write a whole address such as eva.norlin@umea.se; several are separated with ;
email-help-domain = the part after the @ is the organisation's domain, such as umea.se
email-help-check = check the address; several in one cell are separated with ;

## One e-mail cell (src/validate/email.rs)

# $cell: the cell's text, in quotes.
email-missing-in-cell = { $cell } holds no e-mail address
email-help-write-address = write the address itself, such as eva.norlin@umea.se
# $shown: the address written outside <…>.
email-display-differs = the cell shows { $shown } but links to another address; both are kept
email-help-keep-one = keep the one address that is meant
# $address: the address kept; $link: the mailto: link as written.
email-read-from-link = { $address } is read from the link { $link }
# $written: the address as written, in quotes; $address: as kept.
email-kept-as = { $written } is kept as { $address }
email-help-punycode = the punycode domain is kept in its readable form
email-help-ordinary-letters = write the domain in ordinary letters
# $main, $other: names of writing systems (Latin, Cyrillic, …); $character: the letter, in quotes.
email-confusable-domain = the domain of { $address } mixes { $main } and { $other } letters: { $character } ({ $code }) is { $other }, not { $main }
email-help-retype-domain = type the domain again; a look-alike letter sends mail elsewhere
# $address: the address, in quotes.
email-non-ascii-local = { $address } has letters outside ASCII before the @
# $suggestion: the address with ASCII letters.
email-help-ascii-form = many mail systems reject such addresses; did you mean { $suggestion }?

## Any e-mail or phone cell (src/validate/cell.rs)

# $text: the cell's text without them, in quotes; $chars: each character removed, such as
# U+200B (zero width space); $count: how many.
cell-invisible-removed = { $text } held the invisible { $count ->
        [one] character
       *[other] characters
    } { $chars }; removed
cell-help-retype = retype the cell: the { $count ->
        [one] character stays in the file until it is removed there
       *[other] characters stay in the file until they are removed there
    }
# $value: the address or number as written; $first: where it was first, such as in/syd.csv:3:4.
cell-given-again = { $value } is given again for this contact (first at { $first }); kept once

## Invisible characters, as the findings name them (src/text.rs describe_chars)

char-described = U+{ $code } ({ $name })
char-invisible = invisible
char-200b = zero width space
char-200c = zero width non-joiner
char-200d = zero width joiner
char-2060 = word joiner
char-feff = byte order mark
char-00ad = soft hyphen
char-200e = left-to-right mark
char-200f = right-to-left mark
char-061c = arabic letter mark
char-202a = left-to-right embedding
char-202b = right-to-left embedding
char-202c = pop directional formatting
char-202d = left-to-right override
char-202e = right-to-left override
char-2066 = left-to-right isolate
char-2067 = right-to-left isolate
char-2068 = first strong isolate
char-2069 = pop directional isolate

## Scripts in email-confusable-domain ($main, $other)

script-latin = Latin
script-cyrillic = Cyrillic
script-greek = Greek
script-armenian = Armenian
script-georgian = Georgian
script-cherokee = Cherokee
script-arabic = Arabic
script-hebrew = Hebrew
script-han = Han
