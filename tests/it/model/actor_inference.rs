//! How well `ActorWords::infer` (the default vocabulary) reads the bound party from wording alone, measured
//! against the one hard source there is: the working-draft sheets, whose
//! Client Test / Server Test columns say "N/A" for the side a statement does
//! not apply to. The sheet is read here with calamine directly, independently
//! of specgen's sheet reader. A change to the heuristic that loses agreement
//! fails; one that gains it should raise the floor.

use crate::support;

use calamine::{open_workbook_auto, Data, Reader};
use specgen::model::{normalize_text, Actor, ActorWords};

/// Measured when the heuristic was last changed (was 44 before it looked at
/// prepositions, passives and "It MUST").
const AGREEMENT_FLOOR: usize = 55;

#[test]
fn inferred_actor_agrees_with_the_sheets_na_columns() {
    let path = support::working_drafts().pop().expect("the last working draft");
    let mut book = open_workbook_auto(&path).expect("readable sheet");
    let range = book.worksheet_range("Sheet2").expect("Sheet2 holds the statement list");
    let na = |c: Option<&Data>| {
        c.is_some_and(|d| matches!(d.to_string().trim().to_ascii_uppercase().as_str(), "N/A" | "NA"))
    };
    let mut truth = Vec::new();
    for row in range.rows() {
        if !row.first().is_some_and(|c| c.to_string().contains("MQTT-")) {
            continue;
        }
        let (client_na, server_na) = (na(row.get(2)), na(row.get(3)));
        if client_na != server_na {
            let want = if client_na { Actor::Server } else { Actor::Client };
            truth.push((normalize_text(&row[1].to_string()), want));
        }
    }
    assert_eq!(truth.len(), 72, "statements whose N/A columns name exactly one side");
    let words = ActorWords::default();
    let misses: Vec<String> = truth
        .iter()
        .filter(|(text, want)| words.infer(text) != *want)
        .map(|(text, want)| format!("want {want}, got {}: {text}", words.infer(text)))
        .collect();
    let agree = truth.len() - misses.len();
    assert!(
        agree >= AGREEMENT_FLOOR,
        "{agree} of {} agree (floor {AGREEMENT_FLOOR}):\n{}",
        truth.len(),
        misses.join("\n")
    );
}
