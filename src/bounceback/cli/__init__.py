"""The command line: typer commands that parse, call one service method, and render with rich."""
