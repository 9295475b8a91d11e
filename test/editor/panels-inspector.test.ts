import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../../src/i18n/locale.js';
import { deepActive, press, seenIn, settle, tap, typeKeys } from '../harness.js';
import { field, find, panelFixture, smallTargets, sonLa } from './panels.helpers.js';

/** Replaces what `input` holds by `text` with real keys, and leaves the field (its change commits it). */
async function retype(input: HTMLElement, text: string, leave = true): Promise<void> {
  await tap(input);
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
  await press('Backspace');
  if (text) await typeKeys(text);
  if (leave) await press('Tab');
}

describe('<fair-plan-editor-inspector>', () => {
  afterEach(() => setLocale('en'));

  it('says what to do when nothing is selected', async () => {
    const { el } = await panelFixture('fair-plan-editor-inspector', { feed: await sonLa(), selection: null });
    expect(seenIn(el.shadowRoot!.querySelector('h2'))).to.equal('Nothing selected');
    expect(seenIn(el.shadowRoot)).to.include('Click a booth, a place or an aisle on the map');
    await expect(el).to.be.accessible();
  });

  it("checks a booth's new code as typed and carries it to the programme", async () => {
    const host = await panelFixture('fair-plan-editor-inspector', {
      feed: await sonLa(),
      selection: { kind: 'booth', id: 'B01' },
    });
    const { el, history } = host;
    const code = field(el, 'Booth code');
    expect(code.value).to.equal('B01');
    await retype(code, 'B 01', false);
    expect(code.getAttribute('aria-invalid')).to.equal('true');
    expect(seenIn(find(el, '[role=alert]'))).to.include('letters without diacritics');
    await retype(code, 'A04', false);
    expect(seenIn(find(el, '[role=alert]'))).to.equal('“A04” is already used by another booth.');
    await press('Tab');
    expect(history.canUndo, 'a taken code is not applied').to.equal(false);

    await retype(code, 'C01');
    const feed = history.feed;
    expect(feed.booths.map((b) => b.id))
      .to.include('C01')
      .and.not.include('B01');
    expect(feed.events!.find((e) => e.id === 'coffee-cupping')!.booth).to.equal('C01');
    expect(host.edits).to.deep.equal(['Booth code B01 → C01']);
    expect(host.selects.at(-1)).to.deep.equal({ selection: { kind: 'booth', id: 'C01' } });
    await settle(el);
    expect(field(el, 'Booth code').value).to.equal('C01');
  });

  it("edits a booth's label, names, categories, producers and size", async () => {
    const { el, history } = await panelFixture('fair-plan-editor-inspector', {
      feed: await sonLa(),
      selection: { kind: 'booth', id: 'A01' },
    });
    await retype(field(el, 'Label on the map'), 'Cà phê 1');
    expect(history.feed.booths[0].label).to.equal('Cà phê 1');

    // One name field per content language of the fair, named in the UI's language.
    await retype(field(el, 'Name (Vietnamese)'), 'Gian cà phê');
    expect(history.feed.booths[0].name).to.deep.equal({ vi: 'Gian cà phê' });
    expect(field(el, 'Name (Simplified Chinese)').lang).to.equal('zh-Hans');

    await tap(find(el, 'label.chip', 'Tea'));
    expect(history.feed.booths[0].categories).to.deep.equal(['coffee', 'tea']);
    await tap(find(el, 'label.chip', 'Coffee'));
    expect(history.feed.booths[0].categories).to.deep.equal(['tea']);

    // Producers: remove the one there, add another found without diacritics.
    await tap(find(el, 'button', 'Remove May 19 Agricultural Development Cooperative'));
    expect(history.feed.booths[0].producers).to.equal(undefined);
    await retype(field(el, 'Find a producer to add'), 'linh chi', false);
    await settle(el);
    await tap(find(el, 'button', 'Add Mai Son Lingzhi Cooperative'));
    expect(history.feed.booths[0].producers).to.deep.equal(['htx-nam-linh-chi-mai-son']);

    // 100 × 80 plan px at the default 0.1 m a pixel: 10 × 8 m.
    const width = field(el, 'Width (m)');
    expect(width.value).to.equal('10');
    await retype(width, '12');
    expect(history.feed.booths[0].rect).to.deep.equal([370, 380, 120, 80]);
    expect(smallTargets(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('duplicates and deletes a booth', async () => {
    const host = await panelFixture('fair-plan-editor-inspector', {
      feed: await sonLa(),
      selection: { kind: 'booth', id: 'A12' },
    });
    await tap(find(host.el, 'button', 'Duplicate'));
    expect(host.history.feed.booths.at(-1)!.id).to.equal('A13');
    expect(host.selects.at(-1)).to.deep.equal({ selection: { kind: 'booth', id: 'A13' } });
    await settle(host.el);
    await tap(find(host.el, 'button', 'Delete'));
    expect(host.history.feed.booths.map((b) => b.id)).to.not.include('A13');
    expect(host.selects.at(-1)).to.deep.equal({ selection: null });
  });

  it("edits a place's kind by keyboard, and a lift's connects group with its hint", async () => {
    const { el, history } = await panelFixture('fair-plan-editor-inspector', {
      feed: await sonLa(),
      selection: { kind: 'place', id: 'lift-L1' },
    });
    const connects = field(el, 'Connects (group)');
    expect(seenIn(find(el, '#place-connects-hint'))).to.include('same value on each level');
    await retype(connects, 'lift-east');
    expect(history.feed.places!.find((p) => p.id === 'lift-L1')!.connects).to.equal('lift-east');

    const kind = field<HTMLSelectElement>(el, 'Kind');
    kind.focus();
    await press('ArrowDown'); // elevator → escalator
    await settle(el);
    expect(history.feed.places!.find((p) => p.id === 'lift-L1')!.kind).to.equal('escalator');
    await expect(el).to.be.accessible();
  });

  it("shows an aisle's length in metres and a level's scale, and asks the map for the scale tool", async () => {
    const feed = await sonLa();
    feed.paths![0] = {
      level: 'L1',
      points: [
        [100, 100],
        [100, 225],
      ],
    };
    const { el, history } = await panelFixture('fair-plan-editor-inspector', {
      feed,
      selection: { kind: 'path', id: '0' },
    });
    expect(seenIn(el.shadowRoot)).to.include('Length 12.5 m');

    el.selection = { kind: 'level', id: 'L2' };
    await settle(el);
    const scale = field(el, 'Scale (metres per plan pixel)');
    expect(scale.value).to.equal('0.1');
    await retype(scale, '0.05');
    expect(history.feed.map.levels![1]).to.include({ scale: 0.05 });
    await settle(el);
    expect(seenIn(find(el, '#level-scale-hint'))).to.equal('100 plan pixels are 5 m.');

    let tool: string | undefined;
    el.addEventListener('plan-editor-tool', (e) => (tool = e.detail.tool));
    const button = find(el, 'button', 'Set scale by drawing a line');
    button.focus();
    await press('Enter');
    expect(tool).to.equal('scale');
    expect(deepActive()).to.equal(button);
    await expect(el).to.be.accessible();
  });

  it('speaks Vietnamese, numbers the Vietnamese way', async () => {
    await setLocale('vi');
    const feed = await sonLa();
    feed.paths![0] = {
      level: 'L1',
      points: [
        [100, 100],
        [100, 225],
      ],
    };
    const { el } = await panelFixture('fair-plan-editor-inspector', { feed, selection: { kind: 'path', id: '0' } });
    expect(seenIn(el.shadowRoot)).to.include('Lối đi').and.include('Chiều dài 12,5 m');
    el.selection = { kind: 'booth', id: 'A01' };
    await settle(el);
    expect(field(el, 'Mã gian hàng').value).to.equal('A01');
    expect(field(el, 'Tên (Tiếng Việt)')).to.exist;
    expect(seenIn(el.shadowRoot)).to.include('Ngành hàng').and.include('Nhân bản');
    await expect(el).to.be.accessible();
  });
});
