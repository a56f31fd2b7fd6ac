"""The city-system sync in the app: a background runner, the status bar's
sync place, and the sync panel (desktop/sync does the network, localdb/sync
the store)."""
