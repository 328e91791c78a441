"""Parses RSS files with Debian's python3-feedparser, as a real feed reader does; prints JSON."""
import json
import sys

import feedparser

out = {}
for path in sys.argv[1:]:
    feed = feedparser.parse(path)
    out[path] = {
        "bozo": int(feed.bozo),
        "bozo_exception": str(feed.get("bozo_exception", "")),
        "version": feed.version,
        "language": feed.feed.get("language"),
        "title": feed.feed.get("title"),
        "self": [l.get("href") for l in feed.feed.get("links", []) if l.get("rel") == "self"],
        "entries": [
            {
                "title": e.get("title"),
                "author": e.get("author"),
                "link": e.get("link"),
                "id": e.get("id"),
                "guidislink": e.get("guidislink"),
                "published": e.get("published"),
                "published_parsed": list(e.published_parsed[:6]) if e.get("published_parsed") else None,
                "summary": e.get("summary"),
                "content": [c.get("value") for c in e.get("content", [])],
                "enclosures": [{"href": x.get("href"), "length": x.get("length"), "type": x.get("type")} for x in e.get("enclosures", [])],
            }
            for e in feed.entries
        ],
    }
print(json.dumps(out, ensure_ascii=False))
