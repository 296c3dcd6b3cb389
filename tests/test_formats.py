"""Every renderer (text, json, markdown, dot, svg, html) on every worked scenario, the SVG picture's
nodes and labels, the HTML page's self-containment and citations, and the Jupyter representations.

Scenarios are found in ``queries/`` when the tests run: a new scenario is rendered without any change
here (its first question, so that the test stays fast).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pyswip_bridge.render.formats import FORMATS, render
from pyswip_bridge.workbench.scenarios import QUERIES_DIR, load_scenario

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = sorted(QUERIES_DIR.glob("*.yaml"))
SVG_NS = "{http://www.w3.org/2000/svg}"
COUNSEL = ROOT / "queries" / "p1_counsel_appeal.yaml"
needs_dot = pytest.mark.skipif(
    not __import__("shutil").which("dot"), reason="Graphviz's dot is not installed (make setup installs it)"
)


def first_question(kb, path: Path):
    scenario = load_scenario(path)
    question = scenario.questions[0]
    return kb.ask(question.ask, scenario.case, readings=question.readings)


class TagBalance(HTMLParser):
    """Checks that every element that is opened is closed, in order (void elements aside)."""

    VOID = frozenset(
        {"meta", "br", "hr", "img", "input", "link", "path", "polygon", "ellipse", "polyline", "rect", "stop"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.external: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href", "xlink:href") and value and not value.startswith("#"):
                self.external.append(f"{tag} {name}={value}")
        if tag == "link" or (tag == "script" and any(n == "src" for n, _ in attrs)):
            self.external.append(tag)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in self.VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        self.stack.pop()


def check_html(page: str) -> TagBalance:
    checker = TagBalance()
    checker.feed(page)
    checker.close()
    assert not checker.errors, checker.errors[:5]
    assert not checker.stack, f"unclosed: {checker.stack[-5:]}"
    assert not checker.external, f"external assets: {checker.external[:5]}"
    return checker


def test_the_registry_has_every_format():
    assert {"text", "json", "markdown", "dot", "svg", "html"} <= set(FORMATS)


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_every_renderer_renders_every_scenario(kb, path):
    result = first_question(kb, path)
    verdict = "yes" if result.holds else "no"
    from pyswip_bridge.render.view import explanation

    view = explanation(result)  # folded: checks are remarks on the sentences they serve
    nodes = sum(1 for a in view.answers for _ in a.proof.walk())
    assert all(s.kind != "builtin" or s.reading for a in view.answers for s in a.proof.walk())

    text = render(result, "text")
    assert text.startswith(f"Question: {result.question}\nAnswer: {verdict}")

    assert json.loads(render(result, "json")) == result.raw

    markdown = render(result, "markdown")
    assert markdown.startswith("# Question: `")
    assert f"**Answer: {verdict}**" in markdown
    if result.holds:  # one list item per proof node
        assert sum(1 for line in markdown.splitlines() if re.match(r"^ *- ", line)) >= nodes

    dot = render(result, "dot")
    assert dot.startswith("digraph answer {") and dot.rstrip().endswith("}")
    if result.holds:
        assert len(re.findall(r"^\s+a\d+_n\d+ \[", dot, re.M)) == nodes
    else:
        assert re.search(r"^\s+q\d+ \[label=\"Answer: no", dot, re.M)

    if __import__("shutil").which("dot"):
        svg = render(result, "svg")
        ET.fromstring(svg)  # well-formed XML
        assert "<svg" in svg

    page = render(result, "html")
    assert page.startswith("<!DOCTYPE html>")
    check_html(page)
    assert f'<p class="verdict {verdict}">' in page


# -- the picture ----------------------------------------------------------------------------------


def _svg_nodes(svg: str) -> dict[str, str]:
    """The SVG's nodes: DOT node id → all the text drawn in it."""
    root = ET.fromstring(svg)
    nodes = {}
    for group in root.iter(f"{SVG_NS}g"):
        if group.get("class") == "node":
            title = group.find(f"{SVG_NS}title").text
            nodes[title] = "\n".join(t.text or "" for t in group.iter(f"{SVG_NS}text"))
    return nodes


def _svg_edges(svg: str) -> list[tuple[str, str]]:
    root = ET.fromstring(svg)
    return [
        (g.find(f"{SVG_NS}title").text, " ".join(t.text or "" for t in g.iter(f"{SVG_NS}text")))
        for g in root.iter(f"{SVG_NS}g")
        if g.get("class") == "edge"
    ]


@needs_dot
def test_svg_of_the_counsel_scenario_has_its_nodes_and_labels(kb):
    """The picture draws each step of the (folded) proof as its sentence with how it holds, coloured by
    kind, the question and its verdict on the left, Answer 1 on top."""
    from pyswip_bridge import Case
    from pyswip_bridge.render.dot import STYLES
    from pyswip_bridge.render.view import explanation

    result = kb.ask("may_review(v1, 'Қайрат')", Case.from_file(COUNSEL))
    svg = render(result, "svg")
    nodes = _svg_nodes(svg)
    proof = explanation(result).answers[0].proof.walk()
    proof_nodes = {k: v for k, v in nodes.items() if k.startswith("a1_n")}
    assert len(proof_nodes) == len(proof) > 10
    assert {"legend_proved", "legend_given", "legend_assumed_absent", "legend_builtin"} <= set(nodes)
    # every step is drawn as its sentence (wrapped over lines), each proved step with its rule and paragraph
    drawn = [" ".join(v.split()) for v in proof_nodes.values()]
    for step in proof:
        assert any(" ".join(step.said.split()) in d for d in drawn), step.said
    assert not any("memberchk" in d or "may_review(" in d for d in drawn)
    ids = sorted(proof_nodes, key=lambda k: int(k.split("_n")[1]))  # in the order of the proof, depth first
    root_text = " ".join(proof_nodes[ids[0]].split())
    assert "v1 may be reviewed in cassation at the request of Қайрат" in root_text
    assert "by p3_petition_of_participant (¶3)" in root_text
    first_given = next(i for i, n in enumerate(proof) if n.kind == "given")
    assert proof_nodes[ids[first_given]].endswith("given")
    assert any("taken as not so" in v and "the appeal a1 was withdrawn" in v for v in drawn)
    assert "Answer: yes" in nodes["q0"]
    # colours by kind
    root = ET.fromstring(svg)
    fills = {}
    for group in root.iter(f"{SVG_NS}g"):
        if group.get("class") == "node":
            shape = group.find(f".//{SVG_NS}path")
            if shape is None:
                shape = group.find(f".//{SVG_NS}polygon")
            fills[group.find(f"{SVG_NS}title").text] = shape.get("fill")
    for i, step in enumerate(proof):
        assert fills[ids[i]] == STYLES[step.kind]["fillcolor"], (i, step.kind)
    # edges go from each step to its conditions
    edges = [t.replace("&#45;&gt;", "->") for t, _ in _svg_edges(svg)]
    assert f"{ids[0]}->{ids[1]}" in edges and f"q0->{ids[0]}" in edges


def test_picture_shows_answer_one_on_top(kb):
    """With several answers, Answer 1 is drawn above Answer 2 (was: the other way round)."""
    from pyswip_bridge import Case

    result = kb.ask("may_review(v1, P)", Case.from_file(COUNSEL))
    assert len(result.answers) >= 2
    if not __import__("shutil").which("dot"):
        pytest.skip("Graphviz's dot is not installed")
    root = ET.fromstring(render(result, "svg"))
    tops = {}
    for group in root.iter(f"{SVG_NS}g"):
        if group.get("class") == "cluster":
            title = group.find(f"{SVG_NS}title").text
            ys = [float(y) for t in group.iter(f"{SVG_NS}text") for y in [t.get("y")] if y]
            tops[title] = min(ys)
    assert tops["cluster_answer1"] < tops["cluster_answer2"]


@needs_dot
def test_svg_of_a_no_draws_the_why_not_in_red(kb):
    from pyswip_bridge import Case

    result = kb.ask(
        "may_review(v1, 'Мадина')",
        Case.from_file(ROOT / "queries" / "p3_took_no_part_earlier.yaml"),
        readings={"p3_took_no_part_earlier": "standing_only"},
    )
    svg = render(result, "svg")
    nodes = _svg_nodes(svg)
    assert "Answer: no" in nodes["q0"]
    texts = " ".join(" ".join(v.split()) for v in nodes.values())
    assert "✗ p3_took_no_part_earlier_exempt" in texts
    assert (
        'the reading "exempt if reviewed on appeal" of the ambiguous passage p3_took_no_part_earlier is in '
        "force fails: false"
    ) in texts
    assert "legend_failed" in nodes
    assert 'stroke="#c62828"' in svg


def test_dot_escapes_backslashes_and_quotes(kb):
    from pyswip_bridge.render.dot import quote

    assert quote('\\+ a("x")') == '"\\\\+ a(\\"x\\")"'
    assert quote("a\nb") == '"a\\nb"'


def test_svg_without_dot_is_a_clear_engine_error(kb, monkeypatch):
    from pyswip_bridge import Case, EngineError
    from pyswip_bridge.render import dot as render_dot

    result = kb.ask("may_review(v1, 'Қайрат')", Case.from_file(COUNSEL))
    monkeypatch.setattr(render_dot.shutil, "which", lambda name: None)
    with pytest.raises(EngineError, match="install graphviz"):
        render(result, "svg")
    page = render(result, "html")  # the page is still made, without the picture
    assert "<svg" not in page and "install graphviz" in page
    check_html(page)


def test_svg_without_dot_on_the_command_line(cli, tmp_path):
    """`cassation ask --format svg` with no `dot` on the PATH: one line on stderr, exit 70."""
    import os
    import shutil
    import sys

    bindir = tmp_path / "bin"
    bindir.mkdir()
    # a PATH with python and swipl but without dot
    for tool in ("swipl",):
        found = shutil.which(tool)
        if found:
            (bindir / tool).symlink_to(found)
    env_path = os.pathsep.join([str(bindir), str(Path(sys.executable).parent)])
    import subprocess

    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pyswip_bridge",
            "ask",
            "may_review(v1, 'Қайрат')",
            "--case",
            str(COUNSEL),
            "--format",
            "svg",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PATH": env_path},
        timeout=120,
    )
    assert proc.returncode == 70, proc.stderr
    assert proc.stdout == ""
    err = proc.stderr.strip().splitlines()
    assert len(err) == 1 and "install graphviz" in err[0]


# -- the page -------------------------------------------------------------------------------------


def test_resolution_is_split_into_its_27_paragraphs():
    from pyswip_bridge.render.html import resolution_paragraphs

    paragraphs = resolution_paragraphs()
    assert sorted(paragraphs) == list(range(1, 28))
    for number, text in paragraphs.items():
        assert text.startswith(f"{number}. ")
    assert "Chairman" not in paragraphs[27] and paragraphs[27].endswith("first official publication.")
    assert "the legal representative of the convicted." in paragraphs[3]


def test_every_rule_quote_is_found_in_its_paragraph(kb):
    from pyswip_bridge.render.html import paragraph_html

    for rule in kb.norms()["rules"]:
        assert "<mark>" in paragraph_html(rule["paragraph"], rule["text"]), rule["id"]


def test_html_page_is_collapsible_and_quotes_each_citation(kb):
    from html import escape

    from pyswip_bridge import Case

    result = kb.ask("may_review(v1, 'Қайрат')", Case.from_file(COUNSEL))
    page = render(result, "html")
    check_html(page)
    assert "<details" in page and "<summary>" in page
    proved = [n for n in result.answers[0].proof.walk() if n.status == "proved"]
    for node in proved:
        assert f"<blockquote>“{escape(node.source.text)}”</blockquote>" in page
        assert 'href="#' in page and f'-para-{node.source.paragraph}"' in page
    # the whole paragraph: in the citation's tooltip and in an expandable block with the words marked
    assert 'title="3. Consideration of a case in the cassation instance' in page
    assert "<summary>the whole of ¶3</summary>" in page
    assert "<mark>" in page
    # sentences, with their goals
    assert '<code class="goal">may_review(v1, &#x27;Қайрат&#x27;)</code>' in page
    if __import__("shutil").which("dot"):
        assert "<svg" in page and "<?xml" not in page


def test_html_shows_the_record_when_given(kb):
    from pyswip_bridge import Case
    from pyswip_bridge.bridge.records import make_record

    case = Case.from_file(COUNSEL)
    result = kb.ask("may_review(v1, 'Қайрат')", case)
    page = render(result, "html", record=make_record(result, case, {}), picture=False)
    assert "<h2>Record</h2>" in page and "acts_for(&#x27;Әлия&#x27;, &#x27;Қайрат&#x27;)" in page


def test_markdown_with_quotes_goals_and_why_absent(kb):
    from pyswip_bridge import Case

    result = kb.ask("may_review(v1, 'Қайрат')", Case.from_file(COUNSEL), why_absent=True)
    md = render(result, "markdown", quotes=True, goals=True, why_absent=True)
    assert "- `may_review(v1, 'Қайрат')` — by **p3_petition_of_participant** (¶3; CPC art. 486 part 1" in md
    assert "  > “" in md
    assert "## Taken as not so" in md and "## Readings in force" in md
    assert "why no rule establishes it:" in md


def test_why_absent_is_built_only_when_asked(kb):
    """The why-not of a conclusion taken as not so is built by the KB only for an ask that wants it
    (--why-absent; HTML, which folds it under the step); without it the step says it is taken as
    not so, and no renderer can show a why-not it was not given."""
    from pyswip_bridge import Case

    def absent_steps(result):
        stack = [a.proof for a in result.answers]
        while stack:
            node = stack.pop()
            stack.extend(node.children)
            if node.absent_kind == "derived":
                yield node

    case = Case.from_file(COUNSEL)
    plain = list(absent_steps(kb.ask("may_review(v1, 'Қайрат')", case)))
    asked = list(absent_steps(kb.ask("may_review(v1, 'Қайрат')", case, why_absent=True)))
    assert plain and len(plain) == len(asked)
    assert all(node.why_not == () for node in plain)
    assert all(node.why_not for node in asked)
    assert "why no rule establishes it" not in render(
        kb.ask("may_review(v1, 'Қайрат')", case), "markdown", why_absent=True
    )


def test_markdown_code_spans_survive_backticks():
    from pyswip_bridge.render.markdown import code, escape

    assert code("a`b") == "``a`b``"
    assert code("`x") == "`` `x ``"
    assert escape("*a* [b] <c> _d_ e_f") == "\\*a\\* \\[b\\] \\<c\\> \\_d\\_ e_f"


# -- Jupyter --------------------------------------------------------------------------------------


def test_notebook_representations(kb, monkeypatch):
    from pyswip_bridge import Case
    from pyswip_bridge.render import dot as render_dot
    from pyswip_bridge.render import notebook

    result = kb.ask("may_review(v1, 'Қайрат')", Case.from_file(COUNSEL))
    html = notebook.repr_html(result)
    assert html.startswith("<style>") and '<div class="cassation-answer"' in html and "<html" not in html
    if render_dot.dot_available():
        svg = notebook.repr_svg(result)
        assert svg is not None and "<svg" in svg
    monkeypatch.setattr(render_dot.shutil, "which", lambda name: None)
    assert notebook.repr_svg(result) is None
    assert "cassation-answer" in notebook.repr_html(result)
    # Jupyter shows one rich form: the HTML, with the text explanation as its plain fallback
    bundle = result._repr_mimebundle_()
    assert set(bundle) == {"text/html", "text/plain"}
    assert bundle["text/html"] == notebook.repr_html(result)
    assert bundle["text/plain"] == str(result)
    assert not hasattr(type(result), "_repr_html_") and not hasattr(type(result), "_repr_svg_")


# -- the command line -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fmt,start", [("markdown", "# Question: "), ("dot", "digraph answer {"), ("html", "<!DOCTYPE html>")]
)
def test_ask_in_each_format_on_the_command_line(cli, fmt, start):
    run = cli("ask", "may_review(v1, 'Қайрат')", "--case", "queries/p1_counsel_appeal.yaml", "--format", fmt)
    assert run.code == 0, run.err
    assert run.out.startswith(start)


def test_docs_example_is_a_self_contained_page_and_a_picture():
    """docs/example.html and docs/example.svg are made by the commands in docs/usage.md (see the module
    docstring of tests/test_golden.py); they must stay self-contained."""
    html = ROOT / "docs" / "example.html"
    svg = ROOT / "docs" / "example.svg"
    assert html.exists() and svg.exists()
    page = html.read_text(encoding="utf-8")
    check_html(page)
    assert "may_review(v1, &#x27;Қайрат&#x27;)" in page
    ET.fromstring(svg.read_text(encoding="utf-8"))
