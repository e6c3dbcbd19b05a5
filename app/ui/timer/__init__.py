"""The big countdown: a view for any window, the chime at zero, ``plenum timer``'s window."""
