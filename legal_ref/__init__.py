"""legal_ref: the typed, sourced reference of the laws on serving in a foreign state's armed forces.

>>> import legal_ref
>>> lib = legal_ref.load()
>>> lib["CZ"].rule("foreign-service").authorization.office
'President of the Republic'

The data is information about the law, not legal advice.
"""

from legal_ref.errors import DataError, LegalRefError, Problem, UnknownNameError
from legal_ref.loading import load

__all__ = ["DataError", "LegalRefError", "Problem", "UnknownNameError", "load"]
__version__ = "0.1.0"

DISCLAIMER = (
    "legal_ref is information about the law, not legal advice. Laws change and their application depends on "
    "the facts: check the cited provisions and consult a qualified lawyer before acting."
)
"""The notice shown wherever a user reads a verdict."""
