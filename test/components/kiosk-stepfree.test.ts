// Issue 12, item 2 (step-free routes): in accessibility mode every route uses elevators; every route panel
// offers a visible step-free choice; a level that cannot be reached without steps is said to be so, plainly.
import { expect, waitUntil } from '@open-wc/testing';
import { setLocale } from '../../src/i18n/locale.js';
import type { FairKiosk } from '../../src/components/kiosk/kiosk.js';
import { $, kioskFixture, sampleFeed, startVisit, tap } from './kiosk.helpers.js';

/** Son La's kiosk is on Level 1; the Chieng Ban Honey Cooperative's booth, B03, is on Level 2. */
async function routeUpstairs(options: { accessible?: boolean; feed?: object } = {}): Promise<FairKiosk> {
  const el = await kioskFixture({ accessible: options.accessible, feed: options.feed ?? (await sampleFeed('sonLa')) });
  await startVisit(el);
  await showTheWayUpstairs(el);
  return el;
}

/** A visitor in English taps the cooperative in the directory, then "Show the way". */
async function showTheWayUpstairs(el: FairKiosk): Promise<void> {
  await setLocale('en');
  await el.updateComplete;
  await tap(el, $(el, '.row', 'Chieng Ban Honey Cooperative'));
  await tap(el, $(el, '[part~="show-way"]'));
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="route"]'), 'the route panel opens');
  // The route engine is a chunk of its own (fetched as the visit starts): wait for the way, as a person does.
  await waitUntil(() => stepsText(el) || el.shadowRoot!.querySelector('[part~="no-step-free"]'), 'the way is shown', {
    timeout: 5000,
  });
}

function stepsText(el: FairKiosk): string {
  return [...el.shadowRoot!.querySelectorAll('.steps li')].map((li) => li.textContent.trim()).join(' ');
}
const stepFreeButton = (el: FairKiosk) => $(el, '[part~="step-free"]');
const map = (el: FairKiosk) => $(el, 'fair-booth-map');

describe('<fair-kiosk> step-free routes', () => {
  afterEach(() => setLocale('en'));

  it('in accessibility mode a route to the upper level takes the elevator, never stairs or an escalator', async () => {
    const el = await routeUpstairs({ accessible: true });
    expect(stepsText(el)).to.match(/elevator to Level 2/);
    expect(stepsText(el)).not.to.match(/stairs|escalator/i);
    expect(stepFreeButton(el).getAttribute('aria-pressed')).to.equal('true');
    expect(map(el), 'the map draws the same way').to.have.attribute('avoid-stairs');
    expect(map(el).getAttribute('route-to')).to.equal('B03');
    await expect(el).to.be.accessible();
  });

  it('every route panel shows the step-free choice, and it changes the route', async () => {
    const el = await routeUpstairs();
    const button = stepFreeButton(el);
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
    expect(button.textContent).to.match(/Step-free route/);
    expect(button.textContent).to.match(/wheelchairs, prams and trolleys/);
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    // The quickest way up is the escalator.
    expect(stepsText(el)).to.match(/escalator up to Level 2/);
    expect(map(el)).not.to.have.attribute('avoid-stairs');

    await tap(el, button);
    expect(stepFreeButton(el).getAttribute('aria-pressed')).to.equal('true');
    expect(stepsText(el)).to.match(/elevator to Level 2/);
    expect(stepsText(el)).not.to.match(/stairs|escalator/i);
    expect(map(el)).to.have.attribute('avoid-stairs');

    // The choice holds for the next route too, until the visitor changes it or the visit ends.
    await tap(el, $(el, '.nav-btn', 'Back'));
    await tap(el, $(el, '[part~="show-way"]'));
    expect(stepFreeButton(el).getAttribute('aria-pressed')).to.equal('true');
    await el.reset();
    await startVisit(el);
    await showTheWayUpstairs(el);
    expect(
      stepFreeButton(el).getAttribute('aria-pressed'),
      "a new visit starts without the last one's choice",
    ).to.equal('false');
  });

  it("says plainly, in the visitor's language, when the level has only stairs, instead of routing over them", async () => {
    const feed = await sampleFeed('sonLa');
    const places = feed.places as { kind: string }[];
    feed.places = places.filter((p) => p.kind !== 'elevator' && p.kind !== 'escalator');
    const el = await routeUpstairs({ accessible: true, feed });
    const notice = $(el, '[part~="no-step-free"]');
    expect(notice.textContent).to.include('Level 2 cannot be reached without steps');
    expect(notice.textContent).to.include('turn off “Step-free route”');
    expect(el.shadowRoot!.querySelector('.steps'), 'no steps over the stairs').to.equal(null);
    expect(map(el), 'and no line over them on the map').not.to.have.attribute('route-to');
    expect(map(el).getAttribute('selected'), 'the map still shows where the booth is').to.equal('B03');
    await expect(el).to.be.accessible();

    await setLocale('vi');
    await el.updateComplete;
    expect($(el, '[part~="no-step-free"]').textContent).to.include('Không thể đến Tầng 2 mà không qua bậc thang');

    // Turning the choice off shows the way with the stairs, for those who can take them.
    await tap(el, stepFreeButton(el));
    expect(el.shadowRoot!.querySelector('[part~="no-step-free"]')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('.steps li').length).to.be.greaterThan(0);
    expect(map(el).getAttribute('route-to')).to.equal('B03');
  });
});
