import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
// The module the kiosk loads when a visit starts (a chunk of its own); here the keyboard is shown by itself.
import '../src/components/kiosk/keyboard.define.js';
import type { KioskKeyboardInputEvent } from '../src/components/kiosk/keyboard.js';

interface Args {
  value: string;
  telex: boolean;
  width: number;
}

const meta: Meta<Args> = {
  title: 'Kiosk/fair-kiosk-keyboard',
  component: 'fair-kiosk-keyboard',
  args: { value: '', telex: false, width: 1080 },
  argTypes: { width: { control: { type: 'range', min: 700, max: 1200, step: 10 } } },
  parameters: { layout: 'centered' },
  // What is typed shows above the keys, as the kiosk's search box would show it.
  render: (a) => html`<div style="width: ${a.width}px">
    <p style="font: 20px/1.4 system-ui, sans-serif; min-height: 1.4em; margin: 0 0 8px">
      Typed: <output data-typed>${a.value}</output>
    </p>
    <fair-kiosk-keyboard
      .value=${a.value}
      ?telex=${a.telex}
      @fair-kiosk-keyboard-input=${(e: KioskKeyboardInputEvent) => {
        const out = (e.currentTarget as HTMLElement).parentElement!.querySelector('[data-typed]')!;
        out.textContent = e.detail.value;
      }}
    ></fair-kiosk-keyboard>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The keys at a portrait kiosk's full width: digits, QWERTY, Delete, then Tiếng Việt, Space, Clear and Done. */
export const Portrait: Story = {};

/** Telex on ("Tiếng Việt" pressed): `tieengs vieetj` types "tiếng việt". */
export const VietnameseTelex: Story = { args: { telex: true, value: 'tiếng việt' } };

/** As narrow as the kiosk shows it (below 700 px wide it leaves typing to the phone's own keyboard). */
export const Narrow: Story = { args: { width: 700 } };
