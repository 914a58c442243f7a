"""`python -m summitry` runs the command-line interface."""

from summitry.cli import main

main()
