import { expect } from '@open-wc/testing';
import { shareUrl } from '../../src/components/kiosk/share.js';

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
