import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { caoBang, national, sampleControl, sonLa } from './samples.js';

interface Args {
  src: string;
  producer: string;
  width: number;
  share?: 'qr' | 'off';
}

const meta: Meta<Args> = {
  title: 'Elements/fair-producer-story',
  component: 'fair-producer-story',
  argTypes: { src: sampleControl, width: { control: { type: 'range', min: 320, max: 1080, step: 10 } } },
  args: { src: caoBang, producer: 'htx-mien-dong-nguyen-binh', width: 720 },
  render: (a) => html`<div style="max-width: ${a.width}px">
    <fair-producer-story src=${a.src} producer=${a.producer} share=${a.share ?? 'qr'}></fair-producer-story>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A Cao Bang cooperative: story, gallery, products, booth, QR to take the story home. */
export const CaoBangCooperative: Story = {};

/** Son La's May 19 Agricultural Development Cooperative. */
export const SonLaCooperative: Story = { args: { src: sonLa, producer: 'htx-19-5' } };

/** Suoi Giang Shan Tuyet tea, at the national fair. */
export const SuoiGiangTea: Story = { args: { src: national, producer: 'che-shan-tuyet-suoi-giang' } };

/** Without its share QR code (`share="off"`), as in the kiosk, which shows its own "Take it with you". */
export const WithoutShareCode: Story = { args: { share: 'off' } };

/** On a phone. */
export const Phone: Story = { args: { width: 360 } };
