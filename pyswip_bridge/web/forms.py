"""What one posted form says: the case (the YAML text of the editor, or an uploaded case file), the
question, the readings chosen, the facts switched off, a repair to apply.

The case lives in the browser: every form carries it whole, and the server keeps nothing between
requests.  An uploaded file is read from the request's body (its name is used only to tell YAML from
JSON and to name it in errors); no path sent by the browser is ever opened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from starlette.datastructures import FormData, UploadFile

from ..bridge.case import MAX_FACTS, Case
from ..errors import ArgumentError, CaseFileError

#: The name of the editor's case in error messages (``case.yaml:3``: the third line of the YAML shown).
CASE_NAME = "case.yaml"
#: The largest case accepted from a form, text or upload (the request as a whole is bounded too).
MAX_CASE_BYTES = 1024 * 1024
_SAFE_NAME = re.compile(r"[^\w.\- ]+")


@dataclass
class Posted:
    """One posted form, read."""

    case: Case
    question: str = ""
    readings: dict[str, str] = field(default_factory=dict)
    #: Indexes (0-based) of the facts the what-if toggles switched off.
    off: set[int] = field(default_factory=set)
    action: str = ""


def _text(form: FormData, name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""


async def read_case(form: FormData) -> Case:
    """The case of the form: an uploaded file when one was chosen, else the YAML text; empty text is an empty case."""
    upload = form.get("upload")
    if isinstance(upload, UploadFile) and upload.filename:
        await upload.seek(0)  # the same form may be read twice (to show its case again after an error)
        raw = await upload.read(MAX_CASE_BYTES + 1)
        if len(raw) > MAX_CASE_BYTES:
            raise CaseFileError(f"the uploaded file is larger than {MAX_CASE_BYTES:,} bytes", "upload")
        name = _SAFE_NAME.sub("_", upload.filename.replace("\\", "/").rsplit("/", 1)[-1])[:100] or "upload"
        return Case.from_bytes(raw, name)
    text = _text(form, "case")
    if not text.strip():
        return Case(source=CASE_NAME)
    raw = text.replace("\r\n", "\n").encode("utf-8", "surrogatepass")
    if len(raw) > MAX_CASE_BYTES:
        raise CaseFileError(f"the case is larger than {MAX_CASE_BYTES:,} bytes", CASE_NAME)
    return Case.from_bytes(raw, CASE_NAME)


def _indexes(form: FormData, name: str, count: int) -> set[int]:
    found = set()
    for value in form.getlist(name):
        if not isinstance(value, str) or not value.isdigit() or int(value) >= min(count, MAX_FACTS):
            raise ArgumentError(f"the form field {name!r} holds {str(value)[:40]!r}, not the number of a fact")
        found.add(int(value))
    return found


async def read_form(form: FormData) -> Posted:
    """Everything a form of the explorer may carry, read and bounded."""
    case = await read_case(form)
    readings = {
        key.removeprefix("reading:"): value
        for key, value in form.multi_items()
        if key.startswith("reading:") and isinstance(value, str) and value
    }
    off: set[int] = set()
    if "toggles" in form:  # the what-if toggles were shown: a fact whose box is not ticked is off
        on = _indexes(form, "on", len(case.facts))
        off = set(range(len(case.facts))) - on
    return Posted(case, _text(form, "question").strip(), readings, off, _text(form, "action"))


def repair_changes(form: FormData, number: str) -> tuple[list[str], list[str]]:
    """The facts to add and to remove of the repair ``number`` of the answer's form."""
    if not number.isdigit():
        raise ArgumentError(f"no repair {number[:40]!r} in the form")
    add = [v for v in form.getlist(f"repair{number}+") if isinstance(v, str)]
    remove = [v for v in form.getlist(f"repair{number}-") if isinstance(v, str)]
    if not add and not remove:
        raise ArgumentError(f"no repair {number} in the form")
    return add, remove
