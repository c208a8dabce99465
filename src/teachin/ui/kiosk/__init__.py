"""The participant kiosk on a shared laptop, and the facilitator screens behind its PIN."""
