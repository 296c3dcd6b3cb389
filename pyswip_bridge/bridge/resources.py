"""Where the package's data lives: the knowledge base (``kb/``) and the worked scenarios (``queries/``).

Every module that needs one of these folders or files asks this module; none builds a data path
from ``__file__`` itself.  There are two layouts:

* **A checkout** (and the editable install of ``make setup``): the data stays at the top of the
  repository, next to the package: ``kb/``, ``queries/``, ``pyswip_bridge/``.  ``swipl kb/cassation.pl``
  works there, and so does ``make qlf`` (``kb/*.qlf``).
* **An installed wheel**: the build puts the same files inside the package, as
  ``pyswip_bridge/data/kb`` and ``pyswip_bridge/data/queries`` (``package-dir`` and ``package-data``
  in pyproject.toml).  The wheel holds no ``kb/*.qlf``: the KB then loads from its sources, and
  ``kb/cassation.pl`` writes nothing next to them (it only removes stale .qlf files, of which there
  are none, and SWI-Prolog's ``qcompile`` flag stays ``false``), so a read-only site-packages is fine.

The packaged copy is looked up first with :mod:`importlib.resources`; where the package has none (a
checkout), the folder beside the package is used.  SWI-Prolog needs real file names, so the paths
returned are real :class:`~pathlib.Path` objects (:func:`importlib.resources.as_file`: for a package
that is not on a file system, such as a zip, the extracted copy is kept until the interpreter exits;
Python extracts whole folders so from 3.12 on).
"""

from __future__ import annotations

import atexit
import contextlib
import sys
from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:
        from importlib.abc import Traversable

#: The package that carries the data.
PACKAGE = "pyswip_bridge"
#: The folder of the package that holds the packaged data (``kb``, ``queries``).
DATA = "data"
#: The knowledge base's folder name.
KB = "kb"
#: The worked scenarios' folder name.
QUERIES = "queries"
#: The text of the resolution, relative to the KB's folder.
RESOLUTION_TEXT = ("sources", "resolution-2017-05.txt")

_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


def _real_path(resource: Traversable) -> Path:
    """A file-system path for ``resource``: itself when it is one already (an ordinary install or a
    checkout), else a temporary copy that lasts until the interpreter exits."""
    if isinstance(resource, Path):
        return resource.resolve()
    return _extracted.enter_context(as_file(resource)).resolve()


def package_dir() -> Path:
    """The folder of the ``pyswip_bridge`` package."""
    return _real_path(files(PACKAGE))


def data_dir(name: str) -> Path:
    """The data folder ``name`` (``"kb"`` or ``"queries"``): the package's own copy when it has one
    (installed from a wheel), else the folder of that name beside the package (a checkout).  When
    neither exists, the packaged location, so that an error names where the file was looked for."""
    packaged = files(PACKAGE) / DATA / name
    if packaged.is_dir():
        return _real_path(packaged)
    checkout = package_dir().parent / name
    if checkout.is_dir():
        return checkout
    return package_dir() / DATA / name


def kb_dir() -> Path:
    """The knowledge base's folder, the one holding ``cassation.pl``."""
    return data_dir(KB)


def queries_dir() -> Path:
    """The worked scenarios' folder (``*.yaml``)."""
    return data_dir(QUERIES)


def resolution_text() -> Path:
    """The text of Normative Resolution No. 5 (2017) that the KB's citations quote."""
    return kb_dir().joinpath(*RESOLUTION_TEXT)
