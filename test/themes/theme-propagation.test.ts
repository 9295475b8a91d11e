/**
 * Theming reaches every element, and a host page's CSS cannot break one.
 *
 * Custom properties inherit through shadow roots: that is the whole theming
 * mechanism, so it is proven here for each element, on an inner piece of its
 * shadow root. Host-page rules (`* { all: unset }`, a Bootstrap-like reboot,
 * `button { display: none }`) reach the element's own tag but not its shadow
 * tree; the elements must not depend on anything those rules can undo.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { ELEMENTS, FEED } from '../fixtures/every-element.js';
import { drawn } from '../harness.js';
import { clearFeedCache } from '../../src/data/loader.js';
import { applyTheme } from '../../src/themes/themes.js';

const HOSTILE: Record<string, string> = {
  'all: unset': `#hostile, #hostile * { all: unset; }`,
  // The rules of Bootstrap 5's reboot that can reach a custom element, plus the usual site-wide extras.
  'Bootstrap-like reboot': `
    *, *::before, *::after { box-sizing: border-box; }
    #hostile { margin: 0; font-family: Georgia, 'Times New Roman', serif; font-size: 13px; font-weight: 300; line-height: 3;
      color: #212529; text-align: justify; letter-spacing: 2px; text-transform: uppercase; -webkit-text-size-adjust: 100%; }
    #hostile * { margin: 0; padding: 0; border: 0; vertical-align: baseline; white-space: nowrap; }
    h1, h2, h3, p, ul { margin-top: 0; margin-bottom: 1rem; }
    button { border-radius: 0; text-transform: none; }
    img, svg { vertical-align: middle; max-width: 100%; height: auto; }
    [hidden] { display: none !important; }
    #hostile section, #hostile div { display: flex; }`,
  'display: none on buttons and more': `
    button, input, a, img, svg, ul, li, p, h1, h2, h3, span { display: none !important; }
    #hostile * { visibility: visible; opacity: 0.99; }`,
};

/** Nodes drawn in the element's own shadow root (not in nested elements'). */
function visibleButtons(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('button, a[href], [role=button], [role=radio], [role=tab]')].filter(
    // Not what is inert: the kiosk's next visit, built beneath its attract screen.
    (b) => b.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && !b.closest('[inert]'),
  );
}
function innerPiece(root: ShadowRoot): HTMLElement {
  const piece = [...root.children].find((c) => !(c instanceof HTMLStyleElement) && c instanceof HTMLElement);
  if (!piece) throw new Error('empty shadow root');
  return piece as HTMLElement;
}

async function render(tag: string, wrapperAttrs: { style?: string; id?: string } = {}) {
  const page = await fixture(html`<div id=${wrapperAttrs.id ?? 'clean'} style=${wrapperAttrs.style ?? ''}>
    <fair-data src=${FEED}>${ELEMENTS[tag]}</fair-data>
  </div>`);
  // Drawn and settled: its map still, its layout done.
  const el = await drawn(page.querySelector<HTMLElement>(tag)!);
  return { page, el, root: el.shadowRoot! };
}

describe('theming reaches inside every element', () => {
  before(() => setViewport({ width: 1000, height: 900 }));
  afterEach(() => clearFeedCache());

  for (const tag of Object.keys(ELEMENTS)) {
    it(`an ancestor's --fair-color-primary and --fair-radius reach inside <${tag}>`, async () => {
      const { root } = await render(tag, { style: '--fair-color-primary: #123456; --fair-radius: 3px' });
      const piece = getComputedStyle(innerPiece(root));
      expect(piece.getPropertyValue('--_primary').trim()).to.equal('#123456');
      expect(piece.getPropertyValue('--_radius').trim()).to.equal('3px');
    });

    it(`a dark theme class on an ancestor reaches inside <${tag}>, over the fair's own colours`, async () => {
      const { page, root } = await render(tag);
      applyTheme(page, 'dark');
      const piece = getComputedStyle(innerPiece(root));
      expect(piece.getPropertyValue('--_surface').trim()).to.equal('#121614');
      expect(piece.getPropertyValue('--_primary').trim()).to.equal('#5dd3a6');
      page.removeAttribute('data-fair-theme');
    });
  }

  it('the chosen language is drawn in the ancestor primary colour (a visible proof)', async () => {
    const { root } = await render('fair-language-switcher', { style: '--fair-color-primary: #123456' });
    const checked = root.querySelector('[aria-checked=true]')!;
    expect(getComputedStyle(checked).backgroundColor).to.equal('rgb(18, 52, 86)');
  });
});

describe('host-page CSS does not break any element', () => {
  before(() => setViewport({ width: 1000, height: 900 }));
  afterEach(() => {
    clearFeedCache();
    document.querySelectorAll('style[data-hostile]').forEach((s) => s.remove());
  });

  for (const tag of Object.keys(ELEMENTS)) {
    for (const [name, cssText] of Object.entries(HOSTILE)) {
      it(`<${tag}> survives ${name}`, async () => {
        const clean = await render(tag);
        const cleanSizes = visibleButtons(clean.root).map((b) => {
          const r = b.getBoundingClientRect();
          return Math.min(r.width, r.height);
        });
        const cleanBox = clean.el.getBoundingClientRect();
        clean.page.remove();

        const style = document.createElement('style');
        style.dataset.hostile = '';
        style.textContent = cssText;
        document.head.append(style);
        const { el, root } = await render(tag, { id: 'hostile' });
        const box = el.getBoundingClientRect();
        expect(box.width, 'element width').to.be.greaterThan(Math.min(100, cleanBox.width * 0.5));
        expect(box.height, 'element height').to.be.greaterThan(Math.min(40, cleanBox.height * 0.5));
        const buttons = visibleButtons(root);
        expect(buttons.length, 'visible buttons and links').to.equal(cleanSizes.length);
        buttons.forEach((b, i) => {
          const r = b.getBoundingClientRect();
          if (getComputedStyle(b).display === 'inline') return; // a link in running text: sized by its line (WCAG 2.5.8 inline exception)
          // Not collapsed: text may wrap differently (inherited white-space, letter-spacing), but
          // nothing that was a real target on a clean page shrinks below 24 px (WCAG 2.5.8).
          expect(
            Math.min(r.width, r.height),
            `${b.textContent?.trim() || b.getAttribute('aria-label')} collapsed`,
          ).to.be.at.least(Math.min(24, cleanSizes[i]) - 1);
        });
        const piece = getComputedStyle(innerPiece(root));
        expect(piece.getPropertyValue('--_primary').trim(), 'tokens still resolve').to.equal('#0b6e4f');
      });
    }
  }
});
