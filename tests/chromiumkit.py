"""Debian's headless Chromium, driven by Selenium: the group page, alone and against the console.

Only the system's chromium and chromedriver are used (Selenium Manager
downloads nothing when both paths are given). Waits poll with a bounded
timeout; nothing sleeps on wall time.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
T = TypeVar("T")


def available() -> bool:
    return CHROMIUM.exists() and CHROMEDRIVER.exists()


class Browser:
    """One headless Chromium with a fresh profile; ``close`` removes the profile."""

    def __init__(self, width: int = 390, height: int = 844, lang: str = "nb-NO") -> None:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        self.profile = Path(tempfile.mkdtemp(prefix="plenum-chromium-"))
        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update",
                         "--disable-sync", "--disable-dev-shm-usage", f"--user-data-dir={self.profile}",
                         f"--window-size={width},{height}", f"--lang={lang}", "--hide-scrollbars"):
            options.add_argument(argument)
        options.add_experimental_option("prefs", {"intl.accept_languages": lang})
        self.driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
        self.driver.set_window_size(width, height)
        # The page sees exactly this viewport (a phone's CSS pixels), not the window less its frame.
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})

    def close(self) -> None:
        try:
            self.driver.quit()
        finally:
            shutil.rmtree(self.profile, ignore_errors=True)

    def wait(self, condition: Callable[[], T | None], timeout: float = 10.0, what: str = "") -> T:
        """Poll ``condition`` until it returns something truthy (bounded by ``timeout``)."""
        from selenium.webdriver.support.ui import WebDriverWait

        result: T = WebDriverWait(self.driver, timeout, poll_frequency=0.05).until(
            lambda _driver: condition(), message=what)
        return result

    def text(self, element_id: str) -> str:
        return str(self.driver.execute_script(
            "const e = document.getElementById(arguments[0]); return e ? e.textContent : null;", element_id))

    def visible(self, element_id: str) -> bool:
        return bool(self.driver.execute_script(
            "const e = document.getElementById(arguments[0]); return !!e && e.offsetParent !== null "
            "|| (!!e && getComputedStyle(e).position === 'fixed' && !e.hidden);", element_id))
