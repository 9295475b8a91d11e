// The plan editor on a sample fair, with nowhere to save to: Download gives the feed back, and
// the browser keeps a draft (the editor's autosave). For an organizer's own fair: npx fairkit edit fair.json.
//   ?src=../src/data/samples/cao-bang/feed.json   another feed (relative to /demo/; default Son La)
//   ?empty                                        a new fair with one empty level and no plan
//   ?lang=vi                                      the editor's language (default: the browser's)
import '../src/components/plan-editor/define.js';
import type { FairFeed } from '../src/data/types.js';
import { setLocale } from '../src/i18n/locale.js';

const params = new URLSearchParams(location.search);
const editor = document.querySelector('fair-plan-editor')!;

if (params.has('lang')) {
  await setLocale(params.get('lang')!);
  document.documentElement.lang = params.get('lang')!;
}

// A plan image chosen in the editor stays in this tab (a server would store it: fairkit edit does).
editor.uploadImage = (file: File) => Promise.resolve(URL.createObjectURL(file));
editor.addEventListener('fair-feed-change', (e) => console.info('[fairkit] fair-feed-change', e.detail.feed));

if (params.has('empty')) {
  const empty: FairFeed = {
    version: 1,
    fair: { id: 'new-fair', name: { en: 'New fair', vi: 'Hội chợ mới' }, locales: ['vi', 'en'] },
    map: { type: 'plan', levels: [{ id: 'L1', name: { en: 'Ground floor', vi: 'Tầng trệt' }, size: [1600, 1000] }] },
    booths: [],
  } as FairFeed;
  editor.feed = empty;
} else {
  editor.src = params.get('src') ?? '../src/data/samples/son-la/feed.json';
}
