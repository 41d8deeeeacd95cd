# phone

phone-missing = { $value } innehåller inget telefonnummer
phone-missing-help-says-none = skriv numret, till exempel 070-328 48 69, eller lämna cellen tom
phone-missing-help-label-only = skriv själva numret, till exempel 070-328 48 69; en etikett som Tel: eller vx är inte i sig ett nummer
phone-scientific = { $value } är ett tal i exponentform (med E): numrets siffror har gått förlorade
phone-scientific-help = skriv numret igen i en cell som är formaterad som Text
phone-extension = { $value } har anknytningen { $extension }, som en telefon slår först efter en paus
phone-extension-help = skriv direktnumret i stället, om det finns ett
phone-letters = { $value } innehåller bokstaven { $letter }
phone-letters-help-typo = ett telefonnummer består bara av siffror: kontrollera att O inte har skrivits i stället för 0, eller l i stället för 1
phone-letters-help-label = skriv bara numret, utan { $word } (kontakt tar själv bort etiketterna Tel:, Mobil:, vx, Direkt och alt.)
phone-invalid-no-digits = { $value } är inte ett telefonnummer
phone-no-leading-zero = { $value } saknar den inledande nollan; läses som 0{ $digits }
phone-no-leading-zero-help = skriv numret med den inledande nollan (Excel tar bort nollan när numret skrivs i en cell som är formaterad som Tal: formatera kolumnen som Text)
phone-foreign = { $value } är ett utländskt nummer (landsnummer +{ $country_code })
phone-46-ambiguous = { $value } börjar med 46 men saknar + eller 00; läses som { $written }
phone-46-ambiguous-help = skriv +46 om det är landsnumret, eller 046 om det är riktnumret för Lund
phone-invalid = telefonnumret { $value } är inte ett giltigt nummer
phone-invalid-help = skriv ett svenskt nummer med riktnummer, till exempel 070-328 48 69 eller 08-508 437 26
phone-invalid-number-cell = talet { $number } är inte ett telefonnummer
phone-invalid-number-cell-help = skriv telefonnumret som text, till exempel 070-328 48 69
phone-stored-as-number = telefonnumret är sparat som talet { $digits }
phone-stored-as-number-read-as = telefonnumret är sparat som talet { $digits }; läses som { $read_as }
phone-stored-as-number-help = formatera kolumnen som Text, så att Excel behåller den inledande nollan

# län
lan-unknown = { $name } är inte ett län
lan-unknown-help-nearest = menade du { $lan }?
lan-unknown-help = skriv länets namn (till exempel Västra Götaland), länsbokstaven eller länskoden från SCB
