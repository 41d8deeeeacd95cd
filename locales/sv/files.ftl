# files

## Att läsa mappen med indata: src/pipeline.rs, src/ingest/mod.rs

file-skipped-folder = läses inte: en mapp
file-skipped-lock-file = läses inte: en låsfil som Office skapar medan en fil är öppen
file-skipped-hidden = läses inte: en dold fil
file-skipped-not-data = läses inte: varken ett kalkylblad eller en CSV-fil
file-too-large = filen är på { $bytes } byte; gränsen är { $limit } byte (--max-file-bytes)
file-unreadable = filen går inte att läsa: { $error }
file-empty = filen är tom
file-mislabelled-text = enligt namnet är filen ett kalkylblad, men den innehåller text (CSV); den läses som text (CSV)
file-mislabelled-spreadsheet = enligt namnet är filen en textfil, men den innehåller ett kalkylblad; den läses som kalkylblad
file-mislabelled-help = byt namn på filen så att filändelsen stämmer med innehållet

## Kalkylblad: src/ingest/workbook.rs, src/ingest/guard.rs

file-encrypted-ooxml = filen är skyddad med lösenord (krypterad)
file-encrypted-ooxml-help = spara en kopia utan lösenord: välj Arkiv > Information > Skydda arbetsbok > Kryptera med lösenord och ta bort lösenordet
file-encrypted = filen är skyddad med lösenord
file-corrupt-workbook = filen går inte att öppna som kalkylblad: { $error }
file-corrupt-reader-failed = ett fel uppstod när filen lästes som kalkylblad: { $error }
sheet-skipped-hidden = fliken är dold och läses inte
sheet-unreadable = fliken går inte att läsa: { $error }
sheet-reader-failed = ett fel uppstod när fliken lästes: { $error }
file-corrupt-not-zip = filen verkar skadad: den går inte att läsa som zip-arkiv ({ $error })
file-corrupt-zip-entry = filen verkar skadad: delen { $entry } i zip-arkivet är trasig ({ $error })
file-corrupt-unzip = filen verkar skadad: delen { $part } går inte att packa upp ({ $error })
file-corrupt-not-workbook = filen är ett zip-arkiv, men varken ett kalkylblad i XLSX-format eller i ODS-format
file-limit-unzipped = filen blir större än { $limit } byte när den packas upp (--max-unzipped-bytes); kan det vara en så kallad zip-bomb?
file-limit-zip-ratio = delen { $part } är komprimerad { $ratio }:1, vilket är över gränsen { $limit }:1 (--max-zip-ratio); kan det vara en så kallad zip-bomb?
file-limit-cells-declared = delen { $part } anger ett område på { $cells } celler, vilket är över gränsen { $limit } (--max-cells)
file-limit-cells-used = delen { $part } använder ett område på { $cells } celler, vilket är över gränsen { $limit } (--max-cells)
file-limit-shared-strings = sharedStrings.xml anger { $declared } texter men innehåller { $held }; filen är skadad eller avsiktligt manipulerad

## CSV-filer: src/ingest/csv.rs

file-corrupt-binary = filen innehåller binära data, inte CSV-text
# `läses som Windows-1252, med avgränsaren ';' och radslut av typen CRLF`;
# $delimiter är `';'`, `','`, `'|'` eller `tab`; $endings är CRLF, CR, LF eller `mixed`.
file-detected = läses som { $encoding }, med avgränsaren { $delimiter ->
        [tab] tabb
       *[other] { $delimiter }
    } och radslut { $endings ->
        [mixed] av blandad typ
       *[other] av typen { $endings }
    }
file-detected-bom = läses som { $encoding } med BOM, med avgränsaren { $delimiter ->
        [tab] tabb
       *[other] { $delimiter }
    } och radslut { $endings ->
        [mixed] av blandad typ
       *[other] av typen { $endings }
    }
file-encoding-repaired = texten hade kodats som UTF-8 två gånger (Ã¶ i stället för ö); det har rättats
file-encoding-repaired-help = öppna originalfilen och spara den på nytt som UTF-8
file-corrupt-csv = CSV-texten går inte att tolka: { $error }

## Rubriker och celler: src/ingest/headers.rs, src/pipeline.rs
## $header är rubriken som den är skriven, inom citattecken; $field, $first och $second är kända rubriker (Namn, E-post, Län).

column-duplicate = kolumnen { $header } läses inte, eftersom det redan finns en kolumn för { $field }
column-duplicate-help = behåll bara en kolumn för varje uppgift, eller slå ihop de två kolumnerna
column-combined = kolumnen { $header } läses som { $first } eller { $second }: varje värde förs till den uppgift som det tydligt hör till, och annars till { $first }
column-combined-help = använd två kolumner, { $first } och { $second }
column-guessed = kolumnen { $header } läses som { $field }
column-guessed-help = ändra rubriken till { $field }
column-unknown = kolumnen { $header } är okänd och läses inte
column-unknown-joined-help = i en och samma cell går det inte att se vilken del som är { $first } och vilken som är { $second }: använd två kolumner, { $first } och { $second }
column-unknown-near-help = menade du { $field }? Ändra annars rubriken till en känd rubrik (se listan över kolumnrubriker i README) eller ta bort kolumnen
column-unknown-help = ändra rubriken till en känd rubrik (se listan över kolumnrubriker i README) eller ta bort kolumnen
column-unknown-unnamed = kolumn { $column } har värden men ingen rubrik och läses inte
column-unknown-unnamed-help = ge kolumnen en känd rubrik eller ta bort den
file-formula-uncached = formeln ={ $formula } har inget sparat resultat
file-formula-uncached-help = öppna filen i Excel eller LibreOffice och spara den igen, eller ersätt formeln med dess värde
file-cell-error = cellen innehåller felvärdet { $error }
file-cell-error-help = rätta formeln eller skriv in värdet
sheet-skipped-empty = fliken är tom och läses inte
sheet-skipped-no-header = fliken har ingen rubrikrad med kända kolumner och läses inte
header-missing = det finns ingen rubrikrad med kända kolumner
header-missing-help = skriv rubriker som Namn, E-post, Telefon och Län på någon av de första raderna

## `kontakt build --check`: src/commands/build.rs
## $reason kommer från jämförelsen med utdatamappen och är på engelska.

export-stale = { $file }: { $reason }
export-stale-help = kör `kontakt build { $input } --out { $out }` och gör en commit av { $out }
export-stale-help-errors = rätta först felen ovan, kör sedan `kontakt build { $input } --out { $out }` och gör en commit av { $out }
