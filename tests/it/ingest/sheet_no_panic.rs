//! The sheet reader never panics: arbitrary bytes, truncated and corrupted
//! copies of a real working draft, and well-zipped but corrupted content.xml
//! all end in `Ok` or an `IngestError` that names the file.

use crate::support;

use proptest::prelude::*;
use specgen::ingest::{read_bytes, Format, ReadOptions};
use std::io::{Read, Write};
use std::sync::OnceLock;

fn real() -> &'static [u8] {
    static BYTES: OnceLock<Vec<u8>> = OnceLock::new();
    BYTES.get_or_init(|| std::fs::read(support::spec("mqtt-v3.1.1-wd-statements/2014-02-27-1550.ods")).unwrap())
}

/// The draft's archive members, to re-zip with a corrupted content.xml (a
/// flipped byte in the compressed archive only reaches the CRC check).
fn members() -> &'static Vec<(String, Vec<u8>)> {
    static MEMBERS: OnceLock<Vec<(String, Vec<u8>)>> = OnceLock::new();
    MEMBERS.get_or_init(|| {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(real())).unwrap();
        (0..zip.len())
            .map(|i| {
                let mut f = zip.by_index(i).unwrap();
                let mut body = Vec::new();
                f.read_to_end(&mut body).unwrap();
                (f.name().to_string(), body)
            })
            .collect()
    })
}

fn rezip(content: &[u8]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, body) in members() {
        w.start_file(name.as_str(), opts).unwrap();
        w.write_all(if name == "content.xml" { content } else { body }).unwrap();
    }
    w.finish().unwrap().into_inner()
}

fn check(bytes: &[u8]) {
    match read_bytes(bytes, "fuzz.ods", Format::Sheet, &ReadOptions::default()) {
        Ok(x) => assert!(x.list.statements.iter().all(|s| !s.id.is_empty())),
        Err(e) => {
            assert_eq!(e.path, std::path::Path::new("fuzz.ods"));
            assert!(!e.reason.is_empty());
        }
    }
}

fn content_xml() -> &'static [u8] {
    &members().iter().find(|(n, _)| n == "content.xml").unwrap().1
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: crate::support::regressions(), ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048), zip_magic in any::<bool>()) {
        let mut b = if zip_magic { b"PK\x03\x04".to_vec() } else { Vec::new() };
        b.extend(bytes);
        check(&b);
    }

    #[test]
    fn truncated_draft(len in 0usize..22843) {
        let real = real();
        check(&real[..len.min(real.len())]);
    }

    #[test]
    fn flipped_bytes_in_the_archive(flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..16)) {
        let mut b = real().to_vec();
        for (i, x) in flips {
            let at = i.index(b.len());
            b[at] ^= x | 1;
        }
        check(&b);
    }

    #[test]
    fn corrupted_content_xml(
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..16),
        cut in any::<prop::sample::Index>(),
        truncate in any::<bool>(),
    ) {
        let mut content = content_xml().to_vec();
        for (i, x) in flips {
            let at = i.index(content.len());
            content[at] ^= x | 1;
        }
        if truncate {
            content.truncate(cut.index(content.len()));
        }
        check(&rezip(&content));
    }
}

/// A reader that returned nothing would pass the tests above; so change the
/// cell text of the later rows only (letters for letters: the XML stays well
/// formed), and every statement whose row ends before the first change must
/// still come out with the same id and text.
fn earlier_rows_survive(from: usize, changes: &[(prop::sample::Index, u8)]) {
    let xml = content_xml();
    let opts = ReadOptions::default();
    static ORIGINAL: OnceLock<specgen::model::StatementList> = OnceLock::new();
    let original = ORIGINAL.get_or_init(|| read_bytes(real(), "draft.ods", Format::Sheet, &opts).unwrap().list);
    // The letters of text nodes (outside tags and entities), from one past
    // the first third of them on.
    let (mut in_tag, mut in_entity, mut letters) = (false, false, Vec::new());
    for (i, &b) in xml.iter().enumerate() {
        match b {
            b'<' => in_tag = true,
            b'>' => in_tag = false,
            b'&' if !in_tag => in_entity = true,
            b';' if in_entity => in_entity = false,
            _ if !in_tag && !in_entity && b.is_ascii_alphabetic() => letters.push(i),
            _ => {}
        }
    }
    let letters = &letters[letters.len() / 3 + from % (letters.len() * 2 / 3)..];
    let mut damaged = xml.to_vec();
    let mut first = usize::MAX;
    for (i, x) in changes {
        let p = letters[i.index(letters.len())];
        let new = b'a' + x % 26;
        if damaged[p] != new {
            damaged[p] = new;
            first = first.min(p);
        }
    }
    if first == usize::MAX {
        return; // every change rewrote a letter to itself
    }
    let got = read_bytes(&rezip(&damaged), "damaged.ods", Format::Sheet, &opts).expect("well-formed sheet").list;
    // A statement is safe when its id and the end of its row lie before the first change.
    let row_end =
        |pos: usize| xml[pos..].windows(18).position(|w| w == b"</table:table-row>").map_or(usize::MAX, |e| pos + e);
    let mut safe = 0;
    for s in &original.statements {
        let id = s.original_id.as_deref().unwrap_or(&s.id);
        let Some(pos) = xml.windows(id.len()).position(|w| w == id.as_bytes()) else { continue };
        if row_end(pos) >= first {
            continue;
        }
        safe += 1;
        let g = got.get(&s.id).unwrap_or_else(|| panic!("{} ({:?}) lost", s.id, s.source.cell));
        assert_eq!(&g.text, &s.text, "{}", s.id);
    }
    assert!(safe >= 10 || first < xml.len() / 2, "only {safe} statements before byte {first}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: crate::support::regressions(), ..ProptestConfig::default() })]

    #[test]
    fn changed_later_rows_keep_the_earlier_statements(
        from in any::<usize>(),
        changes in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..16),
    ) {
        earlier_rows_survive(from, &changes);
    }
}

#[test]
fn untouched_rezip_still_reads() {
    // Guards the mutation test: the re-zipped draft itself is fine.
    let x = read_bytes(&rezip(content_xml()), "rezip.ods", Format::Sheet, &ReadOptions::default()).unwrap();
    assert_eq!(x.list.statements.len(), 117);
}

/// calamine 0.32 loops forever on content.xml that ends after a complete
/// row; the reader must refuse it before calamine sees it.
#[test]
fn content_xml_cut_after_a_row_is_refused() {
    let xml = content_xml();
    let end = xml.windows(b"</table:table-row>".len()).rposition(|w| w == b"</table:table-row>").unwrap();
    let cut = &xml[..end + b"</table:table-row>".len()];
    let e = read_bytes(&rezip(cut), "cut.ods", Format::Sheet, &ReadOptions::default()).unwrap_err();
    assert!(e.reason.contains("`content.xml` is damaged") && e.reason.contains("truncated?"), "{e}");
}

/// A repeat count beyond a sheet's size would make calamine expand millions
/// of cells; it is refused up front.
#[test]
fn absurd_repeat_counts_are_refused() {
    let xml = String::from_utf8(content_xml().to_vec()).unwrap();
    let huge = xml.replacen("number-columns-repeated=\"2\"", "number-columns-repeated=\"90000000\"", 1);
    let e = read_bytes(&rezip(huge.as_bytes()), "huge.ods", Format::Sheet, &ReadOptions::default()).unwrap_err();
    assert!(e.reason.contains("more than a sheet holds"), "{e}");
}
