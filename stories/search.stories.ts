import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { FairSearch } from '../src/components/search/search.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';
import { caoBang, national, sampleControl } from './samples.js';

interface Args {
  src: string;
  placeholder?: string;
  recent: boolean;
  value?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/fair-search',
  component: 'fair-search',
  argTypes: { src: sampleControl },
  args: { src: caoBang, recent: false },
  render: (a) => html`<div style="max-width: 40rem; min-height: 32rem">
    <fair-search src=${a.src} placeholder=${ifDefined(a.placeholder)} ?recent=${a.recent} .value=${a.value ?? ''}></fair-search>
  </div>`,
  // A story with a query shows its results at once, as after typing it: a value
  // the element starts with only fills the box (a page must not open a list by itself).
  play: async ({ canvasElement, args }) => {
    const search = canvasElement.querySelector<FairSearch>('fair-search');
    if (!search || !args.value) return;
    await search.updateComplete;
    search.value = '';
    await search.updateComplete;
    search.value = args.value;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** An empty box, ready to type. */
export const Empty: Story = {};

/** "mien dong" typed without diacritics finds Miến dong. */
export const WithoutDiacritics: Story = { args: { value: 'mien dong' } };

/** One slip of a finger still finds it. */
export const OneTypo: Story = { args: { value: 'mein dong' } };

/** Booth codes in any spelling, over the 216-booth national fair. */
export const BoothCode: Story = { args: { src: national, value: 'b 107' } };

/** Nothing found: a message and categories to browse. */
export const NoResults: Story = { args: { value: 'xyzzy' } };
