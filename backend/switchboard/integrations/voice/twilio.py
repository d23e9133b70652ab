"""Twilio Programmable Voice: TwiML built with the `twilio` library (never string templates),
and `TwilioVoice`, the REST adapter for recordings and call control (VOICE_PROVIDER=twilio).

Voice routes describe what should happen in our own terms; this module turns it into TwiML.
Every URL passed in is already absolute under PUBLIC_BASE_URL.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx
from twilio.twiml.voice_response import Connect, Dial, Gather, VoiceResponse

from switchboard.integrations.errors import ProviderPermanent
from switchboard.integrations.http_errors import status_error, transport_error
from switchboard.integrations.voice.port import CallHandle, OutboundCall

_LANG = {"en": "en-US", "es": "es-US"}
MAX_HINTS = 100


def language_tag(language: str) -> str:
    return _LANG.get(language, "en-US")


def is_recording_url(url: str) -> bool:
    """Twilio keeps recordings at https://api.twilio.com (or a regional *.twilio.com host).
    Anything else in `RecordingUrl` is never stored or fetched: fetching it would make us
    request whatever address the field names."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    return (
        parts.scheme == "https"
        and port in (None, 443)
        and not parts.username
        and not parts.password
        and (host == "api.twilio.com" or host.endswith(".twilio.com"))
    )


@dataclass(frozen=True)
class GatherSpec:
    say: str
    action: str
    language: str = "en"
    hints: tuple[str, ...] = ()
    timeout_s: int = 5
    input: str = "speech dtmf"
    num_digits: int | None = 1
    finish_on_key: str | None = None


def gather(spec: GatherSpec) -> str:
    """Say something and listen for speech or keys; silence also posts to `action`."""
    response = VoiceResponse()
    listen = Gather(
        input=spec.input,
        action=spec.action,
        method="POST",
        action_on_empty_result=True,
        speech_timeout="auto" if "speech" in spec.input else None,
        timeout=spec.timeout_s,
        language=language_tag(spec.language),
        hints=", ".join(spec.hints[:MAX_HINTS]) or None,
        num_digits=spec.num_digits,
        finish_on_key=spec.finish_on_key,
    )
    listen.say(spec.say, language=language_tag(spec.language))
    response.append(listen)
    return str(response.to_xml())


def say_and_hang_up(text: str, language: str = "en") -> str:
    response = VoiceResponse()
    response.say(text, language=language_tag(language))
    response.hangup()
    return str(response.to_xml())


def dial(
    say: str | None,
    number: str,
    *,
    action: str,
    timeout_s: int,
    caller_id: str | None,
    whisper_url: str | None,
    language: str = "en",
) -> str:
    """Ring a person; when nobody answers, Twilio posts the outcome to `action`."""
    response = VoiceResponse()
    if say:
        response.say(say, language=language_tag(language))
    call = Dial(action=action, method="POST", timeout=timeout_s, caller_id=caller_id)
    call.number(number, url=whisper_url, method="POST" if whisper_url else None)
    response.append(call)
    return str(response.to_xml())


def whisper(text: str, language: str = "en") -> str:
    """Played to the person who answers a transfer, before the caller is connected."""
    response = VoiceResponse()
    response.say(text, language=language_tag(language))
    return str(response.to_xml())


def record_voicemail(
    disclosure: str, *, action: str, status_callback: str, language: str = "en", max_s: int = 120
) -> str:
    """Disclosure first, then the recording; Twilio posts the recording to `status_callback`."""
    response = VoiceResponse()
    response.say(disclosure, language=language_tag(language))
    response.record(
        action=action,
        method="POST",
        max_length=max_s,
        play_beep=True,
        timeout=5,
        finish_on_key="#",
        recording_status_callback=status_callback,
        recording_status_callback_method="POST",
        recording_status_callback_event="completed",
    )
    response.hangup()
    return str(response.to_xml())


def relay(url: str, *, welcome: str, language: str, action: str, hints: tuple[str, ...]) -> str:
    """Hand the call to ConversationRelay: Twilio does speech both ways over our WebSocket."""
    response = VoiceResponse()
    connect = Connect(action=action, method="POST")
    connect.conversation_relay(
        url=url,
        welcome_greeting=welcome,
        language=language_tag(language),
        interruptible="any",
        dtmf_detection=True,
        hints=", ".join(hints[:MAX_HINTS]) or None,
    )
    response.append(connect)
    return str(response.to_xml())


def empty() -> str:
    return str(VoiceResponse().to_xml())


API_BASE = "https://api.twilio.com/2010-04-01"
# A voicemail is at most a few minutes of 8 kHz WAV (about 1 MB a minute).
MAX_RECORDING_BYTES = 25_000_000
_MAX_REDIRECTS = 3
_CALL_STATUS = {"queued", "ringing", "in-progress", "completed", "failed"}


def _with_extension(url: str, extension: str) -> str:
    """Twilio serves a recording as WAV at `<url>.wav` and its record at `<url>.json`."""
    parts = urlsplit(url)
    root, ext = posixpath.splitext(parts.path)
    path = (root if ext.lower() in (".wav", ".mp3", ".json") else parts.path) + extension
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


class TwilioVoice:
    """Recordings and call control over Twilio's REST API, with the account's credentials
    (HTTP basic auth). Credentials are only ever sent to Twilio's own hosts: a recording URL,
    or a redirect, anywhere else is refused before any request."""

    name = "twilio"

    def __init__(
        self,
        account_sid: str,
        auth_token: str,
        *,
        timeout_s: float = 10.0,
        client: httpx.AsyncClient | None = None,
    ) -> None:
        self._calls = f"{API_BASE}/Accounts/{account_sid}/Calls"
        self._client = client or httpx.AsyncClient(
            auth=(account_sid, auth_token),
            timeout=httpx.Timeout(timeout_s),
            follow_redirects=False,
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    async def place_call(self, call: OutboundCall) -> CallHandle:
        data = await self._post(
            f"{self._calls}.json",
            {"To": call.to, "From": call.from_, "Url": call.instructions_url, "Method": "POST"},
        )
        status = str(data.get("status"))
        return CallHandle(str(data["sid"]), status if status in _CALL_STATUS else "queued")

    async def redirect(self, provider_id: str, instructions_url: str) -> None:
        await self._post(
            f"{self._calls}/{provider_id}.json", {"Url": instructions_url, "Method": "POST"}
        )

    async def hang_up(self, provider_id: str) -> None:
        await self._post(f"{self._calls}/{provider_id}.json", {"Status": "completed"})

    async def fetch_recording(self, recording_url: str) -> bytes:
        target = _checked(recording_url)
        target = _with_extension(target, ".wav")
        for _ in range(_MAX_REDIRECTS + 1):
            response = await self._send("GET", target)
            if not response.is_redirect:
                break
            target = _checked(urljoin(target, response.headers.get("location", "")))
        else:
            raise ProviderPermanent("twilio: too many redirects for a recording")
        if response.status_code != 200:
            raise status_error("twilio", response, _error_code(response))
        if len(response.content) > MAX_RECORDING_BYTES:
            raise ProviderPermanent("twilio: recording larger than expected")
        return response.content

    async def delete_recording(self, recording_url: str) -> None:
        target = _with_extension(_checked(recording_url), ".json")
        response = await self._send("DELETE", target)
        # 404: already deleted (a retried job, or deleted in Twilio's console): the goal holds.
        if response.status_code not in (200, 204, 404):
            raise status_error("twilio", response, _error_code(response))

    async def _post(self, url: str, form: dict[str, str]) -> dict[str, object]:
        response = await self._send("POST", url, form)
        if response.status_code not in (200, 201):
            raise status_error("twilio", response, _error_code(response))
        data: dict[str, object] = response.json()
        return data

    async def _send(
        self, method: str, url: str, form: dict[str, str] | None = None
    ) -> httpx.Response:
        try:
            return await self._client.request(method, url, data=form)
        except httpx.TransportError as exc:
            raise transport_error("twilio", exc) from None


def _checked(url: str) -> str:
    if not is_recording_url(url):
        # Never name the URL: it came from a request and may carry anything.
        raise ProviderPermanent("twilio: refused a recording URL outside Twilio's hosts")
    return url


def _error_code(response: httpx.Response) -> object:
    try:
        return response.json().get("code")
    except ValueError:
        return None
