"""``cassation serve``: a local web explorer of the knowledge base (Starlette, Jinja2 templates).

app       the application factory :func:`create_app`, its routes and the request-size guard
runner    the one thread that talks to SWI-Prolog (the event loop never waits on the KB)
forms     what a posted form says: the case (YAML text or an uploaded file), the question, readings
editor    the case editor's model: fact fields from the vocabulary, names from the case, the YAML
pages     the navigation: the pages of the explorer, in one list other pages are added to
"""

from .app import create_app

__all__ = ["create_app"]
