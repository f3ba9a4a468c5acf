# The quick start against your own Core: `make quickstart` with CORE_URL, CORE_USERNAME and
# CORE_PASSWORD set (the defaults are the original README's).
import os

from core_client import Client

with Client(
    os.environ.get("CORE_URL", "http://127.0.0.1:8080"),
    os.environ.get("CORE_USERNAME", "admin"),
    os.environ.get("CORE_PASSWORD", "datarhei"),
) as client:
    about = client.about()  # the first call that needs a token logs in by itself
    print(about.name, about.version.number if about.version else "?")
    for process in client.v3_process_get_list():
        print(process.id, process.type)
