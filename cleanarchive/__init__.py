"""cleanarchive."""
