"""Windows and widgets: the audience window, the presenter console and their parts."""
