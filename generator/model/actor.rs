//! Which side of the protocol a statement binds, and the guess from its
//! wording. The parties' names are a vocabulary the config sets (`[actors]`);
//! the grammar around them (subjects, passives, destinations) is English.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

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
    /// Every actor, in report order.
    pub const ALL: [Actor; 4] = [Actor::Server, Actor::Client, Actor::Both, Actor::Unknown];

    pub fn as_str(self) -> &'static str {
        match self {
            Actor::Server => "Server",
            Actor::Client => "Client",
            Actor::Both => "Both",
            Actor::Unknown => "Unknown",
        }
    }
}

impl fmt::Display for Actor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Actor {
    type Err = String;
    fn from_str(s: &str) -> Result<Actor, String> {
        Actor::ALL.into_iter().find(|a| a.as_str() == s).ok_or_else(|| {
            let names: Vec<&str> = Actor::ALL.iter().map(|a| a.as_str()).collect();
            format!("unknown actor `{s}` ({})", names.join(", "))
        })
    }
}

/// The words that name each party, lower case. `either` names a role both
/// sides play ("the receiver MUST"). Set by `[actors]` in the config; the
/// default is the client/server wording of most protocol specifications.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ActorWords {
    pub server: Vec<String>,
    pub client: Vec<String>,
    pub either: Vec<String>,
}

impl Default for ActorWords {
    fn default() -> Self {
        let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect();
        ActorWords {
            server: words(&["server", "servers"]),
            client: words(&["client", "clients"]),
            either: words(&["receiver", "sender", "receivers", "senders", "recipient"]),
        }
    }
}

impl ActorWords {
    /// The party a word names, if any.
    fn party(&self, w: &str) -> Option<Actor> {
        let w = w.to_lowercase();
        let has = |list: &[String]| list.iter().any(|x| x.eq_ignore_ascii_case(&w));
        if has(&self.server) {
            Some(Actor::Server)
        } else if has(&self.client) {
            Some(Actor::Client)
        } else if has(&self.either) {
            Some(Actor::Both)
        } else {
            None
        }
    }

    /// Guesses the bound party of a statement from its wording:
    ///
    /// 1. In the sentence of the first keyword, the party named closest
    ///    before the keyword is the subject ("When the Server receives ... from
    ///    a Client, the Server MUST"); two parties joined by "and"/"or" ("the
    ///    Client and Server MUST") and an `either` word ("receiver") mean Both.
    /// 2. A party named only as the recipient ("sent to a Client") is not the
    ///    subject: if no other party is named, the other side is.
    /// 3. Otherwise the agent of a passive ("sent by the Server", "published
    ///    by the Server", "sent from the Server") anywhere in the sentence.
    /// 4. Otherwise whichever parties the statement names at all.
    pub fn infer(&self, text: &str) -> Actor {
        let party = |w: &str| self.party(w);
        let sentence_words = |t: &str| -> Vec<String> {
            t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    fn infer(text: &str) -> Actor {
        ActorWords::default().infer(text)
    }

    #[test]
    fn actor_from_subject() {
        assert_eq!(infer("The Server MUST validate the flag"), Actor::Server);
        assert_eq!(infer("the Client and Server MUST store the Session"), Actor::Both);
        assert_eq!(infer("If a Server or Client receives ill-formed UTF-8 it MUST close"), Actor::Both);
        assert_eq!(infer("the Client MUST send a PINGREQ"), Actor::Client);
        assert_eq!(infer("the receiver MUST close the Network Connection"), Actor::Both);
        assert_eq!(infer("The encoded value MUST use the minimum number of bytes"), Actor::Unknown);
        // The party named closest before the keyword is the subject, not one
        // named as origin or destination.
        assert_eq!(
            infer("The first packet sent from the Server to the Client MUST be a CONNACK Packet."),
            Actor::Server
        );
        assert_eq!(
            infer("When the Server receives a SUBSCRIBE Packet from a Client, the Server MUST respond"),
            Actor::Server
        );
        // Only a destination named: the other side acts.
        assert_eq!(infer("It MUST set the RETAIN flag to 0 when a PUBLISH Packet is sent to a Client"), Actor::Server);
        // Passive agents.
        assert_eq!(infer("The Topic Name in a PUBLISH Packet sent by a Server MUST match"), Actor::Server);
        assert_eq!(infer("The ClientId MUST be used by Clients and by Servers to identify state"), Actor::Both);
        assert_eq!(infer("The DUP flag MUST be set to 1 by the Client or Server when it re-delivers"), Actor::Both);
        // "It MUST" takes the subject of the sentence before.
        assert_eq!(
            infer("If a Server does not authorize a PUBLISH by a Client; it has no way of informing that Client. It MUST either acknowledge or close."),
            Actor::Server
        );
    }

    #[test]
    fn the_vocabulary_names_the_parties() {
        // A specification whose server side is a gateway.
        let words = ActorWords {
            server: vec!["gateway".into(), "gateways".into()],
            client: vec!["client".into(), "clients".into()],
            either: vec![],
        };
        assert_eq!(words.infer("The Gateway MUST respond with a CONNACK"), Actor::Server);
        assert_eq!(infer("The Gateway MUST respond with a CONNACK"), Actor::Unknown);
        assert_eq!(words.infer("the receiver MUST close"), Actor::Unknown);
        assert_eq!(words.infer("A Client MUST NOT send it to a Gateway"), Actor::Client);
    }

    #[test]
    fn names_parse_back() {
        for a in Actor::ALL {
            assert_eq!(a.as_str().parse::<Actor>(), Ok(a));
        }
        assert!("server".parse::<Actor>().unwrap_err().contains("Server, Client, Both, Unknown"));
    }
}
