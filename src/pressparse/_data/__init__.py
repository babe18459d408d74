"""Data tables of pressparse, each with its source and licence in its header."""
