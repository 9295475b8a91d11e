// Minifies the CSS inside Lit's css`…` tagged templates (terser leaves
// template text alone): comments out, whitespace collapsed, spaces around
// { } ; , > dropped. Quoted strings and ${…} expressions are kept verbatim.

/** Tightens CSS outside strings: whitespace collapsed, none around { } ; , > or after a colon. */
function tighten(text) {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

/** Minifies one run of CSS text that contains no `${…}`; quoted strings stay verbatim. */
export function minifyCssText(text) {
  let out = '';
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      out += tighten(plain) + text.slice(i, j + 1);
      plain = '';
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      plain += ' ';
    } else {
      plain += c;
      i++;
    }
  }
  // Not trimmed: a space next to a ${…} selector expression is a descendant combinator.
  return out + tighten(plain);
}

/** Finds each css`…` template in `code` and minifies its static parts. */
export function minifyCssTemplates(code) {
  let result = '';
  let last = 0;
  const re = /\bcss`/g;
  let match;
  while ((match = re.exec(code))) {
    const start = match.index + match[0].length;
    let i = start;
    let depth = 0;
    let segmentStart = start;
    const parts = [];
    for (; i < code.length; i++) {
      const c = code[i];
      if (depth === 0) {
        if (c === '\\') { i++; continue; }
        if (c === '`') break;
        if (c === '$' && code[i + 1] === '{') {
          parts.push(minifyCssText(code.slice(segmentStart, i)));
          depth = 1;
          segmentStart = i;
          i++;
        }
      } else if (c === '{') depth++;
      else if (c === '}') {
        depth--;
        if (depth === 0) {
          parts.push(code.slice(segmentStart, i + 1));
          segmentStart = i + 1;
        }
      } else if (c === '`') {
        // A nested template inside an expression: skip to its end.
        const end = code.indexOf('`', i + 1);
        if (end < 0) break;
        i = end;
      }
    }
    if (i >= code.length) break;
    parts.push(minifyCssText(code.slice(segmentStart, i)));
    result += code.slice(last, start) + parts.join('').trim();
    last = i;
    re.lastIndex = i + 1;
  }
  return result + code.slice(last);
}

export function minifyCss() {
  return {
    name: 'fairkit-minify-css',
    transform(code, id) {
      if (!/\.(ts|js)$/.test(id) || !code.includes('css`')) return null;
      return { code: minifyCssTemplates(code), map: null };
    },
  };
}
