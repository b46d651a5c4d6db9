"""`news-etl docs`: the runs' Great Expectations Data Docs over http on loopback, for the links in the Prefect UI.

Browsers do not open `file://` links from a web page, so each run's link artifact points at this server.
"""

from __future__ import annotations

import functools
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from news_etl.config import Settings


def docs_url(settings: Settings, run_id: str) -> str:
    """Where `news-etl docs` shows a run's Data Docs index."""
    return f"http://127.0.0.1:{settings.docs_port}/{run_id}/index.html"


def docs_server(root: Path, port: int) -> ThreadingHTTPServer:
    """A read-only http server of `root` on 127.0.0.1:`port` (0: any free port); call `serve_forever`."""
    handler = functools.partial(_QuietHandler, directory=str(root))
    return ThreadingHTTPServer(("127.0.0.1", port), handler)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass
