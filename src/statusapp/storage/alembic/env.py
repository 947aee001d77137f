"""Alembic environment: runs on the connection Statusapp hands it (see storage/migrate.py)."""

from alembic import context
from sqlalchemy import create_engine

from statusapp.storage.schema import Base

config = context.config


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        # Developer use: `alembic -x url=sqlite:///dev.db revision --autogenerate -m ...`
        url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///dev.db")
        with create_engine(url).connect() as own_connection:
            _run(own_connection)
            own_connection.commit()
    else:
        _run(connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
