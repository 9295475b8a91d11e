import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { caoBang, national, sampleControl, sonLa } from './samples.js';

interface Args {
  src: string;
  product: string;
  compact: boolean;
  width: number;
}

const meta: Meta<Args> = {
  title: 'Elements/fair-product-card',
  component: 'fair-product-card',
  argTypes: { src: sampleControl, width: { control: { type: 'range', min: 280, max: 1080, step: 10 } } },
  args: { src: caoBang, product: 'mien-dong-500g', compact: false, width: 420 },
  render: (a) => html`<div style="max-width: ${a.width}px">
    <fair-product-card src=${a.src} product=${a.product} ?compact=${a.compact}></fair-product-card>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The full card for a detail panel: photo, OCOP stars, certifications, price, "Find on map", trace QR. */
export const Full: Story = {};

/** The compact row for lists and search results. */
export const Compact: Story = { args: { compact: true } };

/** Son La's pure coffee powder. */
export const SonLaCoffee: Story = { args: { src: sonLa, product: 'ca-phe-nguyen-chat-500g' } };

/** A product of the national fair. */
export const NationalFair: Story = { args: { src: national, product: 'p00001' } };

/** A product id the feed does not have: a clear message, not an empty card. */
export const UnknownProduct: Story = { args: { product: 'no-such-product' } };

/** Several compact cards in a narrow column (320 px). */
export const ListAt320px: Story = {
  render: (a) => html`<div style="max-width: 320px; display: grid; gap: 8px">
    ${['thach-den-kho-500g', 'mien-dong-500g', 'bot-thach-den-200g'].map((id) => html`<fair-product-card src=${a.src} product=${id} compact></fair-product-card>`)}
  </div>`,
};
