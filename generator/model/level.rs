use serde::{Deserialize, Serialize};
use std::fmt;

/// RFC 2119 keywords, declared strongest first so that sorting puts the
/// binding obligation before the permission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Level {
    #[serde(rename = "MUST")]
    Must,
    #[serde(rename = "MUST NOT")]
    MustNot,
    #[serde(rename = "REQUIRED")]
    Required,
    #[serde(rename = "SHALL")]
    Shall,
    #[serde(rename = "SHALL NOT")]
    ShallNot,
    #[serde(rename = "SHOULD")]
    Should,
    #[serde(rename = "SHOULD NOT")]
    ShouldNot,
    #[serde(rename = "RECOMMENDED")]
    Recommended,
    #[serde(rename = "NOT RECOMMENDED")]
    NotRecommended,
    #[serde(rename = "MAY")]
    May,
    #[serde(rename = "OPTIONAL")]
    Optional,
}

impl Level {
    pub const ALL: [Level; 11] = [
        Level::Must,
        Level::MustNot,
        Level::Required,
        Level::Shall,
        Level::ShallNot,
        Level::Should,
        Level::ShouldNot,
        Level::Recommended,
        Level::NotRecommended,
        Level::May,
        Level::Optional,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Must => "MUST",
            Level::MustNot => "MUST NOT",
            Level::Required => "REQUIRED",
            Level::Shall => "SHALL",
            Level::ShallNot => "SHALL NOT",
            Level::Should => "SHOULD",
            Level::ShouldNot => "SHOULD NOT",
            Level::Recommended => "RECOMMENDED",
            Level::NotRecommended => "NOT RECOMMENDED",
            Level::May => "MAY",
            Level::Optional => "OPTIONAL",
        }
    }

    /// The tier reports group by: MUST, SHOULD or MAY.
    pub fn tier(self) -> Tier {
        match self {
            Level::Must | Level::MustNot | Level::Required | Level::Shall | Level::ShallNot => Tier::Must,
            Level::Should | Level::ShouldNot | Level::Recommended | Level::NotRecommended => Tier::Should,
            Level::May | Level::Optional => Tier::May,
        }
    }

    /// Every keyword in `text`, strongest first, without repeats. Only upper
    /// case counts: RFC 2119 gives lower-case "may" no normative weight.
    pub fn find_all(text: &str) -> Vec<Level> {
        let words: Vec<&str> = text.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).collect();
        let mut found = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let next = words.get(i + 1).copied();
            let (level, used) = match (words[i], next) {
                ("MUST", Some("NOT")) => (Some(Level::MustNot), 2),
                ("SHALL", Some("NOT")) => (Some(Level::ShallNot), 2),
                ("SHOULD", Some("NOT")) => (Some(Level::ShouldNot), 2),
                ("NOT", Some("RECOMMENDED")) => (Some(Level::NotRecommended), 2),
                ("MUST", _) => (Some(Level::Must), 1),
                ("SHALL", _) => (Some(Level::Shall), 1),
                ("SHOULD", _) => (Some(Level::Should), 1),
                ("RECOMMENDED", _) => (Some(Level::Recommended), 1),
                ("REQUIRED", _) => (Some(Level::Required), 1),
                ("MAY", _) => (Some(Level::May), 1),
                ("OPTIONAL", _) => (Some(Level::Optional), 1),
                _ => (None, 1),
            };
            if let Some(l) = level {
                if !found.contains(&l) {
                    found.push(l);
                }
            }
            i += used;
        }
        found.sort();
        found
    }
}

/// A statement's strongest keyword, grouped: what reports count by and
/// coverage thresholds name. `None` is a statement without a keyword.
/// Ordered strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Tier {
    #[serde(rename = "MUST")]
    Must,
    #[serde(rename = "SHOULD")]
    Should,
    #[serde(rename = "MAY")]
    May,
    #[serde(rename = "none")]
    None,
}

impl Tier {
    pub const ALL: [Tier; 4] = [Tier::Must, Tier::Should, Tier::May, Tier::None];

    pub fn as_str(self) -> &'static str {
        match self {
            Tier::Must => "MUST",
            Tier::Should => "SHOULD",
            Tier::May => "MAY",
            Tier::None => "none",
        }
    }
}

impl fmt::Display for Tier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Tier {
    type Err = String;
    fn from_str(s: &str) -> Result<Tier, String> {
        Tier::ALL
            .into_iter()
            .find(|t| t.as_str() == s)
            .ok_or_else(|| format!("unknown tier `{s}` (MUST, SHOULD, MAY, none)"))
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiers_rank_strongest_first_and_parse_back() {
        assert!(Tier::Must < Tier::Should && Tier::Should < Tier::May && Tier::May < Tier::None);
        for t in Tier::ALL {
            assert_eq!(t.as_str().parse::<Tier>(), Ok(t));
        }
        assert_eq!(Level::ShallNot.tier(), Tier::Must);
        assert_eq!(Level::NotRecommended.tier(), Tier::Should);
        assert_eq!(Level::Optional.tier(), Tier::May);
    }

    #[test]
    fn levels_strongest_first_and_negations() {
        assert_eq!(
            Level::find_all("It MAY close. It MUST NOT send, it SHOULD wait, it MUST log"),
            vec![Level::Must, Level::MustNot, Level::Should, Level::May]
        );
        assert!(Level::find_all("the client may close").is_empty());
    }
}
