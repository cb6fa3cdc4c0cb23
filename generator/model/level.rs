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

    /// Guesses the bound party of a statement from its wording:
    ///
    /// 1. In the sentence of the first keyword, the party named closest
    ///    before the keyword is the subject ("When the Server receives ... from
    ///    a Client, the Server MUST"); two parties joined by "and"/"or" ("the
    ///    Client and Server MUST") and "receiver"/"sender" mean Both.
    /// 2. A party named only as the recipient ("sent to a Client") is not the
    ///    subject: if no other party is named, the other side is.
    /// 3. Otherwise the agent of a passive ("sent by the Server", "published
    ///    by the Server", "sent from the Server") anywhere in the sentence.
    /// 4. Otherwise whichever parties the statement names at all.
    pub fn infer(text: &str) -> Actor {
        let sentence_words = |t: &str| -> Vec<String> {
            t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect()
        };
        let party = |w: &str| match w.to_ascii_lowercase().as_str() {
            "server" | "servers" => Some(Actor::Server),
            "client" | "clients" => Some(Actor::Client),
            "receiver" | "sender" | "receivers" | "senders" | "recipient" => Some(Actor::Both),
            _ => None,
        };
        let is_keyword =
            |w: &str| matches!(w, "MUST" | "SHALL" | "SHOULD" | "MAY" | "REQUIRED" | "RECOMMENDED" | "OPTIONAL");
        // The sentence holding the first keyword.
        let sentence =
            text.split_inclusive(['.', ';']).find(|s| sentence_words(s).iter().any(|w| is_keyword(w))).unwrap_or(text);
        let words = sentence_words(sentence);
        let k = words.iter().position(|w| is_keyword(w)).unwrap_or(words.len());
        // The preposition before a party, skipping determiners ("to a
        // Client"), and the word before that ("sent to a Client").
        let preposition_at = |i: usize| {
            let mut j = i;
            while j > 0
                && matches!(
                    words[j - 1].to_ascii_lowercase().as_str(),
                    "a" | "an" | "the" | "each" | "any" | "all" | "its" | "subscribing"
                )
            {
                j -= 1;
            }
            (j > 0)
                .then(|| (words[j - 1].to_ascii_lowercase(), j.checked_sub(2).map(|p| words[p].to_ascii_lowercase())))
        };
        let preposition = |i: usize| preposition_at(i).map(|(p, _)| p);
        // Words that make "to X" a destination and "from X" an origin.
        let carried = |w: &Option<String>| {
            w.as_deref().is_some_and(|w| {
                matches!(
                    w,
                    "sent"
                        | "send"
                        | "sends"
                        | "sending"
                        | "delivered"
                        | "deliver"
                        | "delivers"
                        | "published"
                        | "forwarded"
                        | "flow"
                        | "packet"
                        | "packets"
                        | "message"
                        | "messages"
                )
            })
        };
        let mentions: Vec<(usize, Actor)> = (0..k).filter_map(|i| party(&words[i]).map(|a| (i, a))).collect();
        let subjects: Vec<&(usize, Actor)> = mentions
            .iter()
            .filter(|(i, _)| !matches!(preposition(*i).as_deref(), Some("to" | "from" | "by" | "with")))
            .collect();
        if let Some(&&(i, actor)) = subjects.last() {
            let joined = i >= 2
                && matches!(words[i - 1].to_ascii_lowercase().as_str(), "and" | "or")
                && party(&words[i - 2]).is_some_and(|other| other != actor);
            return if joined { Actor::Both } else { actor };
        }
        // "It MUST ...": the subject of the sentence before ("If a Server
        // implementation does not authorize ...; it has no way ... It MUST").
        if words.first().is_some_and(|w| w == "It" || w == "it") {
            let before = sentence_words(&text[..text.find(sentence).unwrap_or(0)]);
            let first = (0..before.len()).find(|&i| {
                party(&before[i]).is_some()
                    && !matches!(
                        before.get(i.wrapping_sub(1)).map(|w| w.to_ascii_lowercase()).as_deref(),
                        Some("to" | "from" | "by" | "with")
                    )
            });
            if let Some(i) = first {
                return party(&before[i]).unwrap_or_default();
            }
        }
        let recipients: Vec<Actor> = mentions
            .iter()
            .chain((k..words.len()).filter_map(|i| party(&words[i]).map(|a| (i, a))).collect::<Vec<_>>().iter())
            .filter(|(i, _)| preposition_at(*i).is_some_and(|(p, before)| p == "to" && carried(&before)))
            .map(|(_, a)| *a)
            .collect();
        let agents: Vec<Actor> = (0..words.len())
            .filter(|&i| {
                preposition_at(i).is_some_and(|(p, before)| {
                    p == "by" || (p == "from" && matches!(before.as_deref(), Some("sent" | "flow" | "published")))
                })
            })
            .filter_map(|i| party(&words[i]))
            .collect();
        // "by Clients and by Servers", "by the Client or Server": both sides.
        let joined_agents = (0..words.len()).filter(|&i| {
            i >= 2
                && matches!(words[i - 1].as_str(), "and" | "or")
                && party(&words[i]).is_some()
                && party(&words[i - 2]).is_some()
        });
        if let Some(&agent) = agents.first() {
            let both = agents.iter().any(|a| *a != agent) || joined_agents.into_iter().next().is_some();
            return if both { Actor::Both } else { agent };
        }
        match recipients.as_slice() {
            [Actor::Client, ..] if recipients.iter().all(|a| *a == Actor::Client) => return Actor::Server,
            [Actor::Server, ..] if recipients.iter().all(|a| *a == Actor::Server) => return Actor::Client,
            _ => {}
        }
        let all = sentence_words(text);
        let server = all.iter().any(|w| party(w) == Some(Actor::Server));
        let client = all.iter().any(|w| party(w) == Some(Actor::Client));
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
        // The party named closest before the keyword is the subject, not one
        // named as origin or destination.
        assert_eq!(
            Actor::infer("The first packet sent from the Server to the Client MUST be a CONNACK Packet."),
            Actor::Server
        );
        assert_eq!(
            Actor::infer("When the Server receives a SUBSCRIBE Packet from a Client, the Server MUST respond"),
            Actor::Server
        );
        // Only a destination named: the other side acts.
        assert_eq!(
            Actor::infer("It MUST set the RETAIN flag to 0 when a PUBLISH Packet is sent to a Client"),
            Actor::Server
        );
        // Passive agents.
        assert_eq!(Actor::infer("The Topic Name in a PUBLISH Packet sent by a Server MUST match"), Actor::Server);
        assert_eq!(Actor::infer("The ClientId MUST be used by Clients and by Servers to identify state"), Actor::Both);
        assert_eq!(
            Actor::infer("The DUP flag MUST be set to 1 by the Client or Server when it re-delivers"),
            Actor::Both
        );
        // "It MUST" takes the subject of the sentence before.
        assert_eq!(
            Actor::infer("If a Server does not authorize a PUBLISH by a Client; it has no way of informing that Client. It MUST either acknowledge or close."),
            Actor::Server
        );
    }
}
