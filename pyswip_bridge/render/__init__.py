"""Showing answers: one explanation model, several forms.

view        the one explanation model (:func:`~pyswip_bridge.render.view.explanation`): what every form shows
text        plain text (the default of ``cassation ask``, and ``str(result)``)
markdown    Markdown
html        one self-contained HTML page (or a fragment), with the picture
dot         Graphviz DOT and SVG pictures of a proof
formats     the formats by name (``--format``)
notebook    Jupyter's rich display of an answer
"""
