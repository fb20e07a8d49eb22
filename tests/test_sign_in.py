"""Sign-in (issue 13, part 2): the settings, the identity from OIDC claims or a proxy's header, and the app under
each mode (AppTest on app.py with a stubbed `st.user`, and with `st.context.headers` patched for header mode).

Every app test runs against a database of its own (ASSESSOR_DATABASE on a temporary file).
"""

from __future__ import annotations

import io
import re
from typing import Any

import pytest
from streamlit.runtime.context import ContextProxy, StreamlitHeaders
from streamlit.testing.v1 import AppTest
from streamlit.util import calc_hash

from assessor.errors import AssessorError
from assessor.settings import SignIn, load_settings, settings_table, sign_in
from assessor.ui.identity import Identity, from_claims, from_header
from conftest import ROOT

AMINA = {"is_logged_in": True, "email": "amina@ministry.example", "name": "Amina Kovač", "sub": "oidc|4711"}
HEADER = "X-Forwarded-User"
AUTH = {"auth": {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "not-a-secret",
                 "client_id": "assessor", "client_secret": "not-a-secret",
                 "server_metadata_url": "https://id.ministry.example/.well-known/openid-configuration"}}


@pytest.fixture
def database(tmp_path, monkeypatch):  # noqa: ANN001, ANN201 - pytest fixture
    path = tmp_path / "app.sqlite3"
    monkeypatch.setenv("ASSESSOR_DATABASE", str(path))
    for name in ("SIGN_IN", "SIGN_IN_PROVIDER", "SIGN_IN_HEADER"):
        monkeypatch.delenv(f"ASSESSOR_{name}", raising=False)
    return path


def _text(value: str) -> str:
    """Shown text without Markdown's escapes (messages go through safe.plain)."""
    return re.sub(r"\\(.)", r"\1", value)


def _headers(monkeypatch: pytest.MonkeyPatch, pairs: list[tuple[str, str]]) -> None:
    # AppTest has no browser request: st.context.headers is what the request that opened the page carried.
    monkeypatch.setattr(ContextProxy, "headers", property(lambda self: StreamlitHeaders(pairs)))


# --------------------------------------------------------------------------- settings

@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        # Nothing set: off, the app as before.
        ({}, SignIn("off")),
        # "off" said explicitly, any case, with spaces.
        ({"ASSESSOR_SIGN_IN": " Off "}, SignIn("off")),
        # OIDC with the provider of [auth] itself.
        ({"ASSESSOR_SIGN_IN": "oidc"}, SignIn("oidc")),
        # OIDC with a named provider ([auth.ministry]).
        ({"ASSESSOR_SIGN_IN": "OIDC", "ASSESSOR_SIGN_IN_PROVIDER": "ministry"}, SignIn("oidc", "ministry")),
        # Header mode with the header's name.
        ({"ASSESSOR_SIGN_IN": "header", "ASSESSOR_SIGN_IN_HEADER": HEADER}, SignIn("header", header=HEADER)),
    ],
)
def test_sign_in_settings(environ: dict[str, str], expected: SignIn) -> None:
    assert sign_in(load_settings(environ)) == expected
    assert sign_in(load_settings(environ)).on is (expected.mode != "off")


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        # An unknown mode names the ones there are.
        ({"ASSESSOR_SIGN_IN": "sso"}, "ASSESSOR_SIGN_IN='sso' is not a sign-in mode: use off, oidc, header"),
        # Header mode without the header's name.
        ({"ASSESSOR_SIGN_IN": "header"}, "ASSESSOR_SIGN_IN=header needs ASSESSOR_SIGN_IN_HEADER"),
        # A header configured while sign-in is off: refused, not silently ignored (typed names would be recorded).
        ({"ASSESSOR_SIGN_IN_HEADER": HEADER}, "ASSESSOR_SIGN_IN_HEADER is set but ASSESSOR_SIGN_IN is not header"),
        # A provider configured for header mode.
        ({"ASSESSOR_SIGN_IN": "header", "ASSESSOR_SIGN_IN_HEADER": HEADER, "ASSESSOR_SIGN_IN_PROVIDER": "x"},
         "ASSESSOR_SIGN_IN_PROVIDER is set but ASSESSOR_SIGN_IN is not oidc"),
        # A header name that is no header name.
        ({"ASSESSOR_SIGN_IN": "header", "ASSESSOR_SIGN_IN_HEADER": "X User:"}, "is not a header name"),
        # Streamlit cannot use a provider name with an underscore.
        ({"ASSESSOR_SIGN_IN": "oidc", "ASSESSOR_SIGN_IN_PROVIDER": "my_idp"}, "does not allow an underscore"),
    ],
)
def test_bad_sign_in_settings_are_clear_errors(environ: dict[str, str], message: str) -> None:
    with pytest.raises(AssessorError) as caught:
        sign_in(load_settings(environ))
    assert message in caught.value.message
    assert "\n" not in caught.value.message


def test_sign_in_settings_are_in_the_settings_table() -> None:
    # The README's table is generated from the Settings dataclass: the three settings are documented there.
    table = settings_table()
    assert all(f"`ASSESSOR_{name}`" in table for name in ("SIGN_IN", "SIGN_IN_PROVIDER", "SIGN_IN_HEADER"))


# --------------------------------------------------------------------------- the identity

@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        # Signed in: the e-mail is recorded, the name shown.
        (AMINA, Identity("amina@ministry.example", "Amina Kovač")),
        # No name claim: the e-mail is shown too.
        ({"is_logged_in": True, "email": "li@ministry.example"},
         Identity("li@ministry.example", "li@ministry.example")),
        # No e-mail: the subject, the provider's id of the account.
        ({"is_logged_in": True, "sub": "oidc|4711", "name": "Bo"}, Identity("oidc|4711", "Bo")),
        # An e-mail the provider has not verified is not trusted: the subject instead.
        ({**AMINA, "email_verified": False}, Identity("oidc|4711", "Amina Kovač")),
        # A verified e-mail is used.
        ({**AMINA, "email_verified": True}, Identity("amina@ministry.example", "Amina Kovač")),
        # Signed out.
        ({"is_logged_in": False}, None),
        # AppTest's default user (no is_logged_in): not signed in, whatever the e-mail.
        ({"email": "test@example.com"}, None),
        # Signed in, but neither e-mail nor subject: nobody to record.
        ({"is_logged_in": True, "name": "Nobody"}, None),
    ],
)
def test_identity_from_claims(claims: dict[str, Any], expected: Identity | None) -> None:
    assert from_claims(claims) == expected


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        # The proxy's header, any case of its name.
        ([("x-forwarded-user", "amina@ministry.example")],
         Identity("amina@ministry.example", "amina@ministry.example")),
        # Spaces around the value are not part of the identity.
        ([(HEADER, "  bo  ")], Identity("bo", "bo")),
        # The same value twice (proxy and browser agree): one person.
        ([(HEADER, "bo"), (HEADER, "bo")], Identity("bo", "bo")),
        # Absent.
        ([("X-Other", "bo")], None),
        # Present but empty.
        ([(HEADER, "  ")], None),
    ],
)
def test_identity_from_header(pairs: list[tuple[str, str]], expected: Identity | None) -> None:
    assert from_header(StreamlitHeaders(pairs).get_all(HEADER), HEADER) == expected


@pytest.mark.parametrize(
    ("values", "message"),
    [
        # Two different people: the proxy appended its header to a copy the browser sent.
        (["amina@ministry.example", "mallory@elsewhere.example"], "more than one person"),
        # A control character is never part of a name.
        (["bo\x00"], "control characters"),
    ],
)
def test_bad_header_values_are_refused(values: list[str], message: str) -> None:
    with pytest.raises(AssessorError, match=message):
        from_header(values, HEADER)


# --------------------------------------------------------------------------- the app under each mode

def _app(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], *, user: dict[str, Any] | None = None,
         headers: list[tuple[str, str]] | None = None, secrets: dict[str, Any] | None = None,
         **params: str) -> AppTest:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    if headers is not None:
        _headers(monkeypatch, headers)
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    if user is not None:
        app.user = user
    if secrets is not None:
        app.secrets = secrets
    for key, value in params.items():
        app.query_params[key] = value
    return app.run()


def _param(app: AppTest, key: str) -> str | None:
    value = app.query_params.get(key)
    return value[0] if isinstance(value, list) else value


OIDC = {"ASSESSOR_SIGN_IN": "oidc"}
HEADER_MODE = {"ASSESSOR_SIGN_IN": "header", "ASSESSOR_SIGN_IN_HEADER": HEADER}


@pytest.mark.parametrize(
    ("env", "user", "headers", "secrets", "by", "expected"),
    [
        # Off: the name box is there and ?by= is honoured (the app as it was).
        ({}, None, None, None, "ana",
         {"name_box": True, "start": True, "user_name": "ana", "by": "ana", "buttons": []}),
        # Off, with a logged-in st.user: ignored, the typed name still rules.
        ({}, AMINA, None, None, "ana",
         {"name_box": True, "start": True, "user_name": "ana", "by": "ana", "buttons": []}),
        # OIDC, signed out: the sign-in page, its button, and no page.
        (OIDC, {"is_logged_in": False}, None, AUTH, None,
         {"name_box": False, "start": False, "user_name": None, "by": None, "buttons": ["Sign in"]}),
        # OIDC, signed out, ?by= in the URL: still the sign-in page, the name not taken.
        (OIDC, {"is_logged_in": False}, None, AUTH, "someone-else",
         {"name_box": False, "start": False, "user_name": None, "buttons": ["Sign in"]}),
        # OIDC, signed in: no name box, the e-mail recorded, a sign-out button.
        (OIDC, AMINA, None, AUTH, None,
         {"name_box": False, "start": True, "user_name": "amina@ministry.example", "by": None,
          "buttons": ["Sign out"], "sidebar": "Signed in as Amina Kovač"}),
        # OIDC, signed in, ?by=someone-else: ignored and dropped from the URL.
        (OIDC, AMINA, None, AUTH, "someone-else",
         {"name_box": False, "start": True, "user_name": "amina@ministry.example", "by": None,
          "buttons": ["Sign out"]}),
        # Header mode with the header: its value recorded, no name box, no sign-out (the proxy signs out).
        (HEADER_MODE, None, [(HEADER, "amina@ministry.example")], None, "someone-else",
         {"name_box": False, "start": True, "user_name": "amina@ministry.example", "by": None, "buttons": [],
          "sidebar": "Signed in as amina@ministry.example"}),
    ],
)
def test_app_under_each_mode(database, monkeypatch, env, user, headers, secrets, by, expected) -> None:  # noqa: ANN001
    app = _app(monkeypatch, env, user=user, headers=headers, secrets=secrets, **({"by": by} if by else {}))
    assert not app.exception, app.exception
    assert ("Your name" in [t.label for t in app.text_input]) is expected["name_box"]
    assert ([t.value for t in app.title] == ["Start"]) is expected["start"]
    if expected["user_name"] is not None:
        assert app.session_state["user_name"] == expected["user_name"]
    else:
        assert "user_name" not in app.session_state
    if "by" in expected:
        assert _param(app, "by") == expected["by"]
    assert [b.label for b in app.button] == expected["buttons"]
    if "sidebar" in expected:
        assert expected["sidebar"] in [_text(m.value).replace("**", "") for m in app.sidebar.markdown]


@pytest.mark.parametrize(
    ("env", "user", "headers", "secrets", "message"),
    [
        # Header mode, no header: the message, and nothing else drawn.
        (HEADER_MODE, None, [("Host", "localhost")], None,
         f"The sign-in proxy did not say who you are: the request has no {HEADER} header."),
        # Header mode, two different people named: refused.
        (HEADER_MODE, None, [(HEADER, "amina@ministry.example"), (HEADER, "mallory@elsewhere.example")], None,
         "The request names more than one person"),
        # An unknown mode: a clear error before anything else.
        ({"ASSESSOR_SIGN_IN": "sso"}, None, None, None, "ASSESSOR_SIGN_IN='sso' is not a sign-in mode"),
        # A header set with sign-in off: refused, not ignored.
        ({"ASSESSOR_SIGN_IN_HEADER": HEADER}, None, [(HEADER, "amina@ministry.example")], None,
         "ASSESSOR_SIGN_IN_HEADER is set but ASSESSOR_SIGN_IN is not header"),
        # OIDC without an [auth] section: said, instead of a sign-in button that cannot work.
        (OIDC, {"is_logged_in": False}, None, None, "secrets.toml has no [auth] section"),
        # OIDC, signed in, but the provider gave no e-mail and no subject.
        (OIDC, {"is_logged_in": True, "name": "Nobody"}, None, AUTH, "neither an e-mail address nor an account id"),
    ],
)
def test_app_stops_with_a_message(database, monkeypatch, env, user, headers, secrets, message) -> None:  # noqa: ANN001
    app = _app(monkeypatch, env, user=user, headers=headers, secrets=secrets, by="someone-else")
    assert not app.exception, app.exception
    assert [message in _text(e.value) for e in app.error] == [True]
    # Nothing of the app: no page, no name box, no button, no sidebar; the URL's name not taken.
    assert not app.title or [t.value for t in app.title] == ["Protocol compliance assessor"]
    assert not app.text_input and not app.button and not app.sidebar.markdown
    assert "user_name" not in app.session_state


def test_oidc_sign_out_signs_out(database, monkeypatch) -> None:  # noqa: ANN001
    # "Sign out" calls st.logout: the next run is signed out and shows the sign-in page.
    app = _app(monkeypatch, OIDC, user=dict(AMINA), secrets=AUTH)
    app.button[0].click().run()
    app.run()
    assert not app.exception, app.exception
    assert [b.label for b in app.button] == ["Sign in"]
    assert not [t for t in app.title if t.value == "Start"]


# --------------------------------------------------------------------------- what pages record

def _on_page(app: AppTest, url_path: str) -> AppTest:
    # Pages are functions registered by st.navigation; AppTest.switch_page only knows page files, so the
    # page is asked for by its script hash, which st.Page derives from the url path.
    app._page_hash = calc_hash(url_path)
    return app.run()


def _kept_bill(database) -> str:  # noqa: ANN001
    from e2e.app_server import kept_bill

    return kept_bill(database)


@pytest.mark.parametrize(
    ("env", "user", "headers", "by", "recorded"),
    [
        # Off: the decision is recorded under the name in the URL, as before.
        ({}, None, None, "ana", "ana"),
        # OIDC: under the e-mail, whatever ?by= says.
        (OIDC, AMINA, None, "someone-else", "amina@ministry.example"),
        # Header mode: under the header's value, whatever ?by= says.
        (HEADER_MODE, None, [(HEADER, "bo@ministry.example")], "someone-else", "bo@ministry.example"),
    ],
)
def test_review_decision_records_the_identity(database, monkeypatch, env, user, headers, by, recorded) -> None:  # noqa: ANN001
    from assessor.store import Store

    assessment_id = _kept_bill(database)
    app = _app(monkeypatch, env, user=user, headers=headers, secrets=AUTH, assessment=assessment_id,
               requirement="TIP-6-6", by=by)
    app = _on_page(app, "review")
    assert not app.exception, app.exception
    assert app.title[0].value == "Review"
    # Under sign-in no name box anywhere (sidebar or form); off, the sidebar's, and the form's not (?by= named one).
    assert [t.label for t in app.text_input if "Your name" in t.label] == ([] if env else ["Your name"])
    app.radio[0].set_value("partially_met")
    app.text_area[0].set_value("compensation only through a civil claim")
    app.button(key="FormSubmitter:decide-TIP-6-6-Save decision").click().run()
    assert not app.exception, app.exception
    assert any("Saved" in s.value for s in app.success)
    with Store(database) as store:
        latest = store.history(assessment_id)[0]
    assert (latest.requirement_id, latest.by, latest.source) == ("TIP-6-6", recorded, "app")


@pytest.mark.parametrize(
    ("env", "user", "created_by"),
    [
        # Off, no name typed: the default name, as before.
        ({}, None, "assessor"),
        # OIDC: the e-mail (common.user() is the identity).
        (OIDC, AMINA, "amina@ministry.example"),
    ],
)
def test_assessments_page_records_the_identity(database, monkeypatch, env, user, created_by) -> None:  # noqa: ANN001
    from assessor.store import Store

    app = _on_page(_app(monkeypatch, env, user=user, secrets=AUTH), "assessments")
    inputs = [t for t in app.text_input if t.label != "Your name"]
    inputs[0].set_value("Ruritania")
    inputs[1].set_value("Anti-trafficking bill")
    app.button[[b.label for b in app.button].index("Create")].click().run()
    assert not app.exception, app.exception
    with Store(database) as store:
        (summary,) = store.list()
        assert store.get(summary.id).created_by == created_by
        assert {entry.by for entry in store.history(summary.id)} == {created_by}


@pytest.mark.parametrize(
    ("env", "user", "query"),
    [
        # Off: a typed name travels in the links, as before.
        ({}, None, "by=ana"),
        # Signed in: never (the identity comes from the sign-in).
        (OIDC, AMINA, ""),
    ],
)
def test_page_links_carry_by_only_without_sign_in(database, monkeypatch, env, user, query) -> None:  # noqa: ANN001
    app = _app(monkeypatch, env, user=user, secrets=AUTH, by="ana")
    assert not app.exception, app.exception
    links = {link.proto.label: link.proto.query_string for link in app.get("page_link")}
    assert links["Browse the checklists (reference)"] == query


@pytest.mark.parametrize(
    ("env", "user", "headers"),
    [
        # OIDC: the workbook's decisions under the e-mail, with no "Enter your name" wait.
        (OIDC, AMINA, None),
        # Header mode: under the header's value.
        (HEADER_MODE, None, [(HEADER, "amina@ministry.example")]),
    ],
)
def test_workbook_reimport_records_the_identity(database, monkeypatch, env, user, headers) -> None:  # noqa: ANN001
    from openpyxl import load_workbook

    from assessor.catalog import load_catalog
    from assessor.reports.xlsx_report import write_workbook
    from assessor.store import Store

    assessment_id = _kept_bill(database)
    with Store(database) as store:
        workbook = load_workbook(io.BytesIO(write_workbook(store.get(assessment_id), load_catalog())))
    sheet = workbook["Findings"]
    columns = [c.value for c in sheet[1]]
    sheet.cell(2, columns.index("Assessor status") + 1, "met")
    sheet.cell(2, columns.index("Rationale") + 1, "checked by the team offline")
    buffer = io.BytesIO()
    workbook.save(buffer)
    app = _on_page(_app(monkeypatch, env, user=user, headers=headers, secrets=AUTH, assessment=assessment_id,
                        by="someone-else"), "export")
    app.file_uploader(key="reimport").set_value([("edited.xlsx", buffer.getvalue(), "application/vnd.ms-excel")])
    app.run()
    assert not app.exception, app.exception
    assert not any("Enter your name" in w.value for w in app.warning)
    next(b for b in app.button if b.label.startswith("Apply")).click().run()
    assert any("Saved 1 decision" in s.value for s in app.success)
    with Store(database) as store:
        latest = store.history(assessment_id)[0]
    assert (latest.by, latest.source) == ("amina@ministry.example", "import: edited.xlsx")
