import { formatDuration } from "../../domain/duration.js";
import type { Recipe } from "../../domain/recipe.js";

/** A recipe as a Markdown page a person reads or pastes into notes: title, description, a line of
 *  facts (yield, times, source), the story, ingredients and steps by group, then notes,
 *  variations, pairings, FAQ and conclusion. Written for reading; the text importer reads it
 *  back as it reads any post, so this is an export, not an exchange format. */

/** Characters that would turn words into Markdown markup at the start of a line or inline. */
const escapeMarkdown = (text: string) =>
  text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/([\\`*_[\]<>#|])/g, "\\$1");

function facts(recipe: Recipe): string[] {
  const { times, yields, source } = recipe;
  const parts = [
    yields && `**Yield:** ${escapeMarkdown(yields.text)}`,
    times.prep && `**Prep:** ${formatDuration(times.prep)}`,
    times.cook && `**Cook:** ${formatDuration(times.cook)}`,
    times.total && `**Total:** ${formatDuration(times.total)}`,
    source.author && `**By:** ${escapeMarkdown(source.author)}`,
    source.url && `**Source:** <${source.url}>`,
    !source.url && source.site && `**Source:** ${escapeMarkdown(source.site)}`,
  ].filter((p): p is string => typeof p === "string");
  return parts.length > 0 ? [parts.join(" · ")] : [];
}

function section(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : [`## ${title}`, "", ...lines, ""];
}

export function writeMarkdown(recipe: Recipe): string {
  const ingredients = recipe.ingredientGroups.flatMap((g) => [
    ...(g.title ? [`### ${escapeMarkdown(g.title)}`, ""] : []),
    ...g.ingredients.map((i) => `- ${escapeMarkdown(i.text)}`),
    "",
  ]);
  let n = 0;
  const steps = recipe.stepGroups.flatMap((g) => [
    ...(g.title ? [`### ${escapeMarkdown(g.title)}`, ""] : []),
    ...g.steps.map(
      (s) => `${++n}. ${s.title ? `**${escapeMarkdown(s.title)}** ` : ""}${escapeMarkdown(s.text)}`,
    ),
    "",
  ]);
  const titles = recipe.sectionTitles;
  const lines = [
    `# ${escapeMarkdown(recipe.title)}`,
    "",
    ...(recipe.description ? [escapeMarkdown(recipe.description), ""] : []),
    ...facts(recipe),
    ...(facts(recipe).length > 0 ? [""] : []),
    ...recipe.images
      .slice(0, 1)
      .map((i) => `![${escapeMarkdown(i.alt ?? recipe.title)}](${i.url})\n`),
    ...recipe.story.flatMap((p) => [escapeMarkdown(p), ""]),
    ...section(titles.ingredients ?? "Ingredients", ingredients),
    ...section(titles.steps ?? "Steps", steps),
    ...section(
      titles.authorNotes ?? "Notes",
      recipe.authorNotes.flatMap((p) => [escapeMarkdown(p), ""]),
    ),
    ...section(
      titles.variations ?? "Variations",
      recipe.variations.map(
        (v) => `- ${v.title ? `**${escapeMarkdown(v.title)}:** ` : ""}${escapeMarkdown(v.text)}`,
      ),
    ),
    ...section(
      titles.pairings ?? "Goes well with",
      recipe.pairings.map((p) => `- ${escapeMarkdown(p.text)}`),
    ),
    ...section(
      titles.faq ?? "FAQ",
      recipe.faq.flatMap((f) => [
        `**${escapeMarkdown(f.question)}**`,
        "",
        escapeMarkdown(f.answer),
        "",
      ]),
    ),
    ...section(
      titles.conclusion ?? "Conclusion",
      recipe.conclusion.flatMap((p) => [escapeMarkdown(p), ""]),
    ),
    ...(recipe.equipment.length > 0
      ? [`**Equipment:** ${recipe.equipment.map(escapeMarkdown).join(", ")}`, ""]
      : []),
    ...(recipe.keywords.length > 0
      ? [`**Tags:** ${recipe.keywords.map(escapeMarkdown).join(", ")}`, ""]
      : []),
  ];
  return `${lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}
