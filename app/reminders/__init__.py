"""Deadlines across the rooms: what is overdue or due soon, and reminders sent once per step."""
