from core_client import Client

client = Client(base_url="http://127.0.0.1:8080", username="admin", password="datarhei")

process_list = client.v3_process_get_list()
response = client.last_response  # the httpx.Response of this thread's (or task's) latest call
assert response is not None
print(response.status_code, response.headers["Content-Type"], len(process_list))
