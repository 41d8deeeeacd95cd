# Månadens e-post till regionerna (alltid på svenska).

mail-counts = { $errors } fel, { $warnings ->
    [one] { $warnings } varning
   *[other] { $warnings } varningar
}, { $changes ->
    [one] { $changes } ändring
   *[other] { $changes } ändringar
}
mail-problems = Problem i er fil ({ $errors } fel, { $warnings ->
    [one] { $warnings } varning
   *[other] { $warnings } varningar
}). Rätta dem i kalkylbladet och skicka filen igen:

# Ämnesrader, hälsning och avslutning.
mail-subject = Regionkoordinatorer { $month }: { $region } – { $counts }
mail-subject-unreachable = Regionkoordinatorer { $month }: { $region } kunde inte nås – { $counts }
mail-greeting = Hej!
mail-intro = Här är resultatet av månadens import av kontaktuppgifterna för region { $region }.
mail-closing = Hör av er om något inte stämmer.
mail-regards = Vänliga hälsningar
mail-sender = Jämställdhetsmyndigheten (kontakt)

# En region som ingen kan nås på: meddelandet går till samordnaren.
mail-unreachable-why = { $n ->
    [0] regionen har inga kontakter i katalogen och schemas/recipients.json anger ingen adress för regionen
    [one] regionens enda kontakt saknar giltig e-postadress och schemas/recipients.json anger ingen adress för regionen
   *[other] ingen av regionens { $n } kontakter har en giltig e-postadress och schemas/recipients.json anger ingen adress för regionen
}
mail-unreachable-note = OBS! Det här meddelandet är till region { $region } men kunde inte skickas dit: { $why }. Vidarebefordra det till regionen, eller lägg in regionens adress i schemas/recipients.json och skicka igen med --only { $id }.

# Fynden: `- cell D7 i fliken Nord, fil in/nord.xlsx (fel, phone-invalid): …`
mail-finding = { $place } ({ $severity }, { $code }): { $message }
mail-help = Hjälp: { $help }
mail-fixed-attached = Er egen fil finns bifogad med samma fynd markerade i sina celler (rött för fel, gult för varningar), var och en med en kommentar, och listade på första bladet, Att rätta. Det som bara gällde hur ett värde var skrivet (till exempel ett telefonnummer sparat som tal) har kontakt redan skrivit om i den filen, grönt markerat; där finns inget att göra. Ni kan rätta i den bifogade filen och skicka tillbaka den i stället för er egen.
mail-csv-attached = Samma lista finns som bifogad CSV-fil.
mail-attachment = fynd-{ $id }-{ $month }.csv
mail-severity-error = fel
mail-severity-warning = varning
mail-severity-info = notering

# Var ett fynd finns, så att den som läser hittar det.
mail-place-directory = hela katalogen
mail-place-cell = cell { $cell }
mail-place-row = rad { $row }
mail-place-field = rad { $row }, kolumn { $col }
mail-place-in-sheet = { $spot } i fliken { $sheet }, fil { $file }
mail-place-in-file = { $spot } i filen { $file }
mail-place-sheet = fliken { $sheet } i filen { $file }
mail-place-file = filen { $file }

# Rubrikerna i den bifogade CSV-filen.
mail-csv-file = fil
mail-csv-sheet = flik
mail-csv-row = rad
mail-csv-column = kolumn
mail-csv-cell = cell
mail-csv-severity = allvarlighet
mail-csv-code = kod
mail-csv-message = meddelande
mail-csv-help = hjälp

# Ändringar sedan förra månaden.
mail-changes-wait = Ändringarna sedan förra månaden visas när felen ovan är rättade: en rad med fel läses inte som den var menad.
mail-changes-heading = Ändringar sedan förra månaden:
mail-change-region-added = regionen är ny
mail-change-region-dropped = regionen finns inte längre
mail-change-contact-added = ny kontakt: { $person }
mail-change-contact-removed = borttagen kontakt: { $person }
mail-change-field = { $name }: { $field } har ändrats från "{ $old }" till "{ $new }"
mail-change-lan-moved = { $lan } flyttat: { $from } → { $to }

# Sammanfattningen till samordnaren.
mail-summary-subject = Regionkoordinatorer { $month }: sammanfattning av importen
mail-summary-intro = Sammanfattning av importen för { $month }.
mail-summary-reached = Regioner som fått e-post:
mail-summary-unreachable = Regioner som inte kunde nås (deras meddelanden har skickats till dig i stället):
mail-summary-failed = Regioner vars e-post inte kunde skickas:
mail-summary-left-out = Regioner vars e-post inte skickades i den här körningen (--only):
mail-summary-none = inga
mail-summary-resend = skicka igen med --only { $id }
mail-summary-quiet = Inga problem och inga ändringar den här månaden.
mail-summary-general = Problem som gäller hela katalogen:
mail-summary-finding = { $severity } ({ $code }): { $message }
mail-summary-attachment = fynd-katalogen-{ $month }.csv
