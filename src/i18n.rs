//! Every user-facing text in Swedish and English, from Project Fluent resources
//! (`locales/sv/*.ftl`, `locales/en/*.ftl`, compiled in). A text is data until it is shown:
//! [`Text`] is a message id with its arguments, rendered in the run's [`Lang`] by the renderer.
//! Rule codes, JSON keys and file formats never depend on the language.

use std::borrow::Cow;
use std::fmt;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::source::Location;

/// The languages kontakt speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Svenska.
    Sv,
    /// English.
    #[default]
    En,
}

impl Lang {
    /// The language the environment asks for: the first of LC_ALL, LC_MESSAGES and LANG that is
    /// set; `sv…` (`sv_SE.UTF-8`) is Swedish, anything else English.
    pub fn from_env() -> Lang {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let chosen = var("LC_ALL")
            .or_else(|| var("LC_MESSAGES"))
            .or_else(|| var("LANG"));
        Lang::of_locale(chosen.as_deref().unwrap_or(""))
    }

    /// `sv_SE.UTF-8`, `sv`, `sv-FI` are Swedish.
    pub fn of_locale(locale: &str) -> Lang {
        let language = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default();
        if language.eq_ignore_ascii_case("sv") {
            Lang::Sv
        } else {
            Lang::En
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }
}

/// The resources of each language, one file per area of kontakt.
macro_rules! resources {
    ($lang:literal) => {
        [
            include_str!(concat!("../locales/", $lang, "/report.ftl")),
            include_str!(concat!("../locales/", $lang, "/commands.ftl")),
            include_str!(concat!("../locales/", $lang, "/files.ftl")),
            include_str!(concat!("../locales/", $lang, "/contacts.ftl")),
            include_str!(concat!("../locales/", $lang, "/email.ftl")),
            include_str!(concat!("../locales/", $lang, "/phone.ftl")),
            include_str!(concat!("../locales/", $lang, "/diff.ftl")),
            include_str!(concat!("../locales/", $lang, "/summary.ftl")),
            include_str!(concat!("../locales/", $lang, "/mail.ftl")),
            include_str!(concat!("../locales/", $lang, "/notify.ftl")),
            include_str!(concat!("../locales/", $lang, "/publish.ftl")),
            include_str!(concat!("../locales/", $lang, "/template.ftl")),
            include_str!(concat!("../locales/", $lang, "/cli.ftl")),
            include_str!(concat!("../locales/", $lang, "/output.ftl")),
            include_str!(concat!("../locales/", $lang, "/rules.ftl")),
            include_str!(concat!("../locales/", $lang, "/explain.ftl")),
        ]
    };
}

/// Every resource file, by language, as (path, text): for the test that holds them to each other.
pub const RESOURCES: [(&str, [&str; 16]); 2] = [("sv", resources!("sv")), ("en", resources!("en"))];

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = lang.as_str().parse().expect("a language tag");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Terminal output and mail bodies: no invisible isolation marks around arguments.
    bundle.set_use_isolating(false);
    let (_, texts) = RESOURCES
        .iter()
        .find(|(l, _)| *l == lang.as_str())
        .expect("resources for every language");
    for text in texts {
        let resource = FluentResource::try_new(text.to_string())
            .unwrap_or_else(|(_, errors)| panic!("locales/{}: {errors:?}", lang.as_str()));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("locales/{}: {errors:?}", lang.as_str()));
    }
    bundle
}

static SV: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| bundle(Lang::Sv));
static EN: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| bundle(Lang::En));

/// An argument of a text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    Str(String),
    /// A count: chooses the plural form.
    Num(i64),
    /// A place in the input: `input/nord.xlsx:Nord!E7` in a report, in words in a mail
    /// (`cell E7 i fliken Nord, fil input/nord.xlsx`).
    Place(Box<Location>),
    /// A text of its own (an I/O error's reason), shown in the same language.
    Text(Box<Text>),
    /// Texts shown one after the other, separated by `, `.
    List(Vec<Text>),
}

impl From<&Location> for Arg {
    fn from(l: &Location) -> Self {
        Arg::Place(Box::new(l.clone()))
    }
}

impl From<Vec<Text>> for Arg {
    fn from(texts: Vec<Text>) -> Self {
        Arg::List(texts)
    }
}

impl From<Text> for Arg {
    fn from(t: Text) -> Self {
        Arg::Text(Box::new(t))
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(s.clone())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Num(i64::from(n))
    }
}

/// A message and its arguments, rendered in a language when shown.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text {
    /// The message id; empty for a literal.
    pub id: Cow<'static, str>,
    pub args: Vec<(&'static str, Arg)>,
}

impl Text {
    pub fn new(id: impl Into<Cow<'static, str>>) -> Self {
        Text {
            id: id.into(),
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// Text already in its final form (a value, or a line rendered from other texts), shown as
    /// it is in every language. Findings cannot hold one: they take only `tr!` texts.
    pub fn literal(text: impl Into<String>) -> Self {
        Text::new("").arg("text", text.into())
    }

    /// The text in `lang`, places as a report shows them (`input/nord.xlsx:Nord!E7`). A message
    /// missing from a language (a test forbids it) shows its id.
    pub fn render(&self, lang: Lang) -> String {
        self.render_as(lang, Places::Compact)
    }

    /// The text in `lang` for a reader who is not technical: places in words (`cell E7 i
    /// fliken Nord, fil input/nord.xlsx`), as the mails show them.
    pub fn render_prose(&self, lang: Lang) -> String {
        self.render_as(lang, Places::Prose)
    }

    fn render_as(&self, lang: Lang, places: Places) -> String {
        if self.id.is_empty() {
            return match self.args.first() {
                Some((_, Arg::Str(s))) => s.clone(),
                _ => String::new(),
            };
        }
        let bundle: &FluentBundle<FluentResource> = match lang {
            Lang::Sv => &SV,
            Lang::En => &EN,
        };
        let Some(pattern) = bundle.get_message(&self.id).and_then(|m| m.value()) else {
            return self.id.to_string();
        };
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            let value = match value {
                Arg::Str(s) => FluentValue::from(s.as_str()),
                Arg::Num(n) => FluentValue::from(*n),
                Arg::Place(l) => FluentValue::from(match places {
                    Places::Compact => l.to_string(),
                    Places::Prose => l.in_words(lang),
                }),
                Arg::Text(t) => FluentValue::from(t.render_as(lang, places)),
                Arg::List(texts) => FluentValue::from(
                    texts
                        .iter()
                        .map(|t| t.render_as(lang, places))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
            };
            args.set(*name, value);
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }
}

/// How a text shows the places it names.
#[derive(Debug, Clone, Copy)]
enum Places {
    Compact,
    Prose,
}

/// Why a JSON file could not be read, with the line and column of the problem.
pub fn json_reason(e: &serde_json::Error) -> Text {
    use serde_json::error::Category;
    let id = match e.classify() {
        Category::Io => "json-io",
        Category::Syntax => "json-syntax",
        Category::Eof => "json-eof",
        Category::Data => "json-data",
    };
    // serde's own words, without the place it appends: the name of a missing or unknown key.
    let shown = e.to_string();
    let detail = shown
        .rsplit_once(" at line ")
        .map_or(shown.as_str(), |(d, _)| d);
    Text::new(id)
        .arg("line", e.line())
        .arg("column", e.column())
        .arg("detail", detail)
}

/// An I/O error's reason in the run's language: the common kinds in words, any other as the
/// operating system says it.
pub fn io_reason(e: &std::io::Error) -> Text {
    use std::io::ErrorKind::*;
    let id = match e.kind() {
        NotFound => "io-not-found",
        PermissionDenied => "io-permission-denied",
        AlreadyExists => "io-already-exists",
        StorageFull => "io-storage-full",
        ReadOnlyFilesystem => "io-read-only",
        IsADirectory => "io-is-a-directory",
        NotADirectory => "io-not-a-directory",
        DirectoryNotEmpty => "io-directory-not-empty",
        BrokenPipe => "io-broken-pipe",
        TimedOut => "io-timed-out",
        InvalidData => "io-invalid-data",
        ConnectionRefused => "io-connection-refused",
        ConnectionReset | ConnectionAborted => "io-connection-lost",
        HostUnreachable | NetworkUnreachable | AddrNotAvailable => "io-unreachable",
        // EIO: the disk or the file system failed (a sector that cannot be read, a network
        // drive gone).
        _ if cfg!(unix) && e.raw_os_error() == Some(5) => "io-device",
        _ => return Text::literal(e.to_string()),
    };
    Text::new(id)
}

/// English, for logs and tests.
impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// `tr!("count-errors", n = 3)`: a [`Text`] with its arguments.
#[macro_export]
macro_rules! tr {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Text::new($id)$(.arg(stringify!($name), $value))*
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_locale_chooses_the_language() {
        for (locale, lang) in [
            ("sv_SE.UTF-8", Lang::Sv),
            ("sv", Lang::Sv),
            ("sv-FI", Lang::Sv),
            ("en_GB.UTF-8", Lang::En),
            ("C.UTF-8", Lang::En),
            ("", Lang::En),
            ("svenska", Lang::En),
        ] {
            assert_eq!(Lang::of_locale(locale), lang, "{locale}");
        }
    }
}
