/**
 * The page `fairkit edit` serves: `<fair-plan-editor>` filling the window
 * under a slim bar with the feed's name, the save status and a Save button
 * (Ctrl+S too). The page loads the feed from the server, hands the editor an
 * `uploadImage` hook that sends a plan image to the server (which writes it
 * into the fair folder and answers its address), and saves by POSTing the
 * editor's `feed` — as edited, not `exportFeed()`'s copy cleaned by the feed
 * checker, which would drop from the file what the checker leaves out (the
 * server refuses a save that brings new errors). Both POSTs carry the page's key (the `token` in its
 * address), so no other site can write the organizer's files. The page is in
 * the command's language (`<html lang>`, which the editor follows too); its
 * strings come as JSON, never as HTML, and the feed's text never enters the
 * markup (the title is set from the script).
 */
import { lang, pick } from '../lang.js';
import { messages } from './messages.js';

/** Where the server answers the page, out of the folder's namespace (the folder's dot-names are never served). */
export const API = '/.fairkit';
/** The editor's self-contained bundle, served from the built `dist/editor/`. */
export const EDITOR_ENTRY = `${API}/editor/fair-plan-editor.js`;

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** JSON that is safe inside a `<script>` element. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

const STYLE = `
      html, body { margin: 0; height: 100%; }
      body { display: flex; flex-direction: column; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; background: #17212b; color: #e8eef4; }
      header { display: flex; align-items: center; gap: 16px; min-height: 52px; padding: 4px 12px 4px 16px; box-sizing: border-box; border-bottom: 1px solid #2c3a48; }
      #file { font-size: 14px; font-weight: 600; color: #9fb0c0; white-space: nowrap; }
      #status { flex: 1; min-width: 0; font-size: 14px; overflow-wrap: anywhere; white-space: pre-line; }
      #save { min-height: 44px; min-width: 6rem; padding: 0 20px; border: 0; border-radius: 8px; background: #0b6e4f; color: #fff; font: inherit; font-size: 15px; font-weight: 700; cursor: pointer; }
      #save:disabled { background: #2c3a48; color: #9fb0c0; cursor: default; }
      #save:focus-visible { outline: 3px solid #ffd166; outline-offset: 2px; }
      fair-plan-editor { flex: 1; min-height: 0; --fair-plan-editor-height: auto; }`;

/** The page's script: plain JavaScript, run as a module after the editor's bundle. */
const SCRIPT = `
      const strings = JSON.parse(document.getElementById('strings').textContent);
      const token = new URLSearchParams(location.search).get('token') ?? '';
      const editor = document.querySelector('fair-plan-editor');
      await customElements.whenDefined('fair-plan-editor');
      const status = document.getElementById('status');
      const save = document.getElementById('save');
      let etag = '';
      let dirty = false;
      const say = (text) => (status.textContent = text);
      const post = (path, headers, body) =>
        fetch('${API}/' + path, { method: 'POST', headers: { 'x-fairkit-token': token, ...headers }, body });
      const answerOf = async (response) => response.json().catch(() => ({ message: response.statusText }));

      editor.uploadImage = async (file) => {
        const response = await post('upload', { 'x-fairkit-name': encodeURIComponent(file.name), 'content-type': file.type || 'application/octet-stream' }, file);
        const answer = await answerOf(response);
        if (!response.ok) {
          say(strings.uploadFailed + ' ' + answer.message);
          throw new Error(answer.message);
        }
        return answer.url;
      };
      editor.addEventListener('fair-feed-change', () => {
        dirty = true;
        save.disabled = false;
        say(strings.unsaved);
      });
      async function saveNow() {
        save.disabled = true;
        say(strings.saving);
        try {
          // The feed as edited, not exportFeed()'s cleaned copy: an item the checker would leave out stays in the file.
          const feed = editor.feed;
          const response = await post('save', { 'content-type': 'application/json', 'if-match': etag }, JSON.stringify(feed));
          const answer = await answerOf(response);
          if (response.ok) {
            etag = answer.etag ?? etag;
            dirty = false;
            const time = new Intl.DateTimeFormat(document.documentElement.lang, { timeStyle: 'short' }).format(new Date());
            say(strings.saved.replace('{time}', time));
          } else {
            save.disabled = false;
            say([answer.message, ...(answer.problems ?? []).slice(0, 5)].join('\\n'));
          }
        } catch {
          save.disabled = false;
          say(strings.offline);
        }
      }
      save.addEventListener('click', saveNow);
      document.addEventListener('keydown', (event) => {
        if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
          event.preventDefault();
          if (dirty) saveNow();
        }
      });
      window.addEventListener('beforeunload', (event) => {
        if (dirty) event.preventDefault();
      });
      try {
        const response = await fetch('${API}/feed', { cache: 'no-store' });
        if (!response.ok) throw new Error(response.statusText);
        etag = response.headers.get('etag') ?? '';
        const feed = await response.json();
        editor.feed = feed;
        document.title = strings.title + ' — ' + document.getElementById('file').textContent;
      } catch {
        say(strings.loadFailed);
      }`;

/** The editor page for the feed named `feedName` (its file name, shown in the bar). */
export function editorPage(feedName: string): string {
  const m = pick(messages);
  return `<!doctype html>
<html lang="${lang()}">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(m.page.title)}</title>
    <style>${STYLE}
    </style>
    <script type="module" src="${EDITOR_ENTRY}"></script>
  </head>
  <body>
    <header>
      <strong id="file">${escapeHtml(feedName)}</strong>
      <span id="status" role="status" aria-label="${escapeHtml(m.page.statusLabel)}"></span>
      <button id="save" type="button" disabled>${escapeHtml(m.page.save)}</button>
    </header>
    <fair-plan-editor></fair-plan-editor>
    <script type="application/json" id="strings">${scriptJson(m.page)}</script>
    <script type="module">${SCRIPT}
    </script>
  </body>
</html>
`;
}

/** The page for an address without its key: what to open instead. */
export function noTokenPage(): string {
  const m = pick(messages);
  return `<!doctype html>
<html lang="${lang()}">
  <head><meta charset="utf-8" /><title>${escapeHtml(m.page.title)}</title></head>
  <body><p>${escapeHtml(m.needToken)}</p></body>
</html>
`;
}
