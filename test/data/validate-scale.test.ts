// The validator's fast paths at national scale (issue 18): pointers and subjects are made into text only when a
// problem is reported, link sites are parsed once per run, translations in the fair's own languages skip Intl.
// Problems deep in the 2,000-booth, 20,000-product fair must still come out with their exact path and words.
import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/data/validate.js';
import { generateNational } from '../../scripts/national-generator.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- the test breaks a generated feed on purpose */
type Loose = any;

describe('validateFeed at national scale', () => {
  const fresh = (): Loose => JSON.parse(JSON.stringify(generateNational({ booths: 2000, products: 20000 }).feed));

  it('checks the generated 2,000-booth fair clean', () => {
    const { feed, problems } = validateFeed(fresh());
    expect(problems).to.deep.equal([]);
    expect(feed!.products).to.have.length(20000);
    expect(feed!.booths).to.have.length(2000);
  });

  it('reports problems in the last items at their exact pointers, named as before', () => {
    const json = fresh();
    const last = json.products[19999];
    const id = String(last.id);
    last.images = ['img/ok.svg', 'javascript:alert(1)'];
    last.name = { vi: 'Tên\u202e ngược', en: 'Name', 'e/n~': 'odd key' };
    last.tags = ['ok', { not: 'text' }];
    // A site that does not parse, after thousands of links to a site that does.
    last.trace = 'https://trace.example.vn:99999/national/x';
    const before = json.products[19998];
    before.trace = 'https://trace.example.vn/national/ok';
    json.booths[1999].producers = [json.booths[1999].producers?.[0] ?? json.producers[0].id, 'nobody'];
    json.products[19997].id = json.products[19996].id;

    const { feed, problems } = validateFeed(json);
    const at = (path: string) => problems.filter((p) => p.path === path);
    const subject = `Product "${id}"`;

    const [image] = at('/products/19999/images/1');
    expect(image.severity).to.equal('error');
    expect(image.message).to.contain(subject).and.contain('"images[1]"').and.contain('"javascript:"');

    const [controls] = at('/products/19999/name/vi');
    expect(controls.severity).to.equal('warning');
    expect(controls.message).to.contain(subject).and.contain('"name"').and.contain('control characters');

    const [tag] = at('/products/19999/name/e~1n~0');
    expect(tag.severity).to.equal('warning');
    expect(tag.message).to.contain(subject).and.contain('e/n~');

    const [notText] = at('/products/19999/tags/1');
    expect(notText.severity).to.equal('warning');
    expect(notText.message).to.contain(subject).and.contain('"tags[1]"').and.contain('an object');

    const [trace] = at('/products/19999/trace');
    expect(trace.severity).to.equal('error');
    expect(trace.message).to.contain(subject).and.contain('not a valid address');
    expect(at('/products/19998/trace')).to.deep.equal([]);

    const [reference] = at('/booths/1999/producers/1');
    expect(reference.severity).to.equal('error');
    expect(reference.message).to.contain(`Booth "${json.booths[1999].id}"`).and.contain('"nobody"');

    const [repeated] = at('/products/19997/id');
    expect(repeated.severity).to.equal('error');
    expect(repeated.message).to.contain('/products/19997').and.contain(json.products[19996].id);

    expect(problems).to.have.length(7);
    const kept = feed!.products!.find((p) => p.id === id)!;
    expect(kept.images).to.deep.equal(['img/ok.svg']);
    expect(kept.tags).to.deep.equal(['ok']);
    expect(kept.name).to.deep.equal({ vi: 'Tên ngược', en: 'Name' });
    expect(kept.trace).to.equal(undefined);
    expect(feed!.products).to.have.length(19999);
  });
});
