#!/usr/bin/env python3
"""Writes tests/data/phone-cells.csv and tests/data/email-cells.csv: phone and e-mail cells
written the ways Swedish offices write them, each with the outcome kontakt must give.

    python3 -m venv /tmp/ref && /tmp/ref/bin/pip install phonenumbers==9.0.43 email-validator==2.3.0
    /tmp/ref/bin/python scripts/cell_corpus.py

The expected values come from the references, never from kontakt: for phones, Google's
libphonenumber (the Python `phonenumbers` package) gives the E.164 form of each number a cell is
built from; for e-mail, the `email-validator` package decides whether the address a cell is
built from is valid and gives its normalised and ASCII forms. The expected finding codes come
from how the cell was built (a label adds none, an extension adds phone-extension, a zero-width
space adds text-invisible, ...). Where kontakt deliberately differs from a reference, the row
says so in `differs`, and the README lists why.

`tests/cell_corpus.rs` runs every cell through kontakt's cell reader and compares.
"""
import csv
import sys

import email_validator as ev
import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F

OUT = "tests/data"

# --- phones ---------------------------------------------------------------------------------

BASES = [
    "0703284869", "0761243726", "0850843726", "081234567", "0313679331", "040349355",
    "0187278325", "0545408566", "036105347", "0462221234", "0980123456", "020390000",
    "0771262626",
]


def e164(national):
    n = pn.parse(national, "SE")
    assert pn.is_valid_number(n), national
    return pn.format_number(n, F.E164)


def google_cell(cell):
    """What libphonenumber makes of the whole cell, for comparison only."""
    try:
        n = pn.parse(cell, "SE")
    except pn.NumberParseException:
        return "-"
    return pn.format_number(n, F.E164) if pn.is_valid_number(n) else "-"


FULL = {c: chr(0xFF10 + int(c)) for c in "0123456789"} | {"-": "\uFF0D", "+": "\uFF0B"}


def phone_rows():
    rows = []

    def add(cell, numbers, codes, form, kind="text", differs=""):
        rows.append({
            "cell": cell, "kind": kind,
            "e164": " ".join(numbers), "codes": " ".join(sorted(set(codes))),
            "google": " ".join(numbers) if numbers else "invalid",
            "google_cell": google_cell(cell) if kind == "text" else "-",
            "form": form, "differs": differs,
        })

    for i, n in enumerate(BASES):
        g = pn.format_number(pn.parse(n, "SE"), F.NATIONAL)
        area, sub = g.split("-", 1)
        other = BASES[(i + 1) % len(BASES)]
        g2 = pn.format_number(pn.parse(other, "SE"), F.NATIONAL)
        e, e2 = e164(n), e164(other)
        nat = n[1:]
        add(g, [e], [], "national format")
        add(n, [e], [], "digits")
        add(g.replace(" ", ""), [e], [], "no spaces")
        add(f"{area}/{sub.replace(' ', '')}", [e], [], "area code before a slash")
        add(f"{area} / {sub}", [e], [], "area code, spaced slash")
        add(f"+46 {nat}", [e], [], "+46")
        add(f"+46 (0){nat}", [e], [], "+46 (0)")
        add(f"(+46) {nat}", [e], [], "(+46)")
        add(f"0046 {nat}", [e], [], "0046")
        add(f"Tel: {g}", [e], [], "label Tel:")
        add(f"Tfn {g}", [e], [], "label Tfn")
        add(f"{g} (mobil)", [e], [], "label (mobil)")
        add(f"vx {g}", [e], [], "label vx")
        add(f"{g} ankn. 123", [e], ["phone-extension"], "extension")
        add(f"{g}\u200b", [e], ["text-invisible"], "zero-width space")
        add(g.replace(" ", "\u00a0"), [e], [], "no-break spaces")
        add("".join(FULL.get(c, c) for c in g), [e], [], "full-width digits")
        if nat.startswith("46"):
            add(nat, [e], ["phone-46-ambiguous"], "no leading 0, starts with 46")
            add(nat, [e], ["phone-stored-as-number", "phone-46-ambiguous"], "number cell",
                kind="number")
        else:
            add(nat, [e], ["phone-stored-as-number"], "no leading 0")
            add(nat, [e], ["phone-stored-as-number"], "number cell", kind="number")
        add(f"{g} alt. {g2}", [e, e2], [], "two numbers, alt.")
        add(f"{g} / {g2}", [e, e2], [], "two numbers, slash")
        add(f"{g}, {g}", [e], ["phone-repeated"], "the same number twice")
        add(f"{g}\n{g2}", [e, e2], [], "two numbers, two lines")
        add(f"{g} eller {g2}", [e, e2], [], "two numbers, eller")

    for cell in ["vx", "Tel:", "/", ",", "alt.", "(mobil)", "ankn. 12", "Mobil:", "-", "saknas",
                 "finns ej", "?", "Tel: / Mobil:"]:
        add(cell, [], ["phone-missing"], "no number in the cell")
    for cell in ["070-123 45 6O", "070-CALL-NOW", "08-5O8 437 26", "telefon 070 abc"]:
        add(cell, [], ["phone-letters"], "a letter")
    for cell in ["7,03E+08", "7.03284869E8", "1,23E+09"]:
        add(cell, [], ["phone-scientific"], "scientific notation")
    for cell in ["070-12", "031-36793", "0703", "07032848691", "0601234", "12"]:
        add(cell, [], ["phone-invalid"], "not a valid number")
    add("070-123 45 67, 1", [e164("0701234567")], ["phone-invalid"], "a fragment")
    for cell, number in [("+47 22 12 34 56", "+4722123456"), ("+45 32 12 34 56", "+4532123456"),
                         ("0047 22 12 34 56", "+4722123456"), ("+358 9 1234 5678", "+358912345678")]:
        assert pn.is_valid_number(pn.parse(number)), number
        add(cell, [number], ["phone-foreign"], "a foreign number")
    add("46703284869", [e164("0703284869")], ["phone-46-ambiguous"], "46 without + or 00")
    return rows


# --- e-mail ---------------------------------------------------------------------------------

VALID = [
    "eva.norlin@umea.se", "asa.ekman@socialcentrum.goteborg.se",
    "mikaella.matta-salinas@uppsala.se", "first.last+tag@example.com", "info@jämy.se",
    "kontakt@malmö.se", "anna_berg@region-skane.se", "Eva.Norlin@UMEA.SE", "o'brien@example.ie",
    "åsa@goteborg.se", "user@sub.domain.example.org", "12345@siffror.se", "x@a-b.se",
]

FULL_WIDTH = {c: chr(ord(c) - 0x21 + 0xFF01) for c in "abcdefghijklmnopqrstuvwxyz"}


def reference(address):
    """email-validator's verdict: (normalised, ASCII form) or the error."""
    try:
        v = ev.validate_email(address, check_deliverability=False)
    except ev.EmailNotValidError as e:
        return None, str(e)
    return v.normalized, (v.ascii_email or "")


def email_rows():
    rows = []

    def add(cell, bare, codes, form, expected=None, differs=""):
        """`bare`: the addresses the cell is built from, checked by email-validator."""
        kept, ascii_forms, verdicts = [], [], []
        for address in bare:
            normalised, ascii_form = reference(address)
            verdicts.append(normalised or f"error: {ascii_form}")
            if normalised is not None:
                kept.append(normalised)
                ascii_forms.append(ascii_form)
        if expected is not None:
            kept, ascii_forms = expected
        if not kept and "email-missing" not in codes and "email-invalid" not in codes:
            codes = codes + ["email-invalid"]
        rows.append({
            "cell": cell, "addresses": " ".join(kept), "ascii": " ".join(ascii_forms),
            "codes": " ".join(sorted(set(codes))), "validator": " | ".join(verdicts),
            "form": form, "differs": differs,
        })

    for i, a in enumerate(VALID):
        local, domain = a.rsplit("@", 1)
        other = VALID[(i + 1) % len(VALID)]
        non_ascii = [] if local.isascii() else ["email-non-ascii"]
        add(a, [a], non_ascii, "plain")
        add(f"{local}@{domain.upper()}", [a], non_ascii, "domain in capitals")
        add(f"mailto:{a}", [a], non_ascii, "mailto: link")
        add(f"Eva Norlin <{a}>", [a], non_ascii, "name and address")
        add(f'"{a}"', [a], non_ascii, "in quotes")
        add(f"<{a}>", [a], non_ascii, "in angle brackets")
        add(f"{a}\u200b", [a], non_ascii + ["text-invisible"], "zero-width space")
        add(f"{a}\u00a0", [a], non_ascii, "no-break space after")
        if domain.isascii():
            wide = "".join(FULL_WIDTH.get(c, c) for c in domain.lower())
            add(f"{local}@{wide}", [a], non_ascii + ["email-normalised"], "full-width domain")
        else:
            from urllib.parse import quote
            add(f"mailto:{quote(a, safe='@')}", [a], non_ascii + ["email-normalised"],
                "percent-encoded mailto: link")
        other_codes = non_ascii + ([] if other.rsplit("@", 1)[0].isascii() else ["email-non-ascii"])
        add(f"{a}; {other}", [a, other], other_codes, "two addresses, ;")
        add(f"{a}, {other}", [a, other], other_codes, "two addresses, ,")
        add(f"{a}\n{other}", [a, other], other_codes, "two addresses, two lines")
        add(f"{a}, {a}", [a], non_ascii + ["email-repeated"], "the same address twice")
        add(f"{other} <{a}>", [a, other], other_codes + ["email-display-differs"],
            "another address shown before the link")

    for cell in [",", "mailto:", "<>", '""', "; ;", "saknas", "-", "finns ej", "?"]:
        add(cell, [], ["email-missing"], "no address in the cell")

    mixed = "eva@um\u0435a.se"
    add(mixed, [mixed], ["email-confusable"], "domain mixes Latin and Cyrillic",
        differs="email-validator has no look-alike check; kontakt warns")

    bases = ["eva.norlin@umea.se", "asa.ekman@goteborg.se", "info@jämy.se", "kontakt@malmö.se",
             "first.last@example.com", "a@b.se", "mats.paulsson@jamy.se"]
    for a in bases:
        local, domain = a.rsplit("@", 1)
        stem, tld = domain.rsplit(".", 1)
        invalid = [
            (f"{local}@@{domain}", "double @"),
            (f"{local}{domain}", "no @"),
            (f'"{local}"@{domain}', "quoted local part"),
            (f"{local}@{domain}.", "domain ends with a dot"),
            (f"{local}@{stem}..{tld}", "empty domain label"),
            (f"{local}@-{domain}", "label starts with a hyphen"),
            (f"{local}@{stem}_x.{tld}", "underscore in the domain"),
            (f"{local}@{stem}", "one-label domain"),
            (f"{local}@{stem}.123", "numeric top-level domain"),
            (f"{local}@{stem}\U0001F600.{tld}", "emoji in the domain"),
            (f"{local}@yy\uFF0D\uFF0D0.{tld}", "full-width hyphens in the third and fourth place"),
            (f"{local}@[10.0.0.1]", "IP literal"),
            (f"{'a' * 65}@{domain}", "local part over 64 octets"),
            (f"{local}@{'b' * 64}.{tld}", "label over 63 octets"),
            (f"{local}..x@{domain}", "two dots in the local part"),
            (f".{local}@{domain}", "local part starts with a dot"),
        ]
        for cell, form in invalid:
            if form == "local part over 64 octets":
                add(cell, [cell], ["email-invalid"], form, expected=([], []),
                    differs="email-validator 2.3 accepts it; RFC 5321 section 4.5.3.1.1 limits "
                            "the local part to 64 octets and kontakt holds to that")
            else:
                add(cell, [cell], ["email-invalid"], form)
    label = "\u78D9\u0464\u9F93\u00FF\u5C1F\u0486\u00FE\uC2CC\uD046\u00ED\uC714\uBC4D\u9047\uBB77"
    long = f"{'b' * 60}@{label}.{label}.{label}.{label}.se"
    add(long, [long], ["email-invalid"], "over 254 octets in ASCII, under as written",
        expected=([], []),
        differs="email-validator measures the length as written; kontakt on the wire (ASCII)")
    return rows


def write(name, rows):
    with open(f"{OUT}/{name}", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{OUT}/{name}: {len(rows)} cells", file=sys.stderr)


if __name__ == "__main__":
    write("phone-cells.csv", phone_rows())
    write("email-cells.csv", email_rows())
