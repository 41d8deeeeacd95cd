# What changed between two months: `kontakt diff`, build's change list, the job summary.

diff-heading = Changes in the directory
diff-no-changes = No changes.
diff-no-region = no region
diff-region-added = region added
diff-region-dropped = region dropped
diff-contact-added = added: { $person }
diff-contact-removed = removed: { $person }
diff-field-changed = { $name }: { $field } changed from "{ $old }" to "{ $new }"
diff-lan-moved = län moved: { $lan } ({ $code }): { $from } → { $to }
diff-field-name = name
diff-field-region = region
diff-field-role = role
diff-field-organisation = organisation
diff-field-email = e-mail
diff-field-phone = phone
diff-counts = { $added } added, { $removed } removed, { $changed } changed, { $moved } län moved
diff-none = no changes
