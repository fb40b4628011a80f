"""The documentation site: pages, map and JSON API generated from the library."""
