import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { caoBang, sampleControl } from './samples.js';

const meta: Meta = {
  title: 'Elements/fair-data',
  component: 'fair-data',
  argTypes: { src: sampleControl },
  args: { src: caoBang },
  render: ({ src }) => html`<fair-data src=${src}>
    <fair-product-card product="mien-dong-500g" compact></fair-product-card>
  </fair-data>`,
};
export default meta;

/** One feed, provided to every element inside. */
export const ProvidesAFeed: StoryObj = {};

/** A feed that cannot be loaded: a translated message instead of a blank box, and `fair-error` with the problems. */
export const BrokenFeed: StoryObj = {
  args: { src: 'samples/does-not-exist.json' },
};
