"""The receptionist flow: a turn from any channel (voice, SMS, web, session API) goes through
here. It loads the conversation's dialog state, lets the engine decide, and carries the
decision out through the customers, scheduling, conversations, messaging and alert services."""
