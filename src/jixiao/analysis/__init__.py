"""Analysis across many stored reports."""
