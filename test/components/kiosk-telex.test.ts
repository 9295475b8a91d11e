// Vietnamese Telex on the kiosk's on-screen keyboard (src/components/kiosk/telex.ts): what each key
// sequence a Vietnamese visitor types becomes, one row per rule.
import { expect } from '@open-wc/testing';
import { telex, telexKey, toneIndex } from '../../src/components/kiosk/telex.js';

/** [typed, shown, the rule it shows] */
const TABLE: [string, string, string][] = [
  // The vowel and consonant shapes.
  ['aa', 'â', 'aa → â'],
  ['aw', 'ă', 'aw → ă'],
  ['ee', 'ê', 'ee → ê'],
  ['oo', 'ô', 'oo → ô'],
  ['ow', 'ơ', 'ow → ơ'],
  ['uw', 'ư', 'uw → ư'],
  ['dd', 'đ', 'dd → đ'],
  ['uow', 'ươ', 'uo + w → ươ'],
  // The five tones, and z taking the tone off.
  ['bas', 'bá', 's → sắc'],
  ['baf', 'bà', 'f → huyền'],
  ['bar', 'bả', 'r → hỏi'],
  ['bax', 'bã', 'x → ngã'],
  ['baj', 'bạ', 'j → nặng'],
  ['basz', 'ba', 'z → no tone'],
  // Pressing a modifier again undoes it and types the letter.
  ['ass', 'as', 'ss undoes sắc'],
  ['aff', 'af', 'ff undoes huyền'],
  ['arr', 'ar', 'rr undoes hỏi'],
  ['axx', 'ax', 'xx undoes ngã'],
  ['ajj', 'aj', 'jj undoes nặng'],
  ['aaa', 'aa', 'aaa undoes â'],
  ['aww', 'aw', 'aww undoes ă'],
  ['eee', 'ee', 'eee undoes ê'],
  ['ooo', 'oo', 'ooo undoes ô'],
  ['oww', 'ow', 'oww undoes ơ'],
  ['uww', 'uw', 'uww undoes ư'],
  ['ddd', 'dd', 'ddd undoes đ'],
  // Upper case keeps its case.
  ['Aa', 'Â', 'Aa → Â'],
  ['AA', 'Â', 'AA → Â'],
  ['DD', 'Đ', 'DD → Đ'],
  ['Dd', 'Đ', 'Dd → Đ'],
  ['UWF', 'Ừ', 'UWF → Ừ'],
  ['VIEETJ NAM', 'VIỆT NAM', 'a word in capitals'],
  // Where the tone goes: on the shaped vowel, the second of oa/oe/uy, after qu and gi, before a final consonant.
  ['nguowif', 'người', 'ươ carries the tone on ơ'],
  ['dduwowcj', 'được', 'đ, ươ and a tone under ơ'],
  ['hoaf', 'hoà', 'oa: on a'],
  ['thuyr', 'thuỷ', 'uy: on y'],
  ['quas', 'quá', 'qu is a consonant'],
  ['gias', 'giá', 'gi is a consonant'],
  ['tieens', 'tiến', 'the tone moves onto ê'],
  // Whole phrases, word by word.
  ['Mieenf dong', 'Miền dong', 'a phrase: only the word typed with Telex changes'],
  ['Tieengs Vieetj', 'Tiếng Việt', 'two words'],
  ['Chef Shan Tuyeets', 'Chè Shan Tuyết', 'a product name'],
  ['DDaf Laajt', 'Đà Lật', 'a place name'],
  ['banhs mif', 'bánh mì', 'two tones'],
];

describe('Telex input (kiosk keyboard)', () => {
  for (const [typed, shown, rule] of TABLE) {
    it(`"${typed}" → "${shown}" (${rule})`, () => {
      const out = telex(typed);
      expect(out).to.equal(shown);
      // One code point per letter (NFC), as search and the screen expect.
      expect(out, 'NFC').to.equal(out.normalize('NFC'));
    });
  }

  it('types a key at a time as the keyboard does (telexKey on the word so far)', () => {
    const steps: string[] = [];
    let word = '';
    for (const key of 'Vieetj') steps.push((word = telexKey(word, key)));
    expect(steps).to.deep.equal(['V', 'Vi', 'Vie', 'Viê', 'Viêt', 'Việt']);
  });

  it('leaves keys with nothing to act on as they are: a tone key with no vowel, z with no tone', () => {
    expect(telex('s')).to.equal('s');
    expect(telex('nhs')).to.equal('nhs');
    expect(telex('baz')).to.equal('baz');
    expect(telex('w')).to.equal('w');
  });

  it('finds the vowel that carries the tone', () => {
    const at = (word: string) => [word, word[toneIndex(word)] ?? '-'];
    expect(['ba', 'hoa', 'thuy', 'qua', 'gia', 'tiên', 'ngươi', 'khuya', 'nh'].map(at)).to.deep.equal([
      ['ba', 'a'],
      ['hoa', 'a'],
      ['thuy', 'y'],
      ['qua', 'a'],
      ['gia', 'a'],
      ['tiên', 'ê'],
      ['ngươi', 'ơ'],
      ['khuya', 'y'],
      ['nh', '-'],
    ]);
  });
});
