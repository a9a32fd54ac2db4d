#!/usr/bin/python3
"""Developer helper: find widgets of a running Qt app by accessible name over AT-SPI and press them, as a
screen reader user would. Usage: a11y-click.py APP "Name 1" ["Name 2" ...] (waits for each name up to 20 s).
Needs QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 in the app's environment and an AT-SPI bus (at-spi-bus-launcher)."""
import sys
import time

import pyatspi


def find(node, name, depth=0):
    try:
        if node.name == name and node.getRoleName() in ("push button", "check box", "toggle button", "menu item"):
            return node
        for i in range(node.childCount):
            hit = find(node.getChildAtIndex(i), name, depth + 1)
            if hit:
                return hit
    except Exception:
        pass
    return None


def app_named(app_name):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app and app.name == app_name:
            return app
    return None


def main():
    app_name, names = sys.argv[1], sys.argv[2:]
    for name in names:
        deadline = time.time() + 20
        widget = None
        while time.time() < deadline and not widget:
            app = app_named(app_name)
            widget = find(app, name) if app else None
            if not widget:
                time.sleep(0.5)
        if not widget:
            print(f"not found: {name}", file=sys.stderr)
            return 1
        action = widget.queryAction()
        action.doAction(0)
        print(f"pressed: {name}")
        time.sleep(1.0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
