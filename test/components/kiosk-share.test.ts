import { expect, fixture, html } from '@open-wc/testing';
import { handOffUrl, renderDetailPanel, type PanelActions } from '../../src/components/kiosk/detail-panel.js';
import type { KioskShell } from '../../src/components/kiosk/kiosk-shell.js';
import { shareUrl } from '../../src/components/kiosk/share.js';
import { indexFeed } from '../../src/data/indexes.js';
import type { FairFeed } from '../../src/data/types.js';
import type { SavedItem } from '../../src/internal/guide-links.js';
import { testFeed } from './kiosk.helpers.js';

describe('kiosk share links (the URL behind a "take it with you" QR code)', () => {
  it('fills the template, encoding the id, and keeps {from} only when the kiosk has a place', () => {
    const template = 'https://fair.example.vn/{kind}/{id}?from={from}';
    expect(shareUrl(template, 'booth', 'A 01', 'kiosk-1')).to.equal(
      'https://fair.example.vn/booth/A%2001?from=kiosk-1',
    );
    expect(shareUrl(template, 'booth', 'A01')).to.equal('https://fair.example.vn/booth/A01');
    expect(shareUrl('https://fair.example.vn/{kind}/{id}?a=1&from={from}', 'route', 'A01')).to.equal(
      'https://fair.example.vn/route/A01?a=1',
    );
  });

  it('gives no link for a template that is not http(s), however it is disguised', () => {
    for (const template of [
      'javascript:alert(1)//{id}',
      'java\tscript:alert(1)//{id}',
      ' \u0000JAVASCRIPT:alert(1)//{id}',
      'data:text/html,<b>{id}</b>',
      'file:///etc/{id}',
    ])
      expect(shareUrl(template, 'product', 'x'), JSON.stringify(template)).to.equal(undefined);
    expect(shareUrl(undefined, 'product', 'x')).to.equal(undefined);
  });
});

describe('kiosk hand-off addresses with a phone guide (handOffUrl)', () => {
  const shellWith = async (guide?: string, here?: string): Promise<KioskShell> => {
    const feed = (await testFeed()) as FairFeed;
    return {
      feed,
      index: indexFeed(feed),
      locale: 'en',
      here,
      guide,
      t: (v) => (typeof v === 'string' ? v : (v?.en ?? '')),
      open: () => {},
      showEventOnMap: () => {},
    };
  };

  it('gives the guide’s deep links when there is a guide, else the share template', async () => {
    const guide = 'https://fair.example.vn/guide/';
    const shell = await shellWith(guide, 'kiosk-1');
    expect(handOffUrl(shell, { kind: 'booth', id: 'A01' })).to.equal(`${guide}#/booth/A01`);
    expect(handOffUrl(shell, { kind: 'product', id: 'shan-tuyet' })).to.equal(`${guide}#/product/shan-tuyet`);
    expect(handOffUrl(shell, { kind: 'producer', id: 'hoang-ha' })).to.equal(`${guide}#/producer/hoang-ha`);
    expect(handOffUrl(shell, { kind: 'route', id: 'A01' })).to.equal(`${guide}#/route/kiosk-1/A01`);
    expect(handOffUrl(shell, { kind: 'route', id: 'A01' }, true)).to.equal(`${guide}#/route/kiosk-1/A01/step-free`);
    expect(handOffUrl(shell, { kind: 'list', id: '' })).to.equal(undefined);
    const plain = await shellWith(undefined, 'kiosk-1');
    expect(handOffUrl(plain, { kind: 'booth', id: 'A01' })).to.equal('https://fair.example.vn/booth/A01');
    expect(handOffUrl({ ...plain, guide: 'javascript:alert(1)' }, { kind: 'booth', id: 'A01' })).to.equal(undefined);
  });

  it('in the guide (handOff "share"): a Share button calling share(url, title), no QR, no ♡ unless asked for', async () => {
    const shell = await shellWith('https://fair.example.vn/guide/');
    const shared: [string, string][] = [];
    const saved: SavedItem[] = [];
    const actions: PanelActions = {
      route: () => {},
      qrOpen: true,
      toggleQr: () => {},
      stepFree: false,
      toggleStepFree: () => {},
      handOff: 'share',
      share: (url, title) => shared.push([url, title]),
      canRoute: () => true,
    };
    const el = await fixture<HTMLDivElement>(
      html`<div>${renderDetailPanel(shell, { kind: 'booth', id: 'B02' }, actions)}</div>`,
    );
    expect(el.querySelector('[part~="show-way"]'), 'canRoute without a place').to.exist;
    expect(el.querySelector('[part~="take-away"]')).to.equal(null);
    expect(el.querySelector('[part~="qr"]')).to.equal(null);
    expect(el.querySelector('[part~="save"]'), 'no ♡ without saved()').to.equal(null);
    el.querySelector<HTMLElement>('[part~="share"]')!.click();
    expect(shared).to.deep.equal([['https://fair.example.vn/guide/#/booth/B02', 'Cao Bang province booth']]);

    const withHeart = await fixture<HTMLDivElement>(
      html`<div>${renderDetailPanel(
        shell,
        { kind: 'booth', id: 'B02' },
        {
          ...actions,
          saved: () => false,
          toggleSaved: (item) => saved.push(item),
          handOffUrl: (panel) => `https://example.org/${panel.kind}/${panel.id}`,
        },
      )}</div>`,
    );
    const heart = withHeart.querySelector<HTMLElement>('[part~="save"]')!;
    expect(heart.getAttribute('aria-pressed')).to.equal('false');
    heart.click();
    expect(saved).to.deep.equal([{ kind: 'booth', id: 'B02' }]);
    withHeart.querySelector<HTMLElement>('[part~="share"]')!.click();
    expect(shared[1]).to.deep.equal(['https://example.org/booth/B02', 'Cao Bang province booth']);
  });
});
