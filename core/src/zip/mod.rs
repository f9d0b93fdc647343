//! The zip container of DOCX and ODT files: writing (entries stored as they are) and reading
//! (stored or deflated entries), with no dependency.

mod inflate;

/// Why a zip file could not be read.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum ZipError {
    /// Not a zip file, or cut short.
    Malformed(&'static str),
    /// An entry packed with a method other than store or deflate.
    Method(u16),
    /// An entry's data does not match its checksum.
    Checksum(String),
}

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

    /// Adds a file, stored uncompressed (as ODF requires of `mimetype`, and every reader accepts).
    pub fn add(&mut self, name: &str, data: &[u8]) {
        let offset = self.out.len() as u32;
        let crc = crc32(data);
        let size = data.len() as u32;
        let name = name.as_bytes();
        let header = |sig: u32, central: bool| {
            let mut h = Vec::new();
            h.extend(sig.to_le_bytes());
            if central {
                h.extend(20u16.to_le_bytes()); // made by: 2.0
            }
            h.extend(20u16.to_le_bytes()); // version needed
            h.extend(0x0800u16.to_le_bytes()); // flags: names are UTF-8
            h.extend(0u16.to_le_bytes()); // method: stored
            h.extend(DOS_TIME.to_le_bytes());
            h.extend(DOS_DATE.to_le_bytes());
            h.extend(crc.to_le_bytes());
            h.extend(size.to_le_bytes());
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
        self.out.extend(data);
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
    Ok(directory(zip)?.into_iter().map(|e| e.name).collect())
}

struct DirEntry {
    name: String,
    method: u16,
    crc: u32,
    packed: usize,
    size: usize,
    offset: usize,
}

fn directory(zip: &[u8]) -> Result<Vec<DirEntry>, ZipError> {
    // The end record is within the last 64 KiB + 22 bytes (a comment may follow it).
    let from = zip.len().saturating_sub(65_557);
    let end = (from..zip.len().saturating_sub(21))
        .rev()
        .find(|&i| zip[i..].starts_with(&[0x50, 0x4b, 0x05, 0x06]))
        .ok_or(ZipError::Malformed("no zip directory"))?;
    let count = usize::from(u16_at(zip, end + 10)?);
    let mut at = u32_at(zip, end + 16)? as usize;
    let mut entries = Vec::with_capacity(count);
    for _ in 0..count {
        if u32_at(zip, at)? != 0x0201_4b50 {
            return Err(ZipError::Malformed("bad directory entry"));
        }
        let name_len = usize::from(u16_at(zip, at + 28)?);
        let extra = usize::from(u16_at(zip, at + 30)?);
        let comment = usize::from(u16_at(zip, at + 32)?);
        let name = zip
            .get(at + 46..at + 46 + name_len)
            .ok_or(ZipError::Malformed("cut short"))?;
        entries.push(DirEntry {
            name: String::from_utf8_lossy(name).into_owned(),
            method: u16_at(zip, at + 10)?,
            crc: u32_at(zip, at + 16)?,
            packed: u32_at(zip, at + 20)? as usize,
            size: u32_at(zip, at + 24)? as usize,
            offset: u32_at(zip, at + 42)? as usize,
        });
        at += 46 + name_len + extra + comment;
    }
    Ok(entries)
}

/// The contents of the entry called `name`, or `None` when there is none. Entries larger than
/// `limit` bytes are refused as malformed (a zip bomb is not a meeting).
pub fn read(zip: &[u8], name: &str, limit: usize) -> Result<Option<Vec<u8>>, ZipError> {
    let Some(e) = directory(zip)?.into_iter().find(|e| e.name == name) else {
        return Ok(None);
    };
    if e.size > limit {
        return Err(ZipError::Malformed("entry too large"));
    }
    if u32_at(zip, e.offset)? != 0x0403_4b50 {
        return Err(ZipError::Malformed("bad local header"));
    }
    let start = e.offset + 30 + usize::from(u16_at(zip, e.offset + 26)?) + usize::from(u16_at(zip, e.offset + 28)?);
    let packed = zip
        .get(start..start + e.packed)
        .ok_or(ZipError::Malformed("cut short"))?;
    let data = match e.method {
        0 => packed.to_vec(),
        8 => inflate::inflate(packed, limit).map_err(ZipError::Malformed)?,
        other => return Err(ZipError::Method(other)),
    };
    if crc32(&data) != e.crc {
        return Err(ZipError::Checksum(e.name));
    }
    Ok(Some(data))
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
