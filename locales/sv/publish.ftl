# publish

## kontakt publish: src/commands/publish.rs, src/publish/

# Adressen och inloggningen, innan något skickas (slutkod 2).
publish-url-no-scheme = https:// saknas först
publish-url-invalid = { $url } är ingen URL ({ $reason }): skriv adressbokens hela adress, som börjar med https://
publish-url-credentials = skriv inte användarnamn eller lösenord i URL:en (de hamnar i kommandohistoriken): sätt { $user } och { $password }
publish-url-plain-http = { $url } är okrypterad http:// till en annan dator: lösenordet och katalogen skulle gå okrypterade över nätet. Använd https://, eller --allow-http om du verkligen menar det
publish-url-scheme = { $url }: adressboken nås bara med https:// (eller http:// till den egna datorn)
publish-url-query = { $url }: adressen till en adressbok har varken ? eller #
publish-credentials-half = { $missing } saknas: sätt både KONTAKT_CARDDAV_USER och KONTAKT_CARDDAV_PASSWORD, eller ingen av dem
publish-warn-plain-http = kontakt: varning: lösenordet skickas okrypterat till { $url } (--allow-http)
publish-ca-unreadable = kan inte läsa --ca { $path }: { $reason }
publish-ca-invalid = --ca { $path } är inget PEM-certifikat: { $reason }

# Servern svarade inte som en adressbok (slutkod 2).
publish-unauthorized = servern avvisade användarnamnet eller lösenordet för { $url } (401): kontrollera { $user } och { $password }
publish-login-required = { $url } kräver inloggning (401): sätt { $user } och { $password }
publish-forbidden = servern nekade den här användaren tillgång till { $url } (403): användaren behöver kunna läsa och ändra adressboken
publish-not-found = det finns ingen adressbok på { $url } (404): kontrollera adressen, eller skapa adressboken först (README: Publishing to an address book)
publish-moved = servern skickar { $url } vidare till { $location }: publicera till den adressen
publish-server-status = servern svarade { $status } på { $method } { $url }
publish-untrusted = servern { $url } har ett certifikat som inte går att lita på ({ $reason }); är det utfärdat av en egen CA, ange den med --ca FIL
publish-unreachable = kan inte nå { $url }: { $reason }
publish-bad-answer = servern gav ett svar som inte går att läsa för { $url }: { $reason }
publish-not-address-book = { $url } är ingen adressbok (CardDAV): ange adressen till själva adressboken, inte till kontot eller till en kalender

# Indata har fel: inget publiceras (slutkod 1).
publish-input-errors = { $n ->
    [one] indata har { $n } fel: inget publicerades. Se det med kontakt check { $input }
   *[other] indata har { $n } fel: inget publicerades. Se dem med kontakt check { $input }
}

# En rad per kort som ändras eller inte kan ändras, på stdout. Det första ordet (tillagd, ändrad,
# borttagen, KONFLIKT, MISSLYCKADES) säger hur det gick; ett skript som läser raderna kör med
# --lang en (added, changed, removed, CONFLICT, FAILED).
publish-line-added = tillagd     { $name } ({ $how })
publish-line-changed = ändrad      { $name }: { $props } ({ $how })
publish-line-forced = ändrad      { $name }: { $props }; ändringen som gjorts på servern skrevs över (--force) ({ $how })
publish-line-removed = borttagen   { $name }: finns inte längre i katalogen ({ $how })
publish-line-edited = KONFLIKT    { $name }: kortet har ändrats på servern sedan kontakt publicerade det; inte överskrivet (ändrat: { $props }). Skriv över med --force
publish-line-edited-gone = KONFLIKT    { $name }: finns inte längre i katalogen, men kortet har ändrats på servern sedan kontakt publicerade det; inte borttaget. Ta bort med --force
publish-line-foreign = KONFLIKT    { $name }: { $href } har samma UID men publicerades inte av kontakt; inte rört. Ta bort det kortet så att kontakt kan publicera det här
publish-line-no-etag = KONFLIKT    { $name }: servern gav ingen stark ETag för kortet, så det kan inte ändras säkert (If-Match kräver en)
publish-line-changed-meanwhile = KONFLIKT    { $name }: kortet ändrades på servern under körningen; inte överskrivet ({ $how }). Kör igen
publish-line-failed = MISSLYCKADES { $name }: { $reason }
publish-line-no-answer = MISSLYCKADES { $name }: inget svar från servern ({ $reason })
publish-bad-address = ogiltig adress för { $method }
publish-line-extension-dropped = obs         { $name }: servern sparar { $numbers } utan anknytningen efter kommatecknet; kortets anteckning har den i ord
publish-line-would-add = skulle lägga till { $name }
publish-line-would-change = skulle ändra      { $name }: { $props }
publish-line-would-remove = skulle ta bort    { $name }

publish-left-alone = { $n ->
    [one] { $n } kort som kontakt inte publicerade lämnades orört
   *[other] { $n } kort som kontakt inte publicerade lämnades orörda
}

# Sista raden.
publish-summary = { $url }: { $added ->
    [one] { $added } tillagd
   *[other] { $added } tillagda
}, { $changed ->
    [one] { $changed } ändrad
   *[other] { $changed } ändrade
}, { $removed ->
    [one] { $removed } borttagen
   *[other] { $removed } borttagna
}, { $unchanged ->
    [one] { $unchanged } oförändrad
   *[other] { $unchanged } oförändrade
}
publish-summary-current = { $url } är redan aktuell: { $unchanged } kort, inget ändrades
publish-summary-dry-run = { $url }: { $added } skulle läggas till, { $changed } skulle ändras, { $removed } skulle tas bort, { $unchanged ->
    [one] { $unchanged } är oförändrad
   *[other] { $unchanged } är oförändrade
}; inget skickades (--dry-run)
# Följer efter sista raden, efter `; `.
publish-summary-conflicts = { $n ->
    [one] { $n } konflikt, inte ändrad
   *[other] { $n } konflikter, inte ändrade
}
publish-summary-failed = { $n } misslyckades
publish-summary-unsent = { $n ->
    [one] { $n } skickades inte: kör igen när servern svarar
   *[other] { $n } skickades inte: kör igen när servern svarar
}

publish-line-force-removed = borttagen   { $name }: finns inte längre i katalogen; ändringen som gjorts på servern kastades (--force) ({ $how })
publish-line-would-force = skulle ändra      { $name }: { $props }, och skriva över ändringen som gjorts på servern (--force)
publish-line-would-force-remove = skulle ta bort    { $name }, och kasta ändringen som gjorts på servern (--force)
# Det som adressboken listar men som kontakt inte kunde läsa: det kan vara ett kort som kontakt publicerade.
publish-line-unread = MISSLYCKADES { $href }: { $why }
publish-unread-outside = servern listar det i adressboken, men adressen ligger utanför den; inte följd
publish-unread-missing = listat i adressboken, men servern lämnade inte ut kortet (status { $status }); det kan vara ett som kontakt publicerade
publish-not-address-book-here = { $url } är ingen adressbok (CardDAV), men innehåller de här; publicera till en av dem:
  { $books }
# Varför en begäran inte fick något svar.
publish-why-refused = anslutningen nekades: är servern igång, och stämmer adressen och porten?
publish-why-host = värdnamnet är okänt: kontrollera adressen
publish-why-timeout = inget svar inom { $seconds } sekunder
publish-why-cut = anslutningen bröts innan svaret kom
