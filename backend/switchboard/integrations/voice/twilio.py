"""TwiML for Twilio Programmable Voice, built with the `twilio` library (never string templates).

Voice routes describe what should happen in our own terms; this module turns it into TwiML.
Every URL passed in is already absolute under PUBLIC_BASE_URL.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from twilio.twiml.voice_response import Connect, Dial, Gather, VoiceResponse

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
