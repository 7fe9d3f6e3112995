"""Customer care: the day's list, greeting days, follow-up calls, satisfaction and classes."""
