//! The objects of the file and its cross-reference table.

use super::syntax::digits;

/// Objects of the file, numbered from 1, written into the file as they are set (in any order:
/// the cross-reference table says where each is), so that no object is held twice.
pub struct Objects {
    out: Vec<u8>,
    /// Where each object starts in `out`, once set.
    offsets: Vec<Option<usize>>,
}

impl Default for Objects {
    fn default() -> Objects {
        Objects {
            out: b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec(),
            offsets: Vec::new(),
        }
    }
}

impl Objects {
    pub fn reserve(&mut self) -> usize {
        self.offsets.push(None);
        self.offsets.len()
    }
    pub fn set(&mut self, id: usize, body: impl AsRef<[u8]>) {
        self.open(id);
        self.out.extend(body.as_ref());
        self.out.extend(b"\nendobj\n");
    }
    /// Starts writing object `id`.
    fn open(&mut self, id: usize) {
        self.offsets[id - 1] = Some(self.out.len());
        self.out.extend(digits(id, &mut [0; 20]).bytes());
        self.out.extend(b" 0 obj\n");
    }
    pub fn add(&mut self, body: impl AsRef<[u8]>) -> usize {
        let id = self.reserve();
        self.set(id, body);
        id
    }
    /// A stream compressed with DEFLATE (`/FlateDecode`), as office suites write them.
    pub fn packed(&mut self, dict: &str, data: &[u8]) -> usize {
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(data, 9);
        self.stream(&format!("{dict} /Filter /FlateDecode"), &packed)
    }
    /// A stream written as it is (the XMP metadata, which readers look for uncompressed).
    pub fn stream(&mut self, dict: &str, data: &[u8]) -> usize {
        let id = self.reserve();
        self.open(id);
        self.out
            .extend(format!("<< {dict} /Length {} >>\nstream\n", data.len()).bytes());
        self.out.extend(data);
        self.out.extend(b"\nendstream\nendobj\n");
        id
    }
    pub fn finish(mut self, root: usize, info: usize) -> Vec<u8> {
        for id in 1..=self.offsets.len() {
            if self.offsets[id - 1].is_none() {
                self.set(id, b"");
            }
        }
        let xref = self.out.len();
        let mut out = self.out;
        out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", self.offsets.len() + 1).bytes());
        for &o in self.offsets.iter().flatten() {
            let mut buf = [0; 20];
            let o = digits(o, &mut buf);
            out.extend(std::iter::repeat_n(b'0', 10usize.saturating_sub(o.len())));
            out.extend(o.bytes());
            out.extend(b" 00000 n \n");
        }
        out.extend(
            format!(
                "trailer\n<< /Size {} /Root {root} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n",
                self.offsets.len() + 1
            )
            .bytes(),
        );
        out
    }
}
