"""Showing answers: one explanation model, several forms.

view        the one explanation model (:func:`~pyswip_bridge.render.view.explanation`): what every form shows
display     display text: what of an answer is escaped before it reaches a terminal or a page
text        plain text (the default of ``cassation ask``, and ``str(result)``)
markdown    Markdown
html        one self-contained HTML page (or a fragment), with the picture
dot         Graphviz DOT and SVG pictures of a proof
formats     the formats by name (``--format``)
notebook    Jupyter's rich display of an answer

Importing this package registers the text and the rich display of an answer
(:func:`~pyswip_bridge.results.register_display`): results hold data, the renderers are here.
"""

from __future__ import annotations

from ..results import AskResult, register_display
from .text import render_text


def _mimebundle(result: AskResult) -> dict[str, str]:
    # Imported when a notebook first shows an answer: the notebook's form brings HTML and Graphviz.
    from .notebook import repr_mimebundle

    return repr_mimebundle(result)


register_display(text=render_text, mimebundle=_mimebundle)
