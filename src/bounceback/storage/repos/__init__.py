"""One module per aggregate; each function takes a Session and speaks in domain objects."""
