#!/usr/bin/env node
// The README's per-element API tables (attributes, properties, methods, events,
// parts, CSS custom properties, slots), generated from custom-elements.json, so
// they say what the JSDoc says and nothing else. Each element's section in
// README.md holds its tables between two marker comments:
//
//   <!-- api:fair-kiosk:start -->  …generated…  <!-- api:fair-kiosk:end -->
//
// Everything outside the markers (the prose, the embed examples) is written by
// hand and left alone.
//
//   node scripts/readme-api.js          rewrites the blocks (`npm run build` runs it after `npm run manifest`)
//   node scripts/readme-api.js --check  fails, naming each element and what differs, when README.md is out of date
//                                       (`npm test`); needs a fresh custom-elements.json (`npm run manifest`)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const readmePath = join(root, 'README.md');
const check = process.argv.includes('--check');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));

/** One line of text: JSDoc line breaks become spaces. */
const oneLine = (s) =>
  String(s ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

/**
 * `text` as the content of a table cell: on one line, `|` escaped (also inside
 * code spans, as GitHub's tables need), and outside code spans `<` written as
 * `&lt;`, so a tag named in prose is shown, not parsed as HTML.
 */
function cell(text) {
  return oneLine(text)
    .split(/(`[^`]*`)/)
    .map((piece, i) => (i % 2 ? piece : piece.replace(/</g, '&lt;')))
    .join('')
    .replace(/\|/g, '\\|');
}

/** `code` in backticks (a longer fence when it holds one), as a cell. */
function code(text) {
  const s = oneLine(text);
  if (!s) return '';
  const fence = s.includes('`') ? '``' : '`';
  return cell(`${fence}${fence.length > 1 ? ' ' : ''}${s}${fence.length > 1 ? ' ' : ''}${fence}`);
}

/** A declared type without the `| undefined` every optional property has. */
const typeOf = (x) =>
  oneLine(x?.type?.text)
    .replace(/\s*\|\s*undefined\b/g, '')
    .replace(/^undefined\s*\|\s*/, '');

const isPublic = (m) => !m.privacy && !m.static && !m.name.startsWith('_') && !m.name.startsWith('#');

/**
 * The tables of one element, in README order. Each is `{ kind, head, rows }`;
 * a row is `{ key, line }` (its first cell, and the whole Markdown row).
 */
function tablesOf(decl) {
  const members = decl.members ?? [];
  const byField = new Map(members.map((m) => [m.name, m]));
  const tables = [];
  const table = (kind, head, rows) => {
    if (rows.length)
      tables.push({
        kind,
        head,
        rows: rows.map((cells) => ({ key: cells[0], line: `| ${cells.join(' | ')} |` })),
      });
  };

  table(
    'attributes',
    ['attribute', 'property', 'type', 'default', 'description'],
    (decl.attributes ?? []).map((a) => {
      const field = a.fieldName ? byField.get(a.fieldName) : undefined;
      const note = field?.reflects ? ' Reflected to the attribute.' : '';
      return [
        code(a.name),
        a.fieldName ? code(a.fieldName) : '',
        code(typeOf(a) || typeOf(field)),
        code(a.default ?? field?.default),
        cell(`${oneLine(a.description ?? field?.description)}${note}`),
      ];
    }),
  );

  const attributeFields = new Set((decl.attributes ?? []).map((a) => a.fieldName).filter(Boolean));
  table(
    'properties',
    ['property', 'type', 'description'],
    members
      .filter((m) => m.kind === 'field' && isPublic(m) && !attributeFields.has(m.name) && !m.attribute)
      .map((m) => [
        code(m.name),
        code(typeOf(m)),
        cell(`${m.readonly && !/read-only/i.test(m.description ?? '') ? 'Read-only. ' : ''}${oneLine(m.description)}`),
      ]),
  );

  table(
    'methods',
    ['method', 'description'],
    members
      .filter((m) => m.kind === 'method' && isPublic(m))
      .map((m) => {
        const params = (m.parameters ?? [])
          .map(
            (p) =>
              `${p.rest ? '…' : ''}${p.name}${p.optional || p.default !== undefined ? '?' : ''}${typeOf(p) ? `: ${typeOf(p)}` : ''}`,
          )
          .join(', ');
        const returns = oneLine(m.return?.type?.text);
        return [
          code(`${m.name}(${params})${returns && returns !== 'void' ? `: ${returns}` : ''}`),
          cell(m.description),
        ];
      }),
  );

  table(
    'events',
    ['event', 'description'],
    (decl.events ?? []).map((e) => [code(e.name), cell(e.description)]),
  );
  table(
    'parts',
    ['part', 'description'],
    (decl.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
  );
  table(
    'CSS custom properties',
    ['CSS custom property', 'description'],
    (decl.cssProperties ?? []).map((p) => [
      code(p.name),
      cell(`${oneLine(p.description)}${p.default ? ` Default ${p.default}.` : ''}`),
    ]),
  );
  table(
    'slots',
    ['slot', 'description'],
    (decl.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
  );
  return tables;
}

const NOTE =
  '<!-- Generated from custom-elements.json by scripts/readme-api.js: edit the JSDoc on the element class, then `npm run manifest && node scripts/readme-api.js`. -->';

function render(tables) {
  return tables
    .map(({ head, rows }) =>
      [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => r.line)].join('\n'),
    )
    .join('\n\n');
}

/** The tables in a block of README text, by kind (from their header's first cell). */
function parseTables(text) {
  const kinds = new Map([
    ['attribute', 'attributes'],
    ['property', 'properties'],
    ['method', 'methods'],
    ['event', 'events'],
    ['part', 'parts'],
    ['CSS custom property', 'CSS custom properties'],
    ['slot', 'slots'],
  ]);
  const out = new Map();
  for (const chunk of text.split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.startsWith('|'));
    if (lines.length < 2) continue;
    const first = lines[0].split(/(?<!\\)\|/)[1]?.trim();
    const kind = kinds.get(first) ?? first;
    out.set(kind, {
      head: lines[0],
      rows: lines.slice(2).map((line) => ({ key: line.split(/(?<!\\)\|/)[1]?.trim(), line })),
    });
  }
  return out;
}

/** What differs between the README's tables of `tag` and the generated ones, one phrase per table. */
function differences(tag, current, wanted) {
  const found = parseTables(current);
  const out = [];
  for (const table of wanted) {
    const have = found.get(table.kind);
    found.delete(table.kind);
    if (!have) {
      out.push(`${table.kind}: the table is missing (${table.rows.length} row${table.rows.length === 1 ? '' : 's'})`);
      continue;
    }
    // Rows by name (a method by its name, whatever its signature).
    const name = (key) => /^`*\s*([^`(\s]+)/.exec(key ?? '')?.[1] ?? key;
    const haveRows = new Map(have.rows.map((r) => [name(r.key), r.line]));
    const wantRows = new Map(table.rows.map((r) => [name(r.key), r.line]));
    const missing = [...wantRows.keys()].filter((k) => !haveRows.has(k));
    const extra = [...haveRows.keys()].filter((k) => !wantRows.has(k));
    const changed = [...wantRows.keys()].filter((k) => haveRows.has(k) && haveRows.get(k) !== wantRows.get(k));
    const phrases = [];
    const list = (keys) => keys.map((k) => `\`${k}\``).join(', ');
    if (missing.length) phrases.push(`missing ${list(missing)}`);
    if (extra.length) phrases.push(`not in the manifest ${list(extra)}`);
    if (changed.length) phrases.push(`differs for ${list(changed)}`);
    if (!phrases.length && have.head !== `| ${table.head.join(' | ')} |`) phrases.push('different columns');
    if (!phrases.length && [...haveRows.keys()].join() !== [...wantRows.keys()].join())
      phrases.push('rows in another order');
    if (phrases.length) out.push(`${table.kind}: ${phrases.join('; ')}`);
  }
  for (const kind of found.keys()) out.push(`${kind}: a table the manifest has nothing for`);
  return out;
}

const elements = manifest.modules
  .flatMap((mod) => mod.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

let readme = readFileSync(readmePath, 'utf8');
const problems = [];
for (const decl of elements) {
  const tag = decl.tagName;
  const start = `<!-- api:${tag}:start -->`;
  const end = `<!-- api:${tag}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from || readme.indexOf(start, from + 1) >= 0) {
    problems.push(
      `<${tag}>: README.md needs exactly one "${start}" … "${end}" pair in the element's section (### \`<${tag}>\`), for its tables`,
    );
    continue;
  }
  const tables = tablesOf(decl);
  const block = `${start}\n${NOTE}\n\n${render(tables)}\n${end}`;
  const current = readme.slice(from, to + end.length);
  if (current === block) continue;
  if (check) {
    const what = differences(tag, current.slice(start.length, -end.length), tables);
    problems.push(
      `<${tag}>: ${what.length ? what.join('\n    ') : 'the block is not as generated (spacing or the note)'}`,
    );
  } else {
    readme = readme.slice(0, from) + block + readme.slice(to + end.length);
  }
}
const tags = new Set(elements.map((d) => d.tagName));
for (const [, tag] of readme.matchAll(/<!-- api:([a-z0-9-]+):start -->/g))
  if (!tags.has(tag))
    problems.push(`<${tag}>: README.md has tables for it, but custom-elements.json has no such element`);

// What could be written is, even when an element's markers are missing.
if (!check) writeFileSync(readmePath, readme);
if (problems.length) {
  console.error(
    `README.md ${check ? 'is out of date with' : 'could not be generated from'} custom-elements.json:\n  ${problems.join('\n  ')}` +
      (check
        ? '\nRun `npm run manifest && node scripts/readme-api.js` (or `npm run build`) and commit README.md.'
        : ''),
  );
  process.exit(1);
}
console.log(
  `README.md: the API tables of ${elements.length} elements ${check ? 'match' : 'written from'} custom-elements.json.`,
);
