#!/usr/bin/env python3
"""Drives Eclipse Paho Python (paho-mqtt) for the client conformance tests.

One JSON object per line on stdin is a command; one JSON object per line on
stdout answers it ({"reply": ..., "ok": true} or {"reply": ..., "error": "..."})
or reports an event ({"event": "message", ...}, {"event": "log", ...}).
Payloads travel as hex. Commands:

  {"cmd": "connect", "host", "port", "client_id", "clean_session", "keep_alive",
   "will": {"topic", "payload", "qos", "retain"} | null,
   "username": str | null, "password": hex | null,
   "subscription": [filter, qos] | null, "websocket": bool (path /mqtt),
   "protocol": 4 | 5, and for 5: "session_expiry", "receive_maximum",
   "maximum_packet_size", "topic_alias_maximum" (int | null),
   "authentication_method" (str | null): CONNECT properties}
  {"cmd": "publish", "topic", "payload", "qos", "retain", "topic_alias": int | null (5.0)}
  {"cmd": "subscribe", "filter", "qos"}
  {"cmd": "disconnect"}
"""

import json
import sys
import threading
import time

import paho.mqtt.client as mqtt
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties

out_lock = threading.Lock()


def emit(obj):
    with out_lock:
        sys.stdout.write(json.dumps(obj) + "\n")
        sys.stdout.flush()


client = None
subscription = None


def on_connect(c, userdata, flags, reason_code, properties):
    emit({"event": "connected", "reason": str(reason_code)})
    if subscription is not None:
        c.subscribe(subscription[0], subscription[1])


def on_message(c, userdata, msg):
    # paho delivers a Topic Name that is not UTF-8 too; msg.topic would raise
    # here and kill paho's network thread, which is the driver's doing, not paho's.
    try:
        topic = msg.topic
    except UnicodeDecodeError:
        topic = msg._topic.decode("utf-8", "replace")
    emit({"event": "message", "topic": topic, "payload": msg.payload.hex(), "qos": msg.qos, "retain": bool(msg.retain)})


def on_disconnect(c, userdata, flags, reason_code, properties):
    emit({"event": "disconnected", "reason": str(reason_code)})


def on_log(c, userdata, level, buf):
    emit({"event": "log", "text": buf})


def connect(cmd):
    global client, subscription
    v5 = cmd.get("protocol") == 5
    client = mqtt.Client(
        mqtt.CallbackAPIVersion.VERSION2,
        client_id=cmd["client_id"],
        # 5.0 has Clean Start, given to connect() instead
        clean_session=None if v5 else cmd["clean_session"],
        protocol=mqtt.MQTTv5 if v5 else mqtt.MQTTv311,
        transport="websockets" if cmd.get("websocket") else "tcp",
    )
    if cmd.get("websocket"):
        client.ws_set_options(path="/mqtt")
    client.on_connect = on_connect
    client.on_message = on_message
    client.on_disconnect = on_disconnect
    client.on_log = on_log
    client.reconnect_delay_set(min_delay=1, max_delay=1)
    will = cmd.get("will")
    if will:
        client.will_set(will["topic"], bytes.fromhex(will["payload"]), will["qos"], will["retain"])
    if cmd.get("username") is not None:
        pw = cmd.get("password")
        client.username_pw_set(cmd["username"], bytes.fromhex(pw) if pw is not None else None)
    sub = cmd.get("subscription")
    subscription = (sub[0], sub[1]) if sub else None
    if v5:
        props = Properties(PacketTypes.CONNECT)
        for key, name in (
            ("session_expiry", "SessionExpiryInterval"),
            ("receive_maximum", "ReceiveMaximum"),
            ("maximum_packet_size", "MaximumPacketSize"),
            ("topic_alias_maximum", "TopicAliasMaximum"),
            ("authentication_method", "AuthenticationMethod"),
        ):
            if cmd.get(key) is not None:
                setattr(props, name, cmd[key])
        client.connect(
            cmd["host"], cmd["port"], keepalive=cmd["keep_alive"], clean_start=cmd["clean_session"],
            properties=props if not props.isEmpty() else None,
        )
    else:
        client.connect(cmd["host"], cmd["port"], keepalive=cmd["keep_alive"])
    client.loop_start()


def wait_connected(timeout=5.0):
    """Publishing or subscribing right after connect() races paho's network
    thread, which has not read the CONNACK yet: wait for it (bounded)."""
    deadline = time.monotonic() + timeout
    while not client.is_connected():
        if time.monotonic() > deadline:
            raise RuntimeError("not connected after %.1f s" % timeout)
        time.sleep(0.01)


def publish(cmd):
    wait_connected()
    props = None
    if cmd.get("topic_alias") is not None:
        props = Properties(PacketTypes.PUBLISH)
        props.TopicAlias = cmd["topic_alias"]
    info = client.publish(cmd["topic"], bytes.fromhex(cmd["payload"]), cmd["qos"], cmd["retain"], properties=props)
    if info.rc != mqtt.MQTT_ERR_SUCCESS:
        raise RuntimeError("publish returned %s" % mqtt.error_string(info.rc))


def subscribe(cmd):
    wait_connected()
    rc, _mid = client.subscribe(cmd["filter"], cmd["qos"])
    if rc != mqtt.MQTT_ERR_SUCCESS:
        raise RuntimeError("subscribe returned %s" % mqtt.error_string(rc))


def disconnect(cmd):
    rc = client.disconnect()
    if rc != mqtt.MQTT_ERR_SUCCESS:
        raise RuntimeError("disconnect returned %s" % mqtt.error_string(rc))


COMMANDS = {"connect": connect, "publish": publish, "subscribe": subscribe, "disconnect": disconnect}


def main():
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        cmd = json.loads(line)
        name = cmd.get("cmd")
        try:
            COMMANDS[name](cmd)
            emit({"reply": name, "ok": True})
        except Exception as e:  # the API's refusal goes back to the test
            emit({"reply": name, "error": "%s: %s" % (type(e).__name__, e)})
    if client is not None:
        client.loop_stop()


if __name__ == "__main__":
    main()
