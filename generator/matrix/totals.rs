//! Counts by status for the whole matrix, per level tier, actor, section and target.

use super::{Counts, Row, TargetCounts};
use crate::model::{Actor, Tier};
use serde::Serialize;

/// Counts of one group of statements.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Group {
    /// Tier (`MUST`), actor (`Server`) or section number (`3.1`).
    pub key: String,
    /// Section title, for sections.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub counts: Counts,
    /// Each target's verdicts over the group, in the matrix's target order.
    pub targets: Vec<TargetCounts>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    pub all: Counts,
    /// MUST, SHOULD, MAY, none: only tiers that occur.
    pub by_tier: Vec<Group>,
    /// Server, Client, Both, Unknown: only actors that occur.
    pub by_actor: Vec<Group>,
    /// In spec order; empty in the cross-document summary.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub by_section: Vec<Group>,
    /// One per target, in the matrix's target order.
    pub by_target: Vec<TargetCounts>,
}

impl Totals {
    pub fn of<'a>(rows: impl IntoIterator<Item = &'a Row>, targets: &[String], by_section: bool) -> Totals {
        let mut t = Totals {
            by_tier: Tier::ALL.iter().map(|k| group(k.as_str(), None, targets)).collect(),
            by_actor: Actor::ALL.iter().map(|k| group(k.as_str(), None, targets)).collect(),
            by_target: target_counts(targets),
            ..Default::default()
        };
        let mut sections: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for row in rows {
            t.all.add(row.status);
            add(&mut t.by_target, row);
            if let Some(g) = t.by_tier.iter_mut().find(|g| g.key == row.tier.as_str()) {
                g.add(row);
            }
            if let Some(g) = t.by_actor.iter_mut().find(|g| g.key == row.actor.as_str()) {
                g.add(row);
            }
            if by_section {
                let i = *sections.entry(row.section.clone()).or_insert_with(|| {
                    t.by_section.push(group(&row.section, Some(row.section_title.clone()), targets));
                    t.by_section.len() - 1
                });
                t.by_section[i].add(row);
            }
        }
        t.by_tier.retain(|g| g.counts.total > 0);
        t.by_actor.retain(|g| g.counts.total > 0);
        t
    }

    pub fn tier(&self, tier: Tier) -> Option<&Counts> {
        self.by_tier.iter().find(|g| g.key == tier.as_str()).map(|g| &g.counts)
    }
}

impl Group {
    fn add(&mut self, row: &Row) {
        self.counts.add(row.status);
        add(&mut self.targets, row);
    }
}

fn add(targets: &mut [TargetCounts], row: &Row) {
    for (cell, tc) in row.targets.iter().zip(targets) {
        tc.add(cell.status, cell.known_deviation.is_some());
    }
}

fn target_counts(targets: &[String]) -> Vec<TargetCounts> {
    targets.iter().map(|n| TargetCounts { target: n.clone(), ..Default::default() }).collect()
}

fn group(key: &str, title: Option<String>, targets: &[String]) -> Group {
    Group { key: key.to_string(), title, counts: Counts::default(), targets: target_counts(targets) }
}
