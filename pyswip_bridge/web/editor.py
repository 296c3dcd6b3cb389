"""The case editor's model: one form of typed fields per fact of the vocabulary, the names a case
already uses, a fact's text from the values of its fields, and the case as YAML.

Nothing here decides what a fact means or whether it is allowed: the KB checks every fact of a case
when it is asked about it.  A fact built here is only text, sent to the KB as data like any fact of a
case file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from ..bridge.case import Case
from ..errors import CaseFileError
from ..i18n import tr

_PLAIN_ATOM = re.compile(r"[a-z][A-Za-z0-9_]*\Z")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_FACT = re.compile(r"\s*([a-z][A-Za-z0-9_]*)\s*\((.*)\)\s*\Z", re.S)


@dataclass(frozen=True)
class Field:
    """One argument of a fact: its name, its type and how it is entered."""

    name: str
    type: str
    #: ``date`` (a date picker), ``choice`` (one of ``values``) or ``name`` (free text, names of the case offered).
    widget: str
    values: tuple[str, ...] = ()
    #: The words of each of ``values`` in the language of the page (the vocabulary's ``words_ru``), or ().
    words: tuple[str, ...] = ()

    @property
    def choices(self) -> list[tuple[str, str]]:
        """Each value with its label: ``value — words`` where the page has words for it, else the value."""
        if not self.words:
            return [(v, v) for v in self.values]
        return [(v, v if v == w else f"{v} — {w}") for v, w in zip(self.values, self.words, strict=True)]


@dataclass(frozen=True)
class FactForm:
    """The fields of one declared fact of the vocabulary."""

    name: str
    meaning: str
    paragraphs: tuple[int, ...]
    fields: tuple[Field, ...]

    @property
    def signature(self) -> str:
        return f"{self.name}({', '.join(f.name for f in self.fields)})"

    @property
    def help(self) -> str:
        """The meaning as field help: each ``{argument}`` of a Russian meaning shown as ``‹argument›``."""
        return _PLACEHOLDER.sub(r"‹\1›", self.meaning)

    def describe(self, text: str) -> str:
        """The meaning of the fact ``text`` of this form: a meaning with ``{argument}`` places (the
        KB's Russian) gets the fact's own arguments, each value in its words; another meaning as it is."""
        if not _PLACEHOLDER.search(self.meaning):
            return self.meaning
        given = {f.name: unquote(a) for f, a in zip(self.fields, split_arguments(text), strict=False)}
        words = {f.name: dict(zip(f.values, f.words, strict=True)) for f in self.fields if f.words}

        def value(found: re.Match[str]) -> str:
            name = found.group(1)
            shown = given.get(name)
            if shown is None:
                return f"‹{name}›"
            return words.get(name, {}).get(shown, shown)

        return _PLACEHOLDER.sub(value, self.meaning)


def fact_forms(vocabulary: dict[str, Any], lang: str = "en") -> list[FactForm]:
    """A form per declared fact, in the vocabulary's order; in Russian (``lang="ru"``) each fact's
    meaning and each value's words are the KB's Russian (``meaning_ru``, ``words_ru``)."""
    russian = lang == "ru"
    enums = {e["type"]: tuple(e["values"]) for e in vocabulary["enumerations"]}
    words = {e["type"]: tuple(e.get("words_ru") or ()) for e in vocabulary["enumerations"]} if russian else {}
    forms = []
    for fact in vocabulary["facts"]:
        fields = []
        for arg in fact["arguments"]:
            kind = arg["type"]
            if kind == "date":
                fields.append(Field(arg["name"], kind, "date"))
            elif kind in enums:
                fields.append(Field(arg["name"], kind, "choice", enums[kind], words.get(kind, ())))
            else:
                fields.append(Field(arg["name"], kind, "name"))
        meaning = fact.get("meaning_ru") if russian else None
        forms.append(FactForm(fact["name"], meaning or fact["meaning"], tuple(fact["paragraphs"]), tuple(fields)))
    return forms


def quote_atom(text: str) -> str:
    """``text`` as a Prolog atom: as it is when it needs no quotes, else in single quotes with ``'``
    and ``\\`` escaped."""
    if _PLAIN_ATOM.match(text):
        return text
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def build_fact(form: FactForm, values: list[str]) -> str:
    """The text of the fact ``form`` with ``values`` for its fields; :class:`CaseFileError` names the empty field."""
    parts = []
    for field, value in zip(form.fields, values):
        value = value.strip()
        if not value:
            raise CaseFileError(
                tr("{fact}: the field {field} is empty").format(fact=form.name, field=repr(field.name)),
                tr("the fact being added"),
            )
        if field.widget == "date" and _DATE.match(value):
            parts.append(value)
        else:
            parts.append(quote_atom(value))
    return f"{form.name}({', '.join(parts)})"


def split_arguments(text: str) -> list[str]:
    """The arguments of a fact's text as written (split at the commas outside quotes and brackets)."""
    found = _FACT.match(text)
    if not found:
        return []
    args, depth, quote, current = [], 0, "", []
    body = found.group(2)
    i = 0
    while i < len(body):
        char = body[i]
        if quote:
            if char == "\\" and i + 1 < len(body):
                current.append(body[i : i + 2])
                i += 2
                continue
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 0:
            args.append("".join(current).strip())
            current = []
            i += 1
            continue
        current.append(char)
        i += 1
    args.append("".join(current).strip())
    return args


def unquote(token: str) -> str:
    """A quoted atom's name (``'Қайрат'`` → ``Қайрат``); any other token as it is."""
    if len(token) >= 2 and token[0] == token[-1] == "'":
        inner = token[1:-1].replace("''", "'")
        return re.sub(r"\\(.)", r"\1", inner)
    return token


def case_names(case: Case, forms: list[FactForm]) -> list[str]:
    """The names the case already uses in arguments that take names (offered in the name fields)."""
    by_name = {form.name: form for form in forms}
    names: list[str] = []
    for fact in case.facts:
        found = _FACT.match(fact.text)
        form = by_name.get(found.group(1)) if found else None
        if form is None:
            continue
        for field, token in zip(form.fields, split_arguments(fact.text)):
            name = unquote(token)
            if field.widget == "name" and name and name not in names:
                names.append(name)
    return names


def case_yaml(case: Case) -> str:
    """The case as the text of a YAML case file: its own keys (title, notes, ...) kept, its facts and
    readings as they are now."""
    document = {k: v for k, v in case.document.items() if k not in ("facts", "readings", "denied")}
    document["facts"] = [fact.text for fact in case.facts]
    if case.denied:
        document["denied"] = [fact.text for fact in case.denied]
    if case.readings:
        document["readings"] = dict(case.readings)
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)


def without(case: Case, indexes: set[int]) -> Case:
    """A copy of ``case`` without its facts at ``indexes`` (0-based)."""
    return Case(
        [f for i, f in enumerate(case.facts) if i not in indexes],
        dict(case.readings),
        case.source,
        case.document,
        list(case.denied),
    )
