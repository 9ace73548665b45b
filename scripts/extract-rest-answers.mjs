// Keeps, of @octokit/openapi's api.github.com document, only the operations listed in the routes
// file and the component schemas their success answers use, so the generator's input stays small.
//
// Usage: node extract-rest-answers.mjs <api.github.com.json> <routes.txt> <output.json>
import { readFileSync, writeFileSync } from "node:fs";

const [input, routesFile, output] = process.argv.slice(2);
if (!input || !routesFile || !output) {
  console.error("usage: node extract-rest-answers.mjs <api.github.com.json> <routes.txt> <output.json>");
  process.exit(2);
}
const spec = JSON.parse(readFileSync(input, "utf8"));
const schemas = spec.components.schemas;
const routes = readFileSync(routesFile, "utf8")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith("#"));
const kept = new Set();
function collect(node) {
  if (Array.isArray(node)) return node.forEach(collect);
  if (!node || typeof node !== "object") return;
  if (typeof node.$ref === "string" && node.$ref.startsWith("#/components/schemas/")) {
    const name = node.$ref.split("/").pop();
    if (!kept.has(name)) {
      kept.add(name);
      collect(schemas[name]);
    }
  }
  Object.values(node).forEach(collect);
}
const paths = {};
for (const route of routes) {
  const [method, path] = route.split(" ");
  const operation = spec.paths[path]?.[method.toLowerCase()];
  if (!operation) throw new Error(`the document has no operation ${route}`);
  const responses = {};
  for (const [status, response] of Object.entries(operation.responses)) {
    if (!status.startsWith("2")) continue;
    const resolved = response.$ref
      ? spec.components.responses[response.$ref.split("/").pop()]
      : response;
    const schema = resolved?.content?.["application/json"]?.schema;
    responses[status] = schema
      ? { content: { "application/json": { schema } } }
      : { description: resolved?.description ?? "" };
    collect(schema);
  }
  paths[path] ??= {};
  paths[path][method.toLowerCase()] = { operationId: operation.operationId, responses };
}
const components = {};
for (const name of [...kept].sort()) components[name] = schemas[name];
writeFileSync(output, JSON.stringify({ info: spec.info, paths, components: { schemas: components } }));
console.log(`kept ${routes.length} operations and ${kept.size} schemas`);
