import { expect } from '@open-wc/testing';
import { resolveFeedUrls } from '../../src/data/loader.js';
import { validateFeed } from '../../src/data/validate.js';
import { formatRoute, guideUrl, parseItems, parseRoute } from '../../src/internal/guide-links.js';

const feedWith = (guide: unknown) => ({
  version: 1,
  fair: { id: 'f', name: 'Fair', guide },
  map: { type: 'plan', levels: [{ id: 'G', size: [100, 100] }] },
  booths: [{ id: 'A01', level: 'G', rect: [0, 0, 10, 10] }],
});

describe('fair.guide in the feed', () => {
  it('keeps an http(s) address, and a relative one resolved against the feed', () => {
    expect(validateFeed(feedWith('https://fair.example.vn/guide/')).feed?.fair.guide).to.equal(
      'https://fair.example.vn/guide/',
    );
    const { feed, problems } = validateFeed(feedWith('guide.html'));
    expect(problems).to.deep.equal([]);
    expect(resolveFeedUrls(feed!, 'https://fair.example.vn/kiosk/fair.json').fair.guide).to.equal(
      'https://fair.example.vn/kiosk/guide.html',
    );
  });

  for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 42, { url: 'x' }]) {
    it(`leaves out ${JSON.stringify(bad)} with an error at /fair/guide`, () => {
      const { feed, problems } = validateFeed(feedWith(bad));
      expect(feed?.fair.guide).to.equal(undefined);
      expect(problems.map((p) => [p.severity, p.path])).to.deep.include(['error', '/fair/guide']);
    });
  }
});

describe('the guide’s deep links', () => {
  it('reads every route the guide offers, and writes it back the same', () => {
    for (const hash of [
      '#/booth/A04',
      '#/product/mien-dong-500g',
      '#/producer/htx-tao-trung-khanh',
      '#/route/kiosk-1/A04',
      '#/route/A01/A04/step-free',
      '#/list',
      '#/list/booth:A04,product:mien-dong-500g',
      '#/visit/gate-main/step-free',
      '#/search/che%20shan',
    ])
      expect(formatRoute(parseRoute(hash)), hash).to.equal(hash);
    expect(parseRoute('')).to.deep.equal({ page: 'home' });
    expect(parseRoute('#/search/che%20shan')).to.deep.equal({ page: 'search', query: 'che shan' });
  });

  it('calls anything else "not found", never throws: bad escapes, unknown pages, ids a feed cannot have', () => {
    for (const hash of [
      '#/booth/%E0%A4%A',
      '#/cake/1',
      '#booth/A04',
      '#/booth/a b',
      '#/booth/..',
      '#/list/cake:1',
      '#/list/booth:A1:x',
      '#/route/A1',
      `#/booth/${'x'.repeat(65)}`,
    ])
      expect(parseRoute(hash).page, hash).to.equal('not-found');
  });

  it('keeps a shared list to 60 items, once each', () => {
    expect(parseItems('booth:A1,booth:A1,product:p')).to.deep.equal([
      { kind: 'booth', id: 'A1' },
      { kind: 'product', id: 'p' },
    ]);
    expect(parseItems(Array.from({ length: 61 }, (_, i) => `booth:B${i}`).join(','))).to.equal(undefined);
  });

  it('puts the deep link on the guide’s address, replacing any hash; only http(s)', () => {
    expect(guideUrl('https://fair.example.vn/guide/?x=1#old', { page: 'booth', id: 'A04' })).to.equal(
      'https://fair.example.vn/guide/?x=1#/booth/A04',
    );
    expect(guideUrl('javascript:alert(1)', { page: 'home' })).to.equal(undefined);
    expect(guideUrl(undefined, { page: 'home' })).to.equal(undefined);
  });
});
