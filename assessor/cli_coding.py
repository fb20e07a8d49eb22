"""`assessor assessment ...` commands for double coding: the coders, agreement and reconciliation."""

from __future__ import annotations

import argparse


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # noqa: SLF001
    """Register this module's actions under `assessor assessment`."""
