//! What each rule code means, an input that triggers it and how to fix it: the one place
//! `kontakt explain CODE` and the README's rule table come from.

use crate::diagnostic::Code;

/// A rule's texts.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub code: Code,
    /// One line: the README table's "what it means" column.
    pub summary: &'static str,
    /// A short paragraph (plain text, lines not wrapped): what kontakt does and why it matters to
    /// the regions and the directory.
    pub explanation: &'static str,
    pub example: Example,
    /// How to fix it, written for the person at the region who edits the spreadsheet.
    pub fix: &'static str,
}

/// An input that triggers a rule.
#[derive(Debug, Clone, Copy)]
pub enum Example {
    /// One CSV file; `kontakt check` on a folder holding only this file reports the rule.
    Csv {
        file: &'static str,
        text: &'static str,
    },
    /// What a CSV file alone cannot show (a workbook's cells, the file system, `check FILE`):
    /// said in words.
    Described(&'static str),
}

/// The texts of `code`.
pub fn rule(code: Code) -> Rule {
    use Code::*;
    let (summary, explanation, example, fix) = match code {
        FileSkipped => (
            "a lock file, hidden file, folder or non-spreadsheet file was not read",
            "kontakt reads the .xlsx, .xlsm, .xls, .ods, .csv and .txt files of the input folder. Office lock files (~$nord.xlsx, .~lock.syd.csv#), hidden files, folders and files of any other type are not read, and each is named in a note so that nothing is left out unnoticed. A region's list saved in another format (.numbers, .pdf, .docx) is not read either, and that region then has no contacts.",
            Example::Csv {
                file: ".~lock.syd.csv#",
                text: ",Anna Berg,DATOR01,29.11.2024 08:52,file:///C:/Users/anna/AppData/Roaming/LibreOffice/4;",
            },
            "Nothing to do for a lock file: it goes away when the spreadsheet is closed in Excel or LibreOffice. If the skipped file is a region's list, save it as .xlsx or .csv.",
        ),
        FileUnreadable => (
            "the file could not be read (permissions, I/O)",
            "The file is in the input folder, but the operating system refused to read it: missing permissions, a file that is still being downloaded or synced, or an I/O error. None of its contacts are read, so its region is reported as having none and the län it covers as uncovered (the help names this file as the likely cause).",
            Example::Described(
                "nord.xlsx in the input folder may not be read by the account that runs kontakt (its permissions were set with chmod 000, or it is an online-only OneDrive file that was never downloaded): reading it fails with \"Permission denied\".",
            ),
            "Make sure the file is fully downloaded and that it may be read by the account that runs kontakt, then run the check again.",
        ),
        FileEmpty => (
            "the file has no bytes",
            "The file is zero bytes long, usually after an interrupted save, copy or upload. It gives no contacts, so its region is also reported as having none.",
            Example::Csv {
                file: "syd.csv",
                text: "",
            },
            "Save the region's list again from the original spreadsheet and replace the empty file.",
        ),
        FileTooLarge => (
            "the file is over `--max-file-bytes`",
            "kontakt does not read a file larger than --max-file-bytes (64 MiB by default). A region's contact list is a few kilobytes, so a file that size holds something else, such as embedded pictures, and is refused before it is read so that it cannot exhaust memory.",
            Example::Described(
                "vast.xlsx is 70 MB because a photo of every coordinator is pasted into the sheet: it is over the default --max-file-bytes of 67108864 bytes (64 MiB).",
            ),
            "Remove the pictures and any sheets that are not the contact list, or copy the list into a new workbook and send that. If the file really must be this large, run kontakt with a higher --max-file-bytes.",
        ),
        FileLimit => (
            "a spreadsheet is over a limit: unzipped size, compression ratio (zip bomb), sheet extent, or a false string count",
            "Before the spreadsheet reader sees a workbook, kontakt unzips it with a cap and checks it: the total unzipped size (--max-unzipped-bytes, 512 MiB), the compression ratio of each large part (--max-zip-ratio, 200:1), the range each sheet spans (--max-cells, 20 million cells) and whether sharedStrings.xml holds as many strings as it declares. A file over a limit could take gigabytes of memory or abort the whole run, so it is refused and none of it is read.",
            Example::Described(
                "nord.xlsx is only 40 kB, but its sheet declares the range A1:XFD1048576 (every cell of the grid, about 17 billion): over the --max-cells limit of 20000000.",
            ),
            "Open the file in Excel or LibreOffice, delete the empty rows and columns beyond the list (or copy the list into a new workbook) and save it again. If the file is genuine, run kontakt with a higher value of the limit the message names.",
        ),
        FileEncrypted => (
            "the workbook is password-protected",
            "A workbook saved with a password to open it is encrypted: its cells cannot be read without the password, and kontakt never asks for one. None of its contacts are read, so its region is reported as having none.",
            Example::Described(
                "stockholm.xlsx was saved in Excel with File > Info > Protect Workbook > Encrypt with Password, so the file is an encrypted container rather than a workbook.",
            ),
            "Save a copy without the password (in Excel: File > Info > Protect Workbook > Encrypt with Password, clear the password, save) and send that. A protection that only stops a sheet from being edited does not encrypt the file and needs no change.",
        ),
        FileCorrupt => (
            "truncated, damaged, binary where text was expected, or the reader failed on it",
            "The file cannot be read as what it is: a truncated or damaged zip archive, a zip archive that holds no workbook, binary bytes (NUL) in a text file, or a spreadsheet the reader failed on. The file's contacts (or, when one sheet is damaged, that sheet's) are missing from the directory.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;040-34\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}",
            },
            "Open the file in Excel or LibreOffice and save it again as .xlsx or .csv; if it does not open, send a new copy made from the original.",
        ),
        FileMislabelled => (
            "the extension does not match the content (read by its content)",
            "kontakt decides what a file is by its content, not its name: CSV text saved as syd.xlsx, or a workbook renamed to syd.csv, is read as what it holds, with this warning. People and programs that go by the name (Excel, a mail client's preview) may fail to open it or show garbage.",
            Example::Csv {
                file: "syd.xlsx",
                text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;040-34 10 00;Skåne\n",
            },
            "Rename the file so that its extension says what it holds (.csv for text, .xlsx for an Excel workbook), or save it again in the format its name says.",
        ),
        Detected => (
            "with `--verbose`: the encoding, delimiter and line endings of a CSV file",
            "With --verbose, kontakt says how it read each CSV file: the encoding (UTF-8 with or without BOM, UTF-16, Windows-1252 or MacRoman), the delimiter (; , tab or |, whichever splits out the most known headers) and the line endings (LF, CRLF, CR or mixed). It is a note, not a problem: it explains garbled letters or a file read as one column.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;040-34 10 00;Skåne\n",
            },
            "Nothing to fix. If the letters or columns come out wrong, save the file from Excel as \"CSV UTF-8 (kommaavgränsad)\" and check that the header row uses the same delimiter as the rows.",
        ),
        EncodingRepaired => (
            "doubly encoded UTF-8 was repaired",
            "The text was encoded as UTF-8 twice (a UTF-8 file opened as Windows-1252 and saved again as UTF-8), so ö shows as Ã¶ and Skåne as SkÃ¥ne. kontakt recognises the pattern, repairs the whole file and warns, because other programs that read the file still see the garbled letters.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;LÃ¤n\nAnna Berg;anna.berg@malmo.se;040-34 10 00;SkÃ¥ne\n",
            },
            "Save the file again as UTF-8 from the original spreadsheet, not from a copy that was opened and saved in another encoding.",
        ),
        SheetSkipped => (
            "a hidden sheet, an empty sheet, or a sheet without a header row",
            "kontakt reads every visible sheet of a workbook that has a header row. A hidden sheet (often the values of a drop-down list), an empty sheet and a sheet without a header row (instructions, a title page) are skipped with a note, so that it shows that nothing on them was read.",
            Example::Described(
                "nord.xlsx has a visible sheet Instruktioner that holds only text on how to fill in the list, and a hidden sheet Listor with the values of a drop-down list: each is skipped with a note.",
            ),
            "Nothing to fix if the sheet holds no contacts. If it does, unhide it and give it a header row such as Namn, E-post, Telefon, Län.",
        ),
        HeaderMissing => (
            "no sheet of the file has a header row",
            "kontakt looks for the header row in the top 30 rows of each sheet: the row that names the most known columns, at least two (Namn, E-post, Telefon, Län, …), or a single Län column. When no sheet of the file has one, nothing in the file is read and its region gets no contacts.",
            Example::Csv {
                file: "syd.csv",
                text: "Anna Berg;anna.berg@malmo.se;040-34 10 00;Skåne\nPer Nilsson;per.nilsson@lund.se;046-35 50 00;Skåne\n",
            },
            "Add a header row above the contacts with known headers such as Namn, E-post, Telefon and Län (the README lists every header kontakt knows).",
        ),
        ColumnUnknown => (
            "a header the vocabulary does not know, or values in a column without a header",
            "A column whose header the vocabulary does not know is reported and not read, so that nothing is dropped silently; the help suggests the nearest known header. Values in a column without a header are reported the same way, and so is a header that joins two fields a cell cannot tell apart (Förnamn och efternamn, Namn & E-post), which needs two columns.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Län;Anteckningar\nAnna Berg;anna.berg@malmo.se;040-34 10 00;Skåne;semester v. 28-31\n",
            },
            "Rename the header to a known one (Namn, Roll, Organisation, E-post, Telefon, Mobil, Län, Typ, …), or delete the column if it is not meant for the directory.",
        ),
        ColumnDuplicate => (
            "a second column for a single-valued field",
            "Fields that hold one value per contact (name, role, organisation, region, type) are read from their first column only; a second column for the same field is reported and not read. E-post, Telefon, Mobil and Län may have several columns, and all of them are read.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Län;Namn\nAnna Berg;anna.berg@malmo.se;040-34 10 00;Skåne;Anna Berg\n",
            },
            "Keep one column for the field: delete the other, or merge what it holds into the first.",
        ),
        ColumnMissing => (
            "no name, e-mail or phone column, or no Län column in a regional file",
            "A contact sheet needs a name column (Namn, or Förnamn and Efternamn), an E-post column and a Telefon or Mobil column; a regional file also needs a Län column, unless a sheet of the file lists the län. Without a name column the sheet is not read at all; without the others the directory cannot say how to reach the region or which län it covers.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon\nAnna Berg;anna.berg@malmo.se;040-34 10 00\n",
            },
            "Add the missing column with a known header (Namn, E-post, Telefon or Mobil, Län) and fill it in for every contact.",
        ),
        ColumnGuessed => (
            "a header close to a known one (`Telfon`, `E-post adress`) read as that column",
            "A header written with four to six letters that is one typing error away from a known header (two errors for a header written longer), and closer to one field than to any other, is read as that field's column, with a note saying how it was read. The note makes a wrong guess visible before it ends up in the directory.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telfon;Län\nAnna Berg;anna.berg@malmo.se;040-34 10 00;Skåne\n",
            },
            "Correct the header to the known spelling the note names (here Telefon).",
        ),
        ColumnCombined => (
            "a header naming two fields (`Roll/Organisation`, `Län/Region`), read by the documented rule",
            "A header that joins two fields with /, &, +, och or and is read cell by cell for the pairs a value tells apart: Roll/Organisation, Län/Region and Telefon/Mobil. Each value goes to the field it recognisably is (Malmö stad is an organisation, a list of län is Län), else to the first; a cell such as Samordnare, Malmö stad is split between the two. The note says so, so that the result can be checked.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;Roll/Organisation;E-post;Telefon;Län\nAnna Berg;Malmö stad;anna.berg@malmo.se;040-34 10 00;Skåne\n",
            },
            "Split the column into two, such as Roll and Organisation, with one value in each cell.",
        ),
        TextInvisible => (
            "an invisible character (zero-width space, soft hyphen, bidi control, …) removed from a cell",
            "Zero-width spaces, word joiners, byte order marks, soft hyphens and bidirectional controls do not show on screen, but they make an address or number differ from the one people type, and bidi controls reorder text. kontakt removes them from e-mail addresses and phone numbers, and from names, roles and organisations (keeping the joiners ZWJ and ZWNJ that some names need), and warns at the cell, naming each character. The character stays in the file until it is removed there.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg\u{200B}@malmo.se;040-34 10 00;Skåne\n",
            },
            "Clear the cell and type its content again by hand; copying from a web page, PDF or e-mail signature is what usually brings such characters in.",
        ),
        CellFormulaUncached => (
            "a formula without a stored result",
            "A formula cell gives the result the file stored when it was last saved; kontakt does not compute formulas. A workbook written by a program that stores no results (a script, some exporters) has formulas without one, and such a cell gives no value, so the contact may lack an address or number.",
            Example::Described(
                "Cell D4 of nord.xlsx holds the formula =\"070-\"&C4, written by a script that saved the workbook without computing it, so the file stores no result for the cell.",
            ),
            "Open the file in Excel or LibreOffice and save it again (that stores every formula's result), or replace the formula by the value itself.",
        ),
        CellError => (
            "an error value such as `#REF!` or `#DIV/0!`",
            "The cell holds a spreadsheet error value such as #REF!, #N/A, #NAME? or #DIV/0!, usually a formula that points to deleted cells or to another workbook. The cell gives no value, so the contact may lack an address or number.",
            Example::Described(
                "Cell C5 of ost.xlsx holds =Kontakter!B7, and row 7 of the sheet Kontakter was deleted: the cell shows #REF!.",
            ),
            "Correct the formula, or type the value itself in the cell.",
        ),
        RegionUnknown => (
            "a Region cell names no region; the row is not counted",
            "A Region cell must name one of the seven regions (Nord, Mitt, Stockholm, Bergslagen, Öst, Väst, Syd) or the national level, as written on the public page or by an accepted alias (Region Syd, Södra, Sthlm). A row whose Region cell names none is not counted, so its contact is missing from the directory.",
            Example::Csv {
                file: "syd.csv",
                text: "Region;Namn;E-post;Telefon;Län\nRegion Söder;Anna Berg;anna.berg@malmo.se;040-34 10 00;Skåne\n",
            },
            "Write the region's name as the help lists it, such as Syd or Region Syd.",
        ),
        RegionUndetermined => (
            "no Region column and the file name names no region; the file is not counted",
            "Each row belongs to a region: the one its Region column names, else the sheet's name, else the file's name (syd.xlsx, Region Väst 2021.csv). When none of them names a region, kontakt cannot tell whose contacts they are, and none of the sheet's rows is counted.",
            Example::Csv {
                file: "kontakter.csv",
                text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;040-34 10 00;Skåne\n",
            },
            "Name the file after its region (such as syd.xlsx, or nationell.xlsx for the national level), or add a Region column.",
        ),
        RegionMissing => (
            "a region (or the national level) has no contacts",
            "Once every file is read, each of the seven regions and the national level must have at least one contact. The message says why one has none: there is no file for it, its file could not be read, or none of its file's rows could be counted. A region without contacts would be missing from the published directory.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;040-34 10 00;Skåne\n",
            },
            "Add the region's file to the input folder, named after the region (such as mitt.xlsx), or fix the errors reported in it.",
        ),
        NameMissing => (
            "a row has contact details but no name",
            "A row with an e-mail address or a phone number but no name cannot become a contact, because the directory lists people and functions by name. The row is not counted.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Län\n;anna.berg@malmo.se;040-34 10 00;Skåne\n",
            },
            "Fill in the Namn cell (or Förnamn and Efternamn), or delete the row if it is left over.",
        ),
        KindUnknown => (
            "a Typ cell that is neither Person nor Funktion",
            "The Typ column says whether a contact is a Person (the default, also when the cell is empty) or a Funktion: a shared line or mailbox such as the support phone. Any other value is reported, and the contact is read as a person.",
            Example::Csv {
                file: "nationell.csv",
                text: "Namn;Typ;E-post;Telefon\nStödlinjen;Telefonlinje;;020-50 50 50\n",
            },
            "Write Person, or Funktion for a shared line such as a support phone.",
        ),
        ContactDuplicate => (
            "the same person twice in a region",
            "The same name (ignoring case and punctuation) appears in two rows of one region, so the person would be listed twice in the directory. It is reported at the later row, naming the first.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;040-34 10 00;Skåne\nAnna Berg;anna.berg@lund.se;046-35 50 00;Skåne\n",
            },
            "List each person once, with all their addresses and numbers in one row, and delete the other row.",
        ),
        ContactUnreachable => (
            "a national contact with neither e-mail nor phone",
            "A contact at the national level needs an e-mail address or a phone number (a regional contact needs both, see email-missing and phone-missing). A contact with neither cannot be reached through the directory.",
            Example::Csv {
                file: "nationell.csv",
                text: "Namn;E-post;Telefon\nLisa Holm;;\n",
            },
            "Fill in E-post or Telefon for the contact, or delete the row.",
        ),
        EmailMissing => (
            "a regional contact without an e-mail address, or a cell in which no address remains",
            "Every regional contact needs an e-mail address: the row's E-post cell is empty, or holds something that is no address once links, brackets and quotes are dropped (mailto:, <>, \"\", a lone comma, saknas). The national level needs only an e-mail address or a phone number.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Län\nAnna Berg;;040-34 10 00;Skåne\n",
            },
            "Write the person's address in the E-post cell, such as anna.berg@malmo.se.",
        ),
        EmailInvalid => (
            "an address that is not valid (the message says why)",
            "Each address must have exactly one @, no quoted part, at most 64 octets before the @ and 254 in all, and a real domain: at least two labels of letters, digits and hyphens, a top-level domain that is not a number, and no IP address. An address that fails is not kept, and the message says which rule it broke.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo;040-34 10 00;Skåne\n",
            },
            "Correct the address, typically a missing ending such as .se or an extra @. Several addresses in one cell are separated with ;.",
        ),
        EmailNonAscii => (
            "letters outside ASCII before the @; the help suggests the ASCII form",
            "An address with letters such as å, ä or ö before the @ is valid (SMTPUTF8) and is kept as written, but many mail systems reject it, so mail may never arrive. The help suggests the same address in ASCII letters, which is usually the one the organisation really issued.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Län\nÅsa Lind;åsa.lind@malmo.se;040-34 10 00;Skåne\n",
            },
            "Check the address with its owner and write it as the organisation issued it, usually without å, ä and ö (asa.lind@malmo.se).",
        ),
        EmailDuplicate => (
            "the same address in two rows with the same name",
            "The same address appears in two rows that carry the same name: the person is listed twice, often once for each of two offices or numbers. It is reported at the later row, naming the first.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;040-34 10 00;Skåne\nAnna Berg;anna.berg@malmo.se;070-328 48 69;Blekinge\n",
            },
            "List the person once, with all their numbers in one row, and delete the other row.",
        ),
        EmailConflict => (
            "the same address in two rows with different names",
            "The same address appears in two rows with different names. An address belongs to one person, so one of the rows is wrong, typically a row that was copied and only partly edited; mail meant for one person would reach the other.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;040-34 10 00;Skåne\nPer Nilsson;anna.berg@malmo.se;040-34 10 01;Skåne\n",
            },
            "Correct the address in the row where it is wrong (or the name, if both rows are the same person spelt two ways).",
        ),
        EmailRepeated => (
            "the same address twice for one contact: kept once",
            "The same address is given twice for one contact, in one cell or in two E-post columns. It is kept once, with a note at the second place.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se, anna.berg@malmo.se;040-34 10 00;Skåne\n",
            },
            "Delete the second copy of the address.",
        ),
        EmailNormalised => (
            "an address kept in another form than written: a decoded `mailto:` link, a full-width domain",
            "An address is kept in another form than the one written: a mailto: link is percent-decoded (mailto:anna.berg%40malmo.se is anna.berg@malmo.se), and a full-width or punycode domain is kept in its ordinary form (ｍａｌｍｏ.se is malmo.se). The note shows both forms, so that the result can be checked.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Län\nAnna Berg;mailto:anna.berg%40malmo.se;040-34 10 00;Skåne\n",
            },
            "Write the plain address in the cell, such as anna.berg@malmo.se.",
        ),
        EmailConfusable => (
            "a domain that mixes scripts, such as a Cyrillic letter among Latin ones",
            "The domain mixes scripts, such as a Cyrillic о among Latin letters: it looks like malmo.se but is another domain, so mail goes elsewhere or nowhere. kontakt keeps the address and warns, naming the odd letter.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malm\u{43E}.se;040-34 10 00;Skåne\n",
            },
            "Type the domain again by hand on a Swedish keyboard instead of copying it.",
        ),
        EmailDisplayDiffers => (
            "`a <b>` where `a` is another address: both kept",
            "In a cell written as Name <address>, the part outside the brackets is itself an address, and another one (eva.holm@malmo.se <anna.berg@malmo.se>). It is unclear which is meant, so both are kept and the cell is reported.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Län\nAnna Berg;eva.holm@malmo.se <anna.berg@malmo.se>;040-34 10 00;Skåne\n",
            },
            "Keep only the address that is meant, written alone in the cell.",
        ),
        PhoneMissing => (
            "a regional contact without a phone number, or a cell in which no number remains",
            "Every regional contact needs a phone number: the row's Telefon and Mobil cells are empty, or a cell holds no number once labels are dropped (vx, Tel:, /, alt., ankn. 12, saknas). The national level needs only a phone number or an e-mail address.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;vx;Skåne\n",
            },
            "Write the number in the Telefon or Mobil cell, such as 040-34 10 00.",
        ),
        PhoneInvalid => (
            "not a valid phone number",
            "Once labels and punctuation are dropped, the digits are not a valid number in Sweden's numbering plan (or, after +CC, that country's): too short, too long, or an area code that does not exist. The number is not kept.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;040-34 10;Skåne\n",
            },
            "Write the whole number with its area code, such as 040-34 10 00 or 070-328 48 69.",
        ),
        PhoneLetters => (
            "a letter in a phone number (`6O` for `60`)",
            "A letter among the digits (O for 0, l for 1, or a word kontakt does not know as a label) is an error, never dropped silently: 040-34 1O 00 could otherwise become a valid but wrong number. Known labels such as Tel:, Mobil:, vx and alt. are dropped without a finding.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;040-34 1O 00;Skåne\n",
            },
            "Replace the letter with the digit that was meant, or remove the word and keep only the number.",
        ),
        PhoneScientific => (
            "Excel's scientific notation (`7,03E+08`) in a text file: the digits are lost",
            "Excel shows a long number in a General cell in scientific notation (4,03E+08), and a CSV file saved from it holds only that: the last digits are lost for good. The cell gives no number.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;4,03E+08;Skåne\n",
            },
            "Type the number again, with its leading 0, in a column formatted as Text (040-34 10 00), and save the file again.",
        ),
        PhoneStoredAsNumber => (
            "a number cell (or digits without the leading 0): recovered, with the cell named",
            "A phone number typed into a Number cell loses its leading 0 (40341000 for 040-34 10 00). kontakt recovers it, from a number cell in a workbook or from a cell of digits alone that is a valid number once a 0 is put in front, and warns at the cell, because other programs read it wrongly.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;40341000;Skåne\n",
            },
            "Format the column as Text and type the number with its leading 0, such as 040-34 10 00.",
        ),
        PhoneCountryCode46 => (
            "digits starting with 46 without `+`/`00`: resolved as libphonenumber does, never silently",
            "Digits that start with 46 but have no + or 00 may be Sweden's country code (46703284869 for +46 70 328 48 69) or a Lund number that lost its leading 0 (462221234 for 046-222 12 34). kontakt resolves them as libphonenumber does (the whole as a Swedish number if that is valid, else without the 46) and always warns, saying how the number was read.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;46703284869;Skåne\n",
            },
            "Write +46 for the country code (+46 70 328 48 69), or the leading 0 of a Lund number (046-222 12 34).",
        ),
        PhoneExtension => (
            "an extension (`ankn. 123`) phones cannot dial",
            "An extension (ankn. 123, anknytning 123) cannot be dialled from a contact card on a phone. The number is kept with its extension, and kontakt warns so that a direct number can be given instead.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;040-34 10 00 ankn. 123;Skåne\n",
            },
            "Give the person's direct number instead, if there is one.",
        ),
        PhoneForeign => (
            "a valid foreign number written with `+CC`",
            "A number with a country code other than +46 (+45 33 12 34 56) is valid and kept in its international form, with a warning: a coordinator in Sweden normally has a Swedish number, so it is worth a check.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;+45 33 12 34 56;Skåne\n",
            },
            "Check that the number is right; if the contact has a Swedish number, give that one.",
        ),
        PhoneShared => (
            "a number given for several contacts (such as a shared office line)",
            "The same number is given for several contacts, such as a shared office line or a switchboard. It is kept for each of them, with a note at the later place naming the first, because it may also be a number copied into the wrong row.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;040-34 10 00;Skåne\nPer Nilsson;per.nilsson@malmo.se;040-34 10 00;Skåne\n",
            },
            "Nothing to fix for a shared line. If the number was copied by mistake, give each person their own number.",
        ),
        PhoneRepeated => (
            "the same number twice for one contact: kept once",
            "The same number is given twice for one contact, in one cell or under both Telefon and Mobil. It is kept once, with a note at the second place.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Mobil;Län\nAnna Berg;anna.berg@malmo.se;070-328 48 69;070-328 48 69;Skåne\n",
            },
            "Delete the second copy, or put the contact's other number there.",
        ),
        LanUnknown => (
            "not a län; the help suggests the nearest one",
            "A Län cell holds names (Skåne, Skåne län), aliases (Sörmland), letter codes (M) or SCB numbers (12), in lists separated by , ; / och & or line breaks. A part that is none of these is reported with the nearest län as a suggestion, and is not counted. Matching is by whole names only: Västra Götland is not read as Gotland.",
            Example::Csv {
                file: "vast.csv",
                text: "Namn;E-post;Telefon;Län\nEva Holm;eva.holm@vgregion.se;031-10 50 00;Västra Götland\n",
            },
            "Write the län as the help suggests (here Västra Götaland), or use its letter code or SCB number.",
        ),
        LanNational => (
            "län given for the national level, which covers none",
            "The national level (Jämställdhetsmyndigheten and the national support line) covers no län, so län written for a national contact are ignored, with a warning: they may belong in a region's file.",
            Example::Csv {
                file: "nationell.csv",
                text: "Namn;E-post;Telefon;Län\nLisa Holm;lisa.holm@jamy.se;031-392 00 00;Stockholm\n",
            },
            "Empty the Län cell of the national contact; if the län are a region's, put them in that region's file.",
        ),
        LanUncovered => (
            "a län no region covers (a finding about the data set, with no location)",
            "Every one of Sweden's 21 län must be covered by exactly one region, so that the directory names a coordinator for every part of the country. A län that no region claims is reported once for the whole data set, with no location; if a file could not be read, the help names it as the likely cause.",
            Example::Csv {
                file: "syd.csv",
                text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;040-34 10 00;Skåne\n",
            },
            "Add the län to the Län column of the region that covers it.",
        ),
        LanClaimedTwice => (
            "a län claimed by two regions: reported at each place, naming the other",
            "Every län belongs to exactly one region. A län claimed by two regions is reported at each place that claims it, naming the other, so that a pull request changing either file shows the error on its own line. Until one claim is removed, the directory cannot say which region to contact for that län.",
            Example::Csv {
                file: "kontakter.csv",
                text: "Region;Namn;E-post;Telefon;Län\nSyd;Anna Berg;anna.berg@malmo.se;040-34 10 00;Skåne, Halland\nVäst;Eva Holm;eva.holm@vgregion.se;031-10 50 00;Västra Götaland, Halland\n",
            },
            "Agree with the other region which of you covers the län, and remove it from the other's Län column.",
        ),
        CheckOneFile => (
            "`check FILE`: the data-set rules (every region present, every län covered once) were not run",
            "kontakt check FILE checks one region's file alone, before it is sent: its rows and the län it claims. The rules for the whole directory (every region present, every län covered exactly once) need every file, so they were not run, and this note says so.",
            Example::Described(
                "kontakt check input/syd.csv: one file given instead of the input folder.",
            ),
            "Nothing to fix in the file. Run kontakt check on the whole input folder to check the directory.",
        ),
        ExportStale => (
            "`build --check`: a file in the output folder is not what `kontakt build` writes from the input",
            "kontakt build --check writes nothing: it compares the output folder with what build would write from the input and reports each file that differs, saying why (out of date, changed since kontakt wrote it, missing, no longer written by build, not written by kontakt, not a manifest kontakt can read, or differs when the folder has no manifest). CI runs it on every pull request, so a changed spreadsheet without regenerated exports fails, and the committed directory never drifts from the regions' files.",
            Example::Described(
                "syd.xlsx in input/ gets a new phone number in a pull request, but output/ is not rebuilt: kontakt build --check input --out output reports output/contacts.json (and the other exports that hold the number) as out of date.",
            ),
            "Run kontakt build input --out output and commit the output folder with the changed spreadsheet. A file reported as changed since kontakt wrote it was edited by hand: make the change in the input instead.",
        ),
    };
    Rule {
        code,
        summary,
        explanation,
        example,
        fix,
    }
}
