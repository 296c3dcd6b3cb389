"""Request bounds and response headers of the explorer, as one ASGI middleware.

* A request whose body is larger than ``max_bytes`` is refused with 413, whether it says so in its
  ``Content-Length`` or only sends too much; the refusal is in the language of the address
  (``?lang=``), else the server's.
* Every response says: nothing from other origins (Content-Security-Policy), not in a frame, no
  referrer, not cached (the case is the user's own), and its type is what it says.
"""

from __future__ import annotations

from urllib.parse import parse_qs

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..i18n import LANGUAGES, tr

HEADERS = (
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
        b"img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
)


TOO_LARGE = (
    "the request is larger than {size} bytes, the most this server accepts (cassation serve --max-request-bytes)"
)


class TooLarge(Exception):
    """The body went past the bound while it was read."""


class RequestGuard:
    """Bounds the size of request bodies and adds the safety headers to every response."""

    def __init__(self, app: ASGIApp, max_bytes: int, lang: str = "en") -> None:
        self.app = app
        self.max_bytes = max_bytes
        #: The language of a refusal whose address names none (``?lang=`` is the only one read).
        self.lang = lang

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message = {**message, "headers": [*message.get("headers", []), *HEADERS]}
            await send(message)

        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            await self._refuse(send_with_headers, scope)
            return
        seen = 0

        async def bounded_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise TooLarge
            return message

        try:
            await self.app(scope, bounded_receive, send_with_headers)
        except TooLarge:
            if not started:
                await self._refuse(send_with_headers, scope)

    async def _refuse(self, send: Send, scope: Scope) -> None:
        asked = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("lang", [""])[-1]
        lang = asked if asked in LANGUAGES else self.lang
        reason = tr(TOO_LARGE, lang).format(size=f"{self.max_bytes:,}")
        body = f"{tr('error:', lang)} {reason}\n".encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"text/plain; charset=utf-8"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
