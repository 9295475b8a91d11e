import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { baseLanguage } from '../../data/text.js';

export type NarrationState = 'idle' | 'playing' | 'paused';

/** The page's speech synthesis, if the browser has one (read each time: tests and polyfills may replace it). */
function synthesis(): SpeechSynthesis | undefined {
  return typeof globalThis.speechSynthesis === 'object' && globalThis.speechSynthesis
    ? globalThis.speechSynthesis
    : undefined;
}

const normalizeTag = (tag: string) => tag.replace(/_/g, '-').toLowerCase();

/**
 * The best installed voice for `locale`: the exact tag (`vi-VN` for `vi-VN`),
 * else one of the same base language (`vi-VN` for `vi`), preferring a voice
 * that runs on the device (works offline on a kiosk) and the system default.
 */
export function voiceFor(voices: readonly SpeechSynthesisVoice[], locale: string): SpeechSynthesisVoice | undefined {
  const wanted = normalizeTag(locale);
  const base = baseLanguage(locale);
  const rank = (v: SpeechSynthesisVoice) => (v.localService ? 2 : 0) + (v.default ? 1 : 0);
  const best = (list: SpeechSynthesisVoice[]) => list.sort((a, b) => rank(b) - rank(a))[0];
  const exact = voices.filter((v) => normalizeTag(v.lang) === wanted);
  if (exact.length) return best(exact);
  return best(voices.filter((v) => baseLanguage(normalizeTag(v.lang)) === base));
}

/**
 * Splits text into pieces a speech engine reads reliably: Chromium stops an
 * utterance after about 15 seconds, so long stories are queued sentence by
 * sentence (at most ~220 characters each).
 */
export function speechChunks(text: string, max = 220): string[] {
  const sentences =
    text
      .replace(/\s+/g, ' ')
      .trim()
      .match(/[^.!?。！？\n]+[.!?。！？]*\s*/g) ?? [];
  const chunks: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    let rest = sentence;
    while (rest.length > max) {
      const cut = rest.lastIndexOf(' ', max) > max / 2 ? rest.lastIndexOf(' ', max) : max;
      if (current) chunks.push(current.trim());
      current = '';
      chunks.push(rest.slice(0, cut).trim());
      rest = rest.slice(cut);
    }
    if ((current + rest).length > max && current) {
      chunks.push(current.trim());
      current = '';
    }
    current += rest;
  }
  if (current.trim()) chunks.push(current.trim());
  return chunks.filter(Boolean);
}

/**
 * Reads a producer's story aloud: the recorded narration when the feed has
 * one, else the browser's speech synthesis in the visitor's language. One
 * narration per host; it stops when the host leaves the page.
 */
export class NarrationController implements ReactiveController {
  state: NarrationState = 'idle';
  private audio?: HTMLAudioElement;
  private voices: SpeechSynthesisVoice[] = [];
  /** Bumped on every start/stop, so callbacks of a cancelled narration are ignored. */
  private session = 0;
  private speaking = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    synthesis()?.addEventListener?.('voiceschanged', this.onVoicesChanged);
    this.onVoicesChanged();
  }

  hostDisconnected(): void {
    synthesis()?.removeEventListener?.('voiceschanged', this.onVoicesChanged);
    this.stop();
  }

  /** Voices load asynchronously in Chromium: the Listen button appears once one fits. */
  private readonly onVoicesChanged = () => {
    const voices = synthesis()?.getVoices?.() ?? [];
    if (voices.length !== this.voices.length || voices.some((v, i) => v !== this.voices[i])) {
      this.voices = [...voices];
      this.host.requestUpdate();
    }
  };

  /** Whether speech synthesis has a voice for `locale`. */
  canSpeak(locale: string): boolean {
    return !!synthesis() && !!voiceFor(this.voices, locale);
  }

  /** Plays a recorded narration. */
  playAudio(url: string): void {
    this.stop();
    const session = ++this.session;
    const audio = new Audio(url);
    // Fetched when played, not before: nothing downloads for a visitor who never listens.
    audio.preload = 'none';
    const done = () => {
      if (session === this.session) this.setState('idle');
    };
    audio.addEventListener('ended', done);
    audio.addEventListener('error', done);
    this.audio = audio;
    this.setState('playing');
    audio.play().catch(done);
  }

  /** Reads `text` aloud in `locale` with the best installed voice. */
  speak(text: string, locale: string): void {
    this.stop();
    const synth = synthesis();
    const voice = voiceFor(this.voices, locale);
    const chunks = speechChunks(text);
    if (!synth || !voice || !chunks.length) return;
    const session = ++this.session;
    chunks.forEach((chunk, i) => {
      const utterance = new SpeechSynthesisUtterance(chunk);
      utterance.lang = voice.lang;
      try {
        utterance.voice = voice;
      } catch {
        /* a voice object from a polyfill: the language alone still picks one */
      }
      if (i === chunks.length - 1) {
        utterance.onend = () => {
          if (session === this.session) this.setState('idle');
        };
      }
      utterance.onerror = () => {
        if (session === this.session) this.stop();
      };
      synth.speak(utterance);
    });
    this.speaking = true;
    this.setState('playing');
  }

  pause(): void {
    if (this.state !== 'playing') return;
    if (this.audio) this.audio.pause();
    else synthesis()?.pause();
    this.setState('paused');
  }

  resume(): void {
    if (this.state !== 'paused') return;
    if (this.audio) void this.audio.play().catch(() => this.stop());
    else synthesis()?.resume();
    this.setState('playing');
  }

  /** Stops and forgets the current narration; safe to call at any time. */
  stop(): void {
    this.session++;
    if (this.audio) {
      this.audio.pause();
      this.audio.removeAttribute('src');
      this.audio.load();
      this.audio = undefined;
    }
    if (this.speaking) {
      // Only cancel what we started: another element's speech is not ours to end.
      synthesis()?.cancel();
      this.speaking = false;
    }
    this.setState('idle');
  }

  private setState(state: NarrationState): void {
    if (this.state === state) return;
    this.state = state;
    this.host.requestUpdate();
  }
}
