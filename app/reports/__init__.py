"""Reports gathered across the rooms: one catalogue for the Reports room and the command line."""
