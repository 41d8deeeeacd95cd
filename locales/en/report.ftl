# The report every command that reads the input ends with: counts, the summary line, help.

count-errors = { $n ->
    [one] { $n } error
   *[other] { $n } errors
}
count-warnings = { $n ->
    [one] { $n } warning
   *[other] { $n } warnings
}
count-notes = { $n ->
    [one] { $n } note
   *[other] { $n } notes
}
count-files = { $n ->
    [one] { $n } file
   *[other] { $n } files
}
count-contacts = { $n ->
    [one] { $n } contact
   *[other] { $n } contacts
}
count-regions = { $n ->
    [one] { $n } region
   *[other] { $n } regions
}
# `2 errors, 3 warnings in 8 files; 19 contacts, 7 regions, 21/21 län`
summary-line = { $counts } in { $files }; { $contacts }, { $regions }, { $covered }/{ $total } län
report-help = help
report-also = { $n ->
    [one] also at { $n } more place: { $places }
   *[other] also at { $n } more places: { $places }
}
report-omitted = { $n ->
    [one] … and { $n } more finding not shown (--max-findings)
   *[other] … and { $n } more findings not shown (--max-findings)
}
severity-error = error
severity-warning = warning
severity-info = info
# A GitHub annotation's title for a spreadsheet finding.
github-title-cell = { $title } at { $sheet }!{ $cell }
github-title-sheet = { $title } in sheet { $sheet }

## Progress on a terminal (src/progress.rs)

progress-reading = reading the files
progress-directory = checking the whole directory
# The page of `check --format html`.
report-html-title = kontakt: the directory's check
report-html-map = Which region covers which län
report-html-findings = Findings
report-html-none = No findings: everything you gave is in the exports as you meant it.
report-html-place = Place
report-html-severity = Severity
report-html-finding = Finding
