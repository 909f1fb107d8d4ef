// Runs the Nu HTML Checker (the W3C validator's engine, vnu.jar from the vnu-jar package, a Java
// program) over every .html file in a directory and prints its messages. Exits 1 when it reports any
// error, 2 when the directory holds no .html file (so a build that wrote nothing cannot pass), 0
// otherwise. Warnings are printed but do not fail.
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const vnu = require('vnu-jar');

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node check.js DIRECTORY');
  process.exit(2);
}
let files;
try {
  files = fs.readdirSync(dir).filter((name) => name.endsWith('.html')).sort().map((name) => path.join(dir, name));
} catch (e) {
  console.error(`cannot read ${dir}: ${e.message}`);
  process.exit(2);
}
if (files.length === 0) {
  console.error(`no .html files in ${dir}`);
  process.exit(2);
}
const run = spawnSync('java', ['-jar', vnu, '--format', 'json', '--stdout', ...files], { encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024 });
if (run.error) {
  console.error(`cannot run java -jar ${vnu}: ${run.error.message}`);
  process.exit(2);
}
let messages;
try {
  messages = JSON.parse(run.stdout).messages;
} catch (e) {
  console.error(`vnu gave no JSON (exit ${run.status}): ${run.stderr}${run.stdout}`);
  process.exit(2);
}
let errors = 0;
for (const m of messages) {
  const where = `${path.basename(decodeURIComponent(m.url || ''))}:${m.lastLine || '?'}:${m.firstColumn || m.lastColumn || '?'}`;
  const kind = m.type === 'error' || m.subType === 'fatal' ? 'error' : m.subType || m.type;
  if (kind === 'error') {
    errors++;
  }
  console.log(`${where}: ${kind}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\n/g, ' ')}` : ''}`);
}
console.log(`${files.length} file(s) checked, ${errors} error(s)`);
process.exit(errors > 0 ? 1 : 0);
