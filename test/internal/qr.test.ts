import { expect } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import { qrCode, qrShape } from '../../src/internal/qr.js';

function fixture(template: TemplateResult): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  render(template, el);
  return el;
}

describe('qrCode', () => {
  it('draws a URL as an SVG with a quiet zone and an accessible name', async () => {
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

  it('draws the same modules as a reference encoding (finder patterns in three corners)', () => {
    const shape = qrShape('https://a.vn')!;
    expect(shape.size).to.be.at.least(21);
    // Each finder pattern is a 7×7 square: its outline starts a subpath.
    expect((shape.path.match(/M/g) ?? []).length).to.be.greaterThan(3);
  });

  it('renders nothing for an empty or unencodable value', async () => {
    const el = fixture(html`<div>${qrCode('')}${qrCode('x'.repeat(8000))}</div>`);
    expect(el.querySelector('svg')).to.equal(null);
  });
});
