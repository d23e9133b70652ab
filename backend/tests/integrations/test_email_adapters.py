"""SendGrid against recorded v3 exchanges; SMTP against a tiny local SMTP server."""

from __future__ import annotations

import socket
import socketserver
import threading
from collections.abc import Iterator

import httpx
import pytest
import respx

from switchboard.integrations.email.port import OutboundEmail
from switchboard.integrations.email.sendgrid import API_URL, SendGridEmail
from switchboard.integrations.email.smtp import SmtpEmail
from switchboard.integrations.errors import ProviderPermanent, ProviderRetryable

EMAIL = OutboundEmail(
    to="owner@bristol-plumbing.com",
    from_="alerts@switchboard.example.com",
    subject="EMERGENCY: call back now",
    body="Burst pipe at the caller's house.",
    client_reference="0b9c6f7e-1111-4222-8333-944455556666",
)


async def test_sendgrid_sends_plain_text_with_our_reference(respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post(API_URL).mock(
        return_value=httpx.Response(202, headers={"X-Message-Id": "W8b9c0d1e2f3Q"})
    )
    receipt = await SendGridEmail("SG.test-key").send(EMAIL)
    assert receipt.provider_id == "W8b9c0d1e2f3Q"
    request = route.calls.last.request
    assert request.headers["authorization"] == "Bearer SG.test-key"
    payload = httpx.Response(200, content=request.content).json()
    assert payload["personalizations"][0]["to"] == [{"email": EMAIL.to}]
    assert payload["personalizations"][0]["custom_args"] == {
        "client_reference": EMAIL.client_reference
    }
    assert payload["content"] == [{"type": "text/plain", "value": EMAIL.body}]


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        (
            httpx.Response(429, json={"errors": [{"message": "too many requests"}]}),
            ProviderRetryable,
        ),
        (httpx.Response(502), ProviderRetryable),
        (
            httpx.Response(
                400,
                json={
                    "errors": [
                        {
                            "message": "Does not contain a valid address.",
                            "field": "personalizations.0.to.0.email",
                        }
                    ]
                },
            ),
            ProviderPermanent,
        ),
        (
            httpx.Response(403, json={"errors": [{"message": "access forbidden"}]}),
            ProviderPermanent,
        ),
    ],
)
async def test_sendgrid_error_mapping(
    respx_mock: respx.MockRouter, answer: httpx.Response, error: type[Exception]
) -> None:
    respx_mock.post(API_URL).mock(return_value=answer)
    with pytest.raises(error):
        await SendGridEmail("SG.test-key").send(EMAIL)


async def test_sendgrid_timeouts_are_retryable(respx_mock: respx.MockRouter) -> None:
    respx_mock.post(API_URL).mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(ProviderRetryable):
        await SendGridEmail("SG.test-key").send(EMAIL)


class _Smtp(socketserver.StreamRequestHandler):
    """Just enough SMTP: answers each command with the code the test asks for."""

    def handle(self) -> None:
        server: _SmtpServer = self.server  # type: ignore[assignment]
        self.wfile.write(b"220 test ESMTP\r\n")
        in_data = False
        lines: list[bytes] = []
        for raw in self.rfile:
            if in_data:
                if raw == b".\r\n":
                    in_data = False
                    server.received.append(b"".join(lines).decode())
                    self.wfile.write(b"250 queued\r\n")
                else:
                    lines.append(raw)
                continue
            command = raw.decode().strip().upper()
            if command.startswith(("EHLO", "HELO")):
                self.wfile.write(b"250 test\r\n")
            elif command.startswith("RCPT"):
                self.wfile.write(server.rcpt_reply)
            elif command == "DATA":
                in_data = True
                self.wfile.write(b"354 go ahead\r\n")
            elif command == "QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:
                self.wfile.write(b"250 ok\r\n")


class _SmtpServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    received: list[str]
    rcpt_reply: bytes


@pytest.fixture
def smtp_server() -> Iterator[_SmtpServer]:
    server = _SmtpServer(("127.0.0.1", 0), _Smtp)
    server.received = []
    server.rcpt_reply = b"250 ok\r\n"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _smtp(server: _SmtpServer) -> SmtpEmail:
    return SmtpEmail("127.0.0.1", server.server_address[1], starttls=False, timeout_s=5)


async def test_smtp_delivers_the_message(smtp_server: _SmtpServer) -> None:
    receipt = await _smtp(smtp_server).send(EMAIL)
    [received] = smtp_server.received
    assert "Subject: EMERGENCY: call back now" in received
    assert "Burst pipe" in received
    assert receipt.provider_id.startswith("<")


@pytest.mark.parametrize(
    ("reply", "error"),
    [(b"550 no such user\r\n", ProviderPermanent), (b"451 try again later\r\n", ProviderRetryable)],
)
async def test_smtp_refusals_map_by_reply_code(
    smtp_server: _SmtpServer, reply: bytes, error: type[Exception]
) -> None:
    smtp_server.rcpt_reply = reply
    with pytest.raises(error):
        await _smtp(smtp_server).send(EMAIL)


async def test_smtp_unreachable_server_is_retryable() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ProviderRetryable):
        await SmtpEmail("127.0.0.1", port, starttls=False, timeout_s=2).send(EMAIL)
