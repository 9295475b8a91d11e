import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/plan-editor/define.js';
import type { FairFeed } from '../src/data/types.js';
import { sonLa } from './samples.js';

interface Args {
  src?: string;
  feed?: FairFeed;
}

/** A fair just begun: one level with no plan image yet, nothing drawn. */
const emptyFair: FairFeed = {
  version: 1,
  fair: { id: 'new-fair', name: { vi: 'Hội chợ mới', en: 'New fair' }, locales: ['vi', 'en'] },
  map: { type: 'plan', levels: [{ id: 'L1', name: { vi: 'Tầng 1', en: 'Level 1' }, size: [1600, 1000] }] },
  booths: [],
};

/** A plan image chosen in a story stays in the browser tab (`fairkit edit` stores it in the fair folder). */
const uploadImage = (file: File) => Promise.resolve(URL.createObjectURL(file));

const meta: Meta<Args> = {
  title: 'Organizers/fair-plan-editor',
  component: 'fair-plan-editor',
  parameters: { layout: 'fullscreen' },
  render: (a) =>
    html`<fair-plan-editor
      style="height: 100vh"
      src=${ifDefined(a.src)}
      .feed=${a.feed}
      .uploadImage=${uploadImage}
      @fair-feed-change=${(e: CustomEvent) => console.info('fair-feed-change', e.detail)}
    ></fair-plan-editor>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The Son La sample: two levels, 20 booths, aisles, kiosks, stairs and a lift. */
export const SonLa: Story = { args: { src: sonLa } };

/** A new fair: one level without a plan image, no booths, aisles or places yet. */
export const EmptyFair: Story = { args: { feed: emptyFair } };
