"""``python -m legal_ref``: the same commands as ``legal-ref``."""

from legal_ref.console import main

main()
