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

