"""One module per area; each exposes ``router``, included by ``jixiao.web.app.create_app``."""
