"""``cassation serve`` driven in a real browser: Debian's Chromium through Playwright.

The real command is started on a free loopback port (``--port 0``; it prints its URL), and one user
builds a case in the editor field by field (a Kazakh name, a date from the date picker), asks, opens a
citation, applies a repair, switches a fact off with its what-if toggle, compares the readings side by
side, and opens the norms and the coverage.  Each page is photographed: into the test's tmp dir, or
into ``$CASSATION_SCREENSHOTS`` when that is set (``CASSATION_SCREENSHOTS=docs/images`` renews the
pictures of ``docs/web.md``).  Nothing may be fetched from anywhere but the server.
"""

from __future__ import annotations

import contextlib
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import Browser, Session, browser, screenshot_dir  # noqa: F401  (browser: a fixture)
from test_serve_russian import english_left

ROOT = Path(__file__).resolve().parent.parent
VIEWPORT = (1280, 860)
QUESTION = "may_review(v1, 'Қайрат')"
#: The case built in the editor: (fact, its fields' values in order).
BUILT = (
    ("judicial_act", ["v1", "verdict", "first_instance"]),
    ("act_outcome", ["v1", "conviction"]),
    ("entered_into_force", ["v1", "2019-05-10"]),
    ("participant", ["Қайрат", "convicted"]),
    ("appeal", ["a1", "Қайрат", "v1"]),
    ("petition", ["pt1", "Қайрат", "v1"]),
    ("filed_on", ["pt1", "2021-02-01"]),
)


def cassation_command() -> list[str]:
    script = Path(sys.executable).with_name("cassation")
    return [str(script)] if script.exists() else [sys.executable, "-m", "pyswip_bridge"]


@contextlib.contextmanager
def running(*options: str) -> Iterator[str]:
    """``cassation [OPTIONS] serve --port 0`` running; its URL (the line it prints once it listens)."""
    proc = subprocess.Popen(
        [*cassation_command(), *options, "serve", "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout or []], daemon=True).start()
    try:
        try:
            first = lines.get(timeout=120)
        except queue.Empty:
            pytest.fail("cassation serve printed no URL in 120 s")
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", first)
        assert found, first
        yield found.group(0).rstrip("/")
        assert proc.poll() is None, "the server stopped while it was used"
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """``cassation serve --port 0`` running; its URL."""
    with running() as url:
        yield url


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return screenshot_dir(tmp_path_factory.mktemp("web"))


def photograph(session: Session, shots: Path, name: str, *, full_page: bool = False) -> Path:
    path = shots / f"web-{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    session.tab.evaluate("document.fonts.ready.then(() => true)")
    session.tab.screenshot(path=str(path), full_page=full_page)
    return path


def verdict(session: Session) -> str:
    """yes or no, as the answer's verdict line shows it, and it shows in the first screen."""
    line = session.tab.locator(".cassation-answer p.verdict")
    (box,) = session.boxes(".cassation-answer p.verdict")
    assert box.visible and box.top < VIEWPORT[1], box
    return "yes" if "yes" in (line.get_attribute("class") or "") else "no"


def add_fact(session: Session, name: str, values: list[str]) -> None:
    tab = session.tab
    tab.select_option("#predicate", name)
    fields = tab.locator(f'fieldset.fact-fields[data-fact="{name}"]')
    assert fields.is_visible()
    for i, value in enumerate(values):
        field = fields.locator(f'[name="arg:{name}:{i}"]')
        if field.evaluate("e => e.tagName") == "SELECT":
            field.select_option(value)
        else:
            field.fill(value)  # a date field takes YYYY-MM-DD, as its picker does
    tab.click("#add-fact")
    tab.wait_for_load_state()
    assert tab.locator(".error").count() == 0, tab.locator(".error").inner_text()


def test_build_a_case_ask_open_a_citation_apply_a_repair_toggle_and_compare(
    browser: Browser,  # noqa: F811
    server: str,
    shots: Path,
) -> None:
    with browser.session(server, viewport=VIEWPORT) as session:
        tab = session.tab
        tab.goto(server + "/")
        for name, values in BUILT:
            add_fact(session, name, values)
        facts = tab.locator("table.facts code").all_inner_texts()
        assert facts[3] == "participant('Қайрат', convicted)" and facts[2] == "entered_into_force(v1, 2019-05-10)"
        assert "participant('Қайрат', convicted)" in tab.locator("#case-yaml").input_value()
        tab.fill("#question", QUESTION)
        photograph(session, shots, "editor")

        # Ask: the verdict first, with the facts it turns on.
        tab.click("#ask")
        tab.wait_for_load_state()
        assert verdict(session) == "no"
        assert tab.locator(".cassation-answer .decisive li").count() >= 1
        photograph(session, shots, "answer-no")

        # Open a citation: the paragraph it cites opens, its words marked.
        cite = tab.locator(".cassation-answer a.cite").first
        target = (cite.get_attribute("href") or "#").lstrip("#")
        paragraph = tab.locator(f"details#{target}")
        assert paragraph.get_attribute("open") is None
        cite.click()
        assert paragraph.get_attribute("open") is not None
        assert paragraph.locator(".paragraph-text").is_visible()
        assert len(paragraph.locator(".paragraph-text").inner_text()) > 100
        photograph(session, shots, "citation")

        # Apply a repair: one click, and the answer is yes on the changed case.
        repair = tab.locator(".apply-repairs li.repair").first
        added = repair.locator(".change.add code").all_inner_texts()
        assert added
        repair.locator("button.apply").click()
        tab.wait_for_load_state()
        assert verdict(session) == "yes"
        assert tab.locator(".applied").is_visible()
        toggles = tab.locator("ul.toggles li code").all_inner_texts()
        assert set(added) <= set(toggles)
        photograph(session, shots, "answer-repaired")

        # A what-if toggle: switch the appeal off, and the answer flips back (the page says how).
        index = next(i for i, text in enumerate(toggles) if text.startswith("appeal("))
        tab.locator("input.toggle").nth(index).uncheck()  # the page asks again by itself
        tab.wait_for_selector(".whatif-difference")
        assert verdict(session) == "no"
        assert "yes → no" in tab.locator(".whatif-difference").inner_text()
        assert not tab.locator("input.toggle").nth(index).is_checked()
        photograph(session, shots, "what-if")

        # Compare the readings side by side.
        tab.locator("input.toggle").nth(index).check()
        tab.wait_for_load_state()
        tab.locator(".whatif-difference").wait_for(state="detached")
        tab.click("#compare")
        tab.wait_for_selector("table.compare")
        assert tab.locator("table.compare thead th").count() >= 3  # a label column and two runs or more
        tab.locator("table.compare button").nth(1).click()
        tab.wait_for_load_state()
        assert verdict(session) in ("yes", "no")

        # The norms and the coverage.
        tab.goto(server + "/norms#p3")
        assert tab.locator("details.paragraph").nth(2).get_attribute("open") is not None
        photograph(session, shots, "norms")
        tab.goto(server + "/coverage")
        assert tab.locator("table.coverage tbody tr").count() == 27
        photograph(session, shots, "coverage")
        tab.locator('a[href="/?scenario=p1_counsel_appeal"]').first.click()
        tab.wait_for_load_state()
        assert "acts_for('Әлия', 'Қайрат')" in tab.locator("table.facts").inner_text()

        # A question whose answer depends on the reading: the deciding passage is marked.
        tab.goto(server + "/?scenario=p1_withdrawn_appeal")
        tab.fill("#question", "reviewable_in_cassation(v1)")
        tab.click("#compare")
        tab.wait_for_selector("table.compare")
        assert "depends on the reading" in tab.locator(".summary").inner_text()
        assert tab.locator("table.compare td.deciding").count() == 2
        assert tab.locator("table.compare tr.outcome td").all_inner_texts() == ["yes", "no"]
        photograph(session, shots, "compare")

        assert session.blocked == [], session.blocked
        assert all(url.startswith(server + "/") for url in session.requests), session.requests


def test_the_pages_work_without_javascript(browser: Browser, server: str) -> None:  # noqa: F811
    """The forms post as they are: every fact's fields show, and adding a fact and asking work."""
    context = browser._browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 800})
    try:
        tab = context.new_page()
        tab.goto(server + "/?scenario=p1_counsel_appeal")
        assert tab.locator("fieldset.fact-fields").nth(5).is_visible()
        tab.select_option("#predicate", "participant")
        tab.fill('[name="arg:participant:0"]', "Ерлан")
        tab.select_option('[name="arg:participant:1"]', "victim")
        tab.click("#add-fact")
        assert "participant('Ерлан', victim)" in tab.locator("table.facts").inner_text()
        tab.fill("#question", QUESTION)
        tab.click("#ask")
        assert tab.locator(".error").count() == 0, tab.locator(".error").inner_text()
        assert tab.locator(".cassation-answer p.verdict").count() == 1
    finally:
        context.close()


def test_the_server_stops_on_sigterm_and_refuses_a_busy_port(server: str) -> None:
    port = server.rsplit(":", 1)[1]
    taken = subprocess.run(
        [*cassation_command(), "serve", "--port", port], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert taken.returncode == 2
    assert taken.stderr.startswith("error: cannot listen on 127.0.0.1:") and taken.stderr.count("\n") == 1
    wide = subprocess.Popen(
        [*cassation_command(), "serve", "--host", "0.0.0.0", "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert wide.stdout is not None and "http://0.0.0.0:" in wide.stdout.readline()
    finally:
        wide.send_signal(signal.SIGTERM)
        _, err = wide.communicate(timeout=30)
    assert "WARNING: listening on 0.0.0.0, reachable from other computers" in err
    assert os.name != "posix" or wide.returncode in (0, 143, -signal.SIGTERM)


def status_of(url: str, host: str | None = None) -> int:
    """The status of ``GET url`` (with the ``Host`` header ``host``), by the standard library."""
    request = urllib.request.Request(url, headers={"Host": host} if host else {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def test_the_real_server_answers_only_requests_addressed_to_the_loopback(server: str) -> None:
    assert status_of(server + "/norms") == 200
    assert status_of(server + "/norms", "localhost") == 200
    assert status_of(server + "/norms", "attacker.example") == 400


def test_in_russian_build_a_case_ask_apply_a_repair_and_switch_the_language(
    browser: Browser,  # noqa: F811
    shots: Path,
) -> None:
    """``cassation --lang ru serve``: the same user, every page in Russian; the EN/RU switch in the
    header keeps the case and the facts switched off."""
    with running("--lang", "ru") as server, browser.session(server, viewport=VIEWPORT) as session:
        tab = session.tab
        tab.goto(server + "/")
        assert tab.locator("html").get_attribute("lang") == "ru"
        assert tab.locator("header nav a[aria-current=page]").inner_text() == "Редактор дела"
        for name, values in BUILT:
            add_fact(session, name, values)
        assert tab.locator(".status-note").inner_text().startswith("добавлено: filed_on(pt1, 2021-02-01)")
        tab.select_option("#predicate", "judicial_act")
        labels = tab.locator('fieldset.fact-fields[data-fact="judicial_act"] select').first.locator("option")
        assert "verdict — приговор" in labels.all_inner_texts()
        tab.fill("#question", QUESTION)
        assert english_left(tab.content()) == []
        photograph(session, shots, "ru-editor")

        tab.click("#ask")
        tab.wait_for_load_state()
        assert verdict(session) == "no"
        assert tab.locator(".cassation-answer p.verdict").inner_text().startswith("Ответ: нет")
        assert english_left(tab.content()) == []

        repair = tab.locator(".apply-repairs li.repair").first
        assert repair.locator("button.apply").inner_text() == "Применить и спросить снова"
        added = repair.locator(".change.add code").all_inner_texts()
        repair.locator("button.apply").click()
        tab.wait_for_load_state()
        assert verdict(session) == "yes"
        assert tab.locator(".applied").inner_text().startswith("Изменение применено: добавлено: ")
        assert set(added) <= set(tab.locator("ul.toggles li code").all_inner_texts())
        assert english_left(tab.content()) == []
        photograph(session, shots, "ru-answer-repaired")

        # The switch: the same case, asked again in English, then in Russian again.
        facts = tab.locator("ul.toggles li code").all_inner_texts()
        tab.click("#lang-en")
        tab.wait_for_load_state()
        assert tab.locator("html").get_attribute("lang") == "en"
        assert tab.locator(".cassation-answer p.verdict").inner_text().startswith("Answer: yes")
        assert tab.locator("ul.toggles li code").all_inner_texts() == facts
        tab.click("#lang-ru")
        tab.wait_for_load_state()
        assert tab.locator("html").get_attribute("lang") == "ru" and verdict(session) == "yes"
        assert tab.locator("ul.toggles li code").all_inner_texts() == facts

        tab.goto(server + "/norms#p3")
        assert tab.locator("h1").inner_text() == "Нормы: постановление № 5 по пунктам"
        assert english_left(tab.content()) == []
        assert session.blocked == [], session.blocked
