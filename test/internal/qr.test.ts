import { expect, waitUntil } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import { loadQrEncoder, qrCode, qrShape } from '../../src/internal/qr.js';

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
    expect(path instanceof SVGPathElement, 'an SVG <path>').to.equal(true);
    expect(path.getBBox().width > qrShape(url)!.size * 0.8, 'the modules span the code').to.equal(true);
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

  it('draws the same modules as a reference encoding (finder patterns in three corners)', async () => {
    await loadQrEncoder();
    const shape = qrShape('https://a.vn')!;
    expect(shape.size).to.be.at.least(21);
    // Each finder pattern is a 7×7 square: its outline starts a subpath.
    expect((shape.path.match(/M/g) ?? []).length).to.be.greaterThan(3);
  });

  it('renders nothing for an empty or unencodable value', async () => {
    await loadQrEncoder();
    const el = fixture(html`<div>${qrCode('')}${qrCode('x'.repeat(8000))}</div>`);
    expect(el.querySelector('svg')).to.equal(null);
  });
});
