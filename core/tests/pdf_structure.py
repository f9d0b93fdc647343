"""Reads a tagged PDF's structure with pikepdf, as an assistive technology would.

Usage: python3 pdf_structure.py FILE.pdf [--tree]

Walks the structure tree from the catalog in reading order, finds the text of each marked-content
id in the page's content stream (through the fonts' ToUnicode maps, or a span's /ActualText), and
prints JSON: the elements in reading order (role, depth, text, the roles of their element kids,
their object references, their table scope), the text in tag order, each page's artifact text,
the XMP metadata, and the problems found — marked content that does not nest, text outside any
marked content, MCIDs the parent tree does not lead back to exactly once, link annotations
without their Link element. With --tree it prints the tree as indented lines instead.
"""

import json
import re
import sys

import pikepdf


def unicode_map(font):
    """The ToUnicode map of a Type 0 font: two-byte code -> text."""
    out = {}
    if "/ToUnicode" not in font:
        return out
    cmap = font.ToUnicode.read_bytes().decode("latin-1")

    def utf16(hexstr):
        return bytes.fromhex(hexstr).decode("utf-16-be")

    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[int(src, 16)] = utf16(dst)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for lo, hi, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            start = int(dst, 16)
            for i, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                out[code] = chr(start + i)
    return out


def decode(data, cmap):
    """Text of a string shown with a two-byte (Identity-H) font."""
    data = bytes(data)
    return "".join(cmap.get(int.from_bytes(data[i : i + 2], "big"), "\ufffd") for i in range(0, len(data), 2))


def read_page(page, number, problems):
    """The page's marked content: MCID -> text, the MCIDs in content order, the artifact text."""
    fonts = {}
    if "/Resources" in page.obj and "/Font" in page.obj.Resources:
        fonts = {str(name): unicode_map(font) for name, font in page.obj.Resources.Font.items()}
    texts, order, artifacts = {}, [], []
    stack = []  # (tag, mcid or None, artifact?, actual text or None)
    cmap = {}
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op in ("BDC", "BMC"):
            tag = str(operands[0])
            props = operands[1] if op == "BDC" else None
            mcid = None
            actual = None
            if isinstance(props, pikepdf.Dictionary):
                if "/MCID" in props:
                    mcid = int(props.MCID)
                if "/ActualText" in props:
                    actual = str(props.ActualText)
            inside_mcid = any(m is not None for _, m, _, _ in stack)
            if mcid is not None:
                if inside_mcid:
                    problems.append(f"page {number}: MCID {mcid} nested in another")
                if mcid in texts:
                    problems.append(f"page {number}: MCID {mcid} used twice")
                texts[mcid] = ""
                order.append(mcid)
            artifact = tag == "/Artifact" or any(a for _, _, a, _ in stack)
            stack.append((tag, mcid, artifact, actual))
            if actual is not None:
                shown_in(stack, texts, artifacts, actual, skip_actual=False)
        elif op == "EMC":
            if not stack:
                problems.append(f"page {number}: EMC without BDC/BMC")
            else:
                stack.pop()
        elif op == "Tf":
            cmap = fonts.get(str(operands[0]), {})
        elif op in ("Tj", "TJ", "'", '"'):
            if op == "TJ":
                text = "".join(decode(s, cmap) for s in operands[0] if isinstance(s, pikepdf.String))
            else:
                text = decode(operands[-1], cmap)
            if not stack:
                problems.append(f"page {number}: text outside marked content: {text!r}")
            shown_in(stack, texts, artifacts, text, skip_actual=True)
    if stack:
        problems.append(f"page {number}: {len(stack)} marked-content sequences left open")
    return texts, order, "".join(artifacts)


def shown_in(stack, texts, artifacts, text, skip_actual):
    """Adds shown text to the innermost MCID or to the artifacts (an /ActualText replaces it)."""
    if skip_actual and any(a is not None for _, _, _, a in stack):
        return
    if any(art for _, _, art, _ in stack):
        artifacts.append(text)
        return
    for _, mcid, _, _ in reversed(stack):
        if mcid is not None:
            texts[mcid] += text
            return


def number_tree(node, out):
    """Flattens a number tree into a dict."""
    if "/Nums" in node:
        nums = list(node.Nums)
        for i in range(0, len(nums), 2):
            out[int(nums[i])] = nums[i + 1]
    for kid in node.get("/Kids", []):
        number_tree(kid, out)
    return out


def main():
    path = sys.argv[1]
    pdf = pikepdf.open(path)
    root = pdf.Root
    problems = []
    page_of = {p.obj.objgen: i for i, p in enumerate(pdf.pages)}
    pages = [read_page(p, i + 1, problems) for i, p in enumerate(pdf.pages)]
    tree_root = root.get("/StructTreeRoot")
    if tree_root is None:
        print(json.dumps({"problems": ["no structure tree"]}))
        return
    parent_tree = number_tree(tree_root.ParentTree, {})
    referenced = {}  # (page, mcid) -> element objgen
    objrs = {}  # annotation objgen -> element objgen
    nodes = []

    def kids_of(elem):
        k = elem.get("/K")
        if k is None:
            return []
        return list(k) if isinstance(k, pikepdf.Array) else [k]

    def walk(elem, depth, parent):
        if "/P" in elem and parent is not None and elem.P.objgen != parent.objgen:
            problems.append(f"{elem.S} points to the wrong parent")
        entry = {"role": str(elem.S)[1:], "depth": depth, "text": "", "kids": [], "objr": 0}
        if "/A" in elem and "/Scope" in elem.A:
            entry["scope"] = str(elem.A.Scope)[1:]
        nodes.append(entry)
        pg = page_of.get(elem.Pg.objgen) if "/Pg" in elem else None
        parts = []
        for kid in kids_of(elem):
            if isinstance(kid, int):
                key = (pg, int(kid))
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                key = (page_of.get(kid.Pg.objgen), int(kid.MCID))
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/OBJR":
                objrs[kid.Obj.objgen] = elem.objgen
                entry["objr"] += 1
                continue
            else:
                entry["kids"].append(str(kid.S)[1:])
                parts.append(" " + walk(kid, depth + 1, elem) + " ")
                continue
            if key in referenced:
                problems.append(f"page {key[0] + 1}: MCID {key[1]} belongs to two elements")
            referenced[key] = elem.objgen
            texts = pages[key[0]][0] if key[0] is not None else {}
            if key[1] not in texts:
                problems.append(f"page {key[0]}: MCID {key[1]} is not in the content")
            parts.append(texts.get(key[1], ""))
        text = "".join(parts)
        entry["text"] = " ".join(text.split())
        return text

    full = " ".join(walk(k, 0, None) for k in kids_of(tree_root)).split()
    # Every MCID in the content leads back, through the parent tree, to the element holding it.
    for i, p in enumerate(pdf.pages):
        texts, order, _ = pages[i]
        if "/StructParents" not in p.obj:
            problems.append(f"page {i + 1}: no /StructParents")
            continue
        if p.obj.get("/Tabs") != "/S":
            problems.append(f"page {i + 1}: tab order is not the structure order")
        owners = parent_tree.get(int(p.obj.StructParents))
        owners = list(owners) if owners is not None else []
        if len(owners) != len(order):
            problems.append(f"page {i + 1}: {len(order)} MCIDs but {len(owners)} parent-tree entries")
        for mcid in order:
            elem = referenced.get((i, mcid))
            if elem is None:
                problems.append(f"page {i + 1}: MCID {mcid} is in no element")
            elif mcid >= len(owners) or owners[mcid].objgen != elem:
                problems.append(f"page {i + 1}: the parent tree does not lead MCID {mcid} to its element")
        for annot in p.obj.get("/Annots", []):
            if annot.get("/Subtype") != "/Link":
                continue
            if "/Contents" not in annot:
                problems.append(f"page {i + 1}: a link without /Contents")
            if "/StructParent" not in annot:
                problems.append(f"page {i + 1}: a link without /StructParent")
                continue
            owner = parent_tree.get(int(annot.StructParent))
            if owner is None or objrs.get(annot.objgen) != owner.objgen or owner.S != "/Link":
                problems.append(f"page {i + 1}: a link annotation is not reached from its Link element")
    meta = pdf.open_metadata()
    info = {
        "lang": str(root.get("/Lang", "")),
        "marked": bool(root.get("/MarkInfo", {}).get("/Marked", False)),
        "display_doc_title": bool(root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)),
        "xmp": {
            "title": meta.get("dc:title"),
            "language": sorted(meta.get("dc:language") or []),
            "producer": meta.get("pdf:Producer"),
            "pdfua_part": meta.get("pdfuaid:part"),
        },
        "nodes": nodes,
        "text": " ".join(full),
        "artifacts": [a for _, _, a in pages],
        "problems": list(dict.fromkeys(problems))[:40],
    }
    if "--tree" in sys.argv:
        for n in nodes:
            print(f"{'  ' * n['depth']}{n['role']}: {n['text'][:90]}")
        for p in problems:
            print("PROBLEM:", p)
    else:
        print(json.dumps(info, ensure_ascii=False, default=str))


if __name__ == "__main__":
    main()
