/**
 * The plan editor's frame, rendered for `<fair-plan-editor>`: the top bar
 * (the fair's name, Undo, Redo, Preview, Download, language), the tool bar,
 * the map's stage (map/stage.ts), the side panel (inspector, problems,
 * levels, producers) and the dialogs (row, preview).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fallbackLocales, text } from '../../data/text.js';
import type { FairFeed } from '../../data/types.js';
import { renderStage } from './map/stage.js';
import { renderToolBar } from './map/tool-bar.js';
import { GRID_METRES } from './map/tools.js';
import type { FairPlanEditor } from './plan-editor.js';

export type FrameHost = FairPlanEditor;

/** The fair's name in the UI language (the feed's fallbacks, then "Untitled fair"). */
export function fairName(host: FrameHost, feed: FairFeed): string {
  return text(feed.fair?.name, host.localeLanguage, fallbackLocales(feed.fair)) || host.strings.untitled;
}

export function renderFrame(host: FrameHost): TemplateResult {
  const s = host.strings;
  const history = host.history;
  const feed = history?.feed;
  const error = host.source.loadError;
  return html`<div class="frame" part="base">
    <header class="topbar" part="topbar">
      <div class="brand">
        <span class="app">${s.editorName}</span>
        <h1 class="fair-name">${
          feed
            ? fairName(host, feed)
            : error
              ? s.loadError(
                  typeof error === 'object' ? s.loadHttp(error.status) : error === 'json' ? s.loadJson : s.loadNetwork,
                )
              : s.noFeed
        }</h1>
      </div>
      <div class="actions">
        <button
          class="btn"
          data-action="undo"
          ?disabled=${!history?.canUndo}
          title=${history?.undoLabel ? s.undoNamed(history.undoLabel) : s.undo}
          @click=${() => host.undo()}
        >
          ${s.undo}
        </button>
        <button
          class="btn"
          data-action="redo"
          ?disabled=${!history?.canRedo}
          title=${history?.redoLabel ? s.redoNamed(history.redoLabel) : s.redo}
          @click=${() => host.redo()}
        >
          ${s.redo}
        </button>
        <span class="sep"></span>
        <button class="btn" data-action="preview" ?disabled=${!feed} @click=${() => void host.showPreview()}>
          ${s.preview}
        </button>
        <button
          class="btn primary"
          data-action="download"
          ?disabled=${!feed}
          title=${s.downloadHint}
          @click=${() => host.download()}
        >
          ${s.download}
        </button>
        ${
          feed
            ? html`<fair-language-switcher compact locales="vi, en" .feed=${host.switcherFeed(feed)}></fair-language-switcher>`
            : nothing
        }
      </div>
    </header>
    <div class="toolbar" part="toolbar">
      ${renderToolBar(s, host.tool, (t) => host.useTool(t), {
        on: host.grid,
        name: s.snapGrid(
          new Intl.NumberFormat(host.localeLanguage, { style: 'unit', unit: 'meter' }).format(GRID_METRES),
        ),
        toggle: () => (host.grid = !host.grid),
      })}
    </div>
    ${renderStage(host)}
    <aside class="side" part="side">
      ${
        feed
          ? html`<fair-plan-editor-inspector class="region" .feed=${feed} .selection=${host.selection}></fair-plan-editor-inspector>
              <fair-plan-editor-problems
                class="region"
                .feed=${feed}
                .problems=${host.problems}
                .reachability=${host.reach}
              ></fair-plan-editor-problems>
              <fair-plan-editor-levels
                class="region"
                .feed=${feed}
                .level=${host.level}
                .uploadImage=${host.uploadImage}
              ></fair-plan-editor-levels>
              <fair-plan-editor-producers class="region" .feed=${feed} .selection=${host.selection}></fair-plan-editor-producers>`
          : nothing
      }
    </aside>
    <fair-plan-editor-row-dialog .feed=${feed}></fair-plan-editor-row-dialog>
    <fair-plan-editor-preview .feed=${feed} .base=${host.source.base}></fair-plan-editor-preview>
  </div>`;
}
