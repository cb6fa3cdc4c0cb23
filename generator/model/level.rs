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

    /// The three tiers reports group by: MUST, SHOULD, MAY.
    pub fn tier(self) -> &'static str {
        match self {
            Level::Must | Level::MustNot | Level::Required | Level::Shall | Level::ShallNot => "MUST",
            Level::Should | Level::ShouldNot | Level::Recommended | Level::NotRecommended => "SHOULD",
            Level::May | Level::Optional => "MAY",
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

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which side of the protocol a statement binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
pub enum Actor {
    Server,
    Client,
    Both,
    #[default]
    Unknown,
}

impl Actor {
    pub fn as_str(self) -> &'static str {
        match self {
            Actor::Server => "Server",
            Actor::Client => "Client",
            Actor::Both => "Both",
            Actor::Unknown => "Unknown",
        }
    }

    /// Guesses the bound party from the words just before the first keyword
    /// ("the Server MUST", "the Client and Server MUST", "the receiver MUST"),
    /// falling back to which parties the statement names at all.
    pub fn infer(text: &str) -> Actor {
        let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let keyword = words
            .iter()
            .position(|w| matches!(*w, "MUST" | "SHALL" | "SHOULD" | "MAY" | "REQUIRED" | "RECOMMENDED" | "OPTIONAL"));
        if let Some(k) = keyword {
            let window = &words[k.saturating_sub(12)..k];
            let server = window.iter().rposition(|w| matches!(*w, "Server" | "Servers"));
            let client = window.iter().rposition(|w| matches!(*w, "Client" | "Clients"));
            let either = window.iter().any(|w| matches!(*w, "receiver" | "sender" | "Receiver" | "Sender"));
            match (server, client) {
                (Some(s), Some(c)) if s.abs_diff(c) <= 2 => return Actor::Both,
                (Some(s), Some(c)) => return if s > c { Actor::Server } else { Actor::Client },
                (Some(_), None) => return Actor::Server,
                (None, Some(_)) => return Actor::Client,
                (None, None) if either => return Actor::Both,
                _ => {}
            }
        }
        let server = words.iter().any(|w| matches!(*w, "Server" | "Servers"));
        let client = words.iter().any(|w| matches!(*w, "Client" | "Clients"));
        match (server, client) {
            (true, false) => Actor::Server,
            (false, true) => Actor::Client,
            (true, true) => Actor::Both,
            (false, false) => Actor::Unknown,
        }
    }
}

impl fmt::Display for Actor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_strongest_first_and_negations() {
        assert_eq!(
            Level::find_all("It MAY close. It MUST NOT send, it SHOULD wait, it MUST log"),
            vec![Level::Must, Level::MustNot, Level::Should, Level::May]
        );
        assert!(Level::find_all("the client may close").is_empty());
    }

    #[test]
    fn actor_from_subject() {
        assert_eq!(Actor::infer("The Server MUST validate the flag"), Actor::Server);
        assert_eq!(Actor::infer("the Client and Server MUST store the Session"), Actor::Both);
        assert_eq!(Actor::infer("If a Server or Client receives ill-formed UTF-8 it MUST close"), Actor::Both);
        assert_eq!(Actor::infer("the Client MUST send a PINGREQ"), Actor::Client);
        assert_eq!(Actor::infer("the receiver MUST close the Network Connection"), Actor::Both);
        assert_eq!(Actor::infer("The encoded value MUST use the minimum number of bytes"), Actor::Unknown);
    }
}
