# cli

## Kommandoradens hjälp (`kontakt --help`, `kontakt KOMMANDO --help`): src/cli_text.rs.
## Som clap visar hjälptexterna: en rad, ingen avslutande punkt. Id: cli-<kommando>-<argumentets
## id, _ som ->. Flaggor, filnamn och värden står som de skrivs.

cli-about = Kontrollerar och bygger katalogen över regionala samordnare mot prostitution och människohandel.
cli-after-help = Slutkod: 0 inga fel, 1 problem i uppgifterna, 2 kunde inte köras.
cli-lang = Språket i meddelanden, rapporter och sammanfattningar (sv eller en). Standard: svenska när LC_ALL, LC_MESSAGES eller LANG börjar med sv (sv_SE.UTF-8), annars engelska. E-post skickas alltid på svenska

## clap:s egna flaggor.

cli-flag-help = Visa hjälp
cli-flag-help-more = Visa hjälp (mer med '--help')
cli-flag-help-long = Visa hjälp (en sammanfattning med '-h')
cli-flag-version = Visa version

## kontakt check

cli-check-about = Läs regionernas kalkylblad och visa varje problem vid den cell där det finns
cli-check-input = Mappen med regionernas filer (eller en enda fil)
cli-check-schemas = Mapp med referensdata; de av lan.json, regions.json, columns.json och phonenumber-se.xml som finns där används i stället för de inbyggda
cli-check-format = Rapportens format
cli-check-verbose = Berätta också vad som upptäcktes i varje fil (teckenkodning, avgränsare, radslut); med --format github visas även noteringarna
cli-check-quiet = Visa bara fel (och varningar, med --deny-warnings) och sammanfattningsraden
cli-check-summary = Skriv en sammanfattning i Markdown till FIL: antalen, ändringen i katalogen och en tabell med alla fynd. I GitHub Actions läggs den till i jobbsammanfattningen ($GITHUB_STEP_SUMMARY) även utan det här alternativet
cli-check-base = Den contacts.json som sammanfattningens ändringar räknas från (i en pull request: den i grenen som ändringen ska in i). Standard: contacts.json i utdatamappen
cli-check-deny-warnings = Misslyckas (slutkod 1) även vid varningar
cli-check-max-findings = Visa högst N fynd och tala om hur många som inte visades
cli-check-color = Färger i textrapporten (--format human)
cli-check-max-file-bytes = Största indatafil som läses, i byte
cli-check-max-unzipped-bytes = Största sammanlagda storlek för ett kalkylblad när det packas upp, i byte
cli-check-max-zip-ratio = Högsta komprimeringsgrad för en del (över 1 MiB) av ett kalkylblad
cli-check-max-cells = Högsta antal celler som en flik får omfatta

## kontakt build

cli-build-about = Kontrollera och skriv sedan contacts.json, CSV-filerna och vCard-filerna (ingenting om det finns fel)
cli-build-input = Mappen med regionernas filer (eller en enda fil)
cli-build-out = Mappen som exporterna skrivs till (standard: `output` bredvid indatamappen). Den ersätts helt, men bara när den inte innehåller något annat än det som kontakt har skrivit där
cli-build-force = Ersätt utdatamappen även när den innehåller filer som kontakt inte har skrivit, eller exporter som har ändrats för hand (aldrig indatamappen)
cli-build-check = Skriv ingenting; avsluta med slutkod 1 och ange filerna när utdatamappen inte är vad build skulle skriva
cli-build-as-of = Datumet som katalogen gäller från (ÅÅÅÅ-MM-DD), skrivs in i contacts.json och i vCard-filernas REV
cli-build-vcard-version = vCard-version för regionfilerna och all.vcf (Outlook-filerna är alltid 3.0)
cli-build-outlook-cards = Skriv också en vCard-fil per kontakt i vcard/outlook/ (för ett Outlook som läser in ett kort i taget); outlook.csv läser in alla på en gång
cli-build-schemas = Mapp med referensdata; de av lan.json, regions.json, columns.json och phonenumber-se.xml som finns där används i stället för de inbyggda
cli-build-format = Rapportens format
cli-build-verbose = Berätta också vad som upptäcktes i varje fil (teckenkodning, avgränsare, radslut); med --format github visas även noteringarna
cli-build-quiet = Visa bara fel (och varningar, med --deny-warnings) och sammanfattningsraden
cli-build-summary = Skriv en sammanfattning i Markdown till FIL: antalen, ändringen i katalogen och en tabell med alla fynd. I GitHub Actions läggs den till i jobbsammanfattningen ($GITHUB_STEP_SUMMARY) även utan det här alternativet
cli-build-base = Den contacts.json som sammanfattningens ändringar räknas från (i en pull request: den i grenen som ändringen ska in i). Standard: contacts.json i utdatamappen
cli-build-deny-warnings = Misslyckas (slutkod 1) även vid varningar
cli-build-max-findings = Visa högst N fynd och tala om hur många som inte visades
cli-build-color = Färger i textrapporten (--format human)
cli-build-max-file-bytes = Största indatafil som läses, i byte
cli-build-max-unzipped-bytes = Största sammanlagda storlek för ett kalkylblad när det packas upp, i byte
cli-build-max-zip-ratio = Högsta komprimeringsgrad för en del (över 1 MiB) av ett kalkylblad
cli-build-max-cells = Högsta antal celler som en flik får omfatta

## kontakt diff

cli-diff-about = Vad som har ändrats mellan två kataloger: contacts.json-filer eller indatamappar
cli-diff-old = Förra månaden: en contacts.json som build har skrivit, eller en indatamapp
cli-diff-new = Den här månaden: en contacts.json som build har skrivit, eller en indatamapp
cli-diff-format = Hur ändringarna skrivs ut
cli-diff-exit-code = Avsluta med slutkod 1 när något har ändrats (som `git diff --exit-code`)
cli-diff-schemas = Mapp med referensdata för indatamappar (se `check --schemas`)

## kontakt notify

cli-notify-about = Skicka e-post till varje region med dess fynd och ändringar (till en utkorgsmapp, om inte --smtp anges)
cli-notify-input = Mappen med regionernas filer
cli-notify-month = Månaden för importen (ÅÅÅÅ-MM): i ämnesraderna, i Message-ID och i bilagornas namn
cli-notify-previous = Förra månadens contacts.json, för ändringarna (standard: output/contacts.json bredvid indatamappen). Om den anges men saknas eller inte går att läsa: slutkod 2 innan något skickas
cli-notify-recipients = Mottagarna för varje region och för samordnaren (standard: recipients.json i --schemas, annars schemas/recipients.json bredvid indatamappen, om den finns; en region som inte står med får e-post till sina egna kontakters adresser)
cli-notify-coordinator = Den nationella samordnarens adress: får en kopia av varje brev och tar emot sammanfattningen
cli-notify-from = Avsändaren (standard: samordnarens första adress); dess domän står sist i varje Message-ID
cli-notify-outbox = Mappen som .eml-filerna skrivs till när inget skickas (standard: outbox bredvid indatamappen)
cli-notify-smtp = Skicka via den här e-postservern: smtp://host:port eller smtps://host:port. Användarnamn och lösenord läses från KONTAKT_SMTP_USER och KONTAKT_SMTP_PASSWORD, aldrig från kommandoraden
cli-notify-starttls = Med smtp://: gör anslutningen krypterad med STARTTLS (krävs)
cli-notify-smtp-ca = Ett PEM-certifikat (från en egen certifikatutfärdare, CA) att lita på utöver systemets rotcertifikat, för TLS-anslutningen till --smtp
cli-notify-only = Bara dessa meddelanden: regionernas id (till exempel syd) eller `sammanfattning`
cli-notify-attach-fixed = Bifoga till varje regions brev dess egna filer med fynden markerade (det som `kontakt fix` skriver) i stället för CSV-filen med fynd
cli-notify-dry-run = Visa vad som skulle skickas till vem; skriv och skicka ingenting
cli-notify-schemas = Mapp med referensdata (se `check --schemas`)

## kontakt publish

cli-publish-about = Gör så att en CardDAV-adressbok innehåller exakt katalogen, så att telefoner som prenumererar uppdaterar sina kort på plats
cli-publish-url = Adressbokens URL (en CardDAV-samling), till exempel https://moln.example.se/dav/regionkoordinatorer/ (se README för Nextclouds). Användarnamn och lösenord läses från KONTAKT_CARDDAV_USER och KONTAKT_CARDDAV_PASSWORD, aldrig från kommandoraden
cli-publish-input = Mappen med regionernas filer
cli-publish-dry-run = Visa med namn vad som skulle läggas till, ändras och tas bort; ändra ingenting
cli-publish-force = Skriv också över eller ta bort kort som ändrats på servern sedan kontakt publicerade dem (aldrig ett kort som kontakt inte publicerade)
cli-publish-ca = Ett PEM-certifikat (från en egen certifikatutfärdare, CA) att lita på utöver systemets rotcertifikat
cli-publish-allow-http = Tillåt okrypterad http:// till en annan dator: lösenordet och katalogen går då okrypterade över nätet. Utan den här flaggan tillåts http:// bara till den egna datorn
cli-publish-schemas = Mapp med referensdata (se `check --schemas`)

## kontakt template

cli-template-about = Skriv kalkylarket som varje region fyller i (templates/<region>.xlsx, på svenska), med förra månadens kontakter ifyllda
cli-template-region = Bara dessa regioner, åtskilda med kommatecken: id (till exempel syd) eller namn. Standard: alla regioner
cli-template-from = Förra månadens kontaktlista (contacts.json), vars kontakter fylls i (standard: output/contacts.json, om den finns)
cli-template-empty = Tomma mallar, även när output/contacts.json finns
cli-template-out = Mappen som mallarna skrivs till, en <region>.xlsx per region (aldrig indatamappen)
cli-template-force = Ersätt filer i --out som inte är oförändrade mallar som kontakt skrivit (en regions egen fil, eller en mall som regionen fyllt i)
cli-template-schemas = Mapp med referensdata (se `check --schemas`)

## kontakt fix

cli-fix-about = Varje regions egna filer med fynden markerade: varje fynd i sin cell med en kommentar på svenska, listade på ett första blad "Att rätta" (fixed/<region>-<månad>.xlsx), för de regioner som har fel eller varningar
cli-fix-input = Mappen med regionernas filer
cli-fix-month = Månaden för importen (ÅÅÅÅ-MM): i filernas namn
cli-fix-out = Mappen som arbetsböckerna skrivs till (standard: fixed bredvid indatamappen; aldrig indatamappen)
cli-fix-force = Ersätt filer i --out med en arbetsboks namn som inte är kontakts oförändrade arbetsböcker (en som ändrats sedan den skrevs)
cli-fix-schemas = Mapp med referensdata (se `check --schemas`)

## kontakt explain

cli-explain-about = Vad en regelkod betyder (`explain phone-invalid`), eller hur kontakt läser ett värde (`explain --phone "08/627 71 78"`, `--email`, `--lan`). Utan något mer: alla regelkoder
cli-explain-code = En regelkod, till exempel phone-invalid (skalet kan fylla i den; `kontakt explain` listar dem)
cli-explain-phone = Visa hur en telefoncell läses: uppdelning, etiketter, E.164, typ, skrivsätt. Skriv en cell med ett tal (siffror som kalkylbladet sparar som ett tal) som =46701234567
cli-explain-email = Visa hur en e-postcell läses: uppdelning, avkodade länkar, kontroll av domänen
cli-explain-lan = Visa vilket län en Län-cell anger
cli-explain-schemas = Mapp med referensdata (se `check --schemas`)

## kontakt completions, kontakt man

cli-completions-about = Ett skript som fyller i kommandon i ditt skal: `kontakt completions bash > ~/.local/share/bash-completion/completions/kontakt`
cli-completions-shell = Skalet
cli-man-about = Manualsidan (roff): `kontakt man > kontakt.1 && man -l kontakt.1`
# clap:s egna rubriker i --help.
cli-help-about = Visa den här hjälpen, eller hjälpen för de angivna kommandona
cli-help-subcommand = Kommandot att visa hjälp för
cli-heading-usage = Användning
cli-heading-arguments = Argument
cli-heading-options = Flaggor
cli-heading-commands = Kommandon

# clap:s egna ord: standardvärde och möjliga värden, och platshållaren <COMMAND> och [OPTIONS] i användningsraden.
cli-default = [standard: { $value }]
cli-possible-values = [möjliga värden: { $values }]
cli-possible-values-heading = Möjliga värden:
cli-usage-options = FLAGGOR
cli-usage-command = KOMMANDO

## Vad ett värde betyder (--format human, --color auto …): cli-value-ARGUMENT-VÄRDE

cli-value-format-human = För människor: ett fynd per rad med hjälp, sist en sammanfattning
cli-value-format-json = Ett JSON-dokument med alla fynd och sammanfattningen
cli-value-format-github = Kommandon för GitHub Actions, så att en pull request visar varje fel på sin rad
cli-value-format-html = En sida för människor: kartan över länen med län som saknar region eller har två markerade, sedan alla fynd
cli-value-format-markdown = För en kommentar i en pull request eller ett e-postmeddelande
cli-value-color-auto = Färger när utdata går till en terminal (och NO_COLOR inte är satt)
cli-value-lang-sv = Svenska
cli-value-lang-en = Engelska
cli-value-vcard-version-3-0 = vCard 3.0 (RFC 2426): det som Android, iOS och Outlook kan läsa in
cli-value-vcard-version-4-0 = vCard 4.0 (RFC 6350)

## Platshållare för värden (<DATE>, [INPUT]): cli-value-name-NAMN

cli-value-name-addr = ADRESS
cli-value-name-bytes = BYTE
cli-value-name-cells = CELLER
cli-value-name-code = KOD
cli-value-name-color = FÄRG
cli-value-name-date = DATUM
cli-value-name-dir = MAPP
cli-value-name-file = FIL
cli-value-name-format = FORMAT
cli-value-name-input = INDATA
cli-value-name-key = NYCKEL
cli-value-name-lang = SPRÅK
cli-value-name-n = N
cli-value-name-new = NY
cli-value-name-old = GAMMAL
cli-value-name-ratio = KVOT
cli-value-name-region = REGION
cli-value-name-shell = SKAL
cli-value-name-text = TEXT
cli-value-name-url = URL
cli-value-name-yyyy-mm = ÅÅÅÅ-MM
cli-value-name-vcard-version = VCARD-VERSION

## Fel på kommandoraden (src/cli_error.rs); $arg, $value och $command står inom '…'

cli-error = fel: { $message }
cli-error-unknown-argument = okänt argument { $arg }
cli-error-unknown-command = okänt kommando { $command }
cli-error-value-missing = { $arg } behöver ett värde, men inget angavs
cli-error-invalid-value = ogiltigt värde { $value } för { $arg }
cli-error-value-refused = ogiltigt värde { $value } för { $arg }: { $reason }
cli-error-missing-arguments = följande argument måste anges: { $args }
cli-error-missing-command = ange ett kommando
cli-error-conflict = { $arg } kan inte användas tillsammans med { $other }
cli-error-given-twice = { $arg } får bara anges en gång
cli-error-no-equals = { $arg } behöver sitt värde efter ett likhetstecken (=)
cli-error-too-many-values = { $arg } tar inte fler värden; { $value } blev över
cli-error-number-of-values = { $arg } fick fel antal värden
cli-error-not-utf8 = ett argument är inte giltig UTF-8
cli-error-other = kommandoraden går inte att tolka
cli-error-number-empty = inget tal angavs
cli-error-number-too-large = talet är för stort
cli-error-number-digits = skriv ett heltal med bara siffror
cli-error-tip = tips: { $tip }
cli-error-similar-argument = det finns ett liknande argument: { $arg }
cli-error-similar-value = det finns ett liknande värde: { $value }
cli-error-similar-command = det finns ett liknande kommando: { $command }
cli-error-trailing = skriv '-- { $arg }' om värdet ska läsas som ett värde och inte som en flagga
cli-error-possible-values = möjliga värden: { $values }
cli-error-usage = Användning: { $usage }
cli-error-more = Mer information får du med '--help'.

## Värden som kontakt själv kontrollerar

cli-date-format = skriv datumet som ÅÅÅÅ-MM-DD
cli-date-not-a-date = { $date } är inget datum
