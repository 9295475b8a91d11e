/**
 * The one event the panels add to the editor's internal ones (events.ts): a
 * panel asks the map for a drawing tool, e.g. the inspector's "Set scale by
 * drawing a line" asks for `scale`. The map (plan-editor.ts / map/) listens
 * and starts that tool on the level shown.
 */

/** The map tools a panel can ask for. */
export type PanelTool = 'scale';

/** Internal: a panel asks the map to start `tool` (`scale`: draw a line over something of known length). */
export class PlanEditorToolEvent extends CustomEvent<{ tool: PanelTool }> {
  static readonly eventName = 'plan-editor-tool';
  constructor(tool: PanelTool) {
    super(PlanEditorToolEvent.eventName, { detail: { tool }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'plan-editor-tool': PlanEditorToolEvent;
  }
}
