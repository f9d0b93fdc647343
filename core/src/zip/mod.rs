//! The zip container of DOCX and ODT files: writing (entries deflated, as office suites write
//! them) and reading (stored or deflated entries, inflated within a size limit), DEFLATE both
//! ways by `miniz_oxide` (`writer.rs`, `reader.rs`).

mod reader;
mod writer;

pub use reader::{names, read, Archive};
pub use writer::ZipWriter;

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

#[cfg(test)]
mod tests;
