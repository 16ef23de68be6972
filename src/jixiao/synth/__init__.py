"""Synthetic report corpora for scale tests, composed with the real model, scoring engine and renderers."""
