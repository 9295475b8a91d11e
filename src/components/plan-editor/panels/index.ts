/**
 * The plan editor's side panels and dialogs, for `<fair-plan-editor>` to
 * render and register: spread {@link panelDependencies} into the element's
 * `static dependencies` (importing these classes registers nothing).
 */
import { FairPlanEditorInspector } from './inspector.js';
import { FairPlanEditorLevels } from './levels.js';
import { FairPlanEditorPreview } from './preview.js';
import { FairPlanEditorProblems } from './problems.js';
import { FairPlanEditorProducers } from './producers.js';
import { FairPlanEditorRowDialog } from './row-dialog.js';

export {
  FairPlanEditorInspector,
  FairPlanEditorLevels,
  FairPlanEditorPreview,
  FairPlanEditorProblems,
  FairPlanEditorProducers,
  FairPlanEditorRowDialog,
};
export { PRODUCER_DRAG_TYPE } from './producers.js';
export { PlanEditorToolEvent, type PanelTool } from './tool-event.js';
export type { RowParameters } from './row-dialog.js';

/** The panels' tags and classes. */
export const panelDependencies = {
  'fair-plan-editor-inspector': FairPlanEditorInspector,
  'fair-plan-editor-levels': FairPlanEditorLevels,
  'fair-plan-editor-problems': FairPlanEditorProblems,
  'fair-plan-editor-producers': FairPlanEditorProducers,
  'fair-plan-editor-row-dialog': FairPlanEditorRowDialog,
  'fair-plan-editor-preview': FairPlanEditorPreview,
} as const;

declare global {
  interface HTMLElementTagNameMap {
    'fair-plan-editor-inspector': FairPlanEditorInspector;
    'fair-plan-editor-levels': FairPlanEditorLevels;
    'fair-plan-editor-problems': FairPlanEditorProblems;
    'fair-plan-editor-producers': FairPlanEditorProducers;
    'fair-plan-editor-row-dialog': FairPlanEditorRowDialog;
    'fair-plan-editor-preview': FairPlanEditorPreview;
  }
}
