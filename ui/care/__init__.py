"""客户关怀 room: the day's care list, greeting days, satisfaction and the analysis dashboard."""
