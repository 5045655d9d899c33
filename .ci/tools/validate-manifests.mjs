// Validates Kubernetes objects (a JSON array on stdin) against the schemas kubernetes-models bundles:
// wrong types and missing required fields, not unknown fields. Prints each problem and exits 1 if
// there is one; kinds it has no schema for (operators' resources) are listed as not checked.
//   kubectl kustomize deploy/k8s/overlays/split | ... (as JSON) | node .ci/tools/validate-manifests.mjs
import { readFileSync } from "node:fs";

const objects = JSON.parse(readFileSync(0, "utf8"));
let problems = 0;
for (const object of objects) {
  const name = `${object.kind}/${object.metadata?.name}`;
  const module = object.apiVersion.includes("/") ? object.apiVersion : `v1`;
  let model;
  try {
    model = (await import(`kubernetes-models/${module}`))[object.kind];
  } catch {
    model = undefined;
  }
  if (model === undefined) {
    console.log(`not checked: ${name} (${object.apiVersion})`);
    continue;
  }
  try {
    new model(object).validate();
  } catch (error) {
    console.log(`${name}: ${error.message}`);
    problems++;
  }
}
process.exit(problems === 0 ? 0 : 1);
