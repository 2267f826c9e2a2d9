"""`pip check`, with the one conflict the project knowingly carries.

ragflow-sdk 0.22.1 (the newest for Python < 3.13) declares beartype<0.19, while pathway 0.33
crashes at run time with beartype < 0.19. ragflow-sdk is installed with --no-deps and runs
on beartype 0.22.9 (tests/test_environment.py imports it and builds a client). Any other
inconsistency fails.
"""
from __future__ import annotations

import subprocess
import sys

KNOWN = ("ragflow-sdk 0.22.1 has requirement beartype<0.19.0,>=0.18.5",)


def main() -> int:
    proc = subprocess.run([sys.executable, "-m", "pip", "check"], capture_output=True, text=True)
    lines = [ln for ln in proc.stdout.splitlines() if ln.strip() and not ln.startswith("No broken")]
    unexpected = [ln for ln in lines if not ln.startswith(KNOWN)]
    for ln in lines:
        print(("  known: " if ln.startswith(KNOWN) else "  CONFLICT: ") + ln)
    if unexpected:
        print(f"pip check: {len(unexpected)} unexpected conflict(s)")
        return 1
    print("pip check: consistent (known, documented exceptions only)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
