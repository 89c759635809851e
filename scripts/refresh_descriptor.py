"""Rewrite a folder's datapackage.json from the row models and the current standard, keeping its metadata.

For developers after a model change (the shipped data/ and tests/data/valid/), and for maintainers whose
package was made by an older version (`descriptor_fields`, `descriptor_standard` or `created` problems):
    python scripts/refresh_descriptor.py data tests/data/valid
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ngo_dashboard.package import refresh_descriptor  # noqa: E402

for folder in sys.argv[1:]:
    path = Path(folder) / "datapackage.json"
    descriptor = refresh_descriptor(json.loads(path.read_text(encoding="utf-8")))
    path.write_text(json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"refreshed {path}")
