# Sammanfattningen av en körning i Markdown (GitHubs jobbsammanfattning, --summary FIL).

summary-compared = Jämfört med { $base }.
summary-findings = Fynd
summary-no-findings = Inga.
summary-table-head = | allvar | var | regel | fynd |
summary-whole = hela katalogen
summary-changes-cut = **{ $n ->
    [one] { $n } rad till med ändringar visas inte
   *[other] { $n } rader till med ändringar visas inte
}**: kör `kontakt diff` för att se alla.
summary-findings-cut = **{ $n } fynd till finns inte i tabellen**: GitHub sparar högst 1 MiB sammanfattning per steg. Kör `kontakt check` på indata för att se alla.
summary-one-file = { $file } är en enda fil: ändringen i katalogen mäts på hela mappen med indata.
summary-has-errors = { $n } fel finns i indata: ändringen i katalogen visas när de är rättade (som `kontakt diff` gör), eftersom en rad med fel inte läses som den var tänkt.
summary-no-base = Det finns ingen { $file } att jämföra med (ange --base FIL).
summary-base-unreadable = { $reason }
summary-warn-no-changes = kontakt: varning: sammanfattningen visar inga ändringar: { $reason }
summary-warn-unwritable = kontakt: varning: kan inte skriva sammanfattningen till { $file }: { $reason }
