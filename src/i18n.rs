//! Every user-facing text in Swedish and English, from Project Fluent resources
//! (`locales/sv/*.ftl`, `locales/en/*.ftl`, compiled in). A text is data until it is shown:
//! [`Text`] is a message id with its arguments, rendered in the run's [`Lang`] by the renderer.
//! Rule codes, JSON keys and file formats never depend on the language.

use std::fmt;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

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
            include_str!(concat!("../locales/", $lang, "/cli.ftl")),
            include_str!(concat!("../locales/", $lang, "/output.ftl")),
        ]
    };
}

/// Every resource file, by language, as (path, text): for the test that holds them to each other.
pub const RESOURCES: [(&str, [&str; 12]); 2] = [("sv", resources!("sv")), ("en", resources!("en"))];

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
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Text {
    pub fn new(id: &'static str) -> Self {
        Text {
            id,
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

    /// The text in `lang`. A message missing from a language (a test forbids it) shows its id.
    pub fn render(&self, lang: Lang) -> String {
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
        let Some(pattern) = bundle.get_message(self.id).and_then(|m| m.value()) else {
            return self.id.to_string();
        };
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            match value {
                Arg::Str(s) => args.set(*name, FluentValue::from(s.as_str())),
                Arg::Num(n) => args.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }
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
