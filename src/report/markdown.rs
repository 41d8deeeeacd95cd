//! The Markdown summary of a run (GitHub's job summary, or `--summary FILE`): the counts, what
//! the run changes in the directory, and a table of every finding, so that nothing is lost to
//! the cap GitHub puts on annotations (10 errors and 10 warnings a step).

use std::fmt::Write;

use super::Summary;
use crate::diagnostic::{Finding, Severity};
use crate::i18n::{Lang, Text};
use crate::tr;

/// GitHub refuses a step summary over 1 MiB; the table stops well before, and says so.
pub const BUDGET: usize = 900 * 1024;

/// The most of the budget the directory change may take, so that findings always have room.
pub const CHANGES_BUDGET: usize = 300 * 1024;

/// What the directory change section says.
pub enum Changes {
    /// The change from `base` (as shown) to the input, rendered as Markdown (`diff --format
    /// markdown`, whose heading is replaced).
    Diff { base: String, markdown: String },
    /// Why there is no comparison.
    None(Text),
    /// The base could not be read: why.
    Unreadable(Text),
}

/// Everything the summary shows.
pub struct StepSummary<'a> {
    /// The command as run, such as `kontakt build --check input`.
    pub command: &'a str,
    /// Every finding of the run (notes included), in report order.
    pub findings: &'a [&'a Finding],
    pub summary: &'a Summary,
    /// The run fails (exit 1): errors, or warnings under `--deny-warnings`.
    pub failed: bool,
    /// Warnings fail the run (`--deny-warnings`): they are listed one by one, as errors are.
    pub deny_warnings: bool,
    pub lang: crate::i18n::Lang,
    pub changes: Changes,
}

/// Markdown text with every character that could start markup escaped, so that a cell's value
/// (`*`, `[link](…)`, `<b>`, `|`) shows as written and cannot break the table.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let word = |j: Option<usize>| {
            j.and_then(|j| chars.get(j))
                .is_some_and(|c| c.is_alphanumeric())
        };
        match c {
            // Inside a word (`a_b@umea.se`) `_` makes no emphasis; escaped, it would break the
            // address GitHub links.
            '_' if word(i.checked_sub(1)) && word(Some(i + 1)) => out.push(c),
            // Inside a line (every use is one), only these start markup; `(` and `!` need a `[`.
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\r' | '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    // GitHub links a bare `https://…` or `www.…` by itself: broken with an entity, so a cell
    // cannot put a link in the summary.
    out.replace("://", ":&#47;/")
        .replace("www.", "www&#46;")
        .replace("WWW.", "WWW&#46;")
}

fn severity(s: Severity, lang: Lang) -> String {
    let icon = match s {
        Severity::Error => "🔴",
        Severity::Warning => "🟡",
        Severity::Info => "ℹ️",
    };
    format!("{icon} {}", super::severity(s, lang))
}

/// `text` whole, or its first lines within `budget` bytes and how many lines were left out.
fn cut(text: &str, budget: usize, lang: Lang) -> String {
    if text.len() <= budget {
        return text.to_string();
    }
    let mut kept = String::new();
    let mut lines = text.lines();
    for line in lines.by_ref() {
        if kept.len() + line.len() + 1 > budget {
            break;
        }
        kept.push_str(line);
        kept.push('\n');
    }
    let left = lines.count() + 1;
    let _ = writeln!(
        kept,
        "\n{}",
        tr!("summary-changes-cut", n = left).render(lang)
    );
    kept
}

pub fn render(s: &StepSummary<'_>) -> String {
    let mut out = String::new();
    let verdict = if s.failed {
        "❌"
    } else if s.summary.warnings > 0 {
        "⚠️"
    } else {
        "✅"
    };
    let _ = writeln!(out, "## {verdict} {}\n", escape(s.command));
    let lang = s.lang;
    let _ = writeln!(out, "**{}**\n", escape(&s.summary.line(lang)));
    let heading = crate::diff::render::markdown_heading(lang);
    out.push_str(&heading);
    match &s.changes {
        Changes::Diff { base, markdown } => {
            let _ = writeln!(
                out,
                "{}\n",
                tr!("summary-compared", base = escape(base)).render(lang)
            );
            let body = markdown.strip_prefix(&heading).unwrap_or(markdown);
            out.push_str(&cut(body, CHANGES_BUDGET, lang));
            out.push('\n');
        }
        Changes::None(why) | Changes::Unreadable(why) => {
            let _ = writeln!(out, "{}\n", escape(&why.render(lang)));
        }
    }
    let _ = writeln!(out, "## {}\n", tr!("summary-findings").render(lang));
    if s.findings.is_empty() {
        let _ = writeln!(out, "{}", tr!("summary-no-findings").render(lang));
        return out;
    }
    let _ = writeln!(out, "{}", tr!("summary-table-head").render(lang));
    out.push_str("| --- | --- | --- | --- |\n");
    let groups = super::group::group(s.findings, s.deny_warnings);
    // Every place counts: a finding made once for many places stands for each of them.
    let mut left: usize = s.findings.iter().map(|f| f.count()).sum();
    for g in &groups {
        let f = g.finding;
        let place = f
            .location
            .as_ref()
            .map_or_else(|| tr!("summary-whole").render(lang), ToString::to_string);
        let mut text = escape(&f.message.render(lang));
        if let Some(help) = &f.help {
            let word = tr!("report-help").render(lang);
            let _ = write!(text, "<br>{word}: {}", escape(&help.render(lang)));
        }
        if let Some(also) = super::also_line(g, lang) {
            let _ = write!(text, "<br>{}", escape(&also));
        }
        let row = format!(
            "| {} | {} | `{}` | {} |\n",
            severity(f.severity, lang),
            escape(&place),
            f.code.as_str(),
            text
        );
        if out.len() + row.len() > BUDGET {
            let _ = writeln!(
                out,
                "\n{}",
                tr!("summary-findings-cut", n = left).render(lang)
            );
            return out;
        }
        left = left.saturating_sub(g.count());
        out.push_str(&row);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_values_cannot_make_markup() {
        assert_eq!(
            escape("[x](http://a) *b* <i>|c"),
            r"\[x\](http:&#47;/a) \*b\* &lt;i&gt;\|c"
        );
        assert_eq!(
            escape("a_b@umea.se _c_ www.x.se"),
            r"a_b@umea.se \_c\_ www&#46;x.se"
        );
        assert_eq!(escape("a\nb"), "a b");
    }

    #[test]
    fn a_long_change_list_is_cut_at_a_line_and_says_how_much_is_left() {
        let text = "- a line of changes\n".repeat(100);
        let kept = cut(&text, 200, Lang::En);
        assert!(kept.starts_with("- a line of changes\n"));
        assert_eq!(kept.matches("- a line").count(), 10);
        assert!(kept.ends_with(
            "**90 more lines of changes are not shown**: run `kontakt diff` to see them all.\n"
        ));
        assert_eq!(cut("short\n", 200, Lang::En), "short\n");
    }

    #[test]
    fn a_cut_table_counts_every_place_of_a_finding_made_for_many() {
        use crate::diagnostic::Code;
        use crate::source::{FileKind, Location};
        let at = |row| Location::file("in/syd.csv", FileKind::Text).at(row, 5);
        // One note for a number given on 10,000 rows, then errors enough to fill the budget.
        let mut shared = Finding::at(
            Code::PhoneShared,
            &at(3),
            tr!("cell-given-again", value = "x", first = &at(2)),
        );
        shared.also = (4..10_003).map(at).collect();
        let mut all = vec![shared];
        for row in 20_000..28_000 {
            all.push(Finding::at(
                Code::EmailInvalid,
                &at(row),
                Text::literal("x".repeat(120)),
            ));
        }
        let findings: Vec<&Finding> = all.iter().collect();
        let summary = Summary::default();
        let text = render(&StepSummary {
            command: "kontakt check in",
            findings: &findings,
            summary: &summary,
            failed: true,
            deny_warnings: false,
            lang: Lang::En,
            changes: Changes::None(Text::literal("none")),
        });
        let total: usize = all.iter().map(Finding::count).sum();
        let cut = text
            .lines()
            .find(|l| l.contains("more findings"))
            .expect("the table is cut");
        let left: usize = cut
            .split_whitespace()
            .find_map(|w| w.trim_matches('*').replace(',', "").parse().ok())
            .expect("a count");
        let listed = text
            .lines()
            .filter(|l| l.starts_with("| ") && l.contains("in/syd.csv"))
            .count();
        // The shared number's row stands for 10,000 places; each error row for one.
        assert_eq!(left, total - 10_000 - (listed - 1), "{cut}");
    }
}
