//! The directory for people: `html/index.html`, a standalone page with the coverage map and a
//! QR code per contact, and `html/kontaktuppgifter.html`, the same content as a fragment.

pub mod map;
pub mod page;
pub mod qr;

use crate::export::Export;
use crate::output::Planned;

/// The page and the fragment, each with what writes it.
pub fn plan<'e>(export: &'e Export<'e>) -> Vec<Planned<'e>> {
    vec![
        Planned::new(
            "html/index.html",
            Box::new(|out| page::write_page(export, out)),
        ),
        Planned::new(
            "html/kontaktuppgifter.html",
            Box::new(|out| page::write_fragment(export, out)),
        ),
    ]
}

/// Elements after whose end tag the page breaks the line.
const BLOCKS: [&[u8]; 12] = [
    b"section", b"article", b"li", b"ul", b"h1", b"h2", b"h3", b"p", b"figure", b"header", b"head",
    b"svg",
];

/// Write `markup` with a line break after each block that ends (where whitespace means
/// nothing), so that a person reading or pasting it, and a diff of it, sees one block a line.
/// One pass, no copy.
pub fn write_lines(markup: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let bytes = markup.as_bytes();
    let mut from = 0;
    for at in memchr::memmem::find_iter(bytes, b"</") {
        let name_start = at + 2;
        let Some(len) = bytes[name_start..].iter().position(|&b| b == b'>') else {
            break;
        };
        if BLOCKS.contains(&&bytes[name_start..name_start + len]) {
            let end = name_start + len + 1;
            out.write_all(&bytes[from..end])?;
            out.write_all(b"\n")?;
            from = end;
        }
    }
    out.write_all(&bytes[from..])
}

#[cfg(test)]
mod tests {
    /// `write_lines` into a string.
    fn lines(markup: &str) -> String {
        let mut out = Vec::with_capacity(markup.len() + markup.len() / 16);
        // Writing into memory cannot fail.
        let _ = super::write_lines(markup, &mut out);
        String::from_utf8(out).unwrap_or_default()
    }

    #[test]
    fn a_line_ends_after_each_block_and_nowhere_else() {
        assert_eq!(
            lines("<ul><li><p>a <a href=\"x\">b</a></p></li><li>c</li></ul><span>d</span>"),
            "<ul><li><p>a <a href=\"x\">b</a></p>\n</li>\n<li>c</li>\n</ul>\n<span>d</span>"
        );
    }
}
