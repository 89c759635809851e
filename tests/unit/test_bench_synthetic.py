"""The benchmark's synthetic package stays valid as the models grow (a new series once broke it)."""

from __future__ import annotations

from frictionless import validate

from bench.synthetic import write_synthetic
from ngo_dashboard.data import load_dataset


def test_synthetic_package_is_valid_for_both_validators(tmp_path):
    write_synthetic(tmp_path, 1)

    dataset = load_dataset(tmp_path)
    report = validate(str(tmp_path / "datapackage.json"))

    assert dataset.counts["competitions"] == 1000
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]
