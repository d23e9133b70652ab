"""Email over SMTP (any mail server or relay), using the standard library in a thread."""

from __future__ import annotations

import asyncio
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import make_msgid

from switchboard.integrations.email.port import EmailReceipt, OutboundEmail
from switchboard.integrations.errors import ProviderError, ProviderPermanent, ProviderRetryable


class SmtpEmail:
    name = "smtp"

    def __init__(
        self,
        host: str,
        port: int = 587,
        *,
        username: str | None = None,
        password: str | None = None,
        starttls: bool = True,
        timeout_s: float = 10.0,
    ) -> None:
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.starttls = starttls
        self.timeout_s = timeout_s

    async def send(self, message: OutboundEmail) -> EmailReceipt:
        return await asyncio.to_thread(self._send, message)

    async def check(self) -> str:
        """The operator's health check: connect, EHLO, STARTTLS when configured, AUTH when
        credentials are set, then QUIT. Nothing is sent; five seconds at most per step."""
        return await asyncio.to_thread(self._check)

    def _check(self) -> str:
        steps = ["connected"]
        try:
            with smtplib.SMTP(self.host, self.port, timeout=min(self.timeout_s, 5.0)) as smtp:
                code, _ = smtp.ehlo()
                if code != 250:
                    raise ProviderPermanent(f"smtp: EHLO refused ({code})")
                if self.starttls:
                    smtp.starttls(context=ssl.create_default_context())
                    smtp.ehlo()
                    steps.append("STARTTLS")
                if self.username and self.password:
                    smtp.login(self.username, self.password)
                    steps.append("signed in")
        except smtplib.SMTPAuthenticationError as exc:
            raise ProviderPermanent(f"smtp: authentication refused ({exc.smtp_code})") from None
        except smtplib.SMTPNotSupportedError:
            raise ProviderPermanent("smtp: the server does not offer STARTTLS or AUTH") from None
        except smtplib.SMTPResponseException as exc:
            raise _by_code("server refused", exc.smtp_code) from None
        except (smtplib.SMTPException, ssl.SSLError, OSError) as exc:
            raise ProviderRetryable(f"smtp: {type(exc).__name__}") from None
        return f"{self.host}:{self.port} " + ", ".join(steps)

    def _send(self, message: OutboundEmail) -> EmailReceipt:
        email = EmailMessage()
        email["From"] = message.from_
        email["To"] = message.to
        email["Subject"] = message.subject
        email["Message-ID"] = make_msgid(idstring=message.client_reference.replace("-", ""))
        email.set_content(message.body)
        try:
            with smtplib.SMTP(self.host, self.port, timeout=self.timeout_s) as smtp:
                if self.starttls:
                    smtp.starttls(context=ssl.create_default_context())
                if self.username and self.password:
                    smtp.login(self.username, self.password)
                smtp.send_message(email)
        except smtplib.SMTPAuthenticationError:
            raise ProviderPermanent("smtp: authentication refused") from None
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            raise _by_code("recipient refused", min(codes) if codes else 550) from None
        except smtplib.SMTPResponseException as exc:
            raise _by_code("server refused", exc.smtp_code) from None
        except (smtplib.SMTPException, OSError) as exc:
            raise ProviderRetryable(f"smtp: {type(exc).__name__}") from None
        return EmailReceipt(provider_id=str(email["Message-ID"]), status="sent")


def _by_code(what: str, code: int) -> ProviderError:
    # SMTP 4xx replies are temporary by definition; 5xx are permanent.
    if 400 <= code < 500:
        return ProviderRetryable(f"smtp: {what} ({code})")
    return ProviderPermanent(f"smtp: {what} ({code})")
