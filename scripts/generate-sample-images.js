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
  tea: frame('#e9f1e6', `
<ellipse cx="120" cy="138" rx="70" ry="10" fill="#cfdcc8"/>
<path d="M70 80h90v20c0 26-20 40-45 40s-45-14-45-40z" fill="#f7f4ec" stroke="#5b7f52" stroke-width="4"/>
<path d="M160 88c18 0 18 26 0 26" fill="none" stroke="#5b7f52" stroke-width="4"/>
<ellipse cx="115" cy="82" rx="43" ry="6" fill="#b9a35a"/>
<path d="M112 60c-6-14 2-26 2-26s12 10 4 24" fill="none" stroke="#a8b8a0" stroke-width="3" stroke-linecap="round"/>
<path d="M150 38c18-14 40-8 40-8s-6 22-28 22c-8 0-12-6-12-14z" fill="#5b8c4f"/>
<path d="M152 50c10-6 22-12 34-18" stroke="#e9f1e6" stroke-width="2" fill="none"/>`, 'Tea'),

  grains: frame('#f4efe2', `
<ellipse cx="120" cy="140" rx="72" ry="10" fill="#e2d8bf"/>
<path d="M56 88h128c0 34-28 52-64 52s-64-18-64-52z" fill="#a9553a"/>
<path d="M64 96h112" stroke="#d9b36a" stroke-width="4"/>
<path d="M60 88c6-22 34-32 60-32s54 10 60 32z" fill="#fbf8f0" stroke="#e0d6bd" stroke-width="2"/>
<g fill="#eee5cf"><ellipse cx="96" cy="72" rx="5" ry="2.5"/><ellipse cx="118" cy="66" rx="5" ry="2.5"/><ellipse cx="140" cy="74" rx="5" ry="2.5"/><ellipse cx="126" cy="80" rx="5" ry="2.5"/></g>
<path d="M150 30l34 60M160 28l30 58" stroke="#6e4b2a" stroke-width="4" stroke-linecap="round"/>`, 'Rice and noodles'),

  food: frame('#f6ebe5', `
<ellipse cx="120" cy="146" rx="74" ry="9" fill="#e5d2c6"/>
<path d="M40 60h160" stroke="#6e4b2a" stroke-width="5" stroke-linecap="round"/>
<g fill="#9c3b2b" stroke="#6e2a1f" stroke-width="2">
<rect x="60" y="64" width="18" height="70" rx="9"/><rect x="92" y="64" width="18" height="62" rx="9"/>
<rect x="124" y="64" width="18" height="74" rx="9"/><rect x="156" y="64" width="18" height="66" rx="9"/></g>
<g stroke="#e8c9a0" stroke-width="2"><path d="M62 84h14M62 108h14M94 84h14M94 104h14M126 88h14M126 114h14M158 86h14M158 110h14"/></g>`, 'Specialty food'),

  cakes: frame('#eef0e2', `
<ellipse cx="120" cy="146" rx="70" ry="9" fill="#d6dabd"/>
<rect x="62" y="48" width="96" height="96" rx="6" fill="#4f7a3a" transform="rotate(-4 110 96)"/>
<rect x="70" y="56" width="80" height="80" rx="4" fill="#6b9a4a" transform="rotate(-4 110 96)"/>
<g stroke="#e8dcc0" stroke-width="4" transform="rotate(-4 110 96)"><path d="M96 48v96M124 48v96M62 84h96M62 110h96"/></g>
<g fill="#f3ead6" stroke="#cdb98f" stroke-width="2"><rect x="166" y="104" width="40" height="40" rx="4"/><rect x="172" y="90" width="30" height="16" rx="3"/></g>`, 'Traditional cakes'),

  herbs: frame('#e6efec', `
<ellipse cx="120" cy="146" rx="70" ry="9" fill="#c9dad4"/>
<path d="M120 146c0-40 4-70 20-100" stroke="#4a6b5a" stroke-width="4" fill="none" stroke-linecap="round"/>
<g fill="#3f8a78"><path d="M128 100c-24-4-40-20-40-20s22-10 40 4z"/><path d="M134 76c20-10 42-4 42-4s-12 22-38 16z"/>
<path d="M126 120c-20 4-42-6-42-6s16-16 40-6z"/><path d="M140 52c8-16 26-20 26-20s0 22-22 26z"/></g>
<path d="M58 146c8-20 22-26 22-26M70 146c2-12 14-22 14-22" stroke="#8a6a44" stroke-width="3" fill="none" stroke-linecap="round"/>`, 'Herbs'),

  crafts: frame('#efe8f1', `
<defs><pattern id="p" width="40" height="40" patternUnits="userSpaceOnUse">
<rect width="40" height="40" fill="#3b2f5c"/><path d="M20 4l16 16-16 16L4 20z" fill="#c2553f"/>
<path d="M20 12l8 8-8 8-8-8z" fill="#f0c75e"/><path d="M0 0l6 6M40 0l-6 6M0 40l6-6M40 40l-6-6" stroke="#5fa39a" stroke-width="3"/></pattern></defs>
<rect x="40" y="30" width="160" height="120" rx="4" fill="url(#p)"/>
<rect x="40" y="30" width="160" height="12" fill="#c2553f"/><rect x="40" y="138" width="160" height="12" fill="#c2553f"/>
<g stroke="#3b2f5c" stroke-width="2"><path d="M50 150v16M70 150v16M90 150v16M110 150v16M130 150v16M150 150v16M170 150v16M190 150v16"/></g>`, 'Brocade'),

  bamboo: frame('#eff0e4', `
<ellipse cx="120" cy="148" rx="72" ry="8" fill="#d9dbc2"/>
<path d="M60 80h120l-12 64H72z" fill="#d4b274" stroke="#8f6d35" stroke-width="3"/>
<g stroke="#8f6d35" stroke-width="2"><path d="M64 96h112M67 112h106M70 128h100"/><path d="M90 80l-4 64M120 80v64M150 80l4 64"/></g>
<path d="M80 80c0-30 80-30 80 0" fill="none" stroke="#8f6d35" stroke-width="5"/>`, 'Bamboo'),

  coffee: frame('#f1e9e2', `
<ellipse cx="120" cy="146" rx="70" ry="9" fill="#decfc2"/>
<path d="M72 84h84v18c0 24-18 38-42 38s-42-14-42-38z" fill="#fbf7f2" stroke="#5a3b2a" stroke-width="4"/>
<path d="M156 92c16 0 16 24 0 24" fill="none" stroke="#5a3b2a" stroke-width="4"/>
<ellipse cx="114" cy="86" rx="40" ry="6" fill="#5a3b2a"/>
<g fill="#6e4330"><ellipse cx="176" cy="44" rx="12" ry="8" transform="rotate(-30 176 44)"/><ellipse cx="196" cy="62" rx="12" ry="8" transform="rotate(20 196 62)"/></g>
<g stroke="#c9a88c" stroke-width="2"><path d="M170 50c4-4 8-8 12-12M190 62c4 0 10 0 14 0"/></g>`, 'Coffee'),

  fruit: frame('#f5eee0', `
<ellipse cx="120" cy="146" rx="72" ry="9" fill="#e6dabf"/>
<path d="M92 70c30-14 70 4 70 42 0 26-24 36-46 34-34-4-50-28-46-50 2-12 10-22 22-26z" fill="#e9b23c"/>
<path d="M100 78c16-6 34-2 44 10" stroke="#f6d98b" stroke-width="5" fill="none" stroke-linecap="round"/>
<path d="M118 66c2-10 8-18 8-18" stroke="#6e4b2a" stroke-width="4" stroke-linecap="round"/>
<path d="M126 52c16-12 34-6 34-6s-8 18-28 14z" fill="#5b8c4f"/>`, 'Fruit'),

  mushroom: frame('#efe9e2', `
<ellipse cx="120" cy="148" rx="72" ry="8" fill="#dcd2c4"/>
<path d="M60 96c0-36 28-56 60-56s60 20 60 56c-20 8-100 8-120 0z" fill="#9a4a2c"/>
<path d="M70 92c10-24 30-38 50-40" stroke="#c9835e" stroke-width="5" fill="none" stroke-linecap="round"/>
<path d="M104 100h32l6 46h-44z" fill="#efe3cf" stroke="#b9a385" stroke-width="2"/>`, 'Mushrooms'),

  seafood: frame('#e5eef1', `
<ellipse cx="120" cy="148" rx="72" ry="8" fill="#c9d9df"/>
<path d="M50 96c30-36 96-36 126 0-30 36-96 36-126 0z" fill="#d9774f"/>
<path d="M176 96l30-24v48z" fill="#c45f3b"/>
<circle cx="78" cy="90" r="5" fill="#2f3b45"/>
<path d="M100 80c10 10 10 22 0 32M122 78c10 12 10 24 0 36M144 80c10 10 10 22 0 32" stroke="#f3c2a8" stroke-width="3" fill="none"/>`, 'Seafood'),

  spice: frame('#f5e8e3', `
<ellipse cx="120" cy="148" rx="72" ry="8" fill="#e6cfc6"/>
<path d="M70 70c40 0 80 20 100 60 6 12-8 18-16 10-26-26-54-40-84-44z" fill="#c0392b"/>
<path d="M70 70c-8-2-14 4-14 10 0 8 10 8 14 6z" fill="#4f7a3a"/>
<path d="M60 72c-6-10-2-22-2-22" stroke="#4f7a3a" stroke-width="4" fill="none" stroke-linecap="round"/>
<path d="M92 80c24 4 46 16 62 34" stroke="#e9897c" stroke-width="4" fill="none" stroke-linecap="round"/>`, 'Spices'),

  incense: frame('#eee9e1', `
<ellipse cx="120" cy="148" rx="72" ry="8" fill="#dad1c2"/>
<rect x="84" y="120" width="72" height="26" rx="6" fill="#7a5a3a"/>
<g stroke="#5a3b2a" stroke-width="4" stroke-linecap="round"><path d="M106 120V60M120 120V52M134 120V60"/></g>
<g stroke="#b6aa98" stroke-width="3" fill="none" stroke-linecap="round"><path d="M106 56c-8-10 8-16 0-28"/><path d="M120 48c8-10-8-16 0-28"/><path d="M134 56c-8-10 8-16 0-28"/></g>`, 'Agarwood'),
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
