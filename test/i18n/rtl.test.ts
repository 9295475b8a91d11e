/**
 * RTL-ready: with `dir="rtl"` on an ancestor every element flows from the
 * right, nothing is mirrored wrongly, and the map itself does not mirror
 * (north stays up, the east wing stays on the right).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { ELEMENTS, FEED } from '../fixtures/every-element.js';
import { drawn, tap } from '../harness.js';
import { clearFeedCache } from '../../src/data/loader.js';
import { setLocale } from '../../src/i18n/locale.js';

async function render(tag: string, dir: 'ltr' | 'rtl') {
  const page = await fixture(
    html`<div dir=${dir} style="inline-size: 900px"><fair-data src=${FEED}>${ELEMENTS[tag]}</fair-data></div>`,
  );
  // Drawn and settled: its map still, its layout done.
  const el = await drawn(page.querySelector<HTMLElement>(tag)!);
  return { page, el, root: el.shadowRoot! };
}

/** Physical properties whose two sides differ: in RTL they would sit on the wrong side. */
function physicalProblems(rule: CSSStyleRule): string[] {
  if (/\.leaflet-/.test(rule.selectorText)) return []; // Leaflet's own CSS: the map does not mirror
  const s = rule.style;
  const out: string[] = [];
  const pair = (a: string, b: string) => {
    const va = s.getPropertyValue(a);
    const vb = s.getPropertyValue(b);
    if ((va || vb) && va !== vb) out.push(`${rule.selectorText} { ${a}: ${va || '—'}; ${b}: ${vb || '—'} }`);
  };
  pair('margin-left', 'margin-right');
  pair('padding-left', 'padding-right');
  pair('border-left-width', 'border-right-width');
  pair('border-left-color', 'border-right-color');
  pair('border-left-style', 'border-right-style');
  pair('left', 'right');
  pair('border-top-left-radius', 'border-top-right-radius');
  pair('border-bottom-left-radius', 'border-bottom-right-radius');
  for (const prop of ['text-align', 'float', 'clear']) {
    if (/^(left|right)$/.test(s.getPropertyValue(prop)))
      out.push(`${rule.selectorText} { ${prop}: ${s.getPropertyValue(prop)} }`);
  }
  return out;
}

function styleRules(list: CSSRuleList): CSSStyleRule[] {
  return [...list].flatMap((r) =>
    r instanceof CSSStyleRule
      ? [r, ...styleRules(r.cssRules)]
      : 'cssRules' in r
        ? styleRules((r as CSSGroupingRule).cssRules)
        : [],
  );
}

describe('right-to-left', () => {
  before(() => setViewport({ width: 1000, height: 900 }));
  afterEach(async () => {
    clearFeedCache();
    await setLocale('en');
  });

  for (const tag of Object.keys(ELEMENTS)) {
    it(`<${tag}> uses logical CSS properties only`, () => {
      const ctor = customElements.get(tag) as unknown as {
        elementStyles: { styleSheet?: CSSStyleSheet; cssText: string }[];
      };
      const problems = ctor.elementStyles.flatMap((s) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(s.cssText);
        return styleRules(sheet.cssRules).flatMap(physicalProblems);
      });
      expect(problems, `physical properties in <${tag}>`).to.deep.equal([]);
    });

    it(`<${tag}> flows from the right in RTL, without overflowing`, async () => {
      const { el, root } = await render(tag, 'rtl');
      const piece = [...root.children].find((c) => !(c instanceof HTMLStyleElement)) as HTMLElement;
      expect(getComputedStyle(piece).direction).to.equal('rtl');
      const box = el.getBoundingClientRect();
      expect(piece.scrollWidth, 'no horizontal overflow').to.be.at.most(piece.clientWidth + 1);
      expect(box.width).to.be.greaterThan(0);
    });
  }

  it('the language switcher lists from the right, the check mark before the name', async () => {
    const { root } = await render('fair-language-switcher', 'rtl');
    const [first, second] = [...root.querySelectorAll<HTMLElement>('[part~=option]')];
    expect(first.getBoundingClientRect().right).to.be.greaterThan(second.getBoundingClientRect().right);
    const checked = root.querySelector('[aria-checked=true]')!;
    const check = checked.querySelector('.check')!.getBoundingClientRect();
    const name = checked.querySelector('.name')!.getBoundingClientRect();
    expect(check.left, 'check mark at the inline start (right)').to.be.greaterThan(name.left);
  });

  it('the compact list opens under the button, aligned to its inline start (right)', async () => {
    const page = await fixture(
      html`<div dir="rtl" style="padding: 40px"><fair-language-switcher compact locales="vi en ja"></fair-language-switcher></div>`,
    );
    const el = page.querySelector('fair-language-switcher')!;
    await el.updateComplete;
    const trigger = el.shadowRoot!.querySelector<HTMLElement>('[part=trigger]')!;
    const menu = el.shadowRoot!.querySelector<HTMLElement>('[part=menu]')!;
    const t = trigger.getBoundingClientRect();
    await tap(trigger);
    await waitUntil(() => menu.matches(':popover-open'), 'the list opens');
    const m = menu.getBoundingClientRect();
    expect(Math.abs(m.right - t.right), 'right edges line up').to.be.at.most(2);
    expect(m.top).to.be.at.least(t.bottom - 1);
  });

  it('the booth map does not mirror: each booth is where it is in LTR', async () => {
    const positions = async (dir: 'ltr' | 'rtl') => {
      const { el, root, page } = await render('fair-booth-map', dir);
      const map = root.querySelector('[part=map]')!.getBoundingClientRect();
      const booths = [...root.querySelectorAll('path.fair-booth')].slice(0, 5).map((p) => {
        const r = p.getBoundingClientRect();
        return [Math.round(r.left - map.left), Math.round(r.top - map.top)].join(',');
      });
      void el;
      page.remove();
      return booths;
    };
    const ltr = await positions('ltr');
    expect(ltr.length).to.be.greaterThan(0);
    expect(await positions('rtl')).to.deep.equal(ltr);
  });
});
