"""The facilitator's windows: the audience view, the console, the overview, printouts."""
