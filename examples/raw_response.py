from core_client import Client

client = Client(base_url="http://127.0.0.1:8080", username="admin", password="datarhei")

raw = client.with_raw_response.v3_process_get_list()  # the httpx.Response of this one call
process_list = raw.parse()  # the value v3_process_get_list() returns
print(raw.status_code, raw.headers["Content-Type"], len(process_list))
