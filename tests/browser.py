"""Open a page in a real headless Chromium and measure what a user sees of it.

Playwright's Python package drives Debian's own ``chromium`` (``executable_path=``), so no browser is
downloaded.  While a page is open every request is recorded, and any request other than the page
itself or a ``data:`` URL is aborted, so nothing is fetched from the network; the browser also gets
no DNS (``--host-resolver-rules``) and no background networking.

Use :func:`find_chromium` to locate the executable, :class:`Browser` to open pages, and the
module-scoped ``browser`` fixture from tests (``from browser import browser``).  Without a Chromium
the fixture is an ERROR saying how to install it, or a skip when ``CASSATION_BROWSER_OPTIONAL=1``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:  # imported lazily at run time: the module must import without Playwright
    from playwright.sync_api import Browser as PlaywrightBrowser
    from playwright.sync_api import Page, Playwright, Route

CHROMIUM_NAMES = ("chromium", "chromium-browser")
ENV_CHROMIUM = "CASSATION_CHROMIUM"
ENV_OPTIONAL = "CASSATION_BROWSER_OPTIONAL"
INSTALL_HINT = (
    "install it with `make test` (or by hand: apt-get install chromium && "
    ".venv/bin/pip install 'playwright>=1.40,<2'), or point CASSATION_CHROMIUM at a Chromium "
    "executable; set CASSATION_BROWSER_OPTIONAL=1 to skip the browser tests instead"
)

# Flags on top of Playwright's own (which already disable background networking, component updates,
# sync and the first-run UI): no DNS at all, so nothing can reach the network even outside a page.
LAUNCH_ARGS = (
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",  # only the loopback (cassation serve)
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-features=Translate,OptimizationHints,MediaRouter",
)

# Measures every element matching a selector; coordinates are relative to the top of the page
# (the page is not scrolled, so at load they equal the viewport's).
_MEASURE_JS = """
(selector) => Array.from(document.querySelectorAll(selector)).map((el) => {
  const r = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  const shown = typeof el.checkVisibility === "function"
    ? el.checkVisibility({visibilityProperty: true, opacityProperty: true}) : true;
  const text = (typeof el.innerText === "string" ? el.innerText : el.textContent) || "";
  return {top: r.top + window.scrollY, bottom: r.bottom + window.scrollY,
          left: r.left + window.scrollX, right: r.right + window.scrollX,
          text: text.replace(/\\s+/g, " ").trim(), font_size_px: parseFloat(style.fontSize) || 0,
          visible: shown && r.width > 0 && r.height > 0};
})
"""


@dataclass(frozen=True)
class Box:
    """Where one element is drawn, in CSS px from the top-left of the page."""

    top: float
    bottom: float
    left: float
    right: float
    text: str
    font_size_px: float
    visible: bool

    @property
    def height(self) -> float:
        """Rendered height (for SVG ``<text>``, the glyphs' size as drawn)."""
        return self.bottom - self.top

    @property
    def width(self) -> float:
        """Rendered width."""
        return self.right - self.left

    def fully_within(self, width: float, height: float) -> bool:
        """Drawn, and entirely inside the rectangle (0, 0)–(width, height): seen without scrolling."""
        return self.visible and self.top >= 0 and self.left >= 0 and self.bottom <= height and self.right <= width

    def starts_above(self, y: float) -> bool:
        """Drawn, and at least its top part is above ``y`` (some of it is seen without scrolling)."""
        return self.visible and self.top < y and self.bottom > 0


@dataclass(frozen=True)
class PageView:
    """What one opened page showed: its screenshot, the measured elements, the requests made."""

    url: str
    viewport: tuple[int, int]
    screenshot: Path
    boxes: dict[str, list[Box]]
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)

    def visible(self, selector: str) -> list[Box]:
        """The drawn elements matching ``selector`` (it must have been measured)."""
        return [box for box in self.boxes[selector] if box.visible]

    def above_fold(self, selector: str) -> list[Box]:
        """The elements matching ``selector`` that show at least partly in the first viewport."""
        return [box for box in self.boxes[selector] if box.starts_above(self.viewport[1])]

    def foreign_requests(self) -> list[str]:
        """Requests other than the page itself and ``data:`` URLs (all of them were aborted)."""
        return [url for url in self.requests if not _allowed(url, self.url)]


def _allowed(url: str, page_url: str) -> bool:
    """Only the page itself (its URL, less any fragment) and inline ``data:`` URLs may load."""
    return url.startswith("data:") or url.split("#", 1)[0] == page_url.split("#", 1)[0]


def find_chromium() -> str | None:
    """The Chromium to use: ``$CASSATION_CHROMIUM`` if set (even if wrong, so that the error names it),
    else ``chromium`` or ``chromium-browser`` on the PATH; None when there is none."""
    explicit = os.environ.get(ENV_CHROMIUM, "").strip()
    if explicit:
        return explicit
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def missing_browser() -> str | None:
    """Why no browser can be launched here (one line), or None when one can."""
    executable = find_chromium()
    if executable is None:
        return f"no Chromium found (looked for {', '.join(CHROMIUM_NAMES)} and ${ENV_CHROMIUM})"
    if not (os.path.isfile(executable) and os.access(executable, os.X_OK)):
        return f"${ENV_CHROMIUM}={executable} is not an executable file"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the Python package playwright is not installed"
    return None


class Browser:
    """One headless Chromium, launched once, opening pages in fresh contexts; close it when done."""

    def __init__(self, executable: str) -> None:
        from playwright.sync_api import sync_playwright

        self._manager = sync_playwright()
        self._playwright: Playwright = self._manager.start()
        try:
            self._browser: PlaywrightBrowser = self._playwright.chromium.launch(
                executable_path=executable, headless=True, args=list(LAUNCH_ARGS)
            )
        except Exception:
            self._manager.__exit__(None, None, None)
            raise
        self.version = self._browser.version

    def close(self) -> None:
        """Close the browser and stop Playwright's driver."""
        try:
            self._browser.close()
        finally:
            self._manager.__exit__(None, None, None)

    def open(
        self,
        page: Path | str,
        *,
        screenshot: Path,
        selectors: Sequence[str] = (),
        viewport: tuple[int, int] = (1280, 800),
    ) -> PageView:
        """Open ``page`` (a Path: an HTML file; a str: the HTML itself) at ``viewport`` (width, height),
        wait for it to load, save a screenshot of the viewport to ``screenshot`` (PNG) and measure
        every element matching each of ``selectors``."""
        context = self._browser.new_context(
            viewport={"width": viewport[0], "height": viewport[1]}, device_scale_factor=1, service_workers="block"
        )
        try:
            tab = context.new_page()
            requests: list[str] = []
            blocked: list[str] = []
            tab.on("request", lambda request: requests.append(request.url))
            url = _load(tab, page, blocked)
            tab.evaluate("document.fonts.ready.then(() => true)")
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            tab.screenshot(path=str(screenshot), full_page=False)
            boxes = {selector: _measure(tab, selector) for selector in selectors}
            return PageView(
                url=url, viewport=viewport, screenshot=screenshot, boxes=boxes, requests=requests, blocked=blocked
            )
        finally:
            context.close()

    @contextlib.contextmanager
    def session(self, origin: str, *, viewport: tuple[int, int] = (1280, 800)) -> Iterator[Session]:
        """A tab in a fresh context for a web application at ``origin`` (``http://127.0.0.1:PORT``):
        requests to ``origin`` go through, every other request is aborted and noted in ``blocked``."""
        context = self._browser.new_context(
            viewport={"width": viewport[0], "height": viewport[1]}, device_scale_factor=1, service_workers="block"
        )
        try:
            tab = context.new_page()
            opened = Session(tab, origin)

            def guard(route: Route) -> None:
                if route.request.url.startswith(origin + "/") or route.request.url.startswith("data:"):
                    route.continue_()
                else:
                    opened.blocked.append(route.request.url)
                    route.abort("blockedbyclient")

            tab.route("**/*", guard)
            tab.on("request", lambda request: opened.requests.append(request.url))
            yield opened
        finally:
            context.close()


@dataclass
class Session:
    """One tab on a web application: the Playwright page, its origin, what it requested and what was blocked."""

    tab: Page
    origin: str
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)

    def boxes(self, selector: str) -> list[Box]:
        """The boxes of the elements matching ``selector`` now."""
        return _measure(self.tab, selector)


def _load(tab: Page, page: Path | str, blocked: list[str]) -> str:
    """Navigate ``tab`` to ``page`` with every other request aborted (and noted in ``blocked``)."""
    url = page.resolve().as_uri() if isinstance(page, Path) else "about:blank"

    def guard(route: Route) -> None:
        if _allowed(route.request.url, url):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort("blockedbyclient")

    tab.route("**/*", guard)
    if isinstance(page, Path):
        tab.goto(url, wait_until="load")
    else:
        tab.set_content(page, wait_until="load")
    return url


def _measure(tab: Page, selector: str) -> list[Box]:
    """The boxes of the elements matching ``selector``, in document order."""
    raw: list[dict[str, Any]] = tab.evaluate(_MEASURE_JS, selector)
    return [Box(**item) for item in raw]


def screenshot_dir(tmp_path: Path) -> Path:
    """Where screenshots go: ``$CASSATION_SCREENSHOTS`` when set (kept), else the test's tmp dir."""
    chosen = os.environ.get("CASSATION_SCREENSHOTS", "").strip()
    return Path(chosen) if chosen else tmp_path


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """A headless Chromium for one test module.  Missing: an ERROR saying how to install it, or a skip
    when ``CASSATION_BROWSER_OPTIONAL=1``."""
    why = missing_browser()
    if why is not None:
        if os.environ.get(ENV_OPTIONAL) == "1":
            pytest.skip(f"browser tests skipped ({ENV_OPTIONAL}=1): {why}")
        pytest.fail(f"{why}: {INSTALL_HINT}", pytrace=False)
    executable = find_chromium()
    assert executable is not None
    opened = Browser(executable)
    try:
        yield opened
    finally:
        opened.close()
