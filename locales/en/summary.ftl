# The Markdown summary of a run (GitHub's job summary, --summary FILE).

summary-compared = Compared with { $base }.
summary-findings = Findings
summary-no-findings = None.
summary-table-head = | severity | where | rule | finding |
summary-whole = the directory
summary-changes-cut = **{ $n } more lines of changes are not shown**: run `kontakt diff` to see them all.
summary-findings-cut = **{ $n } more findings are not in this table**: GitHub keeps 1 MiB of summary a step. Run `kontakt check` on the input to see them all.
summary-one-file = { $file } is one file: the change to the directory is measured on the whole input folder.
summary-has-errors = { $n ->
    [one] The input has { $n } error: the change to the directory is shown once they are fixed (as kontakt diff does), since a row with an error is not read as meant.
   *[other] The input has { $n } errors: the change to the directory is shown once they are fixed (as kontakt diff does), since a row with an error is not read as meant.
}
summary-no-base = No { $file } to compare with (give --base FILE).
summary-base-unreadable = { $reason }
summary-warn-no-changes = kontakt: warning: the summary shows no changes: { $reason }
summary-warn-unwritable = kontakt: warning: cannot write the summary to { $file }: { $reason }
