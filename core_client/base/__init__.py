"""Import paths of the upstream client (`core_client.base.models.v3`), kept for migration."""
