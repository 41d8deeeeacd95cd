//! The Markdown summary of a run (GitHub's job summary, or `--summary FILE`): the counts, what
//! the run changes in the directory, and a table of every finding, so that nothing is lost to
//! the cap GitHub puts on annotations (10 errors and 10 warnings a step).

use std::fmt::Write;

use super::Summary;
use crate::diagnostic::{Finding, Severity};

/// GitHub refuses a step summary over 1 MiB; the table stops well before, and says so.
pub const BUDGET: usize = 900 * 1024;

/// The heading `diff --format markdown` starts with.
const HEADING: &str = "## Changes in the directory\n\n";

/// What the directory change section says.
pub enum Changes {
    /// The change from `base` (as shown) to the input, rendered as Markdown (`diff --format
    /// markdown`, whose heading is replaced).
    Diff { base: String, markdown: String },
    /// Why there is no comparison.
    None(String),
}

/// Everything the summary shows.
pub struct StepSummary<'a> {
    /// The command as run, such as `kontakt build --check input`.
    pub command: &'a str,
    /// Every finding of the run (notes included), in report order.
    pub findings: &'a [Finding],
    pub summary: &'a Summary,
    pub changes: Changes,
}

/// Markdown text with every character that could start markup escaped, so that a cell's value
/// (`*`, `[link](…)`, `<b>`, `|`) shows as written and cannot break the table.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
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
    out
}

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "🔴 error",
        Severity::Warning => "🟡 warning",
        Severity::Info => "ℹ️ note",
    }
}

pub fn render(s: &StepSummary<'_>) -> String {
    let mut out = String::new();
    let verdict = if s.summary.errors > 0 {
        "❌"
    } else if s.summary.warnings > 0 {
        "⚠️"
    } else {
        "✅"
    };
    let _ = writeln!(out, "## {verdict} {}\n", escape(s.command));
    let _ = writeln!(out, "**{}**\n", escape(&s.summary.line()));
    match &s.changes {
        Changes::Diff { base, markdown } => {
            let _ = writeln!(
                out,
                "## Changes in the directory\n\nCompared with {}.\n",
                escape(base)
            );
            out.push_str(markdown.strip_prefix(HEADING).unwrap_or(markdown));
            out.push('\n');
        }
        Changes::None(why) => {
            let _ = writeln!(out, "## Changes in the directory\n\n{}\n", escape(why));
        }
    }
    if s.findings.is_empty() {
        out.push_str("## Findings\n\nNone.\n");
        return out;
    }
    let _ = writeln!(out, "## Findings\n");
    out.push_str("| severity | where | rule | finding |\n| --- | --- | --- | --- |\n");
    for (i, f) in s.findings.iter().enumerate() {
        let place = f
            .location
            .as_ref()
            .map_or_else(|| "the directory".to_string(), ToString::to_string);
        let mut text = escape(&f.message);
        if let Some(help) = &f.help {
            let _ = write!(text, "<br>help: {}", escape(help));
        }
        let row = format!(
            "| {} | {} | `{}` | {} |\n",
            severity(f.severity),
            escape(&place),
            f.code.as_str(),
            text
        );
        if out.len() + row.len() > BUDGET {
            let _ = writeln!(
                out,
                "\n**{} more findings are not in this table**: GitHub keeps 1 MiB of summary a step. Run `kontakt check` on the input to see them all.",
                s.findings.len() - i
            );
            return out;
        }
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
            r"\[x\](http://a) \*b\* &lt;i&gt;\|c"
        );
        assert_eq!(escape("a\nb"), "a b");
    }
}
