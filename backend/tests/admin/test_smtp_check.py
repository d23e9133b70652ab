"""The SMTP health check against a real SMTP server on 127.0.0.1 (aiosmtpd, started here):
it connects, says EHLO, signs in and quits; it sends nothing. A server refusing the
credentials, or not offering STARTTLS when it is configured, is a failing check."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from switchboard.admin import health
from switchboard.integrations.email.smtp import SmtpEmail


class Inbox:
    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(envelope)
        return "250 OK"


def _authenticator(
    server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
        b"relay-user",
        b"relay-pass",
    )
    return AuthResult(success=ok, handled=False)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp_server() -> Iterator[tuple[int, Inbox]]:
    inbox = Inbox()
    port = _free_port()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        authenticator=_authenticator,
        auth_require_tls=False,
    )
    controller.start()
    try:
        yield port, inbox
    finally:
        controller.stop()


async def test_good_credentials_pass_and_nothing_is_sent(smtp_server: tuple[int, Inbox]) -> None:
    port, inbox = smtp_server
    email = SmtpEmail(
        "127.0.0.1", port, username="relay-user", password="relay-pass", starttls=False
    )
    probe = await health.probe("email", email)
    assert (probe.status, probe.provider, probe.error) == ("ok", "smtp", None)
    assert probe.detail == f"127.0.0.1:{port} connected, signed in"
    assert inbox.messages == []


async def test_refused_credentials_fail_the_check(smtp_server: tuple[int, Inbox]) -> None:
    port, _ = smtp_server
    email = SmtpEmail("127.0.0.1", port, username="relay-user", password="wrong", starttls=False)
    probe = await health.probe("email", email)
    assert probe.status == "failing"
    assert probe.error == "smtp: authentication refused (535)"


async def test_starttls_configured_but_not_offered_fails(smtp_server: tuple[int, Inbox]) -> None:
    port, _ = smtp_server
    email = SmtpEmail("127.0.0.1", port, username="relay-user", password="relay-pass")
    probe = await health.probe("email", email)
    assert probe.status == "failing"
    assert probe.error == "smtp: the server does not offer STARTTLS or AUTH"


async def test_nobody_listening_fails_quickly() -> None:
    email = SmtpEmail("127.0.0.1", _free_port(), starttls=False, timeout_s=2.0)
    probe = await health.probe("email", email)
    assert (probe.status, probe.error) == ("failing", "smtp: ConnectionRefusedError")
