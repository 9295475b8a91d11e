#!/usr/bin/env node
// Where the booth map's first paint goes: records a DevTools trace of
// mounting `<fair-booth-map>` on the 2,000-booth hall (and of plain Leaflet
// Canvas on the same data) and prints, for each, the time per trace event
// (script, style, layout, paint …) and the heaviest functions by self time.
//   node bench/map-profile.js [booths=2000] [runs=5] [leaflet|element|provided]
// With --time, no tracing: the kinds (default leaflet,provided,element) take
// turns `runs` times in one page and the medians are printed, for A/B checks.
//   node bench/map-profile.js 2000 30 --time
// With --national, the national generator's feed (ten products a booth) instead of the generated hall; with
// --settled, `provided` collects the garbage <fair-data> left before the map is timed (as the bench's target row).
import puppeteer from 'puppeteer-core';
import { serveSources } from './serve-sources.js';
import { CHROME_FLAGS, findChrome } from '../scripts/chrome-path.js';

const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const booths = Number(args[0] ?? 2000);
const runs = Number(args[1] ?? 5);
const hall = flags.includes('--national') ? 'national' : 'generated';
const settled = flags.includes('--settled');

const server = await serveSources();
const { port } = server;
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: [...CHROME_FLAGS.filter((f) => !f.startsWith('--headless')), '--js-flags=--expose-gc'],
});

/** Runs `what` (element | leaflet) `runs` times in the page under a trace + CPU profile. */
async function profile(what) {
  const tab = await browser.newPage();
  tab.on('pageerror', (e) => console.error(e.message));
  await tab.goto(`http://127.0.0.1:${port}/bench/map-profile.html`, { waitUntil: 'load' });
  await tab.waitForFunction(() => typeof window.mountOnce === 'function', { timeout: 60000 });
  await tab.evaluate((s) => (window.gcAfterData = s), settled);
  // Warm up (compile hot paths) outside the recording.
  for (let i = 0; i < 3; i++) await tab.evaluate((w, n, h) => window.mountOnce(w, n, h), what, booths, hall);
  const cdp = await tab.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await tab.tracing.start({
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
  });
  await cdp.send('Profiler.start');
  const times = [];
  for (let i = 0; i < runs; i++)
    times.push(await tab.evaluate((w, n, h) => window.mountOnce(w, n, h), what, booths, hall));
  const { profile: cpu } = await cdp.send('Profiler.stop');
  const trace = JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8'));
  await tab.close();

  // Only the measured windows (user timing marks "fk-run" begin/end).
  const events = trace.traceEvents;
  const windows = [];
  for (const e of events) if (e.name === 'fk-run' && e.ph === 'b') windows.push([e.ts]);
  let wi = 0;
  for (const e of events) if (e.name === 'fk-run' && e.ph === 'e') windows[wi++]?.push(e.ts);
  const inside = (ts) => windows.some(([a, b]) => ts >= a && ts <= b);
  const byName = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || !inside(e.ts)) continue;
    if (
      !/^(UpdateLayoutTree|Layout|Paint|PrePaint|Layerize|Commit|FunctionCall|EvaluateScript|TimerFire|FireAnimationFrame|RunMicrotasks|ParseHTML|HitTest|ScheduleStyleRecalculation|RecalculateStyles|UpdateLayer|CompositeLayers|MajorGC|MinorGC|V8.GC_SCAVENGER|ResizeObserver.*|IntersectionObserverController.*|ProxyMain::BeginMainFrame.*|ThreadControllerImpl::RunTask)$/.test(
        e.name,
      )
    )
      continue;
    byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000 / runs);
  }
  // Forced layouts/styles: those with a JS stack.
  let forced = 0;
  for (const e of events)
    if (
      e.ph === 'X' &&
      inside(e.ts) &&
      (e.name === 'Layout' || e.name === 'UpdateLayoutTree') &&
      e.args?.beginData?.stackTrace?.length
    )
      forced += e.dur / 1000 / runs;

  // CPU profile: self time per function (url:line), in the measured windows only.
  const nodes = new Map(cpu.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let t = cpu.startTime;
  for (let i = 0; i < cpu.samples.length; i++) {
    t += cpu.timeDeltas[i];
    if (!inside(t)) continue;
    const n = nodes.get(cpu.samples[i]);
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.replace(/^.*\/(node_modules|src|bench)\//, '$1/')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + cpu.timeDeltas[i] / 1000 / runs);
  }
  // Inclusive time of the phases worth knowing about (a function counted once per stack).
  const parent = new Map();
  for (const n of cpu.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const phases =
    /^(validateFeed|indexFeed|buildScene|showScene|layout|setBooths|createMap|BoothMapView|fit|fitBounds|setCategory|setSelected|setRoute|refreshLabels|_redraw|_resetView|update|performUpdate|render|updated|willUpdate|resize|invalidateSize|getComputedStyle|placeIconElement|hereIconElement|addLayer|_layerAdd|onAdd|polygon|getBounds|clearLayers|setStyle|bringToFront|parseFeed|loadFeed|_update|_updatePaths|_onZoomEnd|fire)$/;
  const inclusive = new Map();
  t = cpu.startTime;
  for (let i = 0; i < cpu.samples.length; i++) {
    t += cpu.timeDeltas[i];
    if (!inside(t)) continue;
    const seen = new Set();
    for (let id = cpu.samples[i]; id !== undefined; id = parent.get(id)) {
      const f = nodes.get(id).callFrame;
      if (!phases.test(f.functionName)) continue;
      const key = `${f.functionName} ${f.url.replace(/^.*\/(node_modules|src|bench)\//, '$1/')}:${f.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + cpu.timeDeltas[i] / 1000 / runs);
    }
  }
  times.sort((a, b) => a - b);
  console.log(
    `\n## ${what}: first paint median ${times[Math.floor(runs / 2)].toFixed(1)} ms (${times.map((x) => x.toFixed(0)).join(', ')}), forced style/layout ${forced.toFixed(1)} ms/run`,
  );
  for (const [name, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 14))
    console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
  console.log('  -- inclusive --');
  for (const [name, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
  console.log('  -- self time --');
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
}

/** Times the kinds in turn, `runs` rounds, without tracing; prints medians and the overhead over plain Leaflet. */
async function time(kinds) {
  const tab = await browser.newPage();
  tab.on('pageerror', (e) => console.error(e.message));
  await tab.goto(`http://127.0.0.1:${port}/bench/map-profile.html`, { waitUntil: 'load' });
  await tab.waitForFunction(() => typeof window.mountOnce === 'function', { timeout: 60000 });
  await tab.evaluate((s) => (window.gcAfterData = s), settled);
  for (const what of kinds)
    for (let i = 0; i < 3; i++) await tab.evaluate((w, n, h) => window.mountOnce(w, n, h), what, booths, hall);
  const times = Object.fromEntries(kinds.map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const what of kinds) {
      times[what].push(await tab.evaluate((w, n, h) => window.mountOnce(w, n, h), what, booths, hall));
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  }
  await tab.close();
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const base = times.leaflet ? median(times.leaflet) : undefined;
  for (const what of kinds) {
    const m = median(times[what]);
    // Also the median of each round's own ratio to plain Leaflet: steadier when the machine's load drifts.
    const paired = times.leaflet && median(times[what].map((x, i) => x / times.leaflet[i] - 1)) * 100;
    const over =
      base && what !== 'leaflet'
        ? `  ${(((m - base) / base) * 100).toFixed(1)} % over leaflet (paired ${paired.toFixed(1)} %)`
        : '';
    console.log(
      `${what.padEnd(9)} median ${m.toFixed(1)} ms (p25 ${[...times[what]].sort((a, b) => a - b)[Math.floor(runs / 4)].toFixed(1)}, p75 ${[...times[what]].sort((a, b) => a - b)[Math.floor((3 * runs) / 4)].toFixed(1)})${over}`,
    );
  }
}

try {
  const kinds = args[2] ? args[2].split(',') : undefined;
  if (flags.includes('--time')) await time(kinds ?? ['leaflet', 'provided', 'element']);
  else for (const what of kinds ?? ['leaflet', 'element']) await profile(what);
} finally {
  await browser.close();
  await server.stop();
}
