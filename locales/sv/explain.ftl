# kontakt explain (src/commands/explain.rs): rubrikerna på en regels sida, och hur en cell med
# telefonnummer, e-post eller län läses, steg för steg. Själva regeltexterna finns i rules.ftl.

explain-list-more = `kontakt explain KOD` berättar mer om en av dem.
explain-heading-meaning = Vad det betyder
explain-heading-example = Exempel
explain-heading-fix = Så rättar du det
explain-example-folder = En mapp med bara { $file }:
explain-check-reports = kontakt check rapporterar:
explain-findings = Fynd:
explain-findings-none = Fynd: inga
# $chars: varje tecken, till exempel U+200B (nollbreddsmellanslag)
explain-invisible-removed = osynliga tecken som tas bort: { $chars }
explain-kept = Behålls: { $values }
explain-kept-nothing = Behålls: ingenting

## --phone

explain-phone-heading = Telefoncell { $value }
explain-phone-empty = En tom cell: inget nummer. En regional kontakt utan nummer får phone-missing.
explain-number-cell-unusable = En cell med ett tal som inte kan vara siffrorna i ett telefonnummer.
explain-number-cell = En cell med ett tal: läses som siffrorna { $digits }
explain-phone-no-piece = Ingen del av den kan vara ett nummer.
explain-split-phone = { $n ->
    [one] Delas i { $n } del (vid , ; / och orden eller, alt. och och):
   *[other] Delas i { $n } delar (vid , ; / och orden eller, alt. och och):
}
explain-phone-cleaned = etiketter, parenteser och anknytning borttagna: { $text }
explain-phone-not-a-number = inget telefonnummer
explain-label-e164 = E.164
explain-label-type = typ
explain-label-written = skrivs
explain-label-international = internationellt
explain-label-extension = anknytning
explain-extension-kept = { $extension } (hålls isär: en telefon slår den efter en paus, när samtalet har besvarats)
explain-kind-mobile = mobil
explain-kind-fixed-line = fast telefon
explain-kind-fixed-line-or-mobile = fast telefon eller mobil
explain-kind-toll-free = avgiftsfritt
explain-kind-premium-rate = betalnummer
explain-kind-shared-cost = delad kostnad
explain-kind-personal-number = personligt nummer
explain-kind-voip = ip-telefoni
explain-kind-pager = personsökare
explain-kind-uan = företagsnummer (UAN)
explain-kind-voicemail = röstbrevlåda
explain-kind-other = annat

## --email

explain-email-heading = E-postcell { $value }
explain-email-empty = En tom cell: ingen adress. En regional kontakt utan adress får email-missing.
explain-split-email = { $n ->
    [one] Delas i { $n } adress (vid , ; mellanslag, inom <…>, ur mailto:-länkar):
   *[other] Delas i { $n } adresser (vid , ; mellanslag, inom <…>, ur mailto:-länkar):
}
explain-email-decoded = avkodad ur länken { $link }
explain-email-shown-outside = visas utanför <…>, bredvid en annan adress
explain-email-not-an-address = ingen adress: { $problem }
explain-email-not-valid = inte giltig: { $why }
explain-label-local-part = lokal del
explain-label-domain = domän
explain-label-domain-ascii = domän (ASCII)
explain-label-kept-as = behålls som

## --lan

explain-lan-heading = Län-cell { $value }
explain-split-lan = { $n ->
    [one] Delas i { $n } namn (vid , ; / & och ordet och):
   *[other] Delas i { $n } namn (vid , ; / & och ordet och):
}
explain-lan-found = { $name } → { $lan } (länsbokstav { $code }, SCB { $scb })
explain-lan-not-found = { $name } → inget län
