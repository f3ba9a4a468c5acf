import httpx

from core_client import Client

client = Client(base_url="http://127.0.0.1:8080", username="admin", password="datarhei")

try:
    process = client.v3_process_get_list()
except httpx.HTTPError as exc:
    print(f"Error while requesting {exc.request.url!r}.")
