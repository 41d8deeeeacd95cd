# kontakt explain CODE och regeltabellen i README: vad varje regel betyder, ett exempel i ord
# (där en CSV-fil inte kan visa det) och hur man rättar det.

rule-file-skipped-summary = en låsfil, en dold fil, en mapp eller en fil som inte är ett kalkylblad lästes inte
rule-file-skipped-explanation = kontakt läser filerna av typen .xlsx, .xlsm, .xls, .ods, .csv och .txt i mappen med indata. Låsfiler från Office (~$nord.xlsx, .~lock.syd.csv#), dolda filer, mappar och filer av alla andra typer läses inte, och var och en nämns i en notering så att ingenting faller bort obemärkt. En regions lista som har sparats i ett annat format (.numbers, .pdf, .docx) läses inte heller, och då har den regionen inga kontakter.
rule-file-skipped-fix = För en låsfil behöver du inte göra något: den försvinner när kalkylbladet stängs i Excel eller LibreOffice. Om filen som inte lästes är en regions lista, spara den som .xlsx eller .csv.

rule-file-unreadable-summary = filen gick inte att läsa (behörighet, läsfel)
rule-file-unreadable-explanation = Filen finns i mappen med indata, men operativsystemet vägrade att läsa den: behörighet saknas, filen håller fortfarande på att laddas ned eller synkroniseras, eller så uppstod ett läsfel (I/O-fel). Inga av filens kontakter läses, så dess region rapporteras som att den saknar kontakter, och de län som regionen täcker rapporteras som att ingen region täcker dem (hjälpen pekar ut den här filen som den troliga orsaken).
rule-file-unreadable-example = nord.xlsx i mappen med indata får inte läsas av det konto som kör kontakt (behörigheterna har satts med chmod 000, eller så är det en OneDrive-fil som bara finns online och aldrig har laddats ned): läsningen misslyckas med "åtkomst nekad" (Permission denied).
rule-file-unreadable-fix = Se till att filen är helt nedladdad och att det konto som kör kontakt får läsa den, och kör sedan kontrollen igen.

rule-file-empty-summary = filen innehåller inga byte
rule-file-empty-explanation = Filen är noll byte stor, oftast för att en sparning, kopiering eller uppladdning avbröts. Den ger inga kontakter, så även dess region rapporteras som att den saknar kontakter.
rule-file-empty-fix = Spara regionens lista på nytt från det ursprungliga kalkylbladet och ersätt den tomma filen.

rule-file-too-large-summary = filen är större än `--max-file-bytes`
rule-file-too-large-explanation = kontakt läser inte en fil som är större än --max-file-bytes (64 MiB som standard). En regions kontaktlista är några kilobyte stor, så en så stor fil innehåller något annat, till exempel inklistrade bilder, och den avvisas innan den läses så att den inte kan förbruka allt minne.
rule-file-too-large-example = vast.xlsx är 70 MB eftersom ett foto av varje samordnare har klistrats in i fliken: filen är större än standardvärdet för --max-file-bytes, 67108864 byte (64 MiB).
rule-file-too-large-fix = Ta bort bilderna och alla flikar som inte är kontaktlistan, eller kopiera listan till en ny arbetsbok och skicka den. Om filen verkligen måste vara så stor, kör kontakt med ett högre värde för --max-file-bytes.

rule-file-limit-summary = ett kalkylblad överskrider en gräns: uppackad storlek, komprimeringsgrad (zip-bomb), flikens omfång eller ett felaktigt angivet antal texter
rule-file-limit-explanation = Innan kalkylbladsläsaren får se en arbetsbok packar kontakt upp den med ett tak och kontrollerar den: den sammanlagda storleken när den är uppackad (--max-unzipped-bytes, 512 MiB), komprimeringsgraden för varje stor del (--max-zip-ratio, 200:1), det område som varje flik omfattar (--max-cells, 20 miljoner celler) och om sharedStrings.xml innehåller så många texter som den anger. En fil som överskrider en gräns skulle kunna kräva flera gigabyte minne eller avbryta hela körningen, så den avvisas och ingenting i den läses.
rule-file-limit-example = nord.xlsx är bara 40 kB, men fliken anger området A1:XFD1048576 (alla celler i rutnätet, ungefär 17 miljarder): det är över gränsen för --max-cells, 20000000.
rule-file-limit-fix = Öppna filen i Excel eller LibreOffice, ta bort de tomma raderna och kolumnerna utanför listan (eller kopiera listan till en ny arbetsbok) och spara den igen. Om filen är äkta, kör kontakt med ett högre värde för den gräns som meddelandet nämner.

rule-file-encrypted-summary = arbetsboken är skyddad med lösenord
rule-file-encrypted-explanation = En arbetsbok som har sparats med ett lösenord som krävs för att öppna den är krypterad: cellerna går inte att läsa utan lösenordet, och kontakt frågar aldrig efter något lösenord. Inga av filens kontakter läses, så dess region rapporteras som att den saknar kontakter.
rule-file-encrypted-example = stockholm.xlsx sparades i Excel med Arkiv > Information > Skydda arbetsbok > Kryptera med lösenord, så filen är en krypterad behållare och inte en arbetsbok.
rule-file-encrypted-fix = Spara en kopia utan lösenordet (i Excel: Arkiv > Information > Skydda arbetsbok > Kryptera med lösenord, ta bort lösenordet och spara) och skicka den. Ett skydd som bara hindrar att en flik redigeras krypterar inte filen och behöver inte ändras.

rule-file-corrupt-summary = filen är avkortad eller skadad, innehåller binära data där det skulle vara text, eller gick inte att läsa som kalkylblad
rule-file-corrupt-explanation = Filen går inte att läsa som det den är: ett avkortat eller skadat zip-arkiv, ett zip-arkiv som inte innehåller någon arbetsbok, binära data (NUL-byte) i en textfil eller ett kalkylblad som läsaren inte klarade av. Filens kontakter (eller, när en enskild flik är skadad, den flikens kontakter) saknas i katalogen.
rule-file-corrupt-fix = Öppna filen i Excel eller LibreOffice och spara den igen som .xlsx eller .csv; om den inte går att öppna, skicka en ny kopia som har gjorts från originalet.

rule-file-mislabelled-summary = filändelsen stämmer inte med innehållet (filen läses efter sitt innehåll)
rule-file-mislabelled-explanation = kontakt avgör vad en fil är utifrån innehållet, inte namnet: CSV-text som har sparats som syd.xlsx, eller en arbetsbok som har döpts om till syd.csv, läses som det den innehåller, med den här varningen. Människor och program som går efter namnet (Excel, förhandsvisningen i ett e-postprogram) kanske inte kan öppna filen, eller visar obegripliga tecken.
rule-file-mislabelled-fix = Byt namn på filen så att filändelsen anger vad den innehåller (.csv för text, .xlsx för en Excel-arbetsbok), eller spara den igen i det format som namnet anger.

rule-detected-summary = med `--verbose`: teckenkodning, avgränsare och radslut i en CSV-fil
rule-detected-explanation = Med --verbose talar kontakt om hur varje CSV-fil lästes: teckenkodningen (UTF-8 med eller utan BOM, UTF-16, Windows-1252 eller MacRoman), avgränsaren (; , tabb eller |, den som delar upp flest kända rubriker) och radsluten (LF, CRLF, CR eller blandade). Det är en notering, inte ett problem: den förklarar konstiga bokstäver eller en fil som har lästs som en enda kolumn.
rule-detected-fix = Inget att rätta. Om bokstäverna eller kolumnerna blir fel, spara filen från Excel som "CSV UTF-8 (kommaavgränsad)" och kontrollera att rubrikraden använder samma avgränsare som de övriga raderna.

rule-encoding-repaired-summary = dubbelkodad UTF-8 har rättats
rule-encoding-repaired-explanation = Texten hade kodats som UTF-8 två gånger (en UTF-8-fil som öppnades som Windows-1252 och sparades igen som UTF-8), så ö visas som Ã¶ och Skåne som SkÃ¥ne. kontakt känner igen mönstret, rättar hela filen och varnar, eftersom andra program som läser filen fortfarande ser de förvanskade bokstäverna.
rule-encoding-repaired-fix = Spara filen på nytt som UTF-8 från det ursprungliga kalkylbladet, inte från en kopia som har öppnats och sparats i en annan teckenkodning.

rule-sheet-skipped-summary = en dold flik, en tom flik eller en flik utan rubrikrad
rule-sheet-skipped-explanation = kontakt läser varje synlig flik i en arbetsbok som har en rubrikrad. En dold flik (ofta värdena till en listruta), en tom flik och en flik utan rubrikrad (instruktioner, ett titelblad) hoppas över med en notering, så att det syns att ingenting på dem lästes.
rule-sheet-skipped-example = nord.xlsx har en synlig flik Instruktioner som bara innehåller text om hur listan ska fyllas i, och en dold flik Listor med värdena till en listruta: båda hoppas över med en notering.
rule-sheet-skipped-fix = Inget att rätta om fliken inte innehåller några kontakter. Om den gör det, gör fliken synlig igen och ge den en rubrikrad, till exempel Namn, E-post, Telefon, Län.

rule-header-missing-summary = ingen flik i filen har en rubrikrad
rule-header-missing-explanation = kontakt letar efter rubrikraden bland de 30 översta raderna på varje flik: den rad som anger flest kända kolumner, minst två (Namn, E-post, Telefon, Län, …), eller en ensam kolumn Län. När ingen flik i filen har en sådan rad läses ingenting i filen, och dess region får inga kontakter.
rule-header-missing-fix = Lägg till en rubrikrad ovanför kontakterna med kända rubriker, till exempel Namn, E-post, Telefon och Län (README listar alla rubriker som kontakt känner till).

rule-column-unknown-summary = en rubrik som inte är känd, eller värden i en kolumn utan rubrik
rule-column-unknown-explanation = En kolumn vars rubrik inte finns bland de kända rubrikerna rapporteras och läses inte, så att ingenting försvinner i tysthet; hjälpen föreslår den närmaste kända rubriken. Värden i en kolumn utan rubrik rapporteras på samma sätt, och likaså en rubrik som slår ihop två uppgifter som inte går att skilja åt i en cell (Förnamn och efternamn, Namn & E-post), vilket kräver två kolumner.
rule-column-unknown-fix = Ändra rubriken till en känd rubrik (Namn, Roll, Organisation, E-post, Telefon, Mobil, Län, Typ, …), eller ta bort kolumnen om den inte är avsedd för katalogen.

rule-column-duplicate-summary = en andra kolumn för en uppgift som bara har ett värde
rule-column-duplicate-explanation = Uppgifter som har ett värde per kontakt (namn, roll, organisation, region, typ) läses bara från sin första kolumn; en andra kolumn för samma uppgift rapporteras och läses inte. E-post, Telefon, Mobil och Län får ha flera kolumner, och alla läses.
rule-column-duplicate-fix = Behåll en kolumn för uppgiften: ta bort den andra, eller flytta över det som står i den till den första.

rule-column-missing-summary = kolumnen för namn, e-postadress eller telefonnummer saknas, eller kolumnen Län saknas i en regional fil
rule-column-missing-explanation = En flik med kontakter behöver en kolumn för namn (Namn, eller Förnamn och Efternamn), en kolumn E-post och en kolumn Telefon eller Mobil; en regional fil behöver också en kolumn Län, om inte en flik i filen listar länen. Utan en kolumn för namn läses fliken inte alls; utan de andra kan katalogen inte tala om hur man når regionen eller vilka län den täcker.
rule-column-missing-fix = Lägg till den saknade kolumnen med en känd rubrik (Namn, E-post, Telefon eller Mobil, Län) och fyll i den för varje kontakt.

rule-column-guessed-summary = en rubrik som liknar en känd rubrik (`Telfon`, `E-post adress`) läses som den kolumnen
rule-column-guessed-explanation = En rubrik med fyra till sex bokstäver som bara skiljer sig med ett skrivfel från en känd rubrik (två skrivfel för en längre rubrik), och som ligger närmare en uppgift än någon annan, läses som kolumnen för den uppgiften, med en notering om hur den lästes. Noteringen gör en felaktig gissning synlig innan den hamnar i katalogen.
rule-column-guessed-fix = Rätta rubriken till den kända stavning som noteringen anger (här Telefon).

rule-column-combined-summary = en rubrik som anger två uppgifter (`Roll/Organisation`, `Län/Region`) läses enligt den beskrivna regeln
rule-column-combined-explanation = En rubrik som slår ihop två uppgifter med /, &, + eller orden och eller and läses cell för cell för de par där värdet visar vilken uppgift det är: Roll/Organisation, Län/Region och Telefon/Mobil. Varje värde förs till den uppgift som det tydligt hör till (Malmö stad är en organisation, en lista med län hör till Län), och annars till den första; en cell som Samordnare, Malmö stad delas upp på de två. Noteringen talar om det, så att resultatet kan kontrolleras.
rule-column-combined-fix = Dela upp kolumnen i två, till exempel Roll och Organisation, med ett värde i varje cell.

rule-text-invisible-summary = ett osynligt tecken (nollbreddsmellanslag, mjukt bindestreck, tecken för textriktning, …) togs bort från en cell
rule-text-invisible-explanation = Nollbreddsmellanslag, ordsammanfogare (word joiner), byteordningsmärken (BOM), mjuka bindestreck och tecken för textriktning syns inte på skärmen, men de gör att en adress eller ett nummer skiljer sig från det som man skriver in, och tecknen för textriktning kastar om ordningen i texten. kontakt tar bort dem från e-postadresser och telefonnummer, och från namn, roller och organisationer (men behåller sammanfogningstecknen ZWJ och ZWNJ som vissa namn behöver), och varnar vid cellen med namnet på varje tecken. Tecknet finns kvar i filen tills det tas bort där.
rule-text-invisible-fix = Töm cellen och skriv in innehållet på nytt för hand; det är oftast kopiering från en webbsida, en PDF eller en e-postsignatur som för in sådana tecken.

rule-cell-formula-uncached-summary = en formel utan sparat resultat
rule-cell-formula-uncached-explanation = En cell med en formel ger det resultat som sparades i filen när den senast sparades; kontakt räknar inte ut formler. En arbetsbok som har skrivits av ett program som inte sparar några resultat (ett skript, vissa exportprogram) har formler utan resultat, och en sådan cell ger inget värde, så kontakten kan sakna en adress eller ett nummer.
rule-cell-formula-uncached-example = Cell D4 i nord.xlsx innehåller formeln ="070-"&C4, som skrevs av ett skript som sparade arbetsboken utan att räkna ut formeln, så filen har inget sparat resultat för cellen.
rule-cell-formula-uncached-fix = Öppna filen i Excel eller LibreOffice och spara den igen (då sparas resultatet av varje formel), eller ersätt formeln med själva värdet.

rule-cell-error-summary = ett felvärde som `#REF!` eller `#DIV/0!`
rule-cell-error-explanation = Cellen innehåller ett felvärde från kalkylbladet, till exempel #REF!, #N/A, #NAME? eller #DIV/0! (i svenska Excel #REFERENS!, #SAKNAS!, #NAMN? och #DIVISION/0!), oftast en formel som pekar på borttagna celler eller på en annan arbetsbok. Cellen ger inget värde, så kontakten kan sakna en adress eller ett nummer.
rule-cell-error-example = Cell C5 i ost.xlsx innehåller =Kontakter!B7, och rad 7 på fliken Kontakter har tagits bort: cellen visar #REF! (#REFERENS! i svenska Excel).
rule-cell-error-fix = Rätta formeln, eller skriv in själva värdet i cellen.

rule-region-unknown-summary = en cell i kolumnen Region anger ingen region; raden räknas inte
rule-region-unknown-explanation = En cell i kolumnen Region måste ange en av de sju regionerna (Nord, Mitt, Stockholm, Bergslagen, Öst, Väst, Syd) eller den nationella nivån, så som namnet står på den offentliga webbsidan eller med ett godtaget alternativt namn (Region Syd, Södra, Sthlm). En rad där cellen Region inte anger någon av dem räknas inte, så radens kontakt saknas i katalogen.
rule-region-unknown-fix = Skriv regionens namn så som hjälpen listar det, till exempel Syd eller Region Syd.

rule-region-undetermined-summary = kolumnen Region saknas och filnamnet anger ingen region; filen räknas inte
rule-region-undetermined-explanation = Varje rad hör till en region: den som radens kolumn Region anger, annars den som flikens namn anger, annars den som filens namn anger (syd.xlsx, Region Väst 2021.csv). När inget av dem anger en region kan kontakt inte avgöra vems kontakterna är, och ingen av flikens rader räknas.
rule-region-undetermined-fix = Ge filen regionens namn (till exempel syd.xlsx, eller nationell.xlsx för den nationella nivån), eller lägg till en kolumn Region.

rule-region-missing-summary = en region (eller den nationella nivån) har inga kontakter
rule-region-missing-explanation = När alla filer har lästs måste var och en av de sju regionerna och den nationella nivån ha minst en kontakt. Meddelandet talar om varför en av dem saknar kontakter: det finns ingen fil för den, dess fil gick inte att läsa, eller ingen av raderna i dess fil kunde räknas. En region utan kontakter skulle saknas i den publicerade katalogen.
rule-region-missing-fix = Lägg till regionens fil i mappen med indata, med regionens namn som filnamn (till exempel mitt.xlsx), eller rätta de fel som rapporteras i den.

rule-name-missing-summary = en rad har kontaktuppgifter men inget namn
rule-name-missing-explanation = En rad med en e-postadress eller ett telefonnummer men inget namn kan inte bli en kontakt, eftersom katalogen listar personer och funktioner med namn. Raden räknas inte.
rule-name-missing-fix = Fyll i cellen Namn (eller Förnamn och Efternamn), eller ta bort raden om den är överbliven.

rule-kind-unknown-summary = en cell i kolumnen Typ som varken är Person eller Funktion
rule-kind-unknown-explanation = Kolumnen Typ anger om en kontakt är en Person (standard, även när cellen är tom) eller en Funktion: ett gemensamt nummer eller en gemensam e-postlåda, till exempel stödtelefonen. Alla andra värden rapporteras, och kontakten läses som en person.
rule-kind-unknown-fix = Skriv Person, eller Funktion för ett gemensamt nummer, till exempel en stödtelefon.

rule-contact-duplicate-summary = samma person två gånger i en region
rule-contact-duplicate-explanation = Samma namn (utan hänsyn till stora och små bokstäver eller skiljetecken) står på två rader i samma region, så personen skulle stå två gånger i katalogen. Det rapporteras vid den senare raden, med en hänvisning till den första.
rule-contact-duplicate-fix = Ta bara med varje person en gång, med alla personens adresser och nummer på samma rad, och ta bort den andra raden.

rule-contact-unreachable-summary = en nationell kontakt som varken har e-postadress eller telefonnummer
rule-contact-unreachable-explanation = En kontakt på den nationella nivån behöver en e-postadress eller ett telefonnummer (en regional kontakt behöver båda, se email-missing och phone-missing). En kontakt som saknar båda går inte att nå via katalogen.
rule-contact-unreachable-fix = Fyll i E-post eller Telefon för kontakten, eller ta bort raden.

rule-email-missing-summary = en regional kontakt utan e-postadress, eller en cell där ingen adress finns kvar
rule-email-missing-explanation = Varje regional kontakt behöver en e-postadress: radens cell E-post är tom, eller innehåller något som inte är en adress när länkar, vinkelparenteser och citattecken har tagits bort (mailto:, <>, "", ett ensamt kommatecken, saknas). Den nationella nivån behöver bara en e-postadress eller ett telefonnummer.
rule-email-missing-fix = Skriv personens adress i cellen E-post, till exempel anna.berg@malmo.se.

rule-email-invalid-summary = en adress som inte är giltig (meddelandet säger varför)
rule-email-invalid-explanation = Varje adress måste ha exakt ett @, ingen del inom citattecken, högst 64 byte före @ och 254 byte totalt, samt en riktig domän: minst två delar av bokstäver, siffror och bindestreck, en toppdomän som inte är ett tal, och ingen IP-adress. En adress som inte uppfyller det behålls inte, och meddelandet talar om vilken regel den bryter mot.
rule-email-invalid-fix = Rätta adressen; oftast saknas en ändelse som .se, eller så finns det ett @ för mycket. Flera adresser i samma cell skiljs åt med ;.

rule-email-non-ascii-summary = bokstäver utanför ASCII före @; hjälpen föreslår formen med ASCII-bokstäver
rule-email-non-ascii-explanation = En adress med bokstäver som å, ä eller ö före @ är giltig (SMTPUTF8) och behålls som den är skriven, men många e-postsystem avvisar den, så e-posten kanske aldrig kommer fram. Hjälpen föreslår samma adress med ASCII-bokstäver, och det är oftast den adress som organisationen faktiskt har delat ut.
rule-email-non-ascii-fix = Kontrollera adressen med den som har den och skriv den så som organisationen har delat ut den, oftast utan å, ä och ö (asa.lind@malmo.se).

rule-email-duplicate-summary = samma adress på två rader med samma namn
rule-email-duplicate-explanation = Samma adress står på två rader som har samma namn: personen står två gånger, ofta en gång för vart och ett av två kontor eller nummer. Det rapporteras vid den senare raden, med en hänvisning till den första.
rule-email-duplicate-fix = Ta bara med personen en gång, med alla personens nummer på samma rad, och ta bort den andra raden.

rule-email-conflict-summary = samma adress på två rader med olika namn
rule-email-conflict-explanation = Samma adress står på två rader med olika namn. En adress hör till en enda person, så en av raderna är fel, oftast en rad som har kopierats och bara delvis ändrats; e-post som är avsedd för den ena personen skulle nå den andra.
rule-email-conflict-fix = Rätta adressen på den rad där den är fel (eller namnet, om båda raderna gäller samma person men namnet är stavat på två sätt).

rule-email-repeated-summary = samma adress två gånger för en kontakt: behålls en gång
rule-email-repeated-explanation = Samma adress anges två gånger för en kontakt, i samma cell eller i två kolumner E-post. Den behålls en gång, med en notering på det andra stället.
rule-email-repeated-fix = Ta bort den andra förekomsten av adressen.

rule-email-normalised-summary = en adress som behålls i en annan form än den skrevs: en avkodad `mailto:`-länk, en domän med breda tecken
rule-email-normalised-explanation = En adress behålls i en annan form än den som skrevs: en mailto:-länk avkodas från %-koder (mailto:anna.berg%40malmo.se blir anna.berg@malmo.se), och en domän som är skriven med breda tecken (full-width) eller i kodad form (punycode) behålls i sin vanliga form (ｍａｌｍｏ.se blir malmo.se). Noteringen visar båda formerna, så att resultatet kan kontrolleras.
rule-email-normalised-fix = Skriv bara själva adressen i cellen, till exempel anna.berg@malmo.se.

rule-email-confusable-summary = en domän som blandar skriftsystem, till exempel en kyrillisk bokstav bland latinska
rule-email-confusable-explanation = Domänen blandar skriftsystem, till exempel ett kyrilliskt о bland latinska bokstäver: den ser ut som malmo.se men är en annan domän, så e-posten hamnar någon annanstans eller ingenstans. kontakt behåller adressen och varnar, och anger den avvikande bokstaven.
rule-email-confusable-fix = Skriv domänen på nytt för hand på ett svenskt tangentbord i stället för att kopiera den.

rule-email-display-differs-summary = `a <b>` där `a` är en annan adress: båda behålls
rule-email-display-differs-explanation = I en cell som är skriven som Namn <adress> är delen utanför vinkelparenteserna själv en adress, och en annan adress (eva.holm@malmo.se <anna.berg@malmo.se>). Det är oklart vilken som avses, så båda behålls och cellen rapporteras.
rule-email-display-differs-fix = Behåll bara den adress som avses, ensam i cellen.

rule-phone-missing-summary = en regional kontakt utan telefonnummer, eller en cell där inget nummer finns kvar
rule-phone-missing-explanation = Varje regional kontakt behöver ett telefonnummer: radens celler Telefon och Mobil är tomma, eller så innehåller en cell inget nummer när etiketterna har tagits bort (vx, Tel:, /, alt., ankn. 12, saknas). Den nationella nivån behöver bara ett telefonnummer eller en e-postadress.
rule-phone-missing-fix = Skriv numret i cellen Telefon eller Mobil, till exempel 040-34 10 00.

rule-phone-invalid-summary = inte ett giltigt telefonnummer
rule-phone-invalid-explanation = När etiketter och skiljetecken har tagits bort är siffrorna inte ett giltigt nummer enligt Sveriges nummerplan (eller, efter +CC, det landets nummerplan): numret är för kort eller för långt, eller har ett riktnummer som inte finns. Numret behålls inte.
rule-phone-invalid-fix = Skriv hela numret med riktnummer, till exempel 040-34 10 00 eller 070-328 48 69.

rule-phone-letters-summary = en bokstav i ett telefonnummer (`6O` i stället för `60`)
rule-phone-letters-explanation = En bokstav bland siffrorna (O i stället för 0, l i stället för 1, eller ett ord som kontakt inte känner till som etikett) är ett fel och tas aldrig bort i tysthet: 040-34 1O 00 skulle annars kunna bli ett giltigt men felaktigt nummer. Kända etiketter som Tel:, Mobil:, vx och alt. tas bort utan att något rapporteras.
rule-phone-letters-fix = Byt ut bokstaven mot den siffra som avsågs, eller ta bort ordet och behåll bara numret.

rule-phone-scientific-summary = Excels exponentform (`7,03E+08`) i en textfil: siffrorna har gått förlorade
rule-phone-scientific-explanation = Excel visar ett långt tal i en cell med formatet Allmänt i exponentform (4,03E+08), och en CSV-fil som sparas därifrån innehåller bara det: de sista siffrorna är borta för gott. Cellen ger inget nummer.
rule-phone-scientific-fix = Skriv numret igen, med den inledande nollan, i en kolumn som är formaterad som Text (040-34 10 00), och spara filen igen.

rule-phone-stored-as-number-summary = en cell med ett tal (eller siffror utan den inledande nollan): numret återställs, och cellen anges
rule-phone-stored-as-number-explanation = Ett telefonnummer som skrivs i en cell med formatet Tal förlorar sin inledande nolla (40341000 i stället för 040-34 10 00). kontakt återställer numret, från en cell med ett tal i en arbetsbok eller från en cell med bara siffror som blir ett giltigt nummer när en nolla sätts framför, och varnar vid cellen, eftersom andra program läser numret fel.
rule-phone-stored-as-number-fix = Formatera kolumnen som Text och skriv numret med den inledande nollan, till exempel 040-34 10 00.

rule-phone-46-ambiguous-summary = siffror som börjar med 46 utan `+`/`00`: tolkas som libphonenumber gör, aldrig i tysthet
rule-phone-46-ambiguous-explanation = Siffror som börjar med 46 men saknar + eller 00 kan vara Sveriges landsnummer (46703284869 för +46 70 328 48 69) eller ett nummer i Lund som har förlorat sin inledande nolla (462221234 för 046-222 12 34). kontakt tolkar dem som libphonenumber gör (alla siffror som ett svenskt nummer om det är giltigt, annars utan 46) och varnar alltid, med uppgift om hur numret lästes.
rule-phone-46-ambiguous-fix = Skriv +46 för landsnumret (+46 70 328 48 69), eller den inledande nollan i ett nummer i Lund (046-222 12 34).

rule-phone-extension-summary = en anknytning (`ankn. 123`), som en telefon slår först efter en paus
rule-phone-extension-explanation = En anknytning (ankn. 123, anknytning 123) är inte en del av numret: en telefon slår den efter en paus, när samtalet har besvarats, och vissa telefoner och växlar gör det inte. Numret behålls med sin anknytning (i vCard-filerna som en paus, 08-123 45 67,123, och i ord i anteckningen), och kontakt varnar så att ett direktnummer kan anges i stället.
rule-phone-extension-fix = Ange personens direktnummer i stället, om det finns ett.

rule-phone-foreign-summary = ett giltigt utländskt nummer skrivet med `+CC`
rule-phone-foreign-explanation = Ett nummer med ett annat landsnummer än +46 (+45 33 12 34 56) är giltigt och behålls i sin internationella form, med en varning: en samordnare i Sverige har normalt ett svenskt nummer, så det är värt att kontrollera.
rule-phone-foreign-fix = Kontrollera att numret stämmer; om kontakten har ett svenskt nummer, ange det i stället.

rule-phone-shared-summary = ett nummer som anges för flera kontakter (till exempel ett gemensamt nummer till kontoret)
rule-phone-shared-explanation = Samma nummer anges för flera kontakter, till exempel ett gemensamt nummer till kontoret eller en växel. Det behålls för var och en av dem, med en notering på det senare stället som hänvisar till det första, eftersom det också kan vara ett nummer som har kopierats till fel rad.
rule-phone-shared-fix = Inget att rätta för ett gemensamt nummer. Om numret kopierades av misstag, ge varje person sitt eget nummer.

rule-phone-repeated-summary = samma nummer två gånger för en kontakt: behålls en gång
rule-phone-repeated-explanation = Samma nummer anges två gånger för en kontakt, i samma cell eller under både Telefon och Mobil. Det behålls en gång, med en notering på det andra stället.
rule-phone-repeated-fix = Ta bort den andra förekomsten, eller skriv kontaktens andra nummer där.

rule-lan-unknown-summary = inte ett län; hjälpen föreslår det närmaste
rule-lan-unknown-explanation = En cell i kolumnen Län innehåller namn (Skåne, Skåne län), alternativa namn (Sörmland), länsbokstäver (M) eller länskoder från SCB (12), i listor som skiljs åt med , ; / & eller ordet och, eller med radbrytningar. En del som inte är något av detta rapporteras med det närmaste länet som förslag, och räknas inte. Bara hela namn känns igen: Västra Götland läses inte som Gotland.
rule-lan-unknown-fix = Skriv länet så som hjälpen föreslår (här Västra Götaland), eller använd länsbokstaven eller länskoden från SCB.

rule-lan-national-summary = län som anges för den nationella nivån, som inte täcker några län
rule-lan-national-explanation = Den nationella nivån (Jämställdhetsmyndigheten och den nationella stödlinjen) täcker inga län, så län som står vid en nationell kontakt räknas inte, och en varning visas: länen kanske hör hemma i en regions fil.
rule-lan-national-fix = Töm cellen Län för den nationella kontakten; om länen hör till en region, skriv in dem i den regionens fil.

rule-lan-uncovered-summary = ett län som ingen region täcker (ett fynd för hela katalogen, utan plats i någon fil)
rule-lan-uncovered-explanation = Vart och ett av Sveriges 21 län måste täckas av exakt en region, så att katalogen anger en samordnare för varje del av landet. Ett län som inte räknas till någon region rapporteras en gång för hela katalogen, utan plats i någon fil; om en fil inte gick att läsa pekar hjälpen ut den som den troliga orsaken.
rule-lan-uncovered-fix = Lägg till länet i kolumnen Län hos den region som täcker det.

rule-lan-claimed-twice-summary = ett län som räknas till två regioner: rapporteras på båda ställena, med en hänvisning till det andra
rule-lan-claimed-twice-explanation = Varje län hör till exakt en region. Ett län som räknas till två regioner rapporteras på båda ställena där det står, med en hänvisning till det andra, så att en pull request som ändrar någon av filerna visar felet på sin egen rad. Tills länet har tagits bort på ett av ställena kan katalogen inte tala om vilken region man ska kontakta för det länet.
rule-lan-claimed-twice-fix = Kom överens med den andra regionen om vem av er som täcker länet, och ta bort det ur kolumnen Län hos den andra.

rule-check-one-file-summary = `check FIL`: reglerna för hela katalogen (alla regioner finns med, varje län täcks en gång) kördes inte
rule-check-one-file-explanation = kontakt check FIL kontrollerar en enda regions fil för sig, innan den skickas: filens rader och de län den tar upp. Reglerna för hela katalogen (att alla regioner finns med och att varje län täcks exakt en gång) kräver alla filer, så de kördes inte, och den här noteringen talar om det.
rule-check-one-file-example = kontakt check input/syd.csv: en enda fil angavs i stället för mappen med indata.
rule-check-one-file-fix = Inget att rätta i filen. Kör kontakt check på hela mappen med indata för att kontrollera katalogen.

rule-export-stale-summary = `build --check`: en fil i utdatamappen är inte det som `kontakt build` skriver från indata
rule-export-stale-explanation = kontakt build --check skriver ingenting: kommandot jämför utdatamappen med det som build skulle skriva från indata och rapporterar varje fil som skiljer sig, med orsaken (inaktuell, ändrad sedan kontakt skrev den, saknas, skrivs inte längre av build, inte skriven av kontakt, inte ett manifest som kontakt kan läsa, eller skiljer sig när mappen saknar manifest). CI kör kommandot vid varje pull request, så ett ändrat kalkylblad utan nyskapade exporter får kontrollen att misslyckas, och katalogen som har committats glider aldrig isär från regionernas filer.
rule-export-stale-example = syd.xlsx i input/ får ett nytt telefonnummer i en pull request, men output/ byggs inte om: kontakt build --check input --out output rapporterar output/contacts.json (och de andra exporterna som innehåller numret) som inaktuella.
rule-export-stale-fix = Kör kontakt build input --out output och gör en commit av utdatamappen tillsammans med det ändrade kalkylbladet. En fil som rapporteras som ändrad sedan kontakt skrev den har redigerats för hand: gör ändringen i indata i stället.
