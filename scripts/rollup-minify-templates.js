// Minifies Lit's tagged templates, which terser leaves alone: in css`…`,
// comments out, whitespace collapsed, no spaces around { } ; , > or after a
// colon; in html`…`/svg`…`, whitespace spanning lines becomes one space.
// Quoted CSS strings and ${…} expressions are kept verbatim.

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

/**
 * Collapses static whitespace that spans lines in html`…`/svg`…` templates to
 * one space: the browser collapses it anyway (no template here sits in a
 * `white-space: pre` context; feed text always arrives through expressions).
 */
export function collapseHtmlText(text) {
  return text.replace(/[ \t]*\n\s*/g, ' ');
}

/** Finds each css`…` template in `code` and minifies its static parts. */
export function minifyCssTemplates(code) {
  return minifyTemplates(code, 'css', minifyCssText, true);
}

/** Finds each html`…` and svg`…` template in `code` and collapses its static whitespace. */
export function minifyHtmlTemplates(code) {
  return minifyTemplates(minifyTemplates(code, 'html', collapseHtmlText, false), 'svg', collapseHtmlText, false);
}

function minifyTemplates(code, tag, minifyText, trim) {
  let result = '';
  let last = 0;
  const re = new RegExp(`\\b${tag}\``, 'g');
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
        if (c === '\\') {
          i++;
          continue;
        }
        if (c === '`') break;
        if (c === '$' && code[i + 1] === '{') {
          parts.push(minifyText(code.slice(segmentStart, i)));
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
    parts.push(minifyText(code.slice(segmentStart, i)));
    const joined = parts.join('');
    result += code.slice(last, start) + (trim ? joined.trim() : joined);
    last = i;
    re.lastIndex = i + 1;
  }
  return result + code.slice(last);
}

export function minifyTemplatesPlugin() {
  return {
    name: 'fairkit-minify-templates',
    transform(code, id) {
      if (!/\.(ts|js)$/.test(id) || !/(css|html|svg)`/.test(code)) return null;
      return { code: minifyHtmlTemplates(minifyCssTemplates(code)), map: null };
    },
  };
}
