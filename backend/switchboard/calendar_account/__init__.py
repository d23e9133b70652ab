"""A business's connection to its Google account: connect (OAuth with PKCE), status,
disconnect, and the grant store the Google calendar adapter reads."""
