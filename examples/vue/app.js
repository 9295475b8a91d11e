// A Vue 3 app using the npm build. Vue sets a custom element's known
// properties as properties (`feed` is an object) and `onFairShowBooth`
// listens to `fair-show-booth`. In templates: `<fair-product-card :feed="feed"
// @fair-show-booth="…">` with `compilerOptions.isCustomElement = (t) => t.startsWith('fair-')`.
import { createApp, h, ref } from 'vue';
import 'fairkit/fair-product-card.js';
import 'fairkit/fair-booth-map.js';
import { loadFeed } from 'fairkit/data.js';

const App = {
  setup() {
    const feed = ref(null);
    const booth = ref('');
    loadFeed(new URL('../../src/data/samples/cao-bang/feed.json', location.href)).then((r) => {
      feed.value = r.feed;
    });
    return () =>
      feed.value
        ? h('main', { style: 'display:grid;gap:1rem;max-width:60rem;margin:auto' }, [
            h('h1', 'Vue 3 + Fairkit'),
            h('p', { id: 'chosen' }, booth.value ? `Booth ${booth.value}` : 'Pick a product'),
            h('fair-product-card', {
              feed: feed.value,
              product: 'mien-dong-500g',
              onFairShowBooth: (e) => {
                booth.value = e.detail.boothId;
              },
            }),
            h('fair-booth-map', { feed: feed.value, selected: booth.value, here: 'kiosk-1', style: 'height:24rem' }),
          ])
        : h('p', 'Loading…');
  },
};

createApp(App).mount('#app');
