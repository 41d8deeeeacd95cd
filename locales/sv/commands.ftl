# Kommandonas statusrader, på stderr.
# `kontakt: fel: …`, slutkod 2.
fatal = kontakt: fel: { $message }

## Gemensamt för kommandona: src/commands/*.rs, src/pipeline.rs

cmd-cannot-write = kan inte skriva: { $reason }
cmd-cannot-write-report = kan inte skriva rapporten: { $reason }
cmd-cannot-read = kan inte läsa { $path }: { $reason }
cmd-broken-schemas = referensdatan (schemas) är felaktig: { $reason }
cmd-input-missing = { $input } finns inte: ange mappen med regionernas filer (eller en enskild fil)

## kontakt diff: src/commands/diff.rs

cmd-diff-not-snapshot = { $file } är ingen contacts.json som kontakt build har skrivit: { $reason }
cmd-diff-has-errors = { $input } har { $n ->
        [one] { $n } fel
       *[other] { $n } fel
    }; `kontakt check { $input }` visar var

## kontakt explain: src/commands/explain.rs

# `"phone-bad" är ingen regelkod`
cmd-explain-unknown-code = { $code } är ingen regelkod
cmd-explain-example-stale = exemplet för { $code } ger inte längre det fyndet; rapportera gärna det som ett fel i kontakt

## kontakt build: src/commands/build.rs

# $how är same, inside eller contains; $what är input eller schemas.
cmd-build-refuse-overlap = skriver inte till { $out }: den { $how ->
        [same] är
        [inside] ligger i
       *[contains] innehåller
    } { $what ->
        [input] indatamappen
       *[schemas] mappen med referensdata
    } ({ $path }), och om den ersattes skulle de filerna raderas; välj en annan mapp med --out
# $how är same eller contains.
cmd-build-refuse-here = skriver inte till { $out }: den { $how ->
        [same] är
       *[contains] innehåller
    } mappen som kontakt körs i; välj en mapp under den, till exempel output
cmd-build-one-file = { $input } är en enda fil: exporterna skulle då ersätta hela kontaktförteckningen i output med bara den filens kontakter; bygg från hela indatamappen, eller ange --out MAPP för en export av just den här filen
cmd-build-up-to-date = kontakt: { $out } är aktuell ({ $n ->
        [one] { $n } fil
       *[other] { $n } filer
    })
cmd-build-stale = kontakt: { $out } stämmer inte med det som `kontakt build` skriver från indata; kör `kontakt build { $input } --out { $out }` och gör en commit av { $out }
cmd-build-stale-errors = kontakt: { $out } stämmer inte med det som `kontakt build` skriver från indata; rätta först felen ovan, kör sedan `kontakt build { $input } --out { $out }` och gör en commit av { $out }
cmd-build-not-written-errors = kontakt: { $out } skrevs inte: rätta först felen ovan
cmd-build-not-written-warnings = kontakt: { $out } skrevs inte: rätta först varningarna ovan (--deny-warnings)
# Mappen innehåller filer som kontakt inte har skrivit, eller så skriver en annan build till den.
cmd-build-refused = { $reason }
cmd-build-unchanged = { $reason }; { $out } är oförändrad
cmd-build-leftover = kontakt: varning: { $out } är skriven, men { $reason }; ta bort den mappen (nästa build försöker igen)
# Följs av ändringarna, så som `kontakt diff` visar dem.
cmd-build-changes = kontakt: ändringar jämfört med { $out }:
cmd-build-wrote = kontakt: skrev { $n ->
        [one] { $n } fil
       *[other] { $n } filer
    } till { $out }

## Orsaken till ett fel vid läsning eller skrivning (src/i18n.rs io_reason)

io-not-found = filen eller mappen finns inte
io-permission-denied = åtkomst nekad
io-already-exists = finns redan
io-storage-full = disken är full
io-read-only = filsystemet är skrivskyddat
io-is-a-directory = det är en mapp, inte en fil
io-not-a-directory = det är inte en mapp
io-directory-not-empty = mappen är inte tom
io-broken-pipe = mottagaren slutade läsa
io-timed-out = tiden tog slut
io-connection-refused = anslutningen nekades (ingen server lyssnar där)
io-connection-lost = anslutningen bröts
io-unreachable = servern går inte att nå
io-device = läsfel på disken eller i filsystemet
io-invalid-data = innehållet är inte giltigt (till exempel inte UTF-8)

## Referensdata i schemas/ (src/schemas.rs); $file är ett filnamn som lan.json, $reason varför

schemas-no-folder = mappen { $path } med referensdata finns inte
schemas-cannot-read = { $path } går inte att läsa: { $reason }
schemas-not-valid = { $file } går inte att läsa: { $reason }
schemas-empty = lan.json och regions.json får inte vara tomma
schemas-scb-not-number = { $file }: SCB-numret { $scb } är inget tal
schemas-names-two-lan = { $file }: { $name } är namnet på två län
schemas-names-two-regions = { $file }: { $name } är namnet på två regioner
schemas-names-two-fields = { $file }: { $name } är namnet på två uppgifter
schemas-ids-one-file = { $file }: region-id:na { $first } och { $second } ger samma filnamn, { $name }, så den ena regionens kort skulle ersätta den andras
schemas-appears-twice = { $file }: { $value } står två gånger
schemas-phone-metadata = { $file } går inte att läsa: { $detail }

## Varför en JSON-fil inte går att läsa (src/i18n.rs json_reason)

json-io = filen gick inte att läsa till slut (rad { $line }, kolumn { $column })
json-syntax = det är inte giltig JSON (rad { $line }, kolumn { $column })
json-eof = filen tar slut mitt i (rad { $line }, kolumn { $column })
# $detail: serde_json:s egna ord om vad som är fel, med nyckelns namn
json-data = fel innehåll på rad { $line }, kolumn { $column }: { $detail }

## kontakt man (src/commands/help.rs) och --version

man-manual = Användarkommandon
man-name = NAMN
man-synopsis = ÖVERSIKT
man-description = BESKRIVNING
man-options = FLAGGOR
man-synopsis-sub = Översikt
man-options-sub = Flaggor
man-exit-status = SLUTKOD
man-exit-0 = Inga fel (varningar och noteringar är tillåtna, utom med --deny-warnings).
man-exit-1 = Problem i data: minst ett fel (eller en varning med --deny-warnings), också en indatafil som inte går att läsa eller en inaktuell export vid build --check; explain --phone, --email eller --lan på ett värde med ett fel.
man-exit-2 = Kunde inte köras: felaktiga argument, en indatamapp som saknas, felaktig referensdata (schemas), en utdatamapp med filer som kontakt inte har skrivit.
man-version = VERSION
version-text = { $version }
    libphonenumber-metadata { $metadata } (paketet phonenumber); Sverige från schemas/phonenumber-se.xml ({ $metadata } med kontakts rättelser) om inte --schemas anger en annan
