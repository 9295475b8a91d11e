import { expect, waitUntil } from '@open-wc/testing';
import type { FairPlanEditorLevels } from '../../src/components/plan-editor/panels/levels.js';
import type { PlanLevel } from '../../src/data/types.js';
import { setLocale } from '../../src/i18n/locale.js';
import { deepActive, press, seenIn, settle, tap } from '../harness.js';
import { field, find, panelFixture, smallTargets, sonLa } from './panels.helpers.js';

/** A PNG of `w` × `h` pixels, drawn on a canvas, as a file a person would pick. */
async function pngFile(w: number, h: number, name = 'plan-l3.png'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ddd';
  context.fillRect(0, 0, w, h);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], name, { type: 'image/png' });
}

/** Picks `file` in the file input, as the browser's file chooser does. */
function pick(input: HTMLInputElement, file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const items = (el: FairPlanEditorLevels) =>
  [...el.shadowRoot!.querySelectorAll('li')].map(
    (li) => `${seenIn(li)}${li.getAttribute('aria-current') === 'true' ? ' *' : ''}`,
  );

describe('<fair-plan-editor-levels>', () => {
  afterEach(() => setLocale('en'));

  it('lists the levels with the shown one marked, and shows another on a click', async () => {
    const host = await panelFixture('fair-plan-editor-levels', { feed: await sonLa(), level: 'L1' });
    expect(items(host.el)).to.deep.equal(['Level 1 (Current level) *', 'Level 2']);
    await tap(find(host.el, 'button.level-name', 'Level 2'));
    expect(host.selects).to.deep.equal([{ selection: { kind: 'level', id: 'L2' }, level: 'L2' }]);
    await settle(host.el);
    expect(items(host.el)).to.deep.equal(['Level 1', 'Level 2 (Current level) *']);
    expect(smallTargets(host.el)).to.deep.equal([]);
    await expect(host.el).to.be.accessible();
  });

  it("labels the plan image's file button in the UI language (not the browser's 'Choose File'), keyboard-reachable", async () => {
    await setLocale('vi');
    const host = await panelFixture('fair-plan-editor-levels', { feed: await sonLa(), level: 'L1' });
    const input = field(host.el, 'Ảnh sơ đồ (SVG, PNG hoặc JPG)');
    const choose = host.el.shadowRoot!.querySelector<HTMLElement>('label.choose')!;
    expect(seenIn(choose)).to.equal('Chọn ảnh…');
    expect(input.getBoundingClientRect().width, "the browser's own button not shown").to.be.at.most(1);
    const focusable = [...host.el.shadowRoot!.querySelectorAll<HTMLElement>('input, button, select, textarea')];
    focusable[focusable.indexOf(input) - 1].focus();
    await press('Tab');
    expect(host.el.shadowRoot!.activeElement, 'Tab reaches the file input').to.equal(input);
    expect(getComputedStyle(choose).outlineStyle, 'focus shows on the visible button').to.equal('solid');
    expect(smallTargets(host.el)).to.deep.equal([]);
    await expect(host.el).to.be.accessible();
  });

  it('adds a level named in each content language, and gives it a PNG plan with its size read from the image', async () => {
    const host = await panelFixture('fair-plan-editor-levels', { feed: await sonLa(), level: 'L1' });
    await tap(find(host.el, 'button', 'Add a level'));
    const added = host.history.feed.map.levels!.at(-1)!;
    expect(added).to.deep.equal({ id: 'L3', name: { vi: 'Tầng 3', en: 'Level 3', 'zh-Hans': '3楼' } });
    expect(host.selects.at(-1)).to.deep.equal({ selection: { kind: 'level', id: 'L3' }, level: 'L3' });
    await settle(host.el);

    pick(field(host.el, 'Plan image (SVG, PNG or JPG)'), await pngFile(320, 200));
    await waitUntil(() => host.history.canUndo && host.edits.length === 2, 'the plan image is set');
    const level = host.history.feed.map.levels![2] as PlanLevel;
    expect(level.size).to.deep.equal([320, 200]);
    expect(level.image).to.match(/^blob:/);
    await settle(host.el);
    expect(seenIn(find(host.el, '.warning'))).to.include('“plan-l3.png” is only in this browser for now');
    expect(seenIn(host.el.shadowRoot)).to.include('320 × 200 px');
    await expect(host.el).to.be.accessible();
  });

  it("stores the plan through the host's uploadImage, and reads an SVG's size from its viewBox", async () => {
    const stored: string[] = [];
    const host = await panelFixture('fair-plan-editor-levels', {
      feed: await sonLa(),
      level: 'L2',
      uploadImage: (file: File) => (stored.push(file.name), Promise.resolve(`plans/${file.name}`)),
    });
    const svg = new File(
      ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2400 1500"><rect width="10" height="10"/></svg>'],
      'hall.svg',
      {
        type: 'image/svg+xml',
      },
    );
    pick(field(host.el, 'Plan image (SVG, PNG or JPG)'), svg);
    await waitUntil(() => host.history.canUndo, 'the plan image is set');
    expect(host.history.feed.map.levels![1]).to.deep.include({ image: 'plans/hall.svg', size: [2400, 1500] });
    expect(stored).to.deep.equal(['hall.svg']);
    await settle(host.el);
    expect(host.el.shadowRoot!.querySelector('.warning')).to.equal(null);

    pick(
      field(host.el, 'Plan image (SVG, PNG or JPG)'),
      new File(['not an image'], 'notes.txt', { type: 'text/plain' }),
    );
    await settle(host.el);
    expect(seenIn(find(host.el, '[role=alert]'))).to.equal('“notes.txt” could not be read as an image.');
  });

  it('renames the shown level and moves levels by keyboard, focus staying on the moved level', async () => {
    const host = await panelFixture('fair-plan-editor-levels', { feed: await sonLa(), level: 'L1' });
    const english = field(host.el, 'Name (English)');
    english.focus();
    english.select();
    await press('G', 'r', 'o', 'u', 'n', 'd', 'Tab');
    expect(host.history.feed.map.levels![0].name).to.deep.equal({ vi: 'Tầng 1', en: 'Ground', 'zh-Hans': '一楼' });
    await settle(host.el);

    const down = find(host.el, 'button', 'Move down: Ground');
    down.focus();
    await press('Enter');
    await settle(host.el);
    expect(host.history.feed.map.levels!.map((l) => l.id)).to.deep.equal(['L2', 'L1']);
    expect(items(host.el)).to.deep.equal(['Level 2', 'Ground (Current level) *']);
    // The moved level's row moved with it; at the bottom, "Move down" is off and focus is on its "Move up".
    expect(deepActive()!.getAttribute('aria-label')).to.equal('Move up: Ground');
    await press('Enter');
    await settle(host.el);
    expect(host.history.feed.map.levels!.map((l) => l.id)).to.deep.equal(['L1', 'L2']);
  });

  it('removes a level after a confirmation that says what goes with it', async () => {
    const host = await panelFixture('fair-plan-editor-levels', { feed: await sonLa(), level: 'L2' });
    await tap(find(host.el, 'button', 'Remove Level 2'));
    const dialog = host.el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(seenIn(dialog.querySelector('h2'))).to.equal('Remove Level 2?');
    expect(seenIn(dialog.querySelector('p'))).to.equal(
      'Its 8 booths, 7 places and 16 aisles are removed with it. Undo brings them back.',
    );
    await expect(host.el).to.be.accessible();
    await press('Escape');
    expect(dialog.open).to.equal(false);
    expect(host.history.canUndo).to.equal(false);

    await tap(find(host.el, 'button', 'Remove Level 2'));
    await tap(find(host.el, 'dialog button[type=submit]'));
    expect(host.history.feed.map.levels!.map((l) => l.id)).to.deep.equal(['L1']);
    expect(host.history.feed.booths.some((b) => b.level === 'L2')).to.equal(false);
    expect(host.selects.at(-1)).to.deep.equal({ selection: null, level: 'L1' });
    await settle(host.el);
    expect(find<HTMLButtonElement>(host.el, 'button', 'Remove Level 1').disabled, 'the last level stays').to.equal(
      true,
    );
  });

  it('speaks Vietnamese', async () => {
    await setLocale('vi');
    const host = await panelFixture('fair-plan-editor-levels', { feed: await sonLa(), level: 'L1' });
    expect(items(host.el)).to.deep.equal(['Tầng 1 (Tầng đang xem) *', 'Tầng 2']);
    expect(field(host.el, 'Tên (Tiếng Việt)').value).to.equal('Tầng 1');
    await tap(find(host.el, 'button', 'Xoá Tầng 2'));
    expect(seenIn(find(host.el, 'dialog p'))).to.equal(
      '8 gian hàng, 7 địa điểm và 16 lối đi trên tầng này sẽ bị xoá theo. Có thể hoàn tác để lấy lại.',
    );
    await expect(host.el).to.be.accessible();
  });
});
