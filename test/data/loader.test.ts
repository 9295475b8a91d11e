import { expect } from '@open-wc/testing';
import { clearFeedCache, loadFeed, parseFeed, resolveFeedUrls } from '../../src/data/loader.js';

/** Feeds served by the test server (it serves the repository root). */
const FIXTURES = '/test/fixtures/feeds-loader/';
const absolute = (path: string) => new URL(path, location.href).href;
/** A URL no earlier test fetched, so caches and resource timings start empty. */
let serial = 0;
const fresh = (name: string) => `${FIXTURES}${name}?test=${Date.now()}-${serial++}`;

/** Counts the HTTP requests the page made for `url`, from Resource Timing. */
const requestsFor = (url: string) => performance.getEntriesByName(absolute(url), 'resource').length;

/** Runs `body` with `window.fetch` wrapped, and returns the URLs it was called with. */
async function countingFetches(body: () => Promise<void>): Promise<string[]> {
  const calls: string[] = [];
  const realFetch = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(String(input instanceof Request ? input.url : input));
    return realFetch(input, init);
  };
  try {
    await body();
  } finally {
    window.fetch = realFetch;
  }
  return calls;
}

describe('loadFeed over HTTP', () => {
  afterEach(() => clearFeedCache());

  it('loads a good feed with no problems', async () => {
    const { feed, problems } = await loadFeed(`${FIXTURES}good.json`);
    expect(problems).to.deep.equal([]);
    expect(feed!.fair.id).to.equal('loader-fair');
    expect(feed!.booths.map((b) => b.id)).to.deep.equal(['A01']);
    expect(feed!.products![0].producer).to.equal('hoang-ha');
  });

  it('resolves relative media and links against the feed, not the page', async () => {
    const { feed } = await loadFeed(`${FIXTURES}good.json`);
    const here = absolute(FIXTURES);
    const origin = location.origin;
    const producer = feed!.producers![0];
    expect(producer.images).to.deep.equal([
      `${here}img/hoang-ha.jpg`,
      'https://cdn.example.vn/hh.jpg',
      'data:image/png;base64,iVBORw0KGgo=',
    ]);
    expect(producer.audio).to.deep.equal({ vi: `${here}audio/hoang-ha-vi.mp3` });
    expect(producer.contact!.website).to.equal(`${origin}/sites/hoang-ha/`);
    expect(feed!.products![0].images).to.deep.equal([`${here}img/tea.jpg?size=400`]);
    expect(feed!.products![0].trace).to.equal(`${here}trace/tea-200g`);
    expect(feed!.fair.theme!.logo).to.equal(`${origin}/test/fixtures/shared/logo.svg`);
    expect(feed!.fair.organizer!.url).to.equal(`${here}about/organizer.html`);
    const map = feed!.map;
    expect(map.type === 'plan' && map.levels[0].image).to.equal(`${here}plans/ground.svg`);
  });

  it('gives the line and column of a syntax error', async () => {
    const { feed, problems } = await loadFeed(`${FIXTURES}syntax-error.json`);
    expect(feed).to.equal(null);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({ path: '', severity: 'error' });
    // The trailing comma: the parser fails at the closing brace on line 4.
    expect(problems[0].message).to.match(/not valid JSON at line 4, column 1\b/);
  });

  it('reports a 404 as one error and does not cache it', async () => {
    const url = fresh('does-not-exist.json');
    const calls = await countingFetches(async () => {
      const first = await loadFeed(url);
      expect(first.feed).to.equal(null);
      expect(first.problems).to.have.length(1);
      expect(first.problems[0].message).to.match(/could not be fetched.*HTTP 404/);
      await loadFeed(url);
    });
    // (Resource Timing has no entry for a 404 whose body is never read, so count the calls.)
    expect(calls).to.deep.equal([absolute(url), absolute(url)]);
  });

  it('shares one request between two concurrent loads of the same feed', async () => {
    const url = fresh('good.json');
    const calls = await countingFetches(async () => {
      const [a, b] = await Promise.all([loadFeed(url), loadFeed(absolute(url))]);
      expect(a.feed!.fair.id).to.equal('loader-fair');
      expect(a, 'one load for both URLs (the same result)').to.equal(b);
    });
    expect(calls).to.deep.equal([absolute(url)]);
    expect(requestsFor(url)).to.equal(1);
    // Later loads reuse the cached result too, until the cache is cleared.
    await loadFeed(url);
    expect(requestsFor(url)).to.equal(1);
    clearFeedCache(url);
    await loadFeed(url);
    expect(requestsFor(url)).to.equal(2);
  });

  it('returns the usable part of a feed with problems, unsafe links removed', async () => {
    const { feed, problems } = await loadFeed(`${FIXTURES}with-problems.json`);
    expect(problems.map((p) => [p.path, p.severity])).to.deep.equal([
      ['/booths/1', 'error'],
      ['/products/0/ocop', 'warning'],
      ['/products/0/trace', 'error'],
    ]);
    expect(feed!.booths.map((b) => b.id)).to.deep.equal(['A01']);
    expect(feed!.products![0].trace).to.equal(undefined);
    expect(JSON.stringify(feed)).not.to.contain('javascript:');
  });

  it('reads a feed saved with a byte-order mark', async () => {
    const { feed, problems } = await loadFeed(`${FIXTURES}bom.json`);
    expect(problems).to.deep.equal([]);
    expect(feed!.fair.id).to.equal('bom-fair');
    expect(parseFeed('\uFEFF{"version": 2}').problems[0].path).to.equal('/version');
  });

  it('rejects with an AbortError when its signal aborts, without cancelling the shared request', async () => {
    const url = fresh('good.json');
    const controller = new AbortController();
    const aborted = loadFeed(url, { signal: controller.signal });
    const other = loadFeed(url);
    controller.abort();
    let error: unknown;
    try {
      await aborted;
    } catch (e) {
      error = e;
    }
    expect((error as DOMException)?.name).to.equal('AbortError');
    expect((await other).feed!.fair.id).to.equal('loader-fair');
    expect(requestsFor(url)).to.equal(1);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    let name = '';
    await loadFeed(fresh('good.json'), { signal: controller.signal }).catch((e: DOMException) => (name = e.name));
    expect(name).to.equal('AbortError');
  });

  it('hands the parsed JSON to onParsed before checking it; a peek that throws does not stop the load', async () => {
    const url = fresh('good.json');
    const peeked: unknown[] = [];
    const result = await loadFeed(url, {
      onParsed: (json) => {
        peeked.push(json);
        throw new Error('a careless peek');
      },
    });
    expect(result.feed).to.exist;
    expect(peeked).to.have.length(1);
    const json = peeked[0] as { fair: { id: string }; products?: unknown[] };
    expect(json.fair.id).to.equal(result.feed!.fair.id);
    // The raw JSON, not the checked copy the load resolves with.
    expect(json).not.to.equal(result.feed);
  });

  it('validates an object given directly, without fetching', async () => {
    const before = performance.getEntriesByType('resource').length;
    const { feed, problems } = await loadFeed({
      version: 1,
      fair: { id: 'inline', name: 'Inline' },
      map: { type: 'geo' },
      booths: [],
    });
    expect(problems).to.deep.equal([]);
    expect(feed!.fair.id).to.equal('inline');
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });
});

describe('resolveFeedUrls', () => {
  it('resolves a relative geo tile template and keeps its {z}/{x}/{y} placeholders', () => {
    const { feed } = parseFeed(
      JSON.stringify({
        version: 1,
        fair: { id: 'geo', name: 'Geo fair' },
        map: { type: 'geo', tiles: 'tiles/{z}/{x}/{y}.png', center: [21.03, 105.79], zoom: 17 },
        booths: [
          {
            id: 'A1',
            shape: [
              [21.03, 105.79],
              [21.031, 105.79],
              [21.031, 105.791],
            ],
          },
        ],
      }),
    );
    const resolved = resolveFeedUrls(feed!, 'https://fair.example.vn/2025/feed.json');
    expect(resolved.map.type === 'geo' && resolved.map.tiles).to.equal(
      'https://fair.example.vn/2025/tiles/{z}/{x}/{y}.png',
    );
  });

  it('adds no empty fields to producers and products that had none', () => {
    const { feed } = parseFeed(
      JSON.stringify({
        version: 1,
        fair: { id: 'f', name: 'F' },
        map: { type: 'plan', levels: [{ id: 'G', size: [100, 100] }] },
        booths: [{ id: 'A1', rect: [0, 0, 10, 10] }],
        producers: [{ id: 'p', name: 'P' }],
        products: [{ id: 'x', name: 'X', producer: 'p' }],
      }),
    );
    const resolved = resolveFeedUrls(feed!, 'https://fair.example.vn/feed.json');
    expect(Object.keys(resolved.producers![0]).sort()).to.deep.equal(['id', 'name']);
    expect(Object.keys(resolved.products![0]).sort()).to.deep.equal(['id', 'name', 'producer']);
  });

  it('resolves every image as new URL does, whether the path is plain or not, and leaves the given feed alone', () => {
    const paths = [
      'images/tea.jpg',
      'Images/Tea-2_b.JPG',
      'tea.jpg',
      'a//b.png',
      'a..b.png',
      '...',
      'a/.../b.png',
      '-x.png',
      '.hidden.png',
      './images/a.jpg',
      '../up.png',
      'a/./b.png',
      'a/../b.png',
      'a/b/.',
      'a/b/..',
      'images/',
      'sp ace.jpg',
      'Ảnh chè.jpg',
      'x.png?v=2',
      'x.png#top',
      '/root.png',
      '//cdn.example.vn/x.png',
      'https://cdn.example.vn/y.png',
      'data:image/png;base64,iVBORw0KGgo=',
    ];
    const { feed } = parseFeed(
      JSON.stringify({
        version: 1,
        fair: { id: 'f', name: 'F' },
        map: { type: 'plan', levels: [{ id: 'G', size: [100, 100] }] },
        booths: [{ id: 'A1', rect: [0, 0, 10, 10] }],
        producers: [{ id: 'p', name: 'P', images: [...paths] }],
        // The same paths twice over, as thousands of products share a few.
        products: [
          { id: 'x', name: 'X', producer: 'p', images: [...paths] },
          { id: 'y', name: 'Y', producer: 'p', images: [...paths] },
        ],
      }),
    );
    // The validator may drop a path it refuses; the rest must come out as new URL makes them.
    const kept = feed!.products![0].images!;
    expect(kept.length).to.be.above(15);
    for (const base of [
      'https://fair.example.vn/2025/feed.json?v=3#x',
      'https://fair.example.vn/',
      'http://127.0.0.1:8000/dir/sub/feed.json',
      'file:///home/fair/feed.json',
    ]) {
      const resolved = resolveFeedUrls(feed!, base);
      const expected = kept.map((p) => new URL(p, base).href);
      expect(resolved.producers![0].images, base).to.deep.equal(expected);
      expect(resolved.products![0].images, base).to.deep.equal(expected);
      expect(resolved.products![1].images, base).to.deep.equal(expected);
    }
    expect(feed!.products![0].images, 'the checked feed is not changed').to.deep.equal(kept);
  });
});
