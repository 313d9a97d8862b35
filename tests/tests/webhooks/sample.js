// Samples one webhook payload per event of an OpenAPI document, with Prism's JSON Schema sampler
// (@stoplight/json-schema-sampler, installed with @stoplight/prism-cli by `npm ci` in tests/).
//
// Usage: node sample.js DOCUMENT.json
//
// DOCUMENT.json is the whole document as JSON (tests/tests/upstream_webhooks.rs converts YAML
// first). Prints one JSON object on stdout: webhook key → [sample, sample without read-only
// properties] of the `application/json` schema of its POST request body (`$ref`s resolved against
// the document; `examples`, `default`, `const` and `enum` used where present; write-only
// properties left out; the sampler is deterministic, so the second is the first without its
// read-only properties). A webhook whose schema cannot be sampled is left
// out and named on stderr, with the reason; the exit code is then 1.
'use strict';

const fs = require('fs');
const path = require('path');
const { sample } = require(path.join(__dirname, '..', '..', 'node_modules', '@stoplight', 'json-schema-sampler'));

const doc = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const options = { skipWriteOnly: true, quiet: true };

/** The value at a local `$ref` (`#/components/...`), following chains of references. */
function deref(value) {
  const seen = new Set();
  while (value && typeof value.$ref === 'string' && value.$ref.startsWith('#') && !seen.has(value.$ref)) {
    seen.add(value.$ref);
    value = value.$ref
      .slice(1)
      .split('/')
      .slice(1)
      .map((t) => decodeURIComponent(t).replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((v, t) => (v === undefined || v === null ? undefined : v[t]), doc);
  }
  return value;
}

const out = {};
let failed = false;
for (const [key, item] of Object.entries(doc.webhooks || {})) {
  try {
    const body = deref(deref(item).post && deref(item).post.requestBody);
    const content = (body && body.content) || {};
    const media =
      content['application/json'] ||
      Object.entries(content).find(([type]) => type.toLowerCase().includes('json'))?.[1];
    if (!media || !media.schema) {
      throw new Error('no application/json schema in the POST request body');
    }
    out[key] = [
      sample(media.schema, options, doc),
      sample(media.schema, { ...options, skipReadOnly: true }, doc),
    ];
  } catch (e) {
    failed = true;
    process.stderr.write(`${key}: ${e && e.message ? e.message : e}\n`);
  }
}
process.stdout.write(JSON.stringify(out, null, 1));
process.stdout.write('\n');
process.exitCode = failed ? 1 : 0;
