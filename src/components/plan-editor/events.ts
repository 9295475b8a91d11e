/**
 * The plan editor's events. Two are internal, fired UP by its map and panels
 * to the element (which owns the history and the selection):
 * `plan-editor-edit` (apply this edit) and `plan-editor-select` (select this
 * item, or this level). One is public: `fair-feed-change`, fired by
 * `<fair-plan-editor>` after every edit, undo and redo, with the new feed.
 * Like every Fairkit event they are typed `CustomEvent`s that bubble and
 * cross shadow roots.
 */
import type { FairFeed } from '../../data/types.js';
import type { Edit } from './model/history.js';
import type { Selection } from './model/selection.js';

abstract class EditorCustomEvent<T> extends CustomEvent<T> {
  constructor(type: string, detail: T) {
    super(type, { detail, bubbles: true, composed: true });
  }
}

/** Internal: a panel or the map asks the element to apply `edit` to the history, named `label` (for Undo's name). */
export class PlanEditorEditEvent extends EditorCustomEvent<{ label: string; edit: Edit }> {
  static readonly eventName = 'plan-editor-edit';
  constructor(label: string, edit: Edit) {
    super(PlanEditorEditEvent.eventName, { label, edit });
  }
}

/** Internal: select an item (or nothing), and optionally show `level`. */
export class PlanEditorSelectEvent extends EditorCustomEvent<{ selection: Selection | null; level?: string }> {
  static readonly eventName = 'plan-editor-select';
  constructor(selection: Selection | null, level?: string) {
    super(PlanEditorSelectEvent.eventName, level === undefined ? { selection } : { selection, level });
  }
}

/** Public: the edited feed changed (an edit, an undo or a redo); `detail.feed` is the new feed (treat it as immutable). */
export class FairFeedChangeEvent extends EditorCustomEvent<{ feed: FairFeed }> {
  static readonly eventName = 'fair-feed-change';
  constructor(feed: FairFeed) {
    super(FairFeedChangeEvent.eventName, { feed });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'plan-editor-edit': PlanEditorEditEvent;
    'plan-editor-select': PlanEditorSelectEvent;
    'fair-feed-change': FairFeedChangeEvent;
  }
}
