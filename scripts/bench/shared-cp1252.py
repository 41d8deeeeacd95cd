#!/usr/bin/env python3
"""One region file as a Swedish office exports it from Excel (Windows-1252, `;`, CRLF), of ROWS
contacts that all give the same switchboard number and, every other row, one of five shared
mobiles, with exactly three errors: a broken address, a broken number and an unknown region.

    shared-cp1252.py ROWS FILE
"""
import sys

REGIONS = ["Nord", "Mitt", "Stockholm", "Bergslagen", "Öst", "Väst", "Syd"]
LAN = {
    "Nord": "Jämtland, Norrbotten, Västerbotten, Västernorrland",
    "Mitt": "Västmanland, Gävleborg, Uppsala",
    "Stockholm": "Stockholm, Gotland",
    "Bergslagen": "Dalarna, Värmland, Örebro",
    "Öst": "Jönköping, Sörmland, Östergötland",
    "Väst": "Västra Götaland, Halland",
    "Syd": "Blekinge, Kalmar, Kronoberg, Skåne",
}


def main():
    rows, path = int(sys.argv[1]), sys.argv[2]
    broken = {rows // 4: "email", rows // 2: "phone", 3 * rows // 4: "region"}
    with open(path, "w", encoding="cp1252", newline="") as f:
        f.write("Region;Namn;Roll;E-post;Telefon;Mobil;Län\r\n")
        for i in range(rows):
            region = REGIONS[i % 7]
            email = f"eva.ek.{i}@lst.se"
            phone = "08-123 456 00"
            mobile = f"070-111 22 3{i % 5}" if i % 2 else f"070-{i // 10000 % 1000:03} {i // 100 % 100:02} {i % 100:02}"
            shown_region = region
            what = broken.get(i)
            if what == "email":
                email = email.replace("@", "@@")
            elif what == "phone":
                phone = "08-12"
            elif what == "region":
                shown_region = "Mellersta"
            f.write(f"Region {shown_region};Eva Ekström {i};Samordnare;{email};{phone};{mobile};{LAN[region]}\r\n")


main()
