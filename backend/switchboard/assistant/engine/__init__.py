"""The conversation engine: one turn in, one reply out, the same for voice, SMS and web.

`policy.take_turn` decides; it talks to the rest of Switchboard only through the `World`
protocol (`world.py`), so the decisions are testable without a database and any channel or
server can take the next turn from the stored `DialogState`.
"""

from switchboard.assistant.engine.policy import take_turn
from switchboard.assistant.engine.reply import Action, Reply
from switchboard.assistant.engine.state import DialogState
from switchboard.assistant.engine.world import TenantFacts, World

__all__ = ["Action", "DialogState", "Reply", "TenantFacts", "World", "take_turn"]
