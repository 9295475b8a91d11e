import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/data/validate.js';
import { SAMPLE_FEEDS, type SampleName } from '../../src/data/samples/index.js';
import type { FairFeed, PlanLevel, Point } from '../../src/data/types.js';
import { NATIONAL_DEFAULTS, generateNational } from '../../scripts/national-generator.js';
import { expectWithin } from '../harness.js';

// The sample fairs are what people see first and what the other tests lean on:
// they must validate cleanly and their maps must be walkable.

/** How far a door may sit from an aisle line (the samples put a spur on every door, so ~0). */
const DOOR_TOLERANCE = 2;
/** How far a place (kiosk, stairs…) may sit from an aisle line and still be reached on foot. */
const PLACE_TOLERANCE = 50;

async function loadSample(name: SampleName): Promise<FairFeed> {
  const response = await fetch(SAMPLE_FEEDS[name]);
  expect(response.ok, `${name} feed fetched`).to.equal(true);
  return (await response.json()) as FairFeed;
}

function describeProblems(problems: { path: string; message: string }[]): string {
  return problems
    .slice(0, 5)
    .map((p) => `${p.path}: ${p.message}`)
    .join('\n');
}

// ---------------------------------------------------------------- geometry
type Segment = [Point, Point];

function distanceToSegment(p: Point, [a, b]: Segment): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared)) : 0;
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function segmentsOf(points: Point[]): Segment[] {
  return points.slice(1).map((p, i) => [points[i], p] as Segment);
}

function cross(o: Point, a: Point, b: Point): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

/** True when two segments cross, or touch within 1 px (an aisle ending on another counts). */
function segmentsMeet(s: Segment, t: Segment): boolean {
  const d1 = cross(t[0], t[1], s[0]);
  const d2 = cross(t[0], t[1], s[1]);
  const d3 = cross(s[0], s[1], t[0]);
  const d4 = cross(s[0], s[1], t[1]);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (
    Math.min(
      distanceToSegment(s[0], t),
      distanceToSegment(s[1], t),
      distanceToSegment(t[0], s),
      distanceToSegment(t[1], s),
    ) <= 1
  );
}

const levelOf = (feed: FairFeed, item: { level?: string }) =>
  item.level ?? (feed.map.type === 'plan' ? feed.map.levels[0].id : undefined);

function nearestPathDistance(
  feed: FairFeed,
  point: Point,
  level: string | undefined,
): { index: number; distance: number } {
  let best = { index: -1, distance: Infinity };
  (feed.paths ?? []).forEach((path, index) => {
    if (levelOf(feed, path) !== level) return;
    for (const segment of segmentsOf(path.points)) {
      const distance = distanceToSegment(point, segment);
      if (distance < best.distance) best = { index, distance };
    }
  });
  return best;
}

/** Indexes of the paths reachable on foot from the kiosk, through crossings and stairs/lifts. */
function reachableFromKiosk(feed: FairFeed): Set<number> {
  const paths = feed.paths ?? [];
  const neighbours = paths.map(() => new Set<number>());
  for (let i = 0; i < paths.length; i++) {
    for (let j = i + 1; j < paths.length; j++) {
      if (levelOf(feed, paths[i]) !== levelOf(feed, paths[j])) continue;
      const meet = segmentsOf(paths[i].points).some((s) => segmentsOf(paths[j].points).some((t) => segmentsMeet(s, t)));
      if (meet) {
        neighbours[i].add(j);
        neighbours[j].add(i);
      }
    }
  }
  // Stairs, lifts and escalators sharing a `connects` value join the aisles they stand on.
  const byConnector = new Map<string, number[]>();
  for (const place of feed.places ?? []) {
    if (!place.connects) continue;
    const near = nearestPathDistance(feed, place.at, levelOf(feed, place));
    expect(near.distance, `${place.id} stands by an aisle`).to.be.at.most(PLACE_TOLERANCE);
    byConnector.set(place.connects, [...(byConnector.get(place.connects) ?? []), near.index]);
  }
  for (const ends of byConnector.values()) {
    for (const a of ends) for (const b of ends) if (a !== b) neighbours[a].add(b);
  }
  const kiosk = feed.places?.find((p) => p.id === 'kiosk-1');
  expect(kiosk, 'the sample has kiosk-1').to.not.equal(undefined);
  const start = nearestPathDistance(feed, kiosk!.at, levelOf(feed, kiosk!));
  expect(start.distance, 'kiosk-1 stands by an aisle').to.be.at.most(PLACE_TOLERANCE);
  const seen = new Set([start.index]);
  const queue = [start.index];
  while (queue.length) {
    for (const next of neighbours[queue.shift()!]) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

function onRectEdge([x, y]: Point, [rx, ry, w, h]: [number, number, number, number]): boolean {
  const onVertical = (Math.abs(x - rx) < 0.5 || Math.abs(x - rx - w) < 0.5) && y >= ry && y <= ry + h;
  const onHorizontal = (Math.abs(y - ry) < 0.5 || Math.abs(y - ry - h) < 0.5) && x >= rx && x <= rx + w;
  return onVertical || onHorizontal;
}

/** The checks every sample passes: doors on aisles, everything inside its plan, one walkable network. */
function expectWalkable(feed: FairFeed): void {
  const levels = new Map((feed.map.type === 'plan' ? feed.map.levels : []).map((l: PlanLevel) => [l.id, l]));
  for (const booth of feed.booths) {
    const level = levels.get(levelOf(feed, booth)!);
    const [w, h] = level?.size ?? [0, 0];
    const [x, y, bw, bh] = booth.rect!;
    expectWithin(
      { left: x, top: y, right: x + bw, bottom: y + bh },
      { left: 0, top: 0, right: w, bottom: h },
      `${booth.id} inside the plan of ${level?.id}`,
      0,
    );
    expect(booth.door, `${booth.id} has a door`).to.not.equal(undefined);
    expect(
      onRectEdge(booth.door!, booth.rect!),
      `${booth.id}'s door ${String(booth.door)} on its outline ${String(booth.rect)}`,
    ).to.equal(true);
    const near = nearestPathDistance(feed, booth.door!, levelOf(feed, booth));
    expect(near.distance, `${booth.id}'s door is on an aisle`).to.be.at.most(DOOR_TOLERANCE);
  }
  for (const place of feed.places ?? []) {
    const near = nearestPathDistance(feed, place.at, levelOf(feed, place));
    expect(near.distance, `${place.id} is by an aisle`).to.be.at.most(PLACE_TOLERANCE);
  }
  const reached = reachableFromKiosk(feed);
  const stranded = (feed.paths ?? []).map((_, i) => i).filter((i) => !reached.has(i));
  expect(stranded.length, `paths not reachable from kiosk-1: ${stranded.slice(0, 10).join(', ')}`).to.equal(0);
}

async function expectFilesExist(name: SampleName, feed: FairFeed): Promise<void> {
  const base = SAMPLE_FEEDS[name];
  const files = new Set<string>();
  if (feed.map.type === 'plan') for (const level of feed.map.levels) if (level.image) files.add(level.image);
  if (feed.fair.theme?.logo) files.add(feed.fair.theme.logo);
  for (const p of [...(feed.products ?? []), ...(feed.producers ?? [])])
    for (const image of p.images ?? []) files.add(image);
  for (const file of files) {
    expect(file, 'relative to the feed').not.to.match(/^[a-z]+:/);
    const response = await fetch(new URL(file, base));
    expect(response.ok, `${name}: ${file} exists`).to.equal(true);
    expect(response.headers.get('content-type') ?? '', `${file} is an image`).to.match(/^image\//);
  }
}

// ---------------------------------------------------------------- what a product is
/**
 * What each kind of product is called (the start of its Vietnamese name, where
 * the head noun stands: "Mật ong hoa cà phê" is honey, "Cà phê … sơ chế mật
 * ong" is coffee), the pictures that show it, and the category (its English
 * name) it belongs under. The first kind that matches a name decides. A product
 * no kind matches fails the test: add its kind here.
 */
const KINDS: { kind: string; name: RegExp; images: string[]; category: RegExp }[] = [
  { kind: 'honey', name: /^mật ong/, images: ['honey'], category: /honey/ },
  { kind: 'mushroom', name: /linh chi|đông trùng/, images: ['mushroom'], category: /herb|mushroom|health/ },
  { kind: 'root', name: /^(cao |trà )?(sâm|tam thất|hà thủ ô)/, images: ['herbs'], category: /herb/ },
  { kind: 'medicinal herb', name: /^(cà gai leo|chè dây|trà khổ qua|tinh dầu)/, images: ['herbs'], category: /herb/ },
  { kind: "bird's nest", name: /^yến sào/, images: ['food'], category: /health/ },
  { kind: 'coffee', name: /^(cà phê|trà cascara)/, images: ['coffee'], category: /coffee/ },
  { kind: 'tea', name: /^(chè|trà|hồng trà|bạch trà|giảo cổ lam)/, images: ['tea'], category: /tea/ },
  { kind: 'jelly grass', name: /^thạch đen khô/, images: ['herbs'], category: /specialties/ },
  { kind: 'black jelly', name: /^(bột )?thạch đen/, images: ['food'], category: /specialties/ },
  {
    kind: 'seafood',
    name: /^(nước mắm|mắm|mực|tôm|cua|khô cá|cá hồi|trứng cá|ruốc cá|xúc xích cá|bánh phồng cá)/,
    images: ['seafood'],
    category: /seafood/,
  },
  {
    kind: 'meat',
    name: /^(lạp xưởng|thịt|bò một nắng|nem chua)/,
    images: ['meat'],
    category: /meat|charcuterie|specialties/,
  },
  {
    kind: 'spice',
    name: /^(bột ớt|bột nghệ|ớt|tương|mắc khén|hạt dổi|hạt tiêu|tiêu|muối|tỏi|chẩm chéo)/,
    images: ['spice'],
    category: /spice|specialties/,
  },
  { kind: 'nuts', name: /^(hạt dẻ|hạt mắc ca)/, images: ['nuts'], category: /nut|specialties/ },
  { kind: 'vinegar', name: /^giấm/, images: ['food', 'fruit'], category: /specialties/ },
  { kind: 'dried shoots', name: /^măng khô/, images: ['food'], category: /dried goods|specialties/ },
  { kind: 'sugar', name: /^(đường|mật hoa)/, images: ['food'], category: /sugar|sweets/ },
  {
    kind: 'cakes and sweets',
    name: /^(bánh khảo|bánh chưng|bánh gai|bánh pía|kẹo|mè xửng|cốm làng)/,
    images: ['cakes'],
    category: /cake|sweets/,
  },
  {
    kind: 'rice and noodles',
    name: /^(gạo|miến|bún|phở|cốm nếp|bánh tráng)/,
    images: ['grains'],
    category: /rice|noodle/,
  },
  {
    kind: 'fruit',
    name: /^(mận|xoài|chuối|trái cây|dâu|mứt|cam|nước cam|bưởi|nho|hồng treo|sầu riêng)/,
    images: ['fruit'],
    category: /fruit/,
  },
  { kind: 'ceramics', name: /^gốm/, images: ['ceramics'], category: /craft/ },
  { kind: 'agarwood', name: /trầm/, images: ['incense'], category: /craft/ },
  { kind: 'bamboo', name: /(^| )(tre|mây tre)( |$)/, images: ['bamboo'], category: /craft/ },
  {
    kind: 'brocade',
    name: /thổ cẩm|khăn|váy|túi|ví |^ví|ba lô|vỏ gối|tranh vẽ sáp ong/,
    images: ['crafts'],
    category: /brocade|craft/,
  },
];

/** Each product whose category or picture does not fit its name, as a sentence naming the fix. */
function misfiledProducts(feed: FairFeed): string[] {
  const categories = new Map((feed.categories ?? []).map((c) => [c.id, c]));
  const wrong: string[] = [];
  for (const product of feed.products ?? []) {
    const vi = (typeof product.name === 'string' ? product.name : product.name.vi)
      .normalize('NFC')
      .toLowerCase()
      .replace(/^hộp quà /, '');
    const kind = KINDS.find((k) => k.name.test(vi));
    if (!kind) {
      wrong.push(`${product.id} "${vi}": no kind of product matches; add one to KINDS`);
      continue;
    }
    const category = categories.get(product.category ?? '');
    const name = category?.name ?? '';
    const categoryName = typeof name === 'string' ? name : name.en;
    if (!kind.category.test(categoryName.toLowerCase()))
      wrong.push(`${product.id} "${vi}" (${kind.kind}) is filed under "${categoryName}"`);
    const images = (product.images ?? []).map((url) => url.replace(/^.*\/([^/]+)\.[a-z]+$/, '$1'));
    if (!images.length || !images.every((image) => kind.images.includes(image))) {
      wrong.push(
        `${product.id} "${vi}" (${kind.kind}) has the picture ${images.join(', ') || 'nothing'}, not ${kind.images.join(' or ')}`,
      );
    }
  }
  return wrong;
}

describe('sample products: the category and the picture fit the name', () => {
  for (const name of Object.keys(SAMPLE_FEEDS) as SampleName[]) {
    it(`${name}: every product`, async () => {
      const feed = await loadSample(name);
      const wrong = misfiledProducts(feed);
      expect(wrong.length, wrong.slice(0, 8).join('\n')).to.equal(0);
    });
  }

  it("every sample hands the kiosk's place to the phone with a route QR ({from} in fair.share)", async () => {
    for (const name of Object.keys(SAMPLE_FEEDS) as SampleName[]) {
      expect((await loadSample(name)).fair.share, name).to.match(/^https:\/\/.*\{kind\}.*\{id\}.*\{from\}/);
    }
  });

  it('catches honey filed under smoked meat with a sausage picture', async () => {
    const feed = await loadSample('sonLa');
    const honey = feed.products!.find((p) => p.id === 'mat-ong-hoa-nhan')!;
    honey.category = 'food';
    honey.images = ['img/meat.svg'];
    const wrong = misfiledProducts(feed);
    expect(wrong).to.have.length(2);
    expect(wrong[0]).to.contain('mat-ong-hoa-nhan').and.to.contain('Smoked meat');
    expect(wrong[1]).to.contain('meat').and.to.contain('not honey');
    feed.products!.push({ id: 'x', name: { vi: 'Sản phẩm lạ', en: 'Something else' } });
    expect(misfiledProducts(feed)).to.have.length(3);
  });
});

// ---------------------------------------------------------------- samples
describe('sample fairs', () => {
  describe('Cao Bang Goods Week', () => {
    it('validates with zero problems', async () => {
      const { feed, problems } = validateFeed(await loadSample('caoBang'));
      expect(problems.length, describeProblems(problems)).to.equal(0);
      expect(feed?.fair.name).to.deep.equal({
        vi: 'Tuần hàng Cao Bằng tại Hà Nội',
        en: 'Cao Bang Goods Week in Hanoi',
      });
    });

    it('has 14 booths in one park level, each with producers and products', async () => {
      const feed = await loadSample('caoBang');
      expect(feed.booths.length).to.equal(14);
      expect(feed.map.type === 'plan' && feed.map.levels.length).to.equal(1);
      const producersWithProducts = new Set((feed.products ?? []).map((p) => p.producer));
      for (const booth of feed.booths) {
        expect(booth.producers?.length, `${booth.id} has a producer`).to.be.greaterThan(0);
        expect(
          booth.producers!.filter((id) => !producersWithProducts.has(id)),
          `${booth.id}'s producers that sell nothing`,
        ).to.deep.equal([]);
      }
      expect(feed.products!.length).to.be.within(30, 40);
      expect(feed.events?.find((e) => e.id === 'opening')?.start).to.equal('2025-12-26T08:30:00+07:00');
    });

    it('is walkable: doors on aisles, aisles joined, all reachable from the kiosk', async () => {
      expectWalkable(await loadSample('caoBang'));
    });

    it('has every plan, logo and image it names', async () => {
      await expectFilesExist('caoBang', await loadSample('caoBang'));
    });
  });

  describe('Son La Agricultural Products Week', () => {
    it('validates with zero problems', async () => {
      const { problems } = validateFeed(await loadSample('sonLa'));
      expect(problems.length, describeProblems(problems)).to.equal(0);
    });

    it('has 20 booths over two levels joined by stairs and a lift on each', async () => {
      const feed = await loadSample('sonLa');
      expect(feed.booths.length).to.equal(20);
      const levels = feed.map.type === 'plan' ? feed.map.levels.map((l) => l.id) : [];
      expect(levels).to.deep.equal(['L1', 'L2']);
      for (const level of levels) {
        expect(feed.booths.filter((b) => b.level === level).length, `booths on ${level}`).to.be.greaterThan(0);
        for (const [kind, connects] of [
          ['stairs', 'core-1'],
          ['elevator', 'lift-1'],
        ]) {
          const found = feed.places?.some((p) => p.level === level && p.kind === kind && p.connects === connects);
          expect(found, `${kind} ${connects} on ${level}`).to.equal(true);
        }
      }
      expect(feed.products!.length).to.be.within(40, 60);
      expect(feed.fair.locales).to.deep.equal(['vi', 'en', 'zh-Hans']);
    });

    it('is walkable across both levels from the kiosk', async () => {
      expectWalkable(await loadSample('sonLa'));
    });

    it('has every plan, logo and image it names', async () => {
      await expectFilesExist('sonLa', await loadSample('sonLa'));
    });
  });

  describe('Vietnam Regional Specialties Fair (generated)', () => {
    it('validates with zero problems and has 200+ booths and 2,000+ products', async () => {
      const { feed, problems } = validateFeed(await loadSample('national'));
      expect(problems.length, describeProblems(problems)).to.equal(0);
      expect(feed!.booths.length).to.be.at.least(200);
      expect(feed!.products!.length).to.be.at.least(2000);
    });

    it('names the businesses from the coverage', async () => {
      const feed = await loadSample('national');
      const names = (feed.producers ?? []).map((p) => (typeof p.name === 'string' ? p.name : p.name.vi));
      for (const name of [
        'HTX Chè Shan tuyết Suối Giàng',
        'Hộ kinh doanh Lê Trung Thục',
        'HTX Thêu dệt thổ cẩm Mông Style',
        'Cơ sở Trầm hương Hồ Phúc',
        'Công ty CP Dược phẩm Quốc tế Hailcophar',
      ]) {
        expect(names, name).to.include(name);
      }
    });

    it('is walkable: doors on aisles, all aisles reachable from the kiosk', async () => {
      expectWalkable(await loadSample('national'));
    });

    it('has every plan and image it names', async () => {
      await expectFilesExist('national', await loadSample('national'));
    });

    it('is what the generator makes, and the generator is deterministic', async () => {
      const first = generateNational();
      const second = generateNational({ ...NATIONAL_DEFAULTS });
      const json = JSON.stringify(first.feed);
      expect(JSON.stringify(second.feed) === json, 'two runs give the same feed').to.equal(true);
      expect(second.plan === first.plan, 'two runs give the same plan').to.equal(true);
      const committed = JSON.stringify(await loadSample('national'));
      expect(
        committed === json,
        'the committed feed is a fresh generation (run `node scripts/generate-national.js`)',
      ).to.equal(true);
      const plan = await (await fetch(new URL('plan.svg', SAMPLE_FEEDS.national))).text();
      expect(plan === first.plan, 'the committed plan is a fresh generation').to.equal(true);
      const other = generateNational({ seed: 7 });
      expect(JSON.stringify(other.feed) === json, 'another seed gives another feed').to.equal(false);
    });

    it('scales to any size and stays valid and walkable', () => {
      const { feed } = generateNational({ booths: 503, products: 5011, seed: 11 });
      expect(feed.booths.length).to.equal(503);
      expect(feed.products!.length).to.equal(5011);
      const { problems } = validateFeed(feed);
      expect(problems.length, describeProblems(problems)).to.equal(0);
      expectWalkable(feed);
    });
  });
});
