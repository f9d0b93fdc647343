//! The objects of the file and its cross-reference stream: every object that is not a stream
//! (the structure tree's thousands of elements, pages, links) packed into compressed object
//! streams, as office suites pack them (PDF 1.5), so that a long document's structure takes a
//! few kilobytes rather than a few hundred.

use super::syntax::digits;

/// The most bytes of objects an object stream gathers before it is compressed and written: a
/// long document's structure in a few streams, never all of it held at once.
const PACK_BYTES: usize = 64 * 1024;

/// Where an object is in the file.
#[derive(Clone, Copy)]
enum Place {
    /// Reserved, not yet written.
    Unset,
    /// Set, waiting for the next object stream.
    Waiting,
    /// Written directly, starting at this offset (streams).
    At(usize),
    /// The `index`th object of the object stream numbered `stream`.
    Packed { stream: usize, index: usize },
}

/// Objects of the file, numbered from 1, written as they are set (in any order: the
/// cross-reference stream says where each is), so that no object is held twice.
pub struct Objects {
    out: Vec<u8>,
    places: Vec<Place>,
    /// Objects waiting for the next object stream: their numbers and where each starts in `body`.
    pending: Vec<(usize, usize)>,
    body: Vec<u8>,
}

impl Default for Objects {
    fn default() -> Objects {
        Objects {
            out: b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec(),
            places: Vec::new(),
            pending: Vec::new(),
            body: Vec::new(),
        }
    }
}

fn push_digits(out: &mut Vec<u8>, n: usize) {
    out.extend(digits(n, &mut [0; 20]).bytes());
}

impl Objects {
    pub fn reserve(&mut self) -> usize {
        self.places.push(Place::Unset);
        self.places.len()
    }
    /// Sets object `id` (not a stream): it goes into the next object stream.
    pub fn set(&mut self, id: usize, body: impl AsRef<[u8]>) {
        self.places[id - 1] = Place::Waiting;
        self.pending.push((id, self.body.len()));
        self.body.extend(body.as_ref());
        self.body.push(b'\n');
        if self.body.len() >= PACK_BYTES {
            self.pack();
        }
    }
    pub fn add(&mut self, body: impl AsRef<[u8]>) -> usize {
        let id = self.reserve();
        self.set(id, body);
        id
    }
    /// Writes the pending objects as one compressed object stream.
    fn pack(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let stream = self.reserve();
        let mut data = Vec::with_capacity(self.body.len() + self.pending.len() * 12);
        for (index, &(id, at)) in self.pending.iter().enumerate() {
            self.places[id - 1] = Place::Packed { stream, index };
            push_digits(&mut data, id);
            data.push(b' ');
            push_digits(&mut data, at);
            data.push(b' ');
        }
        let first = data.len();
        data.append(&mut self.body);
        let dict = format!("/Type /ObjStm /N {} /First {first}", self.pending.len());
        self.pending.clear();
        self.write_packed(stream, &dict, &data);
    }
    /// A stream compressed with DEFLATE (`/FlateDecode`), as office suites write them.
    pub fn packed(&mut self, dict: &str, data: &[u8]) -> usize {
        let id = self.reserve();
        self.write_packed(id, dict, data);
        id
    }
    fn write_packed(&mut self, id: usize, dict: &str, data: &[u8]) {
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(data, 9);
        self.write_stream(id, &format!("{dict} /Filter /FlateDecode"), &packed);
    }
    /// A stream written as it is (the XMP metadata, which readers look for uncompressed).
    pub fn stream(&mut self, dict: &str, data: &[u8]) -> usize {
        let id = self.reserve();
        self.write_stream(id, dict, data);
        id
    }
    fn write_stream(&mut self, id: usize, dict: &str, data: &[u8]) {
        self.places[id - 1] = Place::At(self.out.len());
        push_digits(&mut self.out, id);
        self.out.extend(b" 0 obj\n");
        let dict = dict.trim_start();
        self.out
            .extend(format!("<< {dict} /Length {} >>\nstream\n", data.len()).bytes());
        self.out.extend(data);
        self.out.extend(b"\nendstream\nendobj\n");
    }
    /// The finished file: the last object stream, then the cross-reference stream (rows of
    /// type, offset or object stream, generation or index; each row coded as the difference
    /// from the one above, PNG's "up" predictor, so that it compresses to little).
    pub fn finish(mut self, root: usize, info: usize) -> Vec<u8> {
        for id in 1..=self.places.len() {
            if matches!(self.places[id - 1], Place::Unset) {
                self.set(id, b"null");
            }
        }
        self.pack();
        let xref = self.reserve();
        let start = self.out.len();
        self.places[xref - 1] = Place::At(start);
        let widest = self.places.iter().fold(start, |m, p| match *p {
            Place::Packed { stream, .. } => m.max(stream),
            _ => m,
        });
        let wide = (1..=8).find(|&w| widest < 1usize << (8 * w)).unwrap_or(8);
        let row = 1 + wide + 2;
        let be = |n: usize, w: usize| (0..w).rev().map(move |i| (n >> (8 * i)) as u8);
        let mut rows: Vec<u8> = Vec::with_capacity((self.places.len() + 1) * row);
        rows.extend(be(0, 1 + wide).chain(be(0xFFFF, 2)));
        for place in &self.places {
            match *place {
                Place::At(offset) => rows.extend(be(1, 1).chain(be(offset, wide)).chain(be(0, 2))),
                Place::Packed { stream, index } => rows.extend(be(2, 1).chain(be(stream, wide)).chain(be(index, 2))),
                Place::Unset | Place::Waiting => unreachable!("every object was set and packed above"),
            }
        }
        let mut data = Vec::with_capacity(rows.len() + rows.len() / row);
        for (n, line) in rows.chunks(row).enumerate() {
            data.push(2); // PNG "up"
            match n {
                0 => data.extend(line),
                _ => data.extend(
                    line.iter()
                        .zip(&rows[(n - 1) * row..n * row])
                        .map(|(b, a)| b.wrapping_sub(*a)),
                ),
            }
        }
        let size = self.places.len() + 1;
        let dict = format!(
            "/Type /XRef /Size {size} /W [1 {wide} 2] /Root {root} 0 R /Info {info} 0 R \
             /DecodeParms << /Columns {row} /Predictor 12 >>"
        );
        self.write_packed(xref, &dict, &data);
        self.out.extend(format!("startxref\n{start}\n%%EOF\n").bytes());
        self.out
    }
}
