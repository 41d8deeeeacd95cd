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

