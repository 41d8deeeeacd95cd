# files

## Reading the input folder: src/pipeline.rs, src/ingest/mod.rs

file-skipped-folder = skipped: a folder
file-skipped-lock-file = skipped: an office lock file
file-skipped-hidden = skipped: a hidden file
file-skipped-not-data = skipped: not a spreadsheet or CSV file
file-too-large = file is { $bytes } bytes; the limit is { $limit } (--max-file-bytes)
file-unreadable = cannot read file: { $error }
file-empty = file is empty
file-mislabelled-text = the name says a spreadsheet but the content is text (CSV); read as text (CSV)
file-mislabelled-spreadsheet = the name says a text file but the content is a spreadsheet; read as a spreadsheet
file-mislabelled-help = rename the file so its extension matches what it holds

## Spreadsheets: src/ingest/workbook.rs, src/ingest/guard.rs

file-encrypted-ooxml = the workbook is password-protected (encrypted)
file-encrypted-ooxml-help = save an unprotected copy: File > Info > Protect Workbook > Encrypt with Password, clear the password
file-encrypted = the workbook is password-protected
file-corrupt-workbook = cannot open the workbook: { $error }
file-corrupt-reader-failed = the spreadsheet reader failed on this file: { $error }
sheet-skipped-hidden = hidden sheet skipped
sheet-unreadable = cannot read the sheet: { $error }
sheet-reader-failed = the spreadsheet reader failed on this sheet: { $error }
file-corrupt-not-zip = not a readable zip archive ({ $error })
file-corrupt-zip-entry = damaged zip entry { $entry } ({ $error })
file-corrupt-unzip = cannot unzip { $part } ({ $error })
file-corrupt-not-workbook = a zip archive, but neither an XLSX nor an ODS workbook
file-limit-unzipped = unzips to more than { $limit } bytes (--max-unzipped-bytes); a zip bomb?
file-limit-zip-ratio = { $part } is compressed { $ratio }:1, over the limit of { $limit }:1 (--max-zip-ratio); a zip bomb?
file-limit-cells-declared = { $part } declares a range of { $cells } cells, over the limit of { $limit } (--max-cells)
file-limit-cells-used = { $part } uses a range of { $cells } cells, over the limit of { $limit } (--max-cells)
file-limit-shared-strings = sharedStrings.xml declares { $declared } strings but holds { $held }; a damaged or hostile file

## CSV files: src/ingest/csv.rs

file-corrupt-binary = binary content, not CSV text
# `read as Windows-1252, delimiter ';', CRLF line endings`; $delimiter is `';'`, `','`, `'|'` or `tab`; $endings is CRLF, CR, LF or `mixed`.
file-detected = read as { $encoding }, delimiter { $delimiter }, { $endings } line endings
file-detected-bom = read as { $encoding } with BOM, delimiter { $delimiter }, { $endings } line endings
file-encoding-repaired = the text was UTF-8 encoded twice (Ã¶ for ö); repaired
file-encoding-repaired-help = save the file again as UTF-8 from the original
file-corrupt-csv = cannot parse CSV: { $error }

## Headers and cells: src/ingest/headers.rs, src/pipeline.rs
## $header is the header as written, in quotes; $field, $first and $second are known headers (Namn, E-post, Län).

column-duplicate = a second { $field } column ({ $header }) is not read
column-duplicate-help = keep one column per field, or merge the two
column-combined = { $header } is read as { $first } or { $second }: each value goes to the one it recognisably is, else to { $first }
column-combined-help = use two columns, { $first } and { $second }
column-guessed = { $header } is read as { $field }
column-guessed-help = rename the header to { $field }
column-unknown = unknown column { $header } is not read
column-unknown-joined-help = a cell cannot show which part is { $first } and which { $second }: use two columns, { $first } and { $second }
column-unknown-near-help = did you mean { $field }? Otherwise rename it to a known header (see the README's column vocabulary) or remove it
column-unknown-help = rename it to a known header (see the README's column vocabulary) or remove it
column-unknown-unnamed = column { $column } has values but no header; it is not read
column-unknown-unnamed-help = give the column a known header or remove it
file-formula-uncached = the formula ={ $formula } has no stored result
file-formula-uncached-help = open the file in Excel or LibreOffice and save it again, or replace the formula by its value
file-cell-error = the cell holds the error { $error }
file-cell-error-help = fix the formula or type the value
sheet-skipped-empty = empty sheet skipped
sheet-skipped-no-header = no header row with known columns; sheet skipped
header-missing = no header row with known columns
header-missing-help = the first rows must include headers such as Namn, E-post, Telefon and Län

## `kontakt build --check`: src/commands/build.rs
## $reason comes from the output folder's comparison, in English.

export-stale = { $file }: { $reason }
export-stale-help = run `kontakt build { $input } --out { $out }` and commit { $out }
export-stale-help-errors = fix the errors above, then run `kontakt build { $input } --out { $out }` and commit { $out }
