/** Registers `<fair-plan-editor>` (and the elements it renders); a second registration is a no-op. */
import { defineElement } from '../../internal/define.js';
import { FairPlanEditor } from './plan-editor.js';

defineElement('fair-plan-editor', FairPlanEditor);

export { FairPlanEditor };

declare global {
  interface HTMLElementTagNameMap {
    'fair-plan-editor': FairPlanEditor;
  }
}
