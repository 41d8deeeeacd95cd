# Rapporten som varje kommando som läser indata slutar med: antal, sammanfattningsraden, hjälp.

count-errors = { $n ->
   *[other] { $n } fel
}
count-warnings = { $n ->
    [one] { $n } varning
   *[other] { $n } varningar
}
count-notes = { $n ->
    [one] { $n } notering
   *[other] { $n } noteringar
}
count-files = { $n ->
    [one] { $n } fil
   *[other] { $n } filer
}
count-contacts = { $n ->
    [one] { $n } kontakt
   *[other] { $n } kontakter
}
count-regions = { $n ->
    [one] { $n } region
   *[other] { $n } regioner
}
# `2 fel, 3 varningar i 8 filer; 19 kontakter, 7 regioner, 21/21 län`
summary-line = { $counts } i { $files }; { $contacts }, { $regions }, { $covered }/{ $total } län
report-help = hjälp
report-also = { $n ->
    [one] också på { $n } plats till: { $places }
   *[other] också på { $n } platser till: { $places }
}
report-omitted = … och ytterligare { $n } fynd som inte visas (--max-findings)
severity-error = fel
severity-warning = varning
severity-info = notering
# Titeln på en GitHub-anteckning för ett fynd i ett kalkylblad.
github-title-cell = { $title } i cell { $cell } på fliken { $sheet }
github-title-sheet = { $title } på fliken { $sheet }

## Förlopp på en terminal (src/progress.rs)

progress-reading = läser filerna
progress-directory = kontrollerar hela katalogen
# Sidan som `check --format html` skriver.
report-html-title = kontakt: kontroll av katalogen
report-html-map = Vilken region täcker vilket län
report-html-findings = Fynd
report-html-none = Inga fynd: allt du gav finns i exporterna som du menade det.
report-html-place = Plats
report-html-severity = Allvar
report-html-finding = Fynd
