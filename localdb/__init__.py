"""Everything that is true offline: models, migrations, domain rules and services.

No Qt, no HTTP, no ``desktop`` imports here (a test enforces it).
"""

__version__ = "0.1.0"
