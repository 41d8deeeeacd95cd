# kontakt explain CODE and the README rule table: what each rule means, an example in words
# (where a CSV file cannot show it) and how to fix it.

rule-file-skipped-summary = a lock file, hidden file, folder or non-spreadsheet file was not read
rule-file-skipped-explanation = kontakt reads the .xlsx, .xlsm, .xls, .ods, .csv and .txt files of the input folder. Office lock files (~$nord.xlsx, .~lock.syd.csv#), hidden files, folders and files of any other type are not read, and each is named in a note so that nothing is left out unnoticed. A region's list saved in another format (.numbers, .pdf, .docx) is not read either, and that region then has no contacts.
rule-file-skipped-fix = Nothing to do for a lock file: it goes away when the spreadsheet is closed in Excel or LibreOffice. If the skipped file is a region's list, save it as .xlsx or .csv.

rule-file-unreadable-summary = the file could not be read (permissions, I/O)
rule-file-unreadable-explanation = The file is in the input folder, but the operating system refused to read it: missing permissions, a file that is still being downloaded or synced, or an I/O error. None of its contacts are read, so its region is reported as having none and the län it covers as uncovered (the help names this file as the likely cause).
rule-file-unreadable-example = nord.xlsx in the input folder may not be read by the account that runs kontakt (its permissions were set with chmod 000, or it is an online-only OneDrive file that was never downloaded): reading it fails with "Permission denied".
rule-file-unreadable-fix = Make sure the file is fully downloaded and that it may be read by the account that runs kontakt, then run the check again.

rule-file-empty-summary = the file has no bytes
rule-file-empty-explanation = The file is zero bytes long, usually after an interrupted save, copy or upload. It gives no contacts, so its region is also reported as having none.
rule-file-empty-fix = Save the region's list again from the original spreadsheet and replace the empty file.

rule-file-too-large-summary = the file is over `--max-file-bytes`
rule-file-too-large-explanation = kontakt does not read a file larger than --max-file-bytes (64 MiB by default). A region's contact list is a few kilobytes, so a file that size holds something else, such as embedded pictures, and is refused before it is read so that it cannot exhaust memory.
rule-file-too-large-example = vast.xlsx is 70 MB because a photo of every coordinator is pasted into the sheet: it is over the default --max-file-bytes of 67108864 bytes (64 MiB).
rule-file-too-large-fix = Remove the pictures and any sheets that are not the contact list, or copy the list into a new workbook and send that. If the file really must be this large, run kontakt with a higher --max-file-bytes.

rule-file-limit-summary = a spreadsheet is over a limit: unzipped size, compression ratio (zip bomb), sheet extent, or a false string count
rule-file-limit-explanation = Before the spreadsheet reader sees a workbook, kontakt unzips it with a cap and checks it: the total unzipped size (--max-unzipped-bytes, 512 MiB), the compression ratio of each large part (--max-zip-ratio, 200:1), the range each sheet spans (--max-cells, 20 million cells) and whether sharedStrings.xml holds as many strings as it declares. A file over a limit could take gigabytes of memory or abort the whole run, so it is refused and none of it is read.
rule-file-limit-example = nord.xlsx is only 40 kB, but its sheet declares the range A1:XFD1048576 (every cell of the grid, about 17 billion): over the --max-cells limit of 20000000.
rule-file-limit-fix = Open the file in Excel or LibreOffice, delete the empty rows and columns beyond the list (or copy the list into a new workbook) and save it again. If the file is genuine, run kontakt with a higher value of the limit the message names.

rule-file-encrypted-summary = the workbook is password-protected
rule-file-encrypted-explanation = A workbook saved with a password to open it is encrypted: its cells cannot be read without the password, and kontakt never asks for one. None of its contacts are read, so its region is reported as having none.
rule-file-encrypted-example = stockholm.xlsx was saved in Excel with File > Info > Protect Workbook > Encrypt with Password, so the file is an encrypted container rather than a workbook.
rule-file-encrypted-fix = Save a copy without the password (in Excel: File > Info > Protect Workbook > Encrypt with Password, clear the password, save) and send that. A protection that only stops a sheet from being edited does not encrypt the file and needs no change.

rule-file-corrupt-summary = truncated, damaged, binary where text was expected, or the reader failed on it
rule-file-corrupt-explanation = The file cannot be read as what it is: a truncated or damaged zip archive, a zip archive that holds no workbook, binary bytes (NUL) in a text file, or a spreadsheet the reader failed on. The file's contacts (or, when one sheet is damaged, that sheet's) are missing from the directory.
rule-file-corrupt-fix = Open the file in Excel or LibreOffice and save it again as .xlsx or .csv; if it does not open, send a new copy made from the original.

rule-file-mislabelled-summary = the extension does not match the content (read by its content)
rule-file-mislabelled-explanation = kontakt decides what a file is by its content, not its name: CSV text saved as syd.xlsx, or a workbook renamed to syd.csv, is read as what it holds, with this warning. People and programs that go by the name (Excel, a mail client's preview) may fail to open it or show garbage.
rule-file-mislabelled-fix = Rename the file so that its extension says what it holds (.csv for text, .xlsx for an Excel workbook), or save it again in the format its name says.

rule-detected-summary = with `--verbose`: the encoding, delimiter and line endings of a CSV file
rule-detected-explanation = With --verbose, kontakt says how it read each CSV file: the encoding (UTF-8 with or without BOM, UTF-16, Windows-1252 or MacRoman), the delimiter (; , tab or |, whichever splits out the most known headers) and the line endings (LF, CRLF, CR or mixed). It is a note, not a problem: it explains garbled letters or a file read as one column.
rule-detected-fix = Nothing to fix. If the letters or columns come out wrong, save the file from Excel as "CSV UTF-8 (kommaavgränsad)" and check that the header row uses the same delimiter as the rows.

rule-encoding-repaired-summary = doubly encoded UTF-8 was repaired
rule-encoding-repaired-explanation = The text was encoded as UTF-8 twice (a UTF-8 file opened as Windows-1252 and saved again as UTF-8), so ö shows as Ã¶ and Skåne as SkÃ¥ne. kontakt recognises the pattern, repairs the whole file and warns, because other programs that read the file still see the garbled letters.
rule-encoding-repaired-fix = Save the file again as UTF-8 from the original spreadsheet, not from a copy that was opened and saved in another encoding.

rule-sheet-skipped-summary = a hidden sheet, an empty sheet, or a sheet without a header row
rule-sheet-skipped-explanation = kontakt reads every visible sheet of a workbook that has a header row. A hidden sheet (often the values of a drop-down list), an empty sheet and a sheet without a header row (instructions, a title page) are skipped with a note, so that it shows that nothing on them was read.
rule-sheet-skipped-example = nord.xlsx has a visible sheet Instruktioner that holds only text on how to fill in the list, and a hidden sheet Listor with the values of a drop-down list: each is skipped with a note.
rule-sheet-skipped-fix = Nothing to fix if the sheet holds no contacts. If it does, unhide it and give it a header row such as Namn, E-post, Telefon, Län.

rule-header-missing-summary = no sheet of the file has a header row
rule-header-missing-explanation = kontakt looks for the header row in the top 30 rows of each sheet: the row that names the most known columns, at least two (Namn, E-post, Telefon, Län, …), or a single Län column. When no sheet of the file has one, nothing in the file is read and its region gets no contacts.
rule-header-missing-fix = Add a header row above the contacts with known headers such as Namn, E-post, Telefon and Län (the README lists every header kontakt knows).

rule-column-unknown-summary = a header the vocabulary does not know, or values in a column without a header
rule-column-unknown-explanation = A column whose header the vocabulary does not know is reported and not read, so that nothing is dropped silently; the help suggests the nearest known header. Values in a column without a header are reported the same way, and so is a header that joins two fields a cell cannot tell apart (Förnamn och efternamn, Namn & E-post), which needs two columns.
rule-column-unknown-fix = Rename the header to a known one (Namn, Roll, Organisation, E-post, Telefon, Mobil, Län, Typ, …), or delete the column if it is not meant for the directory.

rule-column-duplicate-summary = a second column for a single-valued field
rule-column-duplicate-explanation = Fields that hold one value per contact (name, role, organisation, region, type) are read from their first column only; a second column for the same field is reported and not read. E-post, Telefon, Mobil and Län may have several columns, and all of them are read.
rule-column-duplicate-fix = Keep one column for the field: delete the other, or merge what it holds into the first.

rule-column-missing-summary = no name, e-mail or phone column, or no Län column in a regional file
rule-column-missing-explanation = A contact sheet needs a name column (Namn, or Förnamn and Efternamn), an E-post column and a Telefon or Mobil column; a regional file also needs a Län column, unless a sheet of the file lists the län. Without a name column the sheet is not read at all; without the others the directory cannot say how to reach the region or which län it covers.
rule-column-missing-fix = Add the missing column with a known header (Namn, E-post, Telefon or Mobil, Län) and fill it in for every contact.

rule-column-guessed-summary = a header close to a known one (`Telfon`, `E-post adress`) read as that column
rule-column-guessed-explanation = A header written with four to six letters that is one typing error away from a known header (two errors for a header written longer), and closer to one field than to any other, is read as that field's column, with a note saying how it was read. The note makes a wrong guess visible before it ends up in the directory.
rule-column-guessed-fix = Correct the header to the known spelling the note names (here Telefon).

rule-column-combined-summary = a header naming two fields (`Roll/Organisation`, `Län/Region`), read by the documented rule
rule-column-combined-explanation = A header that joins two fields with /, &, +, och or and is read cell by cell for the pairs a value tells apart: Roll/Organisation, Län/Region and Telefon/Mobil. Each value goes to the field it recognisably is (Malmö stad is an organisation, a list of län is Län), else to the first; a cell such as Samordnare, Malmö stad is split between the two. The note says so, so that the result can be checked.
rule-column-combined-fix = Split the column into two, such as Roll and Organisation, with one value in each cell.

rule-text-invisible-summary = an invisible character (zero-width space, soft hyphen, bidi control, …) removed from a cell
rule-text-invisible-explanation = Zero-width spaces, word joiners, byte order marks, soft hyphens and bidirectional controls do not show on screen, but they make an address or number differ from the one people type, and bidi controls reorder text. kontakt removes them from e-mail addresses and phone numbers, and from names, roles and organisations (keeping the joiners ZWJ and ZWNJ that some names need), and warns at the cell, naming each character. The character stays in the file until it is removed there.
rule-text-invisible-fix = Clear the cell and type its content again by hand; copying from a web page, PDF or e-mail signature is what usually brings such characters in.

rule-cell-formula-uncached-summary = a formula without a stored result
rule-cell-formula-uncached-explanation = A formula cell gives the result the file stored when it was last saved; kontakt does not compute formulas. A workbook written by a program that stores no results (a script, some exporters) has formulas without one, and such a cell gives no value, so the contact may lack an address or number.
rule-cell-formula-uncached-example = Cell D4 of nord.xlsx holds the formula ="070-"&C4, written by a script that saved the workbook without computing it, so the file stores no result for the cell.
rule-cell-formula-uncached-fix = Open the file in Excel or LibreOffice and save it again (that stores every formula's result), or replace the formula by the value itself.

rule-cell-error-summary = an error value such as `#REF!` or `#DIV/0!`
rule-cell-error-explanation = The cell holds a spreadsheet error value such as #REF!, #N/A, #NAME? or #DIV/0!, usually a formula that points to deleted cells or to another workbook. The cell gives no value, so the contact may lack an address or number.
rule-cell-error-example = Cell C5 of ost.xlsx holds =Kontakter!B7, and row 7 of the sheet Kontakter was deleted: the cell shows #REF!.
rule-cell-error-fix = Correct the formula, or type the value itself in the cell.

rule-region-unknown-summary = a Region cell names no region; the row is not counted
rule-region-unknown-explanation = A Region cell must name one of the seven regions (Nord, Mitt, Stockholm, Bergslagen, Öst, Väst, Syd) or the national level, as written on the public page or by an accepted alias (Region Syd, Södra, Sthlm). A row whose Region cell names none is not counted, so its contact is missing from the directory.
rule-region-unknown-fix = Write the region's name as the help lists it, such as Syd or Region Syd.

rule-region-undetermined-summary = no Region column and the file name names no region; the file is not counted
rule-region-undetermined-explanation = Each row belongs to a region: the one its Region column names, else the sheet's name, else the file's name (syd.xlsx, Region Väst 2021.csv). When none of them names a region, kontakt cannot tell whose contacts they are, and none of the sheet's rows is counted.
rule-region-undetermined-fix = Name the file after its region (such as syd.xlsx, or nationell.xlsx for the national level), or add a Region column.

rule-region-missing-summary = a region (or the national level) has no contacts
rule-region-missing-explanation = Once every file is read, each of the seven regions and the national level must have at least one contact. The message says why one has none: there is no file for it, its file could not be read, or none of its file's rows could be counted. A region without contacts would be missing from the published directory.
rule-region-missing-fix = Add the region's file to the input folder, named after the region (such as mitt.xlsx), or fix the errors reported in it.

rule-name-missing-summary = a row has contact details but no name
rule-name-missing-explanation = A row with an e-mail address or a phone number but no name cannot become a contact, because the directory lists people and functions by name. The row is not counted.
rule-name-missing-fix = Fill in the Namn cell (or Förnamn and Efternamn), or delete the row if it is left over.

rule-kind-unknown-summary = a Typ cell that is neither Person nor Funktion
rule-kind-unknown-explanation = The Typ column says whether a contact is a Person (the default, also when the cell is empty) or a Funktion: a shared line or mailbox such as the support phone. Any other value is reported, and the contact is read as a person.
rule-kind-unknown-fix = Write Person, or Funktion for a shared line such as a support phone.

rule-contact-duplicate-summary = the same person twice in a region
rule-contact-duplicate-explanation = The same name (ignoring case and punctuation) appears in two rows of one region, so the person would be listed twice in the directory. It is reported at the later row, naming the first.
rule-contact-duplicate-fix = List each person once, with all their addresses and numbers in one row, and delete the other row.

rule-contact-unreachable-summary = a national contact with neither e-mail nor phone
rule-contact-unreachable-explanation = A contact at the national level needs an e-mail address or a phone number (a regional contact needs both, see email-missing and phone-missing). A contact with neither cannot be reached through the directory.
rule-contact-unreachable-fix = Fill in E-post or Telefon for the contact, or delete the row.

rule-email-missing-summary = a regional contact without an e-mail address, or a cell in which no address remains
rule-email-missing-explanation = Every regional contact needs an e-mail address: the row's E-post cell is empty, or holds something that is no address once links, brackets and quotes are dropped (mailto:, <>, "", a lone comma, saknas). The national level needs only an e-mail address or a phone number.
rule-email-missing-fix = Write the person's address in the E-post cell, such as anna.berg@malmo.se.

rule-email-invalid-summary = an address that is not valid (the message says why)
rule-email-invalid-explanation = Each address must have exactly one @, no quoted part, at most 64 octets before the @ and 254 in all, and a real domain: at least two labels of letters, digits and hyphens, a top-level domain that is not a number, and no IP address. An address that fails is not kept, and the message says which rule it broke.
rule-email-invalid-fix = Correct the address, typically a missing ending such as .se or an extra @. Several addresses in one cell are separated with ;.

rule-email-non-ascii-summary = letters outside ASCII before the @; the help suggests the ASCII form
rule-email-non-ascii-explanation = An address with letters such as å, ä or ö before the @ is valid (SMTPUTF8) and is kept as written, but many mail systems reject it, so mail may never arrive. The help suggests the same address in ASCII letters, which is usually the one the organisation really issued.
rule-email-non-ascii-fix = Check the address with its owner and write it as the organisation issued it, usually without å, ä and ö (asa.lind@malmo.se).

rule-email-duplicate-summary = the same address in two rows with the same name
rule-email-duplicate-explanation = The same address appears in two rows that carry the same name: the person is listed twice, often once for each of two offices or numbers. It is reported at the later row, naming the first.
rule-email-duplicate-fix = List the person once, with all their numbers in one row, and delete the other row.

rule-email-conflict-summary = the same address in two rows with different names
rule-email-conflict-explanation = The same address appears in two rows with different names. An address belongs to one person, so one of the rows is wrong, typically a row that was copied and only partly edited; mail meant for one person would reach the other.
rule-email-conflict-fix = Correct the address in the row where it is wrong (or the name, if both rows are the same person spelt two ways).

rule-email-repeated-summary = the same address twice for one contact: kept once
rule-email-repeated-explanation = The same address is given twice for one contact, in one cell or in two E-post columns. It is kept once, with a note at the second place.
rule-email-repeated-fix = Delete the second copy of the address.

rule-email-normalised-summary = an address kept in another form than written: a decoded `mailto:` link, a full-width domain
rule-email-normalised-explanation = An address is kept in another form than the one written: a mailto: link is percent-decoded (mailto:anna.berg%40malmo.se is anna.berg@malmo.se), and a full-width or punycode domain is kept in its ordinary form (ｍａｌｍｏ.se is malmo.se). The note shows both forms, so that the result can be checked.
rule-email-normalised-fix = Write the plain address in the cell, such as anna.berg@malmo.se.

rule-email-confusable-summary = a domain that mixes scripts, such as a Cyrillic letter among Latin ones
rule-email-confusable-explanation = The domain mixes scripts, such as a Cyrillic о among Latin letters: it looks like malmo.se but is another domain, so mail goes elsewhere or nowhere. kontakt keeps the address and warns, naming the odd letter.
rule-email-confusable-fix = Type the domain again by hand on a Swedish keyboard instead of copying it.

rule-email-display-differs-summary = `a <b>` where `a` is another address: both kept
rule-email-display-differs-explanation = In a cell written as Name <address>, the part outside the brackets is itself an address, and another one (eva.holm@malmo.se <anna.berg@malmo.se>). It is unclear which is meant, so both are kept and the cell is reported.
rule-email-display-differs-fix = Keep only the address that is meant, written alone in the cell.

rule-phone-missing-summary = a regional contact without a phone number, or a cell in which no number remains
rule-phone-missing-explanation = Every regional contact needs a phone number: the row's Telefon and Mobil cells are empty, or a cell holds no number once labels are dropped (vx, Tel:, /, alt., ankn. 12, saknas). The national level needs only a phone number or an e-mail address.
rule-phone-missing-fix = Write the number in the Telefon or Mobil cell, such as 040-34 10 00.

rule-phone-invalid-summary = not a valid phone number
rule-phone-invalid-explanation = Once labels and punctuation are dropped, the digits are not a valid number in Sweden's numbering plan (or, after +CC, that country's): too short, too long, or an area code that does not exist. The number is not kept.
rule-phone-invalid-fix = Write the whole number with its area code, such as 040-34 10 00 or 070-328 48 69.

rule-phone-letters-summary = a letter in a phone number (`6O` for `60`)
rule-phone-letters-explanation = A letter among the digits (O for 0, l for 1, or a word kontakt does not know as a label) is an error, never dropped silently: 040-34 1O 00 could otherwise become a valid but wrong number. Known labels such as Tel:, Mobil:, vx and alt. are dropped without a finding.
rule-phone-letters-fix = Replace the letter with the digit that was meant, or remove the word and keep only the number.

rule-phone-scientific-summary = Excel's scientific notation (`7,03E+08`) in a text file: the digits are lost
rule-phone-scientific-explanation = Excel shows a long number in a General cell in scientific notation (4,03E+08), and a CSV file saved from it holds only that: the last digits are lost for good. The cell gives no number.
rule-phone-scientific-fix = Type the number again, with its leading 0, in a column formatted as Text (040-34 10 00), and save the file again.

rule-phone-stored-as-number-summary = a number cell (or digits without the leading 0): recovered, with the cell named
rule-phone-stored-as-number-explanation = A phone number typed into a Number cell loses its leading 0 (40341000 for 040-34 10 00). kontakt recovers it, from a number cell in a workbook or from a cell of digits alone that is a valid number once a 0 is put in front, and warns at the cell, because other programs read it wrongly.
rule-phone-stored-as-number-fix = Format the column as Text and type the number with its leading 0, such as 040-34 10 00.

rule-phone-46-ambiguous-summary = digits starting with 46 without `+`/`00`: resolved as libphonenumber does, never silently
rule-phone-46-ambiguous-explanation = Digits that start with 46 but have no + or 00 may be Sweden's country code (46703284869 for +46 70 328 48 69) or a Lund number that lost its leading 0 (462221234 for 046-222 12 34). kontakt resolves them as libphonenumber does (the whole as a Swedish number if that is valid, else without the 46) and always warns, saying how the number was read.
rule-phone-46-ambiguous-fix = Write +46 for the country code (+46 70 328 48 69), or the leading 0 of a Lund number (046-222 12 34).

rule-phone-extension-summary = an extension (`ankn. 123`), which phones dial only after a pause
rule-phone-extension-explanation = An extension (ankn. 123, anknytning 123) is not part of the number: a phone dials it after a pause, once the call is answered, and some phones and switchboards do not. The number is kept with its extension (in the vCards as a pause, 08-123 45 67,123, and in words in the note), and kontakt warns so that a direct number can be given instead.
rule-phone-extension-fix = Give the person's direct number instead, if there is one.

rule-phone-foreign-summary = a valid foreign number written with `+CC`
rule-phone-foreign-explanation = A number with a country code other than +46 (+45 33 12 34 56) is valid and kept in its international form, with a warning: a coordinator in Sweden normally has a Swedish number, so it is worth a check.
rule-phone-foreign-fix = Check that the number is right; if the contact has a Swedish number, give that one.

rule-phone-shared-summary = a number given for several contacts (such as a shared office line)
rule-phone-shared-explanation = The same number is given for several contacts, such as a shared office line or a switchboard. It is kept for each of them, with a note at the later place naming the first, because it may also be a number copied into the wrong row.
rule-phone-shared-fix = Nothing to fix for a shared line. If the number was copied by mistake, give each person their own number.

rule-phone-repeated-summary = the same number twice for one contact: kept once
rule-phone-repeated-explanation = The same number is given twice for one contact, in one cell or under both Telefon and Mobil. It is kept once, with a note at the second place.
rule-phone-repeated-fix = Delete the second copy, or put the contact's other number there.

rule-lan-unknown-summary = not a län; the help suggests the nearest one
rule-lan-unknown-explanation = A Län cell holds names (Skåne, Skåne län), aliases (Sörmland), letter codes (M) or SCB numbers (12), in lists separated by , ; / och & or line breaks. A part that is none of these is reported with the nearest län as a suggestion, and is not counted. Matching is by whole names only: Västra Götland is not read as Gotland.
rule-lan-unknown-fix = Write the län as the help suggests (here Västra Götaland), or use its letter code or SCB number.

rule-lan-national-summary = län given for the national level, which covers none
rule-lan-national-explanation = The national level (Jämställdhetsmyndigheten and the national support line) covers no län, so län written for a national contact are ignored, with a warning: they may belong in a region's file.
rule-lan-national-fix = Empty the Län cell of the national contact; if the län are a region's, put them in that region's file.

rule-lan-uncovered-summary = a län no region covers (a finding about the data set, with no location)
rule-lan-uncovered-explanation = Every one of Sweden's 21 län must be covered by exactly one region, so that the directory names a coordinator for every part of the country. A län that no region claims is reported once for the whole data set, with no location; if a file could not be read, the help names it as the likely cause.
rule-lan-uncovered-fix = Add the län to the Län column of the region that covers it.

rule-lan-claimed-twice-summary = a län claimed by two regions: reported at each place, naming the other
rule-lan-claimed-twice-explanation = Every län belongs to exactly one region. A län claimed by two regions is reported at each place that claims it, naming the other, so that a pull request changing either file shows the error on its own line. Until one claim is removed, the directory cannot say which region to contact for that län.
rule-lan-claimed-twice-fix = Agree with the other region which of you covers the län, and remove it from the other's Län column.

rule-check-one-file-summary = `check FILE`: the data-set rules (every region present, every län covered once) were not run
rule-check-one-file-explanation = kontakt check FILE checks one region's file alone, before it is sent: its rows and the län it claims. The rules for the whole directory (every region present, every län covered exactly once) need every file, so they were not run, and this note says so.
rule-check-one-file-example = kontakt check input/syd.csv: one file given instead of the input folder.
rule-check-one-file-fix = Nothing to fix in the file. Run kontakt check on the whole input folder to check the directory.

rule-export-stale-summary = `build --check`: a file in the output folder is not what `kontakt build` writes from the input
rule-export-stale-explanation = kontakt build --check writes nothing: it compares the output folder with what build would write from the input and reports each file that differs, saying why (out of date, changed since kontakt wrote it, missing, no longer written by build, not written by kontakt, not a manifest kontakt can read, or differs when the folder has no manifest). CI runs it on every pull request, so a changed spreadsheet without regenerated exports fails, and the committed directory never drifts from the regions' files.
rule-export-stale-example = syd.xlsx in input/ gets a new phone number in a pull request, but output/ is not rebuilt: kontakt build --check input --out output reports output/contacts.json (and the other exports that hold the number) as out of date.
rule-export-stale-fix = Run kontakt build input --out output and commit the output folder with the changed spreadsheet. A file reported as changed since kontakt wrote it was edited by hand: make the change in the input instead.
