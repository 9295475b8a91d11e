import { expect } from '@open-wc/testing';
import { setLocale } from '../../src/i18n/locale.js';
import { validateFeed } from '../../src/data/validate.js';
import { seenIn, settle, tap } from '../harness.js';
import { find, panelFixture, smallTargets, sonLa } from './panels.helpers.js';

/** Son La with a booth cut off from the aisles (Z01), a booth in an unknown category (A03) and a level scale out of range. */
async function brokenSonLa() {
  const feed = await sonLa();
  feed.booths.push({ id: 'Z01', label: 'Z01', level: 'L1', rect: [1500, 20, 60, 60] });
  feed.booths[2].categories = ['tea', 'wine'];
  return feed;
}

describe('<fair-plan-editor-problems>', () => {
  afterEach(() => setLocale('en'));

  it("groups the checker's problems by severity; a click selects the item and shows its level", async () => {
    const feed = await brokenSonLa();
    const problems = validateFeed(feed).problems;
    const pointer = problems.find((p) => p.path.startsWith('/booths/2'))!;
    expect(pointer, 'the checker flags the unknown category').to.exist;
    const host = await panelFixture('fair-plan-editor-problems', { feed, problems });
    const heading = [...host.el.shadowRoot!.querySelectorAll('h3')].map((h) => seenIn(h));
    expect(heading[0]).to.match(pointer.severity === 'error' ? /^Errors \(\d+\)$/ : /^Warnings \(\d+\)$/);

    await tap(find(host.el, 'button.problem', pointer.path));
    expect(host.selects).to.deep.equal([{ selection: { kind: 'booth', id: 'A03' }, level: 'L1' }]);
    expect(smallTargets(host.el)).to.deep.equal([]);
    await expect(host.el).to.be.accessible();
  });

  it('reads places, aisles and levels out of the pointers', async () => {
    const feed = await sonLa();
    const problems = [
      { path: '/places/8/at', message: 'Place off the plan.', severity: 'warning' as const },
      { path: '/paths/20/points/1', message: 'Aisle point off the plan.', severity: 'warning' as const },
      { path: '/map/levels/1/scale', message: 'Odd scale.', severity: 'error' as const },
      { path: '/fair/name', message: 'No name.', severity: 'error' as const },
    ];
    const host = await panelFixture('fair-plan-editor-problems', { feed, problems });
    for (const message of ['Place off the plan.', 'Aisle point off the plan.', 'Odd scale.'])
      await tap(find(host.el, 'button.problem', message));
    expect(host.selects).to.deep.equal([
      { selection: { kind: 'place', id: 'stairs-L2' }, level: 'L2' },
      { selection: { kind: 'path', id: '20' }, level: feed.paths![20].level },
      { selection: { kind: 'level', id: 'L2' }, level: 'L2' },
    ]);
    // A problem that names no item on the plan is text, not a button.
    expect(find(host.el, '.problem', 'No name.').localName).to.equal('span');
  });

  it('lists the booths no kiosk reaches on foot, and those with no step-free way', async () => {
    const feed = await brokenSonLa();
    const host = await panelFixture('fair-plan-editor-problems', { feed });
    const text = seenIn(host.el.shadowRoot);
    expect(text).to.include('Not reachable on foot from You are here (kiosk-1):');
    const cut = find(host.el, 'section[aria-labelledby=reach-title] button', 'Z01');
    await tap(cut);
    expect(host.selects.at(-1)).to.deep.equal({ selection: { kind: 'booth', id: 'Z01' }, level: 'L1' });

    // Removing the cut-off booth, and the problems clear.
    host.el.feed = await sonLa();
    await settle(host.el);
    expect(seenIn(host.el.shadowRoot)).to.include('Every booth can be reached on foot from every kiosk.');
    expect(seenIn(host.el.shadowRoot)).to.include('The feed checks with no problems.');
  });

  it('asks for a kiosk when there is none, and speaks Vietnamese', async () => {
    await setLocale('vi');
    const feed = await brokenSonLa();
    feed.places = feed.places!.filter((p) => p.kind !== 'kiosk');
    const host = await panelFixture('fair-plan-editor-problems', { feed });
    expect(seenIn(host.el.shadowRoot!.querySelector('h2'))).to.equal('Lỗi và cảnh báo');
    expect(seenIn(host.el.shadowRoot)).to.include('Chưa đặt ki-ốt nào');
    await expect(host.el).to.be.accessible();
  });
});
