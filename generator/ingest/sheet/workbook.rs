//! Opening a workbook with calamine and copying every sheet into a plain
//! grid of strings. Damaged or foreign files become an [`IngestError`] that
//! says what the bytes are, instead of calamine's "cannot detect file format".

use super::super::IngestError;
use calamine::{Data, Ods, Reader, Xls, Xlsb, Xlsx};
use std::io::Cursor;

/// One sheet's used area as text; `origin` is the absolute (row, column) of
/// `rows[0][0]`, so cell references stay right when a sheet starts below A1.
#[derive(Debug, Clone)]
pub struct Grid {
    pub name: String,
    pub origin: (u32, u32),
    pub rows: Vec<Vec<String>>,
}

impl Grid {
    /// The text of a cell by grid-relative position; empty when out of range.
    pub fn cell(&self, row: usize, col: usize) -> &str {
        self.rows.get(row).and_then(|r| r.get(col)).map(String::as_str).unwrap_or("")
    }

    /// `Sheet1!B12` for a grid-relative position.
    pub fn cell_ref(&self, row: usize, col: usize) -> String {
        let abs_row = self.origin.0 as u64 + row as u64 + 1;
        let abs_col = self.origin.1 as u64 + col as u64;
        format!("{}!{}{}", self.name, column_letters(abs_col), abs_row)
    }
}

/// 0 → A, 25 → Z, 26 → AA.
pub fn column_letters(mut col: u64) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Ods,
    Xlsx,
    Xlsb,
    Xls,
}

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
const EMPTY_ZIP_MAGIC: &[u8] = b"PK\x05\x06";
const CFB_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Reads every sheet of an ODS, XLSX, XLSB or XLS workbook held in memory.
pub fn load(bytes: &[u8], file: &str) -> Result<Vec<Grid>, IngestError> {
    let candidates = kinds_for(bytes, file)?;
    if candidates[0] != Kind::Xls {
        super::guard::check_xml_members(bytes).map_err(|e| IngestError::new(file, format!("damaged workbook: {e}")))?;
    }
    let mut first_error = None;
    for kind in candidates {
        match load_as(kind, bytes) {
            Ok(grids) => return Ok(grids),
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    let reason = first_error.unwrap_or_else(|| "not a spreadsheet".into());
    Err(IngestError::new(file, reason))
}

/// Which readers may apply, most likely first, from the magic bytes and
/// then the file name (ODS and XLSX are both ZIP archives).
fn kinds_for(bytes: &[u8], file: &str) -> Result<Vec<Kind>, IngestError> {
    if bytes.starts_with(CFB_MAGIC) {
        return Ok(vec![Kind::Xls]);
    }
    if bytes.starts_with(ZIP_MAGIC) || bytes.starts_with(EMPTY_ZIP_MAGIC) {
        let lower = file.to_ascii_lowercase();
        return Ok(if lower.ends_with(".xlsx") || lower.ends_with(".xlsm") {
            vec![Kind::Xlsx, Kind::Ods, Kind::Xlsb]
        } else if lower.ends_with(".xlsb") {
            vec![Kind::Xlsb, Kind::Xlsx, Kind::Ods]
        } else {
            vec![Kind::Ods, Kind::Xlsx, Kind::Xlsb]
        });
    }
    Err(IngestError::new(file, describe_foreign(bytes)))
}

/// Explains what a non-spreadsheet looks like, so the user can tell a
/// mislabelled text file from a corrupt download.
fn describe_foreign(bytes: &[u8]) -> String {
    let head = &bytes[..bytes.len().min(512)];
    // A UTF-8 error that is only a character cut off by the 512-byte window
    // (`error_len() == None`) still counts as text.
    let textual = !head.contains(&0)
        && match std::str::from_utf8(head) {
            Ok(_) => true,
            Err(e) => e.error_len().is_none(),
        };
    if textual {
        let first_line: String = String::from_utf8_lossy(head).lines().next().unwrap_or("").chars().take(40).collect();
        format!(
            "not a spreadsheet: this is a text file (it starts with `{}`); ODS and XLSX files are ZIP archives",
            first_line.trim()
        )
    } else {
        let hex: Vec<String> = head.iter().take(8).map(|b| format!("{b:02x}")).collect();
        format!(
            "not a spreadsheet: unrecognized binary data (it starts with {}); expected an ODS or XLSX (ZIP) or XLS file",
            hex.join(" ")
        )
    }
}

fn load_as(kind: Kind, bytes: &[u8]) -> Result<Vec<Grid>, String> {
    let rs = Cursor::new(bytes);
    match kind {
        Kind::Ods => {
            let book: Ods<_> = calamine::open_workbook_from_rs(rs).map_err(|e| match e {
                calamine::OdsError::Zip(z) => {
                    format!("damaged ODS workbook: the ZIP archive is truncated or corrupt ({z})")
                }
                e => format!("damaged ODS workbook: {e}"),
            })?;
            grids(book, "ODS")
        }
        Kind::Xlsx => {
            let book: Xlsx<_> = calamine::open_workbook_from_rs(rs).map_err(|e| match e {
                calamine::XlsxError::Zip(z) => {
                    format!("damaged XLSX workbook: the ZIP archive is truncated or corrupt ({z})")
                }
                e => format!("damaged XLSX workbook: {e}"),
            })?;
            grids(book, "XLSX")
        }
        Kind::Xlsb => {
            let book: Xlsb<_> =
                calamine::open_workbook_from_rs(rs).map_err(|e| format!("damaged XLSB workbook: {e}"))?;
            grids(book, "XLSB")
        }
        Kind::Xls => {
            let book: Xls<_> = calamine::open_workbook_from_rs(rs).map_err(|e| format!("damaged XLS workbook: {e}"))?;
            grids(book, "XLS")
        }
    }
}

fn grids<R, RS>(mut book: R, kind: &str) -> Result<Vec<Grid>, String>
where
    R: Reader<RS>,
    R::Error: std::fmt::Display,
    RS: std::io::Read + std::io::Seek,
{
    let names = book.sheet_names();
    if names.is_empty() {
        return Err(format!("the {kind} workbook has no sheets"));
    }
    let mut out = Vec::with_capacity(names.len());
    for name in names {
        let range = book.worksheet_range(&name).map_err(|e| format!("sheet `{name}` cannot be read: {e}"))?;
        let origin = range.start().unwrap_or((0, 0));
        let rows = range.rows().map(|r| r.iter().map(text_of).collect()).collect();
        out.push(Grid { name, origin, rows });
    }
    Ok(out)
}

fn text_of(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_roll_over() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }

    #[test]
    fn foreign_files_are_described() {
        let text = load(b"Statement No.,Text\n", "x.ods").unwrap_err().reason;
        assert!(text.contains("text file") && text.contains("Statement No."), "{text}");
        let elf = load(&[0x7f, b'E', b'L', b'F', 0, 1, 2, 3], "x.ods").unwrap_err().reason;
        assert!(elf.contains("7f 45 4c 46"), "{elf}");
        let zip = load(b"PK\x03\x04truncated", "x.ods").unwrap_err().reason;
        assert!(zip.starts_with("damaged ODS workbook"), "{zip}");
    }
}
