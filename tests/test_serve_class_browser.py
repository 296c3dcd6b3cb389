"""``cassation serve --class FOLDER`` in a real browser (Debian's Chromium through Playwright).

The real command is started on a free loopback port with a teacher's folder made for the test; one
user runs the guided interview to its answer (the replies of a person who knows the whole case,
the choices picked from the select) and downloads the case file, then takes a multiple-choice quiz of
the class and opens a scenario's handout, which prints on one A4 page.  Each page is photographed
into ``$CASSATION_SCREENSHOTS`` when it is set (``CASSATION_SCREENSHOTS=docs/images`` renews the
pictures of ``docs/web.md``).  Nothing may be fetched from anywhere but the server.
"""

from __future__ import annotations

import queue
import re
import shutil
import signal
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from browser import Browser, Session, browser, screenshot_dir  # noqa: F401  (browser: a fixture)
from test_class import OWN
from test_interview import knows, start
from test_serve_browser import VIEWPORT, cassation_command, photograph

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def class_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``cassation serve --port 0 --class FOLDER`` running on a teacher's folder; its URL."""
    folder = tmp_path_factory.mktemp("class") / "week 1"
    folder.mkdir()
    shutil.copy(ROOT / "queries" / "p4_worsening_late.yaml", folder / "late.yaml")
    (folder / "own.yaml").write_text(OWN, encoding="utf-8")
    proc = subprocess.Popen(
        [*cassation_command(), "serve", "--port", "0", "--class", str(folder)],
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
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return screenshot_dir(tmp_path_factory.mktemp("web-class"))


def reply(session: Session, facts: list[str]) -> str:
    """Answer the question on the page as a person who knows the whole case (``facts``) would."""
    tab = session.tab
    shape = tab.locator('input[name="asked"]').get_attribute("value") or ""
    answer = knows(shape, facts)
    buttons = {"yes": "#reply-yes", "no": "#reply-no", "none": "#reply-none"}
    if answer in buttons:
        tab.click(buttons[answer])
    else:
        field = tab.locator("#reply-value")
        if field.evaluate("e => e.tagName") == "SELECT":
            field.select_option(answer)
        else:
            field.fill(answer)  # a date field takes YYYY-MM-DD, as its picker does
        tab.click("#reply-answer")
    tab.wait_for_load_state()
    assert tab.locator(".error").count() == 0, tab.locator(".error").inner_text()
    return answer


def test_the_interview_runs_to_its_answer_in_the_browser(
    browser: Browser,  # noqa: F811
    class_server: str,
    shots: Path,
    tmp_path: Path,
) -> None:
    _case, facts, question, holds = start("p2_minor_gravity", 3)
    with browser.session(class_server, viewport=VIEWPORT) as session:
        tab = session.tab
        tab.goto(class_server + "/interview")
        tab.fill("#question", question)
        tab.fill("#case", yaml.safe_dump({"facts": facts[:3]}, allow_unicode=True))
        photograph(session, shots, "interview-start")
        tab.click("#start")
        tab.wait_for_load_state()
        assert tab.locator(".error").count() == 0, tab.locator(".error").inner_text()

        # The first question, one at a time, with why it is asked (rule, paragraph, quoted words).
        assert tab.locator("h1.asked").inner_text().startswith("Question 1.")
        tab.click("#why summary")
        why = tab.locator("#why").inner_text()
        assert re.search(r"rule \w+, ¶\d+", why) and "“" in why, why
        photograph(session, shots, "interview-question")

        replies = []
        while tab.locator("#interview-form").count():
            replies.append(reply(session, facts))
            assert len(replies) < 40
        assert replies
        outcome = tab.locator(".decided").inner_text()
        assert f"the answer is {'yes' if holds else 'no'}" in outcome
        assert tab.locator(".cassation-answer p.verdict").count() == 1
        assert tab.locator(".interview-so-far li").count() == len(replies)
        photograph(session, shots, "interview-answer")

        # The case file the replies built, downloaded; and the case opened in the editor.
        with tab.expect_download() as download:
            tab.click("#download")
        saved = tmp_path / "interview.yaml"
        download.value.save_as(saved)
        text = saved.read_text(encoding="utf-8")
        assert text.startswith(f"# cassation interview: {question}\n")
        assert all(f in text for f in facts[:3])
        tab.click("#open-editor")
        tab.wait_for_load_state()
        shown = tab.locator("table.facts code").all_inner_texts()
        assert set(facts[:3]) <= set(shown)

        assert session.blocked == [], session.blocked
        assert all(url.startswith(class_server + "/") for url in session.requests), session.requests


def test_a_multiple_choice_quiz_and_a_handout_of_the_class(
    browser: Browser,  # noqa: F811
    class_server: str,
    shots: Path,
) -> None:
    with browser.session(class_server, viewport=VIEWPORT) as session:
        tab = session.tab
        tab.goto(class_server + "/class")
        assert tab.locator("tr[data-scenario]").count() == 2
        photograph(session, shots, "class")

        # A "which ...?" question as multiple choice; the description only after the answer.
        tab.click('a[href="/class/own/quiz/2"]')
        tab.wait_for_load_state()
        choices = tab.locator('input[type="radio"][name="answer"]')
        assert choices.count() >= 3
        assert "withdrew his appeal" not in tab.locator("main").inner_text()
        values = [choices.nth(i).get_attribute("value") for i in range(choices.count())]
        assert values[-1] == "" and "preliminary_consideration" in values
        tab.check('input[type="radio"][value="preliminary_consideration"]')
        photograph(session, shots, "quiz")
        tab.click("#submit-answer")
        tab.wait_for_load_state()
        verdict = tab.locator(".quiz-verdict")
        assert verdict.inner_text().startswith(("Right: the answer is yes", "Wrong: the answer is yes"))
        assert "withdrew his appeal" in tab.locator(".description").inner_text()
        assert tab.locator(".cassation-answer p.verdict").count() == 1
        photograph(session, shots, "quiz-answer")

        # The handout: sentences, not Prolog terms, on one printed A4 page.
        tab.goto(class_server + "/class")
        tab.click('tr[data-scenario="own"] a.handout-link')
        tab.wait_for_load_state()
        body = tab.locator("body").inner_text()
        assert "Әлия's client and the withdrawn appeal" in body
        assert "appeal_withdrawn(a1)" not in body and "withdrew his appeal" not in body
        photograph(session, shots, "handout")
        pdf = tab.pdf(prefer_css_page_size=True, print_background=True)
        assert len(re.findall(rb"/Type\s*/Page(?!s)", pdf)) == 1

        assert session.blocked == [], session.blocked
