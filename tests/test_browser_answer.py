"""What a user sees of an HTML answer, in a real headless Chromium at 1280×800.

Two answers are rendered through the CLI (``cassation ask … --format html``), one "yes" and one "no",
and each page is opened once; the tests then check what shows above the fold (y < 800): the verdict,
the decisive facts, legible text in the picture, and that the page fetched nothing.  Screenshots of
the viewport go to the test's tmp dir, or to ``$CASSATION_SCREENSHOTS`` when that is set.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from browser import Box, Browser, PageView, browser, screenshot_dir  # noqa: F401  (browser: a fixture)

ROOT = Path(__file__).resolve().parent.parent
VIEWPORT = (1280, 800)
FOLD = VIEWPORT[1]
MIN_VERDICT_PX = 14.0
MIN_PICTURE_TEXT_PX = 9.0
SELECTORS = (".verdict", ".decisive", ".decisive li", ".picture svg text", "details.picture")


@dataclass(frozen=True)
class Answer:
    """One question asked of one case file, named for the screenshot."""

    name: str
    question: str
    case: str


ANSWERS = (
    Answer("yes-counsel-appeal", "may_review(v1, 'Қайрат')", "queries/p1_counsel_appeal.yaml"),
    Answer("no-withdrawn-appeal", "may_review(v1, ivanov)", "queries/p1_withdrawn_appeal.yaml"),
)


def cassation_command() -> list[str]:
    """The installed ``cassation`` script beside this Python (``.venv/bin/cassation``), else the module."""
    script = Path(sys.executable).with_name("cassation")
    return [str(script)] if script.exists() else [sys.executable, "-m", "pyswip_bridge"]


def render_page(answer: Answer, directory: Path) -> Path:
    """Ask the question through the CLI with ``--format html`` and save the page it prints."""
    proc = subprocess.run(
        [*cassation_command(), "ask", answer.question, "--case", answer.case, "--format", "html"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, f"cassation ask failed ({proc.returncode}): {proc.stderr.strip()}"
    assert proc.stdout.lstrip().startswith("<!DOCTYPE html>"), proc.stdout[:200]
    page = directory / f"{answer.name}.html"
    page.write_text(proc.stdout, encoding="utf-8")
    return page


@pytest.fixture(scope="module", params=ANSWERS, ids=[a.name for a in ANSWERS])
def view(
    request: pytest.FixtureRequest,
    browser: Browser,  # noqa: F811
    tmp_path_factory: pytest.TempPathFactory,
) -> PageView:
    """The answer's page, opened once in the browser: its screenshot and measured elements."""
    answer: Answer = request.param
    work = tmp_path_factory.mktemp(answer.name)
    page = render_page(answer, work)
    shot = screenshot_dir(work) / f"{answer.name}.png"
    return browser.open(page, screenshot=shot, selectors=SELECTORS, viewport=VIEWPORT)


def describe(box: Box) -> str:
    """A box in a failure message."""
    return (
        f"{box.text[:60]!r} at y={box.top:.0f}..{box.bottom:.0f}, x={box.left:.0f}..{box.right:.0f}, "
        f"{box.font_size_px:g}px, visible={box.visible}"
    )


def test_verdict_is_above_the_fold_and_large_enough(view: PageView) -> None:
    """The verdict is seen whole without scrolling, at a readable size."""
    verdicts = view.boxes[".verdict"]
    assert len(verdicts) == 1, f"expected one .verdict, found {len(verdicts)}"
    verdict = verdicts[0]
    assert verdict.fully_within(*VIEWPORT), f".verdict is not fully inside 1280x800: {describe(verdict)}"
    assert verdict.text.startswith("Answer:"), describe(verdict)
    assert verdict.font_size_px >= MIN_VERDICT_PX, f".verdict is too small: {describe(verdict)}"


def test_decisive_facts_are_above_the_fold(view: PageView) -> None:
    """The list of decisive facts starts above the fold and has at least one item showing."""
    decisive = view.above_fold(".decisive")
    assert decisive, f"no .decisive above y={FOLD} (found {len(view.boxes['.decisive'])} on the page)"
    items = [box for box in view.visible(".decisive li") if box.text]
    assert items, ".decisive has no visible item"


def smallest_picture_text(view: PageView) -> Box | None:
    """The smallest drawn ``<text>`` of the picture (None when none is drawn, e.g. it is collapsed)."""
    drawn = view.visible(".picture svg text")
    return min(drawn, key=lambda box: box.height) if drawn else None


def test_picture_is_folded_below_the_verdict(view: PageView) -> None:
    """The picture does not take the screen on load: it is a closed <details> below the verdict."""
    pictures = view.boxes["details.picture"]
    assert len(pictures) == 1, pictures
    assert view.visible(".picture svg text") == [], "the picture's text is drawn on load"
    assert pictures[0].top > view.boxes[".verdict"][0].bottom


@pytest.fixture(scope="module", params=ANSWERS, ids=[a.name for a in ANSWERS])
def opened_picture(
    request: pytest.FixtureRequest,
    browser: Browser,  # noqa: F811
    tmp_path_factory: pytest.TempPathFactory,
) -> PageView:
    """The answer's page with its picture opened, as a reader who clicks "Picture" sees it."""
    answer: Answer = request.param
    work = tmp_path_factory.mktemp(answer.name + "-picture")
    page = render_page(answer, work)
    html = page.read_text(encoding="utf-8")
    assert '<details class="picture">' in html
    page.write_text(html.replace('<details class="picture">', '<details class="picture" open>', 1), encoding="utf-8")
    shot = screenshot_dir(work) / f"{answer.name}-picture.png"
    return browser.open(page, screenshot=shot, selectors=SELECTORS, viewport=VIEWPORT)


def test_picture_text_is_legible_when_opened(opened_picture: PageView) -> None:
    """Opened, the picture keeps its text at a readable size (it scrolls sideways rather than shrink):
    every drawn text is at least 9 px high."""
    drawn = opened_picture.visible(".picture svg text")
    assert drawn, "the opened picture draws no text"
    small = [box for box in drawn if box.height < MIN_PICTURE_TEXT_PX]
    smallest = min(drawn, key=lambda box: box.height)
    assert not small, (
        f"{len(small)} of {len(drawn)} picture texts are drawn under {MIN_PICTURE_TEXT_PX:g}px; "
        f"smallest {smallest.height:.1f}px: {describe(smallest)}"
    )
    assert any("Answer:" in box.text for box in drawn), "the picture does not show the verdict"


def test_page_fetches_nothing(view: PageView) -> None:
    """The page loads only itself (and data: URLs): no script, style, font or picture is fetched."""
    assert view.requests, "no request was recorded, not even the page itself"
    assert view.requests[0] == view.url, view.requests
    assert view.foreign_requests() == [], f"the page fetched: {view.foreign_requests()}"
    assert view.blocked == [], f"requests were blocked: {view.blocked}"


def test_screenshot_was_taken(view: PageView) -> None:
    """The viewport's screenshot exists and is a PNG of the viewport's size."""
    data = view.screenshot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{view.screenshot} is not a PNG"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == VIEWPORT, f"screenshot is {width}x{height}, expected {VIEWPORT}"
