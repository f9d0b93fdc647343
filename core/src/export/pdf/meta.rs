//! The document's XMP metadata: title (in the document's language), language, producer, and
//! the claim of PDF/UA-1 that accessibility checkers look for.

use crate::xml::escape;

/// The XMP packet for a document titled `title`, written in the language `lang` ("fi-FI").
pub fn xmp(title: &str, lang: &str) -> String {
    let title = escape(title);
    let lang = escape(lang);
    format!(
        r#"<?xpacket begin="{bom}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt>
    <rdf:li xml:lang="x-default">{title}</rdf:li>
    <rdf:li xml:lang="{lang}">{title}</rdf:li>
   </rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
   <pdf:Producer>Muistio</pdf:Producer>
   <xmp:CreatorTool>Muistio</xmp:CreatorTool>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"#,
        bom = '\u{FEFF}'
    )
}
