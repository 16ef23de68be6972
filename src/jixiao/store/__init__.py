"""Storage for many reports: SQLAlchemy models, Alembic migrations and the functions that read and write them.

SQLite in a file needs no set-up; PostgreSQL is chosen by URL. The schema is created and kept current by
the migrations shipped inside the package, so every command that opens a database migrates it first.
"""
