#!/usr/bin/env python3
"""Drives Eclipse Paho Python (paho-mqtt) for the client conformance tests.

One JSON object per line on stdin is a command; one JSON object per line on
stdout answers it ({"reply": ..., "ok": true} or {"reply": ..., "error": "..."})
or reports an event ({"event": "message", ...}, {"event": "log", ...}).
Payloads travel as hex. Commands:

  {"cmd": "connect", "host", "port", "client_id", "clean_session", "keep_alive",
   "will": {"topic", "payload", "qos", "retain"} | null,
   "username": str | null, "password": hex | null,
   "subscription": [filter, qos] | null, "websocket": bool (path /mqtt)}
  {"cmd": "publish", "topic", "payload", "qos", "retain"}
  {"cmd": "subscribe", "filter", "qos"}
  {"cmd": "disconnect"}
"""

import json
import sys
import threading
import time

import paho.mqtt.client as mqtt

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
    client = mqtt.Client(
        mqtt.CallbackAPIVersion.VERSION2,
        client_id=cmd["client_id"],
        clean_session=cmd["clean_session"],
        protocol=mqtt.MQTTv311,
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
    info = client.publish(cmd["topic"], bytes.fromhex(cmd["payload"]), cmd["qos"], cmd["retain"])
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
