# cli

## The command line's help (`kontakt --help`, `kontakt CMD --help`): src/cli_text.rs.
## Each English text is the doc comment in src/cli.rs as clap shows it (one line, no final
## period); a test holds them to each other. Ids: cli-<subcommand>-<argument id, _ as ->.

cli-about = Checks and builds the directory of regional coordinators against prostitution and human trafficking.
cli-after-help = Exit status: 0 no errors, 1 data problems, 2 could not run.
cli-lang = The language of messages, reports and summaries (sv or en). Default: Swedish when LC_ALL, LC_MESSAGES or LANG starts with sv (sv_SE.UTF-8), else English. Mails are always Swedish

## clap's own flags, as clap words them.

cli-flag-help = Print help
cli-flag-help-more = Print help (see more with '--help')
cli-flag-help-long = Print help (see a summary with '-h')
cli-flag-version = Print version

## kontakt check

cli-check-about = Read the regions' spreadsheets and report every problem at its cell
cli-check-input = The folder of the regions' files (or one file)
cli-check-schemas = Reference data folder; any of lan.json, regions.json, columns.json and phonenumber-se.xml found there replaces the built-in one
cli-check-format = Report format
cli-check-verbose = Also say what was detected in each file (encoding, delimiter, line endings); with --format github, also annotate notes
cli-check-quiet = Print errors (and warnings, under --deny-warnings) and the summary line only
cli-check-summary = Write a Markdown summary to FILE: the counts, the change to the directory and a table of every finding. On GitHub Actions it is added to the job summary ($GITHUB_STEP_SUMMARY) without this option
cli-check-base = The contacts.json the summary's changes are measured from (on a pull request: the base branch's). Default: contacts.json in the output folder
cli-check-deny-warnings = Fail (exit 1) on warnings too
cli-check-max-findings = Show at most N findings and say how many were left out
cli-check-color = Colour in the human report
cli-check-max-file-bytes = Largest input file read, in bytes
cli-check-max-unzipped-bytes = Largest total unzipped size of one spreadsheet, in bytes
cli-check-max-zip-ratio = Largest compression ratio of one part (over 1 MiB) of a spreadsheet
cli-check-max-cells = Most cells one sheet may span

## kontakt build

cli-build-about = Check, then write contacts.json, the CSV files and the vCards (nothing on any error)
cli-build-input = The folder of the regions' files (or one file)
cli-build-out = Where the exports go (default: `output` beside the input folder). Replaced whole, but only when it holds nothing but what kontakt wrote there
cli-build-force = Replace the output folder even when it holds files kontakt did not write, or exports changed by hand (never the input folder)
cli-build-check = Write nothing; exit 1 and name the files when the output folder is not what build would write
cli-build-as-of = The date the directory is valid from (YYYY-MM-DD), written into contacts.json and the vCards' REV
cli-build-vcard-version = vCard version of the region files and all.vcf (the Outlook files are always 3.0)
cli-build-outlook-cards = Also write one vCard file per contact in vcard/outlook/ (for an Outlook that imports one card at a time); outlook.csv imports them all at once
cli-build-schemas = Reference data folder; any of lan.json, regions.json, columns.json and phonenumber-se.xml found there replaces the built-in one
cli-build-format = Report format
cli-build-verbose = Also say what was detected in each file (encoding, delimiter, line endings); with --format github, also annotate notes
cli-build-quiet = Print errors (and warnings, under --deny-warnings) and the summary line only
cli-build-summary = Write a Markdown summary to FILE: the counts, the change to the directory and a table of every finding. On GitHub Actions it is added to the job summary ($GITHUB_STEP_SUMMARY) without this option
cli-build-base = The contacts.json the summary's changes are measured from (on a pull request: the base branch's). Default: contacts.json in the output folder
cli-build-deny-warnings = Fail (exit 1) on warnings too
cli-build-max-findings = Show at most N findings and say how many were left out
cli-build-color = Colour in the human report
cli-build-max-file-bytes = Largest input file read, in bytes
cli-build-max-unzipped-bytes = Largest total unzipped size of one spreadsheet, in bytes
cli-build-max-zip-ratio = Largest compression ratio of one part (over 1 MiB) of a spreadsheet
cli-build-max-cells = Most cells one sheet may span

## kontakt diff

cli-diff-about = What changed between two directories: contacts.json files or input folders
cli-diff-old = Last month: a contacts.json written by build, or an input folder
cli-diff-new = This month: a contacts.json written by build, or an input folder
# src/cli.rs gives `diff --format` no doc comment, so English shows no text for it (the Swedish
# help does); with a doc comment, this must be its text.
cli-diff-format = How the changes are printed
cli-diff-exit-code = Exit 1 when anything changed (like `git diff --exit-code`)
cli-diff-schemas = Reference data folder for input folders (see `check --schemas`)

## kontakt notify

cli-notify-about = E-mail each region its findings and changes (to an outbox folder unless --smtp)
cli-notify-input = The folder of the regions' files
cli-notify-month = The month of the import (YYYY-MM): in subjects, Message-IDs and attachment names
cli-notify-previous = Last month's contacts.json, for the changes (default: output/contacts.json beside the input folder). Given but missing or unreadable: exit 2 before anything is sent
cli-notify-recipients = Recipients per region and the coordinator (default: recipients.json in --schemas, else schemas/recipients.json beside the input folder, if present; a region not listed gets its own contacts' addresses)
cli-notify-coordinator = The national coordinator's address: copied on every mail, receives the summary
cli-notify-from = The sender (default: the first coordinator address); its domain ends the Message-IDs
cli-notify-outbox = Where the .eml files go when not sending (default: outbox beside the input folder)
cli-notify-smtp = Send through this server: smtp://host:port or smtps://host:port. Credentials are read from KONTAKT_SMTP_USER and KONTAKT_SMTP_PASSWORD, never from the command line
cli-notify-starttls = With smtp://, upgrade the connection with STARTTLS (required)
cli-notify-smtp-ca = A PEM certificate (a private CA) to trust besides the system's roots, for the TLS connection to --smtp
cli-notify-only = Only these messages: region ids (such as syd) or `sammanfattning`
cli-notify-attach-fixed = Attach to each region's mail its own files marked up (what `kontakt fix` writes) instead of the findings CSV
cli-notify-dry-run = Print what would be sent to whom; write and send nothing
cli-notify-schemas = Reference data folder (see `check --schemas`)

## kontakt publish

cli-publish-about = Make a CardDAV address book hold exactly the directory, so subscribed phones update their cards in place
cli-publish-url = The address book's URL (a CardDAV collection), such as https://moln.example.se/dav/regionkoordinatorer/ (see the README for Nextcloud's). Credentials are read from KONTAKT_CARDDAV_USER and KONTAKT_CARDDAV_PASSWORD, never from the command line
cli-publish-input = The folder of the regions' files
cli-publish-dry-run = Say what would be added, changed and removed, by name; change nothing
cli-publish-force = Also overwrite or remove cards that were changed on the server since kontakt published them (never a card kontakt did not publish)
cli-publish-ca = A PEM certificate (a private CA) to trust besides the system's roots
cli-publish-allow-http = Allow plain http:// to another machine: the password and the directory then cross the network unencrypted. Without it, plain http:// is allowed only to this machine
cli-publish-schemas = Reference data folder (see `check --schemas`)

## kontakt template

cli-template-about = Write the spreadsheet each region fills in (templates/<region>.xlsx, in Swedish), with last month's contacts filled in
cli-template-region = Only these regions, separated by commas: ids (such as syd) or names. Default: every region
cli-template-from = Last month's directory, whose contacts are filled in (default: output/contacts.json, when it exists)
cli-template-empty = Empty templates, even when output/contacts.json exists
cli-template-out = Where the templates go, one <region>.xlsx each (never the input folder)
cli-template-force = Replace files in --out that are not kontakt's unchanged templates (a region's own spreadsheet, or a template it filled in)
cli-template-schemas = Reference data folder (see `check --schemas`)

## kontakt fix

cli-fix-about = Each region's own files marked up: every finding at its cell with a note in Swedish, listed on a first sheet "Att rätta" (fixed/<region>-<month>.xlsx), for the regions with errors or warnings
cli-fix-input = The folder of the regions' files
cli-fix-month = The month of the import (YYYY-MM): in the files' names
cli-fix-out = Where the workbooks go (default: fixed beside the input folder; never the input folder)
cli-fix-force = Replace files in --out of a workbook's name that are not kontakt's unchanged workbooks (one edited since it was written)
cli-fix-schemas = Reference data folder (see `check --schemas`)

## kontakt explain

cli-explain-about = What a rule code means (`explain phone-invalid`), or how kontakt reads one value (`explain --phone "08/627 71 78"`, `--email`, `--lan`). Alone: every rule code
cli-explain-code = A rule code, such as phone-invalid (completed by the shells; `kontakt explain` lists them)
cli-explain-phone = Show how a phone cell is read: split, labels, E.164, type, written form. Write a number cell (digits a spreadsheet keeps as a number) as =46701234567
cli-explain-email = Show how an e-mail cell is read: split, links decoded, domain checked
cli-explain-lan = Show which län a Län cell names
cli-explain-schemas = Reference data folder (see `check --schemas`)

## kontakt completions, kontakt man

cli-completions-about = A completion script for your shell: `kontakt completions bash > ~/.local/share/bash-completion/completions/kontakt`
cli-completions-shell = The shell
cli-man-about = The manual page (roff): `kontakt man > kontakt.1 && man -l kontakt.1`
# clap's own headings in --help.
cli-help-about = Print this message or the help of the given subcommand(s)
cli-help-subcommand = Print help for the subcommand(s)
cli-heading-usage = Usage
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-heading-commands = Commands

# clap's own words: default and possible values, and the <COMMAND> and [OPTIONS] placeholders of the usage line.
cli-default = [default: { $value }]
cli-possible-values = [possible values: { $values }]
cli-possible-values-heading = Possible values:
cli-usage-options = OPTIONS
cli-usage-command = COMMAND

## What a value means (--format human, --color auto …): cli-value-ARGUMENT-VALUE

cli-value-format-human = For people: one finding a line with its help, then a summary
cli-value-format-json = One JSON document with every finding and the summary
cli-value-format-github = GitHub Actions workflow commands, so a pull request shows each error at its line
cli-value-format-html = A page for people: the coverage map with uncovered län and län claimed twice marked, then every finding
cli-value-format-markdown = For a pull-request comment or an e-mail
cli-value-color-auto = Colour when writing to a terminal (and NO_COLOR is unset)
cli-value-lang-sv = Svenska
cli-value-lang-en = English
cli-value-vcard-version-3-0 = vCard 3.0 (RFC 2426): what Android, iOS and Outlook import
cli-value-vcard-version-4-0 = vCard 4.0 (RFC 6350)

## Value placeholders (<DATE>, [INPUT]): cli-value-name-NAME

cli-value-name-addr = ADDR
cli-value-name-bytes = BYTES
cli-value-name-cells = CELLS
cli-value-name-code = CODE
cli-value-name-color = COLOR
cli-value-name-date = DATE
cli-value-name-dir = DIR
cli-value-name-file = FILE
cli-value-name-format = FORMAT
cli-value-name-input = INPUT
cli-value-name-key = KEY
cli-value-name-lang = LANG
cli-value-name-n = N
cli-value-name-new = NEW
cli-value-name-old = OLD
cli-value-name-ratio = RATIO
cli-value-name-region = REGION
cli-value-name-shell = SHELL
cli-value-name-text = TEXT
cli-value-name-url = URL
cli-value-name-yyyy-mm = YYYY-MM
cli-value-name-vcard-version = VCARD_VERSION

## Command-line errors (src/cli_error.rs); $arg, $value and $command are in '…'. English runs show clap's own text, which these follow.

cli-error = error: { $message }
cli-error-unknown-argument = unexpected argument { $arg } found
cli-error-unknown-command = unrecognized subcommand { $command }
cli-error-value-missing = a value is required for { $arg } but none was supplied
cli-error-invalid-value = invalid value { $value } for { $arg }
cli-error-value-refused = invalid value { $value } for { $arg }: { $reason }
cli-error-missing-arguments = the following required arguments were not provided: { $args }
cli-error-missing-command = a subcommand is required
cli-error-conflict = the argument { $arg } cannot be used with { $other }
cli-error-given-twice = the argument { $arg } cannot be used multiple times
cli-error-no-equals = equal sign is needed when assigning values to { $arg }
cli-error-too-many-values = unexpected value { $value } for { $arg } found; no more were expected
cli-error-number-of-values = { $arg } got the wrong number of values
cli-error-not-utf8 = invalid UTF-8 was detected in one or more arguments
cli-error-other = the command line cannot be read
cli-error-number-empty = cannot parse integer from empty string
cli-error-number-too-large = number too large to fit in target type
cli-error-number-digits = invalid digit found in string
cli-error-tip = tip: { $tip }
cli-error-similar-argument = a similar argument exists: { $arg }
cli-error-similar-value = a similar value exists: { $value }
cli-error-similar-command = a similar subcommand exists: { $command }
cli-error-trailing = to pass { $arg } as a value, use '-- { $arg }'
cli-error-possible-values = possible values: { $values }
cli-error-usage = Usage: { $usage }
cli-error-more = For more information, try '--help'.

## Values kontakt checks itself

cli-date-format = write the date as YYYY-MM-DD
cli-date-not-a-date = { $date } is not a date
