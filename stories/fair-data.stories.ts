import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/data/define.js';

const meta: Meta = {
  title: 'Elements/fair-data',
  component: 'fair-data',
  args: { src: 'samples/cao-bang/feed.json' },
  render: ({ src }) => html`<fair-data src=${src}></fair-data>`,
};
export default meta;

export const BrokenFeed: StoryObj = {
  args: { src: 'samples/does-not-exist.json' },
};
