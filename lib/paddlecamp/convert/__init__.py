"""Track 3: PaConvert tooling.

``table`` generates the torch->paddle mapping table and mapping docs from PaConvert's
``api_mapping.json``, the installed signatures and the API-compatibility auditor; ``docs`` and
``validate`` parse and check mapping docs (official format); ``testgen`` finds and writes missing
call patterns in PaConvert-style unit tests; ``run`` converts code with paconvert plus the
project's own matchers and checks the result by executing both sides.
"""
