import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';
import { caoBang, sampleControl, sonLa } from './samples.js';

interface Args {
  src: string;
  locales?: string;
  compact: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/fair-language-switcher',
  component: 'fair-language-switcher',
  argTypes: { src: sampleControl },
  args: { src: sonLa, compact: false },
  render: (a) =>
    html`<fair-language-switcher src=${a.src} locales=${ifDefined(a.locales)} ?compact=${a.compact}></fair-language-switcher>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The fair's languages (Son La: Vietnamese, English, Chinese), each by its own name. */
export const FairLanguages: Story = {};

/** Every UI language, for a kiosk at a national fair (`locales` overrides the feed). */
export const AllEightLanguages: Story = { args: { src: caoBang, locales: 'vi en zh-Hans zh-Hant ko ja ru th' } };

/** One button that opens a menu, for a header. */
export const Compact: Story = { args: { compact: true } };
