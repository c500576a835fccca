// SPDX-License-Identifier: MIT
// Prints the facts of the Cloudflare sandbox bridge's OpenAPI document that Agent Workbench's
// client and fake bridge depend on: routes with their methods and statuses, error codes, exec
// event names, which routes need no key. Reads the document embedded in an unpacked
// @cloudflare/sandbox package (dist/bridge/index.js) without running the bridge.
// Usage: node scripts/bridge-contract.mjs PACKAGE_DIR [--document]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, flag] = process.argv.slice(2);
if (!dir) {
    console.error('usage: bridge-contract.mjs PACKAGE_DIR [--document]');
    process.exit(2);
}
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const bundle = readFileSync(join(dir, 'dist/bridge/index.js'), 'utf8');
const marker = 'const OPENAPI_SCHEMA = ';
const start = bundle.indexOf(marker);
const end = bundle.indexOf('//#endregion', start);
if (start < 0 || end < 0) {
    console.error('no OpenAPI document found in the bridge bundle');
    process.exit(1);
}
// The document is a plain object literal (no references to other code); evaluate it alone.
const literal = bundle.slice(start + marker.length, end).trim().replace(/;$/, '');
const doc = new Function(`return (${literal});`)();
if (flag === '--document') {
    process.stdout.write(JSON.stringify(doc));
    process.exit(0);
}

const resolve = (r) => (r && r.$ref ? r.$ref.split('/').slice(1).reduce((o, k) => o[k], doc) : r);
const paths = {};
const open = [];
for (const [path, ops] of Object.entries(doc.paths).sort()) {
    for (const [method, op] of Object.entries(ops).sort()) {
        (paths[path] ??= {})[method] = Object.keys(op.responses ?? {}).map(Number).sort((a, b) => a - b);
        if (Array.isArray(op.security) && op.security.length === 0) open.push(`${method} ${path}`);
    }
}
const exec = doc.paths['/v1/sandbox/{id}/exec'].post.responses['200'];
const events = [...new Set([...resolve(exec).description.matchAll(/event: (\w+)/g)].map((m) => m[1]))];
const summary = {
    package: `${pkg.name}@${pkg.version}`,
    title: doc.info.title,
    version: doc.info.version,
    paths,
    unauthenticated: open,
    error_codes: doc.components.schemas.ErrorResponse.properties.code.enum,
    error_required: doc.components.schemas.ErrorResponse.required,
    exec_events: events,
    exec_content_type: Object.keys(resolve(exec).content)[0],
};
process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
