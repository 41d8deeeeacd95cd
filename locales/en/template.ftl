# template

## kontakt template: src/commands/template.rs, src/template/

template-written = wrote { $path } (empty)
template-written-from = wrote { $path } ({ $n ->
    [one] { $n } contact
   *[other] { $n } contacts
} from { $from })
template-region-unknown = unknown region { $region }: give one of { $ids }
template-out-in-input = --out { $out } is in the input folder { $input }: a template there would be read as a region's file. Choose another folder
template-not-ours = not a template from kontakt, or changed since, so not replaced: { $files }. A region's own file? Choose another --out, or add --force
template-cannot-write = cannot write { $path }: { $reason }
template-cannot-make = cannot make the workbook: { $reason }


fix-written = wrote { $path }: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}, { $changed ->
    [one] { $changed } note on what kontakt rewrote
   *[other] { $changed } notes on what kontakt rewrote
}
fix-not-ours = not written by kontakt, or changed since, so not replaced: { $files }. Choose another --out, or add --force to replace them
fix-nothing = no region's files have errors or warnings: no workbook written
fix-no-region = { $file } has errors, but neither a row nor the file's name says which region it is from, so it is in no region's workbook: see `kontakt check`
fix-cannot-make = cannot make { $region }'s workbook: { $reason }. Its findings are in `kontakt check` (and in the findings CSV of its mail)
fix-nothing-readable = none of the region's files could be read
fix-out-overlaps = --out { $out } and { $folder } overlap: the workbooks must not go among the input, the exports or the reference data. Choose another folder
