use super::reader::inflate;
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
