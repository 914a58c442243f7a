"""summitry: who did what to whom, when, where — and how sure we are — from diplomacy news."""

__version__ = "0.1.0"

__all__ = ["Workspace", "__version__"]


def __getattr__(name: str) -> object:
    # Imported lazily so that `import summitry.model` stays light (no SQLAlchemy, no spaCy).
    if name == "Workspace":
        from summitry.workspace import Workspace

        return Workspace
    raise AttributeError(name)
