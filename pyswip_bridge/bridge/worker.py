"""A batch worker process: ``python -m pyswip_bridge.bridge.worker`` (started by :mod:`pyswip_bridge.bridge.pool`).

Reads JSON lines on standard input: first ``{"options": {...}}`` (answered by one line, the
question's error object or ``null``), then ``{"items": [...]}`` chunks (answered by one result line
per item, in order).  Ends at the end of its input.  It has its own SWI-Prolog and KB.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from typing import Any, BinaryIO

from .kb import KnowledgeBase
from .limits import Limits
from .pool import BatchOptions, answer_item, check_question, item_from_message


def options_from(settings: dict[str, Any]) -> BatchOptions:
    limits = settings["limits"]
    return BatchOptions(
        settings["question"],
        bool(settings["explain"]),
        dict(settings["readings"]),
        Limits(limits["seconds"], limits["inferences"]),
        bool(settings["reason_anyway"]),
        str(settings.get("lang", "en")),
    )


def main() -> int:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    source = sys.stdin.buffer
    # The protocol has a pipe of its own (--protocol-fd, from the parent); standard output (SWI-Prolog's
    # user_output, where it or any C code would print, already from the import of pyswip) is /dev/null,
    # so nothing else can write into the protocol and no write of SWI's can fail on a pipe whose reader
    # has gone (SWI then printed "I/O error in write on stream user_output (Broken pipe)" into the
    # user's standard error).  Python's own prints go to standard error, and so do SWI's messages.
    sink = os.fdopen(protocol_fd(sys.argv[1:]), "wb")
    sys.stdout = sys.stderr
    first = source.readline()
    if not first:
        return 0
    options = options_from(json.loads(first)["options"])
    kb = KnowledgeBase()
    try:
        answer(kb, options, source, sink)
    except BrokenPipeError:  # the parent is gone (killed, or stopped reading): nothing left to answer
        os.dup2(os.open(os.devnull, os.O_WRONLY), sink.fileno())  # no second error when Python exits
    return 0


def protocol_fd(args: list[str]) -> int:
    """The file descriptor of the protocol's pipe: ``--protocol-fd N`` (standard output without it)."""
    if len(args) == 2 and args[0] == "--protocol-fd" and args[1].isdigit():
        return int(args[1])
    if not args:
        return os.dup(1)
    raise SystemExit(f"usage: python -m pyswip_bridge.bridge.worker [--protocol-fd N], not {' '.join(args)}")


def answer(kb: KnowledgeBase, options: BatchOptions, source: BinaryIO, sink: BinaryIO) -> None:
    """Answer the options line (the question's error or null), then each chunk of items, in order.

    Every write to the parent is in here, the first one too: the parent may be gone before the
    worker has loaded SWI-Prolog, and then the first answer meets a broken pipe.
    """
    sink.write(json.dumps(check_question(kb, options)).encode() + b"\n")
    sink.flush()
    for raw in source:
        message = json.loads(raw)
        out = []
        for entry in message["items"]:
            position, item = item_from_message(entry)
            out.append(answer_item(kb, options, item, position).to_json_line())
        sink.write(("\n".join(out) + "\n").encode("utf-8"))
        sink.flush()


if __name__ == "__main__":
    sys.exit(main())
