/** The editor's own styles, loaded on editor pages only; the site's variables come from the main
 *  stylesheet. */
export const EDITOR_STYLESHEET = `
.editor { display: grid; gap: 2rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 64rem) { .editor { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
  .editor-preview { position: sticky; top: 1rem; align-self: start; max-height: 95vh; overflow: auto; } }
.editor-form fieldset { border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem 1.25rem; margin: 0 0 1.25rem; }
.editor-form legend { font: 600 1rem ui-sans-serif, system-ui, sans-serif; padding: 0 .4rem; }
.editor-form .field { display: grid; gap: .25rem; margin: .75rem 0; }
.editor-form .field label { font: 600 .9rem ui-sans-serif, system-ui, sans-serif; }
.editor-form input[type=text], .editor-form input[type=url], .editor-form textarea { width: 100%; }
.editor-form .hint { margin: 0; color: var(--muted); font-size: .85rem; }
.editor-form .field.invalid input, .editor-form .field.invalid textarea { border: 2px solid #c0392b; }
.field-error { margin: 0; color: #c0392b; font: 600 .9rem ui-sans-serif, system-ui, sans-serif; }
@media (prefers-color-scheme: dark) { .field-error { color: #ff8a7a; }
  .editor-form .field.invalid input, .editor-form .field.invalid textarea { border-color: #ff8a7a; } }
.notice { padding: .6rem 1rem; border-radius: 8px; background: var(--soft); }
.notice.error { border-left: 4px solid #c0392b; }
.editor-form .details { display: grid; gap: 0 1rem; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); }
.editor-form .details legend { grid-column: 1 / -1; }
ol.parsed { list-style: none; padding: 0; margin: .25rem 0 0; font: .85rem ui-sans-serif, system-ui, sans-serif; }
ol.parsed li { display: flex; flex-wrap: wrap; gap: .35rem; padding: .15rem 0; border-bottom: 1px dashed var(--line); }
ol.parsed .qty, ol.parsed .unit { background: var(--soft); border-radius: 6px; padding: 0 .35rem; font-weight: 700; }
ol.parsed .food { font-weight: 600; }
ol.parsed .rest, ol.parsed .more { color: var(--muted); }
ol.parsed .header { font-weight: 700; }
.step-list { padding-left: 0; list-style: none; }
.step-list .step fieldset { margin: .5rem 0; }
.step-list .step.dragging { opacity: .5; }
.step-tools { display: flex; gap: .5rem; flex-wrap: wrap; }
.step-tools button, .editor-form .group > button { background: transparent; color: var(--accent); border: 1px solid var(--line); }
.step-tools button[disabled] { opacity: .4; cursor: default; }
.editor-form .actions { display: flex; gap: .75rem; flex-wrap: wrap; margin-top: 1rem; }
.editor-form button.danger { background: #8e2a1c; color: #fff; }
.image-list { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; }
.image-list img { display: block; width: 12rem; height: auto; border-radius: 8px; }
.editor-preview { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem 1.25rem; }
.editor-preview img { max-width: 100%; height: auto; border-radius: 8px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
details.prefill { margin: 0 0 1.25rem; }
`;
