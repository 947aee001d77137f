"""Every page of the published site passes axe-core's WCAG 2.1 A and AA rules in a headless
Chromium (0 violations), and works with the keyboard. .ci/run installs Chromium, its driver and
axe-core; elsewhere the tests say what is missing."""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from tests.two_rounds import make_second_round

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
AXE_VERSION = "4.14.1"
AXE_VARIABLE = "STATUSAPP_TEST_AXE"  # the path of axe.min.js (.ci/run sets it)
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

MISSING = "needs Debian's chromium and chromium-driver (.ci/run installs them)"
if (CHROMIUM is None or DRIVER is None) and os.environ.get("STATUSAPP_TEST_BROWSER_REQUIRED"):
    raise RuntimeError(MISSING)  # CI: the tests must run
pytestmark = pytest.mark.skipif(CHROMIUM is None or DRIVER is None, reason=MISSING)


@pytest.fixture(scope="module")
def axe_source(tmp_path_factory: pytest.TempPathFactory) -> str:
    given = os.environ.get(AXE_VARIABLE)
    if given:
        return Path(given).read_text(encoding="utf-8")
    npm = shutil.which("npm")
    if npm is None:
        pytest.skip(f"needs axe-core: set {AXE_VARIABLE} or install npm")
    folder = tmp_path_factory.mktemp("axe")
    subprocess.run([npm, "pack", f"axe-core@{AXE_VERSION}", "--silent"], cwd=folder,
                   check=True, capture_output=True)  # fmt: skip
    with tarfile.open(next(folder.glob("axe-core-*.tgz"))) as archive:
        member = archive.extractfile("package/axe.min.js")
        assert member is not None
        return member.read().decode("utf-8")


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    yield driver
    driver.quit()


def _violations(browser, axe_source: str, page: Path) -> list[str]:  # type: ignore[no-untyped-def]
    browser.get(page.as_uri())
    browser.execute_script(axe_source)
    found = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
        ".then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' at '"
        " + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))))",
        WCAG_TAGS,
    )
    return list(found)


def _publish(database: Path, folder: Path, run_statusapp, language: str) -> list[Path]:  # type: ignore[no-untyped-def]
    result = run_statusapp("--db", str(database), "publish", "--out", str(folder),
                           "--lang", language)  # fmt: skip
    assert result.returncode == 0, result.stderr
    return sorted(folder.glob("*.html"))


@pytest.mark.parametrize(("language", "rounds"), [("nl", 1), ("nl", 2), ("en", 2)])
def test_every_page_passes_axe(builtin_database: Path, tmp_path: Path, run_statusapp, browser,
                               axe_source: str, language: str, rounds: int) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    if rounds == 2:
        make_second_round(builtin_database)  # with the comparison page
    pages = _publish(builtin_database, tmp_path / "site", run_statusapp, language)
    assert len(pages) == 7 + rounds
    results = {page.name: _violations(browser, axe_source, page) for page in pages}
    assert results == {page.name: [] for page in pages}


def test_the_keyboard_reaches_the_content_first(builtin_database: Path, tmp_path: Path,
                                                run_statusapp, browser) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    from selenium.webdriver.common.keys import Keys

    page = _publish(builtin_database, tmp_path / "site", run_statusapp, "nl")[0]
    browser.get((page.parent / "pijler-1.html").as_uri())
    body = browser.find_element("tag name", "body")
    body.send_keys(Keys.TAB)
    focused = browser.switch_to.active_element
    assert focused.text == "Naar de inhoud" and focused.is_displayed()  # shown when focused
    focused.send_keys(Keys.ENTER)
    assert browser.execute_script("return location.hash") == "#inhoud"
    # The wide table scrolls by keyboard: its region takes focus.
    regions = browser.find_elements("css selector", ".table-scroll[tabindex='0']")
    assert regions and all(r.get_attribute("aria-label") for r in regions)
