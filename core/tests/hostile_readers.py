"""Reads a file Muistio made from a hostile memo the way other programs do, and reports what
markup, links and headers they find in it, as JSON, for tests/hostile.rs to judge.

Usage: python3 hostile_readers.py KIND FILE
  html   Python's HTML parser: every element with its attributes (script and style contents)
  office a Word or OpenDocument zip: its parts, each parsed by ElementTree; link targets,
         field codes, and every declaration found
  pdf    pikepdf: every annotation's action, document-level actions and names
  ics    icalendar: every component and property, with the event's summary and location
  eml    the email package: the header names and values, the subject, the attachments
"""

import json
import sys
import zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser


def html(path):
    class Collect(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.elements, self.raw, self.open = [], {}, None

        def handle_starttag(self, tag, attrs):
            self.elements.append({"tag": tag, "attrs": [[k, v] for k, v in attrs]})
            self.open = tag if tag in ("script", "style") else None

        def handle_startendtag(self, tag, attrs):
            self.elements.append({"tag": tag, "attrs": [[k, v] for k, v in attrs]})

        def handle_data(self, data):
            if self.open:
                self.raw.setdefault(self.open, []).append(data)

        def handle_endtag(self, tag):
            self.open = None

        def handle_decl(self, decl):
            self.elements.append({"tag": "!" + decl.split()[0].lower(), "attrs": []})

        def handle_pi(self, data):
            self.elements.append({"tag": "?", "attrs": []})

    parser = Collect()
    parser.feed(open(path, encoding="utf-8").read())
    parser.close()
    return {"elements": parser.elements, "raw": parser.raw}


def office(path):
    out = {"parts": [], "links": [], "fields": 0, "declarations": [], "external": []}
    ns_r = "{http://schemas.openxmlformats.org/package/2006/relationships}"
    xlink = "{http://www.w3.org/1999/xlink}href"
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            data = z.read(name)
            out["parts"].append(name)
            if not (name.endswith(".xml") or name.endswith(".rels")):
                continue
            for decl in (b"<!DOCTYPE", b"<!ENTITY", b"<![CDATA["):
                if decl in data:
                    out["declarations"].append([name, decl.decode()])
            root = ET.fromstring(data)
            for el in root.iter():
                if el.tag == ns_r + "Relationship" and el.get("TargetMode") == "External":
                    out["links"].append(el.get("Target"))
                if el.get(xlink) is not None:
                    out["links"].append(el.get(xlink))
                if el.tag in (w + "instrText", w + "fldSimple", w + "fldChar"):
                    out["fields"] += 1
                for key in ("src", "{http://www.w3.org/1999/xlink}actuate"):
                    if el.get(key) is not None:
                        out["external"].append([name, key, el.get(key)])
    return out


def pdf(path):
    import pikepdf

    out = {"actions": [], "uris": [], "names": [], "open_action": False, "aa": False}
    with pikepdf.open(path) as doc:
        root = doc.Root
        out["open_action"] = "/OpenAction" in root
        out["aa"] = "/AA" in root
        if "/Names" in root:
            out["names"] = [str(k) for k in root.Names.keys()]
        for page in doc.pages:
            if "/AA" in page.obj:
                out["aa"] = True
            for annot in page.obj.get("/Annots", []):
                action = annot.get("/A")
                if action is None:
                    continue
                out["actions"].append(str(action.get("/S")))
                if "/URI" in action:
                    out["uris"].append(str(action.URI))
    return out


def ics(path):
    import icalendar

    cal = icalendar.Calendar.from_ical(open(path, "rb").read())
    components = [c.name for c in cal.walk()]
    events = []
    for ev in cal.walk("VEVENT"):
        events.append(
            {
                "properties": sorted(ev.keys()),
                "summary": str(ev.get("SUMMARY")),
                "location": str(ev.get("LOCATION")) if "LOCATION" in ev else None,
            }
        )
    return {"components": components, "calendar": sorted(cal.keys()), "events": events}


def eml(path):
    import email
    from email import policy

    msg = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
    parts = [[p.get_filename(), len(p.get_content())] for p in msg.iter_attachments()]
    body = msg.get_body(preferencelist=("plain",)).get_content()
    defects = [type(d).__name__ for d in msg.defects]
    for part in msg.walk():
        defects += [type(d).__name__ for d in part.defects]
    return {
        "headers": list(msg.keys()),
        "subject": str(msg["Subject"]),
        "attachments": parts,
        "body": body,
        "defects": defects,
    }


if __name__ == "__main__":
    kind, path = sys.argv[1], sys.argv[2]
    print(json.dumps({"html": html, "office": office, "pdf": pdf, "ics": ics, "eml": eml}[kind](path)))
