// The feed checker's table: a valid feed broken one field at a time, each row with the pointer and message an
// organizer reads. Long because it is a table (one row per rule), not because it holds logic.
import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/data/validate.js';
import type { Problem } from '../../src/data/types.js';
import { baseFeed, geoFeed } from '../fixtures/feeds-validate/base-feed.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- the table breaks feeds on purpose */
type Loose = any;

interface Mistake {
  /** What the organizer got wrong. */
  mistake: string;
  /** Breaks a fresh valid feed. */
  edit: (feed: Loose) => void;
  /** Every problem expected, in order: path, severity, and words the message must contain. */
  problems: [path: string, severity: Problem['severity'], message: RegExp][];
  /** Lengths of collections after validation, when items are dropped. */
  kept?: Partial<Record<'booths' | 'producers' | 'products' | 'categories' | 'places' | 'paths' | 'events', number>>;
  /** Further checks on the cleaned feed. */
  then?: (feed: Loose) => void;
  /** Start from the geo version of the feed. */
  geo?: true;
}

const S = (value: unknown) => JSON.parse(JSON.stringify(value));

const mistakes: Mistake[] = [
  // ── ids ──
  {
    mistake: 'a booth id with a space',
    edit: (f) => {
      f.booths[1].id = 'A 02';
    },
    problems: [['/booths/1/id', 'error', /"A 02".*not valid/]],
    kept: { booths: 2 },
  },
  {
    mistake: 'a booth without an id',
    edit: (f) => {
      delete f.booths[1].id;
    },
    problems: [['/booths/1/id', 'error', /booth at \/booths\/1 has no "id"/]],
    kept: { booths: 2 },
  },
  {
    mistake: 'a 65-character id',
    edit: (f) => {
      f.booths[2].id = 'x'.repeat(65);
    },
    problems: [['/booths/2/id', 'error', /not valid/]],
    kept: { booths: 2 },
  },
  {
    mistake: 'a numeric id',
    edit: (f) => {
      f.booths[1].id = 12;
    },
    problems: [['/booths/1/id', 'error', /the id 12/]],
    kept: { booths: 2 },
  },
  {
    mistake: 'a duplicate booth id',
    edit: (f) => {
      f.booths[2].id = 'A02';
    },
    problems: [['/booths/2/id', 'error', /repeats the id "A02".*\/booths/]],
    kept: { booths: 2 },
  },
  {
    mistake: 'a duplicate producer id',
    edit: (f) => {
      f.producers.push({ id: 'hoang-ha', name: 'Copy' });
    },
    problems: [['/producers/2/id', 'error', /unique in \/producers/]],
    kept: { producers: 2 },
  },
  {
    mistake: 'a duplicate product id',
    edit: (f) => {
      f.products.push({ id: 'tea-200g', name: 'Copy' });
    },
    problems: [['/products/2/id', 'error', /"tea-200g"/]],
    kept: { products: 2 },
  },
  {
    mistake: 'a duplicate category id',
    edit: (f) => {
      f.categories.push({ id: 'tea', name: 'Tea again' });
    },
    problems: [['/categories/2/id', 'error', /"tea"/]],
    kept: { categories: 2 },
  },
  {
    mistake: 'a duplicate place id',
    edit: (f) => {
      f.places.push({ id: 'stage', kind: 'stage', level: 'G', at: [1, 1] });
    },
    problems: [['/places/4/id', 'error', /"stage"/]],
    kept: { places: 4 },
  },
  {
    mistake: 'a duplicate event id',
    edit: (f) => {
      f.events.push({ id: 'opening', title: 'Again', start: '2025-12-24' });
    },
    problems: [['/events/2/id', 'error', /"opening"/]],
    kept: { events: 2 },
  },
  {
    mistake: 'a duplicate level id',
    edit: (f) => {
      f.map.levels.push({ id: 'G', size: [10, 10] });
    },
    problems: [['/map/levels/2/id', 'error', /level.*"G"/]],
    then: (f) => expect(f.map.levels.length).to.equal(2),
  },
  {
    mistake: 'a level id with a slash',
    edit: (f) => {
      f.map.levels.push({ id: 'L/2', size: [10, 10] });
    },
    problems: [['/map/levels/2/id', 'error', /"L\/2"/]],
  },
  // ── references ──
  {
    mistake: 'a booth on a level that does not exist',
    edit: (f) => {
      f.booths[1].level = 'L9';
    },
    problems: [['/booths/1/level', 'error', /Booth "A02" refers to level "L9" which is not in \/map\/levels/]],
    kept: { booths: 2 },
  },
  {
    mistake: 'a booth naming a missing producer',
    edit: (f) => {
      f.booths[1].producers = ['nobody'];
    },
    problems: [
      ['/booths/1/producers/0', 'error', /Booth "A02" refers to producer "nobody" which is not in \/producers/],
    ],
    then: (f) => expect(f.booths[1].producers).to.deep.equal([]),
  },
  {
    mistake: 'a booth naming a missing category',
    edit: (f) => {
      f.booths[0].categories = ['tea', 'wine'];
    },
    problems: [['/booths/0/categories/1', 'error', /category "wine"/]],
    then: (f) => expect(f.booths[0].categories).to.deep.equal(['tea']),
  },
  {
    mistake: 'booth producers given as one string',
    edit: (f) => {
      f.booths[0].producers = 'hoang-ha';
    },
    problems: [['/booths/0/producers', 'error', /"producers".*not a list/]],
    then: (f) => expect(f.booths[0].producers).to.equal(undefined),
  },
  {
    mistake: 'a product of a missing producer',
    edit: (f) => {
      f.products[1].producer = 'ghost';
    },
    problems: [['/products/1/producer', 'error', /producer "ghost".*left out/]],
    kept: { products: 1 },
  },
  {
    mistake: 'a product in a missing category',
    edit: (f) => {
      f.products[1].category = 'wine';
    },
    problems: [['/products/1/category', 'error', /category "wine"/]],
    then: (f) => expect(f.products[1]).not.to.have.property('category'),
  },
  {
    mistake: 'a place on a missing level',
    edit: (f) => {
      f.places[0].level = 'B2';
    },
    problems: [['/places/0/level', 'error', /Place "kiosk-1" refers to level "B2"/]],
    kept: { places: 3 },
  },
  {
    mistake: 'a path on a missing level',
    edit: (f) => {
      f.paths[0].level = 'B2';
    },
    problems: [['/paths/0/level', 'error', /level "B2"/]],
    kept: { paths: 1 },
  },
  {
    mistake: 'an event at a missing place',
    edit: (f) => {
      f.events[0].place = 'main-stage';
    },
    problems: [['/events/0/place', 'error', /Event "opening" refers to place "main-stage"/]],
    then: (f) => expect(f.events[0].place).to.equal(undefined),
  },
  {
    mistake: 'an event at a missing booth',
    edit: (f) => {
      f.events[1].booth = 'Z99';
    },
    problems: [['/events/1/booth', 'error', /booth "Z99"/]],
    then: (f) => expect(f.events[1].booth).to.equal(undefined),
  },
  {
    mistake: 'an event at a booth that was left out',
    edit: (f) => {
      delete f.booths[0].shape;
    },
    problems: [
      ['/booths/0', 'error', /neither a "shape".*nor a "rect"/],
      ['/events/1/booth', 'error', /booth "A01" which was itself left out/],
    ],
    kept: { booths: 2 },
  },
  {
    mistake: 'a booth without a level on a two-level plan',
    edit: (f) => {
      delete f.booths[1].level;
    },
    problems: [['/booths/1/level', 'warning', /no "level".*"G"/]],
    then: (f) => expect(f.booths[1].level).to.equal('G'),
  },
  // ── geometry ──
  {
    mistake: 'a booth with no shape or rect',
    edit: (f) => {
      delete f.booths[1].rect;
    },
    problems: [['/booths/1', 'error', /cannot be drawn/]],
    kept: { booths: 2 },
  },
  {
    mistake: 'a shape of two points',
    edit: (f) => {
      delete f.booths[1].rect;
      f.booths[1].shape = [
        [1, 1],
        [2, 2],
      ];
    },
    problems: [['/booths/1/shape', 'error', /2 points.*at least 3/]],
    kept: { booths: 2 },
  },
  {
    mistake: 'a NaN in a shape',
    edit: (f) => {
      delete f.booths[1].rect;
      f.booths[1].shape = [
        [1, 1],
        [NaN, 2],
        [3, 3],
      ];
    },
    problems: [['/booths/1/shape/1/0', 'error', /NaN, not a finite number/]],
    kept: { booths: 2 },
  },
  {
    mistake: 'a coordinate written as text',
    edit: (f) => {
      delete f.booths[1].rect;
      f.booths[1].shape = [
        [1, 1],
        [2, 2],
        [3, '3'],
      ];
    },
    problems: [['/booths/1/shape/2/1', 'error', /"3", not a finite number/]],
    kept: { booths: 2 },
  },
  {
    mistake: 'a point with three numbers',
    edit: (f) => {
      delete f.booths[1].rect;
      f.booths[1].shape = [
        [1, 1, 1],
        [2, 2],
        [3, 3],
      ];
    },
    problems: [['/booths/1/shape/0', 'error', /"shape" point.*\[x, y\]/]],
    kept: { booths: 2 },
  },
  {
    mistake: 'a rect of zero width',
    edit: (f) => {
      f.booths[1].rect = [10, 10, 0, 5];
    },
    problems: [['/booths/1/rect', 'error', /0 × 5.*more than 0/]],
    kept: { booths: 2 },
  },
  {
    mistake: 'a rect of negative height',
    edit: (f) => {
      f.booths[1].rect = [10, 10, 5, -5];
    },
    problems: [['/booths/1/rect', 'error', /more than 0/]],
    kept: { booths: 2 },
  },
  {
    mistake: 'an infinite rect',
    edit: (f) => {
      f.booths[1].rect = [10, 10, Infinity, 5];
    },
    problems: [['/booths/1/rect/2', 'error', /Infinity/]],
    kept: { booths: 2 },
  },
  {
    mistake: 'a rect of three numbers',
    edit: (f) => {
      f.booths[1].rect = [10, 10, 5];
    },
    problems: [['/booths/1/rect', 'error', /four numbers/]],
    kept: { booths: 2 },
  },
  {
    mistake: 'both shape and rect',
    edit: (f) => {
      f.booths[1].shape = [
        [1, 1],
        [9, 1],
        [9, 9],
      ];
    },
    problems: [['/booths/1/rect', 'error', /both a "shape" and a "rect"/]],
    then: (f) => expect([f.booths[1].rect, f.booths[1].shape.length]).to.deep.equal([undefined, 3]),
  },
  {
    mistake: 'a booth partly off the plan',
    edit: (f) => {
      f.booths[1].rect = [990, 100, 80, 60];
    },
    problems: [['/booths/1/rect', 'warning', /reaches beyond the plan of level "G" \(1000 × 800 px\)/]],
  },
  {
    mistake: 'a booth entirely off the plan',
    edit: (f) => {
      f.booths[0].shape = [
        [-50, -50],
        [-10, -50],
        [-10, -10],
      ];
    },
    problems: [['/booths/0/shape', 'warning', /lies outside the plan/]],
  },
  {
    mistake: 'a door that is not a point',
    edit: (f) => {
      f.booths[0].door = 'south';
    },
    problems: [['/booths/0/door', 'warning', /"door" point/]],
    then: (f) => expect(f.booths[0].door).to.equal(undefined),
  },
  {
    mistake: 'a path of one point',
    edit: (f) => {
      f.paths[0].points = [[1, 1]];
    },
    problems: [['/paths/0/points', 'error', /1 point.*at least 2/]],
    kept: { paths: 1 },
  },
  {
    mistake: 'a path with a bad point',
    edit: (f) => {
      f.paths[1].points[1] = [null, 3];
    },
    problems: [['/paths/1/points/1/0', 'error', /null, not a finite number/]],
    kept: { paths: 1 },
  },
  {
    mistake: 'a place without "at"',
    edit: (f) => {
      delete f.places[0].at;
    },
    problems: [['/places/0/at', 'error', /an "at" point/]],
    kept: { places: 3 },
  },
  // ── unsafe links and media ──
  {
    mistake: 'a javascript: image',
    edit: (f) => {
      f.producers[0].images[0] = 'javascript:alert(1)';
    },
    problems: [['/producers/0/images/0', 'error', /images\[0\].*"javascript:"/]],
    then: (f) => expect(f.producers[0].images).to.deep.equal(['https://cdn.example.vn/hh-2.jpg']),
  },
  {
    mistake: 'a mixed-case JavaScript: trace link',
    edit: (f) => {
      f.products[0].trace = ' JaVaScRiPt:alert(1)';
    },
    problems: [['/products/0/trace', 'error', /"trace".*"javascript:"/]],
    then: (f) => expect(f.products[0].trace).to.equal(undefined),
  },
  {
    mistake: 'a javascript: link hidden by a tab',
    edit: (f) => {
      f.fair.organizer.url = 'java\tscript:alert(1)';
    },
    problems: [['/fair/organizer/url', 'error', /"url".*"javascript:"/]],
    then: (f) => expect(f.fair.organizer).to.deep.equal({ name: 'Sở Công Thương' }),
  },
  {
    mistake: 'a vbscript: website',
    edit: (f) => {
      f.producers[0].contact.website = 'vbscript:msgbox';
    },
    problems: [['/producers/0/contact/website', 'error', /"contact.website".*"vbscript:"/]],
  },
  {
    mistake: 'a file: plan image',
    edit: (f) => {
      f.map.levels[0].image = 'file:///C:/plan.svg';
    },
    problems: [['/map/levels/0/image', 'error', /Level "G".*"file:"/]],
    then: (f) => expect(f.map.levels[0].image).to.equal(undefined),
  },
  {
    mistake: 'a data:text/html logo',
    edit: (f) => {
      f.fair.theme.logo = 'data:text/html,<script>alert(1)</script>';
    },
    problems: [['/fair/theme/logo', 'error', /"logo".*"data:".*data:image/]],
  },
  {
    mistake: 'a data: URL as a traceability link',
    edit: (f) => {
      f.products[0].trace = 'data:image/png;base64,AAAA';
    },
    problems: [['/products/0/trace', 'error', /"data:"/]],
  },
  {
    mistake: 'a javascript: narrated story',
    edit: (f) => {
      f.producers[0].audio.en = 'javascript:void(0)';
    },
    problems: [['/producers/0/audio/en', 'error', /audio.en/]],
    then: (f) => expect(f.producers[0].audio).to.deep.equal({ vi: 'audio/hh-vi.mp3' }),
  },
  {
    mistake: 'a share template with a bad scheme',
    edit: (f) => {
      f.fair.share = 'ftp://fair.example.vn/{kind}/{id}';
    },
    problems: [['/fair/share', 'error', /"share".*http/]],
    then: (f) => expect(f.fair.share).to.equal(undefined),
  },
  {
    mistake: 'a relative share template',
    edit: (f) => {
      f.fair.share = '/{kind}/{id}';
    },
    problems: [['/fair/share', 'error', /"share"/]],
  },
  // ── values ──
  {
    mistake: 'an OCOP rating of 7',
    edit: (f) => {
      f.products[0].ocop = 7;
    },
    problems: [['/products/0/ocop', 'warning', /OCOP rating of 7/]],
    then: (f) => expect(f.products[0].ocop).to.equal(undefined),
  },
  {
    mistake: 'an OCOP rating of 2',
    edit: (f) => {
      f.products[1].ocop = 2;
    },
    problems: [['/products/1/ocop', 'warning', /3, 4 or 5/]],
  },
  {
    mistake: 'an OCOP rating written as text',
    edit: (f) => {
      f.products[0].ocop = '4';
    },
    problems: [['/products/0/ocop', 'warning', /"4"/]],
  },
  {
    mistake: 'a negative price',
    edit: (f) => {
      f.products[0].price.amount = -1;
    },
    problems: [['/products/0/price/amount', 'error', /"amount" of -1/]],
    then: (f) => expect(f.products[0].price).to.equal(undefined),
  },
  {
    mistake: 'a price written as text',
    edit: (f) => {
      f.products[0].price.amount = '150.000';
    },
    problems: [['/products/0/price/amount', 'error', /"150.000"/]],
  },
  {
    mistake: 'a currency that is not a code',
    edit: (f) => {
      f.products[0].price.currency = 'dong';
    },
    problems: [['/products/0/price/currency', 'error', /"dong".*ISO 4217/]],
  },
  {
    mistake: 'a price that is a number',
    edit: (f) => {
      f.products[0].price = 150000;
    },
    problems: [['/products/0/price', 'error', /"price" that is 150000/]],
  },
  {
    mistake: 'a colour name',
    edit: (f) => {
      f.categories[0].color = 'green';
    },
    problems: [['/categories/0/color', 'warning', /Category "tea".*"green".*#rrggbb/]],
    then: (f) => expect(f.categories[0].color).to.equal(undefined),
  },
  {
    mistake: 'a five-digit theme colour',
    edit: (f) => {
      f.fair.theme.primary = '#12345';
    },
    problems: [['/fair/theme/primary', 'warning', /"primary"/]],
    then: (f) => expect(f.fair.theme.primary).to.equal(undefined),
  },
  {
    mistake: 'an rgb() accent',
    edit: (f) => {
      f.fair.theme.accent = 'rgb(1, 2, 3)';
    },
    problems: [['/fair/theme/accent', 'warning', /"accent"/]],
  },
  {
    mistake: 'a font that smuggles CSS',
    edit: (f) => {
      f.fair.theme.font = 'x; background: url(evil)';
    },
    problems: [['/fair/theme/font', 'warning', /"font"/]],
    then: (f) => expect(f.fair.theme.font).to.equal(undefined),
  },
  {
    mistake: 'an unknown place kind',
    edit: (f) => {
      f.places[1].kind = 'toilet';
    },
    problems: [['/places/1/kind', 'warning', /"toilet".*"other"/]],
    then: (f) => expect(f.places[1].kind).to.equal('other'),
  },
  {
    mistake: 'stairs without connects',
    edit: (f) => {
      delete f.places[2].connects;
    },
    problems: [['/places/2/connects', 'warning', /a staircase without "connects"/]],
  },
  {
    mistake: 'an elevator without connects',
    edit: (f) => {
      f.places.push({ id: 'lift', kind: 'elevator', level: 'G', at: [5, 5] });
    },
    problems: [['/places/4/connects', 'warning', /an elevator/]],
  },
  {
    mistake: 'a contact email without @',
    edit: (f) => {
      f.producers[0].contact.email = 'hoangha.vn';
    },
    problems: [['/producers/0/contact/email', 'warning', /"contact.email"/]],
  },
  {
    mistake: 'tags that are not a list',
    edit: (f) => {
      f.products[0].tags = 'gift';
    },
    problems: [['/products/0/tags', 'warning', /"tags"/]],
  },
  // ── text ──
  {
    mistake: 'a product name that is a number',
    edit: (f) => {
      f.products[1].name = 42;
    },
    problems: [['/products/1/name', 'error', /"name" that is 42.*left out/]],
    kept: { products: 1 },
  },
  {
    mistake: 'a booth name that is a list',
    edit: (f) => {
      f.booths[2].name = ['a'];
    },
    problems: [['/booths/2/name', 'error', /a list.*ignored/]],
    then: (f) => expect(f.booths[2].name).to.equal(undefined),
  },
  {
    mistake: 'a translation that is not text',
    edit: (f) => {
      f.fair.venue.fr = 3;
    },
    problems: [['/fair/venue/fr', 'error', /"fr" translation is 3/]],
    then: (f) => expect(f.fair.venue).to.deep.equal({ vi: 'Công viên', en: 'Park' }),
  },
  {
    mistake: 'a missing English description',
    edit: (f) => {
      f.products[0].description = { vi: 'Chè ngon' };
    },
    problems: [['/products/0/description', 'warning', /no "en" translation of "description"/]],
  },
  {
    mistake: 'an empty translation',
    edit: (f) => {
      f.categories[1].name.en = '  ';
    },
    problems: [['/categories/1/name', 'warning', /no "en" translation/]],
  },
  {
    mistake: 'a translation key that is not a language',
    edit: (f) => {
      f.products[0].name['x/y~z'] = 'q';
    },
    problems: [['/products/0/name/x~1y~0z', 'warning', /not a language tag/]],
  },
  {
    mistake: 'an event without a title',
    edit: (f) => {
      delete f.events[1].title;
    },
    problems: [['/events/1/title', 'error', /no "title"/]],
    kept: { events: 1 },
  },
  {
    mistake: 'a producer with an empty name',
    edit: (f) => {
      f.producers.push({ id: 'empty', name: ' ' });
    },
    problems: [['/producers/2/name', 'error', /empty "name"/]],
    kept: { producers: 2 },
  },
  {
    mistake: 'a fair without a name',
    edit: (f) => {
      delete f.fair.name;
    },
    problems: [['/fair/name', 'error', /no "name".*"test-fair"/]],
    then: (f) => expect(f.fair.name).to.equal('test-fair'),
  },
  {
    mistake: 'an organizer without a name',
    edit: (f) => {
      delete f.fair.organizer.name;
    },
    problems: [['/fair/organizer/name', 'error', /organizer has no "name"/]],
    then: (f) => expect(f.fair.organizer).to.equal(undefined),
  },
  // ── dates ──
  {
    mistake: 'a 13th month',
    edit: (f) => {
      f.fair.dates.start = '2025-13-01';
    },
    problems: [['/fair/dates/start', 'error', /start date "2025-13-01"/]],
    then: (f) => expect(f.fair.dates).to.equal(undefined),
  },
  {
    mistake: 'a fair ending before it starts',
    edit: (f) => {
      f.fair.dates.end = '2025-12-01';
    },
    problems: [['/fair/dates/end', 'error', /ends \(2025-12-01\) before/]],
  },
  {
    mistake: 'dates as one string',
    edit: (f) => {
      f.fair.dates = '24-29/12/2025';
    },
    problems: [['/fair/dates', 'error', /"dates"/]],
  },
  {
    mistake: 'an event start that is not a date',
    edit: (f) => {
      f.events[0].start = 'tomorrow 8:30';
    },
    problems: [['/events/0/start', 'error', /"start" of "tomorrow 8:30"/]],
    kept: { events: 1 },
  },
  {
    mistake: 'an event ending before it starts',
    edit: (f) => {
      f.events[0].end = '2025-12-24T07:00:00+07:00';
    },
    problems: [['/events/0/end', 'error', /ends .* before it starts/]],
    then: (f) => expect(f.events[0].end).to.equal(undefined),
  },
  {
    mistake: 'an event end on 30 February',
    edit: (f) => {
      f.events[0].end = '2026-02-30T09:00';
    },
    problems: [['/events/0/end', 'error', /"end" of "2026-02-30T09:00"/]],
  },
  {
    mistake: 'an unknown time zone',
    edit: (f) => {
      f.fair.timezone = 'Mars/Olympus';
    },
    problems: [['/fair/timezone', 'warning', /"timezone" "Mars\/Olympus"/]],
  },
  {
    mistake: 'a locale that is not a tag',
    edit: (f) => {
      f.fair.locales.push('english!');
    },
    problems: [['/fair/locales/2', 'error', /"english!"/]],
    then: (f) => expect(f.fair.locales).to.deep.equal(['vi', 'en']),
  },
  // ── map ──
  {
    mistake: 'a plan level without a size',
    edit: (f) => {
      delete f.map.levels[1].size;
    },
    problems: [['/map/levels/1/size', 'warning', /Level "L1" has no "size"/]],
  },
  {
    mistake: 'a plan level size of zero',
    edit: (f) => {
      f.map.levels[1].size = [0, 800];
    },
    problems: [['/map/levels/1/size', 'warning', /positive/]],
  },
  {
    mistake: 'a plan scale of zero metres per pixel',
    edit: (f) => {
      f.map.levels[1].scale = 0;
    },
    problems: [['/map/levels/1/scale', 'warning', /"scale".*0\.1 is used/]],
    then: (f) => expect(f.map.levels[1].scale).to.equal(undefined),
  },
  {
    mistake: 'tiles without {z}',
    geo: true,
    edit: (f) => {
      f.map.tiles = 'https://tile.example.vn/{x}/{y}.png';
    },
    problems: [['/map/tiles', 'error', /"tiles".*\{z\}/]],
    then: (f) => expect(f.map.tiles).to.equal(undefined),
  },
  {
    mistake: 'tiles over a javascript: scheme',
    geo: true,
    edit: (f) => {
      f.map.tiles = 'javascript:{z}{x}{y}';
    },
    problems: [['/map/tiles', 'error', /"javascript:"/]],
  },
  {
    mistake: 'a geo centre off the globe',
    geo: true,
    edit: (f) => {
      f.map.center = [200, 10];
    },
    problems: [['/map/center', 'warning', /latitude/]],
  },
  {
    mistake: 'a zoom of 30',
    geo: true,
    edit: (f) => {
      f.map.zoom = 30;
    },
    problems: [['/map/zoom', 'warning', /"zoom" 30/]],
  },
  {
    mistake: 'a geo booth at latitude 100',
    geo: true,
    edit: (f) => {
      f.booths[1].rect[0] = 100;
      delete f.booths[1].rect;
      f.booths[1].shape = [
        [100, 1],
        [1, 1],
        [1, 2],
      ];
    },
    problems: [['/booths/1/shape/0', 'error', /latitude/]],
    kept: { booths: 2 },
  },
  // ── structure ──
  {
    mistake: 'products that are not a list',
    edit: (f) => {
      f.products = { a: 1 };
    },
    problems: [['/products', 'error', /"products" is an object, not a list/]],
    then: (f) => expect(f.products).to.equal(undefined),
  },
  {
    mistake: 'a booth that is a string',
    edit: (f) => {
      f.booths[1] = 'A02';
    },
    problems: [['/booths/1', 'error', /"A02", not an object/]],
    kept: { booths: 2 },
  },
  {
    mistake: 'no booths at all',
    edit: (f) => {
      delete f.booths;
      f.events.pop();
    },
    problems: [['/booths', 'error', /no "booths"/]],
    kept: { booths: 0 },
  },
];

/** Which top-level section a problem path is in: `/booths/1/id` → `booths`. */
const sectionOf = (path: string) => path.split('/')[1] ?? '';

describe('validateFeed: the base feed', () => {
  it('is valid and comes back equal but not the same object', () => {
    const input = baseFeed();
    const { feed, problems } = validateFeed(input);
    expect(problems).to.deep.equal([]);
    expect(feed).to.deep.equal(input);
    expect(feed).not.to.equal(input);
    expect(feed!.booths[0]).not.to.equal(input.booths[0]);
  });

  it('is valid on a geo map too', () => {
    expect(validateFeed(geoFeed()).problems).to.deep.equal([]);
  });
});

describe(`validateFeed: ${mistakes.length} kinds of mistakes`, () => {
  it('has at least 50 kinds', () => expect(mistakes.length).to.be.at.least(50));

  for (const m of mistakes) {
    it(`reports ${m.mistake}`, () => {
      const input: Loose = m.geo ? geoFeed() : baseFeed();
      m.edit(input);
      const before = S(input);
      const { feed, problems } = validateFeed(input);
      expect(
        problems.map((p) => [p.path, p.severity]),
        JSON.stringify(problems, null, 1),
      ).to.deep.equal(m.problems.map(([path, severity]) => [path, severity]));
      problems.forEach((p, i) => expect(p.message).to.match(m.problems[i][2]));
      expect(feed, 'the rest of the feed is kept').not.to.equal(null);
      const out = feed as Loose;
      // Sections no problem points at come back unchanged.
      const touched = new Set(m.problems.map(([path]) => sectionOf(path)));
      for (const section of Object.keys(input)) {
        if (!touched.has(section)) expect(out[section], section).to.deep.equal(input[section]);
      }
      for (const [collection, length] of Object.entries(m.kept ?? {}))
        expect(out[collection].length, collection).to.equal(length);
      for (const collection of touched) {
        if (Array.isArray(input[collection]) && !(m.kept && collection in m.kept))
          expect(out[collection].length, collection).to.equal(input[collection].length);
      }
      m.then?.(out);
      expect(S(input), 'the input is not modified').to.deep.equal(before);
    });
  }
});

describe('validateFeed: cleans without complaint', () => {
  it('trims ids, references and text, and upper-cases currency codes', () => {
    const input: Loose = baseFeed();
    input.booths[1].id = ' A02 ';
    input.booths[1].producers = [' lung-tam'];
    input.products[0].name = { vi: ' Chè Shan Tuyết ', en: 'Shan Tuyet tea\n' };
    input.products[0].price.currency = 'vnd';
    const { feed, problems } = validateFeed(input);
    expect(problems).to.deep.equal([]);
    expect(feed!.booths[1].id).to.equal('A02');
    expect(feed!.booths[1].producers).to.deep.equal(['lung-tam']);
    expect(feed!.products![0].name).to.deep.equal({ vi: 'Chè Shan Tuyết', en: 'Shan Tuyet tea' });
    expect(feed!.products![0].price).to.deep.equal({ amount: 150000, currency: 'VND' });
  });

  it('reads a numeric label as text and a one-day fair without an end date', () => {
    const input: Loose = baseFeed();
    input.booths[0].label = 12;
    input.fair.dates = { start: '2025-12-24' };
    const { feed, problems } = validateFeed(input);
    expect(problems).to.deep.equal([]);
    expect(feed!.booths[0].label).to.equal('12');
    expect(feed!.fair.dates).to.deep.equal({ start: '2025-12-24', end: '2025-12-24' });
  });

  it('puts items without a level on the only level, silently', () => {
    const input: Loose = baseFeed();
    input.map.levels.pop();
    input.booths.pop();
    input.places = input.places.filter((p: Loose) => p.level === 'G').map((p: Loose) => ({ ...p, level: undefined }));
    input.paths = [
      {
        points: [
          [1, 1],
          [2, 2],
        ],
      },
    ];
    delete input.booths[0].level;
    const { feed, problems } = validateFeed(input);
    expect(problems).to.deep.equal([]);
    expect([feed!.booths[0].level, feed!.places![0].level, feed!.paths![0].level]).to.deep.equal(['G', 'G', 'G']);
  });

  it('keeps fields it does not know, as copies', () => {
    const input: Loose = baseFeed();
    input.$schema = 'https://fairkit.dev/schema/fair-feed-1.json';
    input.booths[0].sponsor = { name: 'Viettel', tier: [1, 2] };
    const { feed, problems } = validateFeed(input);
    expect(problems).to.deep.equal([]);
    expect((feed as Loose).$schema).to.equal(input.$schema);
    expect((feed!.booths[0] as Loose).sponsor).to.deep.equal({ name: 'Viettel', tier: [1, 2] });
    expect((feed!.booths[0] as Loose).sponsor, 'a copy, not the input object').not.to.equal(input.booths[0].sponsor);
  });
});
