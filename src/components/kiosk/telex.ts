/**
 * Vietnamese Telex input for the on-screen keyboard: typing plain Latin keys
 * produces Vietnamese letters and tone marks, the way Vietnamese visitors type
 * on any phone (`aa` → â, `aw` → ă, `dd` → đ, `s f r x j` → sắc, huyền, hỏi,
 * ngã, nặng, `z` → no tone). Pure functions, no DOM.
 */

/** Tone keys → the combining mark they add. */
const TONE_MARKS: Record<string, string> = {
  s: '\u0301', // sắc
  f: '\u0300', // huyền
  r: '\u0309', // hỏi
  x: '\u0303', // ngã
  j: '\u0323', // nặng
};
const ALL_TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Vowel-shape keys: the letter before the key and what the pair becomes. */
const SHAPES: Record<string, Record<string, string>> = {
  a: { a: 'â', w: 'ă' },
  e: { e: 'ê' },
  o: { o: 'ô', w: 'ơ' },
  u: { w: 'ư' },
  d: { d: 'đ' },
};

const VOWELS = 'aăâeêioôơuưy';
const isVowel = (c: string) => VOWELS.includes(c.toLowerCase());

function withCase(letter: string, like: string): string {
  return like === like.toUpperCase() && like !== like.toLowerCase() ? letter.toUpperCase() : letter;
}

/** Splits a word into its letters (NFC) and the tone mark it carries, if any. */
function splitTone(word: string): { bare: string; tone: string | undefined } {
  const nfd = word.normalize('NFD');
  const tone = nfd.match(ALL_TONES)?.[0];
  return { bare: nfd.replace(ALL_TONES, '').normalize('NFC'), tone };
}

/**
 * Where a tone mark goes in `bare` (the word with no tone): the index of the
 * vowel that carries it, or -1 when the word has no vowel. Follows the common
 * ("new") placement: a vowel with a shape mark wins (ơ in ươ); otherwise the
 * last vowel before a final consonant, the second of oa/oe/uy, the first of
 * other open pairs, and the middle of three.
 */
export function toneIndex(bare: string): number {
  const lower = bare.toLowerCase();
  let start = 0;
  // "qu" and "gi" (before another vowel) are consonants.
  if (lower.startsWith('qu')) start = 2;
  else if (lower.startsWith('gi') && lower.length > 2 && isVowel(lower[2])) start = 2;
  let first = -1;
  let last = -1;
  for (let i = start; i < lower.length; i++) {
    if (isVowel(lower[i])) {
      if (first < 0) first = i;
      last = i;
    } else if (first >= 0) break;
  }
  if (first < 0) return start > 0 && isVowel(lower[start - 1]) ? start - 1 : -1;
  const cluster = lower.slice(first, last + 1);
  const shaped = [...cluster].findIndex((c) => 'ăâêôơư'.includes(c));
  if (shaped >= 0) {
    // ươ: the mark sits on ơ.
    const o = cluster.indexOf('ơ');
    return first + (o >= 0 ? o : shaped);
  }
  const closed = last + 1 < lower.length;
  if (cluster.length === 1) return first;
  if (closed) return last;
  if (cluster.length === 3) return first + 1;
  return ['oa', 'oe', 'uy'].includes(cluster) ? last : first;
}

function placeTone(bare: string, tone: string | undefined): string {
  if (!tone) return bare;
  const at = toneIndex(bare);
  if (at < 0) return bare;
  return (bare.slice(0, at) + (bare[at] + tone).normalize('NFC') + bare.slice(at + 1)).normalize('NFC');
}

/**
 * Applies one typed key to the word being typed (the letters since the last
 * space) and returns the new word. Pressing the same modifier twice undoes it
 * and types the letter, as on every Telex keyboard (`ass` → `as`).
 */
export function telexKey(word: string, key: string): string {
  const k = key.toLowerCase();
  const { bare, tone } = splitTone(word);

  if (k in TONE_MARKS && /[a-zăâđêôơư]/i.test(bare) && toneIndex(bare) >= 0) {
    const mark = TONE_MARKS[k];
    if (tone === mark) return bare + key; // undo: "ass" → "as"
    return placeTone(bare, mark);
  }
  if (k === 'z' && tone) return bare;

  // Shape keys act on the nearest matching letter (aw, uw, ow anywhere in the word's vowels; dd on the first d).
  if (k === 'w') {
    const lower = bare.toLowerCase();
    // "uo" + w → "ươ"
    const uo = lower.lastIndexOf('uo');
    if (uo >= 0) {
      const next = bare.slice(0, uo) + withCase('ư', bare[uo]) + withCase('ơ', bare[uo + 1]) + bare.slice(uo + 2);
      return placeTone(next, tone);
    }
    for (let i = lower.length - 1; i >= 0; i--) {
      const target = SHAPES[lower[i]]?.w;
      if (target) return placeTone(bare.slice(0, i) + withCase(target, bare[i]) + bare.slice(i + 1), tone);
      const undo = { ă: 'a', ơ: 'o', ư: 'u' }[lower[i]];
      if (undo) return placeTone(bare.slice(0, i) + withCase(undo, bare[i]) + bare.slice(i + 1), tone) + key;
      if (!isVowel(lower[i])) break;
    }
    return word + key;
  }
  if (k === 'a' || k === 'e' || k === 'o' || k === 'd') {
    const lower = bare.toLowerCase();
    for (let i = lower.length - 1; i >= 0; i--) {
      if (lower[i] === k) {
        const shaped = SHAPES[k][k];
        return placeTone(bare.slice(0, i) + withCase(shaped, bare[i]) + bare.slice(i + 1), tone);
      }
      const undo = { â: 'a', ê: 'e', ô: 'o', đ: 'd' }[lower[i]];
      if (undo === k) return placeTone(bare.slice(0, i) + withCase(undo, bare[i]) + bare.slice(i + 1), tone) + key;
      // Only look back through the current syllable's vowels (and, for d, the start of the word).
      if (k !== 'd' && !isVowel(lower[i])) break;
    }
  }
  return placeTone(bare + key, tone);
}

/** Types `keys` one by one through {@link telexKey} (word by word), for tests and for pasting. */
export function telex(keys: string): string {
  let out = '';
  for (const key of keys) {
    if (key === ' ') {
      out += ' ';
      continue;
    }
    const space = out.lastIndexOf(' ');
    const head = out.slice(0, space + 1);
    out = head + telexKey(out.slice(space + 1), key);
  }
  return out;
}
