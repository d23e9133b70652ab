"""Outside providers behind our own ports: `integrations/<capability>/port.py` is the Protocol,
`offline.py` the built-in implementation, `<vendor>.py` the real adapter. `providers.py` picks
one per capability from the settings, explicitly (credentials alone never switch one on)."""
