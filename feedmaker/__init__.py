"""feedmaker: turn scraped news pages into valid Atom, RSS and JSON feeds with stable GUIDs."""

__version__ = "0.1.0"
