"""Build tools of core-client: pull, convert, patch, generate and check Core's API spec."""
