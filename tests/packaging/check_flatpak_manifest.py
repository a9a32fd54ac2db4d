#!/usr/bin/env python3
"""Checks the Flatpak manifest as flatpak-builder reads it (--show-manifest parses it without building).

usage: check_flatpak_manifest.py FLATPAK_BUILDER MANIFEST APP_ID
Fails on a property flatpak-builder does not know, on any permission beyond the ones MentorDesk needs, and on a
module without sources. The build itself runs in the forge CI (it needs the KDE runtime from Flathub).
"""
import json
import subprocess
import sys
import tempfile

# What MentorDesk needs, and nothing more (see the comments in the manifest).
ALLOWED_FINISH_ARGS = {
    "--share=network",
    "--socket=wayland",
    "--socket=fallback-x11",
    "--share=ipc",
    "--talk-name=org.freedesktop.secrets",
}


def main() -> int:
    builder, manifest_path, app_id = sys.argv[1:4]
    # flatpak-builder keeps a .flatpak-builder state folder in its working directory: a throwaway one.
    with tempfile.TemporaryDirectory() as scratch:
        run = subprocess.run([builder, "--show-manifest", manifest_path], capture_output=True, text=True, cwd=scratch)
    problems = []
    if run.returncode != 0:
        print(f"flatpak-builder cannot read {manifest_path}:\n{run.stderr}", file=sys.stderr)
        return 1
    problems += [line for line in run.stderr.splitlines() if "Unknown property" in line]
    manifest = json.loads(run.stdout)

    if manifest.get("id", manifest.get("app-id")) != app_id:
        problems.append(f"app id is {manifest.get('id')!r}, not {app_id!r}")
    if (manifest.get("runtime"), manifest.get("runtime-version"), manifest.get("sdk")) != (
            "org.kde.Platform", "6.8", "org.kde.Sdk"):
        problems.append("runtime is not org.kde.Platform 6.8 with org.kde.Sdk")
    finish_args = set(manifest.get("finish-args", []))
    problems += [f"permission not needed: {arg}" for arg in sorted(finish_args - ALLOWED_FINISH_ARGS)]
    problems += [f"permission missing: {arg}" for arg in sorted(ALLOWED_FINISH_ARGS - finish_args)]

    modules = manifest.get("modules", [])
    names = [module.get("name") for module in modules]
    problems += [f"module {module.get('name')} has no sources" for module in modules if not module.get("sources")]
    if "qtkeychain" not in names:
        problems.append("QtKeychain is not built as a module")
    if not names or names[-1] != "mentordesk":
        problems.append(f"the last module must be mentordesk, not {names[-1:]}")
    elif not any("--self-test" in command for command in modules[-1].get("post-install", [])):
        problems.append("the mentordesk module does not run --self-test after installing")

    if problems:
        print(f"{manifest_path}:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    print(f"{manifest_path}: modules {', '.join(names)}; permissions {', '.join(sorted(finish_args))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
