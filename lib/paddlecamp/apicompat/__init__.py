"""Track 2: torch -> paddle API compatibility.

``audit`` compares every mapped torch API with its paddle namesake (signatures, then
differential execution); ``swap`` runs torch code with the prefix swapped to paddle;
``suite`` measures that on PaConvert's own test cases.
"""

from .patch import Enabled, Patch, disable, enable, is_enabled, patches

__all__ = ["Enabled", "Patch", "disable", "enable", "is_enabled", "patches"]
