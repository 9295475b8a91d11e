// Feed servers that never answer, or stall part-way (served by test/fixtures/hostile-server.js).
import { expect, waitUntil } from '@open-wc/testing';
import { clearFeedCache, DEFAULT_FEED_TIMEOUT, loadFeed } from '../../src/data/loader.js';

let serial = 0;
/** A key of its own for each request series, so the server's counts start at zero. */
const key = () => `loader-${Date.now()}-${serial++}`;

/** What the test server saw for `k`: requests made, and those whose connection is still open. */
async function seen(k: string): Promise<{ requests: number; open: number }> {
  return (await fetch(`/__hostile/status?key=${k}`)).json();
}

describe('loadFeed from a server that hangs or drips', () => {
  afterEach(() => clearFeedCache());

  it('waits 15 s by default', () => {
    expect(DEFAULT_FEED_TIMEOUT).to.equal(15000);
  });

  it('gives up on a server that never answers, with one problem, and closes the request', async () => {
    const k = key();
    const url = `/__hostile/hang?key=${k}`;
    const started = performance.now();
    const { feed, problems } = await loadFeed(url, { timeout: 1000 });
    expect(performance.now() - started).to.be.at.least(990);
    expect(feed).to.equal(null);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({ path: '', severity: 'error' });
    expect(problems[0].message).to.include(new URL(url, location.href).href);
    expect(problems[0].message).to.match(/no complete answer within 1000 ms/);
    // The server had the request, and its connection is closed.
    await waitUntil(async () => (await seen(k)).open === 0, 'the request is aborted', { timeout: 3000 });
    expect((await seen(k)).requests).to.equal(1);
  });

  it('gives up on a body that stalls after `{"version":1,` (the limit covers reading the body)', async () => {
    const k = key();
    const url = `/__hostile/drip?key=${k}&every=100`;
    // The server does send the start of a feed, and keeps the body coming.
    const probe = new AbortController();
    const response = await fetch(`/__hostile/drip?key=${k}-probe&every=100`, { signal: probe.signal });
    const reader = response.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(response.status).to.equal(200);
    expect(first).to.match(/^\{"version":1, *$/);
    expect(new TextDecoder().decode((await reader.read()).value)).to.match(/^ +$/);
    probe.abort();

    const { feed, problems } = await loadFeed(url, { timeout: 1000 });
    expect(feed).to.equal(null);
    expect(problems).to.have.length(1);
    expect(problems[0].message).to.match(/no complete answer within 1000 ms/);
    await waitUntil(async () => (await seen(k)).open === 0, 'the dripping request is aborted', { timeout: 3000 });
    expect((await seen(k)).requests).to.equal(1);
  });

  it('does not cache a load that timed out: the next load asks again and can succeed', async () => {
    const k = key();
    // The second request for this key is answered with the kiosk test feed.
    const url = `/__hostile/hang?key=${k}&until=2`;
    const first = await loadFeed(url, { timeout: 300 });
    expect(first.feed).to.equal(null);
    const second = await loadFeed(url, { timeout: 3000 });
    expect(second.problems).to.deep.equal([]);
    expect(second.feed!.fair.id).to.be.a('string');
    expect((await seen(k)).requests).to.equal(2);
  });

  it('shares one request and one deadline between callers: the latest of theirs', async () => {
    const k = key();
    const url = `/__hostile/hang?key=${k}`;
    const started = performance.now();
    const short = loadFeed(url, { timeout: 300 });
    const long = loadFeed(url, { timeout: 1200 });
    const [a, b] = await Promise.all([short, long]);
    expect(performance.now() - started).to.be.at.least(1190);
    expect(a).to.equal(b);
    expect(a.problems[0].message).to.match(/within 1200 ms/);
    await waitUntil(async () => (await seen(k)).open === 0, 'the request is aborted', { timeout: 3000 });
    expect((await seen(k)).requests).to.equal(1);
  });

  it('loads a slow server that answers within the limit', async () => {
    const k = key();
    const { feed, problems } = await loadFeed(`/__hostile/slow-ok?key=${k}&ms=400`, { timeout: 5000 });
    expect(problems).to.deep.equal([]);
    expect(feed).not.to.equal(null);
  });

  it('still rejects with an AbortError when the caller aborts during a hang', async () => {
    const k = key();
    const abort = new AbortController();
    const loading = loadFeed(`/__hostile/hang?key=${k}`, { signal: abort.signal, timeout: 300 });
    abort.abort();
    let error: unknown;
    try {
      await loading;
    } catch (e) {
      error = e;
    }
    expect((error as DOMException).name).to.equal('AbortError');
    // Nobody else waits: the request still ends at its deadline.
    await waitUntil(async () => (await seen(k)).open === 0, 'the request is aborted', { timeout: 3000 });
  });
});
