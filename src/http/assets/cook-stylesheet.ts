/** Cook mode's own styles, loaded on cook pages only; the site's variables come from the main
 *  stylesheet. Without its module the page is one long list in large type; with it
 *  (`.cook.stepping`) it fills the screen one panel at a time. */
export const COOK_STYLESHEET = `
.cook { font-size: clamp(1.15rem, 2.6vw, 1.5rem); line-height: 1.55; max-width: 48rem; margin: 0 auto; }
.cook h1 { font-size: clamp(1.5rem, 4vw, 2.4rem); }
.cook h2 { font-size: clamp(1.4rem, 3.6vw, 2.1rem); margin: 0 0 .75rem; }
.cook h2:focus { outline: none; }
.cook-kicker { margin: 0; color: var(--muted); font: 600 .85rem ui-sans-serif, system-ui, sans-serif;
  text-transform: uppercase; letter-spacing: .08em; }
.cook-count { display: block; color: var(--accent); font-size: .6em; letter-spacing: .04em; }
.cook-panel { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius);
  padding: 1.25rem 1.5rem; margin: 1.25rem 0; }
ol.cook-steps { list-style: none; padding: 0; margin: 0; }
.cook-text { margin: 0 0 1rem; }
.cook-needs, .cook-heat { color: var(--muted); font-size: .85em; margin: .5rem 0; }
ul.cook-checklist { list-style: none; padding: 0; margin: 0 0 1rem; }
ul.cook-checklist li { display: flex; gap: .75rem; align-items: flex-start; padding: .5rem 0;
  border-bottom: 1px dashed var(--line); }
ul.cook-checklist input { width: 1.6rem; height: 1.6rem; margin-top: .25rem; flex: none; accent-color: var(--accent); }
ul.cook-checklist input:checked + label { text-decoration: line-through; color: var(--muted); }
ul.cook-checklist .note { display: block; font-size: .75em; }
.cook-cues { border-left: 4px solid var(--accent); padding: .25rem 0 .25rem 1rem; margin: 1rem 0; }
.cook-cues h3 { margin: 0; font-size: .75em; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
.cook-cues ul { margin: .25rem 0 0; padding-left: 1.2rem; font-style: italic; }
ul.cook-timers { list-style: none; display: flex; flex-wrap: wrap; gap: .75rem; padding: 0; margin: 1rem 0 0; }
.cook button { font: 600 1rem ui-sans-serif, system-ui, sans-serif; min-height: 3rem; min-width: 3rem;
  padding: .6rem 1.2rem; border-radius: 999px; border: 2px solid var(--accent); cursor: pointer;
  background: var(--accent); color: var(--accent-ink); }
.cook button.secondary { background: transparent; color: var(--accent); }
.cook button[aria-disabled=true] { opacity: .4; cursor: default; }
.cook button:focus-visible, .cook input:focus-visible, .cook a:focus-visible {
  outline: 4px solid var(--ink); outline-offset: 3px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; }

/* Enhanced: the page fills the screen, one panel at a time. */
.cook.stepping { position: fixed; inset: 0; z-index: 10; max-width: none; margin: 0; overflow: hidden auto;
  background: var(--paper); display: flex; flex-direction: column; padding: 0 1rem; touch-action: pan-y; }
.cook.stepping > :not(.visually-hidden) { width: 100%; max-width: 48rem; margin-left: auto; margin-right: auto; }
.cook.stepping .cook-head { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between;
  gap: .25rem 1rem; padding-top: .75rem; }
.cook.stepping .cook-head h1 { font-size: 1.1rem; margin: 0; }
.cook.stepping .cook-head p { margin: 0; font-size: .9rem; }
.cook.stepping .cook-body { flex: 1 0 auto; }
.cook.stepping .cook-panel { font-size: clamp(1.3rem, 3.2vw, 1.9rem); }
.cook-foot { position: sticky; bottom: 0; padding: .5rem 0 1rem; background: var(--paper);
  border-top: 1px solid var(--line); }
.cook-nav { display: flex; gap: .5rem; align-items: center; }
.cook-nav button { flex: none; }
.cook-position { flex: 1; margin: 0; text-align: center; font: 600 1rem ui-sans-serif, system-ui, sans-serif;
  color: var(--muted); }
.cook-tray { margin-bottom: .5rem; }
.cook-tray[hidden] { display: none; }
.cook-tray ol { list-style: none; display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
  gap: .5rem; padding: 0; margin: 0; }
.cook-tray li { display: grid; grid-template-columns: minmax(0, 1fr) auto auto; align-items: center;
  grid-template-areas: "name clock stop" "state clock stop"; column-gap: .75rem; padding: .4rem .5rem .4rem 1rem;
  border-radius: var(--radius); background: var(--soft); font: 1rem ui-sans-serif, system-ui, sans-serif; }
.cook-timer-name { grid-area: name; font-weight: 600; }
.cook-timer-state { grid-area: state; font-size: .85rem; }
.cook-tray li button { grid-area: stop; }
.cook-tray .cook-clock { grid-area: clock; display: inline-block; font: 700 1.6rem ui-monospace, monospace; font-variant-numeric: tabular-nums; }
.cook-tray li[data-phase=check] { box-shadow: inset 0 0 0 3px var(--accent); }
.cook-tray li[data-phase=done] { background: var(--accent); color: var(--accent-ink); }
.cook-tray li[data-phase=done] button { background: var(--accent-ink); color: var(--accent); }
@media (prefers-reduced-motion: no-preference) {
  .cook.stepping .cook-panel.entering { animation: cook-in .18s ease-out; }
  .cook-tray li[data-phase=done] .cook-clock { animation: cook-pulse 1s ease-in-out 3; }
}
@keyframes cook-in { from { opacity: 0; transform: translateX(var(--cook-from, 2rem)); } }
@keyframes cook-pulse { 50% { transform: scale(1.05); } }
@media print { .cook-nav, .cook-tray, ul.cook-timers { display: none; } }
`;
