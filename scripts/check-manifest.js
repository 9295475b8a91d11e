#!/usr/bin/env node
// Fails when a public name is undocumented: every element in
// custom-elements.json (generated from JSDoc) must describe each attribute and
// event, and list every part its templates expose, every event it dispatches
// and every per-element custom property (--fair-<element>-*) its styles read.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const events = readFileSync(join(root, 'src/internal/events.ts'), 'utf8');
const kioskEvents = readFileSync(join(root, 'src/components/kiosk/kiosk-events.ts'), 'utf8');
const eventNames = new Map(
  [...`${events}\n${kioskEvents}`.matchAll(/class (\w+) extends[\s\S]*?eventName = '([a-z-]+)'/g)].map((m) => [
    m[1],
    m[2],
  ]),
);

const problems = [];
let checked = 0;
for (const mod of manifest.modules) {
  for (const decl of mod.declarations ?? []) {
    if (!decl.customElement || !decl.tagName) continue;
    checked++;
    const tag = decl.tagName;
    const folder = join(root, dirname(mod.path));
    const sources = readdirSync(folder)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.gen.ts'))
      // The kiosk folder also holds the on-screen keyboard, an element of its own.
      .filter((f) => (tag === 'fair-kiosk-keyboard' ? f === 'keyboard.ts' : f !== 'keyboard.ts'))
      .map((f) => readFileSync(join(folder, f), 'utf8'))
      .join('\n');
    for (const a of decl.attributes ?? [])
      if (!a.description?.trim()) problems.push(`<${tag}> attribute "${a.name}" has no description`);
    for (const e of decl.events ?? [])
      if (!e.description?.trim()) problems.push(`<${tag}> event "${e.name}" has no description`);
    const documentedEvents = new Set((decl.events ?? []).map((e) => e.name));
    for (const [, cls] of sources.matchAll(/new (Fair\w+Event)\(/g)) {
      const name = eventNames.get(cls);
      if (name && !documentedEvents.has(name))
        problems.push(`<${tag}> dispatches "${name}" but its JSDoc has no @fires for it`);
    }
    const parts = new Set((decl.cssParts ?? []).map((p) => p.name));
    for (const [, value] of sources.matchAll(/\bpart="([^"$]+)"/g)) {
      for (const part of value.split(/\s+/).filter(Boolean))
        if (!parts.has(part)) problems.push(`<${tag}> exposes part "${part}" without a @csspart`);
    }
    const props = new Set((decl.cssProperties ?? []).map((p) => p.name));
    const own = `--${tag}-`;
    for (const [prop] of sources.matchAll(/--fair-[a-z0-9-]+/g)) {
      if (prop.startsWith(own) && !props.has(prop)) problems.push(`<${tag}> reads ${prop} without a @cssprop`);
    }
  }
}
const unique = [...new Set(problems)];
if (unique.length) {
  console.error(`custom-elements.json: ${unique.length} undocumented public name(s):\n${unique.join('\n')}`);
  process.exit(1);
}
console.log(`custom-elements.json: ${checked} elements, every attribute, event, part and custom property documented.`);
