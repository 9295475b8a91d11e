#!/usr/bin/env node
// Fails when CHANGELOG.md has two headings of the same name under one parent
// (two "### Added" under "## [Unreleased]"), so each change has one place to go.
import { readFileSync } from 'node:fs';

const lines = readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8').split('\n');
const open = []; // open[depth] = { title, children: Set }
const problems = [];
lines.forEach((line, i) => {
  const m = /^(#{1,6})\s+(.*?)\s*$/.exec(line);
  if (!m) return;
  const depth = m[1].length;
  const title = m[2];
  const parent = open.slice(0, depth).reverse().find(Boolean);
  if (parent?.children.has(title))
    problems.push(`CHANGELOG.md:${i + 1}: a second "${m[1]} ${title}" under "${parent.title}"`);
  parent?.children.add(title);
  open.length = depth;
  open[depth] = { title, children: new Set() };
});
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`CHANGELOG.md: ${lines.filter((l) => l.startsWith('#')).length} headings, none twice under one parent`);
