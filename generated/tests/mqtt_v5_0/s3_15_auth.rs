//! mqtt-v5.0 section 3.15: AUTH – Authentication exchange.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_subscribe::*;

/// MQTT-3.15.1-1 (MUST, Both)
///
/// > Bits 3,2,1 and 0 of the Fixed Header of the AUTH packet are reserved and MUST all be set to
/// > 0. The Client or Server MUST treat any other value as malformed and close the Network
/// > Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.15.1 (AUTH Fixed Header)
#[specgen::covers("MQTT-3.15.1-1", fp = "8ab58c4f")]
#[test]
fn mqtt_3_15_1_1_fixed_header_must_all_set() -> R {
    run(|b| {
        let bad = |c: &mut Client| -> R {
            let auth =
                Auth::new(ReasonCode::ContinueAuthentication).property(Property::AuthenticationMethod(SCRAM.into()));
            c.send_malformed(Malformed::v5(auth).flags(0b0001))?;
            closed_after_error(c)
        };
        match start_auth(b, SCRAM, Properties::new())? {
            // Inside an exchange the AUTH would be expected but for its flags.
            (mut c, AuthStart::Auth(_)) => bad(&mut c),
            // Without an exchange any AUTH ends the connection; the flags
            // must make it a Malformed Packet (if a DISCONNECT says why: 0x81).
            _ => {
                let mut c = connected_v5(b, "authflags")?;
                let auth = Auth::new(ReasonCode::ContinueAuthentication);
                c.send_malformed(Malformed::v5(auth).flags(0b0001))?;
                match c.recv() {
                    Ok(Packet::DisconnectWith(d)) if d.reason_code == ReasonCode::MalformedPacket => c.expect_closed(),
                    Ok(p) => {
                        Err(c.fail_with(format!("expected a close (after an optional DISCONNECT 0x81), received {p}")))
                    }
                    Err(e) if e.kind == ErrorKind::Closed => Ok(()),
                    Err(e) => Err(e),
                }
            }
        }
    })
}

/// MQTT-3.15.2-1 (MUST, Both)
///
/// > The sender of the AUTH Packet MUST use one of the Authenticate Reason Codes.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.15.2.1 (Authenticate Reason Code)
#[specgen::covers("MQTT-3.15.2-1", fp = "ae239700")]
#[test]
fn mqtt_3_15_2_1_sender_auth_must_use_one_authenticate() -> R {
    run(|b| {
        // The server's side: an AUTH it sends in an exchange carries 0x18
        // (or 0x00, which only ends a re-authentication).
        let (c, auth) = auth_exchange(b, SCRAM, Properties::new())?;
        if !auth.reason_code.valid_for(PacketType::Auth) || auth.reason_code == ReasonCode::ReAuthenticate {
            return Err(c.fail_with(format!(
                "the server sent AUTH with {}, not a Server Authenticate Reason Code",
                auth.reason_code
            )));
        }
        Ok(())
    })
}

/// MQTT-3.15.2-2 (MUST NOT, Both)
///
/// > The sender MUST NOT send this property if it would increase the size of the AUTH packet
/// > beyond the Maximum Packet Size specified by the receiver.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.15.2.2.4 (Reason String)
#[specgen::covers("MQTT-3.15.2-2", fp = "5c2209ed")]
#[test]
fn mqtt_3_15_2_2_sender_must_not_send_property_would() -> R {
    run(|b| {
        let max: u32 = 128;
        let (mut c, auth) = auth_exchange(b, SCRAM, Properties::new().with_maximum_packet_size(max))?;
        let size = wire_size(&Packet::Auth(auth.clone()));
        if size > max as usize {
            return Err(c.fail_with(format!(
                "AUTH of {size} bytes (properties:{}) exceeds the client's Maximum Packet Size {max}",
                auth.properties.summary()
            )));
        }
        c.note("the server's AUTH fits the Maximum Packet Size");
        Ok(())
    })
}

/// MQTT-3.15.2-3 (MUST NOT, Both)
///
/// > The sender MUST NOT send this property if it would increase the size of the AUTH packet
/// > beyond the Maximum Packet Size specified by the receiver.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.15.2.2.5 (User Property)
#[specgen::covers("MQTT-3.15.2-3", fp = "5c2209ed")]
#[test]
fn mqtt_3_15_2_3_sender_must_not_send_property_would() -> R {
    run(|b| {
        let max: u32 = 128;
        let (mut c, auth) = auth_exchange(b, SCRAM, Properties::new().with_maximum_packet_size(max))?;
        let size = wire_size(&Packet::Auth(auth.clone()));
        if size > max as usize {
            return Err(c.fail_with(format!(
                "AUTH of {size} bytes (properties:{}) exceeds the client's Maximum Packet Size {max}",
                auth.properties.summary()
            )));
        }
        c.note("the server's AUTH fits the Maximum Packet Size");
        Ok(())
    })
}
