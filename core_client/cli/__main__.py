"""`python -m core_client.cli`: the same as the `corectl` script."""

from core_client.cli import main

main()
