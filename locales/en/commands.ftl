# Status lines of the commands, on stderr.
# `kontakt: error: the input … does not exist`, exit 2.
fatal = kontakt: error: { $message }

## Shared by the commands: src/commands/*.rs, src/pipeline.rs

cmd-cannot-write = cannot write: { $reason }
cmd-cannot-write-report = cannot write the report: { $reason }
cmd-cannot-read = cannot read { $path }: { $reason }
cmd-broken-schemas = broken schemas: { $reason }
cmd-input-missing = the input { $input } does not exist: give the folder of the regions' files (or one file)

## kontakt diff: src/commands/diff.rs

cmd-diff-not-snapshot = { $file } is not a contacts.json written by build: { $reason }
cmd-diff-has-errors = { $input } has { $n ->
        [one] { $n } error
       *[other] { $n } errors
    }; see `kontakt check { $input }`

## kontakt explain: src/commands/explain.rs

# `"phone-bad" is not a rule code`
cmd-explain-unknown-code = { $code } is not a rule code
cmd-explain-example-stale = the example of { $code } no longer triggers it; please report this as a bug

## kontakt build: src/commands/build.rs

# $how is same, inside or contains; $what is input or schemas.
cmd-build-refuse-overlap = refusing to write to { $out }: it { $how ->
        [same] is
        [inside] is inside
       *[contains] contains
    } { $what ->
        [input] the input folder
       *[schemas] the reference data folder
    } ({ $path }), and replacing it would delete those files; choose another --out
# $how is same or contains.
cmd-build-refuse-here = refusing to write to { $out }: it { $how ->
        [same] is
       *[contains] contains
    } the folder kontakt runs in; choose a folder below it, such as output
cmd-build-one-file = { $input } is one file: its exports would replace the whole directory in output with that file's contacts alone; build the input folder, or give --out DIR for an export of this file
cmd-build-up-to-date = kontakt: { $out } is up to date ({ $n ->
        [one] { $n } file
       *[other] { $n } files
    })
cmd-build-stale = kontakt: { $out } is not what `kontakt build` writes from the input; run `kontakt build { $input } --out { $out }` and commit { $out }
cmd-build-stale-errors = kontakt: { $out } is not what `kontakt build` writes from the input; fix the errors above, then run `kontakt build { $input } --out { $out }` and commit { $out }
cmd-build-not-written-errors = kontakt: { $out } not written: fix the errors above first
cmd-build-not-written-warnings = kontakt: { $out } not written: fix the warnings (--deny-warnings) above first
# The output folder holds files kontakt did not write, or another build is writing it.
cmd-build-refused = { $reason }
cmd-build-unchanged = { $reason }; { $out } is unchanged
cmd-build-leftover = kontakt: warning: { $out } is written, but { $reason }; remove that folder (the next build tries again)
# Followed by the changes, as `kontakt diff` says them.
cmd-build-changes = kontakt: changes against { $out }:
cmd-build-wrote = kontakt: wrote { $n ->
        [one] { $n } file
       *[other] { $n } files
    } to { $out }

## The reason of a read or write error (src/i18n.rs io_reason)

io-not-found = no such file or folder
io-permission-denied = permission denied
io-already-exists = already exists
io-storage-full = the disk is full
io-read-only = the file system is read-only
io-is-a-directory = it is a folder, not a file
io-not-a-directory = it is not a folder
io-directory-not-empty = the folder is not empty
io-broken-pipe = the reader stopped reading
io-timed-out = timed out
io-connection-refused = connection refused (no server listens there)
io-connection-lost = the connection was lost
io-unreachable = the server cannot be reached
io-device = the disk or file system failed to read or write
io-invalid-data = the content is not valid (not UTF-8, for example)

## Reference data in schemas/ (src/schemas.rs); $file is a file name such as lan.json, $reason why

schemas-no-folder = schemas folder { $path } does not exist
schemas-cannot-read = cannot read { $path }: { $reason }
schemas-not-valid = cannot read { $file }: { $reason }
schemas-empty = lan.json and regions.json must not be empty
schemas-scb-not-number = { $file }: SCB number { $scb } is not a number
schemas-names-two-lan = { $file }: { $name } names two län
schemas-names-two-regions = { $file }: { $name } names two regions
schemas-names-two-fields = { $file }: { $name } names two fields
schemas-ids-one-file = { $file }: the region ids { $first } and { $second } make one file name, { $name }, so one region's cards would replace the other's
schemas-appears-twice = { $file }: { $value } appears twice
schemas-phone-metadata = cannot read { $file }: { $detail }

## Why a JSON file cannot be read (src/i18n.rs json_reason)

json-io = the file could not be read to its end (line { $line }, column { $column })
json-syntax = not valid JSON (line { $line }, column { $column })
json-eof = the file ends too early (line { $line }, column { $column })
# $detail: serde_json's own words on what is wrong, naming the key
json-data = wrong content at line { $line }, column { $column }: { $detail }

## kontakt man (src/commands/help.rs) and --version

man-manual = General Commands Manual
man-name = NAME
man-synopsis = SYNOPSIS
man-description = DESCRIPTION
man-options = OPTIONS
man-synopsis-sub = Synopsis
man-options-sub = Options
man-exit-status = EXIT STATUS
man-exit-0 = No errors (warnings and notes allowed, unless --deny-warnings).
man-exit-1 = Data problems: at least one error (or warning with --deny-warnings), including an unreadable input file or a stale export under build --check; explain --phone, --email or --lan on a value with an error.
man-exit-2 = Could not run: bad arguments, a missing input folder, broken schemas, an output folder that holds files kontakt did not write.
man-version = VERSION
version-text = { $version }
    libphonenumber metadata { $metadata } (phonenumber crate); Sweden from schemas/phonenumber-se.xml ({ $metadata } with kontakt's patches) unless --schemas gives another
