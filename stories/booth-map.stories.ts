import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';
import { caoBang, national, sampleControl, sonLa } from './samples.js';

interface Args {
  src: string;
  here?: string;
  selected?: string;
  category?: string;
  'route-to'?: string;
  level?: string;
  view?: 'map' | 'list';
  'avoid-stairs'?: boolean;
  controls?: 'top' | 'bottom';
}

const meta: Meta<Args> = {
  title: 'Elements/fair-booth-map',
  component: 'fair-booth-map',
  argTypes: {
    src: sampleControl,
    view: { control: 'inline-radio', options: ['map', 'list'] },
    controls: { control: 'inline-radio', options: ['top', 'bottom'] },
  },
  args: { src: caoBang, here: 'kiosk-1' },
  parameters: { layout: 'fullscreen' },
  render: (
    a,
  ) => html`<fair-booth-map style="height: 80vh" src=${a.src} here=${ifDefined(a.here)} selected=${ifDefined(a.selected)}
    category=${ifDefined(a.category)} route-to=${ifDefined(a['route-to'])} level=${ifDefined(a.level)} view=${ifDefined(a.view)}
    ?avoid-stairs=${a['avoid-stairs']} controls=${ifDefined(a.controls)}></fair-booth-map>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The Cao Bang week in Cau Giay Park: 14 booths, "you are here" at the kiosk. */
export const CaoBang: Story = {};

/** A booth selected from outside (`selected`). */
export const Selected: Story = { args: { selected: 'A04' } };

/** The walking route from the kiosk to a booth, with distance, time and steps. */
export const RouteToBooth: Story = { args: { 'route-to': 'B05' } };

/** Son La at Vincom Plaza: two levels, a route that takes the lift when stairs are avoided. */
export const SonLaTwoLevels: Story = { args: { src: sonLa, 'route-to': 'B10', 'avoid-stairs': true } };

/** Only one category stands out (`category`). */
export const CategoryFilter: Story = { args: { category: 'tea' } };

/** The list view a screen reader uses, with the same select behaviour. */
export const ListView: Story = { args: { view: 'list' } };

/** Every control along the bottom edge (`controls="bottom"`), within reach of a seated visitor: the kiosk's accessibility mode. */
export const ControlsWithinReach: Story = { args: { src: sonLa, controls: 'bottom' } };

/** The national fair: 216 booths in exhibition halls. */
export const NationalFair: Story = { args: { src: national } };
