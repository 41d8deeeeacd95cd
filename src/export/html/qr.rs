//! A contact's vCard as a QR code in SVG: one path of dark modules, with the quiet zone the
//! standard asks for, so that a phone's camera adds the contact from the screen or the paper.

use maud::{Markup, html};
use qrcode::{Color, EcLevel, QrCode};

/// Modules of light margin around the code (ISO/IEC 18004 asks for four).
const QUIET: usize = 4;

/// The code's modules: `width` × `width`, row by row, `true` for dark; `None` when `data` is
/// more than a QR code holds (about 2.3 kB at level M).
pub fn modules(data: &[u8]) -> Option<(usize, Vec<bool>)> {
    // Level M: a code that still reads with a crease or a smudge on the printed page.
    let code = QrCode::with_error_correction_level(data, EcLevel::M).ok()?;
    let dark = code.to_colors().iter().map(|c| *c == Color::Dark).collect();
    Some((code.width(), dark))
}

/// The SVG of the code for `data`, labelled `label` for screen readers, and its width in
/// modules with the quiet zone; `None` when `data` does not fit in a QR code.
pub fn svg(data: &[u8], label: &str) -> Option<(Markup, usize)> {
    let (width, dark) = modules(data)?;
    let size = width + 2 * QUIET;
    // Each row's runs of dark modules as strokes one module wide along the row's middle:
    // `M x y.5 h n m gap 0 h n …`, a few kilobytes a code.
    let mut d = String::new();
    for y in 0..width {
        let row = &dark[y * width..(y + 1) * width];
        let mut pen: Option<usize> = None;
        let mut x = 0;
        while x < width {
            if !row[x] {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && row[x] {
                x += 1;
            }
            match pen {
                None => d.push_str(&format!("M{} {}.5", start + QUIET, y + QUIET)),
                Some(end) => d.push_str(&format!("m{} 0", start - end)),
            }
            d.push_str(&format!("h{}", x - start));
            pen = Some(x);
        }
    }
    let svg = html! {
        svg.qr xmlns="http://www.w3.org/2000/svg" viewBox=(format!("0 0 {size} {size}"))
            role="img" aria-label=(label) shape-rendering="crispEdges" {
            rect width=(size) height=(size) fill="#fff" {}
            path d=(d) stroke="#000" stroke-width="1" {}
        }
    };
    Some((svg, size))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Draw the SVG's path into a greyscale image, `scale` pixels a module, as a browser
    /// would: the decoder then reads what the page shows, not the encoder's matrix.
    fn rasterise(svg: &str, scale: usize) -> (usize, Vec<u8>) {
        let size: usize = svg
            .split("viewBox=\"0 0 ")
            .nth(1)
            .and_then(|s| s.split(' ').next())
            .unwrap()
            .parse()
            .unwrap();
        let px = size * scale;
        let mut image = vec![255u8; px * px];
        let d = svg
            .split(" d=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        // Absolute `M x y.5`, then relative `m dx 0` moves, each followed by `h n`.
        let (mut x, mut y) = (0usize, 0usize);
        let mut rest = d;
        while !rest.is_empty() {
            let op = rest.as_bytes()[0];
            let end = rest[1..]
                .find(['M', 'm', 'h'])
                .map_or(rest.len(), |i| i + 1);
            let args = &rest[1..end];
            rest = &rest[end..];
            match op {
                b'M' => {
                    let (a, b) = args.split_once(' ').unwrap();
                    x = a.parse().unwrap();
                    y = b.trim_end_matches(".5").parse().unwrap();
                }
                b'm' => x += args.split_once(' ').unwrap().0.parse::<usize>().unwrap(),
                b'h' => {
                    let n: usize = args.parse().unwrap();
                    for yy in y * scale..(y + 1) * scale {
                        for xx in x * scale..(x + n) * scale {
                            image[yy * px + xx] = 0;
                        }
                    }
                    x += n;
                }
                _ => unreachable!("{op}"),
            }
        }
        (px, image)
    }

    #[test]
    fn a_decoder_reads_back_the_exact_bytes() {
        let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Åsa Ekman\r\nTEL;TYPE=CELL:+46 70 123 45 67\r\nEND:VCARD\r\n";
        let svg = svg(card.as_bytes(), "QR-kod").unwrap().0.into_string();
        let (px, image) = rasterise(&svg, 4);
        let mut prepared =
            rqrr::PreparedImage::prepare_from_greyscale(px, px, |x, y| image[y * px + x]);
        let grids = prepared.detect_grids();
        assert_eq!(grids.len(), 1);
        let (_, text) = grids[0].decode().unwrap();
        assert_eq!(text, card);
    }

    #[test]
    fn data_too_long_for_a_code_gives_none() {
        assert!(svg(&vec![b'x'; 4000], "QR-kod").is_none());
    }
}
