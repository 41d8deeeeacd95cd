# Månadens e-post till regionerna (alltid på svenska).

mail-counts = { $errors } fel, { $warnings ->
    [one] { $warnings } varning
   *[other] { $warnings } varningar
}, { $changes ->
    [one] { $changes } ändring
   *[other] { $changes } ändringar
}
mail-problems = Problem i er fil ({ $errors } fel, { $warnings ->
    [one] { $warnings } varning
   *[other] { $warnings } varningar
}). Rätta dem i kalkylbladet och skicka filen igen:
