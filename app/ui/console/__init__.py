"""The presenter console: a top bar over one page per mode, built from small widgets."""
