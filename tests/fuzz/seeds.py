#!/usr/bin/env python3
"""Writes the fuzz targets' seed inputs, taken from tests/data, into tests/fuzz/corpus/<target>/seed-*.

Recorded replies in tests/data are {"status", "headers", "body"}; a target is seeded with what it parses (the body,
one event, an event's HTML). Run by scripts/dev/fuzz.sh --seed; the seeds are committed with the corpus."""
import hashlib
import json
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parents[2]
data = root / "tests" / "data"
corpus = root / "tests" / "fuzz" / "corpus"


def load(path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None


def body(recorded):
    if isinstance(recorded, dict) and "status" in recorded and ("body" in recorded or "bodyText" in recorded):
        if "body" in recorded:
            return json.dumps(recorded["body"], ensure_ascii=False).encode()
        return recorded["bodyText"].encode()
    return json.dumps(recorded, ensure_ascii=False).encode()


def write(target, content):
    directory = corpus / target
    directory.mkdir(parents=True, exist_ok=True)
    name = "seed-" + hashlib.sha1(content).hexdigest()[:16]
    (directory / name).write_bytes(content)


def files(*patterns):
    for pattern in patterns:
        yield from sorted(data.glob(pattern))


def values(document):
    if isinstance(document, dict) and "body" in document and "status" in document:
        document = document["body"]
    if isinstance(document, dict) and isinstance(document.get("value"), list):
        return document["value"]
    return [document] if isinstance(document, dict) else []


for path in files("calendar/events/*.json", "graph/calendarView/*.json", "graph/delta/*.json",
                  "booking/create-event-*.json"):
    document = load(path)
    for event in values(document):
        write("event", json.dumps(event, ensure_ascii=False).encode())
        content = (event.get("body") or {}).get("content") if isinstance(event, dict) else None
        if content:
            write("eventbodysanitizer", content.encode())
for path in files("graph/calendars/*.json", "calendar/calendars.json", "graph/me/*.json"):
    document = load(path)
    if document is not None:
        write("calendarprofile", body(document))
for path in files("graph/batch/*.json"):
    document = load(path)
    if document is not None:
        write("graphbatchresponse", body(document))
for path in files("graph/errors/*.json", "teams/*.json"):
    document = load(path)
    if document is not None:
        # An error body as the item of a $batch reply.
        item = {"id": "1", "status": document.get("status", 400), "headers": document.get("headers", {}),
                "body": document.get("body", {})}
        write("graphbatchresponse", json.dumps({"responses": [item]}, ensure_ascii=False).encode())
for path in files("auth/openid-configuration-*.json"):
    write("oidcconfiguration", path.read_bytes())
for path in files("auth/token-error-*.json", "auth/token-response-*.json"):
    write("autherror", path.read_bytes())
for path in files("teams/message-created.json"):
    document = load(path)
    content = ((document or {}).get("body") or {}).get("body", {}).get("content")
    if content:
        write("eventbodysanitizer", content.encode())
print("seeds written to", corpus, file=sys.stderr)
