# Vad som ändrats mellan två månader: `kontakt diff`, builds ändringslista, jobbsammanfattningen.

diff-heading = Ändringar i katalogen
diff-no-changes = Inga ändringar.
diff-no-region = ingen region
diff-region-added = regionen har tillkommit
diff-region-dropped = regionen har försvunnit
diff-contact-added = ny kontakt: { $person }
diff-contact-removed = borttagen kontakt: { $person }
diff-field-changed = { $name }: { $field } har ändrats från "{ $old }" till "{ $new }"
diff-lan-moved = län flyttat: { $lan } ({ $code }): { $from } → { $to }
diff-field-name = namn
diff-field-region = region
diff-field-role = roll
diff-field-organisation = organisation
diff-field-email = e-post
diff-field-phone = telefon
diff-counts = { $added } nya, { $removed } borttagna, { $changed } ändrade, { $moved } län flyttade
diff-none = inga ändringar
