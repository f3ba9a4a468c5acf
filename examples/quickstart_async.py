# The original README's async quick start, unmodified: it calls `login()` without `await`
# (harmless: the first call logs in by itself) and leaves `main` unannotated.
# mypy: disable-error-code="no-untyped-def, no-untyped-call"
import asyncio

from core_client import AsyncClient

client = AsyncClient(base_url="http://127.0.0.1:8080", username="admin", password="datarhei")
client.login()


async def main():
    about = await client.about_get()
    print(about)


asyncio.run(main())
