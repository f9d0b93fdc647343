#!/usr/bin/env python3
"""Remakes the office files of core/tests/fixtures/office/: Word and OpenDocument files as other
programs write them, for the word recall test (core/tests/office_recall.rs).

    python3 tools/office-corpus.py            # all: LibreOffice, pandoc and by hand
    python3 tools/office-corpus.py --by-hand  # only the files written here, by hand

LibreOffice (soffice) and pandoc convert the sources in sources/; the rest are written below,
part by part, with the odd shapes other programs use.
"""
import os, subprocess, sys, tempfile, zipfile

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "core", "tests", "fixtures", "office")
SRC = os.path.join(HERE, "sources")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
PIXEL = "pixel.png"


def write_zip(name, parts, first=None):
    path = os.path.join(HERE, name)
    # A fixed time keeps the files the same from one run to the next.
    when = (2026, 1, 1, 0, 0, 0)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        if first:
            z.writestr(zipfile.ZipInfo(first[0], when), first[1], compress_type=zipfile.ZIP_STORED)
        for part, data in parts.items():
            z.writestr(zipfile.ZipInfo(part, when), data, compress_type=zipfile.ZIP_DEFLATED)
    print("wrote", name)


def content_types(main, extra=""):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            f'<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>'
            f'<Override PartName="/{main}" ContentType="{MAIN_TYPE}"/>{extra}</Types>')


def package_rels(main):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PKG}">'
            f'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"'
            f' Target="{main}"/></Relationships>')


def rels(entries):
    body = "".join(f'<Relationship Id="{i}" Type="{R}/{t}" Target="{target}"{mode}/>' for i, t, target, mode in entries)
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PKG}">{body}</Relationships>'


def pixel():
    with open(os.path.join(SRC, PIXEL), "rb") as f:
        return f.read()


# English: the main part at content/minutes.xml (found through _rels/.rels), Word's namespace
# under the prefix ns0:, content controls, notes, pictures with descriptions, tracked changes,
# fields, text boxes (as Word writes them: a modern choice and a VML fallback of the same text),
# tables (one with only a header row), tabs, breaks and symbols.
def by_hand_main_part():
    ns = (f'xmlns:ns0="{W}" xmlns:ns1="{R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
          ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
          ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
          ' xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
          ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
          ' xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"')

    def p(text, style=None):
        ppr = f'<ns0:pPr><ns0:pStyle ns0:val="{style}"/></ns0:pPr>' if style else ""
        return f'<ns0:p>{ppr}<ns0:r><ns0:t xml:space="preserve">{text}</ns0:t></ns0:r></ns0:p>'

    def cell(text):
        return f'<ns0:tc><ns0:tcPr><ns0:tcW ns0:w="3000" ns0:type="dxa"/></ns0:tcPr>{p(text)}</ns0:tc>'

    def row(cells, header=False):
        trpr = "<ns0:trPr><ns0:tblHeader/></ns0:trPr>" if header else ""
        return f'<ns0:tr>{trpr}{"".join(cell(c) for c in cells)}</ns0:tr>'

    def grid(n):
        return "<ns0:tblGrid>" + '<ns0:gridCol ns0:w="3000"/>' * n + "</ns0:tblGrid>"

    drawing = ('<ns0:r><ns0:drawing><wp:inline><wp:extent cx="381000" cy="381000"/>'
               '<wp:docPr id="1" name="Picture 1" descr="Floor plan of the new reading room with twelve desks"/>'
               '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
               '<pic:nvPicPr><pic:cNvPr id="0" name="plan.png" descr="Floor plan of the new reading room with twelve desks"/>'
               '<pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip ns1:embed="rIdImg"/></pic:blipFill>'
               '</pic:pic></a:graphicData></a:graphic></wp:inline></ns0:drawing></ns0:r>')
    textbox = ('<ns0:r><mc:AlternateContent><mc:Choice Requires="wps"><ns0:drawing><wp:anchor><wp:docPr id="2" name="Text Box 2"/>'
               '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
               '<wps:txbx><ns0:txbxContent><ns0:p><ns0:r><ns0:t>Quiet study hours start at nine every weekday.</ns0:t></ns0:r>'
               '</ns0:p></ns0:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></ns0:drawing>'
               '</mc:Choice><mc:Fallback><ns0:pict><v:shape><v:textbox><ns0:txbxContent><ns0:p><ns0:r>'
               '<ns0:t>Quiet study hours start at nine every weekday.</ns0:t></ns0:r></ns0:p></ns0:txbxContent>'
               '</v:textbox></v:shape></ns0:pict></mc:Fallback></mc:AlternateContent></ns0:r>')
    body = "".join([
        p("Westfield Library Friends – Committee Meeting", "Title"),
        p("MINUTES"),
        '<ns0:sdt><ns0:sdtPr><ns0:alias ns0:val="Date"/><ns0:date/></ns0:sdtPr><ns0:sdtContent>'
        '<ns0:p><ns0:r><ns0:t xml:space="preserve">Date: Monday 9 February 2026</ns0:t></ns0:r></ns0:p>'
        '</ns0:sdtContent></ns0:sdt>',
        '<ns0:p><ns0:r><ns0:t xml:space="preserve">Venue: </ns0:t></ns0:r><ns0:sdt><ns0:sdtPr><ns0:text/></ns0:sdtPr>'
        '<ns0:sdtContent><ns0:r><ns0:t>the Garden Room, Westfield Library, 3 Church Road, Leeds</ns0:t></ns0:r>'
        '</ns0:sdtContent></ns0:sdt></ns0:p>',
        p("Present:"),
        '<ns0:tbl><ns0:tblPr><ns0:tblW ns0:w="0" ns0:type="auto"/></ns0:tblPr>' + grid(2),
        row(["Name", "Role"], header=True),
        row(["Beatrice Holloway", "chair"]), row(["Samuel Achebe", "treasurer"]), row(["Fiona McIntyre", "secretary"]),
        "</ns0:tbl>",
        p("1. Reading room refurbishment", "Heading1"),
        '<ns0:p><ns0:r><ns0:t xml:space="preserve">Samuel presented the quote</ns0:t></ns0:r>'
        '<ns0:r><ns0:footnoteReference ns0:id="2"/></ns0:r><ns0:r><ns0:t xml:space="preserve"> from the joiners.</ns0:t></ns0:r>'
        '<ns0:r><ns0:tab/><ns0:t>The</ns0:t></ns0:r><ns0:ins ns0:id="7" ns0:author="F"><ns0:r><ns0:t xml:space="preserve"> revised</ns0:t>'
        '</ns0:r></ns0:ins><ns0:del ns0:id="8" ns0:author="F"><ns0:r><ns0:delText xml:space="preserve"> withdrawn</ns0:delText></ns0:r>'
        '</ns0:del><ns0:r><ns0:t xml:space="preserve"> plan keeps the bay windows</ns0:t></ns0:r>'
        '<ns0:r><ns0:sym ns0:font="Wingdings" ns0:char="F0E0"/><ns0:t xml:space="preserve"> and adds twelve desks.</ns0:t></ns0:r></ns0:p>',
        f'<ns0:p>{drawing}</ns0:p>',
        '<ns0:p><ns0:r><ns0:rPr><ns0:b/></ns0:rPr><ns0:t>Fiona:</ns0:t></ns0:r><ns0:r><ns0:t xml:space="preserve"> The grant rules are at </ns0:t>'
        '</ns0:r><ns0:hyperlink ns1:id="rIdLink"><ns0:r><ns0:t>the council website</ns0:t></ns0:r></ns0:hyperlink>'
        '<ns0:r><ns0:t xml:space="preserve">; see also page </ns0:t></ns0:r><ns0:fldSimple ns0:instr=" PAGEREF grant \\h ">'
        '<ns0:r><ns0:t>4</ns0:t></ns0:r></ns0:fldSimple><ns0:r><ns0:t xml:space="preserve"> of the </ns0:t></ns0:r>'
        '<ns0:r><ns0:fldChar ns0:fldCharType="begin"/></ns0:r>'
        '<ns0:r><ns0:instrText xml:space="preserve"> HYPERLINK "https://example.org/guide" </ns0:instrText></ns0:r>'
        '<ns0:r><ns0:fldChar ns0:fldCharType="separate"/></ns0:r><ns0:r><ns0:t>applicant guide</ns0:t></ns0:r>'
        '<ns0:r><ns0:fldChar ns0:fldCharType="end"/></ns0:r><ns0:r><ns0:t>.</ns0:t></ns0:r></ns0:p>',
        f'<ns0:p>{textbox}</ns0:p>',
        p("Decision: The committee accepted the revised quote of £6,400."),
        p("2. Volunteer rota", "Heading1"),
        '<ns0:tbl><ns0:tblPr/>' + grid(3), row(["Morning shift", "Afternoon shift", "Evening shift"], header=True), '</ns0:tbl>',
        '<ns0:p><ns0:r><ns0:t>Names go into the empty rota above by the end of February.</ns0:t><ns0:br/>'
        '<ns0:t>Fiona will chase anyone who has not replied</ns0:t></ns0:r><ns0:r><ns0:endnoteReference ns0:id="1"/></ns0:r>'
        '<ns0:r><ns0:t>.</ns0:t></ns0:r></ns0:p>',
        '<ns0:sdt><ns0:sdtPr><ns0:docPartObj><ns0:docPartGallery ns0:val="Table of Contents"/></ns0:docPartObj></ns0:sdtPr>'
        '<ns0:sdtContent><ns0:p><ns0:r><ns0:t>Action (Fiona, 20 February 2026): Send the rota to all volunteers.</ns0:t>'
        '</ns0:r></ns0:p></ns0:sdtContent></ns0:sdt>',
        p("3. Close", "Heading1"),
        p("The meeting closed at 8.15 pm."),
        '<ns0:sectPr><ns0:pgSz ns0:w="11906" ns0:h="16838"/></ns0:sectPr>',
    ])
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><ns0:document {ns}><ns0:body>{body}</ns0:body></ns0:document>'

    def notes(kind, items):
        sep = (f'<ns0:{kind} ns0:type="separator" ns0:id="-1"><ns0:p><ns0:r><ns0:separator/></ns0:r></ns0:p></ns0:{kind}>'
               f'<ns0:{kind} ns0:type="continuationSeparator" ns0:id="0"><ns0:p><ns0:r><ns0:continuationSeparator/></ns0:r>'
               f'</ns0:p></ns0:{kind}>')
        body = "".join(f'<ns0:{kind} ns0:id="{i}"><ns0:p><ns0:r><ns0:{kind}Ref/></ns0:r><ns0:r><ns0:t xml:space="preserve"> {t}</ns0:t>'
                       f'</ns0:r></ns0:p></ns0:{kind}>' for i, t in items)
        return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><ns0:{kind}s xmlns:ns0="{W}">{sep}{body}</ns0:{kind}s>'

    parts = {
        "[Content_Types].xml": content_types("content/minutes.xml",
                                             '<Override PartName="/content/notes/fn.xml" ContentType="application/'
                                             'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
                                             '<Override PartName="/content/notes/en.xml" ContentType="application/'
                                             'vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>'),
        "_rels/.rels": package_rels("content/minutes.xml"),
        "content/_rels/minutes.xml.rels": rels([
            ("rIdLink", "hyperlink", "https://example.org/grants", ' TargetMode="External"'),
            ("rIdImg", "image", "media/plan.png", ""),
            ("rIdFn", "footnotes", "notes/fn.xml", ""),
            ("rIdEn", "endnotes", "notes/en.xml", ""),
        ]),
        "content/minutes.xml": document,
        "content/notes/fn.xml": notes("footnote", [(2, "The joiners are Hargreaves &amp; Sons of Otley.")]),
        "content/notes/en.xml": notes("endnote", [(1, "Two volunteers have already offered Saturday mornings.")]),
        "content/media/plan.png": pixel(),
    }
    write_zip("by-hand-main-part-en.docx", parts)


# Swedish: Word's namespace as the default namespace (no prefix at all), the main part called
# word/document2.xml (as Word names it after some repairs), a list and a table of people.
def by_hand_default_namespace():
    def p(text, extra=""):
        return f'<p>{extra}<r><t xml:space="preserve">{text}</t></r></p>'

    def row(cells):
        return "<tr>" + "".join(f"<tc>{p(c)}</tc>" for c in cells) + "</tr>"

    bullet = '<pPr><numPr><ilvl val="0"/><numId val="1"/></numPr></pPr>'
    body = "".join([
        p("Kyrkslätts hembygdsförening – styrelsemöte", '<pPr><pStyle val="Title"/></pPr>'),
        p("PROTOKOLL 3/2026"),
        p("Tid: 7.4.2026 kl. 19.00"),
        p("Plats: Prästgårdens kök, Kyrkslätt"),
        p("Närvarande:"),
        '<tbl><tblPr/><tblGrid><gridCol w="4000"/><gridCol w="4000"/></tblGrid>',
        row(["Namn", "Organisation"]), row(["Ulla Sjöberg", "ordförande"]),
        row(["Gunnar Wikström", "sekreterare"]), row(["Ebba Lindholm", ""]), "</tbl>",
        p("1 § Mötets öppnande", '<pPr><pStyle val="Heading2"/></pPr>'),
        p("Ordföranden öppnade mötet och hälsade de närvarande välkomna."),
        p("2 § Vårtalkot", '<pPr><pStyle val="Heading2"/></pPr>'),
        p("Talkot hålls vid hembygdsgården lördagen 25.4.", bullet),
        p("Gunnar ordnar kaffe och bullar.", bullet),
        p("Ebba tar med räfsor och skottkärror.", bullet),
        '<p><r><t xml:space="preserve">Beslut: Styrelsen beslöt att köpa nya </t></r><smartTag uri="x" element="y"><r><t>fönsterluckor</t>'
        '</r></smartTag><customXml element="z"><r><t xml:space="preserve"> till bastun</t></r></customXml><r><t>.</t></r></p>',
        p("3 § Mötets avslutande", '<pPr><pStyle val="Heading2"/></pPr>'),
        p("Ordföranden avslutade mötet kl. 20.40."),
    ])
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><document xmlns="{W}" xmlns:r="{R}">'
                f"<body>{body}<sectPr/></body></document>")
    parts = {
        "[Content_Types].xml": content_types("word/document2.xml"),
        "_rels/.rels": package_rels("/word/document2.xml"),
        "word/_rels/document2.xml.rels": rels([]),
        "word/document2.xml": document,
    }
    write_zip("by-hand-default-namespace-sv.docx", parts)


# Finnish: OpenDocument with prefixes of its own (t: for text, tb: for table, o: for office),
# tracked changes (a deletion kept aside), spans, runs of spaces, lists, a table with a header
# row, notes, a picture and a drawing with descriptions, sections, bookmarks.
def by_hand_odt():
    ns = ('xmlns:o="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:t="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
          ' xmlns:tb="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:d="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
          ' xmlns:g="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:x="http://www.w3.org/1999/xlink"'
          ' xmlns:dc="http://purl.org/dc/elements/1.1/"')
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<o:document-content {ns} o:version="1.3"><o:automatic-styles/><o:body><o:text>
<t:tracked-changes><t:changed-region t:id="ct1"><t:deletion><o:change-info><dc:creator>Lea</dc:creator>
<dc:date>2026-03-02T10:00:00</dc:date></o:change-info><t:p>poistettu virke vanhasta luonnoksesta</t:p></t:deletion>
</t:changed-region></t:tracked-changes>
<t:h t:outline-level="1">Savonlinnan kuoroyhdistyksen hallituksen kokous</t:h>
<t:p>MUISTIO</t:p>
<t:p>Aika: 2.3.2026 klo 18.00</t:p>
<t:p>Paikka: Olavinkatu 27, <t:span t:style-name="T1">kuorosali</t:span>, Savonlinna</t:p>
<t:p>Paikalla:</t:p>
<tb:table tb:name="Paikalla"><tb:table-column tb:number-columns-repeated="2"/>
<tb:table-header-rows><tb:table-row><tb:table-cell><t:p>Nimi</t:p></tb:table-cell><tb:table-cell><t:p>Tehtävä</t:p></tb:table-cell>
</tb:table-row></tb:table-header-rows>
<tb:table-row><tb:table-cell><t:p>Lea Hyvönen</t:p></tb:table-cell><tb:table-cell><t:p>puheenjohtaja</t:p></tb:table-cell></tb:table-row>
<tb:table-row><tb:table-cell><t:p>Mikko Pesonen</t:p></tb:table-cell><tb:table-cell><t:p>rahastonhoitaja</t:p></tb:table-cell></tb:table-row>
<tb:table-row><tb:table-cell><t:p>Aila Turunen</t:p></tb:table-cell><tb:table-cell/></tb:table-row>
</tb:table>
<t:section t:name="Asiat">
<t:h t:outline-level="2">1. Kokouksen avaus</t:h>
<t:p>Puheenjohtaja avasi<t:s/>kokouksen<t:s t:c="4"/>klo 18.02.<t:changed-region-start/><t:change t:change-id="ct1"/></t:p>
<t:h t:outline-level="2">2. Kevätkonsertti</t:h>
<t:p>Konsertti pidetään <t:bookmark t:name="k"/>Tuomiokirkossa<t:note t:id="n1" t:note-class="footnote"><t:note-citation>1</t:note-citation>
<t:note-body><t:p>Seurakunta on vahvistanut varauksen sähköpostilla.</t:p></t:note-body></t:note> toukokuun toisena sunnuntaina.</t:p>
<t:list><t:list-item><t:p>ohjelmassa Sibeliusta ja Madetojaa</t:p></t:list-item>
<t:list-item><t:p>solistina <t:a x:type="simple" x:href="https://example.fi/solisti">Hanna-Maria Räsänen</t:a></t:p>
<t:list><t:list-item><t:p>harjoitukset keskiviikkoisin</t:p></t:list-item></t:list></t:list-item></t:list>
<t:p><d:frame d:name="Juliste" g:width="3cm" g:height="4cm"><d:image x:href="Pictures/juliste.png"/>
<g:title>Konserttijuliste</g:title><g:desc>Juliste, jossa kuoro seisoo linnan muurilla iltavalossa</g:desc></d:frame></t:p>
<t:p>Päätös: Lippujen hinnaksi vahvistettiin 15 euroa<t:soft-page-break/> ja opiskelijoille 8 euroa.</t:p>
<t:p><d:frame d:name="Laatikko"><d:text-box><t:p>Muista palauttaa nuotit arkistoon konsertin jälkeen.</t:p></d:text-box></d:frame></t:p>
<t:h t:outline-level="2">3. Kokouksen päättäminen</t:h>
<t:p>Puheenjohtaja päätti kokouksen klo 19.20.<t:line-break/>Seuraava kokous 6.4.2026.</t:p>
</t:section>
</o:text></o:body></o:document-content>"""
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
                ' manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="Pictures/juliste.png" manifest:media-type="image/png"/></manifest:manifest>')
    styles = ('<?xml version="1.0" encoding="UTF-8"?><o:document-styles xmlns:o="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
              ' o:version="1.3"><o:styles/></o:document-styles>')
    parts = {"content.xml": content, "styles.xml": styles, "META-INF/manifest.xml": manifest, "Pictures/juliste.png": pixel()}
    write_zip("by-hand-prefixes-fi.odt", parts, first=("mimetype", "application/vnd.oasis.opendocument.text"))


# pandoc 2.17 finds Word's elements by their usual prefix (w:), not by namespace, and refuses
# the two Word files above. Their twins are the same files with the usual prefixes (the parts
# rewritten by ElementTree, nothing else changed): what pandoc reads of them is what the test
# compares with.
TWIN_PREFIXES = {
    "w": W, "r": R, "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape", "v": "urn:schemas-microsoft-com:vml",
}


def twin(name):
    import xml.etree.ElementTree as ET
    for prefix, uri in TWIN_PREFIXES.items():
        ET.register_namespace(prefix, uri)
    os.makedirs(os.path.join(HERE, "twins"), exist_ok=True)
    with zipfile.ZipFile(os.path.join(HERE, name)) as z:
        parts = {}
        for part in z.namelist():
            data = z.read(part)
            if part.endswith(".xml") and not part.startswith("["):
                data = ET.tostring(ET.fromstring(data), encoding="UTF-8", xml_declaration=True)
            parts[part] = data
    write_zip(os.path.join("twins", name), parts)


def run(args, cwd):
    print("$", " ".join(args))
    subprocess.run(args, cwd=cwd, check=True, stdout=subprocess.DEVNULL)


def converted():
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as out:
        soffice = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to"]
        for source, stem, to in [("hallitus.html", "libreoffice-hallitus-fi", ["docx:MS Word 2007 XML", "odt"]),
                                 ("styrelse.html", "libreoffice-styrelse-sv", ["docx:MS Word 2007 XML", "odt"]),
                                 ("board.fodt", "libreoffice-board-en", ["docx", "odt"]),
                                 ("../by-hand-prefixes-fi.odt", "libreoffice-kuoro-fi", ["docx"]),
                                 ("../by-hand-main-part-en.docx", "libreoffice-library-en", ["odt"])]:
            for target in to:
                run(soffice + [target, "--outdir", out, source], SRC)
                ext = target.split(":")[0]
                made = os.path.basename(source).rsplit(".", 1)[0] + "." + ext
                os.replace(os.path.join(out, made), os.path.join(HERE, f"{stem}.{ext}"))
    for source, stem, exts in [("yhdistys.md", "pandoc-yhdistys-fi", ["docx", "odt"]),
                               ("agm.md", "pandoc-agm-en", ["docx", "odt"]),
                               ("forening.md", "pandoc-forening-sv", ["docx", "odt"]),
                               ("styrelse.html", "pandoc-styrelse-sv", ["docx"])]:
        for ext in exts:
            run(["pandoc", "--standalone", source, "-o", os.path.join(HERE, f"{stem}.{ext}")], SRC)


if __name__ == "__main__":
    by_hand_main_part()
    by_hand_default_namespace()
    by_hand_odt()
    twin("by-hand-main-part-en.docx")
    twin("by-hand-default-namespace-sv.docx")
    if "--by-hand" not in sys.argv:
        converted()
