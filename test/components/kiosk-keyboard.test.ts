// <fair-kiosk-keyboard> on its own: the keys a visitor sees, typed with real taps (sendMouse at the keys'
// screen coordinates) and real keys (sendKeys), the events it fires, Vietnamese Telex, its layout at the
// widths a kiosk gives it, 44 px targets, and axe. (Inside the kiosk: kiosk-typing.test.ts.)
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
// The module the kiosk loads on demand to register the keyboard.
import '../../src/components/kiosk/keyboard.define.js';
import type { FairKioskKeyboard, KioskKeyboardInputEvent } from '../../src/components/kiosk/keyboard.js';
import { setLocale } from '../../src/i18n/locale.js';
import { box, deepActive, inside, intersects, press, seen, tap, visible } from '../harness.js';

interface Page {
  keyboard: FairKioskKeyboard;
  input: HTMLInputElement;
  /** Every `fair-kiosk-keyboard-input` value, in order. */
  typed: string[];
  closed: number;
}

/** A text box and the keyboard under it, `width` px wide, as the kiosk lays them out. */
async function page(width = 1080, attrs: { telex?: boolean; value?: string } = {}): Promise<Page> {
  await setViewport({ width: width + 40, height: 900 });
  const wrap = await fixture<HTMLElement>(html`<div style="width:${width}px">
    <input aria-label="Search" />
    <fair-kiosk-keyboard ?telex=${attrs.telex} .value=${attrs.value ?? ''}></fair-kiosk-keyboard>
  </div>`);
  const keyboard = wrap.querySelector('fair-kiosk-keyboard')!;
  await keyboard.updateComplete;
  const result: Page = { keyboard, input: wrap.querySelector('input')!, typed: [], closed: 0 };
  // On the document: both events are composed and bubble, so a page outside the kiosk hears them.
  const onInput = (e: Event) => result.typed.push((e as KioskKeyboardInputEvent).detail.value);
  const onClose = () => result.closed++;
  document.addEventListener('fair-kiosk-keyboard-input', onInput);
  document.addEventListener('fair-kiosk-keyboard-close', onClose);
  cleanups.push(() => {
    document.removeEventListener('fair-kiosk-keyboard-input', onInput);
    document.removeEventListener('fair-kiosk-keyboard-close', onClose);
  });
  return result;
}
const cleanups: (() => void)[] = [];

/** Shift+Tab with real keys. */
async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

const keys = (k: FairKioskKeyboard) => [...k.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
/** The key a person would call `name`: a letter or digit as printed on it, or its spoken name (Delete, Space…). */
function key(k: FairKioskKeyboard, name: string): HTMLButtonElement {
  const found = keys(k).find((b) => seen(b.textContent) === name || b.getAttribute('aria-label') === name);
  if (!found)
    throw new Error(
      `no key "${name}" on the keyboard; it shows ${keys(k)
        .map((b) => seen(b.textContent))
        .join(' ')}`,
    );
  return found;
}

/** Taps the keys printed `A`, `B` … for each letter of `letters` (a space taps Space), one real tap each. */
async function tapKeys(k: FairKioskKeyboard, letters: string): Promise<void> {
  for (const c of letters) {
    await tap(key(k, c === ' ' ? 'Space' : c.toUpperCase()));
    await k.updateComplete;
  }
}

/** The keys' labels as a person reads them, row by row (top to bottom, in reading order). */
function rowsSeen(k: FairKioskKeyboard): string[] {
  const rows = new Map<number, { x: number; label: string }[]>();
  for (const b of keys(k)) {
    const r = b.getBoundingClientRect();
    const y = Math.round(r.top);
    if (!rows.has(y)) rows.set(y, []);
    rows.get(y)!.push({ x: r.left, label: seen(b.textContent) });
  }
  return [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, row]) =>
      row
        .sort((a, b) => a.x - b.x)
        .map((c) => c.label)
        .join(' '),
    );
}

describe('<fair-kiosk-keyboard>', () => {
  afterEach(async () => {
    for (const c of cleanups.splice(0)) c();
    await setLocale('en');
  });

  for (const width of [1080, 960, 700]) {
    it(`at ${width} px shows digits and QWERTY rows, then Tiếng Việt, Space, Clear and Done, every key at least 44 px`, async () => {
      const { keyboard } = await page(width);
      expect(rowsSeen(keyboard)).to.deep.equal([
        '1 2 3 4 5 6 7 8 9 0',
        'Q W E R T Y U I O P',
        'A S D F G H J K L',
        'Z X C V B N M ⌫',
        'Tiếng Việt ␣ Clear Done',
      ]);
      const frame = keyboard.getBoundingClientRect();
      const all = keys(keyboard);
      for (const b of all) {
        const r = b.getBoundingClientRect();
        expect(visible(b), `${seen(b.textContent)} shows`).to.equal(true);
        expect(
          Math.min(r.width, r.height),
          `key ${seen(b.textContent)} is ${box(r)}: a finger needs 44 px`,
        ).to.be.at.least(44);
        expect(inside(r, frame), `key ${seen(b.textContent)} ${box(r)} inside the keyboard ${box(frame)}`).to.equal(
          true,
        );
      }
      for (let i = 0; i < all.length; i++)
        for (let j = i + 1; j < all.length; j++) {
          const [a, b] = [all[i].getBoundingClientRect(), all[j].getBoundingClientRect()];
          expect(
            intersects(a, b),
            `${seen(all[i].textContent)} ${box(a)} and ${seen(all[j].textContent)} ${box(b)}`,
          ).to.equal(false);
        }
      // The label on each key is at least the kit's 16 px.
      for (const b of all) expect(parseFloat(getComputedStyle(b).fontSize), seen(b.textContent)).to.be.at.least(16);
    });
  }

  it('types what is tapped, firing fair-kiosk-keyboard-input with the whole text each time; Delete, Clear', async () => {
    const { keyboard, typed } = await page();
    await tapKeys(keyboard, 'che 2');
    expect(keyboard.value).to.equal('che 2');
    expect(typed).to.deep.equal(['c', 'ch', 'che', 'che ', 'che 2']);
    await tap(key(keyboard, 'Delete'));
    await tap(key(keyboard, 'Delete'));
    expect(typed.slice(-2)).to.deep.equal(['che ', 'che']);
    await tap(key(keyboard, 'Clear'));
    expect(typed.at(-1)).to.equal('');
    expect(keyboard.value).to.equal('');
    // Delete on nothing stays nothing.
    await tap(key(keyboard, 'Delete'));
    expect(keyboard.value).to.equal('');
  });

  it('goes on from text set from outside (the search box), and Done fires fair-kiosk-keyboard-close', async () => {
    const { keyboard, typed, closed } = await page(1080, { value: 'mien ' });
    await tapKeys(keyboard, 'do');
    expect(typed).to.deep.equal(['mien d', 'mien do']);
    expect(closed).to.equal(0);
    const before = typed.length;
    const done = new Promise((resolve) =>
      document.addEventListener('fair-kiosk-keyboard-close', resolve, { once: true }),
    );
    await tap(key(keyboard, 'Done'));
    await done;
    expect(typed.length, 'Done types nothing').to.equal(before);
  });

  it('a tap on a key (or between keys) leaves the focus in the text box', async () => {
    const { keyboard, input, typed } = await page();
    input.focus();
    await tapKeys(keyboard, 'ab');
    expect(deepActive(), 'after tapping A and B').to.equal(input);
    // The gap between Q and W.
    const [q, w] = [key(keyboard, 'Q').getBoundingClientRect(), key(keyboard, 'W').getBoundingClientRect()];
    await sendMouse({
      type: 'click',
      position: [Math.round((q.right + w.left) / 2), Math.round(q.top + q.height / 2)],
    });
    expect(deepActive(), 'after a tap between two keys').to.equal(input);
    expect(typed).to.deep.equal(['a', 'ab']);
  });

  it('works with real keys: Tab reaches the keys in order with a visible focus ring, Enter and Space press them', async () => {
    const p = await page();
    const { keyboard, input, typed } = p;
    input.focus();
    await press('Tab');
    expect(deepActive()?.textContent?.trim(), 'Tab from the box goes to the first key').to.equal('1');
    const ring = getComputedStyle(deepActive()!);
    expect(`${ring.outlineStyle} ${ring.outlineWidth}`, 'the focused key shows a ring').to.match(/^solid [1-9]/);
    await press('Enter');
    await press('Tab', 'Space');
    expect(typed).to.deep.equal(['1', '12']);
    // Shift+Tab back to the box, and on to the last keys: Clear, then Done.
    await shiftTab();
    await shiftTab();
    expect(deepActive()).to.equal(input);
    const done = key(keyboard, 'Done');
    done.focus();
    await shiftTab();
    expect(deepActive()?.textContent?.trim()).to.equal('Clear');
    await press('Enter');
    expect(typed.at(-1)).to.equal('');
    expect(p.closed).to.equal(0);
    await press('Tab', 'Enter');
    expect(deepActive()?.textContent?.trim()).to.equal('Done');
    await waitUntil(() => p.closed === 1, 'Enter on Done fires fair-kiosk-keyboard-close');
  });

  it('Tiếng Việt turns Telex on and off: a pressed toggle, and plain letters again when off', async () => {
    const { keyboard } = await page();
    const vietnamese = key(keyboard, 'Tiếng Việt');
    expect(vietnamese.getAttribute('aria-pressed')).to.equal('false');
    await tap(vietnamese);
    expect(vietnamese.getAttribute('aria-pressed')).to.equal('true');
    expect(keyboard.telex).to.equal(true);
    expect(keyboard.hasAttribute('telex'), 'reflected, for a page that styles it').to.equal(true);
    await tapKeys(keyboard, 'dd');
    expect(keyboard.value).to.equal('đ');
    await tap(vietnamese);
    expect(vietnamese.getAttribute('aria-pressed')).to.equal('false');
    await tapKeys(keyboard, 'dd');
    expect(keyboard.value).to.equal('đdd');
  });

  // What a Vietnamese visitor types, tapped key by key, and what the box then says.
  const telexCases: [string, string][] = [
    ['aa', 'â'],
    ['aw', 'ă'],
    ['ee', 'ê'],
    ['oo', 'ô'],
    ['ow', 'ơ'],
    ['uw', 'ư'],
    ['dd', 'đ'],
    ['mas', 'má'],
    ['maf', 'mà'],
    ['mar', 'mả'],
    ['max', 'mã'],
    ['maj', 'mạ'],
    ['mass', 'mas'], // the same tone key twice takes the tone back off
    ['maaa', 'maa'], // and so does the same shape key
    ['vieetj', 'việt'],
    ['tieengs vieetj', 'tiếng việt'], // Space starts a new word
    ['nguwowif', 'người'],
    ['ddoongf', 'đồng'],
  ];
  it('types Vietnamese with Telex: aa aw ee oo ow uw dd, the five tones, undo by repeat, word by word', async () => {
    const { keyboard } = await page(1080, { telex: true });
    const got: [string, string][] = [];
    for (const [typedKeys] of telexCases) {
      await tap(key(keyboard, 'Clear'));
      await tapKeys(keyboard, typedKeys);
      got.push([typedKeys, keyboard.value]);
    }
    // As lines ("vieetj → việt"), so a failure shows which words came out wrong.
    const lines = (cases: [string, string][]) => cases.map(([k, v]) => `${k} → ${v}`).join('\n');
    expect(lines(got)).to.equal(lines(telexCases));
  });

  it('with Telex, marks text typed before (capitals kept): "Vie" + e t j is "Việt"', async () => {
    const { keyboard, typed } = await page(1080, { telex: true, value: 'Vie' });
    await tapKeys(keyboard, 'etj');
    expect(typed).to.deep.equal(['Viê', 'Viêt', 'Việt']);
  });

  it('names its keys in the visitor language, and "Tiếng Việt" in Vietnamese in every one', async () => {
    const { keyboard } = await page();
    const english = keys(keyboard).map((b) => b.getAttribute('aria-label') ?? seen(b.textContent));
    await setLocale('ko');
    await keyboard.updateComplete;
    const korean = keys(keyboard).map((b) => b.getAttribute('aria-label') ?? seen(b.textContent));
    const group = keyboard.shadowRoot!.querySelector('[role="group"]')!;
    for (const name of ['Delete', 'Space', 'Clear', 'Done']) {
      const i = english.indexOf(name);
      expect(i, `a key named "${name}" in English`).to.be.at.least(0);
      expect([name, '', undefined], `"${name}" in Korean`).to.not.include(korean[i]);
    }
    expect(group.getAttribute('aria-label')).to.not.equal('On-screen keyboard');
    expect(korean).to.include('Tiếng Việt');
    expect(korean.slice(0, 10)).to.deep.equal([...'1234567890']);
  });

  it('is accessible (axe), with Telex off and on', async () => {
    const { keyboard } = await page();
    await expect(keyboard).to.be.accessible();
    await tap(key(keyboard, 'Tiếng Việt'));
    await expect(keyboard).to.be.accessible();
  });
});
