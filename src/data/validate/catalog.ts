import type { Category, Contact, Money, Producer, Product, Url } from '../types.js';
import * as m from './messages.js';
import {
  type ValidationRun,
  type Rec,
  blank,
  isRecord,
  own,
  pointer,
  record,
  type Where,
  type Who,
  say,
} from './run.js';
import { readCollection } from './items.js';
import {
  type UrlKind,
  copyExtras,
  readColor,
  readList,
  readRef,
  readString,
  readStringList,
  readUrl,
} from './values.js';
import { LANGUAGE_TAG, readText } from './text.js';

/** Validation of what is for sale and who makes it: `/categories`, `/producers`, `/products`. */

const CATEGORY_KEYS = new Set(['id', 'name', 'color']);
const PRODUCER_KEYS = new Set(['id', 'name', 'region', 'community', 'story', 'audio', 'images', 'contact']);
const CONTACT_KEYS = new Set(['phone', 'website', 'email']);
const MONEY_KEYS = new Set(['amount', 'currency']);
const CURRENCY = /^[A-Z]{3}$/;
const PRODUCT_KEYS = new Set([
  'id',
  'producer',
  'name',
  'category',
  'ocop',
  'certifications',
  'price',
  'unit',
  'images',
  'description',
  'trace',
  'tags',
]);
/**
 * An address and nothing else: one `@`, a domain with a dot, no spaces and
 * none of `? , ; : & # % / \\ < > " ( ) [ ]`, so `a@b.vn?bcc=…` cannot add
 * a hidden copy to the visitor's mail.
 */
const EMAIL = /^[^\s@?,;:&#%/\\<>"()[\]]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;

/** Reads a list of URLs; unsafe or malformed entries are removed one by one. */
function readUrlList(
  run: ValidationRun,
  value: unknown,
  path: Where,
  subject: Who,
  field: string,
  kind: UrlKind,
): Url[] | undefined {
  return readList(
    value,
    () => run.error(path, m.urlListNotList(say(subject), field, value)),
    (entry, i) => readUrl(run, entry, path, subject, field, kind, undefined, i),
  );
}

function readCategory(run: ValidationRun, raw: Rec, path: Where, subject: Who, id: string): Category | undefined {
  const name = readText(run, raw, path, subject, 'name', m.leftOut('category'));
  if (name === undefined) return undefined;
  const category: Category = record({ id, name });
  const color = readColor(run, raw, path, subject, 'color');
  if (color) category.color = color;
  copyExtras(run, raw, category, CATEGORY_KEYS, path);
  return category;
}

function readAudio(run: ValidationRun, value: unknown, path: Where, subject: Who): Producer['audio'] {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    run.error(path, m.audioNotObject(say(subject), value));
    return undefined;
  }
  const out: Record<string, Url> = blank();
  for (const key of Object.keys(value)) {
    const at = pointer(path, key);
    if (!LANGUAGE_TAG.test(key)) {
      run.warn(at, m.audioBadLanguage(say(subject), key));
      continue;
    }
    const url = readUrl(run, value[key], at, subject, `audio.${key}`, 'media');
    if (url) out[key] = url;
  }
  return Object.keys(out).length ? out : undefined;
}

function readContact(run: ValidationRun, value: unknown, path: Where, subject: Who): Contact | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    run.warn(path, m.contactNotObject(say(subject), value));
    return undefined;
  }
  const contact = blank<Contact>();
  const phone = readString(run, own(value, 'phone'), pointer(path, 'phone'), subject, 'contact.phone');
  if (phone) contact.phone = phone;
  const website = readUrl(run, own(value, 'website'), pointer(path, 'website'), subject, 'contact.website', 'link');
  if (website) contact.website = website;
  const email = readString(run, own(value, 'email'), pointer(path, 'email'), subject, 'contact.email');
  if (email && EMAIL.test(email)) contact.email = email;
  else if (email) run.warn(pointer(path, 'email'), m.emailBad(say(subject), email));
  copyExtras(run, value, contact, CONTACT_KEYS, path);
  return contact;
}

function readProducer(run: ValidationRun, raw: Rec, path: Where, subject: Who, id: string): Producer | undefined {
  const name = readText(run, raw, path, subject, 'name', m.leftOut('producer'));
  if (name === undefined) return undefined;
  const producer: Producer = record({ id, name });
  for (const field of ['region', 'community', 'story'] as const) {
    const value = readText(run, raw, path, subject, field);
    if (value !== undefined) producer[field] = value;
  }
  const audio = readAudio(run, own(raw, 'audio'), pointer(path, 'audio'), subject);
  if (audio) producer.audio = audio;
  const images = readUrlList(run, own(raw, 'images'), pointer(path, 'images'), subject, 'images', 'image');
  if (images) producer.images = images;
  const contact = readContact(run, own(raw, 'contact'), pointer(path, 'contact'), subject);
  if (contact) producer.contact = contact;
  copyExtras(run, raw, producer, PRODUCER_KEYS, path);
  return producer;
}

function readPrice(run: ValidationRun, value: unknown, path: Where, subject: Who): Money | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    run.error(path, m.priceNotObject(say(subject), value));
    return undefined;
  }
  const amount = own(value, 'amount');
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) {
    run.error(pointer(path, 'amount'), m.priceAmountBad(say(subject), amount));
    return undefined;
  }
  const currency = own(value, 'currency');
  const code = typeof currency === 'string' ? currency.trim().toUpperCase() : '';
  if (!CURRENCY.test(code)) {
    run.error(pointer(path, 'currency'), m.priceCurrencyBad(say(subject), currency));
    return undefined;
  }
  const money: Money = record({ amount, currency: code });
  copyExtras(run, value, money, MONEY_KEYS, path);
  return money;
}

function readProduct(run: ValidationRun, raw: Rec, path: Where, subject: Who, id: string): Product | undefined {
  const rawProducer = own(raw, 'producer');
  let producer: string | undefined;
  if (rawProducer !== undefined && rawProducer !== null) {
    producer = readRef(
      run,
      rawProducer,
      pointer(path, 'producer'),
      subject,
      'producer',
      run.ids.producers,
      m.leftOut('product'),
    );
    if (producer === undefined) return undefined;
  }
  const name = readText(run, raw, path, subject, 'name', m.leftOut('product'));
  if (name === undefined) return undefined;
  const product: Product = record({ id, name });
  if (producer) product.producer = producer;
  const rawCategory = own(raw, 'category');
  if (rawCategory !== undefined && rawCategory !== null) {
    const category = readRef(
      run,
      rawCategory,
      pointer(path, 'category'),
      subject,
      'category',
      run.ids.categories,
      m.categoryRemoved(),
    );
    if (category) product.category = category;
  }
  const ocop = own(raw, 'ocop');
  if (ocop === 3 || ocop === 4 || ocop === 5) product.ocop = ocop;
  else if (ocop !== undefined && ocop !== null) {
    run.warn(pointer(path, 'ocop'), m.ocopBad(say(subject), ocop));
  }
  const certifications = readStringList(
    run,
    own(raw, 'certifications'),
    pointer(path, 'certifications'),
    subject,
    'certifications',
  );
  if (certifications) product.certifications = certifications;
  const price = readPrice(run, own(raw, 'price'), pointer(path, 'price'), subject);
  if (price) product.price = price;
  for (const field of ['unit', 'description'] as const) {
    const value = readText(run, raw, path, subject, field);
    if (value !== undefined) product[field] = value;
  }
  const images = readUrlList(run, own(raw, 'images'), pointer(path, 'images'), subject, 'images', 'image');
  if (images) product.images = images;
  const trace = readUrl(run, own(raw, 'trace'), pointer(path, 'trace'), subject, 'trace', 'link');
  if (trace) product.trace = trace;
  const tags = readStringList(run, own(raw, 'tags'), pointer(path, 'tags'), subject, 'tags');
  if (tags) product.tags = tags;
  copyExtras(run, raw, product, PRODUCT_KEYS, path);
  return product;
}

export function readCategories(run: ValidationRun, feed: Rec): Category[] | undefined {
  return readCollection(run, feed, 'categories', 'category', run.ids.categories, (raw, path, subject, id) =>
    readCategory(run, raw, path, subject, id!),
  );
}

export function readProducers(run: ValidationRun, feed: Rec): Producer[] | undefined {
  return readCollection(run, feed, 'producers', 'producer', run.ids.producers, (raw, path, subject, id) =>
    readProducer(run, raw, path, subject, id!),
  );
}

export function readProducts(run: ValidationRun, feed: Rec): Product[] | undefined {
  return readCollection(run, feed, 'products', 'product', run.ids.products, (raw, path, subject, id) =>
    readProduct(run, raw, path, subject, id!),
  );
}
