import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { caoBang, sampleControl, sonLa } from './samples.js';

interface Args {
  src: string;
  here: string;
  /** The deep link the story opens (the page's hash), e.g. `#/booth/A04`. */
  link: string;
  width: number;
  height: number;
}

const meta: Meta<Args> = {
  title: 'Guide/fair-guide',
  component: 'fair-guide',
  argTypes: { src: sampleControl },
  args: { src: caoBang, here: '', link: '#/', width: 390, height: 844 },
  parameters: { layout: 'centered' },
  render: (a) => {
    // The guide reads its view from the page's hash (a deep link); the story's frame is that page.
    history.replaceState(history.state, '', a.link || '#/');
    return html`<div style="width: ${a.width}px; height: ${a.height}px; overflow: auto; border: 1px solid #ccc">
      <fair-guide style="--fair-guide-height: ${a.height}px" src=${a.src} here=${a.here || ''}></fair-guide>
    </div>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The phone guide's home on the Cao Bang sample: map, search, directory, what is on now. */
export const Phone: Story = {};

/** A booth's page, as a kiosk's QR code opens it (`#/booth/A04`). */
export const Booth: Story = { args: { link: '#/booth/A04' } };

/** The way from the kiosk to a booth (`#/route/kiosk-1/A04`): map, distance, time and steps. */
export const Route: Story = { args: { link: '#/route/kiosk-1/A04' } };

/** A link to nothing at this fair: "Not found at this fair", with the way home. */
export const NotFound: Story = { args: { link: '#/booth/Z99' } };

/** On a desktop, the map beside the page (Son La, two levels). */
export const Desktop: Story = { args: { src: sonLa, link: '#/booth/A04', width: 1280, height: 800 } };
