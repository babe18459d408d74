"""The release bundled for ``pressparse --example`` (INTERPOL, Bogota, 2019)."""
