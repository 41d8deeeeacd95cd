//! Any bytes as a CardDAV server's answer: the multistatus parsed, each card in it read and
//! planned against a directory card. A hostile or broken server may make `publish` report
//! anything; it must not panic, hang or allocate without bound.
#![no_main]

use kontakt::publish::{card, dav, plan};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut cards = vec![card::read(&text)];
    if let Ok(list) = dav::multistatus(&text) {
        cards.extend(list.iter().filter_map(|r| r.data.as_deref()).map(card::read));
    }
    let own = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:urn:uuid:1\r\nFN:A\r\nEND:VCARD\r\n";
    let wanted = [plan::Wanted {
        uid: "urn:uuid:1".into(),
        file: "1.vcf".into(),
        name: "A".into(),
        region: "Syd".into(),
        body: card::marked(own.as_bytes()),
        canonical: card::canonical(own),
    }];
    let remote: Vec<plan::Remote> = cards
        .into_iter()
        .map(|read| plan::Remote {
            href: "/ab/x.vcf".into(),
            etag: Some("\"1\"".into()),
            read,
        })
        .collect();
    let _ = plan::plan(&wanted, &remote, false);
});
