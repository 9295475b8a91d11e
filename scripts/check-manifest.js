#!/usr/bin/env node
// Fails when a public name is undocumented: every element in
// custom-elements.json (generated from JSDoc) must describe each attribute,
// property, method and event, and list every part its templates expose, every
// event it dispatches and every per-element custom property (--fair-<element>-*)
// its styles read.
//
// What an element exposes is read from its sources: the files of its own folder
// and those of every class it inherits from (its superclass chain and mixins, as
// the manifest records them, e.g. `FairElement` in src/internal/fair-element.ts),
// with the reactive controllers those classes create (`new FeedLoader(this)`),
// which dispatch from the element. Inherited parts and events are documented on
// the class that has them (the analyzer copies them onto each subclass), so a
// part of `FairElement`'s templates without a @csspart there fails for every
// element built on it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const read = (file) => readFileSync(file, 'utf8');

/** The manifest's declarations by module path and name (`src/internal/fair-element.ts#FairElement`). */
const declarations = new Map();
for (const mod of manifest.modules)
  for (const decl of mod.declarations ?? []) declarations.set(`${mod.path}#${decl.name}`, { mod, decl });

/** A reference's module (`/src/internal/fair-element.js`) as a source path (`src/internal/fair-element.ts`). */
function sourcePath(module, from) {
  if (!module) return from;
  const path = module.replace(/^\//, '').replace(/\.js$/, '.ts');
  return existsSync(join(root, path)) ? path : join(dirname(from), path);
}

const problems = [];

/**
 * The source files of the classes `decl` inherits from, nearest first: each
 * superclass and mixin the manifest knows in this package (not `LitElement`,
 * from `lit`), up the chain.
 */
function inheritedFiles(decl, modPath, tag) {
  const files = [];
  const pending = [...(decl.mixins ?? []), ...(decl.superclass ? [decl.superclass] : [])].map((ref) => ({
    ref,
    from: modPath,
  }));
  while (pending.length) {
    const { ref, from } = pending.shift();
    if (ref.package) continue; // a class from a dependency (LitElement): not ours to document
    const path = sourcePath(ref.module, from);
    const found = declarations.get(`${path}#${ref.name}`);
    if (!found) {
      problems.push(
        `<${tag}> inherits from ${ref.name} (${ref.module ?? modPath}), which custom-elements.json does not describe: add its file to the analyzer's globs`,
      );
      continue;
    }
    if (!files.includes(path)) files.push(path);
    for (const next of [...(found.decl.mixins ?? []), ...(found.decl.superclass ? [found.decl.superclass] : [])])
      pending.push({ ref: next, from: path });
  }
  return files;
}

/**
 * The files of the reactive controllers a class file creates on its host
 * (`new FeedLoader(this)`, imported from a relative path): what they dispatch,
 * they dispatch from the element.
 */
function controllerFiles(file) {
  const source = read(join(root, file));
  const files = [];
  for (const [, name] of source.matchAll(/new (\w+)\(this\b/g)) {
    const from = new RegExp(`import \\{[^}]*\\b${name}\\b[^}]*\\} from '(\\.[^']+)'`).exec(source)?.[1];
    if (!from) continue;
    const path = relative(root, join(root, dirname(file), from.replace(/\.js$/, '.ts')));
    if (existsSync(join(root, path)) && !files.includes(path)) files.push(path);
  }
  return files;
}

/** Event classes (`static readonly eventName = 'fair-…'`) declared in `source`, by class name. */
function eventClasses(source) {
  return [
    ...source.matchAll(/class (\w+) extends [^\n]*\n\s*static (?:override )?readonly eventName = '([a-z-]+)'/g),
  ].map((m) => [m[1], m[2]]);
}
const eventNames = new Map(
  ['src/internal/events.ts', 'src/components/kiosk/kiosk-events.ts'].flatMap((f) => eventClasses(read(join(root, f)))),
);

let checked = 0;
for (const mod of manifest.modules) {
  for (const decl of mod.declarations ?? []) {
    if (!decl.customElement || !decl.tagName) continue;
    checked++;
    const tag = decl.tagName;
    const folder = join(root, dirname(mod.path));
    const own = readdirSync(folder)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.gen.ts'))
      // The kiosk folder also holds the on-screen keyboard, an element of its own (keyboard.ts, keyboard.*.ts).
      .filter((f) => (tag === 'fair-kiosk-keyboard') === /^keyboard\./.test(f))
      .map((f) => read(join(folder, f)));
    const inheritedFrom = inheritedFiles(decl, mod.path, tag);
    const inherited = [...new Set(inheritedFrom.flatMap((f) => [f, ...controllerFiles(f)]))].map((f) =>
      read(join(root, f)),
    );
    const sources = [...own, ...inherited].join('\n');
    const events = new Map([...eventNames, ...eventClasses(sources)]);

    for (const a of decl.attributes ?? [])
      if (!a.description?.trim()) problems.push(`<${tag}> attribute "${a.name}" has no description`);
    for (const m of decl.members ?? [])
      if (!m.privacy && !m.static && !m.description?.trim())
        problems.push(`<${tag}> ${m.kind === 'method' ? 'method' : 'property'} "${m.name}" has no description`);
    // The README's tables say "read-only" where the manifest does: a description may not claim it of a writable field.
    for (const m of decl.members ?? [])
      if (m.kind === 'field' && !m.privacy && !m.readonly && /\bread-only\b/i.test(m.description ?? ''))
        problems.push(`<${tag}> property "${m.name}" is described as read-only but can be set (make it a getter)`);
    for (const e of decl.events ?? [])
      if (!e.description?.trim()) problems.push(`<${tag}> event "${e.name}" has no description`);
    for (const [kind, list] of [
      ['part', decl.cssParts],
      ['custom property', decl.cssProperties],
      ['slot', decl.slots],
    ])
      for (const x of list ?? [])
        if (!x.description?.trim()) problems.push(`<${tag}> ${kind} "${x.name || '(default)'}" has no description`);

    const documentedEvents = new Set((decl.events ?? []).map((e) => e.name));
    const dispatched = [
      ...[...sources.matchAll(/new (\w+Event)\(/g)].map((m) => events.get(m[1])),
      ...[...sources.matchAll(/new (?:Custom)?Event\(\s*'([a-z]+(?:-[a-z]+)+)'/g)].map((m) => m[1]),
    ];
    for (const name of dispatched)
      if (name && !documentedEvents.has(name))
        problems.push(`<${tag}> dispatches "${name}" but its JSDoc (or an inherited class's) has no @fires for it`);
    const parts = new Set((decl.cssParts ?? []).map((p) => p.name));
    for (const [, value] of sources.matchAll(/\bpart="([^"$]+)"/g)) {
      for (const part of value.split(/\s+/).filter(Boolean))
        if (!parts.has(part))
          problems.push(`<${tag}> exposes part "${part}" without a @csspart (on it or the class it inherits it from)`);
    }
    const props = new Set((decl.cssProperties ?? []).map((p) => p.name));
    const ownPrefix = `--${tag}-`;
    for (const [prop] of sources.matchAll(/--fair-[a-z0-9-]+/g)) {
      if (prop.startsWith(ownPrefix) && !props.has(prop)) problems.push(`<${tag}> reads ${prop} without a @cssprop`);
    }
  }
}
const unique = [...new Set(problems)];
if (unique.length) {
  console.error(`custom-elements.json: ${unique.length} undocumented public name(s):\n${unique.join('\n')}`);
  process.exit(1);
}
console.log(
  `custom-elements.json: ${checked} elements, every attribute, property, event, part and custom property documented (inherited ones included).`,
);
