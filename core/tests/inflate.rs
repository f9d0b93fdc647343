//! The zip reader's inflate against another DEFLATE writer (zlib's, by flate2), at every compression level.

use flate2::write::DeflateEncoder;
use flate2::Compression;
use muistio_core::zip::{read, ZipWriter};
use proptest::prelude::*;
use std::io::Write;

fn deflate(data: &[u8], level: u32) -> Vec<u8> {
    let mut e = DeflateEncoder::new(Vec::new(), Compression::new(level));
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// A zip with one deflated entry, as office programs write them.
fn deflated_zip(name: &str, data: &[u8], level: u32) -> Vec<u8> {
    let packed = deflate(data, level);
    let mut zip = Vec::new();
    let crc = muistio_core::zip::crc32(data);
    let local = |central: bool| {
        let mut h = Vec::new();
        h.extend(if central { 0x0201_4b50u32 } else { 0x0403_4b50 }.to_le_bytes());
        if central {
            h.extend(20u16.to_le_bytes());
        }
        h.extend(20u16.to_le_bytes());
        h.extend(0u16.to_le_bytes());
        h.extend(8u16.to_le_bytes());
        h.extend([0u8; 4]);
        h.extend(crc.to_le_bytes());
        h.extend((packed.len() as u32).to_le_bytes());
        h.extend((data.len() as u32).to_le_bytes());
        h.extend((name.len() as u16).to_le_bytes());
        h.extend(0u16.to_le_bytes());
        if central {
            h.extend([0u8; 6]); // comment length, disk, internal attributes
            h.extend(0u32.to_le_bytes()); // external attributes
            h.extend(0u32.to_le_bytes()); // offset of the local header
        }
        h.extend(name.as_bytes());
        h
    };
    zip.extend(local(false));
    zip.extend(&packed);
    let dir_at = zip.len() as u32;
    let central = local(true);
    zip.extend(&central);
    zip.extend(0x0605_4b50u32.to_le_bytes());
    zip.extend([0u8; 4]);
    zip.extend(1u16.to_le_bytes());
    zip.extend(1u16.to_le_bytes());
    zip.extend((central.len() as u32).to_le_bytes());
    zip.extend(dir_at.to_le_bytes());
    zip.extend(0u16.to_le_bytes());
    zip
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn what_a_real_deflater_writes_we_read(
        text in "(?s)[a-zäöå <>/=\"\n]{0,3000}",
        noise in prop::collection::vec(any::<u8>(), 0..2000),
        level in 0u32..10,
    ) {
        for data in [text.as_bytes(), &noise[..]] {
            let zip = deflated_zip("word/document.xml", data, level);
            prop_assert_eq!(read(&zip, "word/document.xml", 1 << 20).unwrap().unwrap(), data);
            // A limit of exactly its size is enough.
            prop_assert_eq!(read(&zip, "word/document.xml", data.len()).unwrap().unwrap(), data);
        }
    }
}

#[test]
fn a_zip_bomb_is_refused() {
    let zip = deflated_zip("content.xml", &vec![b'a'; 5 << 20], 9);
    assert!(zip.len() < 20_000);
    assert!(matches!(
        read(&zip, "content.xml", 1 << 20),
        Err(muistio_core::zip::ZipError::TooLarge { limit: 1_048_576 })
    ));
}

#[test]
fn our_own_stored_zip_reads() {
    let mut z = ZipWriter::new();
    z.add("a.txt", b"abc");
    assert_eq!(read(&z.finish(), "a.txt", 10).unwrap().unwrap(), b"abc");
}
