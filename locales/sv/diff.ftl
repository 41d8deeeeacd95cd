# Vad som ändrats mellan två månader: `kontakt diff`, builds ändringslista, jobbsammanfattningen.

diff-heading = Ändringar i katalogen
diff-no-changes = Inga ändringar.
diff-no-region = ingen region
diff-region-added = regionen är ny
diff-region-dropped = regionen finns inte längre
diff-contact-added = ny kontakt: { $person }
diff-contact-removed = borttagen kontakt: { $person }
diff-field-changed = { $name }: { $field } har ändrats från "{ $old }" till "{ $new }"
diff-lan-moved = { $lan } har bytt region: { $from } → { $to } (länsbokstav { $code })
diff-field-name = namn
diff-field-region = region
diff-field-role = roll
diff-field-organisation = organisation
diff-field-email = e-post
diff-field-phone = telefon
diff-counts = { $added ->
        [one] { $added } ny
       *[other] { $added } nya
    }, { $removed ->
        [one] { $removed } borttagen
       *[other] { $removed } borttagna
    }, { $changed ->
        [one] { $changed } ändrad
       *[other] { $changed } ändrade
    }, { $moved } län som bytt region
diff-none = inga ändringar
