/** The whole stylesheet: small enough to ship as one cached file, no build step for CSS. */
export const STYLESHEET = `
:root {
  color-scheme: light dark;
  --ink: #2b2118; --muted: #6f6257; --paper: #fffaf4; --card: #ffffff; --line: #eadfd2;
  --accent: #a94f1c; --accent-ink: #ffffff; --soft: #fbefe3;
  --radius: 14px; --measure: 68ch;
  font-family: "Iowan Old Style", "Palatino Linotype", Palatino, Georgia, serif;
  font-size: 18px; line-height: 1.6; color: var(--ink); background: var(--paper);
}
@media (prefers-color-scheme: dark) {
  :root { --ink: #f3e9de; --muted: #b9a999; --paper: #1b1612; --card: #241d18; --line: #3a2f27;
    --accent: #f08a4b; --accent-ink: #1b1612; --soft: #2e241d; }
}
* { box-sizing: border-box; }
body { margin: 0; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, summary:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--card); padding: .5rem 1rem; z-index: 1; }
header.site, footer.site { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem; display: flex;
  justify-content: space-between; align-items: baseline; gap: 1rem; }
header.site a.brand { font-weight: 700; font-size: 1.3rem; text-decoration: none; color: var(--ink); letter-spacing: .02em; }
footer.site { color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); margin-top: 3rem; }
main { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
h1, h2, h3 { font-family: ui-sans-serif, system-ui, -apple-system, "Segoe UI", sans-serif; line-height: 1.2; }
h1 { font-size: clamp(1.8rem, 4vw, 2.8rem); margin: 1.5rem 0 .5rem; }
h2 { font-size: 1.5rem; margin: 2.5rem 0 .75rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .25rem; }
.prose { max-width: var(--measure); }
.lede { color: var(--muted); font-size: 1.1rem; max-width: var(--measure); }
.button { display: inline-block; background: var(--accent); color: var(--accent-ink); padding: .55rem 1.1rem;
  border-radius: 999px; text-decoration: none; font-family: ui-sans-serif, system-ui, sans-serif; font-weight: 600; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 1.25rem 1.5rem; margin: 2rem 0; }
.card h2:first-child { margin-top: 0; }
.facts { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; color: var(--muted); font-family: ui-sans-serif, system-ui, sans-serif; font-size: .9rem; padding: 0; list-style: none; }
.recipe-body { display: grid; gap: 2rem; }
@media (min-width: 900px) { .recipe-body { grid-template-columns: minmax(16rem, 1fr) 2fr; } }
ul.ingredients { list-style: none; padding: 0; margin: 0; }
ul.ingredients li { padding: .6rem 0; border-bottom: 1px dashed var(--line); }
.food { font-weight: 700; }
.note, .muted { color: var(--muted); font-size: .92rem; }
.subs { font-size: .9rem; }
ol.steps { list-style: none; counter-reset: step; padding: 0; margin: 0; }
ol.steps > li { counter-increment: step; position: relative; padding: 0 0 1.25rem 3rem; }
ol.steps > li::before { content: counter(step); position: absolute; left: 0; top: .1rem; width: 2.1rem; height: 2.1rem;
  border-radius: 50%; background: var(--soft); color: var(--accent); display: grid; place-items: center;
  font: 700 1rem ui-sans-serif, system-ui, sans-serif; }
ol.steps h3 { margin-top: 0; }
.chips { display: flex; flex-wrap: wrap; gap: .4rem; padding: 0; margin: .5rem 0 0; list-style: none; }
.chip { background: var(--soft); border-radius: 999px; padding: .15rem .7rem; font: .82rem ui-sans-serif, system-ui, sans-serif; }
.chip.timer { font-weight: 700; color: var(--accent); }
.chip.heat { border: 1px solid var(--accent); background: transparent; }
.chip.cue { font-style: italic; }
details.faq { border-bottom: 1px solid var(--line); padding: .6rem 0; max-width: var(--measure); }
details.faq summary { cursor: pointer; font-weight: 600; }
ul.recipe-list { list-style: none; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); }
ul.recipe-list li { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem 1.25rem; }
ul.recipe-list h3 { margin: 0 0 .35rem; font-size: 1.15rem; }
ul.recipe-list a { font-weight: 700; text-decoration: none; }
ul.recipe-list a:hover { text-decoration: underline; }
ul.recipe-list p { margin: .25rem 0 0; }
.meta { font: 600 .85rem ui-sans-serif, system-ui, sans-serif; color: var(--accent); }
.hero { padding: 1.5rem 0 .5rem; }
.hero h1 { margin-top: .5rem; }
form.quick-search { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; max-width: 36rem;
  font: 1rem ui-sans-serif, system-ui, sans-serif; }
form.quick-search label { flex-basis: 100%; font-weight: 600; }
form.quick-search input { flex: 1 1 14rem; padding: .6rem .8rem; }
form.quick-search button { padding: .6rem 1.2rem; border-radius: 999px; }
form.search { display: flex; flex-wrap: wrap; gap: .75rem 1rem; align-items: end; margin: 1rem 0 2rem;
  font: .9rem ui-sans-serif, system-ui, sans-serif; }
form.search label { display: grid; gap: .25rem; }
form.search input, form.search select { font: inherit; padding: .45rem .6rem; border: 1px solid var(--line);
  border-radius: 8px; background: var(--card); color: var(--ink); min-width: 10rem; }
nav.account { display: flex; gap: 1rem; align-items: baseline; font: .9rem ui-sans-serif, system-ui, sans-serif; }
form.inline { display: inline; }
form.stack { display: grid; gap: .75rem; max-width: 28rem; margin: 1rem 0; font: .95rem ui-sans-serif, system-ui, sans-serif; }
form.stack label { display: grid; gap: .25rem; }
form input, form select, form textarea, form button { font: inherit; padding: .4rem .6rem; border: 1px solid var(--line);
  border-radius: 8px; background: var(--card); color: var(--ink); }
form button { background: var(--accent); color: var(--accent-ink); border: none; cursor: pointer; font-weight: 600; }
nav.account form button { background: transparent; color: var(--accent); padding: 0; text-decoration: underline; }
aside.controls { display: grid; gap: .6rem; margin: 1rem 0; padding: .75rem 1rem; background: var(--soft);
  border-radius: var(--radius); font: .9rem ui-sans-serif, system-ui, sans-serif; }
input.share-url { width: min(100%, 32rem); }
ul.plain { list-style: none; padding: 0; }
ul.comments li { border-bottom: 1px solid var(--line); padding: .5rem 0; }
.hidden-rating { opacity: .6; }
.error { color: var(--accent); }
dl.nutrition { display: grid; grid-template-columns: repeat(auto-fill, minmax(7.5rem, 1fr)); gap: .5rem; margin: 0;
  font: .9rem ui-sans-serif, system-ui, sans-serif; }
dl.nutrition div { background: var(--soft); border-radius: 8px; padding: .4rem .6rem; }
dl.nutrition dt { color: var(--muted); font-size: .8rem; } dl.nutrition dd { margin: 0; font-weight: 700; }
dl.storage dt { font-weight: 700; } dl.storage dd { margin: 0 0 .5rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.button.secondary { background: transparent; color: var(--accent); box-shadow: inset 0 0 0 2px var(--accent); }
.actions { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0 1.5rem; }
.byline { font: .95rem ui-sans-serif, system-ui, sans-serif; color: var(--muted); margin: 0; }
nav.breadcrumbs ol { list-style: none; display: flex; flex-wrap: wrap; gap: .4rem; padding: 0; margin: 1rem 0 0;
  font: .85rem ui-sans-serif, system-ui, sans-serif; color: var(--muted); }
nav.breadcrumbs li + li::before { content: "›"; margin-right: .4rem; }
.gallery { display: grid; gap: 1rem; margin: 1.5rem 0; }
figure.photo { margin: 0; }
figure.photo img { display: block; width: 100%; height: auto; border-radius: var(--radius); background: var(--soft); }
figure.photo figcaption { display: flex; justify-content: space-between; gap: 1rem; align-items: baseline;
  font: .85rem ui-sans-serif, system-ui, sans-serif; color: var(--muted); padding-top: .4rem; }
.photo-actions { display: flex; gap: .75rem; margin-left: auto; }
.photo-actions a { font-weight: 600; }
form.cook-choices { display: flex; flex-wrap: wrap; gap: .75rem 1.25rem; align-items: start; margin: 2rem 0 -1rem;
  padding: 1rem 1.25rem; background: var(--soft); border-radius: var(--radius); font: .92rem ui-sans-serif, system-ui, sans-serif; }
form.cook-choices fieldset { border: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .35rem .8rem; align-items: center; }
form.cook-choices legend { font-weight: 700; padding: 0 0 .3rem; }
form.cook-choices input[type=number] { width: 5.5rem; }
form.cook-choices .multiples { display: flex; gap: .5rem; } form.cook-choices .multiples a { font-weight: 600; }
form.cook-choices fieldset.swaps { flex-basis: 100%; display: block; }
form.cook-choices .swaps p { margin: .2rem 0; display: flex; flex-wrap: wrap; gap: .3rem .9rem; }
form.cook-choices .swap-for { color: var(--muted); }
form.cook-choices .changes { flex-basis: 100%; } form.cook-choices .changes h3 { font-size: .95rem; margin: 0; }
form.cook-choices .changes ul { margin: .25rem 0 0; padding-left: 1.1rem; color: var(--muted); }
.plan-scroll { overflow-x: auto; margin: 1rem 0; }
table.plan-week { width: 100%; min-width: 44rem; border-collapse: collapse; table-layout: fixed;
  font: .9rem ui-sans-serif, system-ui, sans-serif; }
table.plan-week th, table.plan-week td { border: 1px solid var(--line); padding: .45rem; vertical-align: top; text-align: left; }
table.plan-week thead th { background: var(--soft); }
table.plan-week th[scope=row] { width: 7.5rem; }
ul.plan-meals { list-style: none; margin: 0; padding: 0; display: grid; gap: .35rem; }
li.plan-entry { background: var(--soft); border-radius: var(--radius); padding: .3rem .45rem; }
nav.plan-weeks { display: flex; gap: 1rem; justify-content: space-between; }
a:focus-visible, button:focus-visible, summary:focus-visible, input:focus-visible, select:focus-visible,
  textarea:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
@media print {
  header.site, footer.site, nav.breadcrumbs, .recipe-head .lede, .story, .gallery, .extras, .ratings,
    .no-print { display: none !important; }
  :root { background: #fff; color: #000; font-size: 11pt; line-height: 1.4; }
  main { max-width: none; padding: 0; }
  h1 { margin: 0 0 .25rem; font-size: 20pt; }
  .card { border: none; padding: 0; margin: .5rem 0 0; background: none; }
  .card h2 { display: none; }
  .recipe-body { grid-template-columns: 1fr 2fr; gap: 1.5rem; }
  ol.steps > li, ul.ingredients li { break-inside: avoid; }
  ol.steps > li::before { background: none; border: 1px solid #000; color: #000; }
  .chip { background: none; border: 1px solid #999; }
  a { color: inherit; text-decoration: none; }
}
`;
