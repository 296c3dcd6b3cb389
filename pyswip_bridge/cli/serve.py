"""``cassation serve``: the web explorer on this computer (registered on the ``cassation`` group).

It binds 127.0.0.1 unless ``--host`` says otherwise, and says loudly when it is reachable from other
machines.  Its pages are in the language of ``cassation --lang`` (or ``CASSATION_LANG``) unless a
request asks for another (``?lang=en``, the switch in each page's header).  ``--port 0`` takes a free
port; the URL is printed once the server listens.
"""

from __future__ import annotations

import ipaddress
import socket

import click

from ..bridge.limits import Limits
from ..errors import UserError
from ..i18n import language, tr
from .app import inference_limit_option, main, reports_errors, say, time_limit_option

#: The largest request body, by default (a case of 1 MiB and the rest of its form).
DEFAULT_MAX_REQUEST_BYTES = 2 * 1024 * 1024


def is_loopback(host: str) -> bool:
    """Whether ``host`` is reachable only from this computer (``localhost``, 127.0.0.0/8, ``::1``)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host``:``port`` (0: a free port), listening; :class:`UserError` if it cannot be."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (socket.gaierror, UnicodeError) as exc:
        raise UserError(f"--host {host!r}: not an address of this computer ({exc})") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise UserError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.set_inheritable(True)
    return sock


@main.command("serve")
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (127.0.0.1: this computer only)."
)
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True, help="Port (0: any free port).")
@click.option(
    "--max-request-bytes",
    type=click.IntRange(1024, 64 * 1024 * 1024),
    default=DEFAULT_MAX_REQUEST_BYTES,
    show_default=True,
    help="The largest request accepted (a larger one gets 413).",
)
@click.option(
    "--class",
    "class_folder",
    metavar="FOLDER",
    help="A teacher's folder of scenario files for the Class page (default: the worked scenarios of queries/).",
)
@time_limit_option("Seconds per ask")
@inference_limit_option("Logical inferences per ask")
@reports_errors
def serve_command(
    host: str, port: int, max_request_bytes: int, class_folder: str | None, time_limit: float, inference_limit: int
) -> None:
    """The web explorer: edit a case, ask, read proofs, apply repairs, compare readings, run the guided
    interview, and a class's quizzes and handouts (Ctrl-C stops it)."""
    import uvicorn

    from ..web import create_app
    from ..web.class_pages import class_page, class_routes, load_class_pages
    from ..web.interview_page import interview_page, interview_routes

    limits = Limits(time_limit, inference_limit)
    classroom = load_class_pages(class_folder)  # a folder that does not fit is refused here, by file and place
    local = is_loopback(host)
    allowed = sorted({host.strip("[]"), "127.0.0.1", "localhost", "::1"}) if local else ["*"]
    app = create_app(
        limits,
        max_request_bytes=max_request_bytes,
        allowed_hosts=allowed,
        lang=language(),
        routes=[*interview_routes(), *class_routes(classroom)],
        pages=[interview_page(), class_page()],
    )
    sock = _listen(host, port)
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    if not local:
        say(
            tr(
                "WARNING: listening on {host}, reachable from other computers: anyone who can reach port {port} "
                "can use this explorer and the computer's time (use --host 127.0.0.1 to keep it on this computer)"
            ).format(host=host, port=bound)
        )
    click.echo(tr("cassation explorer: {url}  (Ctrl-C stops it)").format(url=f"http://{shown}:{bound}/"), err=False)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on", timeout_graceful_shutdown=2)
    server = uvicorn.Server(config)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
