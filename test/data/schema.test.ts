import { expect } from '@open-wc/testing';
import {
  PLACE_KINDS,
  type Booth,
  type Category,
  type Contact,
  type Fair,
  type ProgrammeItem,
  type FairFeed,
  type FairTheme,
  type GeoLevel,
  type GeoMap,
  type Money,
  type Organizer,
  type Path,
  type Place,
  type PlanLevel,
  type PlanMap,
  type Producer,
  type Product,
} from '../../src/data/types.js';
import { validateFeed } from '../../src/data/validate.js';
import { baseFeed, geoFeed } from '../fixtures/feeds-validate/base-feed.js';
import { feedSchemaCheck } from '../fixtures/feeds-validate/feed-schema.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- schema nodes and edited feeds are any shape */

/**
 * Keeps `fair-feed.schema.json` and `types.ts` in step. Each list below must
 * name every field of its interface (`satisfies Record<keyof T, true>` makes
 * `tsc` fail when a field is added to the type only), and the test fails when
 * the schema's properties differ from the list.
 */
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
const fields =
  <T>() =>
  (all: Record<keyof T, true>, required: Record<RequiredKeys<T>, true>) => ({ all, required });

const definitions: Record<string, { all: object; required: object }> = {
  '': fields<FairFeed>()(
    {
      version: true,
      fair: true,
      map: true,
      categories: true,
      booths: true,
      producers: true,
      products: true,
      places: true,
      paths: true,
      events: true,
    },
    { version: true, fair: true, map: true, booths: true },
  ),
  Fair: fields<Fair>()(
    {
      id: true,
      name: true,
      venue: true,
      dates: true,
      timezone: true,
      locales: true,
      organizer: true,
      theme: true,
      share: true,
      guide: true,
      fallback: true,
    },
    { id: true, name: true },
  ),
  FairTheme: fields<FairTheme>()({ primary: true, accent: true, logo: true, font: true }, {}),
  Organizer: fields<Organizer>()({ name: true, url: true }, { name: true }),
  PlanLevel: fields<PlanLevel>()({ id: true, name: true, image: true, size: true, scale: true }, { id: true }),
  PlanMap: fields<PlanMap>()({ type: true, levels: true }, { type: true, levels: true }),
  GeoLevel: fields<GeoLevel>()({ id: true, name: true }, { id: true }),
  GeoMap: fields<GeoMap>()(
    { type: true, tiles: true, attribution: true, levels: true, center: true, zoom: true },
    { type: true },
  ),
  Category: fields<Category>()({ id: true, name: true, color: true }, { id: true, name: true }),
  Booth: fields<Booth>()(
    {
      id: true,
      label: true,
      level: true,
      shape: true,
      rect: true,
      door: true,
      producers: true,
      categories: true,
      name: true,
    },
    { id: true },
  ),
  Contact: fields<Contact>()({ phone: true, website: true, email: true }, {}),
  Producer: fields<Producer>()(
    { id: true, name: true, region: true, community: true, story: true, audio: true, images: true, contact: true },
    { id: true, name: true },
  ),
  Product: fields<Product>()(
    {
      id: true,
      producer: true,
      name: true,
      category: true,
      ocop: true,
      certifications: true,
      price: true,
      unit: true,
      images: true,
      description: true,
      trace: true,
      tags: true,
    },
    { id: true, name: true },
  ),
  Place: fields<Place>()(
    { id: true, kind: true, level: true, at: true, name: true, connects: true },
    { id: true, kind: true, at: true },
  ),
  Path: fields<Path>()({ level: true, points: true }, { points: true }),
  ProgrammeItem: fields<ProgrammeItem>()(
    { id: true, title: true, start: true, end: true, place: true, booth: true, description: true },
    { id: true, title: true, start: true },
  ),
  Money: fields<Money>()({ amount: true, currency: true }, { amount: true, currency: true }),
};

let schema: any;
let checkSchema: (feed: unknown) => string[];

describe('fair-feed.schema.json', () => {
  before(async () => {
    const response = await fetch('/src/data/fair-feed.schema.json');
    expect(response.headers.get('content-type')).to.contain('json');
    schema = await response.json();
    // Ajv (draft 2020-12): compiling fails on a keyword it does not know.
    checkSchema = await feedSchemaCheck();
  });

  it('is JSON Schema 2020-12 and allows additions', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.version.const).to.equal(1);
    expect(JSON.stringify(schema), 'a closed object').not.to.include('"additionalProperties":false');
    for (const name of ['Text', 'Point', 'Url', 'Money', 'Id']) expect(schema.$defs, name).to.have.property(name);
  });

  for (const [name, { all, required }] of Object.entries(definitions)) {
    it(`${name || 'the feed'}: same fields and required fields as types.ts`, () => {
      const def = name ? schema.$defs[name] : schema;
      expect(Object.keys(def.properties).sort()).to.deep.equal(Object.keys(all).sort());
      expect([...(def.required ?? [])].sort()).to.deep.equal(Object.keys(required).sort());
    });
  }

  it('lists the same place kinds as PLACE_KINDS', () => {
    expect(schema.$defs.Place.properties.kind.enum).to.deep.equal([...PLACE_KINDS]);
  });

  it('accepts the valid test feeds (plan and geo)', () => {
    expect(checkSchema(baseFeed())).to.deep.equal([]);
    expect(checkSchema(geoFeed())).to.deep.equal([]);
  });

  // The validator and the schema agree on what is wrong and where.
  const disagreements: [string, (f: any) => void, string][] = [
    ['a bad id', (f) => (f.booths[1].id = 'A 02'), '/booths/1/id pattern'],
    ['a javascript: link', (f) => (f.products[0].trace = 'javascript:alert(1)'), '/products/0/trace pattern'],
    ['a data:text image', (f) => (f.producers[0].images[0] = 'data:text/html,x'), '/producers/0/images/0 pattern'],
    [
      'both shape and rect',
      (f) =>
        (f.booths[1].shape = [
          [1, 1],
          [2, 1],
          [2, 2],
        ]),
      '/booths/1 oneOf',
    ],
    ['neither shape nor rect', (f) => delete f.booths[1].rect, '/booths/1 oneOf'],
    [
      'a two-point shape',
      (f) => {
        delete f.booths[1].rect;
        f.booths[1].shape = [
          [1, 1],
          [2, 2],
        ];
      },
      '/booths/1/shape minItems',
    ],
    ['a zero-width rect', (f) => (f.booths[1].rect = [1, 1, 0, 1]), '/booths/1/rect/2 exclusiveMinimum'],
    ['OCOP 7', (f) => (f.products[0].ocop = 7), '/products/0/ocop maximum'],
    ['a colour name', (f) => (f.categories[0].color = 'green'), '/categories/0/color pattern'],
    ['a negative price', (f) => (f.products[0].price.amount = -1), '/products/0/price/amount minimum'],
    ['a currency name', (f) => (f.products[0].price.currency = 'dong'), '/products/0/price/currency pattern'],
    ['an unknown place kind', (f) => (f.places[1].kind = 'toilet'), '/places/1/kind enum'],
    ['stairs without connects', (f) => delete f.places[2].connects, '/places/2/connects required'],
    ['a one-point path', (f) => (f.paths[0].points = [[1, 1]]), '/paths/0/points minItems'],
    ['a text that is a number', (f) => (f.products[1].name = 42), '/products/1/name oneOf'],
    ['a map type', (f) => (f.map.type = 'floor'), '/map oneOf'],
    ['a share template', (f) => (f.fair.share = 'ftp://x/{id}'), '/fair/share pattern'],
    ['a fallback language', (f) => (f.fair.fallback = ['en', 'english!']), '/fair/fallback/1 pattern'],
    ['a date', (f) => (f.fair.dates.start = '24/12/2025'), '/fair/dates/start pattern'],
  ];
  for (const [mistake, edit, expected] of disagreements) {
    it(`rejects ${mistake} where the validator does`, () => {
      const feed: any = baseFeed();
      edit(feed);
      const errors = checkSchema(feed);
      expect(errors, `the schema's errors: ${errors.join(', ')}`).to.include(expected);
      const pointer = expected.split(' ')[0];
      const problems = validateFeed(feed).problems.map((p) => p.path);
      const samePlace = problems.filter(
        (p) => p === pointer || p.startsWith(pointer + '/') || pointer.startsWith(p + '/'),
      );
      expect(samePlace, `the validator's problems at or around ${pointer}: ${problems.join(', ')}`).not.to.be.empty;
    });
  }
});
