"""The HTTP API and the web page over an event store (``eventcoder serve``).

    from eventcoder.web.app import create_app

Nothing is imported here, so ``eventcoder`` commands other than ``serve`` start without loading FastAPI.
"""
