//! Reading a zip file: its directory read and checked once, each entry stored or inflated
//! within its limit and the archive's budget, and checked against its checksum.

use super::{crc32, ZipError, MAX_ENTRIES};
use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};

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
        crate::sort::all(&mut spans);
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
pub(super) fn inflate(packed: &[u8], limit: usize) -> Result<Vec<u8>, ZipError> {
    decompress_to_vec_with_limit(packed, limit).map_err(|err| match err.status {
        TINFLStatus::HasMoreOutput => ZipError::TooLarge { limit },
        TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => {
            ZipError::Malformed("deflate data cut short")
        }
        _ => ZipError::Malformed("not valid deflate data"),
    })
}
