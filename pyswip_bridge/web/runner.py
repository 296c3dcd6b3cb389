"""The one thread that calls SWI-Prolog.

pyswip's engine is not safe to use from several threads at once (docs: one thread, or one process per
worker), so every call of the KB made by the web explorer runs here, one after another, and the event
loop awaits it without blocking.  Each call runs in a copy of its request's context, so that the
language the request chose (:func:`pyswip_bridge.i18n.using`, a context variable) is the language of
the call too, whatever the requests before it chose.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from ..bridge.kb import KnowledgeBase

T = TypeVar("T")


class KBRunner:
    """Runs functions of the :class:`KnowledgeBase` in one dedicated thread."""

    def __init__(self) -> None:
        self._executor: ThreadPoolExecutor | None = None
        self._kb: KnowledgeBase | None = None

    def _with_kb(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        if self._kb is None:
            self._kb = KnowledgeBase()
        return function(self._kb, *args, **kwargs)

    async def run(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``function(kb, *args, **kwargs)`` in the KB's thread, in a copy of the caller's context, awaited."""
        if self._executor is None:  # the first call, or the first after close() (a server started again)
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cassation-kb")
        loop = asyncio.get_running_loop()
        call = functools.partial(self._with_kb, function, *args, **kwargs)
        return await loop.run_in_executor(self._executor, contextvars.copy_context().run, call)

    def close(self) -> None:
        """Stop the thread (after the call running now, if any)."""
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
