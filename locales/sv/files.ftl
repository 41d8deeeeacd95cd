# files

## Att läsa indatamappen: src/pipeline.rs, src/ingest/mod.rs

file-skipped-folder = läses inte: det är en mapp
file-skipped-lock-file = läses inte: en låsfil som Office skapar medan en fil är öppen
file-skipped-hidden = läses inte: en dold fil
file-skipped-not-data = läses inte: varken ett kalkylark eller en CSV-fil
file-too-large = filen är { $bytes } byte stor; gränsen är { $limit } (--max-file-bytes)
file-unreadable = filen går inte att läsa: { $error }
file-empty = filen är tom
file-mislabelled-text = enligt namnet är filen ett kalkylark, men den innehåller text (CSV); den lästes som text (CSV)
file-mislabelled-spreadsheet = enligt namnet är filen en textfil, men den innehåller ett kalkylark; den lästes som kalkylark
file-mislabelled-help = byt namn på filen så att filändelsen stämmer med innehållet

## Kalkylark: src/ingest/workbook.rs, src/ingest/guard.rs

file-encrypted-ooxml = arbetsboken är skyddad med lösenord (krypterad)
file-encrypted-ooxml-help = spara en kopia utan skydd: Arkiv > Information > Skydda arbetsbok > Kryptera med lösenord, och ta bort lösenordet
file-encrypted = arbetsboken är skyddad med lösenord
file-corrupt-workbook = arbetsboken går inte att öppna: { $error }
file-corrupt-reader-failed = det gick inte att läsa filen som kalkylark: { $error }
sheet-skipped-hidden = fliken är dold och lästes inte
sheet-unreadable = fliken går inte att läsa: { $error }
sheet-reader-failed = det gick inte att läsa fliken: { $error }
file-corrupt-not-zip = filen verkar skadad: den går inte att packa upp som zip-arkiv ({ $error })
file-corrupt-zip-entry = filen verkar skadad: del { $entry } i zip-arkivet är trasig ({ $error })
file-corrupt-unzip = filen verkar skadad: { $part } går inte att packa upp ({ $error })
file-corrupt-not-workbook = ett zip-arkiv, men varken en XLSX- eller en ODS-arbetsbok
file-limit-unzipped = filen blir större än { $limit } byte när den packas upp (--max-unzipped-bytes); en så kallad zip-bomb?
file-limit-zip-ratio = { $part } är komprimerad { $ratio }:1, över gränsen { $limit }:1 (--max-zip-ratio); en så kallad zip-bomb?
file-limit-cells-declared = { $part } anger ett område på { $cells } celler, över gränsen { $limit } (--max-cells)
file-limit-cells-used = { $part } använder ett område på { $cells } celler, över gränsen { $limit } (--max-cells)
file-limit-shared-strings = sharedStrings.xml anger { $declared } texter men innehåller { $held }; filen är skadad eller avsiktligt manipulerad

## CSV-filer: src/ingest/csv.rs

file-corrupt-binary = filen innehåller binära data, inte CSV-text
# `lästes som Windows-1252, avgränsare ';', radslut CRLF`
file-detected = lästes som { $encoding }, avgränsare { $delimiter ->
        [tab] tabb
       *[other] { $delimiter }
    }, radslut { $endings ->
        [mixed] blandade
       *[other] { $endings }
    }
file-detected-bom = lästes som { $encoding } med BOM, avgränsare { $delimiter ->
        [tab] tabb
       *[other] { $delimiter }
    }, radslut { $endings ->
        [mixed] blandade
       *[other] { $endings }
    }
file-encoding-repaired = texten hade kodats som UTF-8 två gånger (Ã¶ i stället för ö); det är rättat
file-encoding-repaired-help = spara filen på nytt som UTF-8 från originalet
file-corrupt-csv = CSV-texten går inte att tolka: { $error }

## Rubriker och celler: src/ingest/headers.rs, src/pipeline.rs

column-duplicate = en andra kolumn { $field } ({ $header }) läses inte
column-duplicate-help = ha bara en kolumn per uppgift, eller slå ihop de två
column-combined = { $header } läses som { $first } eller { $second }: varje värde hamnar under den som det tydligt är, annars under { $first }
column-combined-help = använd två kolumner, { $first } och { $second }
column-guessed = { $header } läses som { $field }
column-guessed-help = byt namn på rubriken till { $field }
column-unknown = den okända kolumnen { $header } läses inte
column-unknown-joined-help = en cell kan inte visa vilken del som är { $first } och vilken som är { $second }: använd två kolumner, { $first } och { $second }
column-unknown-near-help = menade du { $field }? Annars byt namn på kolumnen till en känd rubrik (se listan över kolumnrubriker i README) eller ta bort den
column-unknown-help = byt namn på kolumnen till en känd rubrik (se listan över kolumnrubriker i README) eller ta bort den
column-unknown-unnamed = kolumn { $column } har värden men ingen rubrik; den läses inte
column-unknown-unnamed-help = ge kolumnen en känd rubrik eller ta bort den
file-formula-uncached = formeln ={ $formula } har inget sparat resultat
file-formula-uncached-help = öppna filen i Excel eller LibreOffice och spara den igen, eller ersätt formeln med dess värde
file-cell-error = cellen innehåller felet { $error }
file-cell-error-help = rätta formeln eller skriv in värdet
sheet-skipped-empty = fliken är tom och lästes inte
sheet-skipped-no-header = fliken har ingen rubrikrad med kända kolumner och lästes inte
header-missing = ingen rubrikrad med kända kolumner
header-missing-help = de första raderna måste innehålla rubriker som Namn, E-post, Telefon och Län

## `kontakt build --check`: src/commands/build.rs
## $reason kommer från jämförelsen med utdatamappen och är på engelska.

export-stale = { $file }: { $reason }
export-stale-help = kör `kontakt build { $input } --out { $out }` och gör en commit av { $out }
export-stale-help-errors = rätta först felen ovan, kör sedan `kontakt build { $input } --out { $out }` och gör en commit av { $out }
