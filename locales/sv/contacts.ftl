# contacts

## Kolumner och rader i en flik (src/validate/contact.rs)

contact-lan-column-missing = kolumnen Län saknas
contact-lan-column-missing-help = lägg till en kolumn med rubriken Län och skriv där de län som regionen täcker, eller lägg till en flik med namnet Län som listar dem
contact-lan-national = den nationella nivån täcker inga län; länen som står här räknas inte
contact-region-lan-list-undetermined = länen som står här hör inte till någon region
contact-region-lan-list-undetermined-help = ge filen regionens namn (till exempel syd.xlsx), eller lägg till en kolumn med rubriken Region
contact-name-column-missing = kolumnen för namn saknas
contact-name-column-missing-help = lägg till en kolumn med rubriken Namn (eller två kolumner, Förnamn och Efternamn)
contact-email-column-missing = kolumnen för e-postadress saknas
contact-email-column-missing-help = lägg till en kolumn med rubriken E-post
contact-phone-column-missing = kolumnen för telefonnummer saknas
contact-phone-column-missing-help = lägg till en kolumn med rubriken Telefon eller Mobil
# $value: cellens innehåll, inom citattecken.
contact-region-unknown = { $value } är inte en region
# $regions: regionernas namn, åtskilda med kommatecken.
contact-region-unknown-help = skriv en av regionerna { $regions }; tills dess räknas raden inte
contact-region-undetermined = kolumnen Region saknas och filnamnet anger ingen region
contact-region-undetermined-help = lägg till en kolumn med rubriken Region, eller ge filen regionens namn (till exempel syd.xlsx); tills dess räknas filens rader inte
contact-name-missing = raden har kontaktuppgifter men inget namn
contact-name-missing-help = fyll i cellen Namn; tills dess räknas raden inte
contact-kind-unknown = { $value } är inte en kontakttyp
contact-kind-unknown-help = skriv Person, eller Funktion för ett gemensamt nummer, till exempel en stödtelefon
contact-email-missing = en regional kontakt måste ha en e-postadress
contact-email-missing-help = fyll i cellen E-post
contact-phone-missing = en regional kontakt måste ha ett telefonnummer
contact-phone-missing-help = fyll i cellen Telefon eller Mobil
contact-unreachable = kontakten har varken e-postadress eller telefonnummer
contact-unreachable-help = fyll i cellen E-post eller Telefon

## Mellan rader (src/validate/directory.rs); $first_at är en plats, till exempel in/syd.csv:3:4

contact-email-duplicate = { $address } står också i { $first_at }
contact-email-duplicate-help = ta bara med varje person en gång
contact-email-conflict = { $address } står också vid ett annat namn i { $first_at }
contact-email-conflict-help = en e-postadress hör till en enda person: rätta en av de två raderna
contact-phone-shared = { $number } står också i { $first_at }
contact-duplicate = { $name } står två gånger i region { $region }; första gången i { $first_at }
contact-duplicate-help = ta bara med varje person en gång, med alla personens nummer på samma rad

## Vilken region som täcker varje län (src/validate/coverage.rs, src/validate/mod.rs)

contact-lan-cover-uncovered = { $lan } täcks inte av någon region
contact-lan-cover-uncovered-help = lägg till { $lan } i kolumnen Län hos den region som täcker länet
contact-lan-cover-claimed-twice = { $lan } räknas till { $region } här och till { $other_region } i { $other_at }
# Tre regioner eller fler; $others: `Väst (vast.csv:3:4), Nord (nord.csv:2:5)`.
contact-lan-cover-claimed-by-several = { $n ->
    [one] { $lan } räknas till { $region } här och till { $n } annan region: { $others }
   *[other] { $lan } räknas till { $region } här och till { $n } andra regioner: { $others }
}
contact-lan-region-at = { $region } ({ $at })
contact-lan-cover-claimed-twice-help = varje län hör till exakt en region: ta bort länet hos alla regioner utom en
# $files: filerna som inte gick att läsa, åtskilda med kommatecken; $n: hur många.
contact-lan-cover-unread-help = { $n ->
    [one] { $files } gick inte att läsa och är troligen orsaken; rätta den filen först
   *[other] { $files } gick inte att läsa och är troligen orsaken; rätta de filerna först
}

## Katalogen som helhet (src/validate/mod.rs)

contact-one-file = bara en fil angavs: filens rader och de län den tar upp har kontrollerats, men inte reglerna för hela katalogen (att alla regioner finns med och att varje län täcks exakt en gång)
contact-one-file-help = kontrollera hela mappen med indata för att få med dem
contact-region-missing-empty = region { $region } har inga kontakter: det fanns inga i regionens fil { $file }
contact-region-missing-empty-help = se felen i { $file }
contact-region-missing-unread = region { $region } har inga kontakter: regionens fil { $file } gick inte att läsa
contact-region-missing-unread-help = se felet i { $file }
contact-region-missing-no-file = region { $region } har ingen fil (och därför inga kontakter)
contact-region-missing-no-file-help = lägg till filen för region { $region } i mappen med indata
