"""客户档案: the customers room, the customer file dialog and its tabs, import and export."""
