"""The web explorer in Russian, through Starlette's TestClient (no server, no browser).

Every page in Russian leaves none of the explorer's English labels, headings, buttons or notes (the
English words of the catalog are looked for in what a reader sees: the text outside code, the
resolution's quoted English and the KB's English explanations, which are marked ``lang="en"``); the
fact meanings and values are the KB's Russian; errors read as the command line's do; the norms cite
and quote the CPC in Russian and mark the resolution as its unofficial English translation.  The
language travels with each request: the EN/RU switch keeps the case, an unknown language is a 400,
and requests in English and in Russian that interleave each get their own language.
"""

from __future__ import annotations

import asyncio
import contextvars
import html
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import httpx2 as httpx
import pytest
from starlette.testclient import TestClient

from pyswip_bridge import KnowledgeBase
from pyswip_bridge.errors import ArgumentError
from pyswip_bridge.i18n import language, using
from pyswip_bridge.i18n.web_ru import WEB_RU
from pyswip_bridge.web import create_app
from pyswip_bridge.web.editor import fact_forms
from pyswip_bridge.web.runner import KBRunner

ROOT = Path(__file__).resolve().parent.parent
COUNSEL = (ROOT / "queries" / "p1_counsel_appeal.yaml").read_text(encoding="utf-8")
WITHDRAWN = (ROOT / "queries" / "p1_withdrawn_appeal.yaml").read_text(encoding="utf-8")
KAIRAT = "may_review(v1, 'Қайрат')"

#: English words of the explorer that must not be seen on a Russian page: every label of the web
#: catalog of two words or more, and the short labels one by one (matched as whole words).
ENGLISH_PHRASES = sorted(k.strip(" :,") for k in WEB_RU if "{" not in k and len(k.split()) >= 2)
ENGLISH_WORDS = (
    "Ask",
    "Norms",
    "Coverage",
    "Repairs",
    "Readings",
    "Open",
    "remove",
    "decisive",
    "proved",
    "given",
    "checked",
    "default",
    "error",
    "rules",
    "Question",
    "Answer",
    "Why not",
    "Taken as not so",
    "taken as not so",
    "failed",
    "clause",
)
RUSSIAN_PHRASES = sorted(v for k, v in WEB_RU.items() if "{" not in k and len(k.split()) >= 2 and v)
_VOID = {"br", "input", "meta", "link", "img", "hr", "source", "wbr"}
_NOT_READ = {"code", "pre", "textarea", "script", "style", "blockquote", "svg", "datalist"}


class _Visible(HTMLParser):
    """The text a reader sees, less code, the quoted resolution and what is marked English."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, bool]] = []  # (tag, not read) of each open element
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        skip = tag in _NOT_READ or "paragraph-text" in (found.get("class") or "")
        skip = skip or (tag != "html" and found.get("lang") == "en")
        if not skip and not self.skipping():
            self.parts.extend(v for k in ("placeholder", "aria-label") if (v := found.get(k)))
        if tag not in _VOID:
            self.open.append((tag, skip))

    def handle_endtag(self, tag: str) -> None:
        if any(t == tag for t, _ in self.open):  # elements left open inside it (<option>, <li>) close too
            while self.open.pop()[0] != tag:
                pass

    def skipping(self) -> bool:
        return any(skip for _, skip in self.open)

    def handle_data(self, data: str) -> None:
        if not self.skipping() and data.strip():
            self.parts.append(data.strip())


def visible(page: str) -> str:
    parser = _Visible()
    parser.feed(page)
    return " | ".join(parser.parts)


def english_left(page: str) -> list[str]:
    """The English labels of the explorer a reader sees on ``page``."""
    text = visible(page)
    found = [p for p in ENGLISH_PHRASES if p in text]
    found += [w for w in ENGLISH_WORDS if re.search(rf"(?<![\w_]){re.escape(w)}(?![\w_])", text)]
    return found


def page_lang(page: str) -> str:
    found = re.search(r'<html lang="(\w+)">', page)
    assert found, page[:300]
    return found.group(1)


def textarea(page: str) -> str:
    found = re.search(r'<textarea name="case"[^>]*>(.*?)</textarea>', page, re.S)
    assert found, page[:500]
    return html.unescape(found.group(1))


def error_line(page: str) -> str:
    found = re.search(r'<p class="error" role="alert" data-kind="\w+"><strong>(.*?)</strong> (.*?)</p>', page)
    assert found, page[:500]
    return html.unescape(f"{found.group(1)} {found.group(2)}")


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app()) as test_client:
        yield test_client


def russian_pages(client: TestClient) -> dict[str, str]:
    """Every page of the explorer, in Russian."""
    ru = {"lang": "ru"}
    pages = {
        "editor": client.get("/?lang=ru").text,
        "editor with a scenario": client.get("/?scenario=p1_counsel_appeal&lang=ru").text,
        "editor after adding a fact": client.post(
            "/editor",
            data={**ru, "case": "", "action": "add", "predicate": "participant", "arg:participant:0": "Қайрат"}
            | {"arg:participant:1": "convicted"},
        ).text,
        "editor with an error": client.post("/ask", data={**ru, "case": COUNSEL, "question": "may_revie(v1, P)"}).text,
        "answer yes": client.post("/ask", data={**ru, "case": COUNSEL, "question": KAIRAT}).text,
        "answer no, with repairs": client.post(
            "/ask", data={**ru, "case": WITHDRAWN, "question": "may_review(v1, 'Ivanov')"}
        ).text,
        "answer with a fact switched off": client.post(
            "/ask", data={**ru, "case": COUNSEL, "question": KAIRAT, "toggles": "1", "on": ["0", "1", "2", "3"]}
        ).text,
        "readings compared": client.post(
            "/compare", data={**ru, "case": WITHDRAWN, "question": "reviewable_in_cassation(v1)"}
        ).text,
        "norms": client.get("/norms?lang=ru").text,
        "coverage": client.get("/coverage?lang=ru").text,
    }
    return pages


def test_every_page_in_russian_leaves_no_english_label(client: TestClient) -> None:
    pages = russian_pages(client)
    for name, page in pages.items():
        assert page_lang(page) == "ru", name
        assert english_left(page) == [], name
    # the check sees English where there is English: the same pages in English are full of it
    english = client.get("/?scenario=p1_counsel_appeal").text
    assert page_lang(english) == "en"
    assert {"Ask", "Norms", "Coverage", "Case editor", "Facts of the case", "Add the fact"} <= set(
        english_left(english)
    )
    assert "Apply and ask again" in english_left(
        client.post("/ask", data={"case": WITHDRAWN, "question": "may_review(v1, 'Ivanov')"}).text
    )


def test_the_russian_pages_say_what_the_kb_says_in_russian(client: TestClient) -> None:
    vocabulary = KnowledgeBase().vocabulary()
    editor = html.unescape(client.get("/?scenario=p1_counsel_appeal&lang=ru").text)
    judicial_act = next(f for f in vocabulary["facts"] if f["name"] == "judicial_act")
    assert judicial_act["meaning_ru"] == "акт {act}: вид — {kind}, вынесен судом: {instance}"
    assert "акт ‹act›: вид — ‹kind›, вынесен судом: ‹instance›" in editor  # the field help
    # each fact of the case, in the words the KB gives its answers
    assert '<td class="meaning">акт v1: вид — приговор, вынесен судом: суд первой инстанции</td>' in editor
    assert judicial_act["meaning"] not in editor
    assert "verdict — приговор" in editor  # a value, with its Russian words
    assert "Редактор дела" in editor and "Факты дела" in editor and "Спросить" in editor

    answer = client.post("/ask", data={"case": COUNSEL, "question": KAIRAT, "lang": "ru"}).text
    assert '<p class="verdict yes"><span class="verdict-head">Ответ: да' in answer
    assert "доказано" in answer and "дано" in answer

    no = client.post("/ask", data={"case": WITHDRAWN, "question": "may_review(v1, 'Ivanov')", "lang": "ru"}).text
    assert "Изменения дела" in no and "Применить и спросить снова" in no
    assert "✗ не выполнено" in no


def test_errors_read_in_russian_as_the_command_line_s(client: TestClient) -> None:
    page = client.post("/ask", data={"case": COUNSEL, "question": "may_revie(v1, P)", "lang": "ru"})
    assert page.status_code == 422
    line = error_line(page.text)
    assert line.startswith("ошибка: may_revie/2 — не вопрос базы знаний; может быть, имелось в виду may_review/2?")
    assert textarea(page.text) == COUNSEL  # the case is shown again
    bad_fact = client.post("/ask", data={"case": "facts:\n  - bribe(v1, judge)\n", "question": KAIRAT, "lang": "ru"})
    assert "bribe/2 — не объявленный факт дела" in error_line(bad_fact.text)
    empty = client.post(
        "/editor",
        data={"case": "", "action": "add", "predicate": "participant", "lang": "ru"} | {"arg:participant:1": "x"},
    )
    assert error_line(empty.text) == "ошибка: добавляемый факт: participant: поле 'person' не заполнено"
    missing = client.get("/?scenario=nothing_like_it&lang=ru")
    assert missing.status_code == 404 and "нет готового сценария с именем 'nothing_like_it'" in missing.text


def test_the_norms_quote_the_cpc_in_russian_and_the_resolution_in_its_english_translation(
    client: TestClient,
) -> None:
    norms = KnowledgeBase().norms()
    page = html.unescape(client.get("/norms?lang=ru").text)
    rule = next(r for r in norms["rules"] if r["id"] == "p2_appeal_procedure_not_observed")
    (article,) = rule["articles_ru"]
    assert article["label"] == "ст. 484 ч. 3 УПК РК" and article["verbatim"]
    assert f'<summary>{article["label"]}</summary><blockquote class="verbatim">«{article["verbatim"]}»' in page
    assert f'<blockquote lang="en">“{rule["text"]}”</blockquote>' in page
    assert norms["text_note_ru"] == "неофициальный английский перевод постановления"
    assert page.count(norms["text_note_ru"]) >= len(norms["rules"])
    assert '<div class="paragraph-text" lang="en">3. Consideration of a case' in page
    english = html.unescape(client.get("/norms").text)
    assert "CPC art. 484 part 3" in english and "УПК" not in english and "неофициальный" not in english
    # the KB's own notes on the ambiguous passages and their readings, in the page's language
    passage = next(p for p in norms["ambiguous_passages"] if p["passage"] == "p24_worsening_cases")
    assert f'<p lang="ru">{passage["why_ru"]}</p>' in page and passage["why"] not in page
    assert f'<p lang="en">{passage["why"]}</p>' in english and passage["why_ru"] not in english
    reading = passage["readings"][1]
    assert f'<span lang="ru">{reading["meaning_ru"]}</span>' in page
    assert f'<span lang="en">{reading["meaning"]}</span>' in english
    coverage = html.unescape(client.get("/coverage?lang=ru").text)
    item = next(n for n in norms["not_encoded"] if n["paragraph"] == 18)
    assert f'<span lang="ru">{item["why_ru"]}</span>' in coverage and item["why"] not in coverage


def test_the_switch_keeps_the_case(client: TestClient) -> None:
    editor = client.post("/editor", data={"case": COUNSEL, "question": KAIRAT, "action": "load", "lang": "ru"}).text
    switch = re.search(
        r'<button type="submit" form="([\w-]+)" formaction="([^"]+)" name="action" value="(\w*)"', editor
    )
    assert switch and switch.group(2) == "/editor?lang=en" and f'id="{switch.group(1)}"' in editor
    # what the browser posts when the switch is clicked: the page's form, to the switch's address
    english = client.post(
        switch.group(2), data={"case": textarea(editor), "question": KAIRAT, "action": switch.group(3), "lang": "ru"}
    ).text
    assert page_lang(english) == "en" and "Facts of the case" in english
    assert textarea(english) == textarea(editor) and 'value="may_review(v1, &#39;Қайрат&#39;)"' in english
    assert '<input type="hidden" name="lang" value="en">' in english  # and the next form stays in English

    answer = client.post("/ask", data={"case": COUNSEL, "question": KAIRAT, "lang": "en"}).text
    assert 'formaction="/ask?lang=ru"' in answer and 'form="answer-form"' in answer
    russian = client.post("/ask?lang=ru", data={"case": textarea(answer), "question": KAIRAT, "lang": "en"}).text
    assert page_lang(russian) == "ru" and "Ответ: да" in russian and textarea(russian) == textarea(answer)

    compared = client.post("/compare", data={"case": WITHDRAWN, "question": "reviewable_in_cassation(v1)"}).text
    assert 'form="compare-form"' in compared and 'formaction="/compare?lang=ru"' in compared

    # the pages without a case switch by a link to the same address, and their links keep the language
    assert 'href="/coverage?lang=ru" class="lang-switch"' in client.get("/coverage").text
    coverage = client.get("/coverage?lang=ru").text
    assert 'href="/coverage?lang=en" class="lang-switch"' in coverage
    assert 'href="/?scenario=p1_counsel_appeal&amp;lang=ru"' in coverage
    assert 'href="/norms?lang=ru#p1"' in coverage and 'href="/norms?lang=ru"' in coverage


@pytest.mark.parametrize(
    ("method", "url", "data"),
    [
        ("GET", "/?lang=de", None),
        ("GET", "/norms?lang=RU", None),
        ("GET", "/coverage?lang=ru%00", None),
        ("POST", "/ask", {"case": COUNSEL, "question": KAIRAT, "lang": "kk"}),
        ("POST", "/editor?lang=en-GB", {"case": COUNSEL, "action": "load"}),
    ],
)
def test_an_unknown_language_is_a_400_naming_it(client: TestClient, method: str, url: str, data: object) -> None:
    response = client.request(method, url, data=data)
    assert response.status_code == 400
    line = error_line(response.text)
    assert line.startswith("error: the language of the page must be one of en, ru, not '"), line
    assert page_lang(response.text) == "en"


def test_the_server_s_language_is_the_default_and_a_request_may_choose_another(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with TestClient(create_app(lang="ru")) as russian:
        assert page_lang(russian.get("/").text) == "ru"
        assert page_lang(russian.get("/?lang=en").text) == "en"
        assert page_lang(russian.get("/?lang=").text) == "ru"
        assert error_line(russian.get("/?lang=xx").text).startswith(
            "ошибка: язык страницы должен быть одним из: en, ru"
        )
    monkeypatch.setenv("CASSATION_LANG", "ru")
    # in a context where no language was set (another test in this process may have set one)
    with TestClient(contextvars.Context().run(create_app)) as from_environment:
        assert page_lang(from_environment.get("/norms").text) == "ru"
    with pytest.raises(ArgumentError, match="lang must be one of en, ru"):
        create_app(lang="de")


def test_interleaved_requests_in_english_and_russian_each_get_their_own_language() -> None:
    """Requests in both languages in flight at once on one server (one event loop, one KB thread):
    every page comes back whole in the language its request asked for."""
    app = create_app()
    explorer = app.state.explorer
    ask = {"case": COUNSEL, "question": KAIRAT}
    requests = [("ru", "/ask", ask), ("en", "/ask", ask), ("ru", "/norms", None), ("en", "/norms", None)] * 2

    async def main() -> list[tuple[str, httpx.Response]]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as user:

            async def one(lang: str, path: str, data: dict[str, str] | None) -> tuple[str, httpx.Response]:
                if data is None:
                    return lang, await user.get(f"{path}?lang={lang}")
                return lang, await user.post(path, data={**data, "lang": lang})

            return await asyncio.gather(*(one(*r) for r in requests))

    try:
        results = asyncio.run(main())
    finally:
        explorer.kb.close()
    assert {lang for lang, _ in results} == {"en", "ru"} and len(results) == 8
    for lang, response in results:
        assert response.status_code == 200
        page = response.text
        assert page_lang(page) == lang
        if lang == "ru":
            assert english_left(page) == []
        else:
            assert [w for w in RUSSIAN_PHRASES if w in visible(page)] == []
        if 'class="answer-page"' in page:
            assert ("Ответ: да" in page) == (lang == "ru") and ("Answer: yes" in page) == (lang == "en")


def test_the_kb_thread_runs_in_the_caller_s_language() -> None:
    runner = KBRunner()

    async def both() -> tuple[str, str]:
        with using("ru"):
            russian = asyncio.ensure_future(runner.run(lambda kb: language()))
        with using("en"):
            english = asyncio.ensure_future(runner.run(lambda kb: language()))
        return await russian, await english

    try:
        assert asyncio.run(both()) == ("ru", "en")
    finally:
        runner.close()


def test_a_fact_s_meaning_in_russian_takes_its_own_arguments() -> None:
    vocabulary = KnowledgeBase().vocabulary()
    russian = {form.name: form for form in fact_forms(vocabulary, "ru")}
    english = {form.name: form for form in fact_forms(vocabulary)}
    assert russian["participant"].describe("participant('Қайрат', convicted)") == (
        "лицо Қайрат участвует в деле в качестве: осуждённый"
    )
    assert russian["participant"].describe("participant('O\\'Neil', victim)") == (
        "лицо O'Neil участвует в деле в качестве: потерпевший"
    )
    assert russian["participant"].describe("participant(p1)") == "лицо p1 участвует в деле в качестве: ‹role›"
    assert dict(russian["participant"].fields[1].choices)["convicted"] == "convicted — осуждённый"
    assert english["participant"].describe("participant('Қайрат', convicted)") == english["participant"].meaning
    assert dict(english["participant"].fields[1].choices)["convicted"] == "convicted"


def test_cassation_serve_helps_in_russian() -> None:
    """(In a process of its own: ``--lang`` sets the language of the process it runs in.)"""
    env = {k: v for k, v in os.environ.items() if k not in ("CASSATION_DEBUG", "CASSATION_LANG")}
    shown = subprocess.run(
        [sys.executable, "-m", "pyswip_bridge", "--lang", "ru", "serve", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert shown.returncode == 0, shown.stderr
    assert "Веб-обозреватель: редактировать дело" in shown.stdout
    assert "Адрес для приёма запросов" in shown.stdout and "Секунды на один вопрос" in shown.stdout
    assert "The web explorer" not in shown.stdout and "Address to listen on" not in shown.stdout


def test_a_request_too_large_is_refused_in_the_language_of_the_server_or_the_address() -> None:
    with TestClient(create_app(lang="ru", max_request_bytes=4096)) as small:
        refused = small.post("/ask", data={"case": "x" * 10_000, "question": KAIRAT})
        assert refused.status_code == 413
        assert refused.text == (
            "ошибка: запрос больше 4,096 байт — наибольшего, что принимает этот сервер "
            "(cassation serve --max-request-bytes)\n"
        )
        refused = small.post("/ask?lang=en", data={"case": "x" * 10_000, "question": KAIRAT})
        assert refused.status_code == 413 and refused.text.startswith("error: the request is larger than 4,096 bytes")
