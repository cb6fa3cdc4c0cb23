//! A well-formedness check of a ZIP workbook's XML members before calamine
//! sees them. calamine 0.32 loops forever on an ODS whose content.xml ends
//! inside a table (its row loop ignores end-of-file), and a truncated or
//! damaged download ends exactly like that. quick-xml walks each member once
//! (about a millisecond for a working draft) and turns such files into a
//! clear error. It also refuses repeat counts beyond a sheet's size, which
//! calamine would expand cell by cell (`number-columns-repeated="90000000"`
//! is a flipped digit away from a hang).

use quick_xml::events::Event;
use std::io::Read;

/// More decompressed XML than any statement list needs; stops zip bombs.
const MAX_XML_BYTES: u64 = 256 << 20;

/// LibreOffice's sheet limits: 16384 columns, 1048576 rows.
const MAX_REPEAT: [(&str, u64); 2] =
    [("table:number-columns-repeated", 16_384), ("table:number-rows-repeated", 1_048_576)];

/// `Err(reason)` when an XML member cannot be decompressed or is not
/// well-formed. Archive-level errors are left to calamine, whose messages
/// for those are clear.
pub fn check_xml_members(bytes: &[u8]) -> Result<(), String> {
    let Ok(mut zip) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return Ok(());
    };
    let mut budget = MAX_XML_BYTES;
    for i in 0..zip.len() {
        let Ok(member) = zip.by_index(i) else { continue };
        let name = member.name().to_string();
        if !(name.ends_with(".xml") || name.ends_with(".rels")) {
            continue;
        }
        let mut xml = Vec::new();
        member
            .take(budget + 1)
            .read_to_end(&mut xml)
            .map_err(|e| format!("`{name}` in the archive cannot be decompressed ({e})"))?;
        if xml.len() as u64 > budget {
            return Err(format!("the archive's XML is larger than {} MiB", MAX_XML_BYTES >> 20));
        }
        budget -= xml.len() as u64;
        well_formed(&xml).map_err(|e| format!("`{name}` is damaged: {e}"))?;
    }
    Ok(())
}

fn well_formed(xml: &[u8]) -> Result<(), String> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    reader.config_mut().check_end_names = true;
    let mut buf = Vec::new();
    let mut depth = 0usize;
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => {
                depth += 1;
                repeats(&e)?;
            }
            Ok(Event::Empty(e)) => repeats(&e)?,
            Ok(Event::End(_)) => depth = depth.saturating_sub(1),
            Ok(Event::Eof) if depth == 0 => return Ok(()),
            Ok(Event::Eof) => {
                return Err(format!("it ends inside {depth} open elements (truncated?)"));
            }
            Ok(_) => {}
            Err(e) => return Err(format!("invalid XML at byte {}: {e}", reader.error_position())),
        }
        buf.clear();
    }
}

fn repeats(e: &quick_xml::events::BytesStart) -> Result<(), String> {
    for a in e.attributes().flatten() {
        if let Some((name, max)) = MAX_REPEAT.iter().find(|(n, _)| *n == a.key.as_ref()) {
            let n: u64 = a.value.trim().parse().unwrap_or(0);
            if n > *max {
                return Err(format!("`{name}=\"{n}\"` is more than a sheet holds ({max})"));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncated_and_mismatched_xml() {
        assert!(well_formed(b"<a><b/>text</a>").is_ok());
        assert!(well_formed(b"<a><b></b>").unwrap_err().contains("1 open elements"));
        assert!(well_formed(b"<a></b>").unwrap_err().contains("invalid XML"));
        let huge = br#"<t><table:table-cell table:number-columns-repeated="90000000"/></t>"#;
        assert!(well_formed(huge).unwrap_err().contains("more than a sheet holds (16384)"));
        let ok = br#"<t><table:table-row table:number-rows-repeated="1048440"><c/></table:table-row></t>"#;
        assert!(well_formed(ok).is_ok());
    }
}
