//! DEFLATE decompression (RFC 1951), enough to read the parts of office documents: a small
//! canonical-Huffman decoder in the manner of zlib's `puff`.

/// Why a stream was not inflated.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Error {
    /// It unpacks to more than the limit.
    TooLarge,
    /// It is not valid DEFLATE, or is cut short.
    Bad(&'static str),
}

impl From<&'static str> for Error {
    fn from(why: &'static str) -> Error {
        Error::Bad(why)
    }
}

struct Bits<'a> {
    data: &'a [u8],
    pos: usize,
    bit: u32,
    count: u32,
}

impl Bits<'_> {
    fn need(&mut self, n: u32) -> Result<u32, &'static str> {
        while self.count < n {
            let byte = *self.data.get(self.pos).ok_or("deflate data cut short")?;
            self.pos += 1;
            self.bit |= u32::from(byte) << self.count;
            self.count += 8;
        }
        let v = self.bit & ((1u64 << n) - 1) as u32;
        self.bit >>= n;
        self.count -= n;
        Ok(v)
    }
}

/// A canonical Huffman code: how many codes of each length, and the symbols in code order.
struct Huffman {
    counts: [u16; 16],
    symbols: Vec<u16>,
}

impl Huffman {
    fn new(lengths: &[u8]) -> Result<Huffman, &'static str> {
        let mut counts = [0u16; 16];
        for &l in lengths {
            counts[usize::from(l)] += 1;
        }
        counts[0] = 0;
        let mut left: i32 = 1;
        for &c in &counts[1..] {
            left = (left << 1) - i32::from(c);
            if left < 0 {
                return Err("over-subscribed code");
            }
        }
        let mut offs = [0u16; 16];
        for len in 1..15 {
            offs[len + 1] = offs[len] + counts[len];
        }
        let mut symbols = vec![0u16; lengths.len()];
        for (sym, &l) in lengths.iter().enumerate() {
            if l != 0 {
                symbols[usize::from(offs[usize::from(l)])] = sym as u16;
                offs[usize::from(l)] += 1;
            }
        }
        Ok(Huffman { counts, symbols })
    }

    fn decode(&self, bits: &mut Bits) -> Result<u16, &'static str> {
        let (mut code, mut first, mut index) = (0i32, 0i32, 0i32);
        for len in 1..16 {
            code |= bits.need(1)? as i32;
            let count = i32::from(self.counts[len]);
            if code - count < first {
                return self
                    .symbols
                    .get((index + (code - first)) as usize)
                    .copied()
                    .ok_or("bad code");
            }
            index += count;
            first += count;
            first <<= 1;
            code <<= 1;
        }
        Err("ran out of codes")
    }
}

const LEN_BASE: [u16; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
];
const LEN_EXTRA: [u8; 29] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const DIST_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
    8193, 12289, 16385, 24577,
];
const DIST_EXTRA: [u8; 30] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];

fn codes(bits: &mut Bits, out: &mut Vec<u8>, lit: &Huffman, dist: &Huffman, limit: usize) -> Result<(), Error> {
    loop {
        let sym = lit.decode(bits)?;
        match sym {
            0..=255 => {
                if out.len() >= limit {
                    return Err(Error::TooLarge);
                }
                out.push(sym as u8)
            }
            256 => return Ok(()),
            _ => {
                let i = usize::from(sym - 257);
                let len =
                    usize::from(*LEN_BASE.get(i).ok_or("bad length")?) + bits.need(u32::from(LEN_EXTRA[i]))? as usize;
                let d = usize::from(dist.decode(bits)?);
                let back = usize::from(*DIST_BASE.get(d).ok_or("bad distance")?)
                    + bits.need(u32::from(DIST_EXTRA[d]))? as usize;
                if back > out.len() {
                    return Err("distance too far back".into());
                }
                if out.len() + len > limit {
                    return Err(Error::TooLarge);
                }
                for _ in 0..len {
                    out.push(out[out.len() - back]);
                }
            }
        }
    }
}

/// Decompresses a raw DEFLATE stream; refuses output beyond `limit` bytes (checked before
/// each byte is written, so no more than `limit` is ever held).
pub fn inflate(data: &[u8], limit: usize) -> Result<Vec<u8>, Error> {
    let mut bits = Bits {
        data,
        pos: 0,
        bit: 0,
        count: 0,
    };
    let mut out = Vec::new();
    loop {
        let last = bits.need(1)?;
        match bits.need(2)? {
            0 => {
                bits.bit = 0;
                bits.count = 0;
                let at = bits.pos;
                let len = data.get(at..at + 4).ok_or("stored block cut short")?;
                let n = usize::from(u16::from_le_bytes([len[0], len[1]]));
                if n != usize::from(!u16::from_le_bytes([len[2], len[3]])) {
                    return Err("bad stored length".into());
                }
                if out.len() + n > limit {
                    return Err(Error::TooLarge);
                }
                out.extend(data.get(at + 4..at + 4 + n).ok_or("stored block cut short")?);
                bits.pos = at + 4 + n;
            }
            1 => {
                let mut lengths = [0u8; 288];
                lengths[..144].fill(8);
                lengths[144..256].fill(9);
                lengths[256..280].fill(7);
                lengths[280..].fill(8);
                let lit = Huffman::new(&lengths)?;
                let dist = Huffman::new(&[5u8; 30])?;
                codes(&mut bits, &mut out, &lit, &dist, limit)?;
            }
            2 => {
                let nlen = bits.need(5)? as usize + 257;
                let ndist = bits.need(5)? as usize + 1;
                let ncode = bits.need(4)? as usize + 4;
                const ORDER: [usize; 19] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
                let mut code_lengths = [0u8; 19];
                for &i in ORDER.iter().take(ncode) {
                    code_lengths[i] = bits.need(3)? as u8;
                }
                let lencode = Huffman::new(&code_lengths)?;
                let mut lengths = vec![0u8; nlen + ndist];
                let mut i = 0;
                while i < nlen + ndist {
                    let sym = lencode.decode(&mut bits)?;
                    let (value, repeat) = match sym {
                        0..=15 => (sym as u8, 1),
                        16 => (
                            *lengths[..i].last().ok_or("repeat with nothing before")?,
                            3 + bits.need(2)? as usize,
                        ),
                        17 => (0, 3 + bits.need(3)? as usize),
                        _ => (0, 11 + bits.need(7)? as usize),
                    };
                    if i + repeat > lengths.len() {
                        return Err("too many lengths".into());
                    }
                    lengths[i..i + repeat].fill(value);
                    i += repeat;
                }
                let lit = Huffman::new(&lengths[..nlen])?;
                let dist = Huffman::new(&lengths[nlen..])?;
                codes(&mut bits, &mut out, &lit, &dist, limit)?;
            }
            _ => return Err("bad block type".into()),
        }
        if last == 1 {
            return Ok(out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_and_stored_blocks() {
        // "Hei Hei Hei!" compressed by zlib (raw deflate, fixed codes).
        let fixed = [243, 72, 205, 84, 240, 128, 96, 69, 0];
        assert_eq!(inflate(&fixed, 100).unwrap(), b"Hei Hei Hei!");
        let stored = [0x01, 0x03, 0x00, 0xfc, 0xff, b'a', b'b', b'c'];
        assert_eq!(inflate(&stored, 100).unwrap(), b"abc");
        assert!(inflate(&[0xff, 0xff], 100).is_err());
    }
}
