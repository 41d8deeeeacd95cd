# phone

phone-missing = { $value } holds no phone number
phone-missing-help-says-none = write the number, such as 070-328 48 69, or leave the cell empty
phone-missing-help-label-only = write the number itself, such as 070-328 48 69; a label such as Tel: or vx alone is not a number
phone-scientific = { $value } is a number in scientific notation: its digits are lost
phone-scientific-help = type the number again in a cell formatted as Text
phone-extension = { $value } has the extension { $extension }, which a phone dials only after a pause
phone-extension-help = give the direct number instead, if there is one
phone-letters = { $value } contains the letter { $letter }
phone-letters-help-typo = a phone number holds digits only: check for O typed for 0 or l for 1
phone-letters-help-label = write the number alone, without { $word } (kontakt drops the labels Tel:, Mobil:, vx, Direkt and alt.)
phone-invalid-no-digits = { $value } is not a phone number
phone-no-leading-zero = { $value } has no leading 0; read as 0{ $digits }
phone-no-leading-zero-help = write the number with its leading 0 (Excel drops it from numbers typed into a Number cell: format the column as Text)
phone-foreign = { $value } is a foreign number (country code +{ $country_code })
phone-46-ambiguous = { $value } starts with 46 but has no + or 00; read as { $written }
phone-46-ambiguous-help = write +46 for the country code, or 046 for Lund
phone-invalid = { $value } is not a valid phone number
phone-invalid-help = write a Swedish number with its area code, such as 070-328 48 69 or 08-508 437 26
phone-invalid-number-cell = the number { $number } is not a phone number
phone-invalid-number-cell-help = type the phone number as text, such as 070-328 48 69
phone-stored-as-number = the phone number is stored as the number { $digits }
phone-stored-as-number-read-as = the phone number is stored as the number { $digits }; read as { $read_as }
phone-stored-as-number-help = format the column as Text so Excel keeps the leading 0

# län
lan-unknown = { $name } is not a län
lan-unknown-help-nearest = did you mean { $lan }?
lan-unknown-help = write the län's name, such as Västra Götaland, its letter code or its SCB number
