"""The ``cassation`` command.

app         the command group :func:`main`, its exit codes, its options, and the commands ask, why-not,
            vocabulary, norms, coverage
explain     what-if, compare-readings, diff (imported when one of them is called)
teach       repl, scenarios, quiz, step (imported when one of them is called)
batch       batch (imported when it is called)
serve       serve: the web explorer of pyswip_bridge.web (imported when it is called)
repl        the interactive session of ``cassation repl``
"""

from .app import main

__all__ = ["main"]
