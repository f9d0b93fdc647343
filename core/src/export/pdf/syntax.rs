//! How values are written in the file: numbers with at most two decimals, integers, and text
//! and address strings — without the formatting machinery where a long document writes
//! millions of them.

/// A PDF text string: UTF-16BE with a byte-order mark, in hex.
pub fn text_string(s: &str) -> String {
    let mut out = String::from("<FEFF");
    for u in s.encode_utf16() {
        out.push_str(&format!("{u:04X}"));
    }
    out.push('>');
    out
}

/// A URI as a PDF string: ASCII, with parentheses and backslashes escaped.
pub fn uri_string(url: &str) -> String {
    let mut out = String::from("(");
    for b in url.bytes() {
        match b {
            b'(' | b')' | b'\\' => {
                out.push('\\');
                out.push(b as char);
            }
            0x21..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out.push(')');
    out
}

pub fn num(v: f32) -> String {
    Num(v).to_string()
}

/// A number as the page's operators want it: at most two decimals and no trailing zeros
/// ("12.5", "0", "-3.25"), rounded as `format!("{:.2}")` rounds (half to even, on the exact
/// value) — written without that formatting machinery, as a page holds hundreds of thousands.
#[derive(Clone, Copy)]
pub struct Num(pub f32);

impl Num {
    /// Appends the number to `out`.
    pub fn put(self, out: &mut String) {
        // Exact: a float's 24 significant bits times 100 (7 bits) fit in a double's 53.
        let hundredths = f64::from(self.0) * 100.0;
        if !hundredths.is_finite() || hundredths.abs() >= 1e15 {
            let s = format!("{:.2}", self.0);
            out.push_str(s.trim_end_matches('0').trim_end_matches('.'));
            return;
        }
        let n = hundredths.round_ties_even().abs() as usize;
        if self.0.is_sign_negative() {
            out.push('-');
        }
        push_int(out, n / 100);
        let cents = n % 100;
        if cents != 0 {
            out.push('.');
            out.push(char::from(b'0' + (cents / 10) as u8));
            if cents % 10 != 0 {
                out.push(char::from(b'0' + (cents % 10) as u8));
            }
        }
    }
}

impl std::fmt::Display for Num {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut s = String::with_capacity(12);
        self.put(&mut s);
        f.write_str(&s)
    }
}

/// The decimal digits of `n`, written into `buf` without the formatting machinery (a long
/// document writes millions of numbers).
pub fn digits(n: usize, buf: &mut [u8; 20]) -> &str {
    let (mut n, mut i) = (n, buf.len());
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    std::str::from_utf8(&buf[i..]).unwrap_or("0")
}

/// Appends `n` in decimal.
pub fn push_int(out: &mut String, n: usize) {
    out.push_str(digits(n, &mut [0; 20]));
}
