"""The local web UI: `create_app(service)` over the same service layer as the CLI."""

from starlette.convertors import IntegerConvertor, register_url_convertor


class IdConvertor(IntegerConvertor):
    """`{id:int}` in a route matches only numbers a database can hold (up to 18 digits), so
    /applications/99999999999999999999 is a 404 like any other missing page, not a crash."""

    regex = "[0-9]{1,18}"


# Before any page module builds its routes (they import this package first).
register_url_convertor("int", IdConvertor())
