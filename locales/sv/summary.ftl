# Sammanfattningen av en körning i Markdown (GitHubs jobbsammanfattning, --summary FIL).

summary-compared = Jämfört med { $base }.
summary-findings = Fynd
summary-no-findings = Inga.
summary-table-head = | allvarlighet | plats | regel | fynd |
summary-whole = hela katalogen
summary-changes-cut = **{ $n ->
    [one] Ytterligare { $n } rad med ändringar visas inte
   *[other] Ytterligare { $n } rader med ändringar visas inte
}**: kör `kontakt diff` för att se alla.
summary-findings-cut = **Ytterligare { $n } fynd finns inte med i tabellen**: GitHub sparar högst 1 MiB sammanfattning per steg. Kör `kontakt check` på indata för att se alla.
summary-one-file = { $file } är en enda fil: ändringarna i katalogen beräknas på hela mappen med indata.
summary-has-errors = Indata innehåller { $n } fel: ändringarna i katalogen visas när felen är rättade (som kontakt diff gör), eftersom en rad med fel inte läses som det var tänkt.
summary-no-base = Det finns ingen { $file } att jämföra med (ange --base FIL).
summary-base-unreadable = { $reason }
summary-warn-no-changes = kontakt: varning: sammanfattningen visar inga ändringar: { $reason }
summary-warn-unwritable = kontakt: varning: det gick inte att skriva sammanfattningen till { $file }: { $reason }
