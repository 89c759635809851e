"""Rewrite the `resources` of a folder's datapackage.json from the row models, keeping its metadata.

For developers after a model change (the shipped data/ and tests/data/valid/):
    python scripts/refresh_descriptor.py data tests/data/valid
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ngo_dashboard.package import describe_resources  # noqa: E402

for folder in sys.argv[1:]:
    path = Path(folder) / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    descriptor["resources"] = describe_resources()
    path.write_text(json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"refreshed {path}")
