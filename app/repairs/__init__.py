"""The repairs room: repair orders (维修单), technicians, the fee standard, registers and rates."""
