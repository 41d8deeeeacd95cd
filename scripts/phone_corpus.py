#!/usr/bin/env python3
"""Writes tests/data/phone-corpus.csv: Swedish phone numbers in the written forms offices use,
with what Google's libphonenumber (the Python `phonenumbers` package) makes of each.

    pip install phonenumbers==9.0.43 && python3 scripts/phone_corpus.py

The Rust test `tests/phone_corpus.rs` parses every input with kontakt and compares validity,
E.164 and type with libphonenumber's, and the written form with the `written` column: Google's
national format, except where kontakt deliberately differs (the `deviation` column says why).
"""
import csv
import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F, PhoneNumberType as T

# (national digits, what it is)
BASES = [
    ("0703284869", "mobile 070"), ("0732752278", "mobile 073"), ("0761243726", "mobile 076"),
    ("0721420160", "mobile 072"), ("0791234567", "mobile 079"), ("0781234567", "mobile 078"),
    ("0850843726", "Stockholm 08, 8 digits"), ("081234567", "Stockholm 08, 7 digits"),
    ("0313679331", "Göteborg 031"), ("040349355", "Malmö 040, 6 digits"), ("0187278325", "Uppsala 018"),
    ("0545408566", "Karlstad 054"), ("036105347", "Jönköping 036, 6 digits"), ("0462221234", "Lund 046"),
    ("0980123456", "Kiruna 0980"), ("0120123456", "Åtvidaberg 0120"), ("0612345678", "Kramfors 0612"),
    ("020390000", "toll-free 020, 6 digits"), ("0200123456", "toll-free 0200"), ("0771262626", "shared cost 0771"),
    ("0900123456", "premium 0900"), ("0751234567", "personal 075"), ("0101234567", "UAN 010"),
    ("0703", "too short"), ("07032848691", "too long"), ("0601234", "unassigned 060"),
]

def forms(n):
    """The ways offices write the number n (national digits with leading 0)."""
    nat = n[1:]
    g = pn.format_number(pn.parse(n, "SE"), F.NATIONAL) if pn.is_possible_number(pn.parse(n, "SE")) else n
    yield n
    yield g
    yield g.replace(" ", "")
    yield g.replace("-", " ")
    yield g.replace("-", "–")
    yield "+46" + nat
    yield "+46 " + nat
    yield "+46 (0)" + nat
    yield "0046 " + nat
    yield "(" + g.split("-")[0] + ") " + g.split("-", 1)[-1]

def kind(num):
    t = pn.number_type(num)
    return {T.MOBILE: "mobile", T.FIXED_LINE: "fixed-line", T.TOLL_FREE: "toll-free", T.PREMIUM_RATE: "premium-rate",
            T.SHARED_COST: "shared-cost", T.PERSONAL_NUMBER: "personal-number", T.UAN: "uan", T.VOIP: "voip",
            T.PAGER: "pager", T.FIXED_LINE_OR_MOBILE: "fixed-line", T.VOICEMAIL: "voicemail"}.get(t, "other")

# kontakt's written forms that deliberately differ from Google's grouping.
DEVIATIONS = {"0200": "Swedish practice groups 0200 numbers as 0200-xx xx xx",
              "077": "Swedish practice groups 077x numbers as 0771-xx xx xx"}

# A sweep over the numbering plan: every two-digit area prefix at every length, and every
# three-digit prefix at nine digits, written plainly with the trunk 0.
SWEEP = [("0" + str(p) + "234567890"[: n - 2], "sweep") for p in range(10, 100) for n in range(6, 11)]
SWEEP += [("0" + str(p) + "345678", "sweep") for p in range(100, 1000)]

rows, seen = [], set()
for digits, what in BASES + SWEEP:
    for text in (forms(digits) if what != "sweep" else [digits]):
        if text in seen:
            continue
        seen.add(text)
        try:
            num = pn.parse(text, "SE")
        except pn.NumberParseException:
            rows.append([text, what, "false", "", "", "", ""]); continue
        valid = pn.is_valid_number(num)
        if not valid:
            rows.append([text, what, "false", "", "", "", ""]); continue
        national = pn.format_number(num, F.NATIONAL)
        written, deviation = national, ""
        for prefix, why in DEVIATIONS.items():
            if digits.startswith(prefix) and len(digits) == 10:
                written = f"{digits[:4]}-{digits[4:6]} {digits[6:8]} {digits[8:10]}"
                deviation = why
        rows.append([text, what, "true", pn.format_number(num, F.E164), kind(num), written, deviation])

with open("tests/data/phone-corpus.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["input", "what", "valid", "e164", "type", "written", "deviation"])
    w.writerows(rows)
print(f"{len(rows)} numbers written with phonenumbers {pn.__version__}")
