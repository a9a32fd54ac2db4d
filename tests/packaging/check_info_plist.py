#!/usr/bin/env python3
"""Checks a generated macOS Info.plist: it parses as a property list and has the keys and values the bundle needs.

usage: check_info_plist.py Info.plist BUNDLE_ID VERSION
Keys: https://developer.apple.com/documentation/bundleresources/information-property-list
"""
import plistlib
import sys


def main() -> int:
    path, bundle_id, version = sys.argv[1:4]
    with open(path, "rb") as f:
        plist = plistlib.load(f)  # raises on anything that is not a well-formed plist
    expected = {
        "CFBundleIdentifier": bundle_id,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundlePackageType": "APPL",
        "CFBundleExecutable": "MentorDesk",
        "CFBundleIconFile": "MentorDesk",
        "LSMinimumSystemVersion": "12.0",
        "LSApplicationCategoryType": "public.app-category.productivity",
        "NSHighResolutionCapable": True,
    }
    wrong = [f"{key}: {plist.get(key)!r}, expected {value!r}" for key, value in expected.items()
             if plist.get(key) != value]
    unsubstituted = [f"{key}: {value!r}" for key, value in plist.items() if isinstance(value, str) and "@" in value]
    if wrong or unsubstituted:
        print("Info.plist is wrong:\n  " + "\n  ".join(wrong + unsubstituted), file=sys.stderr)
        return 1
    print(f"{path}: {len(plist)} keys, all expected values present")
    return 0


if __name__ == "__main__":
    sys.exit(main())
