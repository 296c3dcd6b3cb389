"""The web explorer's routes through Starlette's TestClient (no server, no browser).

The pages (editor, answer, repairs, what-if, readings, norms, coverage), the limits of every ask,
the bounds of a request, every file of ``tests/hostile/`` sent through the forms (upload and YAML
text), hostile questions, two users who never see each other's case, and no path from the browser.
"""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from starlette.testclient import TestClient

from pyswip_bridge import Case, Limits
from pyswip_bridge.web import create_app
from pyswip_bridge.web.editor import build_fact, case_names, fact_forms, quote_atom, split_arguments, unquote
from pyswip_bridge.web.forms import MAX_CASE_BYTES

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = Path(__file__).resolve().parent / "hostile"
MANIFEST: dict[str, str] = {
    name: cls
    for path in sorted(HOSTILE.glob("manifest*.yaml"))
    for name, cls in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items()
}
COUNSEL = (ROOT / "queries" / "p1_counsel_appeal.yaml").read_text(encoding="utf-8")
WITHDRAWN = (ROOT / "queries" / "p1_withdrawn_appeal.yaml").read_text(encoding="utf-8")
KAIRAT = "may_review(v1, 'Қайрат')"
MAX_REQUEST = 256 * 1024


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(max_request_bytes=MAX_REQUEST)) as test_client:
        yield test_client


def error_of(page: str) -> tuple[str, str] | None:
    """The error shown on a page: its class and its one line (unescaped), or None."""
    found = re.search(r'<p class="error" role="alert" data-kind="(\w+)"><strong>error:</strong> (.*?)</p>', page)
    return (found.group(1), html.unescape(found.group(2))) if found else None


def textarea(page: str) -> str:
    """The case YAML a page carries (the editor's textarea or the answer's hidden one)."""
    found = re.search(r'<textarea name="case"[^>]*>(.*?)</textarea>', page, re.S)
    assert found, page[:500]
    return html.unescape(found.group(1))


def verdict(page: str) -> str:
    found = re.search(r'<p class="verdict (yes|no)">', page)
    assert found, error_of(page) or page[:500]
    return found.group(1)


def ask(client: TestClient, case: str, question: str, **fields: str | list[str]) -> str:
    response = client.post("/ask", data={"case": case, "question": question, **fields})
    assert response.status_code == 200, error_of(response.text)
    return response.text


# -- the editor -----------------------------------------------------------------------------------


def test_the_editor_offers_typed_fields_for_every_declared_fact(client, kb):
    page = client.get("/").text
    vocabulary = kb.vocabulary()
    for fact in vocabulary["facts"]:
        assert f'data-fact="{fact["name"]}"' in page
    assert 'type="date" name="arg:entered_into_force:1"' in page
    act_kinds = re.search(r'<select name="arg:judicial_act:1">(.*?)</select>', page, re.S)
    assert act_kinds and re.findall(r'value="(\w+)"', act_kinds.group(1)) == ["verdict", "decision", "private_decision"]
    assert "/static/explorer.js" in page and "http" not in re.sub(r"http://www\.w3\.org[^\"]*", "", page)


def test_a_worked_scenario_opens_in_the_editor_with_its_names_offered(client):
    page = client.get("/?scenario=p1_counsel_appeal").text
    assert "<code>acts_for(&#39;Әлия&#39;, &#39;Қайрат&#39;)</code>" in page
    names = re.search(r'<datalist id="case-names">(.*?)</datalist>', page, re.S)
    assert names and {"Қайрат", "Әлия", "v1", "a1", "pt1"} <= set(
        re.findall(r'value="([^"]+)"', html.unescape(names.group(1)))
    )
    assert 'value="may_review(v1, &#39;Қайрат&#39;)"' in page  # the scenario's first question
    for name in ("no_such_scenario", "../../pyproject", "/etc/passwd"):
        assert client.get("/", params={"scenario": name}).status_code == 404


def test_a_fact_added_from_fields_round_trips_a_kazakh_name_with_a_quote(client):
    response = client.post(
        "/editor",
        data={
            "case": COUNSEL,
            "action": "add",
            "predicate": "participant",
            "arg:participant:0": "Ерлан O'Neil \\ Жақсылық",
            "arg:participant:1": "victim",
        },
    )
    assert response.status_code == 200, error_of(response.text)
    text = textarea(response.text)
    case = Case.from_bytes(text.encode(), "case.yaml")
    assert case.facts[-1].text == "participant('Ерлан O\\'Neil \\\\ Жақсылық', victim)"
    assert len(case.facts) == len(Case.from_bytes(COUNSEL.encode(), "c.yaml").facts) + 1
    page = html.unescape(ask(client, text, "entitled_participant(A, P, R)"))
    assert verdict(page) == "yes"
    name = "Ерлан O\\'Neil \\\\ Жақсылық"  # as the KB writes the atom back, quoted
    assert f"<code>participant('{name}', victim)</code>" in page  # its what-if toggle
    answer = page[page.index('<article class="answer">') : page.index("</article>")]
    assert name in answer  # an answer binds it: the KB read the name whole


def test_an_empty_field_and_an_unknown_fact_are_refused_with_one_line(client):
    page = client.post(
        "/editor", data={"case": COUNSEL, "action": "add", "predicate": "participant", "arg:participant:1": "victim"}
    )
    assert page.status_code == 422
    assert error_of(page.text) == ("CaseFileError", "the fact being added: participant: the field 'person' is empty")
    assert textarea(page.text).strip()  # the case is still there
    page = client.post("/editor", data={"case": COUNSEL, "action": "add", "predicate": "bribe"})
    assert page.status_code == 422 and error_of(page.text) is not None


def test_a_fact_is_removed_and_the_yaml_keeps_the_case_keys(client):
    page = client.post("/editor", data={"case": COUNSEL, "action": "remove:6"}).text
    case = Case.from_bytes(textarea(page).encode(), "case.yaml")
    assert "acts_for('Әлия', 'Қайрат')" not in [f.text for f in case.facts]
    assert case.document["title"] == "Defence counsel's appeal counts as the convict's own"
    assert client.post("/editor", data={"case": COUNSEL, "action": "remove:99"}).status_code == 422


def test_the_case_downloads_as_yaml(client):
    response = client.post("/case.yaml", data={"case": COUNSEL})
    assert response.status_code == 200
    assert response.headers["content-disposition"] == 'attachment; filename="case.yaml"'
    assert [f.text for f in Case.from_bytes(response.content, "case.yaml").facts] == [
        f.text for f in Case.from_bytes(COUNSEL.encode(), "c.yaml").facts
    ]


def test_helpers_of_the_editor(kb):
    forms = {f.name: f for f in fact_forms(kb.vocabulary())}
    assert quote_atom("v1") == "v1" and quote_atom("Қайрат") == "'Қайрат'" and quote_atom("V") == "'V'"
    assert build_fact(forms["entered_into_force"], ["v1", "2019-05-10"]) == "entered_into_force(v1, 2019-05-10)"
    assert split_arguments("acts_for('Ә, л', f(a, b))") == ["'Ә, л'", "f(a, b)"]
    assert unquote("'O\\'Neil'") == "O'Neil"
    case = Case.from_facts(["participant('Қайрат', convicted)", "appeal(a1, 'Қайрат', v1)"])
    assert case_names(case, list(forms.values())) == ["Қайрат", "a1", "v1"]


# -- answers --------------------------------------------------------------------------------------


def test_a_yes_shows_verdict_decisive_facts_proof_and_citations_with_the_whole_paragraph(client):
    page = ask(client, COUNSEL, KAIRAT)
    assert verdict(page) == "yes"
    assert page.index('class="verdict yes"') < page.index('class="tree"')  # the verdict first
    assert 'class="decisive"' in page and 'class="cite"' in page
    assert re.search(r'<details class="paragraph" id="c\w+-para-1">', page)
    assert "the whole of ¶1" in page


def test_a_repair_applied_in_one_click_makes_the_answer_yes(client):
    page = ask(client, WITHDRAWN, "may_review(v1, ivanov)")
    assert verdict(page) == "no"
    fields = dict(re.findall(r'<input type="hidden" name="(repair0[+-])" value="([^"]*)"', page))
    assert fields, "no repair offered"
    data: dict[str, str | list[str]] = {
        "case": textarea(page),
        "question": "may_review(v1, ivanov)",
        "toggles": "1",
        "on": [str(i) for i in range(20)][: len(Case.from_bytes(WITHDRAWN.encode(), "w.yaml").facts)],
        "action": "repair:0",
    }
    for name, value in re.findall(r'<input type="hidden" name="(repair0[+-])" value="([^"]*)"', page):
        data.setdefault(name, [])
        data[name].append(html.unescape(value))  # type: ignore[union-attr]
    after = client.post("/ask", data=data)
    assert after.status_code == 200, error_of(after.text)
    assert verdict(after.text) == "yes"
    assert "Repair applied:" in after.text
    changed = Case.from_bytes(textarea(after.text).encode(), "case.yaml")
    for name, values in data.items():
        if name == "repair0+":
            assert set(values) <= {f.text for f in changed.facts}


def test_what_if_toggles_switch_a_fact_off_and_show_the_difference(client):
    page = ask(client, COUNSEL, KAIRAT)
    facts = Case.from_bytes(COUNSEL.encode(), "c.yaml").facts
    index = next(i for i, f in enumerate(facts) if f.text.startswith("acts_for"))
    row = re.search(rf'value="{index}" checked class="toggle">.*?</li>', page, re.S)
    assert row and "decisive" in row.group(0)  # removing it alone flips the answer
    on = [str(i) for i in range(len(facts)) if i != index]
    after = ask(client, COUNSEL, KAIRAT, toggles="1", on=on, action="whatif")
    assert verdict(after) == "no"
    assert "answer: yes → no" in after
    assert f'value="{index}" class="toggle">' in after  # shown unticked, still in the case
    assert len(Case.from_bytes(textarea(after).encode(), "c.yaml").facts) == len(facts)
    bad = client.post("/ask", data={"case": COUNSEL, "question": KAIRAT, "toggles": "1", "on": "999"})
    assert bad.status_code == 422 and error_of(bad.text)[0] == "ArgumentError"


def test_readings_are_switched_and_compared_side_by_side(client, kb):
    passage = "p1_withdrawn_appeal"
    readings = next(p for p in kb.norms()["ambiguous_passages"] if p["passage"] == passage)["readings"]
    other = next(r["reading"] for r in readings if r["status"] != "default")
    page = ask(client, COUNSEL, KAIRAT, **{f"reading:{passage}": other})
    assert re.search(rf'<option value="{other}" selected', page)
    compared = client.post("/compare", data={"case": WITHDRAWN, "question": "may_review(v1, ivanov)"})
    assert compared.status_code == 200, error_of(compared.text)
    assert '<table class="compare">' in compared.text
    assert compared.text.count("Read this answer") >= 2
    assert "default readings" in compared.text


def test_norms_and_coverage(client, kb):
    norms = client.get("/norms").text
    for rule in kb.norms()["rules"]:
        assert f'id="rule-{rule["id"]}"' in norms
    assert 'id="p27"' in norms
    coverage = client.get("/coverage")
    assert coverage.status_code == 200
    assert 'href="/?scenario=p1_counsel_appeal"' in coverage.text
    assert 'href="/norms#p1"' in coverage.text


# -- limits and safety ----------------------------------------------------------------------------


def test_every_ask_has_the_limits_given_to_the_server():
    with TestClient(create_app(Limits(10.0, 50))) as tight:
        response = tight.post("/ask", data={"case": COUNSEL, "question": KAIRAT})
        assert response.status_code == 422
        kind, line = error_of(response.text) or ("", "")
        assert kind == "ResourceLimit", line
    with pytest.raises(Exception, match="inference limit"):
        create_app(Limits(10.0, 0))


def test_a_request_larger_than_the_bound_is_refused(client):
    big = "x" * (MAX_REQUEST + 1)
    response = client.post("/ask", data={"case": big, "question": KAIRAT})
    assert response.status_code == 413
    assert "larger than" in response.text

    def chunks() -> Iterator[bytes]:  # no Content-Length: the body is counted as it comes
        for _ in range(MAX_REQUEST // 1024 + 2):
            yield b"a" * 1024

    response = client.post("/ask", content=chunks(), headers={"content-type": "application/x-www-form-urlencoded"})
    assert response.status_code == 413
    assert client.get("/").status_code == 200  # still serving


def test_a_case_larger_than_the_case_bound_is_refused_by_name():
    with TestClient(create_app(max_request_bytes=4 * MAX_CASE_BYTES)) as roomy:
        upload = {"upload": ("big.yaml", b"facts: []\n" + b"#" * MAX_CASE_BYTES, "application/yaml")}
        response = roomy.post("/ask", data={"question": KAIRAT}, files=upload)
        assert response.status_code == 422
        assert error_of(response.text)[0] == "CaseFileError"


def test_the_safety_headers_and_the_host_check():
    with TestClient(create_app(allowed_hosts=["127.0.0.1", "testserver"])) as guarded:
        response = guarded.get("/norms")
        assert "default-src 'self'" in response.headers["content-security-policy"]
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["cache-control"] == "no-store"
        assert guarded.get("/norms", headers={"host": "evil.example"}).status_code == 400


def test_no_file_system_path_is_taken_from_the_browser(client, tmp_path):
    secret = tmp_path / "secret.yaml"
    secret.write_text("facts:\n  - participant(secret_person, convicted)\n", encoding="utf-8")
    for field in ("case_file", "path", "file", "upload"):
        page = client.post("/editor", data={"case": "facts: []\n", field: str(secret), "action": "load"}).text
        assert "secret_person" not in page
    # An upload is its bytes; its name only tells YAML from JSON (no directory of it is used).
    upload = {"upload": (str(secret), COUNSEL.encode(), "application/yaml")}
    page = client.post("/editor", data={"action": "load"}, files=upload).text
    assert "secret_person" not in page and "acts_for" in page
    assert client.get("/static/../pyproject.toml").status_code == 404
    assert client.get("/static/%2e%2e/app.py").status_code == 404


def test_two_users_never_see_each_other_s_case():
    app = create_app()
    pages: dict[str, str] = {}

    def user(name: str, fact: str) -> None:
        # a client of its own, without the app's lifespan: one server (the main thread's below) runs
        # the app, as `cassation serve` does; two lifespans would close the KB under each other
        own = TestClient(app)
        case = f"facts:\n  - participant('{name}', convicted)\n  - {fact}\n"
        for _ in range(3):
            pages[name] = own.post("/ask", data={"case": case, "question": f"participant('{name}', R)"}).text

    threads = [
        threading.Thread(target=user, args=("Бірінші", "judicial_act(v1, verdict, first_instance)")),
        threading.Thread(target=user, args=("Екінші", "judicial_act(v2, decision, appellate)")),
    ]
    with TestClient(app):
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert "Бірінші" in pages["Бірінші"] and "Екінші" not in pages["Бірінші"]
    assert "Екінші" in pages["Екінші"] and "Бірінші" not in pages["Екінші"]
    with TestClient(app) as third:
        fresh = third.get("/").text
        assert "Бірінші" not in fresh and "Екінші" not in fresh


# -- hostile input through the forms --------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_every_hostile_file_uploaded_gives_its_error_and_the_server_goes_on(client, name):
    raw = (HOSTILE / name).read_bytes()
    if len(raw) > MAX_REQUEST - 4096:
        pytest.skip("larger than this test server's request bound (checked above)")
    response = client.post("/ask", data={"question": "may_review(v1, P)"}, files={"upload": (name, raw, "text/plain")})
    assert response.status_code == 422, response.text[:300]
    shown = error_of(response.text)
    assert shown is not None and shown[0] == MANIFEST[name], (name, shown)
    assert "\n" not in shown[1]
    if name.lower().endswith((".yaml", ".yml")):  # the same text typed into the editor
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return
        typed = client.post("/ask", data={"question": "may_review(v1, P)", "case": text})
        if not text.strip():  # an empty editor is an empty case, not an error
            assert typed.status_code == 200 and verdict(typed.text) == "no"
        else:
            assert typed.status_code == 422 and error_of(typed.text) is not None, name


def test_after_every_hostile_file_the_server_still_answers(client):
    assert verdict(ask(client, COUNSEL, KAIRAT)) == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "halt",
        "halt(7)",
        "bob) ; halt(7",
        "shell('rm -rf /')",
        "assertz(participant(x, convicted))",
        "may_review(v1, P) ; halt",
        "X",
        "may_review(v1, 'Қайрат'",
        "\x00",
        "may_review(" * 2000,
        "",
    ],
)
def test_hostile_questions_are_refused_with_one_line(client, question):
    response = client.post("/ask", data={"case": COUNSEL, "question": question})
    assert response.status_code == 422
    kind, line = error_of(response.text) or ("", "")
    assert kind and "\n" not in line
    assert verdict(ask(client, COUNSEL, KAIRAT)) == "yes"


def test_a_case_of_two_thousand_facts_has_a_toggle_for_each_and_they_post_back(client):
    facts = [f"petition(pt{i}, 'Қайрат', v1)" for i in range(2000)]
    case = "facts:\n" + "".join(f"  - {fact}\n" for fact in [*yaml.safe_load(COUNSEL)["facts"], *facts])
    page = ask(client, case, KAIRAT)
    count = page.count('class="toggle"')
    assert count == 2000 + len(yaml.safe_load(COUNSEL)["facts"])
    assert "stopped after 200 of" in page  # the what-if column tries the first 200 facts
    on = [str(i) for i in range(count) if i != 6]  # acts_for off
    assert verdict(ask(client, case, KAIRAT, toggles="1", on=on)) == "no"
    too_many = client.post("/ask", data={"case": COUNSEL, "question": KAIRAT, "x": [""] * 30_000})
    assert too_many.status_code in (400, 413)


def test_after_a_bad_question_the_editor_still_shows_the_case_s_facts(client):
    response = client.post("/ask", data={"case": COUNSEL, "question": "may_review(v1"})
    assert response.status_code == 422 and error_of(response.text)[0] == "QuerySyntaxError"
    assert "<code>acts_for(&#39;Әлия&#39;, &#39;Қайрат&#39;)</code>" in response.text
    assert textarea(response.text) == COUNSEL
    uploaded = client.post("/ask", data={"question": "halt"}, files={"upload": ("c.yaml", COUNSEL.encode(), "")})
    assert uploaded.status_code == 422 and "acts_for('Әлия', 'Қайрат')" in textarea(uploaded.text)
