import { expect, waitUntil } from '@open-wc/testing';
import { render as litRender } from 'lit';
import { cleanText } from '../../src/data/validate/safety.js';
import { safeHref } from '../../src/internal/rich-text/links.js';
import { parseRichText, richTextToPlain } from '../../src/internal/rich-text/parse.js';
import { renderRichText } from '../../src/internal/rich-text/render-rich-text.js';

// Rendered synchronously with Lit, not with fixture(): fixture waits for an animation
// frame, which a background tab (two test files run side by side) never gets.
async function render(source: string, options = {}) {
  const el = document.createElement('div');
  el.className = 'fair-rt';
  document.body.append(el);
  litRender(renderRichText(source, options), el);
  return el;
}

describe('rich text', () => {
  it('renders paragraphs, emphasis, strong, headings and lists', async () => {
    const el = await render(
      '# Tea\n\nFrom *ancient* trees, **300 years** old.\nSecond line.\n\n- Picked by hand\n- Dried on wood fires\n\n3. three\n4. four',
    );
    expect(el.querySelector('h3')!.textContent).to.equal('Tea');
    const p = el.querySelector('p')!;
    expect(p.querySelector('em')!.textContent).to.equal('ancient');
    expect(p.querySelector('strong')!.textContent).to.equal('300 years');
    expect(p.textContent).to.contain('old.\nSecond line.');
    expect([...el.querySelectorAll('ul li')].map((li) => li.textContent)).to.deep.equal([
      'Picked by hand',
      'Dried on wood fires',
    ]);
    expect(el.querySelector('ol')!.getAttribute('start')).to.equal('3');
  });

  it('opens http(s) links in a new tab without an opener', async () => {
    const el = await render('See [our farm](https://suoigiang.example.vn/farm) or https://example.vn/tea.');
    const links = [...el.querySelectorAll('a')];
    expect(links.length).to.equal(2);
    expect(links[0].href).to.equal('https://suoigiang.example.vn/farm');
    expect(links[0].target).to.equal('_blank');
    expect(links[0].rel).to.equal('noopener noreferrer');
    expect(links[1].href).to.equal('https://example.vn/tea');
    // The sentence's full stop is not part of the address.
    expect(el.querySelector('p')!.textContent.trim()).to.match(/tab\)\.$/);
  });

  it('keeps the words of a link whose target is not http(s)', async () => {
    const el = await render(
      '[click](javascript:alert(1)) [data](data:text/html,<b>x</b>) [tab](java\tscript:alert(1)) [rel](/a)',
    );
    expect(el.querySelector('a')).to.equal(null);
    expect(el.textContent).to.contain('click');
    expect(el.textContent).not.to.contain('javascript');
  });

  it('resolves relative links against a base when one is given', () => {
    const [p] = parseRichText('[map](map.html)', { base: 'https://fair.example.vn/feeds/feed.json' });
    expect(p.type === 'paragraph' && p.children[0].type === 'link' && p.children[0].href).to.equal(
      'https://fair.example.vn/feeds/map.html',
    );
  });

  it('shows raw HTML as text', async () => {
    window.__fairkitPwned = false;
    const el = await render(
      '<script>window.__fairkitPwned = true</script><img src=x onerror="window.__fairkitPwned=true">',
    );
    // A sleep on purpose: this checks that nothing runs. An injected onerror would run once its image failed to
    // load, and an image that (rightly) is not there fires no event to wait for.
    await new Promise((r) => setTimeout(r, 50));
    expect(el.querySelector('script, img')).to.equal(null);
    expect(el.textContent).to.contain('<script>');
    expect(el.textContent).to.contain('<img src=x onerror=');
    expect(window.__fairkitPwned).to.equal(false);
  });

  it('turns links into QR codes with their address in kiosk mode', async () => {
    const el = await render('Visit [our farm](https://suoigiang.example.vn/farm) today.', { links: 'qr' });
    expect(el.querySelector('a')).to.equal(null);
    expect(el.querySelector('p')!.textContent).to.equal('Visit our farm today.');
    const item = el.querySelector('.fair-rt-qr-link')!;
    await waitUntil(() => item.querySelector('svg path'), 'the QR code is drawn');
    expect(item.textContent).to.contain('suoigiang.example.vn/farm');
  });

  it('removes bidi overrides but keeps the words around them', () => {
    expect(cleanText('abc\u202Egpj.exe\u202C def')).to.equal('abcgpj.exe def');
    expect(richTextToPlain('a\u200bb \u2066x\u2069')).to.equal('a\u200bb x');
  });

  it('leaves unmatched delimiters as they are', async () => {
    const el = await render('2 * 3 = 6, snake_case_name, **not closed, [not a link] (x)');
    expect(el.textContent.trim()).to.equal('2 * 3 = 6, snake_case_name, **not closed, [not a link] (x)');
    expect(el.querySelector('em, strong')).to.equal(null);
  });

  it('parses a megabyte of adversarial delimiters in linear time', () => {
    const evil = '*a _b [c **d '.repeat(80_000);
    const started = performance.now();
    parseRichText(evil);
    expect(performance.now() - started).to.be.lessThan(1500);
  });

  it('accepts only http(s) in safeHref', () => {
    expect(safeHref('https://a.vn/x')).to.equal('https://a.vn/x');
    expect(safeHref(' JaVaScRiPt:alert(1)')).to.equal(undefined);
    expect(safeHref('mailto:a@b.vn')).to.equal(undefined);
    expect(safeHref('relative/path')).to.equal(undefined);
  });

  it('reads as plain text for speech', () => {
    expect(richTextToPlain('# Tea\n\nFrom *ancient* [trees](https://a.vn).\n\n- one\n- two')).to.equal(
      'Tea\nFrom ancient trees.\none\ntwo',
    );
  });
});

declare global {
  interface Window {
    __fairkitPwned?: boolean;
  }
}

describe('rich text in an element: the reader loads on demand', () => {
  it('shows the text as written until the reader is in, then the rendered text; updateComplete waits for it', async () => {
    // A copy of the module of its own (the query makes the browser load it anew), so its reader is not in yet.
    const fresh = '../../src/internal/rich-text/index.ts?fresh';
    const { RichTextController } = (await import(fresh)) as typeof import('../../src/internal/rich-text/index.js');
    const { ReactiveElement, render: renderInto } = await import('lit');
    // Before the reader is in: the words as written, in paragraphs, never a blank.
    const probe = document.createElement('div');
    renderInto(
      new RichTextController({
        addController() {},
        removeController() {},
        requestUpdate() {},
        updateComplete: Promise.resolve(true),
      }).render('Hái tay **núi cao**.\n\nMột đoạn nữa.'),
      probe,
    );
    expect([...probe.querySelectorAll('p.fair-rt-plain')].map((p) => p.textContent)).to.deep.equal([
      'Hái tay **núi cao**.',
      'Một đoạn nữa.',
    ]);
    class Host extends ReactiveElement {
      readonly rt = new RichTextController(this);
      source = 'Hái tay trên **núi cao**.\n\nMột đoạn nữa.';
      protected override update(changed: Map<PropertyKey, unknown>): void {
        super.update(changed);
        renderInto(this.rt.render(this.source), this.renderRoot);
      }
      protected override async getUpdateComplete(): Promise<boolean> {
        const done = await super.getUpdateComplete();
        await this.rt.settled();
        return done;
      }
    }
    customElements.define('rich-text-host', Host);
    const el = document.createElement('rich-text-host') as InstanceType<typeof Host>;
    document.body.append(el);
    await el.updateComplete;
    const root = el.renderRoot as ShadowRoot;
    expect(root.querySelector('strong')?.textContent).to.equal('núi cao');
    expect(root.querySelectorAll('p').length).to.equal(2);
    expect(root.querySelector('.fair-rt-plain')).to.equal(null);
    el.remove();
  });
});
