from core_client import Client
from core_client.base.models.v3 import ProcessConfig, ProcessConfigIO

client = Client(base_url="http://127.0.0.1:8080", username="admin", password="datarhei")
client.login()

put_process = client.v3_process_put(
    id="my_proc",
    config=ProcessConfig(
        id="my_proc",
        reference="my_ref",
        input=[
            ProcessConfigIO(
                address="testsrc2=rate=25:size=1280x720",
                id="input_0",
                options=["-re", "-f", "lavfi"],
            )
        ],
        options=["-loglevel", "error"],
        output=[
            ProcessConfigIO(
                address="-",
                id="output_0",
                options=["-codec:v", "libx264", "-r", "25", "-f", "null"],
            )
        ],
    ),
)
print(put_process)
