# contacts

## Columns and rows of a sheet (src/validate/contact.rs)

contact-lan-column-missing = no Län column
contact-lan-column-missing-help = add a column headed Län listing the län the region covers, or a sheet Län that lists them
contact-lan-national = the national level covers no län; the län here are ignored
contact-region-lan-list-undetermined = the län listed here belong to no region
contact-region-lan-list-undetermined-help = name the file after its region (such as syd.xlsx), or add a Region column
contact-name-column-missing = no name column
contact-name-column-missing-help = add a column headed Namn (or Förnamn and Efternamn)
contact-email-column-missing = no e-mail column
contact-email-column-missing-help = add a column headed E-post
contact-phone-column-missing = no phone column
contact-phone-column-missing-help = add a column headed Telefon or Mobil
# $value: the cell, quoted.
contact-region-unknown = { $value } is not a region
# $regions: the region names, comma-separated.
contact-region-unknown-help = the regions are { $regions }; this row is not counted
contact-region-undetermined = no Region column and the file name names no region
contact-region-undetermined-help = add a Region column, or name the file after its region (such as syd.xlsx); its rows are not counted
contact-name-missing = the row has contact details but no name
contact-name-missing-help = fill in the Namn cell; the row is not counted
contact-kind-unknown = { $value } is not a contact type
contact-kind-unknown-help = write Person, or Funktion for a shared line such as a support phone
contact-email-missing = a regional contact needs an e-mail address
contact-email-missing-help = fill in the E-post cell
contact-phone-missing = a regional contact needs a phone number
contact-phone-missing-help = fill in the Telefon or Mobil cell
contact-unreachable = the contact has neither e-mail nor phone
contact-unreachable-help = fill in E-post or Telefon

## Across rows (src/validate/directory.rs); $first_at is a place such as in/syd.csv:3:4

contact-email-duplicate = { $address } is also given at { $first_at }
contact-email-duplicate-help = list each person once
contact-email-conflict = { $address } is also given for another name at { $first_at }
contact-email-conflict-help = an address belongs to one person: correct one of the two rows
contact-phone-shared = { $number } is also given at { $first_at }
contact-duplicate = { $name } is listed twice in { $region }; first at { $first_at }
contact-duplicate-help = list each person once, with all their numbers in one row

## Which region covers each län (src/validate/coverage.rs, src/validate/mod.rs)

contact-lan-cover-uncovered = { $lan } is covered by no region
contact-lan-cover-uncovered-help = add { $lan } to the Län column of the region that covers it
contact-lan-cover-claimed-twice = { $lan } is claimed by { $region } here and by { $other_region } at { $other_at }
# Three regions or more; $others: `Väst (vast.csv:3:4), Nord (nord.csv:2:5)`.
contact-lan-cover-claimed-by-several = { $n ->
    [one] { $lan } is claimed by { $region } here and by { $n } other region: { $others }
   *[other] { $lan } is claimed by { $region } here and by { $n } other regions: { $others }
}
contact-lan-region-at = { $region } ({ $at })
contact-lan-cover-claimed-twice-help = every län belongs to exactly one region: remove it from all but one
# $files: the files that could not be read, comma-separated; $n: how many.
contact-lan-cover-unread-help = { $n ->
    [one] { $files } could not be read and is the likely cause; fix that file first
   *[other] { $files } could not be read and are the likely cause; fix those files first
}

## The directory as a whole (src/validate/mod.rs)

contact-one-file = only one file was given: its rows and the län it claims were checked, but not the rules for the whole directory (every region present, every län covered exactly once)
contact-one-file-help = check the whole input folder for those
contact-region-missing-empty = region { $region } has no contacts: its file { $file } gave none
contact-region-missing-empty-help = see the errors at { $file }
contact-region-missing-unread = region { $region } has no contacts: its file { $file } could not be read
contact-region-missing-unread-help = see the error at { $file }
contact-region-missing-no-file = region { $region } has no file (no contacts)
contact-region-missing-no-file-help = add { $region }'s file to the input folder
