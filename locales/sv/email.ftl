# email

## En adress (src/validate/email.rs); $address: adressen som den är skriven, inom citattecken

# Står efter adressen, i `kontakt explain`.
email-link-broken = är en trasig länk: den innehåller %-koder som inte går att läsa som text (UTF-8)
email-invalid-broken-link = { $address } är en trasig länk: den innehåller %-koder som inte går att läsa som text (UTF-8)
email-invalid-no-at = { $address } saknar @
email-invalid-two-at = { $address } har mer än ett @
email-invalid-empty-local = { $address } har ingenting före @
email-invalid-quoted = { $address } har en del inom citattecken före @, vilket de flesta e-postsystem inte godtar
email-invalid-local-too-long = { $address } har { $octets } byte före @; gränsen är 64
email-invalid-ip = { $address } har en IP-adress efter @ i stället för en domän
email-invalid-too-long = { $address } är { $octets } byte lång; gränsen är 254
# $label: den del av domänen som skickas (punycode).
email-invalid-label-too-long = { $address } har en del i domänen som är { $octets } byte lång när den skickas ({ $label }); gränsen är 63
# $domain: domänen, inom citattecken.
email-invalid-domain = { $address } har en ogiltig domän: { $domain }
email-invalid-one-label = { $address } har domänen { $domain }, men en domän måste ha minst två delar, till exempel example.se
# $character: tecknet, inom citattecken; $code: dess kod, till exempel U+1F600.
email-invalid-domain-char = { $address } har tecknet { $character } ({ $code }) i domänen; en domän får bara innehålla bokstäver, siffror och bindestreck
# $tld: domänens sista del, inom citattecken.
email-invalid-numeric-tld = { $address } slutar på { $tld }, som är ett tal; domänen ska sluta på till exempel .se eller .com
# $sent: hela adressen som den skickas (punycode).
email-invalid-wire-too-long = { $address } är { $octets } byte lång när den skickas ({ $sent }); gränsen är 254
email-invalid = { $address } är inte en giltig e-postadress
email-help-one-at = en e-postadress har exakt ett @: ta bort det som är för mycket
email-help-no-quotes = skriv adressen utan citattecken
email-help-whole-address = skriv en hel adress, till exempel eva.norlin@umea.se; skilj flera adresser åt med ;
email-help-domain = skriv organisationens domän efter @, till exempel umea.se
email-help-check = kontrollera adressen; skilj flera adresser i samma cell åt med ;

## En e-postcell (src/validate/email.rs)

# $cell: cellens text, inom citattecken.
email-missing-in-cell = { $cell } innehåller ingen e-postadress
email-help-write-address = skriv själva adressen, till exempel eva.norlin@umea.se
# $shown: adressen som står utanför <…>.
email-display-differs = cellen visar { $shown } men länkar till en annan adress; båda behålls
email-help-keep-one = behåll bara den adress som ska användas
# $address: adressen som behålls; $link: mailto:-länken som den är skriven.
email-read-from-link = { $address } hämtas från länken { $link }
# $written: adressen som den är skriven, inom citattecken; $address: som den behålls.
email-kept-as = { $written } behålls som { $address }
email-help-punycode = domänen var skriven i kodad form (punycode) och sparas i läsbar form
email-help-ordinary-letters = skriv domänen med vanliga bokstäver
# $main, $other: namn på skriftsystem (Latin, Cyrillic, …); $character: bokstaven, inom citattecken.
email-confusable-domain = domänen i { $address } blandar bokstäver från två skriftsystem, { $main } och { $other }: { $character } ({ $code }) hör till skriftsystemet { $other }, inte { $main }
email-help-retype-domain = skriv domänen på nytt; en bokstav som bara ser likadan ut gör att e-posten hamnar fel
# $address: adressen, inom citattecken.
email-non-ascii-local = { $address } har bokstäver före @ som inte ingår i ASCII (till exempel å, ä eller ö)
# $suggestion: adressen med ASCII-bokstäver.
email-help-ascii-form = många e-postsystem avvisar sådana adresser; menade du { $suggestion }?

## Alla celler med e-postadresser eller telefonnummer (src/validate/cell.rs)

# $text: cellens text utan dem, inom citattecken; $chars: varje borttaget tecken, till exempel
# U+200B (nollbreddsmellanslag); $count: hur många.
cell-invisible-removed = { $text } innehöll { $count ->
        [one] det osynliga tecknet
       *[other] de osynliga tecknen
    } { $chars }; { $count ->
        [one] det har tagits bort
       *[other] de har tagits bort
    }
cell-help-retype = skriv in cellens innehåll på nytt: { $count ->
        [one] tecknet finns kvar
       *[other] tecknen finns kvar
    } i filen tills { $count ->
        [one] det tas bort
       *[other] de tas bort
    } där
# $value: adressen eller numret som det är skrivet; $first: var det stod första gången, till exempel in/syd.csv:3:4.
cell-given-again = { $value } står en gång till för den här kontakten (första gången i { $first }) och behålls bara en gång

## Osynliga tecken, som de namnges i fynden (src/text.rs describe_chars)

char-described = U+{ $code } ({ $name })
char-invisible = osynligt
char-200b = nollbreddsmellanslag
char-200c = nollbredds icke-sammanfogare
char-200d = nollbreddssammanfogare
char-2060 = ordsammanfogare
char-feff = byteordningsmärke
char-00ad = mjukt bindestreck
char-200e = markering vänster till höger
char-200f = markering höger till vänster
char-061c = arabisk bokstavsmarkering
char-202a = inbäddning vänster till höger
char-202b = inbäddning höger till vänster
char-202c = slut på riktningsformatering
char-202d = tvingad riktning vänster till höger
char-202e = tvingad riktning höger till vänster
char-2066 = isolering vänster till höger
char-2067 = isolering höger till vänster
char-2068 = isolering efter första starka tecknet
char-2069 = slut på riktningsisolering

## Skriftsystem i email-confusable-domain ($main, $other)

script-latin = latinskt
script-cyrillic = kyrilliskt
script-greek = grekiskt
script-armenian = armeniskt
script-georgian = georgiskt
script-cherokee = cherokesiskt
script-arabic = arabiskt
script-hebrew = hebreiskt
script-han = kinesiskt (han)
