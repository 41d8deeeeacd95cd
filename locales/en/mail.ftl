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
