"""Where the project's shared data (../shared next to the checkout) lives for tests.

BOUNCEBACK_SHARED_DIR points elsewhere, for a checkout that is not next to ../shared
(a git worktree, a CI runner's copy); without it, the folder beside the checkout.
"""

from __future__ import annotations

import os
from pathlib import Path

SHARED = Path(
    os.environ.get("BOUNCEBACK_SHARED_DIR") or Path(__file__).resolve().parents[2] / "shared"
)
ONET = SHARED / "data" / "onet"
