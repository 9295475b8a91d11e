import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/search/define.js';
import type { FairSearch } from '../../src/components/search/search.js';
import type { FairFeed } from '../../src/data/types.js';
import { SAMPLE_FEEDS } from '../../src/data/samples/index.js';
import { feedFixture, press, tap, tapAt, typeKeys } from '../harness.js';

const feed: FairFeed = {
  version: 1,
  fair: { id: 'search-element-test', name: 'Test fair', locales: ['vi', 'en'] },
  map: { type: 'plan', levels: [{ id: 'G' }] },
  categories: [
    { id: 'tea', name: { vi: 'Chè', en: 'Tea' } },
    { id: 'honey', name: { vi: 'Mật ong', en: 'Honey' } },
  ],
  booths: [
    { id: 'b107', label: 'B-107', rect: [0, 0, 1, 1], producers: ['hoang-ha'], categories: ['tea'] },
    { id: 'b108', label: 'B-108', rect: [0, 0, 1, 1], producers: ['moc-chau'], categories: ['honey'] },
  ],
  producers: [
    { id: 'hoang-ha', name: 'Hợp tác xã Hoàng Hà', region: { vi: 'Cao Bằng', en: 'Cao Bang' } },
    { id: 'moc-chau', name: 'HTX Mộc Châu', region: { vi: 'Sơn La', en: 'Son La' } },
  ],
  products: [
    {
      id: 'shan-tuyet',
      producer: 'hoang-ha',
      name: { vi: 'Chè Shan Tuyết', en: 'Shan Tuyet tea' },
      category: 'tea',
      price: { amount: 150000, currency: 'VND' },
    },
    {
      id: 'shan-tuyet-gift',
      producer: 'hoang-ha',
      name: { vi: 'Chè Shan Tuyết hộp quà', en: 'Shan Tuyet tea gift box' },
      category: 'tea',
    },
    { id: 'honey', producer: 'moc-chau', name: { vi: 'Mật ong bạc hà <b>x</b>', en: 'Mint honey' }, category: 'honey' },
  ],
};

/** A search box on the test fair, drawn and settled. */
async function render(): Promise<{ el: FairSearch; input: HTMLInputElement }> {
  const el = await feedFixture<FairSearch>(html`<fair-search></fair-search>`, { feed });
  return { el, input: el.shadowRoot!.querySelector('input')! };
}

const root = (el: FairSearch) => el.shadowRoot!;
const options = (el: FairSearch) => [...root(el).querySelectorAll<HTMLElement>('[role=option]')];
/** Real keys into the search box. */
async function type(el: FairSearch, text: string) {
  el.focus();
  await typeKeys(text);
}

describe('<fair-search>', () => {
  beforeEach(() => setViewport({ width: 800, height: 900 }));

  it('is a labelled combobox controlling a listbox, closed while empty', async () => {
    const { el, input } = await render();
    expect(input.type).to.equal('search');
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-label')).to.be.a('string').and.not.equal('');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    const list = root(el).getElementById(input.getAttribute('aria-controls')!);
    expect(list?.getAttribute('role')).to.equal('listbox');
    expect(input.getAttribute('part')).to.equal('input');
  });

  it('finds "che shan tuyet" as typed, highlights the match, and picks with ArrowDown and Enter', async () => {
    const { el, input } = await render();
    await type(el, 'che shan tuyet');
    expect(el.value).to.equal('che shan tuyet');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    const rows = options(el);
    expect(rows.length).to.be.greaterThan(0);
    const first = rows[0];
    expect(first.textContent).to.contain('Shan Tuyet tea');
    // The matched words are marked, as text (never parsed as HTML).
    const marks = [...first.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).to.include.members(['Shan', 'Tuyet']);
    // Context: producer · booth · price.
    expect(first.querySelector('.detail')!.textContent).to.contain('Hợp tác xã Hoàng Hà').and.contain('B-107');
    // Grouped under a labelled group.
    const group = first.closest('[role=group]')!;
    expect(root(el).getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.equal('Products');

    expect(input).not.to.have.attribute('aria-activedescendant');
    await press('ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).to.equal(first.id);
    expect(first.getAttribute('aria-selected')).to.equal('true');
    await press('ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).to.equal(options(el)[1].id);
    await press('ArrowUp');
    expect(input.getAttribute('aria-activedescendant')).to.equal(first.id);

    const picked = oneEvent(el, 'fair-search-select');
    await press('Enter');
    const event = await picked;
    expect(event.detail).to.deep.equal({ kind: 'product', id: 'shan-tuyet' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
  });

  it('wraps around with the arrows and closes with Escape, then clears with a second Escape', async () => {
    const { el, input } = await render();
    await type(el, 'shan');
    const count = options(el).length;
    await press('ArrowUp');
    expect(input.getAttribute('aria-activedescendant')).to.equal(options(el)[count - 1].id);
    await press('Escape');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input).not.to.have.attribute('aria-activedescendant');
    expect(el.value).to.equal('shan');
    await press('Escape');
    expect(el.value).to.equal('');
    expect(input.value).to.equal('');
  });

  it('finds a booth by code however it is typed, and a tap picks it', async () => {
    const { el } = await render();
    await type(el, 'b107');
    const [row] = options(el);
    expect(row.textContent).to.contain('B-107');
    expect(row.querySelector('mark')!.textContent).to.equal('B-107');
    expect(row.getBoundingClientRect().height).to.be.at.least(44);
    const picked = oneEvent(el, 'fair-search-select');
    await tap(row);
    expect((await picked).detail).to.deep.equal({ kind: 'booth', id: 'b107' });
  });

  it('shows feed text as text, never as HTML', async () => {
    const { el } = await render();
    await type(el, 'mat ong bac ha');
    const [row] = options(el);
    // The UI language is English: the English name is the title, the Vietnamese name that matched is shown under it.
    expect(row.querySelector('.title')!.textContent).to.equal('Mint honey');
    expect(row.querySelector('.detail')!.textContent).to.contain('Mật ong bạc hà <b>x</b>');
    expect([...row.querySelectorAll('.detail mark')].map((m) => m.textContent)).to.deep.equal([
      'Mật',
      'ong',
      'bạc',
      'hà',
    ]);
    expect(row.querySelector('b')).to.equal(null);
  });

  it('announces the count in a live region', async () => {
    const { el } = await render();
    await type(el, 'shan tuyet');
    const live = root(el).querySelector('[role=status]')!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    // Announced once typing pauses.
    await waitUntil(() => live.textContent.trim(), 'the count is announced', { timeout: 3000 });
    expect(live.textContent).to.match(/\d+ results/);
  });

  it('says when nothing is found and suggests categories as chips', async () => {
    const { el, input } = await render();
    await type(el, 'xyzzy');
    expect(options(el)).to.have.length(0);
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    const empty = root(el).querySelector('[part=empty]')!;
    expect(empty.textContent).to.contain('xyzzy');
    const chips = [...empty.querySelectorAll<HTMLButtonElement>('[part=chip]')];
    expect(chips.map((c) => c.textContent.trim())).to.deep.equal(['Tea', 'Honey']);
    chips[1].click();
    await el.updateComplete;
    expect(el.value).to.equal('Honey');
    expect(options(el)[0].textContent).to.contain('Honey');
  });

  it('clears with the clear button and keeps focus in the box', async () => {
    const { el, input } = await render();
    await type(el, 'shan');
    const clear = root(el).querySelector<HTMLButtonElement>('[part=clear]')!;
    expect(clear.hidden).to.equal(false);
    clear.click();
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(input.value).to.equal('');
    expect(root(el).activeElement).to.equal(input);
  });

  it('remembers recent searches when asked, and forgets them on clearRecent()', async () => {
    const { el } = await render();
    el.recent = true;
    await type(el, 'shan');
    await press('Enter');
    el.value = '';
    await el.updateComplete;
    // The next tap on the box offers the recent searches.
    const box = root(el).querySelector('input')!.getBoundingClientRect();
    await tapAt(box.x + 20, box.y + box.height / 2);
    await el.updateComplete;
    const chips = () =>
      [...root(el).querySelectorAll<HTMLButtonElement>('.recent [part=chip]')].map((c) => c.textContent.trim());
    expect(chips()).to.deep.equal(['shan']);
    el.clearRecent();
    await el.updateComplete;
    expect(chips()).to.deep.equal([]);
  });

  it('sets its value from a property and searches, as the kiosk does', async () => {
    const { el } = await render();
    el.value = 'moc chau';
    el.focus();
    await el.updateComplete;
    expect(options(el)[0].textContent).to.contain('HTX Mộc Châu');
  });

  it('passes axe with results open', async () => {
    const { el } = await render();
    await type(el, 'shan');
    await press('ArrowDown');
    await expect(el).to.be.accessible();
  });

  it('lists only complete hits when there are some: "honey mint" finds the Mint honey, not every honey', async () => {
    const { el } = await render();
    await type(el, 'honey mint');
    const titles = options(el).map((o) => o.querySelector('.title')!.textContent);
    expect(titles).to.deep.equal(['Mint honey']);
    // The Honey category and booth B-108 share "honey" only: not listed, and no "nothing found" either.
    expect(root(el).querySelector('[part~=empty]')).to.equal(null);
    expect(root(el).querySelector('[part~=partial-label]')).to.equal(null);
  });

  it('says plainly when nothing matches every word, then lists the closest matches under their own heading', async () => {
    const { el, input } = await render();
    await type(el, 'shan pizza');
    const empty = root(el).querySelector<HTMLElement>('[part~=empty]')!;
    expect(empty.querySelector('.empty-title')!.textContent).to.equal('Nothing found for “shan pizza”.');
    const rows = options(el);
    expect(rows.map((o) => o.querySelector('.title')!.textContent)).to.deep.equal([
      'Shan Tuyet tea',
      'Shan Tuyet tea gift box',
    ]);
    // One group, labelled by the "Closest matches" heading, shown below the message; no kind headings.
    const heading = root(el).querySelector<HTMLElement>('[part~=partial-label]')!;
    expect(heading.textContent).to.equal('Closest matches');
    expect(heading.getAttribute('role')).to.equal('presentation');
    for (const row of rows) expect(row.closest('[role=group]')!.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(root(el).querySelectorAll('[part~=group-label]')).to.have.length(1);
    expect(empty.getBoundingClientRect().bottom).to.be.at.most(heading.getBoundingClientRect().top + 1);
    expect(input.getAttribute('aria-expanded')).to.equal('true');

    // Enter alone does not open a match nobody asked for; choosing one with the arrows does.
    let picked: unknown;
    el.addEventListener('fair-search-select', (e) => (picked = (e as CustomEvent).detail));
    await press('Enter');
    expect(picked).to.equal(undefined);
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await press('ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).to.equal(rows[0].id);
    await press('Enter');
    expect(picked).to.deep.equal({ kind: 'product', id: 'shan-tuyet' });
  });

  it('announces that nothing matches, and how many closest matches there are', async () => {
    const { el } = await render();
    await type(el, 'shan pizza');
    const live = root(el).querySelector('[role=status]')!;
    await waitUntil(() => live.textContent.trim() !== '', 'the count is announced');
    expect(live.textContent).to.equal(
      'No results for shan pizza. 2 closest matches: use the arrow keys to choose, Enter to open.',
    );
  });

  it('shows at most five closest matches', async () => {
    const many: FairFeed = {
      ...feed,
      products: Array.from({ length: 12 }, (_, i) => ({ id: `tea-${i}`, producer: 'hoang-ha', name: `Shan tea ${i}` })),
    };
    const el = await fixture<FairSearch>(html`<fair-search .feed=${many}></fair-search>`);
    await type(el, 'shan pizza');
    expect(options(el)).to.have.length(5);
    expect(root(el).querySelector('[part~=partial-label]')).to.exist;
  });

  it('scrolls a long list in the listbox, keeps "nothing found" in sight above the closest matches, and passes axe', async () => {
    const many: FairFeed = {
      ...feed,
      products: Array.from({ length: 12 }, (_, i) => ({ id: `tea-${i}`, producer: 'hoang-ha', name: `Shan tea ${i}` })),
    };
    const el = await fixture<FairSearch>(
      html`<fair-search style="--fair-search-max-height: 12rem" .feed=${many}></fair-search>`,
    );
    await type(el, 'shan tea');
    const list = root(el).querySelector<HTMLElement>('[role=listbox]')!;
    expect(list.scrollHeight).to.be.above(list.clientHeight);
    // The last option scrolls into view with the arrow keys.
    await press('ArrowUp');
    const last = options(el).at(-1)!;
    await waitUntil(
      () => last.getBoundingClientRect().bottom <= list.getBoundingClientRect().bottom + 1,
      'the active option is in view',
    );
    await expect(el).to.be.accessible();

    el.value = 'shan pizza';
    await el.updateComplete;
    const title = root(el).querySelector<HTMLElement>('.empty-title')!;
    const popup = root(el).querySelector<HTMLElement>('[part~=results]')!;
    expect(title.getBoundingClientRect().top).to.be.at.least(popup.getBoundingClientRect().top);
    expect(title.getBoundingClientRect().bottom).to.be.at.most(popup.getBoundingClientRect().bottom);
    await expect(el).to.be.accessible();
  });

  it('shows results for a query set before its feed has loaded', async () => {
    const el = await fixture<FairSearch>(
      html`<fair-search src=${SAMPLE_FEEDS.caoBang} .value=${'mien dong'}></fair-search>`,
    );
    await waitUntil(() => root(el).querySelector('input'), 'the box shows once the feed has loaded');
    const box = root(el).querySelector('input')!.getBoundingClientRect();
    await tapAt(box.x + 20, box.y + box.height / 2);
    await el.updateComplete;
    expect(
      options(el)
        .map((o) => o.textContent)
        .join(' | '),
    ).to.contain('arrowroot vermicelli');
    expect(root(el).querySelector('[part~=empty]')).to.equal(null);
  });

  it('passes axe with the closest matches open', async () => {
    const { el } = await render();
    await type(el, 'shan pizza');
    await press('ArrowDown');
    await expect(el).to.be.accessible();
  });

  it('passes axe with the no-results message open', async () => {
    const { el } = await render();
    await type(el, 'xyzzy');
    await expect(el).to.be.accessible();
  });
});
