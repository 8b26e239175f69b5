"""`python -m eventcoder` runs the CLI."""

from .cli import main

main()
