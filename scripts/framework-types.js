#!/usr/bin/env node
// Framework types from custom-elements.json: `dist/types/react.d.ts` (React 19's
// `JSX.IntrinsicElements`) and `dist/types/vue.d.ts` (Vue 3's `GlobalComponents`,
// read by Volar / vue-tsc in templates), shipped as `fairkit/react` and
// `fairkit/vue`. Run by `npm run build` after `tsc` and the manifest.
//
// What each element gets, and why that is what the framework does at run time:
// - Its properties, typed with the element class's own types (`Partial<Pick<FairKiosk, …>>`
//   from dist/types): React 19 and Vue 3 set a prop as a property when the element
//   has it (`name in element`), else as an attribute. Only writable public fields are
//   offered (the manifest marks getters and `readonly` fields `readonly`).
// - React also gets the attribute spelling of multi-word properties (`route-to`,
//   `avoid-stairs`): React 19 sets those as attributes, `true` as "" and `false` by
//   removing it. Vue does not: it sets a kebab-case binding as an attribute and `false`
//   as the text "false" (which a boolean attribute reads as on), so in Vue bind the
//   property (`:avoidStairs`).
// - Events: React 19 listens with `on` + the event's name (`onfair-show-booth`), Vue with
//   `on` + its camelCase name (`onFairShowBooth`, `@fair-show-booth` in a template). The
//   handler gets the event's own class (`FairShowBoothEvent`, found in src by its
//   `static readonly eventName`), or `Event` for an event without one.
// - React: its HTML attributes, `children`, `key` and `ref` (typed to the element class),
//   `class` besides `className`, and the element's documented CSS custom properties
//   in `style`. Vue adds `class`, `style`, `key` and `ref` to every component itself.
//
// Tags: the elements the package exports a module for (`fairkit/<tag>.js`); an element
// only used inside another one (the kiosk's keyboard) is left out.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as prettier from 'prettier';

const root = new URL('..', import.meta.url).pathname;

/** `src/components/kiosk/kiosk.ts` → `./components/kiosk/kiosk.js`, as imported from dist/types/. */
const typesPath = (srcPath) => `./${srcPath.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;

/** `fair-show-booth` → `FairShowBooth`. */
const pascal = (name) => name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());

/** A JSDoc block (indented by `indent`) for a manifest description, or nothing. */
function doc(text, indent = '') {
  const lines = (text ?? '').trim().replaceAll('*/', '*\\/').split('\n');
  if (!lines[0]) return '';
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

/**
 * The elements to type, from the manifest: tag, class and module, the writable public
 * properties, the attributes whose name is not the property's, the events and the CSS
 * custom properties. `tags` limits them to the tags the package exports.
 */
export function elementsOf(manifest, tags) {
  const elements = [];
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName || (tags && !tags.includes(d.tagName))) continue;
      if (!mod.exports?.some((e) => e.kind === 'js' && e.name === d.name))
        throw new Error(`${mod.path} does not export ${d.name}, the class of <${d.tagName}>`);
      const props = (d.members ?? []).filter(
        (m) =>
          m.kind === 'field' &&
          !m.static &&
          !m.readonly &&
          (m.privacy ?? 'public') === 'public' &&
          !m.name.startsWith('_') &&
          !m.name.startsWith('#'),
      );
      const propNames = new Set(props.map((p) => p.name));
      elements.push({
        tag: d.tagName,
        className: d.name,
        module: mod.path,
        summary: d.summary,
        description: d.description,
        props: props.map((p) => ({ name: p.name, description: p.description })),
        attributeAliases: (d.attributes ?? [])
          .filter((a) => a.fieldName && a.name !== a.fieldName && propNames.has(a.fieldName))
          .map((a) => ({ name: a.name, fieldName: a.fieldName, description: a.description })),
        events: (d.events ?? []).map((e) => ({ name: e.name, description: e.description })),
        cssProperties: (d.cssProperties ?? []).map((c) => c.name),
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** Event name → `{ className, module }` for every exported event class in src/ with a `static readonly eventName`. */
export function eventClassesIn(srcDir = join(root, 'src')) {
  const found = new Map();
  for (const file of readdirSync(srcDir, { recursive: true })) {
    if (!file.endsWith('.ts') || file.endsWith('.d.ts') || file.endsWith('.test.ts')) continue;
    const text = readFileSync(join(srcDir, file), 'utf8');
    for (const m of text.matchAll(
      /export class (\w+)\b(?:(?!\bclass\b)[\s\S])*?static readonly eventName = '([^']+)'/g,
    ))
      found.set(m[2], { className: m[1], module: relative(root, join(srcDir, file)) });
  }
  return found;
}

/** `import type { … } from '…';` lines for the element classes and the event classes the elements fire. */
function imports(elements, eventClasses) {
  const byModule = new Map();
  const add = (module, name) => byModule.set(module, new Set([...(byModule.get(module) ?? []), name]));
  for (const e of elements) {
    add(e.module, e.className);
    for (const ev of e.events)
      if (eventClasses.has(ev.name)) add(eventClasses.get(ev.name).module, eventClasses.get(ev.name).className);
  }
  return [...byModule]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([module, names]) => `import type { ${[...names].sort().join(', ')} } from '${typesPath(module)}';`)
    .join('\n');
}

/** A tag's JSDoc: its summary, then its description. */
const tagDoc = (e) => [e.summary, e.description].filter(Boolean).join('\n\n');
const eventType = (eventClasses, name) => eventClasses.get(name)?.className ?? 'Event';
const union = (names) => (names.length ? names.map((n) => `'${n}'`).join(' | ') : 'never');
const header = (what) =>
  `// Generated by scripts/framework-types.js from custom-elements.json (npm run build): do not edit.\n// ${what}\n`;

/** The React 19 declarations: `JSX.IntrinsicElements` for each tag. */
export function reactTypes(elements, eventClasses) {
  const props = elements.map((e) => {
    const own = [
      ...e.attributeAliases.map(
        (a) =>
          `${doc(`${a.description ?? ''}\n\nThe \`${a.name}\` attribute; the property is \`${a.fieldName}\`.`.trim(), '  ')}  '${a.name}'?: ${e.className}['${a.fieldName}'];`,
      ),
      ...e.events.map(
        (ev) =>
          `${doc(`\`${ev.name}\`: ${ev.description ?? ''}`, '  ')}  'on${ev.name}'?: (event: ${eventType(eventClasses, ev.name)}) => void;`,
      ),
    ];
    return `${doc(`Props of \`<${e.tag}>\` in React 19.`)}export type ${e.className}Props = FairElementProps<
  ${e.className},
  ${union(e.props.map((p) => p.name))},
  ${union(e.cssProperties)}
>${own.length ? ` & {\n${own.join('\n')}\n}` : ''};`;
  });
  return `${header('React 19: `import type {} from \'fairkit/react\';` once in the app (or "types": ["fairkit/react"] in tsconfig.json).')}
import type { CSSProperties, DetailedHTMLProps, HTMLAttributes } from 'react';
${imports(elements, eventClasses)}

/**
 * What a Fairkit element takes in React 19: the element's properties \`P\` (React 19 sets
 * them as properties), React's HTML attributes with \`children\`, \`key\` and \`ref\` (to the
 * element), \`class\` besides \`className\`, and its CSS custom properties \`C\` in \`style\`.
 */
export type FairElementProps<E extends HTMLElement, P extends keyof E, C extends string> = Partial<Pick<E, P>> &
  Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, P | 'style'> & {
    /** The element's classes (React 19 passes \`class\` to a custom element as it is). */
    class?: string;
    /** Inline styles, with the element's documented CSS custom properties (and any other \`--*\`). */
    style?: CSSProperties & { [name in C]?: string | number } & { [name: \`--\${string}\`]: string | number | undefined };
  };

${props.join('\n\n')}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((e) => `${doc(tagDoc(e), '      ')}      '${e.tag}': ${e.className}Props;`).join('\n')}
    }
  }
}
`;
}

/** The Vue 3 declarations: `GlobalComponents` for each tag. */
export function vueTypes(elements, eventClasses) {
  const props = elements.map((e) => {
    const events = e.events.map(
      (ev) =>
        `${doc(`\`${ev.name}\` (\`@${ev.name}\` in a template): ${ev.description ?? ''}`, '  ')}  on${pascal(ev.name)}?: (event: ${eventType(eventClasses, ev.name)}) => void;`,
    );
    const picked = e.props.length ? `Partial<Pick<${e.className}, ${union(e.props.map((p) => p.name))}>>` : '{}';
    return `${doc(`Props of \`<${e.tag}>\` in Vue 3: its properties and events.`)}export type ${e.className}Props = ${picked}${events.length ? ` & {\n${events.join('\n')}\n}` : ''};`;
  });
  return `${header('Vue 3 (templates checked by Volar / vue-tsc): `import type {} from \'fairkit/vue\';` once in the app (or "types": ["fairkit/vue"] in tsconfig.json).')}
import type { DefineComponent } from 'vue';
${imports(elements, eventClasses)}

${props.join('\n\n')}

declare module 'vue' {
  interface GlobalComponents {
${elements.map((e) => `${doc(tagDoc(e), '    ')}    '${e.tag}': DefineComponent<${e.className}Props>;`).join('\n')}
  }
}
`;
}

/** The tags the package exports an element module for (`"./fair-kiosk.js"`). */
export function exportedTags(pkg) {
  return Object.keys(pkg.exports)
    .map((key) => /^\.\/(fair-[a-z-]+)\.js$/.exec(key)?.[1])
    .filter((tag) => tag && tag !== 'fairkit');
}

/** Both files' text from the manifest and package.json in the repository. */
export function generate() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const tags = exportedTags(pkg);
  const elements = elementsOf(manifest, tags);
  const missing = tags.filter((t) => !elements.some((e) => e.tag === t));
  if (missing.length)
    throw new Error(`custom-elements.json has no element for ${missing.join(', ')} (npm run manifest)`);
  const eventClasses = eventClassesIn();
  return { elements, react: reactTypes(elements, eventClasses), vue: vueTypes(elements, eventClasses) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { elements, react, vue } = generate();
  const out = join(root, 'dist/types');
  mkdirSync(out, { recursive: true });
  // Formatted with the project's Prettier settings, for whoever reads them in node_modules.
  const options = { ...(await prettier.resolveConfig(join(root, 'package.json'))), parser: 'typescript' };
  writeFileSync(join(out, 'react.d.ts'), await prettier.format(react, options));
  writeFileSync(join(out, 'vue.d.ts'), await prettier.format(vue, options));
  console.log(
    `framework types: dist/types/react.d.ts and dist/types/vue.d.ts for ${elements.map((e) => e.tag).join(', ')}`,
  );
}
