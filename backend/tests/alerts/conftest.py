from tests.messaging.conftest import (  # noqa: F401  (the same fixtures as messaging)
    _empty_queue,
    client,
    email,
    other_tenant,
    providers,
    settings,
    sms,
    tenant,
    worker,
)
