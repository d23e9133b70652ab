"""Evaluation of the assistant against the scripted conversations in `corpus/`."""
