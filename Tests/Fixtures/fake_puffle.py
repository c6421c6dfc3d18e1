#!/usr/bin/env python3
"""A contract fake of the Puffle AI chat session API and its campaign routes (shared/puffle-api.md).

Listens on 127.0.0.1 at a free port and writes the port to the file named by --port-file once it
accepts connections. The bearer key it accepts comes from the FAKE_PUFFLE_KEY environment
variable (never argv). It keeps sessions in memory, applies the PATCH and task_status rules,
records every API request, and can be told to fail in the ways a real network and server do.

Routes: the sessions under /api/campaigns/ai-chat-sessions, and the campaign routes: GET
/api/campaigns (the stored campaigns, the last stored first), GET /api/campaigns/ID, GET
/api/campaigns/ID/leads?page&limit, PUT /api/campaigns/ID/sequence/nodes/NODE.

Control endpoints (not recorded, no auth), all JSON:
  POST /__control/sessions   body: a session object           -> stores it (replaces by id)
  POST /__control/campaigns  {"answer": {"campaign", "sequence_nodes", ...}, "prospects": [...]}
                                                              -> stores a campaign and its roster
  GET  /__control/sessions/ID                                 -> the stored session, as is
  GET  /__control/requests                                    -> every recorded request
  POST /__control/reset                                       -> forget sessions, requests, faults
  POST /__control/fault      {"method","path_contains","mode","times", ...} -> next matching
       requests fail. mode: "status" (+ "status", "body", "content_type", "retry_after"),
       "html502", "invalid_json", "wrong_type", "drop" (close without answering, the request
       not carried out), "lose_answer" (carry the request out, then close without answering),
       "delay" (+ "seconds", then answer normally), "trickle" (+ "bytes_per_second": answer slowly).
       The hostile ones: "redirect" (+ "status", "location": answer 3xx pointing elsewhere),
       "endless" (a chunked 200 body that never ends, until the client leaves or 120 s pass).
       "times": -1 fails every matching request.
  POST /__control/faults/clear                                -> no more injected failures
  POST /__control/finish     {"id", "set": {fields}}          -> ends the running task: writes the
       fields, appends nothing else, clears task_status
  POST /__control/config     {"task_seconds": N}              -> tasks end by themselves after N s
       with a canned reply (0 = only /__control/finish ends them)
"""
import argparse
import json
import os
import re
import socket
import threading
import time
import uuid
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse, parse_qs

ID_RE = re.compile(
    r"^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}"
    r"|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$")
WRITABLE = ["messages", "title", "draft_subject", "draft_body", "skeleton", "skeleton_history",
            "draft_history", "framework_version", "generated_examples", "task_status"]
CONTENT = WRITABLE
PREFIX = "/api/campaigns/ai-chat-sessions"

LOCK = threading.RLock()
STATE = {"sessions": {}, "campaigns": {}, "prospects": {}, "requests": [], "faults": [], "task_seconds": 0, "timers": {}}
CAMPAIGNS = "/api/campaigns/"
LIMIT_MAX = 100


def now():
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def finish_task(sid, fields):
    with LOCK:
        s = STATE["sessions"].get(sid)
        if s is None:
            return
        for k, v in fields.items():
            s[k] = v
        s["task_status"] = None
        s["updated_at"] = now()
        STATE["timers"].pop(sid, None)


def canned_finish(sid, kind, body):
    with LOCK:
        s = STATE["sessions"].get(sid)
        if s is None:
            return
        if kind == "chat_processing":
            msgs = list(s.get("messages") or [])
            msgs.append({"role": "user", "content": body.get("message", "")})
            msgs.append({"role": "assistant", "content": "Fake reply to: " + body.get("message", "")})
            fields = {"messages": msgs, "framework_version": (s.get("framework_version") or 0) + 1}
            if s.get("skeleton") is None:
                fields["skeleton"] = {"hook": "fake hook", "value_prop": "fake value"}
        else:
            examples = [] if body.get("isFirstBatch", True) else list(s.get("generated_examples") or [])
            for i, lead in enumerate(body.get("leads", [])):
                # An example names the lead it was written for by the id sent with it (puffle-api.md).
                examples.append({"lead_id": str(lead.get("id") or uuid.uuid4()),
                                 "subject": "Hello " + lead.get("first_name", "there"),
                                 "body": "Example %d for %s" % (i + 1, lead.get("company", "?"))})
            fields = {"generated_examples": examples}
    finish_task(sid, fields)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def log_message(self, *args):
        pass

    # -- plumbing -----------------------------------------------------------------------------
    def read_body(self):
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def send(self, status, obj=None, raw=None, content_type="application/json", headers=()):
        data = raw if raw is not None else (b"" if obj is None else json.dumps(obj).encode())
        if getattr(self, "losing_answer", False):
            return  # carried out; the answer goes nowhere
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        rate = getattr(self, "trickle_rate", 0)
        if rate <= 0:
            self.wfile.write(data)
            return
        chunk = max(1, rate // 20)
        for start in range(0, len(data), chunk):
            try:
                self.wfile.write(data[start:start + chunk])
                self.wfile.flush()
            except OSError:
                return  # the client gave up
            time.sleep(chunk / rate)

    def drop_connection(self):
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def do_GET(self):
        self.route("GET")

    def do_POST(self):
        self.route("POST")

    def do_PATCH(self):
        self.route("PATCH")

    def do_DELETE(self):
        self.route("DELETE")

    def do_PUT(self):
        self.route("PUT")

    def route(self, method):
        self.losing_answer, self.trickle_rate = False, 0
        url = urlparse(self.path)
        body = self.read_body()
        if url.path.startswith("/__control/"):
            return self.control(method, url.path[len("/__control/"):], body)
        with LOCK:
            STATE["requests"].append({
                "method": method, "path": url.path, "query": url.query,
                "authorization": self.headers.get("Authorization"),
                "user_agent": self.headers.get("User-Agent"),
                "content_type": self.headers.get("Content-Type"),
                "connection": self.headers.get("Connection"),
                "peer_port": self.client_address[1],
                "body": body.decode("utf-8", "replace"),
            })
            fault = None
            for f in STATE["faults"]:
                if (f.get("method") in (None, method)) and f.get("path_contains", "") in url.path and f["times"] != 0:
                    f["times"] -= 1
                    fault = dict(f)
                    break
        if fault and self.inject(fault):
            return
        if not url.path.startswith(CAMPAIGNS) and url.path.rstrip("/") != CAMPAIGNS.rstrip("/"):
            return self.send(404, {"error": "Not found"})
        if self.headers.get("Authorization") != "Bearer " + os.environ.get("FAKE_PUFFLE_KEY", "pk_test_fake"):
            return self.send(401, {"error": {"code": "unauthorized", "message": "Invalid API key"}})
        try:
            payload = json.loads(body) if body else None
        except ValueError:
            return self.send(400, {"error": "Body is not JSON"})
        if url.path.rstrip("/") == CAMPAIGNS.rstrip("/"):
            if method != "GET":
                return self.send(405, {"error": "Method not allowed"})
            with LOCK:
                rows = []
                for answer in reversed(list(STATE["campaigns"].values())):
                    c = answer.get("campaign") or {}
                    rows.append({k: c.get(k) for k in ("id", "name", "type", "status", "created_at", "updated_at")})
                    rows[-1]["node_count"] = len(answer.get("sequence_nodes") or [])
            self.send(200, {"campaigns": rows})
        elif url.path.startswith(PREFIX):
            parts = [p for p in url.path[len(PREFIX):].split("/") if p]
            self.api(method, parts, parse_qs(url.query), payload)
        else:
            self.campaign_api(method, [p for p in url.path[len(CAMPAIGNS):].split("/") if p], parse_qs(url.query), payload)
        if getattr(self, "losing_answer", False):
            self.drop_connection()

    def inject(self, f):
        mode = f["mode"]
        if mode == "drop":
            self.drop_connection()
            return True
        if mode == "lose_answer":
            self.losing_answer = True
            return False
        if mode == "trickle":
            self.trickle_rate = int(f.get("bytes_per_second", 1_000_000))
            return False
        if mode == "delay":
            time.sleep(f.get("seconds", 5))
            return False
        if mode == "redirect":
            self.send(f.get("status", 302), {"error": "moved"}, headers=[("Location", f["location"])])
            return True
        if mode == "endless":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            piece = b'{"session": {"title": "' + b"x" * 65536
            chunk = b"%x\r\n" % len(piece) + piece + b"\r\n"
            deadline = time.time() + 120
            try:
                while time.time() < deadline:
                    self.wfile.write(chunk)
            except OSError:
                pass
            self.close_connection = True
            return True
        if mode == "html502":
            self.send(502, raw=b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>",
                      content_type="text/html")
        elif mode == "invalid_json":
            self.send(200, raw=b'{"session": {"id": "trunc', content_type="application/json")
        elif mode == "wrong_type":
            self.send(200, {"session": {"id": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "title": 42}})
        else:
            headers = [("Retry-After", str(f["retry_after"]))] if "retry_after" in f else []
            raw = f.get("body")
            self.send(f.get("status", 500), raw=(raw.encode() if isinstance(raw, str) else None),
                      obj=None if isinstance(raw, str) else {"error": f.get("message", "Injected failure")},
                      content_type=f.get("content_type", "application/json"), headers=headers)
        return True

    # -- the API --------------------------------------------------------------------------------
    def api(self, method, parts, query, payload):
        with LOCK:
            sessions = STATE["sessions"]
            if not parts:
                if method == "GET":
                    cid = (query.get("campaign_id") or [""])[0]
                    if not ID_RE.match(cid):
                        return self.send(400, {"error": "campaign_id is required"})
                    found = sorted((s for s in sessions.values() if s.get("campaign_id") == cid),
                                   key=lambda s: s.get("created_at") or "")
                    return self.send(200, {"sessions": found})
                if method == "POST":
                    if not isinstance(payload, dict) or not ID_RE.match(str(payload.get("campaign_id", ""))) \
                            or not ID_RE.match(str(payload.get("node_id", ""))):
                        return self.send(400, {"error": "campaign_id and node_id are required"})
                    sid = str(uuid.uuid4())
                    s = {"id": sid, "user_id": "1b4e28ba-2fa1-41d2-883f-0016d3cca427",
                         "campaign_id": payload["campaign_id"], "node_id": payload["node_id"]}
                    for k in CONTENT:
                        s[k] = None
                    s["created_at"] = s["updated_at"] = now()
                    sessions[sid] = s
                    return self.send(201, {"session": s})
                return self.send(405, {"error": "Method not allowed"})
            sid = parts[0]
            if not ID_RE.match(sid):
                return self.send(400, {"error": "Invalid session id"})
            s = sessions.get(sid)
            if s is None:
                return self.send(404, {"error": "Session not found"})
            if len(parts) == 1:
                if method == "GET":
                    return self.send(200, {"session": s})
                if method == "PATCH":
                    if not isinstance(payload, dict):
                        return self.send(400, {"error": "Body must be an object"})
                    bad = [k for k in payload if k not in WRITABLE]
                    if bad:
                        return self.send(400, {"error": "Unknown fields: " + ", ".join(bad)})
                    s.update(payload)
                    s["updated_at"] = now()
                    return self.send(200, {"session": s})
                if method == "DELETE":
                    del sessions[sid]
                    return self.send(200, {"success": True})
                return self.send(405, {"error": "Method not allowed"})
            action = parts[1]
            if method != "POST" or action not in ("turn", "generate-examples"):
                return self.send(404, {"error": "Not found"})
            if not isinstance(payload, dict):
                return self.send(400, {"error": "Body must be an object"})
            if action == "turn" and not isinstance(payload.get("message"), str):
                return self.send(400, {"error": "message is required"})
            problem = self.async_body_problem(action, payload)
            if problem:
                return self.send(400, {"error": problem})
            if action == "generate-examples":
                if not isinstance(payload.get("leads"), list):
                    return self.send(400, {"error": "leads is required"})
                if s.get("skeleton") is None:
                    return self.send(400, {"error": "Session has no framework yet. Chat first to create one."})
            if s.get("task_status") is not None:
                return self.send(409, {"error": "Session is busy (%s)" % s["task_status"]})
            kind = "chat_processing" if action == "turn" else "generating_examples"
            s["task_status"] = kind
            s["updated_at"] = now()
            if STATE["task_seconds"] > 0:
                t = threading.Timer(STATE["task_seconds"], canned_finish, (sid, kind, payload))
                t.daemon = True
                STATE["timers"][sid] = t
                t.start()
            return self.send(200, {"runId": "run_" + uuid.uuid4().hex[:12], "publicAccessToken": "tr_pat_" + uuid.uuid4().hex[:12]})

    # -- the campaign routes ----------------------------------------------------------------------
    def campaign_api(self, method, parts, query, payload):
        with LOCK:
            if not parts or not ID_RE.match(parts[0]):
                return self.send(400, {"error": "Invalid campaign id"})
            answer = STATE["campaigns"].get(parts[0])
            if answer is None:
                return self.send(404, {"error": "Campaign not found"})
            if len(parts) == 1 and method == "GET":
                return self.send(200, answer)
            if len(parts) == 2 and parts[1] == "leads" and method == "GET":
                try:
                    page = int((query.get("page") or ["1"])[0])
                    limit = min(LIMIT_MAX, int((query.get("limit") or ["50"])[0]))
                except ValueError:
                    return self.send(400, {"error": "page and limit must be numbers"})
                if page < 1 or limit < 1:
                    return self.send(400, {"error": "page and limit start at 1"})
                prospects = STATE["prospects"].get(parts[0], [])
                status = (query.get("status") or [""])[0]
                if status:
                    prospects = [p for p in prospects if p.get("status") == status]
                items = prospects[(page - 1) * limit:page * limit]
                return self.send(200, {"prospects": items, "total": len(prospects), "page": page, "limit": limit})
            if len(parts) == 4 and parts[1:3] == ["sequence", "nodes"] and method == "PUT":
                if answer["campaign"].get("status") != "draft":
                    return self.send(400, {"error": "Campaign must be in draft status to edit its sequence"})
                node = next((n for n in answer["sequence_nodes"] if n.get("id") == parts[3]), None)
                if node is None:
                    return self.send(404, {"error": "Sequence node not found"})
                if not isinstance(payload, dict) or not payload:
                    return self.send(400, {"error": "Body must be an object with subject or body"})
                for key, value in payload.items():
                    allowed = key == "body" and node.get("type") in ("email", "message", "connection_request") \
                        or key == "subject" and node.get("type") == "email"
                    if not allowed or not isinstance(value, str):
                        return self.send(400, {"error": "%s cannot be set on a %s node" % (key, node.get("type"))})
                node.update(payload)
                return self.send(200, {"node": node})
            return self.send(404, {"error": "Not found"})

    @staticmethod
    def async_body_problem(action, payload):
        """The optional fields of /turn and /generate-examples, typed as puffle-api.md gives them."""
        allowed = {"turn": {"message", "availableVarNames", "sampleLeads", "sequenceContext"},
                   "generate-examples": {"leads", "sequenceContext", "isFirstBatch"}}[action]
        unknown = sorted(set(payload) - allowed)
        if unknown:
            return "Unknown fields: " + ", ".join(unknown)
        names = payload.get("availableVarNames")
        if names is not None and not (isinstance(names, list) and all(isinstance(n, str) for n in names)):
            return "availableVarNames must be an array of strings"
        for key in ("sampleLeads", "leads"):
            leads = payload.get(key)
            if leads is not None and not (isinstance(leads, list) and all(isinstance(l, dict) for l in leads)):
                return key + " must be an array of lead objects"
        context = payload.get("sequenceContext")
        if context is not None:
            if not isinstance(context, dict) or set(context) != {"position", "total_nodes", "prior_nodes"}:
                return "sequenceContext must be {position, total_nodes, prior_nodes}"
            if not all(type(context[k]) is int for k in ("position", "total_nodes")) or not isinstance(context["prior_nodes"], list):
                return "sequenceContext has the wrong types"
        if "isFirstBatch" in payload and not isinstance(payload["isFirstBatch"], bool):
            return "isFirstBatch must be a boolean"
        return None

    # -- control --------------------------------------------------------------------------------
    def control(self, method, what, body):
        payload = json.loads(body) if body else {}
        with LOCK:
            if what == "sessions" and method == "POST":
                STATE["sessions"][payload["id"]] = payload
                return self.send(200, {"ok": True})
            if what == "campaigns" and method == "POST":
                cid = payload["answer"]["campaign"]["id"]
                STATE["campaigns"][cid] = payload["answer"]
                STATE["prospects"][cid] = payload.get("prospects", [])
                return self.send(200, {"ok": True})
            if what.startswith("campaigns/") and method == "GET":
                answer = STATE["campaigns"].get(what[len("campaigns/"):])
                return self.send(200 if answer else 404, answer or {})
            if what.startswith("sessions/") and method == "GET":
                s = STATE["sessions"].get(what[len("sessions/"):])
                return self.send(200 if s else 404, {"session": s})
            if what == "requests":
                return self.send(200, {"requests": STATE["requests"]})
            if what == "reset":
                STATE.update(sessions={}, campaigns={}, prospects={}, requests=[], faults=[], task_seconds=0)
                return self.send(200, {"ok": True})
            if what == "faults/clear":
                STATE["faults"] = []
                return self.send(200, {"ok": True})
            if what == "fault":
                payload.setdefault("times", 1)
                STATE["faults"].append(payload)
                return self.send(200, {"ok": True})
            if what == "config":
                STATE["task_seconds"] = payload.get("task_seconds", 0)
                return self.send(200, {"ok": True})
        if what == "finish":
            finish_task(payload["id"], payload.get("set", {}))
            return self.send(200, {"ok": True})
        return self.send(404, {"error": "unknown control " + what})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--port", type=int, default=0, help="a fixed port, to come back on after a restart")
    args = parser.parse_args()
    ThreadingHTTPServer.allow_reuse_address = True
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    tmp = args.port_file + ".tmp"
    with open(tmp, "w") as f:
        f.write(str(server.server_address[1]))
    os.rename(tmp, args.port_file)
    server.serve_forever()


if __name__ == "__main__":
    main()
