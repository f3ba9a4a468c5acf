from core_client import Client
from core_client.models import ProcessConfig

client = Client(base_url="http://127.0.0.1:8080", username="admin", password="datarhei")

config = client.v3_process_get_config(id="my_proc")  # a ProcessConfig
as_dict = config.to_dict()  # plain JSON types, unknown fields included
print(as_dict["id"], ProcessConfig.from_dict(as_dict) == config)
