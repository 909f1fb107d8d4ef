// Parses every .vtt file in a directory with the W3C's WebVTT parser and validator
// (webvtt-parser) and prints each file's errors. Exits 1 when any file has an error, 2 when the
// directory holds no .vtt file (so a build that wrote nothing cannot pass), 0 otherwise.
'use strict';

const fs = require('fs');
const path = require('path');
const { WebVTTParser } = require('webvtt-parser');

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node validate.js DIRECTORY');
  process.exit(2);
}
let files;
try {
  files = fs.readdirSync(dir).filter((name) => name.endsWith('.vtt')).sort();
} catch (e) {
  console.error(`cannot read ${dir}: ${e.message}`);
  process.exit(2);
}
if (files.length === 0) {
  console.error(`no .vtt file in ${dir}`);
  process.exit(2);
}

const parser = new WebVTTParser();
let failed = 0;
for (const name of files) {
  const text = fs.readFileSync(path.join(dir, name), 'utf8');
  const tree = parser.parse(text);
  if (tree.errors.length > 0) {
    failed++;
    console.log(`${name}: ${tree.errors.length} error(s)`);
    for (const error of tree.errors) {
      console.log(`  line ${error.line}${error.col ? `, column ${error.col}` : ''}: ${error.message}`);
    }
  }
}
console.log(`webvtt-parser: ${files.length} files, ${failed} with errors`);
process.exit(failed > 0 ? 1 : 0);
