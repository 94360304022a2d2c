"""The floor the CLI is measured against: a plain sqlite3 + json script that reads the
applications table and prints it as JSON (what `bounceback list --json` does, with nothing else).

    python bench/floor_list.py PATH.db
"""

import json
import sqlite3
import sys

connection = sqlite3.connect(sys.argv[1])
connection.row_factory = sqlite3.Row
rows = [dict(row) for row in connection.execute("SELECT * FROM applications ORDER BY id DESC")]
sys.stdout.write(json.dumps(rows, indent=2, default=str) + "\n")
