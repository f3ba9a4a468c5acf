"""Tests that need real Core servers (tests/support/real_servers.py starts them)."""
