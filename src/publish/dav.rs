//! WebDAV and CardDAV's XML (RFC 4918, RFC 6352) with quick-xml: the two request bodies
//! `publish` sends, and the `multistatus` answers it reads. Pure: text in, data out.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::name::{Namespace, ResolveResult};
use quick_xml::reader::NsReader;

const DAV: &str = "DAV:";
const CARDDAV: &str = "urn:ietf:params:xml:ns:carddav";

/// One `response` of a `multistatus`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Resource {
    /// As the server wrote it: a path or a whole URL, percent-encoded.
    pub href: String,
    /// The `status` of the response itself (a multiget's href that is not there: 404).
    pub status: Option<u16>,
    pub etag: Option<String>,
    pub collection: bool,
    pub address_book: bool,
    pub display_name: Option<String>,
    /// `address-data`: the card.
    pub data: Option<String>,
}

/// `PROPFIND` (`Depth: 1`) for the collection and its members: what each is, its ETag.
pub fn propfind() -> Vec<u8> {
    body(|w| {
        w.create_element("d:propfind")
            .with_attributes([("xmlns:d", DAV), ("xmlns:card", CARDDAV)])
            .write_inner_content(|w| {
                w.create_element("d:prop").write_inner_content(|w| {
                    for name in ["d:resourcetype", "d:getetag", "d:displayname"] {
                        w.create_element(name).write_empty()?;
                    }
                    Ok(())
                })?;
                Ok(())
            })?;
        Ok(())
    })
}

/// `REPORT addressbook-multiget` (RFC 6352 8.7): the ETag and card of each of `hrefs`.
pub fn multiget<'a>(hrefs: impl IntoIterator<Item = &'a str>) -> Vec<u8> {
    body(|w| {
        w.create_element("card:addressbook-multiget")
            .with_attributes([("xmlns:d", DAV), ("xmlns:card", CARDDAV)])
            .write_inner_content(|w| {
                w.create_element("d:prop").write_inner_content(|w| {
                    w.create_element("d:getetag").write_empty()?;
                    w.create_element("card:address-data").write_empty()?;
                    Ok(())
                })?;
                for href in hrefs {
                    w.create_element("d:href")
                        .write_text_content(BytesText::new(href))?;
                }
                Ok(())
            })?;
        Ok(())
    })
}

fn body(content: impl FnOnce(&mut Writer<Vec<u8>>) -> std::io::Result<()>) -> Vec<u8> {
    let mut w = Writer::new(Vec::new());
    // Writing into a Vec cannot fail.
    let _ = w.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)));
    let _ = content(&mut w);
    w.into_inner()
}

/// Which element of interest an element is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum El {
    Multistatus,
    Response,
    Href,
    Status,
    Propstat,
    Prop,
    ResourceType,
    Collection,
    AddressBook,
    ETag,
    DisplayName,
    AddressData,
    Other,
}

fn element(ns: &ResolveResult, local: &str) -> El {
    match (ns, local) {
        (ResolveResult::Bound(Namespace(DAV)), name) => match name {
            "multistatus" => El::Multistatus,
            "response" => El::Response,
            "href" => El::Href,
            "status" => El::Status,
            "propstat" => El::Propstat,
            "prop" => El::Prop,
            "resourcetype" => El::ResourceType,
            "collection" => El::Collection,
            "getetag" => El::ETag,
            "displayname" => El::DisplayName,
            _ => El::Other,
        },
        (ResolveResult::Bound(Namespace(CARDDAV)), "addressbook") => El::AddressBook,
        (ResolveResult::Bound(Namespace(CARDDAV)), "address-data") => El::AddressData,
        _ => El::Other,
    }
}

/// The code of a `status` line: `HTTP/1.1 404 Not Found` → 404.
fn status_code(line: &str) -> Option<u16> {
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The `response`s of a `multistatus`, each with the properties its successful (2xx)
/// `propstat`s hold. An answer that is not well-formed XML, has no `multistatus`, or ends with
/// an element still open (cut short) is an error, with the reason.
pub fn multistatus(xml: &str) -> Result<Vec<Resource>, String> {
    let mut reader = NsReader::from_str(xml);
    let mut path: Vec<El> = Vec::new();
    let mut out = Vec::new();
    let mut current = Resource::default();
    // A propstat's properties, kept until its status says whether they count.
    let mut found = Resource::default();
    let mut propstat_status: Option<u16> = None;
    let mut text = String::new();
    let mut seen_root = false;
    loop {
        let (ns, event) = reader.read_resolved_event().map_err(|e| e.to_string())?;
        match event {
            Event::Start(e) => {
                let el = element(&ns, e.local_name().as_ref());
                seen_root |= el == El::Multistatus && path.is_empty();
                match el {
                    El::Response => current = Resource::default(),
                    El::Propstat => {
                        found = Resource::default();
                        propstat_status = None;
                    }
                    _ => {}
                }
                path.push(el);
                text.clear();
            }
            Event::Empty(e) => match (element(&ns, e.local_name().as_ref()), path.last()) {
                (El::Multistatus, None) => seen_root = true,
                (El::Collection, Some(El::ResourceType)) => found.collection = true,
                (El::AddressBook, Some(El::ResourceType)) => found.address_book = true,
                _ => {}
            },
            Event::Text(t) => text.push_str(&t.xml10_content()),
            Event::CData(c) => text.push_str(&c.into_inner()),
            Event::GeneralRef(r) => match r.resolve_char_ref().map_err(|e| e.to_string())? {
                Some(c) => text.push(c),
                None => {
                    let name = r.into_inner();
                    let entity = quick_xml::escape::resolve_predefined_entity(&name)
                        .ok_or_else(|| format!("unknown entity &{name};"))?;
                    text.push_str(entity);
                }
            },
            Event::End(_) => {
                let el = path.pop().unwrap_or(El::Other);
                let parent = path.last().copied();
                let value = std::mem::take(&mut text);
                match (el, parent) {
                    (El::Href, Some(El::Response)) => current.href = value.trim().to_string(),
                    (El::Status, Some(El::Response)) => current.status = status_code(&value),
                    (El::Status, Some(El::Propstat)) => propstat_status = status_code(&value),
                    (El::Collection, Some(El::ResourceType)) => found.collection = true,
                    (El::AddressBook, Some(El::ResourceType)) => found.address_book = true,
                    (El::ETag, Some(El::Prop)) => found.etag = Some(value.trim().to_string()),
                    (El::DisplayName, Some(El::Prop)) => found.display_name = Some(value),
                    (El::AddressData, Some(El::Prop)) => found.data = Some(value),
                    (El::Propstat, _)
                        if propstat_status.is_some_and(|s| (200..300).contains(&s)) =>
                    {
                        let f = std::mem::take(&mut found);
                        current.collection |= f.collection;
                        current.address_book |= f.address_book;
                        current.etag = current.etag.take().or(f.etag);
                        current.display_name = current.display_name.take().or(f.display_name);
                        current.data = current.data.take().or(f.data);
                    }
                    (El::Response, _) => out.push(std::mem::take(&mut current)),
                    _ => {}
                }
            }
            Event::Eof if !path.is_empty() => {
                return Err("the answer ends in the middle (cut short?)".to_string());
            }
            Event::Eof => break,
            _ => {}
        }
    }
    match seen_root {
        true => Ok(out),
        false => Err("the answer is not a WebDAV multistatus".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bodies_are_well_formed_and_escape_hrefs() {
        let body = String::from_utf8(multiget(["/ab/a&b.vcf"])).unwrap();
        assert!(body.contains("<d:href>/ab/a&amp;b.vcf</d:href>"), "{body}");
        assert!(body.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>"));
        let body = String::from_utf8(propfind()).unwrap();
        assert!(body.contains("<d:getetag/>"), "{body}");
    }

    #[test]
    fn a_multistatus_gives_each_response_its_successful_properties() {
        let xml = r#"<?xml version="1.0"?>
<multistatus xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">
 <response><href>/ab/</href>
  <propstat><prop><resourcetype><collection/><C:addressbook/></resourcetype>
   <displayname>Adressbok</displayname></prop><status>HTTP/1.1 200 OK</status></propstat>
  <propstat><prop><getetag/></prop><status>HTTP/1.1 404 Not Found</status></propstat>
 </response>
 <response><href>/ab/a.vcf</href>
  <propstat><prop><getetag>"e1"</getetag>
   <C:address-data>BEGIN:VCARD&#13;
FN:A &amp; B &lt;x&gt;&#13;
END:VCARD</C:address-data></prop>
   <status>HTTP/1.1 200 OK</status></propstat></response>
 <response><href>/ab/gone.vcf</href><status>HTTP/1.1 404 Not Found</status></response>
</multistatus>"#;
        let list = multistatus(xml).unwrap();
        assert_eq!(list.len(), 3);
        assert!(list[0].collection && list[0].address_book);
        assert_eq!(list[0].etag, None);
        assert_eq!(list[0].display_name.as_deref(), Some("Adressbok"));
        assert_eq!(list[1].etag.as_deref(), Some("\"e1\""));
        assert_eq!(
            list[1].data.as_deref(),
            Some("BEGIN:VCARD\r\nFN:A & B <x>\r\nEND:VCARD")
        );
        assert!(!list[1].collection);
        assert_eq!(list[2].status, Some(404));
    }

    #[test]
    fn broken_or_cut_xml_is_an_error_not_a_panic() {
        assert!(multistatus("<multistatus xmlns=\"DAV:\"/>").is_ok());
        assert!(multistatus("<multistatus xmlns=\"DAV:\"></multistatus>").is_ok());
        let cut = "<multistatus xmlns=\"DAV:\"><response><href>/a</href></response><resp";
        assert!(multistatus(cut).is_err());
        assert!(multistatus("<multistatus xmlns=\"DAV:\"><response>").is_err());
        assert!(multistatus("<a></b>").is_err());
        assert!(multistatus("<html>Login</html>").is_err());
        assert!(multistatus("").is_err());
    }
}
