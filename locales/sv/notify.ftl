# notify

## kontakt notify: src/commands/notify.rs, src/notify/send.rs, src/notify/recipients.rs

# En rad per meddelande, på stdout. Det första ordet (ok, MISSLYCKADES, KAN INTE NÅS, obs) säger
# hur det gick; ett skript som läser raderna kör med --lang en (ok, FAILED, UNREACHABLE, note).
notify-line-ok = ok     { $key }: { $how }
notify-line-failed = MISSLYCKADES { $key }: { $reason }
notify-line-would-send = skulle skicka { $key }: { $how }
notify-line-unreachable = KAN INTE NÅS { $key }: { $why }; meddelandet gick i stället till samordnaren, { $how }
notify-line-unreachable-dry-run = KAN INTE NÅS { $key }: { $why }; meddelandet skulle i stället gå till samordnaren, { $how }
notify-line-withheld = obs    { $key }: skickas inte till { $address }: domänen blandar skriftsystem och kan efterlikna en annan (email-confusable)
notify-line-stale = obs    { $path }: från en tidigare körning, inte skriven nu (regionen får inget meddelande den här månaden); ta bort filen innan utkorgen skickas
# Vad som hände med ett meddelande: `skrivet till outbox/2021-10-vast.eml (till a@b.se)`.
notify-delivered = { $how } (till { $to })
notify-written = skrivet till { $path }
notify-sent = skickat
# --dry-run: `till a@b.se; kopia c@d.se; ämne "…"; bilaga fynd-vast-2021-10.csv`.
notify-dry-run-mail = till { $to }; kopia { $cc }; ämne { $subject }
notify-dry-run-mail-attachment = till { $to }; kopia { $cc }; ämne { $subject }; bilaga { $attachment }
notify-nobody = ingen
notify-nothing-to-send = inget att skicka till { $key }: inga fynd och inga ändringar den här månaden

# Sista raden: `2 meddelanden, inget misslyckades`.
notify-done = { $sent ->
    [one] { $sent } meddelande
   *[other] { $sent } meddelanden
}, inget misslyckades
notify-done-dry-run = { $sent ->
    [one] { $sent } meddelande
   *[other] { $sent } meddelanden
}; inget skrevs eller skickades (--dry-run)
notify-done-failed = { $went ->
    [one] { $went } meddelande gick iväg
   *[other] { $went } meddelanden gick iväg
}, { $failed } misslyckades; skicka resten med --only { $keys }
# Följer efter sista raden, efter `; `.
notify-done-unreachable = { $n ->
    [one] { $n } region kunde inte nås ({ $regions }): ge den en adress i recipients.json
   *[other] { $n } regioner kunde inte nås ({ $regions }): ge var och en av dem en adress i recipients.json
}

# På stderr.
notify-no-previous = kontakt: ingen tidigare katalog i { $path }: meddelandena visar inga ändringar (ange --previous FIL)
notify-no-changes = kontakt: { $previous } är exakt det som { $input } ger, så det finns inga ändringar att rapportera.
# Följs av git-kommandona.
notify-no-changes-git = Om `build` redan har ersatt filen, ta fram förra månadens katalog ur git:
notify-warn-non-ascii = kontakt: varning: { $what } { $address }: tecken utanför ASCII före @; många e-postsystem avvisar sådana adresser

# Varför kontakt notify inte kan köras (efter `kontakt: fel: `).
notify-cannot-read = kan inte läsa { $path }: { $reason }
notify-cannot-write = kan inte skriva: { $reason }
notify-recipients-cannot-read = --recipients: kan inte läsa { $path }: { $reason }
notify-previous-is-folder = --previous { $path }: är en mapp; ange förra månadens contacts.json (till exempel { $example })
notify-previous-missing = --previous { $path }: filen finns inte; ange förra månadens contacts.json
notify-previous-unreadable = --previous { $path }: { $reason }
notify-previous-default-unreadable = kan inte läsa förra månadens katalog { $path }: { $reason }
notify-no-coordinator = ingen adress till samordnaren: ange --coordinator ADRESS eller skriv den under "coordinator" i { $path }
notify-outbox-not-folder = --outbox { $path }: finns redan och är inte en mapp
notify-outbox-in-input = --outbox { $path }: meddelandena skulle hamna bland regionernas filer i { $input }; välj en annan mapp
notify-only-unknown = --only { $key }: varken ett region-id eller { $summary }; giltiga värden: { $ids }
notify-month-invalid = --month { $month }: skriv månaden som ÅÅÅÅ-MM
notify-epoch-invalid = SOURCE_DATE_EPOCH={ $value } är inte ett antal sekunder
notify-smtp-ca-unreadable = --smtp-ca { $path }: filen går inte att läsa: { $reason }
notify-smtp-ca-invalid = --smtp-ca { $path }: { $reason }
notify-smtp-invalid = --smtp: { $reason }

# Adresser och mottagarfilen: `--coordinator: "mats@jamy" har domänen "jamy", …`.
notify-address-lookalike = { $what }: domänen i { $address } blandar skriftsystem och kan efterlikna en annan domän (email-confusable); skriv in adressen på nytt för hand
notify-address-invalid = { $what }: { $address } { $reason }
notify-recipients-unreadable = { $file }: { $reason }
notify-recipients-unknown-region = { $file }: { $id } är inget region-id; giltiga värden: { $ids }
notify-recipients-unknown-region-near = { $file }: { $id } är inget region-id (menade du { $near }?); giltiga värden: { $ids }
notify-recipients-empty-region = { $file }: region { $id } har ingen adress; ta bort den så går meddelandet till regionens egna kontakter

# Att skicka (efter `--smtp: `, `--smtp-ca FIL: ` eller `FAILED region: `).
notify-not-an-address = { $address } är ingen e-postadress
notify-bad-domain = ogiltig domän i { $address }
notify-ca-no-certificate = filen innehåller inget PEM-certifikat (-----BEGIN CERTIFICATE-----)
notify-smtp-not-url = { $url } är inte smtp://värd:port eller smtps://värd:port
notify-smtp-bad-port = ogiltigt portnummer i { $url }
notify-smtp-no-host = { $url } anger ingen server
notify-smtp-credentials-in-url = adressen innehåller ett användarnamn eller lösenord: ange dem i KONTAKT_SMTP_USER och KONTAKT_SMTP_PASSWORD, aldrig i adressen
notify-smtp-starttls-with-smtps = smtps:// är krypterat (TLS) från början; --starttls hör ihop med smtp://
notify-smtp-ca-needs-tls = --smtp-ca kräver en krypterad anslutning (TLS): smtps:// eller --starttls
notify-smtp-bad-scheme = { $url }: adressen måste börja med smtp eller smtps
notify-smtp-io = servern gick inte att nå: { $reason }
notify-smtp-untrusted = { $reason }; serverns TLS-certifikat är inte betrott: om det kommer från en egen certifikatutfärdare (CA), ange den med --smtp-ca FIL
notify-cannot-create = kan inte skapa { $path }: { $reason }
notify-cannot-write-file = kan inte skriva { $path }: { $reason }
