"""The assistant: one conversation engine for voice, SMS and web chat.

`understanding` turns one caller turn into structured fields without touching the database;
`messages` holds every word the caller hears, per language.
"""
