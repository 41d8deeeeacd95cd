# template

## kontakt template: src/commands/template.rs, src/template/

template-written = skrev { $path } (tom)
template-written-from = skrev { $path } ({ $n ->
    [one] { $n } kontakt
   *[other] { $n } kontakter
} från { $from })
template-region-unknown = okänd region { $region }: ange en av { $ids }
template-out-in-input = --out { $out } ligger i indatamappen { $input }: en mall där skulle läsas som en regions fil. Välj en annan mapp
template-not-ours = inte en mall från kontakt, eller ändrad sedan dess, och ersätts därför inte: { $files }. En regions egen fil? Välj en annan --out, eller lägg till --force
template-cannot-write = kan inte skriva { $path }: { $reason }
template-cannot-make = kan inte skapa arbetsboken: { $reason }


fix-written = skrev { $path }: { $errors } fel, { $warnings ->
    [one] { $warnings } varning
   *[other] { $warnings } varningar
}, { $changed ->
    [one] { $changed } notering om vad kontakt skrivit om
   *[other] { $changed } noteringar om vad kontakt skrivit om
}
fix-not-ours = inte skrivna av kontakt, eller ändrade sedan dess, och ersätts därför inte: { $files }. Välj en annan --out, eller lägg till --force för att ersätta dem
fix-nothing = ingen regions filer har fel eller varningar: ingen arbetsbok skrevs
fix-no-region = { $file } har fel, men varken en rad eller filens namn säger vilken region den kommer från, så den finns inte i någon regions arbetsbok: se `kontakt check`
fix-cannot-make = kan inte skapa arbetsboken för { $region }: { $reason }. Fynden finns i `kontakt check` (och i CSV-filen med fynd i regionens brev)
fix-nothing-readable = ingen av regionens filer gick att läsa
fix-out-overlaps = --out { $out } och { $folder } överlappar: arbetsböckerna får inte hamna bland indata, exporter eller referensdata. Välj en annan mapp
