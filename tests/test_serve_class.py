"""The web explorer's guided interview and a teacher's class, through Starlette's TestClient.

The interview is run to its decision by posting the replies a person who knows the whole case would
give (as ``test_interview.py`` does through Python and stdin); its whole state travels in the page's
form.  The class is a temporary folder named as ``cassation serve --class`` would name it; a folder
that does not fit is refused when the server starts, by file and place.
"""

from __future__ import annotations

import html
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from starlette.testclient import TestClient
from test_class import OWN
from test_interview import knows, start
from test_serve import error_of

from pyswip_bridge import Case, Limits
from pyswip_bridge.web import create_app
from pyswip_bridge.web.class_pages import class_page, class_routes, load_class_pages
from pyswip_bridge.web.interview_page import interview_page, interview_routes
from pyswip_bridge.workbench.interview import Interview

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = Path(__file__).resolve().parent / "hostile"
KAIRAT = "may_review(v1, 'Қайрат')"


def make_app(folder: Path | None = None, limits: Limits | None = None):  # type: ignore[no-untyped-def]
    """The explorer as ``cassation serve [--class FOLDER]`` builds it."""
    classroom = load_class_pages(None if folder is None else str(folder))
    return create_app(
        limits, routes=[*interview_routes(), *class_routes(classroom)], pages=[interview_page(), class_page()]
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A class folder: one worked scenario copied, one of the teacher's own (Kazakh names)."""
    path = tmp_path_factory.mktemp("class") / "week 1"
    path.mkdir()
    shutil.copy(ROOT / "queries" / "p4_worsening_late.yaml", path / "late.yaml")
    (path / "own.yaml").write_text(OWN, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def client(folder: Path) -> Iterator[TestClient]:
    with TestClient(make_app(folder)) as test_client:
        yield test_client


# -- reading the interview's page ------------------------------------------------------------------


def state_of(page: str, form_id: str = "interview-form") -> dict[str, list[str]]:
    """The fields a form of the page carries (hidden inputs and the hidden case), as it would post them."""
    found = re.search(rf'<form[^>]*id="{form_id}"[^>]*>(.*?)</form>', page, re.S)
    assert found, error_of(page) or page[:800]
    body = found.group(1)
    fields: dict[str, list[str]] = {}
    for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', body):
        fields.setdefault(html.unescape(name), []).append(html.unescape(value))
    case = re.search(r'<textarea name="case" hidden>(.*?)</textarea>', body, re.S)
    assert case
    fields["case"] = [html.unescape(case.group(1))]
    return fields


def asked(page: str) -> str:
    """The fact the page asks about."""
    return state_of(page)["asked"][0]


def post_reply(client: TestClient, page: str, reply: str) -> str:
    """Post the reply ``reply`` (yes, no, don't know, none or a value) to the question of ``page``."""
    fields = state_of(page)
    buttons = {"yes": "yes", "no": "no", "don't know": "unknown", "none": "none"}
    if reply in buttons:
        fields["reply"] = [buttons[reply]]
    else:
        fields["reply"], fields["value"] = ["value"], [reply]
    response = client.post("/interview", data=fields)
    assert response.status_code == 200, error_of(response.text)
    return response.text


def begin(client: TestClient, question: str, case_text: str) -> str:
    response = client.post("/interview", data={"question": question, "case": case_text, "action": "start"})
    assert response.status_code == 200, error_of(response.text)
    return response.text


def case_text(facts: list[str]) -> str:
    return yaml.safe_dump({"facts": facts}, allow_unicode=True)


def run_to_the_end(client: TestClient, page: str, facts: list[str], first: str | None = None) -> tuple[str, list[str]]:
    replies: list[str] = []
    while 'id="interview-form"' in page:
        reply = first if first is not None and not replies else knows(asked(page), facts)
        replies.append(reply)
        page = post_reply(client, page, reply)
    return page, replies


# -- the interview --------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "keep"), [("p1_counsel_appeal", 8), ("p2_minor_gravity", 3)])
def test_an_interview_runs_to_the_scenarios_answer_by_posted_replies(client, kb, name, keep):
    case, facts, question, holds = start(name, keep)
    page = begin(client, question, case_text(facts[:keep]))
    assert 'name="asked"' in page and "Why are you asking?" in page
    page, replies = run_to_the_end(client, page, facts)
    assert replies
    verdict = "yes" if holds else "no"
    assert f"Decided: the answer is {verdict}. Questions asked: {len(replies)}." in page
    assert f'<p class="verdict {verdict}">' in page  # the answer rendered as on the answer page
    assert page.count('name="done"') == len(replies)  # the replies so far, carried to the download

    # the same interview through Python: the same case file to download
    interview = Interview(kb, question, case)
    for reply in replies:
        interview.answer(reply)
    download = client.post("/interview/case.yaml", data=state_of(page, "download-form"))
    assert download.status_code == 200
    assert download.headers["content-disposition"] == 'attachment; filename="interview.yaml"'
    assert download.text == interview.case_file_text()
    assert kb.ask(question, Case.from_bytes(download.text.encode(), "interview.yaml")).holds is holds

    # and to open in the editor: the facts the replies gave are in the editor's case
    opened = client.post("/editor", data={**state_of(page, "editor-form"), "action": "load"})
    assert opened.status_code == 200
    editor_case = html.unescape(re.search(r'<textarea name="case"[^>]*>(.*?)</textarea>', opened.text, re.S).group(1))
    assert [f.text for f in Case.from_bytes(editor_case.encode(), "case.yaml").facts] == [
        f.text for f in interview.case.facts
    ]


def test_why_names_the_rule_the_paragraph_and_quotes_the_words(client):
    _case, facts, question, _ = start("p1_counsel_appeal", 8)
    page = begin(client, question, case_text(facts[:8]))
    why = re.search(r'<details class="why" id="why">(.*?)</details>', page, re.S)
    assert why, page[:800]
    text = html.unescape(re.sub(r"<[^>]+>", "", why.group(1)))
    assert re.search(r"rule \w+, ¶\d+", text), text
    assert "“" in text and "”" in text


def test_dont_know_leaves_it_undecided_and_shows_what_would_decide_it(client):
    _case, facts, question, _ = start("p1_counsel_appeal", 8)
    page = begin(client, question, case_text(facts[:8]))
    assert asked(page) == "appeal_outcome(a1, _)"
    assert '<select name="value" id="reply-value">' in page  # the choices as a select
    page, replies = run_to_the_end(client, page, facts, first="don't know")
    assert f"Undecided: the answer depends on facts that are not known. Questions asked: {len(replies)}." in page
    would = re.search(r'<ul class="would-decide">(.*?)</ul>', page, re.S)
    assert would and "<code>appeal_outcome(a1, _)</code>" in would.group(1)
    download = client.post("/interview/case.yaml", data=state_of(page, "download-form")).text
    assert "#   appeal_outcome(a1, _)" in download


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        ("cancelled_twice", "cancelled_twice"),  # not a value of the question's type (checked by the KB)
        ("yes", "this question asks which"),
        ("", "give a value"),
    ],
)
def test_a_bad_reply_is_a_clear_error_and_changes_nothing(client, reply, message):
    _case, facts, question, _ = start("p1_counsel_appeal", 8)
    page = begin(client, question, case_text(facts[:8]))
    before = state_of(page)
    fields = {**before, "reply": ["value"], "value": [reply]}
    if reply == "yes":
        fields["reply"] = ["yes"]
    response = client.post("/interview", data=fields)
    assert response.status_code == 422
    kind, line = error_of(response.text) or ("", "")
    assert kind == "ReplyError" and message in line and "\n" not in line
    assert state_of(response.text) == before  # the same question, nothing recorded


def test_a_date_question_has_a_date_picker_and_a_bad_date_is_refused(client):
    page = begin(client, "reviewable_in_cassation(v1)", case_text(["judicial_act(v1, decision, appellate)"]))
    while asked(page) != "entered_into_force(v1, _)":  # the categories of offence first: not known
        page = post_reply(client, page, "don't know")
    assert '<input type="date" name="value" id="reply-value"' in page
    before = state_of(page)
    response = client.post("/interview", data={**before, "reply": ["value"], "value": ["2021-02-30"]})
    assert response.status_code == 422
    assert error_of(response.text)[0] == "ReplyError"
    assert state_of(response.text) == before
    done = post_reply(client, page, "2019-03-01")
    assert "entered_into_force(v1, 2019-03-01)" in state_of(done, "download-form")["case"][0]
    assert "Decided: the answer is yes." in done


def test_the_state_is_only_in_the_request(folder):
    """Two servers (nothing shared but the KB's code), two users interleaved: the page a form's state
    gives is the same wherever and whenever it is posted, and a user sees only their own names."""
    with TestClient(make_app(folder)) as one, TestClient(make_app(folder)) as other:
        page = begin(one, KAIRAT, case_text(["participant('Қайрат', convicted)"]))
        second = post_reply(one, page, "don't know")
        # the first page's form posted again, to the other server: the same step as the first time
        again = post_reply(other, page, "don't know")
        assert state_of(again) == state_of(second) and asked(second) != asked(page)
        assert state_of(second)["skipped"] == [asked(page)]
        # a reply to another question than the state's is refused, naming both
        stale = {**state_of(second), "asked": [asked(page)], "reply": ["yes"]}
        response = other.post("/interview", data=stale)
        assert response.status_code == 422 and "but the question now is" in error_of(response.text)[1]

    app = make_app(folder)
    seen: dict[str, str] = {}

    def user(name: str) -> None:
        # a client of its own, without the app's lifespan: one server (the main thread's below) runs
        # the app, as `cassation serve` does; two lifespans would close the KB under each other
        own = TestClient(app)
        page = begin(own, f"may_review(v1, '{name}')", case_text([f"participant('{name}', convicted)"]))
        for _ in range(3):
            if 'id="interview-form"' not in page:
                break
            page = post_reply(own, page, "don't know")
        seen[name] = page

    with TestClient(app):
        threads = [threading.Thread(target=user, args=(n,)) for n in ("Бірінші", "Екінші")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert "Бірінші" in seen["Бірінші"] and "Екінші" not in seen["Бірінші"]
    assert "Екінші" in seen["Екінші"] and "Бірінші" not in seen["Екінші"]
    with TestClient(app) as third:
        fresh = third.get("/interview").text
        assert "Бірінші" not in fresh and "Екінші" not in fresh


def test_the_editor_s_case_starts_an_interview(client):
    editor = client.get("/").text
    assert 'formaction="/interview"' in editor
    _case, facts, question, _ = start("p1_counsel_appeal", 8)
    page = begin(client, question, case_text(facts[:8]))
    assert "Қайрат" in state_of(page)["case"][0]


def test_every_interview_step_and_quiz_has_the_server_s_limits(folder):
    with TestClient(make_app(folder, Limits(10.0, 50))) as tight:
        response = tight.post("/interview", data={"question": KAIRAT, "case": "", "action": "start"})
        assert response.status_code == 422
        assert error_of(response.text)[0] == "ResourceLimit"
        for response in (tight.get("/class/own/quiz/2"), tight.post("/class/own/quiz/1", data={"answer": "no"})):
            assert response.status_code == 422
            assert error_of(response.text)[0] == "ResourceLimit"
            assert "withdrew his appeal" not in response.text


# -- hostile input to the interview ---------------------------------------------------------------


@pytest.mark.parametrize(
    "fields",
    [
        {"question": "halt", "action": "start"},
        {"question": "may_review(v1, P) ; halt", "action": "start"},
        {"question": "shell('touch /tmp/owned')", "action": "start"},
        {"question": "may_review(" * 2000, "action": "start"},
        {"question": "", "action": "start"},
        {"question": KAIRAT, "action": "reply", "asked": "halt", "reply": "yes"},
        {"question": KAIRAT, "action": "reply", "skipped": "halt", "asked": "x", "reply": "no"},
        {"question": KAIRAT, "action": "reply", "skipped": "shell(x)", "asked": "x", "reply": "yes"},
        {"question": KAIRAT, "action": "reply", "done": "owned halt", "reply": "yes"},
        {"question": KAIRAT, "action": "reply", "reply": "value", "value": "x" * 100_000},
        {"question": KAIRAT, "action": "reply", "reply": "'); halt(7). %"},
        {"question": KAIRAT, "action": "launch"},
        {"question": KAIRAT, "action": "start", "case": "facts:\n  - halt\n"},
        {"question": KAIRAT, "action": "start", "case": "facts: [participant('a', convicted)"},
    ],
)
def test_hostile_interview_forms_are_refused_with_one_line(client, fields):
    response = client.post("/interview", data={"case": "", **fields})
    assert response.status_code == 422
    kind, line = error_of(response.text) or ("", "")
    assert kind and line and "\n" not in line
    assert begin(client, KAIRAT, "")  # the server goes on


@pytest.mark.parametrize("name", ["assert_smuggled.yaml", "binary_garbage.yaml", "arity_too_many.yaml"])
def test_hostile_case_files_start_no_interview(client, name):
    upload = {"upload": (name, (HOSTILE / name).read_bytes(), "application/yaml")}
    response = client.post("/interview", data={"question": KAIRAT, "action": "start"}, files=upload)
    assert response.status_code == 422 and error_of(response.text)


def test_no_file_system_path_is_taken_by_the_interview(client, tmp_path):
    secret = tmp_path / "secret.yaml"
    secret.write_text("facts:\n  - participant(secret_person, convicted)\n", encoding="utf-8")
    for field in ("case_file", "path", "file", "upload", "class", "folder"):
        page = client.post("/interview", data={"question": KAIRAT, "action": "start", field: str(secret)}).text
        assert "secret_person" not in page


# -- the class ------------------------------------------------------------------------------------


def test_the_class_page_lists_the_teacher_s_scenarios_only(client):
    page = client.get("/class").text
    assert re.findall(r'data-scenario="([^"]+)"', page) == ["own", "late"]  # by paragraph, difficulty, name
    assert "Әлия&#39;s client and the withdrawn appeal" in page
    assert 'href="/class/own/quiz/2"' in page and 'href="/class/own/handout"' in page
    assert "p1_counsel_appeal" not in page
    assert '<a href="/class" aria-current="page">Class</a>' in page
    assert '<a href="/interview">Interview</a>' in page


def test_without_a_folder_the_class_is_the_worked_scenarios():
    with TestClient(make_app()) as plain:
        page = plain.get("/class").text
        assert 'data-scenario="p1_counsel_appeal"' in page
        assert len(re.findall(r"data-scenario=", page)) == len(list((ROOT / "queries").glob("*.yaml")))


def test_a_yes_no_quiz_hides_the_description_until_answered(client):
    page = client.get("/class/own/quiz/1").text
    assert "withdrew his appeal" not in page and "Right" not in page and "Wrong" not in page
    assert "appeal_withdrawn(a1)" not in page  # the facts in sentences, not Prolog terms
    assert 'name="answer" value="yes"' in page and 'name="answer" value="no"' in page
    answered = client.post("/class/own/quiz/1", data={"answer": "no"})
    assert answered.status_code == 200
    text = html.unescape(answered.text)
    assert '<p class="quiz-verdict right" role="status">Right: the answer is no.</p>' in text
    assert text.index("Right: the answer is no.") < text.index("Қайрат appealed, then withdrew his appeal")
    assert '<p class="verdict no">' in text  # the explanation, rendered as on the answer page
    assert 'class="panel flip"' in text
    wrong = html.unescape(client.post("/class/own/quiz/1", data={"answer": "yes"}).text)
    assert "Wrong: the answer is no." in wrong


def test_a_which_question_is_multiple_choice(client, kb, folder):
    from pyswip_bridge.workbench.scenarios import load_scenario

    page = client.get("/class/own/quiz/2").text
    values = [html.unescape(v) for v in re.findall(r'<input type="radio" name="answer" value="([^"]*)"', page)]
    assert values[-1] == "" and len(values) >= 3  # the last: none, it does not hold
    scenario = load_scenario(folder / "own.yaml")
    right = {b["D"] for b in kb.ask("petition_disposition(pt1, D)", scenario.case).bindings()}
    assert right and right <= set(values)
    chosen = sorted(right)[0]
    text = html.unescape(client.post("/class/own/quiz/2", data={"answer": chosen}).text)
    assert f"Right: the answer is yes (D = {chosen}" in text
    assert "Қайрат appealed, then withdrew his appeal" in text
    assert "given, week 1/own.yaml:" in text and str(folder) not in text  # the teacher's file, not the server's path
    wrong = html.unescape(client.post("/class/own/quiz/2", data={"answer": ""}).text)
    assert "Wrong: the answer is yes" in wrong


@pytest.mark.parametrize("answer", ["maybe", "'); halt(7). %", "x" * 5000, "../../etc/passwd"])
def test_an_answer_not_offered_is_refused_with_one_line(client, answer):
    for number in (1, 2):
        response = client.post(f"/class/own/quiz/{number}", data={"answer": answer})
        assert response.status_code == 422
        kind, line = error_of(response.text) or ("", "")
        assert kind == "ArgumentError" and "\n" not in line
        assert "withdrew his appeal" not in response.text
    assert client.post("/class/own/quiz/1").status_code == 422  # no answer at all


def test_the_handout_is_the_one_cassation_handout_writes(client, kb, folder):
    from pyswip_bridge.workbench.classroom import handout_html
    from pyswip_bridge.workbench.scenarios import load_scenario

    page = client.get("/class/own/handout")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert page.text == handout_html(kb, load_scenario(folder / "own.yaml"))
    assert "withdrew his appeal" not in page.text and "appeal_withdrawn(a1)" not in page.text


@pytest.mark.parametrize(
    "path",
    [
        "/class/nowhere/handout",
        "/class/..%2F..%2Fetc%2Fpasswd/handout",
        "/class/%2Fetc%2Fpasswd/quiz/1",
        "/class/own/quiz/3",
        "/class/own/quiz/0",
        "/class/p1_counsel_appeal/handout",  # a worked scenario, not of this class
    ],
)
def test_only_the_class_s_scenarios_are_reachable(client, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t.replace("    holds: false\n", ""), "own.yaml: questions item 1: `holds` must be true or false"),
        (lambda t: t.replace("paragraph: 1", "paragraph: 31"), "own.yaml: `paragraph` must be a paragraph number"),
        (lambda t: t.replace("appeal_withdrawn(a1)", "appeal_withdrawn(a1"), "own.yaml:"),
    ],
)
def test_a_bad_class_folder_is_refused_at_start_up_with_file_and_place(cli, tmp_path, change, message):
    bad = tmp_path / "bad class"
    bad.mkdir()
    (bad / "own.yaml").write_text(change(OWN), encoding="utf-8")
    run = cli("serve", "--port", "0", "--class", str(bad), timeout=60)
    assert run.code == 2, run.out
    assert message in run.err and len(run.err.strip().splitlines()) == 1, run.err
    assert "cassation explorer: http" not in run.out  # it never listened


def test_a_missing_or_empty_class_folder_is_refused_at_start_up(cli, tmp_path):
    run = cli("serve", "--port", "0", "--class", str(tmp_path / "nowhere"), timeout=60)
    assert run.code == 2 and "nowhere: no such class folder" in run.err
    run = cli("serve", "--port", "0", "--class", str(tmp_path), timeout=60)
    assert run.code == 2 and "has no scenario files" in run.err


def test_the_new_pages_in_russian(folder, monkeypatch):
    from pyswip_bridge.i18n import using

    monkeypatch.setenv("CASSATION_LANG", "ru")  # the server's threads read it; this thread may have its own choice
    with using("ru"), TestClient(make_app(folder)) as russian:
        assert "Опрос по шагам" in russian.get("/interview").text
        page = russian.get("/class").text
        assert "Класс" in page and "раздаточный материал" in page
        quiz = russian.get("/class/own/quiz/1").text
        assert "Выполняется ли это?" in quiz and ">Да</button>" in quiz


def test_the_new_pages_follow_the_language_of_each_request(client):
    """The interview and class pages run in the language their request names (?lang=, then the form's
    hidden lang), like the explorer's own pages, whatever the server's language; an unknown language is
    refused."""
    page = client.get("/interview?lang=ru").text
    assert '<html lang="ru">' in page and "Опрос по шагам" in page
    assert '<input type="hidden" name="lang" value="ru">' in page
    assert '<html lang="en">' in client.get("/interview").text
    quiz = client.get("/class/own/quiz/1?lang=ru").text
    assert "Выполняется ли это?" in quiz and '<input type="hidden" name="lang" value="ru">' in quiz
    assert client.get("/class?lang=de").status_code == 400
