//! The worksheet's QR code: a link as an SVG path of its dark modules.

use qrcodegen::{QrCode, QrCodeEcc};

/// A QR code ready to draw: `size` modules square (plus a 4-module quiet
/// zone on every side, per the standard), and the path of its dark modules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrSvg {
    /// The view box's side, quiet zone included.
    pub side: i32,
    pub path: String,
}

const QUIET: i32 = 4;

/// The QR code of `text` at medium error correction (a printed page gets
/// scuffed), or None when it is too long for any QR code.
pub fn qr_svg(text: &str) -> Option<QrSvg> {
    // Byte mode only: the text-mode segmenter would cost wasm for no gain on a URL.
    let qr = QrCode::encode_binary(text.as_bytes(), QrCodeEcc::Medium).ok()?;
    let n = qr.size();
    let mut path = String::with_capacity((n * n) as usize * 4);
    for y in 0..n {
        let mut x = 0;
        while x < n {
            // One rectangle per horizontal run of dark modules.
            if qr.get_module(x, y) {
                let start = x;
                while x < n && qr.get_module(x, y) {
                    x += 1;
                }
                let run = x - start;
                for (mark, n) in [('M', start + QUIET), (' ', y + QUIET), ('h', run)] {
                    path.push(mark);
                    push_number(&mut path, n);
                }
                path.push_str("v1h-");
                push_number(&mut path, run);
                path.push('z');
            } else {
                x += 1;
            }
        }
    }
    Some(QrSvg {
        side: n + 2 * QUIET,
        path,
    })
}

/// Writes a module coordinate (0 to 185) in decimal. By hand, not with
/// `format!`: the QR module then ships no formatting machinery.
fn push_number(out: &mut String, n: i32) {
    let n = n.unsigned_abs();
    if n >= 10 {
        push_number(out, (n / 10) as i32);
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

impl QrSvg {
    /// As it crosses from the QR module to the widget: `side`, a space, the
    /// path (a path never starts with a digit).
    pub fn to_wire(&self) -> String {
        let mut wire = String::with_capacity(self.path.len() + 4);
        push_number(&mut wire, self.side);
        wire.push(' ');
        wire.push_str(&self.path);
        wire
    }

    /// Reads `to_wire`'s form; None for anything else.
    pub fn from_wire(wire: &str) -> Option<QrSvg> {
        let (side, path) = wire.split_once(' ')?;
        let side: i32 = side.parse().ok()?;
        (side > 0 && path.starts_with('M')).then(|| QrSvg {
            side,
            path: path.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_crosses_between_modules_unchanged() {
        let q = qr_svg("https://example.org/?gpus=2048").expect("fits");
        assert_eq!(QrSvg::from_wire(&q.to_wire()), Some(q));
        for bad in [
            "",
            "21",
            "21 ",
            "x M4 4h7v1h-7z",
            "-3 M4 4h7v1h-7z",
            "21 <script>",
        ] {
            assert_eq!(QrSvg::from_wire(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_share_link_becomes_a_square_code_with_finder_patterns() {
        let link = "https://example.org/deepseek-cost-explainer/?gpus=4096&basis=rent&price=2.00&hours=1361.328125&lang=pt-BR";
        let q = qr_svg(link).expect("a link fits");
        let n = q.side - 2 * QUIET;
        assert_eq!((n - 17) % 4, 0, "a QR side is 17 + 4 × version");
        assert!(n >= 21);
        // The top-left finder pattern's first row: seven dark modules in one run.
        assert!(q.path.starts_with("M4 4h7v1h-7z"), "{}", &q.path[..40]);
        assert!(q.path.split('z').count() > 50);
    }

    #[test]
    fn too_long_for_any_code_is_none_not_a_panic() {
        assert_eq!(qr_svg(&"x".repeat(8000)), None);
        assert!(qr_svg("").is_some());
    }
}
