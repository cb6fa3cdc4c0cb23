//! Which column holds what. The working drafts name their columns in a
//! header row ("Statement No. | Normative Statement | Client Test | Server
//! Test"; an older sheet has "Statement Number | Normative Statement |
//! Server or Client | Test or Assertion"), so the header decides; a sheet
//! without one is read as id, text, client test, server test.

use super::workbook::Grid;

/// Column roles, as grid-relative column indexes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// Grid-relative row of the header; `None` when the sheet has none.
    pub header_row: Option<usize>,
    pub id: usize,
    pub text: usize,
    /// "Client Test": `N/A` here means the statement does not bind the Client.
    pub client_test: Option<usize>,
    /// "Server Test": `N/A` here means the statement does not bind the Server.
    pub server_test: Option<usize>,
    /// "Server or Client": names the bound party directly.
    pub actor: Option<usize>,
}

/// How many leading rows may hold titles before the header.
const HEADER_SEARCH_ROWS: usize = 10;

impl Layout {
    /// Column order of the working drafts, for sheets without a header.
    pub fn default_columns() -> Layout {
        Layout { header_row: None, id: 0, text: 1, client_test: Some(2), server_test: Some(3), actor: None }
    }

    /// Finds the header row: the first row naming both a statement-number
    /// column and a statement-text column.
    pub fn detect(grid: &Grid) -> Option<Layout> {
        grid.rows.iter().take(HEADER_SEARCH_ROWS).enumerate().find_map(|(r, row)| from_header(r, row))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Id,
    Text,
    ClientTest,
    ServerTest,
    Actor,
}

fn role_of(header: &str) -> Option<Role> {
    let h = header.trim().to_lowercase();
    let words: Vec<&str> = h.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let has = |w: &str| words.contains(&w);
    if has("statement") && (has("no") || has("number") || has("id") || has("nr")) || matches!(h.as_str(), "id" | "ref")
    {
        return Some(Role::Id);
    }
    if has("statement") || has("requirement") || h == "text" {
        return Some(Role::Text);
    }
    match (has("client"), has("server")) {
        (true, true) => Some(Role::Actor),
        (true, false) => Some(Role::ClientTest),
        (false, true) => Some(Role::ServerTest),
        (false, false) => None,
    }
}

fn from_header(row_index: usize, row: &[String]) -> Option<Layout> {
    let mut layout =
        Layout { header_row: Some(row_index), id: 0, text: 0, client_test: None, server_test: None, actor: None };
    let (mut id, mut text) = (None, None);
    for (c, cell) in row.iter().enumerate() {
        match role_of(cell) {
            Some(Role::Id) => {
                id.get_or_insert(c);
            }
            Some(Role::Text) => {
                text.get_or_insert(c);
            }
            Some(Role::ClientTest) => {
                layout.client_test.get_or_insert(c);
            }
            Some(Role::ServerTest) => {
                layout.server_test.get_or_insert(c);
            }
            Some(Role::Actor) => {
                layout.actor.get_or_insert(c);
            }
            None => {}
        }
    }
    layout.id = id?;
    layout.text = text?;
    Some(layout)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(rows: &[&[&str]]) -> Grid {
        Grid {
            name: "S".into(),
            origin: (0, 0),
            rows: rows.iter().map(|r| r.iter().map(|c| c.to_string()).collect()).collect(),
        }
    }

    #[test]
    fn both_real_header_styles() {
        let new = grid(&[&["Statement No.", "Normative Statement", "Client Test", "Server Test"]]);
        assert_eq!(
            Layout::detect(&new),
            Some(Layout {
                header_row: Some(0),
                id: 0,
                text: 1,
                client_test: Some(2),
                server_test: Some(3),
                actor: None
            })
        );
        let old = grid(&[&["Statement Number", "Normative Statement", "Server or Client", "Test or Assertion"]]);
        assert_eq!(
            Layout::detect(&old),
            Some(Layout { header_row: Some(0), id: 0, text: 1, client_test: None, server_test: None, actor: Some(2) })
        );
    }

    #[test]
    fn header_below_a_title_and_reordered() {
        let g = grid(&[&["MQTT statements"], &[], &["Server Test", "Normative Statement", "Statement No."]]);
        let l = Layout::detect(&g).unwrap();
        assert_eq!((l.header_row, l.id, l.text, l.server_test), (Some(2), 2, 1, Some(0)));
    }

    #[test]
    fn no_header() {
        assert_eq!(Layout::detect(&grid(&[&["[MQTT-1.1.0-1]", "It MUST work"]])), None);
    }
}
