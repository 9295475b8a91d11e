import { expect, waitUntil } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import { loadQrEncoder, qrCode, qrShape } from '../../src/internal/qr.js';
import { decodeQr } from '../harness.js';

function fixture(template: TemplateResult): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  render(template, el);
  return el;
}

describe('qrCode', () => {
  // First in this file's page: the encoder is not loaded yet.
  it('loads its encoder on first use: the white ground with its name first, then the modules', async () => {
    const url = 'https://fair.example.vn/route/A03?from=kiosk-1';
    expect(qrShape(url), 'not encoded before the encoder is there').to.equal(undefined);
    const el = fixture(html`<div>${qrCode(url, { label: 'QR code' })}</div>`);
    const svg = () => el.querySelector('svg')!;
    expect(svg().getAttribute('aria-label')).to.equal('QR code');
    expect(svg().getAttribute('aria-busy')).to.equal('true');
    expect(svg().querySelector('path')).to.equal(null);
    await waitUntil(() => svg().querySelector('path'), 'the modules are drawn once the encoder has loaded');
    expect(svg().getAttribute('aria-busy')).to.equal(null);
    expect(svg().querySelector('path')!.getAttribute('d')).to.equal(qrShape(url)!.path);
    // Drawn for real: an SVG path (not an unknown HTML element) that covers most of the code.
    const path = svg().querySelector('path')!;
    expect(path, 'an SVG <path>').to.be.instanceOf(SVGPathElement);
    expect(path.getBBox().width, 'the modules span the code').to.be.above(qrShape(url)!.size * 0.8);
    expect(await decodeQr(svg()), 'what a phone reads').to.equal(url);
  });

  it('draws a URL as an SVG with a quiet zone and an accessible name', async () => {
    await loadQrEncoder();
    const el = fixture(html`<div>${qrCode('https://fair.example.vn/producer/hoang-ha', { label: 'QR code' })}</div>`);
    const svg = el.querySelector('svg')!;
    expect(svg).to.exist;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('QR code');
    const size = qrShape('https://fair.example.vn/producer/hoang-ha')!.size;
    expect(svg.getAttribute('viewBox')).to.equal(`-4 -4 ${size + 8} ${size + 8}`);
    expect(svg.querySelector('path')!.getAttribute('d')).to.match(/^M\d/);
  });

  it('is decorative without a label', async () => {
    const el = fixture(html`<div>${qrCode('https://a.vn')}</div>`);
    expect(el.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('draws codes a phone reads back as their URLs (decoded by jsQR from the drawn pixels)', async () => {
    await loadQrEncoder();
    const urls = [
      'https://a.vn',
      'https://fair.example.vn/route/A03?from=kiosk-1',
      'https://fair.example.vn/producer/hoang-ha',
      // Past a version-1 code's capacity, with characters a QR must escape in byte mode.
      'https://trace.example.vn/lô-hàng/chè-shan-tuyết?batch=2025-12&origin=Suối%20Giàng#ảnh',
    ];
    for (const url of urls) {
      const el = fixture(html`<div style="color: #1b1f1d">${qrCode(url, { label: 'QR code' })}</div>`);
      const svg = el.querySelector('svg')!;
      expect(svg.querySelector('path'), `${url}: drawn`).to.exist;
      expect(await decodeQr(svg), url).to.equal(url);
      el.remove();
    }
  });

  it('renders nothing for an empty or unencodable value', async () => {
    await loadQrEncoder();
    const el = fixture(html`<div>${qrCode('')}${qrCode('x'.repeat(8000))}</div>`);
    expect(el.querySelector('svg')).to.equal(null);
  });
});
