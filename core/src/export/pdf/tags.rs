//! The structure tree of a tagged PDF: elements (Document, headings, paragraphs, lists, tables,
//! links) in reading order, built while the pages are laid out, and written as the structure
//! tree root, its elements and the parent tree that leads from marked content back to them.

use super::objects::Objects;
use super::syntax::push_int;
use std::fmt::Write;

/// A standard structure type (PDF 1.7, 14.8.4).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Role {
    Document,
    H1,
    H2,
    H3,
    P,
    L,
    LI,
    Lbl,
    LBody,
    Table,
    TR,
    TH,
    TD,
    Link,
}

impl Role {
    /// The name written in the file.
    pub fn name(self) -> &'static str {
        match self {
            Role::Document => "Document",
            Role::H1 => "H1",
            Role::H2 => "H2",
            Role::H3 => "H3",
            Role::P => "P",
            Role::L => "L",
            Role::LI => "LI",
            Role::Lbl => "Lbl",
            Role::LBody => "LBody",
            Role::Table => "Table",
            Role::TR => "TR",
            Role::TH => "TH",
            Role::TD => "TD",
            Role::Link => "Link",
        }
    }
}

/// Which cells a header cell heads.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Scope {
    Row,
    Column,
}

/// What an element holds, in reading order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kid {
    /// Another element.
    Node(usize),
    /// A text drawn on a page: the page, and the index of the drawing in the page's ops.
    Text { page: usize, op: usize },
    /// A link annotation: the page, and the index of the link in the page's links.
    Annot { page: usize, link: usize },
}

/// A structure element. Its kids are kept in the tree, each linked to the next, so that the
/// hundreds of thousands of elements of a long document are not each an allocation.
#[derive(Clone, PartialEq, Debug)]
pub struct Node {
    pub role: Role,
    /// For header cells: the cells they head.
    pub scope: Option<Scope>,
    /// Its first and last kid in [`Tree::kids`], when it has any.
    ends: Option<(usize, usize)>,
}

/// The structure tree; node 0 is the Document.
#[derive(Clone, PartialEq, Debug)]
pub struct Tree {
    pub nodes: Vec<Node>,
    /// Every node's kids: each kid, and the next kid of the same node.
    kids: Vec<(Kid, Option<usize>)>,
}

/// The Document element, root of every tree.
pub const DOCUMENT: usize = 0;

impl Default for Tree {
    fn default() -> Tree {
        Tree {
            nodes: vec![Node {
                role: Role::Document,
                scope: None,
                ends: None,
            }],
            kids: Vec::new(),
        }
    }
}

impl Tree {
    /// Adds an element as the last kid of `parent`; returns it.
    pub fn open(&mut self, role: Role, parent: usize) -> usize {
        self.header(role, None, parent)
    }

    /// Adds an element with a scope (a header cell) as the last kid of `parent`.
    pub fn header(&mut self, role: Role, scope: Option<Scope>, parent: usize) -> usize {
        self.nodes.push(Node {
            role,
            scope,
            ends: None,
        });
        let id = self.nodes.len() - 1;
        self.push(parent, Kid::Node(id));
        id
    }

    /// Adds `kid` as the last kid of `node`.
    pub fn push(&mut self, node: usize, kid: Kid) {
        let at = self.kids.len();
        self.kids.push((kid, None));
        let ends = &mut self.nodes[node].ends;
        *ends = match *ends {
            None => Some((at, at)),
            Some((first, last)) => {
                self.kids[last].1 = Some(at);
                Some((first, at))
            }
        };
    }

    /// The kids of `node`, in order.
    pub fn kids(&self, node: usize) -> impl Iterator<Item = Kid> + '_ {
        let mut next = self.nodes[node].ends.map(|(first, _)| first);
        std::iter::from_fn(move || {
            let (kid, after) = self.kids[next?];
            next = after;
            Some(kid)
        })
    }

    /// Whether `node` holds anything a reader reaches (table cells always count: rows keep
    /// their columns even when a cell is empty).
    fn kept(&self, node: usize, memo: &mut [Option<bool>]) -> bool {
        if let Some(k) = memo[node] {
            return k;
        }
        let mut keep = node == DOCUMENT || matches!(self.nodes[node].role, Role::TD | Role::TH);
        for kid in self.kids(node) {
            keep |= match kid {
                Kid::Node(k) => self.kept(k, memo),
                Kid::Text { .. } | Kid::Annot { .. } => true,
            };
        }
        memo[node] = Some(keep);
        keep
    }
}

/// A page as written: its object, the marked-content id of each op (if tagged), and each link
/// annotation's object and `/StructParent` key.
pub struct Written {
    pub id: usize,
    pub mcids: Vec<Option<usize>>,
    pub annots: Vec<(usize, usize)>,
}

/// Writes the tree's elements and the parent tree (pages take keys 0, 1, …, annotations the
/// keys they were given); returns the structure tree root.
pub fn write(tree: &Tree, pages: &[Written], objects: &mut Objects) -> usize {
    let mut memo = vec![None; tree.nodes.len()];
    let ids: Vec<Option<usize>> = (0..tree.nodes.len())
        .map(|n| tree.kept(n, &mut memo).then(|| objects.reserve()))
        .collect();
    let root = objects.reserve();
    // The owner of each marked-content id on each page, and of each annotation.
    let mut owners: Vec<Vec<Option<usize>>> = pages
        .iter()
        .map(|p| vec![None; p.mcids.iter().flatten().map(|m| m + 1).max().unwrap_or(0)])
        .collect();
    let mut annot_owners = Vec::new();
    let mut parents = vec![root; tree.nodes.len()];
    for (n, id) in ids.iter().enumerate() {
        for kid in tree.kids(n) {
            if let (Kid::Node(k), Some(id)) = (kid, id) {
                parents[k] = *id;
            }
        }
    }
    // One element's object, written into one buffer used again for each.
    let mut buf = String::new();
    for (n, node) in tree.nodes.iter().enumerate() {
        let Some(id) = ids[n] else { continue };
        let first_page = tree.kids(n).find_map(|k| match k {
            Kid::Text { page, op } => pages[page].mcids[op].map(|_| page),
            _ => None,
        });
        buf.clear();
        buf.push_str("<< /Type /StructElem /S /");
        buf.push_str(node.role.name());
        buf.push_str(" /P ");
        push_int(&mut buf, parents[n]);
        buf.push_str(" 0 R ");
        if let Some(p) = first_page {
            buf.push_str("/Pg ");
            push_int(&mut buf, pages[p].id);
            buf.push_str(" 0 R ");
        }
        buf.push_str(match node.scope {
            Some(Scope::Row) => "/A << /O /Table /Scope /Row >> ",
            Some(Scope::Column) => "/A << /O /Table /Scope /Column >> ",
            None => "",
        });
        buf.push_str("/K [");
        let start = buf.len();
        let mut last = None;
        for kid in tree.kids(n) {
            // Kids are separated by one space.
            let sep = if buf.len() > start { " " } else { "" };
            match kid {
                Kid::Node(k) => {
                    if let Some(k) = ids[k] {
                        buf.push_str(sep);
                        push_int(&mut buf, k);
                        buf.push_str(" 0 R");
                    }
                }
                Kid::Text { page, op } => {
                    let Some(mcid) = pages[page].mcids[op] else { continue };
                    if last == Some((page, mcid)) {
                        continue;
                    }
                    last = Some((page, mcid));
                    owners[page][mcid] = Some(id);
                    buf.push_str(sep);
                    match first_page == Some(page) {
                        true => push_int(&mut buf, mcid),
                        false => {
                            let _ = write!(buf, "<< /Type /MCR /Pg {} 0 R /MCID {mcid} >>", pages[page].id);
                        }
                    }
                }
                Kid::Annot { page, link } => {
                    let (annot, key) = pages[page].annots[link];
                    annot_owners.push((key, id));
                    let _ = write!(
                        buf,
                        "{sep}<< /Type /OBJR /Pg {} 0 R /Obj {annot} 0 R >>",
                        pages[page].id
                    );
                }
            }
        }
        buf.push_str("] >>");
        objects.set(id, &buf);
    }
    let mut nums = String::new();
    for (key, page) in owners.iter().enumerate() {
        let _ = write!(nums, "{key} [");
        for (i, owner) in page.iter().enumerate() {
            if i > 0 {
                nums.push(' ');
            }
            match owner {
                Some(id) => {
                    push_int(&mut nums, *id);
                    nums.push_str(" 0 R");
                }
                None => nums.push_str("null"),
            }
        }
        nums.push_str("] ");
    }
    crate::sort::all(&mut annot_owners);
    for (key, owner) in &annot_owners {
        let _ = write!(nums, "{key} {owner} 0 R ");
    }
    let next_key = pages.len() + pages.iter().map(|p| p.annots.len()).sum::<usize>();
    let parent_tree = objects.add(format!("<< /Nums [{}] >>", nums.trim_end()));
    let document = ids[DOCUMENT].expect("the Document is always kept");
    objects.set(
        root,
        format!(
            "<< /Type /StructTreeRoot /K [{document} 0 R] /ParentTree {parent_tree} 0 R \
             /ParentTreeNextKey {next_key} >>"
        ),
    );
    root
}
