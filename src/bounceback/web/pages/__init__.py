"""One module per page; each exposes `routes` for the app factory."""
