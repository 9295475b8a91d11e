// node --test scripts/framework-types.test.js (in npm run test:types): the React and
// Vue declarations made by scripts/framework-types.js carry every documented attribute,
// property and event of each exported tag, with the event's own class.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { elementsOf, eventClassesIn, generate, reactTypes, vueTypes } from './framework-types.js';

const { elements, react, vue } = generate();

/** The generated props type of one element (`export type FairKioskProps = …;`). */
function propsBlock(text, className) {
  const start = text.indexOf(`export type ${className}Props =`);
  assert.notEqual(start, -1, `no ${className}Props in the output`);
  return text.slice(start, text.indexOf('};', start) + 2);
}

test('each exported tag is declared for React and Vue', () => {
  assert.deepEqual(
    elements.map((e) => e.tag),
    [
      'fair-booth-map',
      'fair-data',
      'fair-guide',
      'fair-kiosk',
      'fair-language-switcher',
      'fair-plan-editor',
      'fair-producer-story',
      'fair-product-card',
      'fair-search',
    ],
  );
  for (const e of elements) {
    assert.match(react, new RegExp(`'${e.tag}': ${e.className}Props;`));
    assert.match(vue, new RegExp(`'${e.tag}': DefineComponent<${e.className}Props>;`));
  }
  assert.doesNotMatch(react + vue, /'fair-kiosk-keyboard'/, 'the internal keyboard has no module of its own');
});

test('<fair-plan-editor>: the feed in, the upload hook and fair-feed-change out, for React and Vue', () => {
  const r = propsBlock(react, 'FairPlanEditor');
  const v = propsBlock(vue, 'FairPlanEditor');
  for (const p of ['feed', 'uploadImage', 'src']) {
    assert.match(r, new RegExp(`'${p}'`), `React: ${p}`);
    assert.match(v, new RegExp(`'${p}'`), `Vue: ${p}`);
  }
  assert.match(r, /'onfair-feed-change'\?: \(event: FairFeedChangeEvent\) => void;/);
  assert.match(v, /onFairFeedChange\?: \(event: FairFeedChangeEvent\) => void;/);
});

test("<fair-booth-map>: its documented attributes, properties and events, typed with the class's own types", () => {
  const r = propsBlock(react, 'FairBoothMap');
  const v = propsBlock(vue, 'FairBoothMap');
  for (const p of [
    'level',
    'selected',
    'here',
    'category',
    'routeTo',
    'avoidStairs',
    'view',
    'src',
    'feed',
    'timeout',
  ]) {
    assert.match(r, new RegExp(`'${p}'`), `React: ${p}`);
    assert.match(v, new RegExp(`'${p}'`), `Vue: ${p}`);
  }
  assert.match(r, /^\s*FairBoothMap,$/m, 'React: Pick from the class');
  assert.match(v, /Partial<Pick<FairBoothMap, /);
  assert.match(r, /'route-to'\?: FairBoothMap\['routeTo'\];/);
  assert.match(r, /'avoid-stairs'\?: FairBoothMap\['avoidStairs'\];/);
  assert.match(r, /'onfair-booth-select'\?: \(event: FairBoothSelectEvent\) => void;/);
  assert.match(r, /'onfair-level-change'\?: \(event: FairLevelChangeEvent\) => void;/);
  assert.match(r, /'onfair-error'\?: \(event: FairErrorEvent\) => void;/, 'inherited from FairElement');
  assert.match(v, /onFairBoothSelect\?: \(event: FairBoothSelectEvent\) => void;/);
  assert.match(v, /onFairLevelChange\?: \(event: FairLevelChangeEvent\) => void;/);
  assert.doesNotMatch(r + v, /currentLevel/, 'a getter is not settable');
  assert.match(r, /'--fair-booth-map-height'/, 'its CSS custom properties for `style`');
  assert.match(react, /import type \{ FairBoothMap \} from '\.\/components\/booth-map\/booth-map\.js';/);
});

test('every documented attribute and event of every tag is in both files', () => {
  for (const e of elements) {
    const r = propsBlock(react, e.className);
    const v = propsBlock(vue, e.className);
    for (const p of e.props) {
      assert.match(r, new RegExp(`'${p.name}'`), `React ${e.tag}: ${p.name}`);
      assert.match(v, new RegExp(`'${p.name}'`), `Vue ${e.tag}: ${p.name}`);
    }
    for (const a of e.attributeAliases) assert.match(r, new RegExp(`'${a.name}'\\?:`), `React ${e.tag}: ${a.name}`);
    for (const ev of e.events) {
      assert.match(r, new RegExp(`'on${ev.name}'\\?: \\(event: \\w+\\)`), `React ${e.tag}: ${ev.name}`);
      const vueName = `on${ev.name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())}`;
      assert.match(v, new RegExp(`${vueName}\\?: \\(event: \\w+\\)`), `Vue ${e.tag}: ${ev.name}`);
    }
  }
  assert.match(propsBlock(react, 'FairKiosk'), /'onfair-kiosk-reset'\?: \(event: FairKioskResetEvent\) => void;/);
});

test('every event class in src/ is found by its eventName', () => {
  const classes = eventClassesIn();
  assert.deepEqual(classes.get('fair-show-booth'), {
    className: 'FairShowBoothEvent',
    module: 'src/internal/events.ts',
  });
  assert.deepEqual(classes.get('fair-kiosk-reset'), {
    className: 'FairKioskResetEvent',
    module: 'src/components/kiosk/kiosk-events.ts',
  });
});

test('only writable public fields are offered; an event without a class gets Event', () => {
  const manifest = {
    modules: [
      {
        path: 'src/components/x/x.ts',
        exports: [{ kind: 'js', name: 'FairX' }],
        declarations: [
          {
            kind: 'class',
            customElement: true,
            tagName: 'fair-x',
            name: 'FairX',
            members: [
              { kind: 'field', name: 'shown', description: 'Shown.' },
              { kind: 'field', name: 'multiWord', description: 'Two words.' },
              { kind: 'field', name: 'gotten', readonly: true },
              { kind: 'field', name: 'hidden', privacy: 'private' },
              { kind: 'field', name: 'styles', static: true },
              { kind: 'method', name: 'reset' },
            ],
            attributes: [
              { name: 'shown', fieldName: 'shown' },
              { name: 'multi-word', fieldName: 'multiWord', description: 'Two words.' },
            ],
            events: [{ name: 'fair-x-happened', description: 'It happened.' }],
          },
          { kind: 'class', customElement: true, tagName: 'fair-y', name: 'FairY' },
        ],
      },
    ],
  };
  const [x, ...others] = elementsOf(manifest, ['fair-x']);
  assert.equal(others.length, 0, 'fair-y is not exported');
  assert.deepEqual(
    x.props.map((p) => p.name),
    ['shown', 'multiWord'],
  );
  assert.deepEqual(
    x.attributeAliases.map((a) => a.name),
    ['multi-word'],
  );
  const r = reactTypes([x], new Map());
  const v = vueTypes([x], new Map());
  assert.match(r, /FairElementProps<\n {2}FairX,\n {2}'shown' \| 'multiWord',\n {2}never\n>/);
  assert.match(r, /'multi-word'\?: FairX\['multiWord'\];/);
  assert.match(r, /'onfair-x-happened'\?: \(event: Event\) => void;/);
  assert.match(v, /onFairXHappened\?: \(event: Event\) => void;/);
  assert.match(v, /Partial<Pick<FairX, 'shown' \| 'multiWord'>>/);
});
