"""``python -m pyswip_bridge`` runs the ``cassation`` command."""

from .cli import main

main()
