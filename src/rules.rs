//! What each rule code means, an input that triggers it and how to fix it: the one place
//! `kontakt explain CODE` and the README's rule table come from.

use crate::diagnostic::Code;
use crate::i18n::Text;

/// A rule: its code and its example. The texts are Fluent messages (`locales/*/rules.ftl`),
/// `rule-CODE-summary`, `-explanation`, `-example` (for a described example) and `-fix`.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub code: Code,
    pub example: Example,
}

impl Rule {
    fn text(&self, part: &str) -> Text {
        Text::new(format!("rule-{}-{part}", self.code.as_str()))
    }

    /// One line: the README table's "what it means" column.
    pub fn summary(&self) -> Text {
        self.text("summary")
    }

    /// A short paragraph (plain text, lines not wrapped): what kontakt does and why it matters
    /// to the regions and the directory.
    pub fn explanation(&self) -> Text {
        self.text("explanation")
    }

    /// The example in words, for [`Example::Described`].
    pub fn described(&self) -> Text {
        self.text("example")
    }

    /// How to fix it, written for the person at the region who edits the spreadsheet.
    pub fn fix(&self) -> Text {
        self.text("fix")
    }
}

/// An input that triggers a rule.
#[derive(Debug, Clone, Copy)]
pub enum Example {
    /// One CSV file; `kontakt check` on a folder holding only this file reports the rule.
    Csv {
        file: &'static str,
        text: &'static str,
    },
    /// What a CSV file alone cannot show (a workbook's cells, the file system, `check FILE`):
    /// said in words, by [`Rule::described`].
    Described,
}

/// The texts of `code`.
pub fn rule(code: Code) -> Rule {
    use Code::*;
    let example = match code {
        FileSkipped => Example::Csv {
            file: ".~lock.syd.csv#",
            text: ",Anna Berg,DATOR01,29.11.2024 08:52,file:///C:/Users/anna/AppData/Roaming/LibreOffice/4;",
        },
        FileUnreadable => Example::Described,
        FileEmpty => Example::Csv {
            file: "syd.csv",
            text: "",
        },
        FileTooLarge => Example::Described,
        FileLimit => Example::Described,
        FileEncrypted => Example::Described,
        FileCorrupt => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;040-34\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}",
        },
        FileMislabelled => Example::Csv {
            file: "syd.xlsx",
            text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;040-34 10 00;Skåne\n",
        },
        Detected => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;040-34 10 00;Skåne\n",
        },
        EncodingRepaired => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;LÃ¤n\nAnna Berg;anna.berg@malmo.se;040-34 10 00;SkÃ¥ne\n",
        },
        SheetSkipped => Example::Described,
        HeaderMissing => Example::Csv {
            file: "syd.csv",
            text: "Anna Berg;anna.berg@malmo.se;040-34 10 00;Skåne\nPer Nilsson;per.nilsson@lund.se;046-35 50 00;Skåne\n",
        },
        ColumnUnknown => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Län;Anteckningar\nAnna Berg;anna.berg@malmo.se;040-34 10 00;Skåne;semester v. 28-31\n",
        },
        ColumnDuplicate => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Län;Namn\nAnna Berg;anna.berg@malmo.se;040-34 10 00;Skåne;Anna Berg\n",
        },
        ColumnMissing => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon\nAnna Berg;anna.berg@malmo.se;040-34 10 00\n",
        },
        ColumnGuessed => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telfon;Län\nAnna Berg;anna.berg@malmo.se;040-34 10 00;Skåne\n",
        },
        ColumnCombined => Example::Csv {
            file: "syd.csv",
            text: "Namn;Roll/Organisation;E-post;Telefon;Län\nAnna Berg;Malmö stad;anna.berg@malmo.se;040-34 10 00;Skåne\n",
        },
        TextInvisible => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg\u{200B}@malmo.se;040-34 10 00;Skåne\n",
        },
        CellFormulaUncached => Example::Described,
        CellError => Example::Described,
        RegionUnknown => Example::Csv {
            file: "syd.csv",
            text: "Region;Namn;E-post;Telefon;Län\nRegion Söder;Anna Berg;anna.berg@malmo.se;040-34 10 00;Skåne\n",
        },
        RegionUndetermined => Example::Csv {
            file: "kontakter.csv",
            text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;040-34 10 00;Skåne\n",
        },
        RegionMissing => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;040-34 10 00;Skåne\n",
        },
        NameMissing => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Län\n;anna.berg@malmo.se;040-34 10 00;Skåne\n",
        },
        KindUnknown => Example::Csv {
            file: "nationell.csv",
            text: "Namn;Typ;E-post;Telefon\nStödlinjen;Telefonlinje;;020-50 50 50\n",
        },
        ContactDuplicate => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;040-34 10 00;Skåne\nAnna Berg;anna.berg@lund.se;046-35 50 00;Skåne\n",
        },
        ContactUnreachable => Example::Csv {
            file: "nationell.csv",
            text: "Namn;E-post;Telefon\nLisa Holm;;\n",
        },
        EmailMissing => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Län\nAnna Berg;;040-34 10 00;Skåne\n",
        },
        EmailInvalid => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo;040-34 10 00;Skåne\n",
        },
        EmailNonAscii => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Län\nÅsa Lind;åsa.lind@malmo.se;040-34 10 00;Skåne\n",
        },
        EmailDuplicate => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;040-34 10 00;Skåne\nAnna Berg;anna.berg@malmo.se;070-328 48 69;Blekinge\n",
        },
        EmailConflict => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;040-34 10 00;Skåne\nPer Nilsson;anna.berg@malmo.se;040-34 10 01;Skåne\n",
        },
        EmailRepeated => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se, anna.berg@malmo.se;040-34 10 00;Skåne\n",
        },
        EmailNormalised => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Län\nAnna Berg;mailto:anna.berg%40malmo.se;040-34 10 00;Skåne\n",
        },
        EmailConfusable => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malm\u{43E}.se;040-34 10 00;Skåne\n",
        },
        EmailDisplayDiffers => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Län\nAnna Berg;eva.holm@malmo.se <anna.berg@malmo.se>;040-34 10 00;Skåne\n",
        },
        PhoneMissing => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;vx;Skåne\n",
        },
        PhoneInvalid => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;040-34 10;Skåne\n",
        },
        PhoneLetters => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;040-34 1O 00;Skåne\n",
        },
        PhoneScientific => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;4,03E+08;Skåne\n",
        },
        PhoneStoredAsNumber => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;40341000;Skåne\n",
        },
        PhoneCountryCode46 => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;46703284869;Skåne\n",
        },
        PhoneExtension => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;040-34 10 00 ankn. 123;Skåne\n",
        },
        PhoneForeign => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;+45 33 12 34 56;Skåne\n",
        },
        PhoneShared => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;040-34 10 00;Skåne\nPer Nilsson;per.nilsson@malmo.se;040-34 10 00;Skåne\n",
        },
        PhoneRepeated => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Mobil;Län\nAnna Berg;anna.berg@malmo.se;070-328 48 69;070-328 48 69;Skåne\n",
        },
        LanUnknown => Example::Csv {
            file: "vast.csv",
            text: "Namn;E-post;Telefon;Län\nEva Holm;eva.holm@vgregion.se;031-10 50 00;Västra Götland\n",
        },
        LanNational => Example::Csv {
            file: "nationell.csv",
            text: "Namn;E-post;Telefon;Län\nLisa Holm;lisa.holm@jamy.se;031-392 00 00;Stockholm\n",
        },
        LanUncovered => Example::Csv {
            file: "syd.csv",
            text: "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo.se;040-34 10 00;Skåne\n",
        },
        LanClaimedTwice => Example::Csv {
            file: "kontakter.csv",
            text: "Region;Namn;E-post;Telefon;Län\nSyd;Anna Berg;anna.berg@malmo.se;040-34 10 00;Skåne, Halland\nVäst;Eva Holm;eva.holm@vgregion.se;031-10 50 00;Västra Götaland, Halland\n",
        },
        CheckOneFile => Example::Described,
        ExportStale => Example::Described,
    };
    Rule { code, example }
}
