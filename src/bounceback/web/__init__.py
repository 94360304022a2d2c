"""The local web UI: `create_app(service)` over the same service layer as the CLI."""
