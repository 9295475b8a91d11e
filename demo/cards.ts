// Three real products and their producers from the sample fairs, each as a full
// card, a compact row and the producer's story.
//   ?item=0|1|2   one pair only (for screenshots)   ?lang=vi|en|…   ?links=qr (kiosk)
import { html, nothing, render } from 'lit';
import '../src/components/fair-data/define.js';
import '../src/components/product-card/define.js';
import '../src/components/producer-story/define.js';
import { setLocale } from '../src/i18n/locale.js';

const picks = [
  {
    sample: 'cao-bang',
    product: 'bun-kho-ngu-sac-500g',
    producer: 'htx-nong-san-hoa-an',
    title: 'Cao Bang · five-colour vermicelli',
  },
  {
    sample: 'cao-bang',
    product: 'nep-huong-bao-lac-2kg',
    producer: 'htx-nep-huong-bao-lac',
    title: 'Cao Bang · Bao Lac fragrant sticky rice',
  },
  { sample: 'son-la', product: 'che-may-ta-xua-100g', producer: 'htx-che-ta-xua', title: 'Son La · Ta Xua cloud tea' },
];

const params = new URLSearchParams(location.search);
const only = params.get('item');
const links = params.get('links') === 'qr' ? 'qr' : 'open';
await setLocale(params.get('lang') ?? 'en');

const shown = only === null ? picks : [picks[Number(only)]].filter(Boolean);
const log = (e: Event) => console.info(e.type, (e as CustomEvent).detail);

render(
  html`${
    only === null
      ? html`<header class="page">
          <h1>Product cards and producer stories</h1>
          <p>From the sample fairs. <a href="?lang=vi">Tiếng Việt</a> · <a href="?lang=en">English</a> · <a href="?links=qr">kiosk links</a></p>
        </header>`
      : nothing
  }
    ${shown.map(
      (
        pick,
      ) => html`<section class="pair" @fair-show-booth=${log} @fair-show-producer=${log} @fair-product-select=${log}>
        <h2>${pick.title}</h2>
        <fair-data src="../src/data/samples/${pick.sample}/feed.json">
          <fair-product-card product=${pick.product} links=${links}></fair-product-card>
          <div class="list" style="margin-block:1.25rem">
            <fair-product-card compact product=${pick.product}></fair-product-card>
            <fair-product-card compact product="does-not-exist"></fair-product-card>
          </div>
          <fair-producer-story producer=${pick.producer} links=${links}></fair-producer-story>
        </fair-data>
      </section>`,
    )}`,
  document.getElementById('app')!,
);
