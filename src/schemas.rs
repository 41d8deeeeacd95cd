//! Reference data: the 21 län, the regions, the header vocabulary and Sweden's phone numbering
//! plan. The files in `schemas/` are compiled in as defaults, so kontakt runs from any folder;
//! `--schemas DIR` replaces any of them with the file of the same name in DIR.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;
use std::fmt;
use std::path::Path;

use serde::Deserialize;

use crate::i18n::{Text, io_reason, json_reason};
use crate::text::{ascii_fold, fold, quoted};
use crate::tr;

pub const LAN_FILE: &str = "lan.json";
pub const REGIONS_FILE: &str = "regions.json";
pub const COLUMNS_FILE: &str = "columns.json";
pub const PHONE_FILE: &str = "phonenumber-se.xml";

/// The libphonenumber metadata the phonenumber crate bundles (its version's `+` part), which
/// `schemas/phonenumber-se.xml` is also cut from. A test holds it to Cargo.lock.
#[macro_export]
macro_rules! phone_metadata_version {
    () => {
        "9.0.33"
    };
}

/// What `kontakt --version` prints.
pub const VERSION_TEXT: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    "\nlibphonenumber metadata ",
    phone_metadata_version!(),
    " (phonenumber crate); Sweden from schemas/phonenumber-se.xml (",
    phone_metadata_version!(),
    " with kontakt's patches) unless --schemas gives another"
);

/// What `kontakt --version` prints, in `lang`.
pub fn version_text(lang: crate::i18n::Lang) -> String {
    tr!(
        "version-text",
        version = env!("CARGO_PKG_VERSION"),
        metadata = phone_metadata_version!()
    )
    .render(lang)
}

const DEFAULTS: [(&str, &str); 4] = [
    (LAN_FILE, include_str!("../schemas/lan.json")),
    (REGIONS_FILE, include_str!("../schemas/regions.json")),
    (COLUMNS_FILE, include_str!("../schemas/columns.json")),
    (PHONE_FILE, include_str!("../schemas/phonenumber-se.xml")),
];

/// One of Sweden's 21 län.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Lan {
    pub code: String,
    pub scb: String,
    pub name: String,
    pub short: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// A region of the regional coordinators, or the national level.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub national: bool,
}

/// The fields a column can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Region,
    Name,
    GivenName,
    FamilyName,
    Role,
    Organisation,
    Email,
    Phone,
    Mobile,
    County,
    Kind,
}

impl Field {
    /// Every field, in order.
    pub const ALL: [Field; Field::COUNT] = [
        Field::Region,
        Field::Name,
        Field::GivenName,
        Field::FamilyName,
        Field::Role,
        Field::Organisation,
        Field::Email,
        Field::Phone,
        Field::Mobile,
        Field::County,
        Field::Kind,
    ];

    /// How many fields there are (a record keeps a slot for each).
    pub const COUNT: usize = {
        // Every field is named: a new one does not compile until it is counted here.
        let last = Field::Kind;
        match last {
            Field::Region
            | Field::Name
            | Field::GivenName
            | Field::FamilyName
            | Field::Role
            | Field::Organisation
            | Field::Email
            | Field::Phone
            | Field::Mobile
            | Field::County
            | Field::Kind => last as usize + 1,
        }
    };

    /// The canonical Swedish header, as people write it.
    pub fn label(self) -> &'static str {
        match self {
            Field::Region => "Region",
            Field::Name => "Namn",
            Field::GivenName => "Förnamn",
            Field::FamilyName => "Efternamn",
            Field::Role => "Roll",
            Field::Organisation => "Organisation",
            Field::Email => "E-post",
            Field::Phone => "Telefon",
            Field::Mobile => "Mobil",
            Field::County => "Län",
            Field::Kind => "Typ",
        }
    }

    /// Fields that may come from several columns (`Telefon` and `Telefon 2` both hold phones).
    pub fn is_multi(self) -> bool {
        matches!(
            self,
            Field::Email | Field::Phone | Field::Mobile | Field::County
        )
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LanFile {
    #[allow(dead_code)]
    description: Option<String>,
    lan: Vec<Lan>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegionsFile {
    #[allow(dead_code)]
    description: Option<String>,
    regions: Vec<Region>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ColumnsFile {
    #[allow(dead_code)]
    description: Option<String>,
    columns: BTreeMap<Field, Vec<String>>,
}

/// Reference data could not be loaded: kontakt cannot run (exit 2). The text says why.
#[derive(Debug)]
pub struct SchemaError(pub Text);

impl fmt::Display for SchemaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// All reference data, with the lookup tables built once.
#[derive(Debug)]
pub struct Reference {
    pub lan: Vec<Lan>,
    pub regions: Vec<Region>,
    /// Phone metadata XML for Sweden (see `validate::phone`).
    pub phone_metadata: String,
    columns: HashMap<String, Field>,
    /// The folded header names with their fields, sorted, and each without its spaces: what
    /// `vocabulary::nearest` compares a header with.
    column_list: Vec<(String, String, Field)>,
    /// The most characters and the fewest letters any folded header name has (worked out once:
    /// every header cell is measured against them).
    longest_column: usize,
    fewest_letters: usize,
    lan_by_name: HashMap<String, usize>,
    lan_by_code: HashMap<String, usize>,
    lan_by_scb: HashMap<u32, usize>,
    region_by_name: HashMap<String, usize>,
}

impl Reference {
    /// The compiled-in defaults.
    pub fn builtin() -> Result<Self, SchemaError> {
        Self::load(None)
    }

    /// Defaults, with any file present in `dir` taking the place of the built-in one.
    pub fn load(dir: Option<&Path>) -> Result<Self, SchemaError> {
        if let Some(dir) = dir
            && !dir.is_dir()
        {
            return Err(SchemaError(tr!(
                "schemas-no-folder",
                path = dir.display().to_string()
            )));
        }
        let mut texts = HashMap::default();
        for (name, builtin) in DEFAULTS {
            let text = match dir.map(|d| d.join(name)).filter(|p| p.exists()) {
                Some(path) => std::fs::read_to_string(&path).map_err(|e| {
                    SchemaError(tr!(
                        "schemas-cannot-read",
                        path = path.display().to_string(),
                        reason = io_reason(&e)
                    ))
                })?,
                None => builtin.to_string(),
            };
            texts.insert(name, text);
        }
        let parse_err = |name: &str, e: serde_json::Error| {
            SchemaError(tr!(
                "schemas-not-valid",
                file = name,
                reason = json_reason(&e)
            ))
        };
        let lan: LanFile =
            serde_json::from_str(&texts[LAN_FILE]).map_err(|e| parse_err(LAN_FILE, e))?;
        let regions: RegionsFile =
            serde_json::from_str(&texts[REGIONS_FILE]).map_err(|e| parse_err(REGIONS_FILE, e))?;
        let columns: ColumnsFile =
            serde_json::from_str(&texts[COLUMNS_FILE]).map_err(|e| parse_err(COLUMNS_FILE, e))?;
        Self::build(
            lan.lan,
            regions.regions,
            columns.columns,
            texts.remove(PHONE_FILE).unwrap_or_default(),
        )
    }

    fn build(
        lan: Vec<Lan>,
        regions: Vec<Region>,
        columns: BTreeMap<Field, Vec<String>>,
        phone_metadata: String,
    ) -> Result<Self, SchemaError> {
        let mut r = Reference {
            lan,
            regions,
            phone_metadata,
            columns: HashMap::default(),
            column_list: Vec::new(),
            longest_column: 0,
            fewest_letters: 0,
            lan_by_name: HashMap::default(),
            lan_by_code: HashMap::default(),
            lan_by_scb: HashMap::default(),
            region_by_name: HashMap::default(),
        };
        if r.lan.is_empty() || r.regions.is_empty() {
            return Err(SchemaError(tr!("schemas-empty")));
        }
        for (i, l) in r.lan.iter().enumerate() {
            let scb: u32 = l.scb.parse().map_err(|_| {
                SchemaError(tr!(
                    "schemas-scb-not-number",
                    file = LAN_FILE,
                    scb = quoted(&l.scb)
                ))
            })?;
            unique(&mut r.lan_by_scb, scb, i, LAN_FILE, &l.scb)?;
            unique(
                &mut r.lan_by_code,
                l.code.to_uppercase(),
                i,
                LAN_FILE,
                &l.code,
            )?;
            let names = [&l.name, &l.short].into_iter().chain(&l.aliases);
            for name in names {
                let key = fold(name);
                if r.lan_by_name.get(&key).is_some_and(|&j| j != i) {
                    return Err(SchemaError(tr!(
                        "schemas-names-two-lan",
                        file = LAN_FILE,
                        name = quoted(name)
                    )));
                }
                r.lan_by_name.insert(key, i);
            }
        }
        for (i, region) in r.regions.iter().enumerate() {
            for name in std::iter::once(&region.name)
                .chain(&region.aliases)
                .chain([&region.id])
            {
                for key in [fold(name), fold(&ascii_fold(name))] {
                    if r.region_by_name.get(&key).is_some_and(|&j| j != i) {
                        return Err(SchemaError(tr!(
                            "schemas-names-two-regions",
                            file = REGIONS_FILE,
                            name = quoted(name)
                        )));
                    }
                    r.region_by_name.insert(key, i);
                }
            }
        }
        // A region's cards go to `vcard/<id>.vcf`: two ids of one file name would write one
        // region's cards over the other's.
        let mut files: BTreeMap<String, &str> = BTreeMap::new();
        for region in &r.regions {
            let name = crate::export::cards::file_name(&region.id, "vcf");
            if let Some(first) = files.insert(name.clone(), &region.id) {
                return Err(SchemaError(tr!(
                    "schemas-ids-one-file",
                    file = REGIONS_FILE,
                    first = quoted(first),
                    second = quoted(&region.id),
                    name = name
                )));
            }
        }
        for (field, names) in columns {
            for name in names {
                let key = fold(&name);
                if r.columns.get(&key).is_some_and(|&f| f != field) {
                    return Err(SchemaError(tr!(
                        "schemas-names-two-fields",
                        file = COLUMNS_FILE,
                        name = quoted(&name)
                    )));
                }
                r.columns.insert(key, field);
            }
        }
        let mut list: Vec<(String, String, Field)> = r
            .columns
            .iter()
            .map(|(k, f)| (k.clone(), k.split_whitespace().collect(), *f))
            .collect();
        list.sort();
        let chars = |name: &String| name.chars().count();
        let letters = |name: &String| name.chars().filter(|c| c.is_alphabetic()).count();
        r.longest_column = list.iter().map(|(n, _, _)| chars(n)).max().unwrap_or(0);
        r.fewest_letters = list.iter().map(|(n, _, _)| letters(n)).min().unwrap_or(0);
        r.column_list = list;
        Ok(r)
    }

    /// The field a header cell names, if any.
    pub fn column(&self, header: &str) -> Option<Field> {
        self.columns.get(&fold(header)).copied()
    }

    /// Every folded header name of the vocabulary, with its field, in a stable order.
    pub fn column_names(&self) -> impl Iterator<Item = (&str, &str, Field)> {
        self.column_list
            .iter()
            .map(|(name, squeezed, f)| (name.as_str(), squeezed.as_str(), *f))
    }

    /// The length in characters of the longest folded header name.
    pub fn longest_column_name(&self) -> usize {
        self.longest_column
    }

    /// The fewest letters any header name has.
    pub fn fewest_column_letters(&self) -> usize {
        self.fewest_letters
    }

    /// The region a Region cell or a file-name token names: `Region Syd`, `syd`, `Väst`, `vast`.
    pub fn region(&self, text: &str) -> Option<usize> {
        let key = fold(text);
        let key = key.strip_prefix("region ").unwrap_or(&key);
        self.region_by_name
            .get(key)
            .or_else(|| self.region_by_name.get(&fold(&ascii_fold(key))))
            .copied()
    }

    /// The län a whole token names, exactly: a name, `…s län`, an alias, a letter code or an SCB
    /// number. Never by substring.
    pub fn lan(&self, token: &str) -> Option<usize> {
        let key = fold(token);
        if let Some(&i) = self.lan_by_name.get(&key) {
            return Some(i);
        }
        for suffix in [" län", "s län"] {
            if let Some(stem) = key.strip_suffix(suffix)
                && let Some(&i) = self.lan_by_name.get(stem)
            {
                return Some(i);
            }
        }
        if let Some(&i) = self.lan_by_code.get(&token.trim().to_uppercase()) {
            return Some(i);
        }
        scb_number(token).and_then(|n| self.lan_by_scb.get(&n).copied())
    }

    /// The län name closest to an unknown token, for a suggestion.
    pub fn nearest_lan(&self, token: &str) -> Option<&Lan> {
        let key = fold(token);
        self.lan_by_name
            .iter()
            .map(|(name, &i)| (strsim::jaro_winkler(&key, name), name, i))
            .filter(|(score, _, _)| *score > 0.8)
            .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
            .map(|(_, _, i)| &self.lan[i])
    }

    pub fn regional(&self) -> impl Iterator<Item = (usize, &Region)> {
        self.regions.iter().enumerate().filter(|(_, r)| !r.national)
    }
}

/// `8`, `08`, `8.0` → 8. A number Excel stored for `08` comes back as the float `8.0`.
fn scb_number(token: &str) -> Option<u32> {
    let t = token.trim();
    if t.is_empty() || t.len() > 5 {
        return None;
    }
    let (int, frac) = t.split_once(['.', ',']).unwrap_or((t, ""));
    if !int.bytes().all(|b| b.is_ascii_digit()) || !frac.bytes().all(|b| b == b'0') {
        return None;
    }
    int.parse().ok()
}

fn unique<K: std::hash::Hash + Eq>(
    map: &mut HashMap<K, usize>,
    key: K,
    i: usize,
    file: &str,
    shown: &str,
) -> Result<(), SchemaError> {
    if map.insert(key, i).is_some() {
        return Err(SchemaError(tr!(
            "schemas-appears-twice",
            file = file,
            value = quoted(shown)
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference() -> Reference {
        Reference::builtin().unwrap()
    }

    #[test]
    fn builtin_reference_has_21_lan_and_seven_regions() {
        let r = reference();
        assert_eq!(r.lan.len(), 21);
        assert_eq!(r.regional().count(), 7);
    }

    #[test]
    fn lan_resolves_names_codes_and_numbers() {
        let r = reference();
        let name = |t: &str| r.lan(t).map(|i| r.lan[i].name.as_str());
        assert_eq!(name("Sörmland"), Some("Södermanlands län"));
        assert_eq!(name("västra götalands län"), Some("Västra Götalands län"));
        assert_eq!(name("Dalarnas län"), Some("Dalarnas län"));
        assert_eq!(name("Jämtland"), Some("Jämtlands län"));
        assert_eq!(name("O"), Some("Västra Götalands län"));
        assert_eq!(name("ac"), Some("Västerbottens län"));
        assert_eq!(name("8.0"), Some("Kalmar län"));
        assert_eq!(name("08"), Some("Kalmar län"));
        assert_eq!(name("14"), Some("Västra Götalands län"));
    }

    #[test]
    fn lan_never_matches_by_substring() {
        let r = reference();
        assert_eq!(r.lan("Västra Götland"), None);
        assert_eq!(
            r.nearest_lan("Västra Götland").unwrap().short,
            "Västra Götaland"
        );
        assert_eq!(r.lan("Gotlandia"), None);
        assert_eq!(r.lan("2"), None);
    }

    #[test]
    fn region_accepts_prefix_and_ascii_spelling() {
        let r = reference();
        let id = |t: &str| r.region(t).map(|i| r.regions[i].id.as_str());
        assert_eq!(id("Region Syd"), Some("syd"));
        assert_eq!(id("Region Syd"), Some("syd"));
        assert_eq!(id("vast"), Some("vast"));
        assert_eq!(id("ÖST"), Some("ost"));
        assert_eq!(id("Mellan"), None);
    }

    #[test]
    fn headers_fold_before_matching() {
        let r = reference();
        assert_eq!(r.column("E-postadress"), Some(Field::Email));
        assert_eq!(r.column("TELEFON:"), Some(Field::Phone));
        assert_eq!(r.column("Roll (målgrupp)"), Some(Field::Role));
        assert_eq!(r.column("Skostorlek"), None);
    }
}
