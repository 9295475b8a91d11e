// A React 19 app using the npm build, type-checked against `fairkit/react`
// (npm test: tsc -p examples/tsconfig.react.json). React 19 sets properties on
// custom elements (`feed` below is an object) and listens to their events with
// `on<event-name>` props; `e` is a FairShowBoothEvent.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type {} from 'fairkit/react';
import 'fairkit/fair-product-card.js';
import 'fairkit/fair-booth-map.js';
import { loadFeed, type FairFeed } from 'fairkit/data.js';

function App() {
  const [feed, setFeed] = useState<FairFeed | null>(null);
  const [booth, setBooth] = useState('');
  useEffect(() => {
    void loadFeed(new URL('../../src/data/samples/cao-bang/feed.json', location.href)).then((r) => setFeed(r.feed));
  }, []);
  if (!feed) return <p>Loading…</p>;
  return (
    <main style={{ display: 'grid', gap: '1rem', maxWidth: '60rem', margin: 'auto' }}>
      <h1>React 19 + Fairkit</h1>
      <p id="chosen">{booth ? `Booth ${booth}` : 'Pick a product'}</p>
      <fair-product-card feed={feed} product="mien-dong-500g" onfair-show-booth={(e) => setBooth(e.detail.boothId)} />
      <fair-booth-map feed={feed} selected={booth} here="kiosk-1" style={{ height: '24rem' }} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
