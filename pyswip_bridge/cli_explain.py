"""Commands of the explanation workbench, registered on the ``cassation`` group."""

from __future__ import annotations
