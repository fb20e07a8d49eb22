"""Who is using the app, when sign-in is configured (`ASSESSOR_SIGN_IN`; see docs/sign-in.md).

Off (the default), people type their name and this module says nothing: `require()` returns None. With `oidc`,
Streamlit's OpenID Connect sign-in (`st.login`, `st.user`) says who it is; with `header`, an authenticating proxy
in front of the app names the person in a request header, read from `st.context.headers` (the headers of the
request that opened the page). Either way the identity is what the history records, and nobody can type another.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NoReturn

import streamlit as st
from streamlit.errors import StreamlitAPIException

from assessor.errors import AssessorError
from assessor.settings import SignIn, load_settings, sign_in
from assessor.ui.safe import plain

__all__ = ["Identity", "from_claims", "from_header", "require", "settings"]


@dataclass(frozen=True, slots=True)
class Identity:
    """A signed-in person: `id` is recorded in the history (`by`); `name` is shown."""

    id: str
    name: str


def settings() -> SignIn:
    """The sign-in configuration in force (from the environment); an AssessorError when it is wrong."""
    return sign_in(load_settings())


def _claim(claims: Mapping[str, Any], key: str) -> str:
    value = claims.get(key)
    return value.strip() if isinstance(value, str) else ""


def from_claims(claims: Mapping[str, Any]) -> Identity | None:
    """The identity in OpenID Connect claims (`st.user`): the e-mail, else the subject (`sub`); None when the
    person is not signed in, or the provider gave neither.

    An e-mail the provider says it has not verified (`email_verified` false) is not used: anyone can put any
    address on some providers' accounts; the subject is the provider's own, stable id of the account.
    """
    if claims.get("is_logged_in") is not True:
        return None
    email = _claim(claims, "email")
    if claims.get("email_verified") is False:
        email = ""
    who = email or _claim(claims, "sub")
    if not who:
        return None
    return Identity(who, _claim(claims, "name") or who)


def from_header(values: Sequence[str], header: str) -> Identity | None:
    """The identity a sign-in proxy put in `header` (all the request's values of it); None when it is absent
    or empty. Two different values are an AssessorError: the proxy added its own beside one the browser sent,
    instead of replacing it, and which is true cannot be told.
    """
    found = {value.strip() for value in values if value.strip()}
    if len(found) > 1:
        raise AssessorError(f"The request names more than one person in {header}: the sign-in proxy must replace "
                            "any copy of that header the browser sends. Ask the administrator.")
    if not found:
        return None
    who = found.pop()
    if any(ord(c) < 32 or ord(c) == 127 for c in who):
        raise AssessorError(f"The sign-in proxy's {header} header holds control characters; ask the administrator.")
    return Identity(who, who)


def _stop(message: str) -> NoReturn:
    """Show `message` as an error and end the run: nothing after it is drawn."""
    st.error(plain(message))
    st.stop()
    # st.stop() only returns outside a Streamlit run (a bare script), where there is no page to protect.
    raise RuntimeError(message)


def _oidc_ready() -> str | None:
    """Why OpenID Connect sign-in cannot start here (a sentence), or None when it can."""
    if importlib.util.find_spec("authlib") is None:
        return ("Sign-in with OpenID Connect needs Authlib, which is not installed: install the app again "
                "(pip install -e .), or `pip install 'streamlit[auth]'`.")
    try:
        auth = st.secrets.get("auth")
    except FileNotFoundError:  # Streamlit's "no secrets.toml" is one
        auth = None
    if not auth:
        return ("ASSESSOR_SIGN_IN=oidc, but .streamlit/secrets.toml has no [auth] section: configure the sign-in "
                "provider there (see docs/sign-in.md).")
    return None


def _sign_in_page(config: SignIn) -> NoReturn:
    """The short page a signed-out person sees: what this is and a "Sign in" button; the run stops here."""
    st.title("Protocol compliance assessor")
    st.write("Sign in to continue. Every decision you save is recorded under your sign-in.")
    problem = _oidc_ready()
    if problem is not None:
        _stop(problem)
    if st.button("Sign in", type="primary"):
        try:
            st.login(config.provider or None)
        except StreamlitAPIException as exc:
            # A provider Streamlit cannot find or use: its own sentence, not a traceback.
            _stop(f"Sign-in could not start: {exc}")
    st.stop()
    raise RuntimeError("st.stop() returned: not in a Streamlit run")


def _sidebar(who: Identity, config: SignIn) -> None:
    with st.sidebar:
        st.markdown(f"Signed in as **{plain(who.name)}**")
        if who.name != who.id:
            st.caption(plain(who.id))
        if config.mode == "oidc" and st.button("Sign out"):
            st.logout()


def require() -> Identity | None:
    """Who is using the app, called by the app on every run before any page: None when sign-in is off.

    When sign-in is on and nobody is signed in, the run stops: OIDC draws a sign-in page with a "Sign in"
    button; header mode says the proxy did not name anyone. A signed-in person sees who they are in the
    sidebar (and, with OIDC, a "Sign out" button). A wrong configuration stops the run with its message.
    """
    try:
        config = settings()
    except AssessorError as exc:
        _stop(exc.message)
    if not config.on:
        return None
    if config.mode == "oidc":
        who = from_claims(st.user.to_dict())
        if who is None and st.user.get("is_logged_in") is True:
            _stop("The sign-in provider gave neither an e-mail address nor an account id; ask the administrator "
                  "to add the email scope.")
        if who is None:
            _sign_in_page(config)
    else:
        try:
            who = from_header(st.context.headers.get_all(config.header), config.header)
        except AssessorError as exc:
            _stop(exc.message)
        if who is None:
            _stop(f"The sign-in proxy did not say who you are: the request has no {config.header} header. Open "
                  "the app through your organisation's sign-in address, or ask the administrator.")
    _sidebar(who, config)
    return who
