# The monthly mails to the regions are always Swedish; these English texts keep the two
# languages' messages alike (and serve a future English mail).

mail-counts = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}, { $changes ->
    [one] { $changes } change
   *[other] { $changes } changes
}
mail-problems = Problems in your file ({ $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}). Correct them in the spreadsheet and send the file again:

# Subject lines, greeting and closing.
mail-subject = Regional coordinators { $month }: { $region } – { $counts }
mail-subject-unreachable = Regional coordinators { $month }: { $region } could not be reached – { $counts }
mail-greeting = Hello,
mail-intro = Here is the result of this month's import of the contact details for region { $region }.
mail-closing = Let us know if anything is wrong.
mail-regards = Kind regards
mail-sender = Swedish Gender Equality Agency (kontakt)

# A region no one can be reached at: its mail goes to the coordinator. The English text is also
# the reason kontakt notify prints.
mail-unreachable-why = { $n ->
    [0] the region has no contacts in the data and no address in recipients.json
    [one] its only contact has no valid e-mail address and recipients.json lists none
   *[other] none of its { $n } contacts has a valid e-mail address and recipients.json lists none
}
mail-unreachable-note = NOTE: This message is for region { $region } but could not be sent there: { $why }. Forward it to the region, or add the region's address to schemas/recipients.json and send again with --only { $id }.

# The findings: `- cell D7 on sheet Nord, file in/nord.xlsx (error, phone-invalid): …`
mail-finding = { $place } ({ $severity }, { $code }): { $message }
mail-help = Help: { $help }
mail-fixed-attached = Your own file is attached with the same findings marked at their cells (red for errors, yellow for warnings), each with a comment, and listed on the first sheet, Att rätta. What was only a matter of how a value was written (a phone number stored as a number, say) kontakt has already rewritten in that file, marked green; there is nothing to do there. You may correct the attached file and send it back instead of your own.
mail-csv-attached = The same list is attached as a CSV file.
mail-attachment = findings-{ $id }-{ $month }.csv
mail-severity-error = error
mail-severity-warning = warning
mail-severity-info = note

# Where a finding is, so that the reader finds it.
mail-place-directory = the whole directory
mail-place-cell = cell { $cell }
mail-place-row = row { $row }
mail-place-field = row { $row }, column { $col }
mail-place-in-sheet = { $spot } on sheet { $sheet }, file { $file }
mail-place-in-file = { $spot } in file { $file }
mail-place-sheet = sheet { $sheet } in file { $file }
mail-place-file = file { $file }

# The headings of the attached CSV file.
mail-csv-file = file
mail-csv-sheet = sheet
mail-csv-row = row
mail-csv-column = column
mail-csv-cell = cell
mail-csv-severity = severity
mail-csv-code = code
mail-csv-message = message
mail-csv-help = help

# Changes since last month.
mail-changes-wait = The changes since last month are shown once the errors above are fixed: a row with an error is not read as meant.
mail-changes-heading = Changes since last month:
mail-change-region-added = the region is new
mail-change-region-dropped = the region no longer exists
mail-change-contact-added = new contact: { $person }
mail-change-contact-removed = removed contact: { $person }
mail-change-field = { $name }: { $field } changed from "{ $old }" to "{ $new }"
mail-change-lan-moved = { $lan } moved: { $from } → { $to }

# The coordinator's summary.
mail-summary-subject = Regional coordinators { $month }: summary of the import
mail-summary-intro = Summary of the import for { $month }.
mail-summary-reached = Regions that were sent e-mail:
mail-summary-unreachable = Regions that could not be reached (their messages were sent to you instead):
mail-summary-failed = Regions whose e-mail could not be sent:
mail-summary-left-out = Regions not sent in this run (--only):
mail-summary-none = none
mail-summary-resend = send again with --only { $id }
mail-summary-quiet = No problems and no changes this month.
mail-summary-general = Problems concerning the whole directory:
mail-summary-finding = { $severity } ({ $code }): { $message }
mail-summary-attachment = findings-directory-{ $month }.csv
