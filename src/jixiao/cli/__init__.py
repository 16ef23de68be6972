"""The ``jixiao`` command line: thin wrappers that read files, call the core and print."""
