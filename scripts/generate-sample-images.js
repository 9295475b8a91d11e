// Small illustrative SVG placeholders for the sample fairs, one per kind of
// product, so the samples need no external images (and no photo licences).
// Each sample generator copies the ones it uses into `<sample>/img/`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** 240×180 artwork on a soft background; `bg` and the motif's palette are muted on purpose. */
function frame(bg, body, title) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 180" width="240" height="180" role="img" aria-label="${title}">
<title>${title}</title>
<rect width="240" height="180" fill="${bg}"/>
${body.trim()}
</svg>
`;
}

export const ILLUSTRATIONS = {
  tea: frame(
    '#e9f1e6',
    `
<ellipse cx="120" cy="138" rx="70" ry="10" fill="#cfdcc8"/>
<path d="M70 80h90v20c0 26-20 40-45 40s-45-14-45-40z" fill="#f7f4ec" stroke="#5b7f52" stroke-width="4"/>
<path d="M160 88c18 0 18 26 0 26" fill="none" stroke="#5b7f52" stroke-width="4"/>
<ellipse cx="115" cy="82" rx="43" ry="6" fill="#b9a35a"/>
<path d="M112 60c-6-14 2-26 2-26s12 10 4 24" fill="none" stroke="#a8b8a0" stroke-width="3" stroke-linecap="round"/>
<path d="M150 38c18-14 40-8 40-8s-6 22-28 22c-8 0-12-6-12-14z" fill="#5b8c4f"/>
<path d="M152 50c10-6 22-12 34-18" stroke="#e9f1e6" stroke-width="2" fill="none"/>`,
    'Tea',
  ),

  grains: frame(
    '#f4efe2',
    `
<ellipse cx="120" cy="140" rx="72" ry="10" fill="#e2d8bf"/>
<path d="M56 88h128c0 34-28 52-64 52s-64-18-64-52z" fill="#a9553a"/>
<path d="M64 96h112" stroke="#d9b36a" stroke-width="4"/>
<path d="M60 88c6-22 34-32 60-32s54 10 60 32z" fill="#fbf8f0" stroke="#e0d6bd" stroke-width="2"/>
<g fill="#eee5cf"><ellipse cx="96" cy="72" rx="5" ry="2.5"/><ellipse cx="118" cy="66" rx="5" ry="2.5"/><ellipse cx="140" cy="74" rx="5" ry="2.5"/><ellipse cx="126" cy="80" rx="5" ry="2.5"/></g>
<path d="M150 30l34 60M160 28l30 58" stroke="#6e4b2a" stroke-width="4" stroke-linecap="round"/>`,
    'Rice and noodles',
  ),

  meat: frame(
    '#f6ebe5',
    `
<ellipse cx="120" cy="146" rx="74" ry="9" fill="#e5d2c6"/>
<path d="M40 60h160" stroke="#6e4b2a" stroke-width="5" stroke-linecap="round"/>
<g fill="#9c3b2b" stroke="#6e2a1f" stroke-width="2">
<rect x="60" y="64" width="18" height="70" rx="9"/><rect x="92" y="64" width="18" height="62" rx="9"/>
<rect x="124" y="64" width="18" height="74" rx="9"/><rect x="156" y="64" width="18" height="66" rx="9"/></g>
<g stroke="#e8c9a0" stroke-width="2"><path d="M62 84h14M62 108h14M94 84h14M94 104h14M126 88h14M126 114h14M158 86h14M158 110h14"/></g>`,
    'Smoked meat',
  ),

  // What has no picture of its own (vinegar, jelly powder, dried shoots, sugar): a crock and a sack, not another product.
  food: frame(
    '#f3ede4',
    `
<ellipse cx="120" cy="148" rx="74" ry="9" fill="#e2d6c6"/>
<rect x="62" y="64" width="72" height="82" rx="12" fill="#c9a77c" stroke="#8a6a44" stroke-width="3"/>
<path d="M56 64c0-10 12-16 42-16s42 6 42 16l-6 7H62z" fill="#a63d40"/>
<path d="M62 71h72" stroke="#6e2a1f" stroke-width="3"/>
<rect x="74" y="94" width="48" height="28" rx="3" fill="#fbf6ec"/>
<path d="M82 108h32" stroke="#a63d40" stroke-width="3" stroke-linecap="round"/>
<path d="M146 146c-4-26 4-46 16-54h16c12 8 20 28 16 54z" fill="#dcc49a" stroke="#8a6a44" stroke-width="3"/>
<path d="M158 92c5-7 19-7 24 0" stroke="#8a6a44" stroke-width="3" fill="none" stroke-linecap="round"/>`,
    'Specialty food',
  ),

  honey: frame(
    '#f7efdc',
    `
<ellipse cx="112" cy="148" rx="66" ry="9" fill="#e8d9b5"/>
<rect x="70" y="60" width="84" height="86" rx="16" fill="#d9951e" stroke="#9a6412" stroke-width="3"/>
<rect x="76" y="46" width="72" height="18" rx="4" fill="#8a5a2b"/>
<rect x="82" y="90" width="60" height="30" rx="4" fill="#fbf3df"/>
<path d="M92 99l6-4 6 4v7l-6 4-6-4zM106 99l6-4 6 4v7l-6 4-6-4zM120 99l6-4 6 4v7l-6 4-6-4z" fill="none" stroke="#c98a1a" stroke-width="2"/>
<path d="M84 76c8-6 18-6 26 0" stroke="#f4c65c" stroke-width="4" fill="none" stroke-linecap="round"/>
<path d="M152 112l36-62" stroke="#8a5a2b" stroke-width="5" stroke-linecap="round"/>
<rect x="180" y="20" width="20" height="30" rx="8" fill="#b87a2e" transform="rotate(30 190 35)"/>
<g stroke="#8a5a2b" stroke-width="2" transform="rotate(30 190 35)"><path d="M180 28h20M180 35h20M180 42h20"/></g>
<path d="M183 52c0 8-3 14-3 20" stroke="#d9951e" stroke-width="4" stroke-linecap="round"/>`,
    'Honey',
  ),

  nuts: frame(
    '#f3ece2',
    `
<ellipse cx="120" cy="148" rx="72" ry="9" fill="#e0d3c0"/>
<g stroke="#5a3320" stroke-width="2">
<path d="M94 96c0-16 8-26 18-26s18 10 18 26z" fill="#8a5330"/>
<path d="M70 104c0-18 10-28 22-28s22 10 22 28z" fill="#7b4a2a"/>
<path d="M118 104c0-20 12-30 24-30s24 10 24 30z" fill="#7b4a2a"/></g>
<g fill="#e8d2b0"><rect x="72" y="98" width="40" height="6"/><rect x="120" y="98" width="44" height="6"/></g>
<path d="M52 104h136c0 26-30 42-68 42s-68-16-68-42z" fill="#c79a5e" stroke="#8a6a44" stroke-width="3"/>
<path d="M64 114c24 10 88 10 112 0" stroke="#e2c08c" stroke-width="3" fill="none"/>
<g stroke="#5a3320" stroke-width="2"><circle cx="192" cy="134" r="11" fill="#9a6a3c"/><path d="M186 130c4-4 10-4 12 0" fill="none" stroke="#e8d2b0"/></g>`,
    'Nuts',
  ),

  ceramics: frame(
    '#eaeef0',
    `
<ellipse cx="120" cy="148" rx="64" ry="8" fill="#cfd6da"/>
<path d="M104 44h32v8c0 8 20 16 20 44 0 30-16 50-36 50s-36-20-36-50c0-28 20-36 20-44z" fill="#f4f6f7" stroke="#2f5d8a" stroke-width="3"/>
<rect x="100" y="38" width="40" height="8" rx="3" fill="#2f5d8a"/>
<path d="M86 84c20 8 48 8 68 0M84 116c22 8 50 8 72 0" stroke="#2f5d8a" stroke-width="3" fill="none"/>
<path d="M100 100c5-7 10-7 14 0s10 7 14 0 9-7 14 0" stroke="#2f5d8a" stroke-width="2" fill="none"/>`,
    'Ceramics',
  ),

  cakes: frame(
    '#eef0e2',
    `
<ellipse cx="120" cy="146" rx="70" ry="9" fill="#d6dabd"/>
<rect x="62" y="48" width="96" height="96" rx="6" fill="#4f7a3a" transform="rotate(-4 110 96)"/>
<rect x="70" y="56" width="80" height="80" rx="4" fill="#6b9a4a" transform="rotate(-4 110 96)"/>
<g stroke="#e8dcc0" stroke-width="4" transform="rotate(-4 110 96)"><path d="M96 48v96M124 48v96M62 84h96M62 110h96"/></g>
<g fill="#f3ead6" stroke="#cdb98f" stroke-width="2"><rect x="166" y="104" width="40" height="40" rx="4"/><rect x="172" y="90" width="30" height="16" rx="3"/></g>`,
    'Traditional cakes',
  ),

  herbs: frame(
    '#e6efec',
    `
<ellipse cx="120" cy="146" rx="70" ry="9" fill="#c9dad4"/>
<path d="M120 146c0-40 4-70 20-100" stroke="#4a6b5a" stroke-width="4" fill="none" stroke-linecap="round"/>
<g fill="#3f8a78"><path d="M128 100c-24-4-40-20-40-20s22-10 40 4z"/><path d="M134 76c20-10 42-4 42-4s-12 22-38 16z"/>
<path d="M126 120c-20 4-42-6-42-6s16-16 40-6z"/><path d="M140 52c8-16 26-20 26-20s0 22-22 26z"/></g>
<path d="M58 146c8-20 22-26 22-26M70 146c2-12 14-22 14-22" stroke="#8a6a44" stroke-width="3" fill="none" stroke-linecap="round"/>`,
    'Herbs',
  ),

  crafts: frame(
    '#efe8f1',
    `
<defs><pattern id="p" width="40" height="40" patternUnits="userSpaceOnUse">
<rect width="40" height="40" fill="#3b2f5c"/><path d="M20 4l16 16-16 16L4 20z" fill="#c2553f"/>
<path d="M20 12l8 8-8 8-8-8z" fill="#f0c75e"/><path d="M0 0l6 6M40 0l-6 6M0 40l6-6M40 40l-6-6" stroke="#5fa39a" stroke-width="3"/></pattern></defs>
<rect x="40" y="30" width="160" height="120" rx="4" fill="url(#p)"/>
<rect x="40" y="30" width="160" height="12" fill="#c2553f"/><rect x="40" y="138" width="160" height="12" fill="#c2553f"/>
<g stroke="#3b2f5c" stroke-width="2"><path d="M50 150v16M70 150v16M90 150v16M110 150v16M130 150v16M150 150v16M170 150v16M190 150v16"/></g>`,
    'Brocade',
  ),

  bamboo: frame(
    '#eff0e4',
    `
<ellipse cx="120" cy="148" rx="72" ry="8" fill="#d9dbc2"/>
<path d="M60 80h120l-12 64H72z" fill="#d4b274" stroke="#8f6d35" stroke-width="3"/>
<g stroke="#8f6d35" stroke-width="2"><path d="M64 96h112M67 112h106M70 128h100"/><path d="M90 80l-4 64M120 80v64M150 80l4 64"/></g>
<path d="M80 80c0-30 80-30 80 0" fill="none" stroke="#8f6d35" stroke-width="5"/>`,
    'Bamboo',
  ),

  coffee: frame(
    '#f1e9e2',
    `
<ellipse cx="120" cy="146" rx="70" ry="9" fill="#decfc2"/>
<path d="M72 84h84v18c0 24-18 38-42 38s-42-14-42-38z" fill="#fbf7f2" stroke="#5a3b2a" stroke-width="4"/>
<path d="M156 92c16 0 16 24 0 24" fill="none" stroke="#5a3b2a" stroke-width="4"/>
<ellipse cx="114" cy="86" rx="40" ry="6" fill="#5a3b2a"/>
<g fill="#6e4330"><ellipse cx="176" cy="44" rx="12" ry="8" transform="rotate(-30 176 44)"/><ellipse cx="196" cy="62" rx="12" ry="8" transform="rotate(20 196 62)"/></g>
<g stroke="#c9a88c" stroke-width="2"><path d="M170 50c4-4 8-8 12-12M190 62c4 0 10 0 14 0"/></g>`,
    'Coffee',
  ),

  fruit: frame(
    '#f5eee0',
    `
<ellipse cx="120" cy="146" rx="72" ry="9" fill="#e6dabf"/>
<path d="M92 70c30-14 70 4 70 42 0 26-24 36-46 34-34-4-50-28-46-50 2-12 10-22 22-26z" fill="#e9b23c"/>
<path d="M100 78c16-6 34-2 44 10" stroke="#f6d98b" stroke-width="5" fill="none" stroke-linecap="round"/>
<path d="M118 66c2-10 8-18 8-18" stroke="#6e4b2a" stroke-width="4" stroke-linecap="round"/>
<path d="M126 52c16-12 34-6 34-6s-8 18-28 14z" fill="#5b8c4f"/>`,
    'Fruit',
  ),

  mushroom: frame(
    '#efe9e2',
    `
<ellipse cx="120" cy="148" rx="72" ry="8" fill="#dcd2c4"/>
<path d="M60 96c0-36 28-56 60-56s60 20 60 56c-20 8-100 8-120 0z" fill="#9a4a2c"/>
<path d="M70 92c10-24 30-38 50-40" stroke="#c9835e" stroke-width="5" fill="none" stroke-linecap="round"/>
<path d="M104 100h32l6 46h-44z" fill="#efe3cf" stroke="#b9a385" stroke-width="2"/>`,
    'Mushrooms',
  ),

  seafood: frame(
    '#e5eef1',
    `
<ellipse cx="120" cy="148" rx="72" ry="8" fill="#c9d9df"/>
<path d="M50 96c30-36 96-36 126 0-30 36-96 36-126 0z" fill="#d9774f"/>
<path d="M176 96l30-24v48z" fill="#c45f3b"/>
<circle cx="78" cy="90" r="5" fill="#2f3b45"/>
<path d="M100 80c10 10 10 22 0 32M122 78c10 12 10 24 0 36M144 80c10 10 10 22 0 32" stroke="#f3c2a8" stroke-width="3" fill="none"/>`,
    'Seafood',
  ),

  spice: frame(
    '#f5e8e3',
    `
<ellipse cx="120" cy="148" rx="72" ry="8" fill="#e6cfc6"/>
<path d="M70 70c40 0 80 20 100 60 6 12-8 18-16 10-26-26-54-40-84-44z" fill="#c0392b"/>
<path d="M70 70c-8-2-14 4-14 10 0 8 10 8 14 6z" fill="#4f7a3a"/>
<path d="M60 72c-6-10-2-22-2-22" stroke="#4f7a3a" stroke-width="4" fill="none" stroke-linecap="round"/>
<path d="M92 80c24 4 46 16 62 34" stroke="#e9897c" stroke-width="4" fill="none" stroke-linecap="round"/>`,
    'Spices',
  ),

  incense: frame(
    '#eee9e1',
    `
<ellipse cx="120" cy="148" rx="72" ry="8" fill="#dad1c2"/>
<rect x="84" y="120" width="72" height="26" rx="6" fill="#7a5a3a"/>
<g stroke="#5a3b2a" stroke-width="4" stroke-linecap="round"><path d="M106 120V60M120 120V52M134 120V60"/></g>
<g stroke="#b6aa98" stroke-width="3" fill="none" stroke-linecap="round"><path d="M106 56c-8-10 8-16 0-28"/><path d="M120 48c8-10-8-16 0-28"/><path d="M134 56c-8-10 8-16 0-28"/></g>`,
    'Agarwood',
  ),
};

/** Writes the named illustrations into `dir` (created if needed); returns their relative paths. */
export function writeIllustrations(dir, names) {
  mkdirSync(dir, { recursive: true });
  for (const name of names) {
    if (!ILLUSTRATIONS[name]) throw new Error(`No illustration named ${name}`);
    writeFileSync(join(dir, `${name}.svg`), ILLUSTRATIONS[name]);
  }
  return names.map((n) => `img/${n}.svg`);
}
