"""Commands of the workbench and teaching mode (repl, scenarios, quiz, step), registered on ``cassation``."""

from __future__ import annotations
