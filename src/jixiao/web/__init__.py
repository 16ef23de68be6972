"""The web interface: units compose and submit evaluations, the finance bureau reviews reports.

FastAPI with server-rendered Jinja2 pages and HTMX; see README.md in this folder for the structure.
"""
