import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { caoBang, sampleControl, sonLa } from './samples.js';

interface Args {
  src: string;
  here: string;
  idle: number;
  width: number;
  height: number;
}

const meta: Meta<Args> = {
  title: 'Kiosk/fair-kiosk',
  component: 'fair-kiosk',
  argTypes: { src: sampleControl },
  args: { src: caoBang, here: 'kiosk-1', idle: 90, width: 540, height: 960 },
  parameters: { layout: 'centered' },
  render: (a) => html`<div style="width: ${a.width}px; height: ${a.height}px; border: 1px solid #ccc">
    <fair-kiosk style="height: 100%" src=${a.src} here=${a.here} idle=${a.idle}></fair-kiosk>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A portrait kiosk (1080×1920 at half scale) on the Cao Bang sample. */
export const Portrait: Story = {};

/** A landscape kiosk (1920×1080 at half scale) on the Son La sample. */
export const Landscape: Story = { args: { src: sonLa, width: 960, height: 540 } };

/** The same tag on a phone. */
export const Phone: Story = { args: { width: 390, height: 844 } };
