//! The zip container of DOCX and ODT files: writing (entries deflated, as office suites write
//! them) and reading (stored or deflated entries, inflated within a size limit), DEFLATE both
//! ways by `miniz_oxide`.

use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};

/// Why a zip file could not be read.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum ZipError {
    /// Not a zip file, or cut short.
    Malformed(&'static str),
    /// An entry packed with a method other than store or deflate.
    Method(u16),
    /// An entry's data does not match its checksum.
    Checksum(String),
    /// What was asked for would unpack to more than `limit` bytes (a zip or deflate bomb, or
    /// simply too much).
    TooLarge {
        /// The most that could be unpacked, in bytes.
        limit: usize,
    },
    /// More entries than [`MAX_ENTRIES`].
    TooManyEntries {
        /// Entries the directory lists.
        count: usize,
    },
    /// Two entries share bytes of the file (a way to make a small file unpack to a huge one).
    Overlapping,
}

/// The most entries a zip may list (a Word or OpenDocument file has a few dozen, or a few
/// hundred with pictures).
pub const MAX_ENTRIES: usize = 10_000;

const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

/// CRC-32 (ISO 3309), as zip files use it.
pub fn crc32(data: &[u8]) -> u32 {
    !data.iter().fold(!0u32, |c, &b| {
        CRC_TABLE[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8)
    })
}

/// Builds a zip file entry by entry.
#[derive(Default)]
pub struct ZipWriter {
    out: Vec<u8>,
    central: Vec<u8>,
    count: u16,
}

/// 1 January 2020 00:00 in MS-DOS form: a fixed time keeps exports reproducible.
const DOS_TIME: u16 = 0;
const DOS_DATE: u16 = ((2020 - 1980) << 9) | (1 << 5) | 1;

impl ZipWriter {
    /// An empty archive.
    pub fn new() -> ZipWriter {
        ZipWriter::default()
    }

    /// Adds a file, deflated (stored when that is no smaller).
    pub fn add(&mut self, name: &str, data: &[u8]) {
        let packed = miniz_oxide::deflate::compress_to_vec(data, 9);
        match packed.len() < data.len() {
            true => self.entry(name, data, &packed, 8),
            false => self.entry(name, data, data, 0),
        }
    }

    /// Adds a file stored uncompressed (as ODF requires of `mimetype`).
    pub fn add_stored(&mut self, name: &str, data: &[u8]) {
        self.entry(name, data, data, 0);
    }

    /// Writes an entry: `data` as it is, `body` as written (packed by `method`: 0 stored, 8 deflated).
    fn entry(&mut self, name: &str, data: &[u8], body: &[u8], method: u16) {
        let offset = self.out.len() as u32;
        let crc = crc32(data);
        let size = data.len() as u32;
        let packed = body.len() as u32;
        let name = name.as_bytes();
        let header = |sig: u32, central: bool| {
            let mut h = Vec::new();
            h.extend(sig.to_le_bytes());
            if central {
                h.extend(20u16.to_le_bytes()); // made by: 2.0
            }
            h.extend(20u16.to_le_bytes()); // version needed
            h.extend(0x0800u16.to_le_bytes()); // flags: names are UTF-8
            h.extend(method.to_le_bytes());
            h.extend(DOS_TIME.to_le_bytes());
            h.extend(DOS_DATE.to_le_bytes());
            h.extend(crc.to_le_bytes());
            h.extend(packed.to_le_bytes());
            h.extend(size.to_le_bytes());
            h.extend((name.len() as u16).to_le_bytes());
            h.extend(0u16.to_le_bytes()); // extra length
            if central {
                h.extend(0u16.to_le_bytes()); // comment length
                h.extend(0u16.to_le_bytes()); // disk number
                h.extend(0u16.to_le_bytes()); // internal attributes
                h.extend(0u32.to_le_bytes()); // external attributes
                h.extend(offset.to_le_bytes());
            }
            h.extend(name);
            h
        };
        let local = header(0x0403_4b50, false);
        let central = header(0x0201_4b50, true);
        self.out.extend(local);
        self.out.extend(body);
        self.central.extend(central);
        self.count += 1;
    }

    /// The finished archive.
    pub fn finish(mut self) -> Vec<u8> {
        let start = self.out.len() as u32;
        let size = self.central.len() as u32;
        self.out.extend(&self.central);
        self.out.extend(0x0605_4b50u32.to_le_bytes());
        self.out.extend([0u8; 4]); // disk numbers
        self.out.extend(self.count.to_le_bytes());
        self.out.extend(self.count.to_le_bytes());
        self.out.extend(size.to_le_bytes());
        self.out.extend(start.to_le_bytes());
        self.out.extend(0u16.to_le_bytes()); // comment length
        self.out
    }
}

fn u16_at(b: &[u8], at: usize) -> Result<u16, ZipError> {
    b.get(at..at + 2)
        .map(|s| u16::from_le_bytes([s[0], s[1]]))
        .ok_or(ZipError::Malformed("cut short"))
}

fn u32_at(b: &[u8], at: usize) -> Result<u32, ZipError> {
    b.get(at..at + 4)
        .map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
        .ok_or(ZipError::Malformed("cut short"))
}

/// Names of the entries of a zip file, in the order of its directory.
pub fn names(zip: &[u8]) -> Result<Vec<String>, ZipError> {
    Ok(Archive::open(zip, 0)?.entries.into_iter().map(|e| e.name).collect())
}

/// The contents of the entry called `name`, or `None` when there is none. Entries that would
/// unpack to more than `limit` bytes are refused (a zip bomb is not a meeting).
pub fn read(zip: &[u8], name: &str, limit: usize) -> Result<Option<Vec<u8>>, ZipError> {
    Archive::open(zip, limit)?.read(name, limit)
}

struct DirEntry {
    name: String,
    flags: u16,
    method: u16,
    crc: u32,
    packed: usize,
    size: usize,
    /// Where its data starts and ends in the file.
    data: (usize, usize),
}

/// An opened zip file: its directory read and checked once, and a budget for the bytes that
/// all the entries read from it may unpack to, together.
pub struct Archive<'a> {
    zip: &'a [u8],
    entries: Vec<DirEntry>,
    budget: usize,
}

/// The end record: (entries, where the directory starts, its size, where the record is).
fn end_record(zip: &[u8]) -> Result<(usize, usize, usize, usize), ZipError> {
    // The end record is within the last 64 KiB + 22 bytes (a comment may follow it).
    let from = zip.len().saturating_sub(65_557);
    let end = (from..zip.len().saturating_sub(21))
        .rev()
        .find(|&i| zip[i..].starts_with(&[0x50, 0x4b, 0x05, 0x06]))
        .ok_or(ZipError::Malformed("no zip directory"))?;
    let count = usize::from(u16_at(zip, end + 10)?);
    let size = u32_at(zip, end + 12)? as usize;
    let start = u32_at(zip, end + 16)? as usize;
    if start == 0xFFFF_FFFF {
        return Err(ZipError::Malformed("zip64, for files far larger than a document"));
    }
    if count > MAX_ENTRIES {
        return Err(ZipError::TooManyEntries { count });
    }
    if start.checked_add(size).is_none_or(|e| e > end) {
        return Err(ZipError::Malformed("directory out of place"));
    }
    Ok((count, start, size, end))
}

impl<'a> Archive<'a> {
    /// Reads and checks the directory of `zip`: at most [`MAX_ENTRIES`] entries, each entry's
    /// data inside the file before the directory, no two sharing bytes. Entries read later
    /// may unpack to `budget` bytes in all.
    pub fn open(zip: &'a [u8], budget: usize) -> Result<Archive<'a>, ZipError> {
        let (count, start, size, _) = end_record(zip)?;
        let directory = &zip[start..start + size];
        let mut entries = Vec::with_capacity(count);
        let mut at = 0;
        for _ in 0..count {
            if u32_at(directory, at)? != 0x0201_4b50 {
                return Err(ZipError::Malformed("bad directory entry"));
            }
            let name_len = usize::from(u16_at(directory, at + 28)?);
            let extra = usize::from(u16_at(directory, at + 30)?);
            let comment = usize::from(u16_at(directory, at + 32)?);
            let name = directory
                .get(at + 46..at + 46 + name_len)
                .ok_or(ZipError::Malformed("cut short"))?;
            let packed = u32_at(directory, at + 20)? as usize;
            let offset = u32_at(directory, at + 42)? as usize;
            // The local header repeats the name and has an extra field of its own.
            if u32_at(zip, offset)? != 0x0403_4b50 {
                return Err(ZipError::Malformed("bad local header"));
            }
            let data_start =
                offset + 30 + usize::from(u16_at(zip, offset + 26)?) + usize::from(u16_at(zip, offset + 28)?);
            let data_end = data_start
                .checked_add(packed)
                .filter(|&end| end <= start)
                .ok_or(ZipError::Malformed("entry beyond the directory"))?;
            entries.push(DirEntry {
                name: String::from_utf8_lossy(name).into_owned(),
                flags: u16_at(directory, at + 8)?,
                method: u16_at(directory, at + 10)?,
                crc: u32_at(directory, at + 16)?,
                packed,
                size: u32_at(directory, at + 24)? as usize,
                data: (offset, data_end),
            });
            at += 46 + name_len + extra + comment;
        }
        let mut spans: Vec<(usize, usize)> = entries.iter().map(|e| e.data).collect();
        spans.sort_unstable();
        if spans.windows(2).any(|w| w[0].1 > w[1].0) {
            return Err(ZipError::Overlapping);
        }
        Ok(Archive { zip, entries, budget })
    }

    /// The contents of the entry called `name`, or `None` when there is none. Refused when it
    /// would unpack to more than `limit` bytes or more than the budget left; its packed size is
    /// bounded by the same limit (plus what DEFLATE adds to data it cannot pack).
    pub fn read(&mut self, name: &str, limit: usize) -> Result<Option<Vec<u8>>, ZipError> {
        let Some(e) = self.entries.iter().find(|e| e.name == name) else {
            return Ok(None);
        };
        let limit = limit.min(self.budget);
        let packed_limit = limit + limit / 1000 + 64;
        if e.size > limit || e.packed > packed_limit {
            return Err(ZipError::TooLarge { limit });
        }
        if e.flags & 1 != 0 {
            return Err(ZipError::Malformed("encrypted"));
        }
        let packed = &self.zip[e.data.1 - e.packed..e.data.1];
        let data = match e.method {
            0 => packed.to_vec(),
            8 => inflate(packed, limit)?,
            other => return Err(ZipError::Method(other)),
        };
        if data.len() != e.size {
            return Err(ZipError::Malformed("size differs from the directory"));
        }
        if crc32(&data) != e.crc {
            return Err(ZipError::Checksum(e.name.clone()));
        }
        self.budget -= data.len();
        Ok(Some(data))
    }
}

/// Inflates a raw DEFLATE stream; the output never grows past `limit` bytes.
fn inflate(packed: &[u8], limit: usize) -> Result<Vec<u8>, ZipError> {
    decompress_to_vec_with_limit(packed, limit).map_err(|err| match err.status {
        TINFLStatus::HasMoreOutput => ZipError::TooLarge { limit },
        TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => {
            ZipError::Malformed("deflate data cut short")
        }
        _ => ZipError::Malformed("not valid deflate data"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_entries_read_back() {
        let mut z = ZipWriter::new();
        z.add("mimetype", b"application/vnd.oasis.opendocument.text");
        z.add("sisältö/ä.xml", "<ä/>".as_bytes());
        let zip = z.finish();
        assert_eq!(names(&zip).unwrap(), ["mimetype", "sisältö/ä.xml"]);
        assert_eq!(read(&zip, "sisältö/ä.xml", 1000).unwrap().unwrap(), "<ä/>".as_bytes());
        assert_eq!(read(&zip, "nothing", 1000).unwrap(), None);
        assert_eq!(
            &zip[30..38],
            b"mimetype",
            "the first entry's name follows the first header"
        );
    }

    #[test]
    fn fixed_and_stored_blocks_within_their_limit() {
        // "Hei Hei Hei!" compressed by zlib (raw deflate, fixed codes).
        let fixed = [243, 72, 205, 84, 240, 128, 96, 69, 0];
        assert_eq!(inflate(&fixed, 100).unwrap(), b"Hei Hei Hei!");
        assert_eq!(inflate(&fixed, 12).unwrap(), b"Hei Hei Hei!", "exactly the limit");
        assert_eq!(inflate(&fixed, 11), Err(ZipError::TooLarge { limit: 11 }));
        assert_eq!(
            inflate(&fixed[..5], 100),
            Err(ZipError::Malformed("deflate data cut short"))
        );
        let stored = [0x01, 0x03, 0x00, 0xfc, 0xff, b'a', b'b', b'c'];
        assert_eq!(inflate(&stored, 3).unwrap(), b"abc");
        assert_eq!(inflate(&stored, 2), Err(ZipError::TooLarge { limit: 2 }));
        assert!(inflate(&[0xff, 0xff], 100).is_err());
        let big = miniz_oxide::deflate::compress_to_vec(&[7u8; 100_000], 9);
        assert_eq!(inflate(&big, 100_000).unwrap().len(), 100_000);
        assert_eq!(inflate(&big, 99_999), Err(ZipError::TooLarge { limit: 99_999 }));
    }

    #[test]
    fn crc_of_known_text() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn damaged_archives_are_refused() {
        assert!(read(b"PK\x03\x04 not really", "x", 10).is_err());
        let mut z = ZipWriter::new();
        z.add("a", b"hello");
        let mut zip = z.finish();
        zip[31] ^= 0xFF; // the data of entry "a"
        assert_eq!(read(&zip, "a", 100), Err(ZipError::Checksum("a".into())));
    }
}
