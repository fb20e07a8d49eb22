"""Sign-in behind an authenticating proxy, in headless Chromium against `streamlit run` (issue 13, part 2).

The app is served with `ASSESSOR_SIGN_IN=header` and `ASSESSOR_SIGN_IN_HEADER=X-Forwarded-User`. A browser
context stands for the proxy: it adds the header to every request, the page's and the websocket's, which is
where Streamlit reads `st.context.headers`. The person named there decides on the Review page with no name box,
and the history records them, whatever `?by=` says; a browser without the header sees only the message.

And with `ASSESSOR_SIGN_IN=oidc`: Streamlit's own st.login flow against a stand-in OpenID Connect provider on the
loopback interface (discovery, authorize, token with a signed id token, keys): "Sign in", the decision recorded
under the e-mail, "Sign out".
"""

from __future__ import annotations

import json
import secrets
import threading
import time
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import app_server
import pytest
from app_server import VIEWPORT, kept_bill, serving
from joserfc import jwt
from joserfc.jwk import RSAKey
from playwright.sync_api import Browser, expect

HEADER = "X-Forwarded-User"
AMINA = "amina@ministry.example"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The app served with header sign-in on, with its own database."""
    work = tmp_path_factory.mktemp("e2e-sign-in")
    database = work / "app.sqlite3"
    with serving(work, database, env={"ASSESSOR_SIGN_IN": "header", "ASSESSOR_SIGN_IN_HEADER": HEADER}) as url:
        yield url, database


@pytest.fixture(scope="module")
def assessment_id(server: tuple[str, Path]) -> str:
    """The Caledonia bill, kept and pre-assessed in the server's database, as the app leaves it."""
    return kept_bill(server[1])


def test_the_proxys_identity_is_recorded_and_no_name_is_asked(server: tuple[str, Path], browser: Browser,
                                                               assessment_id: str) -> None:
    from assessor.store import Store

    url, database = server
    context = browser.new_context(viewport=VIEWPORT, extra_http_headers={HEADER: AMINA})
    try:
        page = context.new_page()
        # ?by= names someone else: ignored under sign-in, and dropped from the URL.
        page.goto(f"{url}/review?assessment={assessment_id}&requirement=TIP-6-6&by=someone-else")
        expect(page.get_by_role("button", name="Save decision")).to_be_visible(timeout=60_000)
        expect(page.get_by_test_id("stSidebar").get_by_text(f"Signed in as {AMINA}")).to_be_visible()
        # No name box, in the sidebar or the form.
        expect(page.get_by_label("Your name")).to_have_count(0)
        expect(page.get_by_label("Your name, recorded with this decision")).to_have_count(0)
        page.get_by_role("radiogroup", name="Decision").get_by_text("Partially met", exact=True).click()
        page.get_by_label("Rationale").fill("compensation only through a civil claim")
        page.get_by_role("button", name="Save decision").click()
        expect(page.get_by_text("Saved: Partially met (version 1)")).to_be_visible(timeout=30_000)
        assert "by=" not in page.url
    finally:
        context.close()
    with Store(database) as store:
        latest = store.history(assessment_id, "TIP-6-6")[0]
        decision = store.get(assessment_id).finding("TIP-6-6").decision
    assert (latest.by, latest.source, decision.by) == (AMINA, "app", AMINA)


@pytest.mark.parametrize(
    "path",
    [
        # The Start page.
        "",
        # A deep link to a requirement on the Review page, with a name in the URL.
        "review?assessment={id}&requirement=TIP-6-6&by=amina@ministry.example",
    ],
)
def test_without_the_header_only_the_message_is_shown(server: tuple[str, Path], browser: Browser,
                                                      assessment_id: str, path: str) -> None:
    url, _ = server
    context = browser.new_context(viewport=VIEWPORT)
    try:
        page = context.new_page()
        page.goto(f"{url}/{path.format(id=assessment_id)}")
        expect(page.get_by_text("The sign-in proxy did not say who you are")).to_be_visible(timeout=60_000)
        expect(page.get_by_text(f"the request has no {HEADER} header")).to_be_visible()
        # Nothing of the app: no page's heading, no form, no navigation, no name box.
        for name in ("Start", "Review"):
            expect(page.get_by_role("heading", name=name, exact=True)).to_have_count(0)
        expect(page.get_by_role("button")).to_have_count(0)
        expect(page.get_by_role("textbox")).to_have_count(0)
        expect(page.get_by_test_id("stSidebarNav")).to_have_count(0)
    finally:
        context.close()


# --------------------------------------------------------------------------- OpenID Connect, end to end

class _Provider(ThreadingHTTPServer):
    """A stand-in OpenID Connect provider on the loopback interface: it signs in whoever it is told to (no
    password page), so the test drives Streamlit's real st.login flow: authorize, callback, token, id token."""

    def __init__(self, who: dict[str, object]) -> None:
        super().__init__(("127.0.0.1", 0), _ProviderHandler)
        self.url = f"http://127.0.0.1:{self.server_address[1]}"
        self.who = who
        self.key = RSAKey.generate_key(2048, parameters={"kid": "test-key", "use": "sig", "alg": "RS256"})
        self.nonces: dict[str, str] = {}  # code -> the nonce the app asked for


class _ProviderHandler(BaseHTTPRequestHandler):
    server: _Provider

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass  # quiet

    def _json(self, body: dict[str, object]) -> None:
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        url = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(url.query))
        base = self.server.url
        if url.path == "/.well-known/openid-configuration":
            self._json({"issuer": base, "authorization_endpoint": f"{base}/authorize",
                        "token_endpoint": f"{base}/token", "jwks_uri": f"{base}/jwks",
                        "response_types_supported": ["code"], "subject_types_supported": ["public"],
                        "id_token_signing_alg_values_supported": ["RS256"]})
        elif url.path == "/jwks":
            self._json({"keys": [self.server.key.as_dict(private=False)]})
        elif url.path == "/authorize":
            code = secrets.token_urlsafe(16)
            self.server.nonces[code] = query.get("nonce", "")
            back = f"{query['redirect_uri']}?{urllib.parse.urlencode({'code': code, 'state': query['state']})}"
            self.send_response(302)
            self.send_header("Location", back)
            self.end_headers()
        else:
            self.send_error(404)

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        form = dict(urllib.parse.parse_qsl(self.rfile.read(int(self.headers["Content-Length"])).decode()))
        nonce = self.server.nonces.pop(form.get("code", ""), None)
        if self.path != "/token" or nonce is None:
            self.send_error(400)
            return
        now = int(time.time())
        claims = {"iss": self.server.url, "aud": "assessor", "iat": now, "exp": now + 600, "nonce": nonce,
                  **self.server.who}
        id_token = jwt.encode({"alg": "RS256", "kid": "test-key"}, claims, self.server.key)
        self._json({"access_token": secrets.token_urlsafe(16), "token_type": "Bearer", "expires_in": 600,
                    "id_token": id_token})


@pytest.fixture(scope="module")
def oidc_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The app served with ASSESSOR_SIGN_IN=oidc, its [auth] (in the work folder's .streamlit/secrets.toml)
    pointing at the stand-in provider."""
    provider = _Provider({"sub": "ministry|0042", "email": AMINA, "email_verified": True, "name": "Amina Kovač"})
    threading.Thread(target=provider.serve_forever, daemon=True).start()
    work = tmp_path_factory.mktemp("e2e-oidc")
    database = work / "app.sqlite3"
    # The redirect URI names the app's port, so the port is chosen before the app starts.
    port = app_server.free_port()
    (work / ".streamlit").mkdir()
    (work / ".streamlit" / "secrets.toml").write_text(
        "[auth]\n"
        f'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
        f'cookie_secret = "{secrets.token_hex(32)}"\n'
        'client_id = "assessor"\n'
        f'client_secret = "{secrets.token_hex(16)}"\n'
        f'server_metadata_url = "{provider.url}/.well-known/openid-configuration"\n', encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(app_server, "free_port", lambda: port)
        with serving(work, database, env={"ASSESSOR_SIGN_IN": "oidc"}) as url:
            patch.undo()
            yield url, database
    provider.shutdown()
    provider.server_close()


def test_oidc_sign_in_records_the_email_and_sign_out_signs_out(oidc_server: tuple[str, Path],
                                                               browser: Browser) -> None:
    from assessor.store import Store

    url, database = oidc_server
    assessment_id = kept_bill(database)
    context = browser.new_context(viewport=VIEWPORT)
    try:
        page = context.new_page()
        page.goto(url)
        # Signed out: the sign-in page only.
        expect(page.get_by_role("button", name="Sign in")).to_be_visible(timeout=60_000)
        expect(page.get_by_role("heading", name="Start", exact=True)).to_have_count(0)
        page.get_by_role("button", name="Sign in").click()
        # Through the provider and back: the Start page, as Amina.
        expect(page.get_by_role("heading", name="Start", exact=True)).to_be_visible(timeout=60_000)
        expect(page.get_by_test_id("stSidebar").get_by_text("Signed in as Amina Kovač")).to_be_visible()
        page.goto(f"{url}/review?assessment={assessment_id}&requirement=TIP-6-6&by=someone-else")
        expect(page.get_by_role("button", name="Save decision")).to_be_visible(timeout=60_000)
        expect(page.get_by_label("Your name")).to_have_count(0)
        page.get_by_role("radiogroup", name="Decision").get_by_text("Not met", exact=True).click()
        page.get_by_label("Rationale").fill("no offence of trafficking in children")
        page.get_by_role("button", name="Save decision").click()
        expect(page.get_by_text("Saved: Not met (version 1)")).to_be_visible(timeout=30_000)
        with Store(database) as store:
            assert store.history(assessment_id, "TIP-6-6")[0].by == AMINA
        # Sign out: back to the sign-in page.
        page.get_by_role("button", name="Sign out").click()
        expect(page.get_by_role("button", name="Sign in")).to_be_visible(timeout=60_000)
        expect(page.get_by_role("button", name="Save decision")).to_have_count(0)
    finally:
        context.close()
