"""The complaints room: complaint record cards (投诉记录卡), their deadlines and monthly counts."""
